import Testing
@testable import SDSTerminal

@Suite struct SpeechTextTests {
  @Test(arguments: [
    ("Your reference is K7M4-2QX9.", "Your reference is K 7 M 4, 2 Q X 9."),
    ("Call 0300 123 4567 now", "Call 0 3 0 0 1 2 3 4 5 6 7 now"),
    ("It takes about 20 minutes.", "It takes about 20 minutes."),
    ("Keep it under 2,000 letters.", "Keep it under 2,000 letters."),
    ("(ref ab12cd)", "(ref A B 1 2 C D)"),
    ("- help: see this list\n- back: go back", "help: see this list\nback: go back"),
    ("  1. Me\n  2. Someone I help", "1. Me\n2. Someone I help"),
    ("Bad\u{1B}]0;x\u{07} text", "Bad text"),
  ])
  func preparesTextForSpeaking(text: String, expected: String) {
    #expect(SpeechText.prepare(text) == expected)
  }

  @Test func theDefaultsAreBritishEnglishAndTextGoesOnStandardInput() {
    let settings = SpeechSettings(rate: 120)
    #expect(settings.program == "espeak-ng")
    #expect(settings.arguments == ["-v", "en-gb", "-s", "120", "--stdin"])
    #expect(!settings.speakTyping)
  }

  @Test func aMissingProgramIsNotFound() {
    #expect(SpeechSettings(program: "sds-no-such-speech-program").locateProgram(environment: ["PATH": "/usr/bin:/bin"]) == nil)
    #expect(SpeechSettings(program: "/nonexistent/espeak-ng").locateProgram() == nil)
    #expect(SpeechSettings(program: "sh").locateProgram(environment: ["PATH": "/usr/bin:/bin"]) != nil)
  }
}
