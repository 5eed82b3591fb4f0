import Testing
@testable import SDSTerminal

@Suite struct OutputStyleTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var terminal: Bool
    var plain: Bool
    var environment: [String: String]
    var expected: OutputStyle
    var testDescription: String { "terminal \(terminal), --plain \(plain), \(environment)" }
  }

  static let cases: [Case] = [
    .init(terminal: true, plain: false, environment: ["TERM": "xterm-256color"], expected: .emphasis),
    .init(terminal: false, plain: false, environment: ["TERM": "xterm-256color"], expected: .plain),
    .init(terminal: true, plain: true, environment: ["TERM": "xterm-256color"], expected: .plain),
    .init(terminal: true, plain: false, environment: ["TERM": "xterm", "NO_COLOR": "1"], expected: .plain),
    .init(terminal: true, plain: false, environment: ["TERM": "xterm", "NO_COLOR": "0"], expected: .plain),
    .init(terminal: true, plain: false, environment: ["TERM": "xterm", "NO_COLOR": ""], expected: .emphasis),
    .init(terminal: true, plain: false, environment: ["TERM": "dumb"], expected: .plain),
    .init(terminal: true, plain: false, environment: [:], expected: .plain),
  ]

  @Test(arguments: cases)
  func decides(_ test: Case) {
    #expect(OutputStyle.decide(stdoutIsTerminal: test.terminal, plainRequested: test.plain, environment: test.environment) == test.expected)
  }

  @Test func plainOutputHasNoEscapeAtAllAndEmphasisOnlyAddsIt() {
    var conversation = Demo.conversation()
    let outputs = conversation.start()
    let plain = ScreenRenderer(width: 80, style: .plain).render(outputs)
    let emphasis = ScreenRenderer(width: 80, style: .emphasis).render(outputs)
    #expect(!plain.contains("\u{1B}"))
    #expect(emphasis.contains("\u{1B}[1m"))
    // The words are the same: emphasis is decoration, never meaning.
    #expect(emphasis.replacingOccurrences(of: "\u{1B}[1m", with: "").replacingOccurrences(of: "\u{1B}[0m", with: "") == plain)
  }
}
