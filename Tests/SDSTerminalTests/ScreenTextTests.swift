import Testing
@testable import SDSTerminal

/// Nothing from outside the program can act on the terminal: every escape and control is removed.
@Suite struct ScreenTextTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var input: String
    var expected: String
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    .init(name: "plain text and accents stay", input: "Siân's café, 5 o'clock 😊", expected: "Siân's café, 5 o'clock 😊"),
    .init(name: "line breaks stay", input: "one\ntwo\n\nthree", expected: "one\ntwo\n\nthree"),
    .init(name: "colour (CSI SGR)", input: "a\u{1B}[31mred\u{1B}[0m", expected: "ared"),
    .init(name: "clear screen (CSI J)", input: "\u{1B}[2J\u{1B}[Hforged", expected: "forged"),
    .init(name: "window title set (OSC 0, BEL)", input: "x\u{1B}]0;owned\u{07}y", expected: "xy"),
    .init(name: "title report (CSI 21t)", input: "x\u{1B}[21ty", expected: "xy"),
    .init(name: "clipboard (OSC 52, ST)", input: "x\u{1B}]52;c;ZXZpbA==\u{1B}\\y", expected: "xy"),
    .init(name: "run program (OSC 9;7)", input: "x\u{1B}]9;7;calc\u{07}y", expected: "xy"),
    .init(name: "DCS", input: "x\u{1B}P1$r0m\u{1B}\\y", expected: "xy"),
    .init(name: "8-bit CSI", input: "x\u{9B}31my", expected: "xy"),
    .init(name: "8-bit OSC to 8-bit ST", input: "x\u{9D}0;t\u{9C}y", expected: "xy"),
    .init(name: "full reset (ESC c)", input: "x\u{1B}cy", expected: "xy"),
    .init(name: "character set (ESC ( 0)", input: "x\u{1B}(0y", expected: "xy"),
    .init(name: "C1 controls", input: "x\u{85}\u{8D}y", expected: "xy"),
    .init(name: "BEL, backspace, DEL, NUL", input: "a\u{07}b\u{08}c\u{7F}d\u{0}e", expected: "abcde"),
    .init(name: "carriage return cannot rewrite a line", input: "Sent!\rNot sent", expected: "Sent!Not sent"),
    .init(name: "tab becomes a space", input: "a\tb", expected: "a b"),
    .init(name: "bidi override (Trojan Source)", input: "abc\u{202E}fed\u{202C}\u{2066}x\u{2069}", expected: "abcfedx"),
    .init(name: "escape at the very end", input: "abc\u{1B}", expected: "abc"),
    .init(name: "unfinished CSI", input: "abc\u{1B}[12", expected: "abc"),
  ]

  @Test(arguments: cases)
  func sanitises(_ test: Case) {
    #expect(ScreenText.sanitise(test.input) == test.expected)
  }

  @Test(arguments: cases)
  func leavesNothingATerminalActsOn(_ test: Case) {
    let clean = ScreenText.sanitise(test.input)
    for scalar in clean.unicodeScalars {
      #expect(scalar == "\n" || !(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)), "\(scalar.value)")
    }
  }
}
