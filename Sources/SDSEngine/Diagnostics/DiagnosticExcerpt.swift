extension Diagnostic {
  /// The line the diagnostic points at, and a caret under its column, as compilers show them:
  ///
  ///     12 |   hlep: Type your name.
  ///        |   ^
  ///
  /// `file` is the whole text of the diagnostic's file; nil when the line is not in it. The indent is
  /// shown with a tab as spaces up to the next multiple of 4, as columns are counted, so the caret
  /// stays under the right character.
  public func excerpt(of file: String) -> [String]? {
    guard line >= 1 else { return nil }
    // "\r\n" is one Character, so it is a separator of its own.
    var lines = file.split(maxSplits: line, omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    guard line <= lines.count else { return nil }
    if line == 1, lines[0].hasPrefix("\u{FEFF}") { lines[0] = lines[0].dropFirst() }
    var raw = lines[line - 1]
    if raw.hasSuffix("\r") { raw = raw.dropLast() }
    var shown = ""
    var indent = 0
    var rest = raw[...]
    while let first = rest.first, first == " " || first == "\t" {
      let next = first == "\t" ? (indent / 4 + 1) * 4 : indent + 1
      shown += String(repeating: " ", count: next - indent)
      indent = next
      rest = rest.dropFirst()
    }
    shown += rest.replacing("\t", with: " ")
    while shown.hasSuffix(" ") { shown.removeLast() }
    let number = String(line)
    let gutter = String(repeating: " ", count: number.count)
    return [" \(number) | \(shown)", " \(gutter) | \(String(repeating: " ", count: max(0, column - 1)))^"]
  }
}
