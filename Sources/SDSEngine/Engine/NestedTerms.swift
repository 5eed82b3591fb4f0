extension Renderer {
  /// A term's words with the terms inside them filled in, a few levels deep
  /// (`retention: as long as {controller}'s rules say`), so a script run without a pack reads the same
  /// as one with.
  static func filled(_ value: String, _ terms: [String: String], depth: Int = 0) -> String {
    guard depth < 4, value.contains("{") else { return value }
    return Template(value, at: SourceLocation(file: "", line: 1, column: 1)).render { name in
      terms[name].map { filled($0, terms, depth: depth + 1) }
    }
  }
}
