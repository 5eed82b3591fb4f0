/// One problem found in a content file, located like a compiler error.
public struct Diagnostic: Equatable, Hashable, Sendable, CustomStringConvertible {
  /// How serious a problem is.
  public enum Severity: String, Sendable, Comparable {
    case error
    case warning
    case note

    public static func < (a: Severity, b: Severity) -> Bool {
      let order: [Severity] = [.error, .warning, .note]
      return order.firstIndex(of: a)! < order.firstIndex(of: b)!
    }
  }

  /// The file's path as given to the loader.
  public var file: String
  /// 1-based line.
  public var line: Int
  /// 1-based column.
  public var column: Int
  /// Error, warning or note.
  public var severity: Severity
  /// A short stable code, for example `E-DUPLICATE-ID`.
  public var code: String
  /// What is wrong and what to do, in plain words.
  public var message: String

  /// Makes a diagnostic.
  public init(file: String, line: Int, column: Int, severity: Severity, code: String, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.severity = severity
    self.code = code
    self.message = message
  }

  /// `file:line:col: error CODE: message`.
  public var description: String { "\(file):\(line):\(column): \(severity.rawValue) \(code): \(message)" }
}

/// The text of one content file, with the path used in diagnostics.
public struct SourceFile: Equatable, Sendable {
  /// The path shown in diagnostics (relative to the content folder's parent, or as given).
  public var path: String
  /// The file's text.
  public var text: String

  /// Makes a source file.
  public init(path: String, text: String) {
    self.path = path
    self.text = text
  }
}
