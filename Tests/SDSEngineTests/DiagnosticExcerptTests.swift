import SDSEngine
import Testing

/// Under each problem, `sds check` shows the line with a caret under the column, as compilers do.
@Suite struct DiagnosticExcerptTests {
  static func diagnostic(line: Int, column: Int) -> Diagnostic {
    Diagnostic(file: "a.txt", line: line, column: column, severity: .error, code: "E-UNKNOWN-PROPERTY", message: "m")
  }

  @Test(arguments: [
    // The caret goes under the column, after a gutter as wide as the line number.
    ("say a\n  hlep: Type.\n", 2, 3, [" 2 |   hlep: Type.", "   |   ^"]),
    // Line 10 has a wider gutter; a Windows line ending is not shown.
    (String(repeating: "\n", count: 9) + "ask x text\r\n", 10, 5, [" 10 | ask x text", "    |     ^"]),
    // A tab is shown as spaces up to the next multiple of 4, as columns are counted, so the caret stays under the text.
    ("ask x text\n\thint: Hi.\n", 2, 5, [" 2 |     hint: Hi.", "   |     ^"]),
    // A byte order mark is not part of the first line.
    ("\u{FEFF}section a\n", 1, 1, [" 1 | section a", "   | ^"]),
  ])
  func showsTheLineWithACaret(file: String, line: Int, column: Int, expected: [String]) {
    #expect(Self.diagnostic(line: line, column: column).excerpt(of: file) == expected)
  }

  @Test func aLineThatIsNotThereShowsNothing() {
    #expect(Self.diagnostic(line: 3, column: 1).excerpt(of: "one\n") == nil)
    #expect(Self.diagnostic(line: 0, column: 1).excerpt(of: "one\n") == nil)
  }
}
