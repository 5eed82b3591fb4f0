import Foundation
import SDSEngine
import Testing
import TestSupport

/// Everything the shipped conversation can show a person is held to the plain-language limits.
@Suite struct ShippedContentPlainLanguageTests {
  static let content = repositoryRoot() + "/Content"

  struct Loaded: Sendable {
    var script: Script
    var diagnostics: [Diagnostic]
    var jargon: JargonList
    var report: PlainLanguageReport
  }

  /// Loaded and checked once for the whole suite.
  static let loaded: Result<Loaded, any Error> = Result {
    let (script, diagnostics) = try TranscriptHarness.loadScript(content)
    let jargonText = try String(contentsOfFile: content + "/jargon.txt", encoding: .utf8)
    let (jargon, problems) = JargonList.parse(SourceFile(path: "Content/jargon.txt", text: jargonText))
    return Loaded(script: script, diagnostics: diagnostics + problems, jargon: jargon, report: PlainLanguageCheck.check(script, jargon: jargon))
  }

  static func load() throws -> (script: Script, jargon: JargonList, report: PlainLanguageReport) {
    let loaded = try loaded.get()
    return (loaded.script, loaded.jargon, loaded.report)
  }

  @Test func theContentAndJargonListLoadWithNoProblems() throws {
    let loaded = try Self.loaded.get()
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.description).joined(separator: "\n"))")
  }

  static func describe(_ pieces: [MeasuredPiece]) -> String {
    pieces.map { "\($0.piece.location.file):\($0.piece.location.line) \($0.piece.owner) grade \(PlainLanguageReport.format($0.score.grade)): \($0.piece.text)" }
      .joined(separator: "\n")
  }

  @Test func everyPromptReadsAtGradeSixOrBelow() throws {
    let report = try Self.load().report
    #expect(report.graded.count > 200, "the whole conversation is measured")
    let hard = report.graded.filter { $0.score.grade > 6 }
    #expect(hard.isEmpty, "\(Self.describe(hard))")
  }

  @Test func theAverageGradeIsFiveOrBelow() throws {
    let report = try Self.load().report
    #expect(report.averageGrade <= 5, "average \(report.averageGrade)")
  }

  @Test func noSentenceIsLongerThanTwentyFiveWords() throws {
    let report = try Self.load().report
    let long = report.pieces.filter { $0.score.longestSentenceWords > 25 }
    #expect(long.isEmpty, "\(long.map { "\($0.piece.owner): \($0.score.longestSentence)" })")
  }

  @Test func everyPromptAsksOneQuestionAtMost() throws {
    let report = try Self.load().report
    let many = report.pieces.filter { $0.score.questions > 1 }
    #expect(many.isEmpty, "\(Self.describe(many))")
  }

  @Test func noHardWordIsLeftUnexplained() throws {
    let report = try Self.load().report
    #expect(report.jargonDiagnostics.isEmpty, "\(report.jargonDiagnostics.map(\.description).joined(separator: "\n"))")
  }

  @Test func theCheckHasNoWarningsAtAll() throws {
    let report = try Self.load().report
    #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.description).joined(separator: "\n"))")
  }

  /// The words of the engine's own error and re-ask messages, and every question's re-ask, never blame or
  /// apologise; the messages that ask again say what to do without "please".
  @Test func errorAndReAskMessagesAvoidBannedWords() throws {
    let (script, _, _) = try Self.load()
    let banned = ["invalid", "error", "oops", "sorry"]
    let reAskMessages = [
      "needs-answer", "list-needs-one", "not-understood-yesno", "not-understood-yesno-not-sure", "not-understood-choice",
      "ambiguous-choice", "not-understood-multi", "not-understood-check", "cannot-skip", "too-long", "change-which",
      "change-unknown", "still-stuck", "first-question",
    ]
    var checked: [(String, String)] = []
    for (id, paragraphs) in script.messages {
      checked.append(("message \(id)", paragraphs.map { $0.render { "{\($0)}" } }.joined(separator: " ")))
    }
    for question in script.questions.values {
      if let reAsk = question.reAsk { checked.append(("re-ask of \(question.id)", reAsk.render { "{\($0)}" })) }
    }
    #expect(checked.count > 60)
    for (owner, text) in checked {
      let words = Set(Understanding.normalise(text).split(separator: " ").map(String.init))
      for word in banned { #expect(!words.contains(word), "\(owner) says \"\(word)\": \(text)") }
    }
    for id in reAskMessages {
      let text = try #require(script.messages[id], "message \(id)").map { $0.render { "{\($0)}" } }.joined(separator: " ")
      #expect(!Understanding.normalise(text).hasPrefix("please"), "message \(id) starts with please: \(text)")
    }
    let questionReAsks = script.questions.values.compactMap(\.reAsk).map { $0.render { "{\($0)}" } }
    for text in questionReAsks { #expect(!Understanding.normalise(text).contains("please"), "\(text)") }
  }

  /// Every question that needs an answer says what is needed in its own words when it is missing.
  @Test func everyRequiredQuestionHasItsOwnReAsk() throws {
    let (script, _, _) = try Self.load()
    let missing = script.questions.values.filter { !$0.optional && $0.reAsk == nil }.map(\.id).sorted()
    #expect(missing.isEmpty, "\(missing)")
  }

  @Test func everyQuestionHasHelp() throws {
    let (script, _, _) = try Self.load()
    #expect(script.questions.values.filter { $0.help == nil }.isEmpty)
  }
}
