/// Prepares what the assistant says for a speech engine.
public enum SpeechText {
  /// `text` as it should be read aloud: sanitised, list dashes dropped, and reference numbers, phone
  /// numbers and other codes spelled out one character at a time ("K7M4-2QX9" becomes "K 7 M 4, 2 Q X 9").
  public static func prepare(_ text: String) -> String {
    let lines = ScreenText.sanitise(text).split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
      var body = Substring(line)
      while body.first == " " { body = body.dropFirst() }
      if body.hasPrefix("- ") || body.hasPrefix("* ") { body = body.dropFirst(2) }
      return body.split(separator: " ", omittingEmptySubsequences: true).map { spellIfCode($0) }.joined(separator: " ")
    }
    return lines.joined(separator: "\n").trimming("\n")
  }

  /// A word spelled out when it is a code (letters and digits mixed, or three or more digits), else as it was.
  static func spellIfCode(_ word: Substring) -> String {
    var core = word
    var trailing = ""
    while let last = core.last, ".,;:!?)\"'".contains(last) {
      trailing = String(last) + trailing
      core = core.dropLast()
    }
    var leading = ""
    while let first = core.first, "(\"'".contains(first) {
      leading += String(first)
      core = core.dropFirst()
    }
    guard core.count >= 3, core.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }),
          core.contains(where: \.isNumber), core.contains(where: { $0.isNumber || $0 == "-" }) else { return String(word) }
    let hasLetter = core.contains(where: \.isLetter)
    let allDigitsOrDashes = core.allSatisfy { $0.isNumber || $0 == "-" }
    guard hasLetter || allDigitsOrDashes else { return String(word) }
    let groups = core.split(separator: "-", omittingEmptySubsequences: true).map { group in
      group.map { String($0).uppercased() }.joined(separator: " ")
    }
    return leading + groups.joined(separator: ", ") + trailing
  }
}

extension String {
  func trimming(_ set: String) -> String {
    var slice = Substring(self)
    while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
    while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
    return String(slice)
  }
}
