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

  /// Parses `text`; a `{` without a closing `}` is kept as it is.
  public init(_ text: String, at location: SourceLocation) {
    self.location = location
    // Most text has no names at all.
    guard text.utf8.contains(UInt8(ascii: "{")) else {
      parts = text.isEmpty ? [] : [.literal(text)]
      return
    }
    var parts: [Part] = []
    var literal = ""
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if character == "{", let close = text[index...].firstIndex(of: "}") {
        let name = text[text.index(after: index)..<close].trimmingCharacters(in: .whitespaces)
        if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }) {
          if !literal.isEmpty { parts.append(.literal(literal)); literal = "" }
          parts.append(.name(name))
          index = text.index(after: close)
          continue
        }
      }
      literal.append(character)
      index = text.index(after: index)
    }
    if !literal.isEmpty { parts.append(.literal(literal)) }
    self.parts = parts
  }

  /// The text as written, with every name back in braces: `Call {phone}`.
  public var source: String { render { "{\($0)}" } }

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
