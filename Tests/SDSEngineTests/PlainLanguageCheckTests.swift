import Foundation
import SDSEngine
import Testing
import TestSupport

/// The plain-language check over small scripts: what it measures, and when it warns.
@Suite struct PlainLanguageCheckTests {
  static let jargon = JargonList.parse(SourceFile(path: "jargon.txt", text: """
    # hard words
    direct payment: say "money paid to you"
    respite: say "a break"
    power of attorney
    allow: UK
    """)).list

  static func check(_ text: String) throws -> PlainLanguageReport {
    PlainLanguageCheck.check(try inlineScript(text), jargon: jargon)
  }

  static func codes(_ report: PlainLanguageReport, in file: String = "inline.txt") -> [String] {
    report.diagnostics.filter { $0.file == file }.map { "\($0.line):\($0.column) \($0.code)" }
  }

  struct JargonCase: Sendable, CustomTestStringConvertible {
    var name: String
    var script: String
    var expected: [String]
    var testDescription: String { name }
  }

  static let jargonCases: [JargonCase] = [
    .init(name: "a listed term with no explanation", script: """
      section a
      ask pick yesno
        prompt: Would you like a direct payment?
        help: Answer yes or no.
      """, expected: ["3:11 W-JARGON"]),
    .init(name: "explained in the help: TERM is", script: """
      section a
      ask pick yesno
        prompt: Would you like a direct payment?
        help: A direct payment is money paid to you, to arrange your support.
      """, expected: []),
    .init(name: "explained by naming it: called TERM", script: """
      section a
      say about
        You can have a short break from caring. This is called respite.
      """, expected: []),
    .init(name: "a plural still counts, and each piece is located", script: """
      section a
      say about
        Direct payments can help.
      ask pick yesno
        prompt: Is it clear?
        help: Respite can help too.
      """, expected: ["3:3 W-JARGON", "6:9 W-JARGON"]),
    .init(name: "explained in another question does not count", script: """
      section a
      ask one yesno
        prompt: Do you know what respite is?
        help: Respite means a short break from caring.
      ask two yesno
        prompt: Would respite help?
        help: Answer yes or no.
      """, expected: ["6:11 W-JARGON"]),
    .init(name: "initials: flagged unless spelled out, explained or allowed", script: """
      section a
      say one
        Self-directed support (SDS) is for you. SDS helps.
      say two
        Ask about PIP. Anyone in the UK can.
      say three
        ISF means individual service fund.
      """, expected: ["5:3 W-INITIALS"]),
    .init(name: "a term inside a longer phrase and in a choice", script: """
      section a
      ask who choice
        prompt: Who decides for them?
        choice poa: Someone with power of attorney
        choice me: Me
        help: Pick one.
      """, expected: ["4:15 W-JARGON"]),
  ]

  @Test(arguments: jargonCases)
  func jargon(_ test: JargonCase) throws {
    let report = try Self.check(test.script)
    #expect(Self.codes(report).filter { $0.hasSuffix("JARGON") || $0.hasSuffix("INITIALS") } == test.expected, "\(report.diagnostics)")
  }

  @Test func aWordInsideALongerListedPhraseIsThatPhrase() throws {
    let list = JargonList.parse(SourceFile(path: "j.txt", text: "assessment\ncarer's assessment\n")).list
    #expect(list.unexplained(in: "Ask for a carer's assessment.", unit: "This is called a carer's assessment.").isEmpty)
    #expect(list.unexplained(in: "Ask for a carer's assessment, or an assessment.", unit: "This is called a carer's assessment.").map(\.term) == ["assessment"])
  }

  @Test func theJargonWarningSaysWhatToDo() throws {
    let report = try Self.check("section a\nsay one\n  Direct payments can help.\n")
    let message = try #require(report.jargonDiagnostics.first?.message)
    #expect(message == "\"direct payment\" is on the jargon list (say one). The list says: say \"money paid to you\". To keep the word, explain it here or in the help, like: Direct payment means ...")
  }

  @Test func textPastTheLimitsIsWarnedAboutAndLabelsAreNotGraded() throws {
    let report = try Self.check("""
      section a
        title: Organisational responsibilities
      say long
        Hi. Yes. Go. No. Up. So. This sentence goes on and on and on and on and on and on and on and on and on and on and on and on and on.
      say hard
        Organisational responsibilities necessitate comprehensive documentation.
      ask two text
        prompt: Is this one question? Or is it two?
        help: Type what you like.
        label: Administrative categorisation
      """)
    #expect(Self.codes(report).sorted() == ["4:3 W-READ-SENTENCE", "6:3 W-READ-GRADE", "8:11 W-READ-QUESTIONS"], "\(report.diagnostics)")
    let title = try #require(report.pieces.first { $0.piece.kind == .title })
    #expect(title.score.grade > 6 && !title.piece.isGraded)
  }

  @Test func namesAreFilledInTheWayAPersonFirstMeetsThem() throws {
    let report = try Self.check("""
      section a
      ask who choice
        prompt: Who is it for?
        choice self: Me
        choice carer: Someone I help
        help: Pick one.
      let them = you
      let them = {who}
        if: who is carer
      ask good text
        prompt: What does a good day look like for {them}, at {council}?
        help: Type it, {preferred}.
      """.replacingOccurrences(of: "{preferred}", with: "{who}"))
    let texts = report.pieces.map(\.piece.text)
    #expect(texts.contains("What does a good day look like for you, at your council or Trust?"), "\(texts)")
    #expect(texts.contains("Type it, Sam."), "\(texts)")
  }

  @Test func aSharedListIsMeasuredOnceButCheckedForJargonInEachQuestion() throws {
    let report = try Self.check("""
      section a
      ask one choice
        prompt: Which one?
        choices: ways
        help: A direct payment is money paid to you.
      ask two choice
        prompt: Which one now?
        choices: ways
        help: Pick one.

      choices ways
        dp: A direct payment
        other: Something else
      """)
    #expect(report.pieces.filter { $0.piece.kind == .choice }.count == 2)
    #expect(Self.codes(report) == ["12:7 W-JARGON"], "\(report.diagnostics)")
    #expect(report.jargonDiagnostics.first?.message.contains("ask two") == true)
  }

  @Test func theAverageCountsVeryEasyTextAsZero() throws {
    let report = try Self.check("section a\nsay a\n  Yes. No. Go.\nsay b\n  Self-directed support means you choose how your support is arranged.\n")
    let mine = report.pieces.filter { $0.piece.location.file == "inline.txt" }
    #expect(mine.count == 2)
    #expect(mine[0].score.grade < 0 && mine[0].countedGrade == 0)
  }

  @Test func theJargonFileIsReadWithItsProblemsLocated() {
    let (list, diagnostics) = JargonList.parse(SourceFile(path: "j.txt", text: "respite\n  : nothing\nRespite: again\nallow: uk, OK\n"))
    #expect(list.entries.map(\.term) == ["respite"])
    #expect(list.allowedInitials == ["UK", "OK"])
    #expect(diagnostics.map(\.description) == [
      "j.txt:2:3: error E-SYNTAX: Write each hard word on its own line, then a colon and what to say instead, like: respite: say \"a break\"",
      "j.txt:3:1: warning W-DUPLICATE-JARGON: \"Respite\" is already in the list at line 1. Remove one of them.",
    ])
  }
}
