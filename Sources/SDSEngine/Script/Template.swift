/// Text with `{name}` places that are filled in when it is shown.
public struct Template: Equatable, Sendable {
  /// One piece of a template.
  public enum Part: Equatable, Sendable {
    case literal(String)
    case name(String)
  }

  /// The pieces in order.
  public var parts: [Part]
  /// Where the text was written.
  public var location: SourceLocation
  /// Whole-sentence versions a translation gives for some routes (`cy if who-for is carer:`), tried in
  /// order before `parts`; empty for nearly every text. See `chosen(_:)`.
  public var versions: [Version] = []

  /// Parses `text`; a `{` without a closing `}` is kept as it is.
  public init(_ text: String, at location: SourceLocation) {
    self.location = location
    // Most text has no names at all.
    guard text.utf8.contains(UInt8(ascii: "{")) else {
      parts = text.isEmpty ? [] : [.literal(text)]
      return
    }
    // Scans the UTF-8 bytes for braces and cuts the text once per piece: this runs for every text of
    // every content file at start-up.
    let bytes = text.utf8
    let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
    var parts: [Part] = []
    var literalStart = bytes.startIndex
    var searchFrom = bytes.startIndex
    while let brace = bytes[searchFrom...].firstIndex(of: open) {
      let nameStart = bytes.index(after: brace)
      guard let end = bytes[nameStart...].firstIndex(of: close) else { break }
      let name = text[nameStart..<end].trimmingSpaces()
      if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }) {
        if literalStart < brace { parts.append(.literal(String(text[literalStart..<brace]))) }
        parts.append(.name(name))
        literalStart = bytes.index(after: end)
        searchFrom = literalStart
      } else {
        // Not a name (like "{ }" or "{a b}"): the brace is kept as text, and the search goes on after it.
        searchFrom = nameStart
      }
    }
    if literalStart < bytes.endIndex { parts.append(.literal(String(text[literalStart...]))) }
    self.parts = parts
  }


  /// The text as written, with every name back in braces: `Call {phone}`.
  public var source: String { render { "{\($0)}" } }

  /// Where `{name}` is written, for a diagnostic that points at it: the column of its `{` when the text
  /// came from one line, else where the text starts.
  public func location(ofName name: String) -> SourceLocation {
    var offset = 0
    for part in parts {
      switch part {
      case .literal(let text):
        if text.contains("\n") { return location }
        offset += text.count
      case .name(let other):
        if other == name { return SourceLocation(file: location.file, line: location.line, column: location.column + offset) }
        offset += other.count + 2
      }
    }
    return location
  }

  /// Where each `{` that does not start a `{name}` is (an unclosed `{worker`, or `{ }`), so a checker can
  /// report it: it would be shown to people as it is. A place after a line break in the text is given as
  /// where the text starts.
  var strayBraces: [SourceLocation] {
    var found: [SourceLocation] = []
    var offset = 0
    var sameLine = true
    for part in parts {
      switch part {
      case .literal(let text):
        for character in text {
          if character == "\n" { sameLine = false }
          if character == "{" {
            found.append(sameLine ? SourceLocation(file: location.file, line: location.line, column: location.column + offset) : location)
          }
          offset += 1
        }
      case .name(let name):
        offset += name.count + 2
      }
    }
    return found
  }

  /// An `E-BRACE` error for each place in `strayBraces`.
  public var braceProblems: [Diagnostic] {
    strayBraces.map {
      Diagnostic(file: $0.file, line: $0.line, column: $0.column, severity: .error, code: "E-BRACE",
        message: "This { does not start a {name} (no name and } follow it), so people would see it as it is. Close it, like {council}, or take it out.")
    }
  }

  /// The names used in the template.
  public var names: [String] {
    parts.compactMap { if case .name(let name) = $0 { name } else { nil } }
  }

  /// The text with every name looked up; an unknown name is left as `{name}`.
  public func render(_ lookup: (String) -> String?) -> String {
    var result = ""
    for part in parts {
      switch part {
      case .literal(let text): result += text
      case .name(let name): result += lookup(name) ?? "{\(name)}"
      }
    }
    return result
  }
}

import Foundation

extension Template {
  /// `terms` with the terms inside term values filled in, a few levels deep
  /// (`retention: as long as {controller}'s rules say`); a term never fills in itself.
  public static func fillingNested(_ terms: [String: String]) -> [String: String] {
    var result = terms
    for _ in 0..<4 {
      var changed = false
      for (name, value) in result where value.contains("{") {
        let filled = Template(value, at: SourceLocation(file: "", line: 1, column: 1)).render { $0 == name ? nil : result[$0] }
        if filled != value {
          result[name] = filled
          changed = true
        }
      }
      if !changed { break }
    }
    return result
  }
}
