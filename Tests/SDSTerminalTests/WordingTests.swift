import Testing
@testable import SDSTerminal

@Suite struct WordingTests {
  static let wording = Wording(engine: Demo.engine)

  @Test(arguments: [(600, "10 minutes"), (120, "2 minutes"), (60, "1 minute"), (90, "90 seconds"), (150, "2 minutes"),
                    (30, "30 seconds"), (1, "1 second"), (0, "0 seconds"), (-5, "0 seconds")])
  func durationsInWords(seconds: Int, expected: String) {
    #expect(Self.wording.duration(seconds: seconds) == expected)
  }

  @Test(arguments: [("yes", true), ("Yes please", true), ("  YES. ", true), ("y", true), ("no", false), ("", false), ("yes no", false)])
  func yesIsReadLikeTheEngineReadsIt(line: String, expected: Bool) {
    #expect(Self.wording.isYes(line) == expected)
  }

  /// Every message the terminal says is in the content, with its names filled in.
  @Test(arguments: ["terminal-secret-hint", "interrupt-question", "kiosk-cleared", "kiosk-next-person", "kiosk-closed", "speech-missing", "carry-on", "stopped", "terminal-more"])
  func messagesComeFromTheContent(id: String) {
    let text = Self.wording.message(id)
    #expect(!text.isEmpty)
    #expect(!text.contains("{"))
  }

  @Test func warningsSayHowLongIsLeft() {
    let warning = Self.wording.message("idle-warning", ["time": Self.wording.duration(seconds: 120)])
    #expect(warning.contains("2 minutes"))
    #expect(warning.contains("Press Enter to carry on."))
    #expect(Self.wording.message("kiosk-welcome", ["time": "10 minutes"]).contains("10 minutes"))
  }
}
