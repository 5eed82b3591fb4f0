/// Where something was written in a content file.
public struct SourceLocation: Equatable, Hashable, Sendable, Codable {
  /// The file's path as loaded.
  public var file: String
  /// 1-based line.
  public var line: Int
  /// 1-based column.
  public var column: Int

  /// Makes a location.
  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }
}
