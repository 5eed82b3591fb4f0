import Foundation
@testable import SDSEngine
import Testing
import TestSupport

/// On the carer route "you" is the carer. Text shown on both routes that says "your budget" talks about
/// the wrong person there: it must say {your} budget. Text only for carers, and text before the route is
/// chosen, are left alone.
@Suite struct CarerRouteWordingTests {
  static func warnings(_ body: String) throws -> [String] {
    let script = try inlineScript("""
      section a
      say before
        Your support matters.
      ask who-for choice
        prompt: Who are you planning for?
        choice me: Me
        choice carer: Someone I help
        choice learn: I only want to find out
        help: Pick one.
      let your = your
      let your = their
        if: who-for is carer
      go to learn
        if: who-for is learn
      \(body)
      finish
      section learn
      say learn-only
        Your budget is the money for your support.
      """)
    return CarerRouteWording.check(script).filter { $0.code == "W-CARER-YOU" }.map(\.message)
  }

  @Test(arguments: [
    ("say shared\n  Your budget can be spent in many ways.", 1),
    ("say shared\n  {your} budget can be spent in many ways.", 0),
    ("say carer-only\n  if: who-for is carer\n  Your money does not stop you having a carer's assessment.", 0),
    ("say self-only\n  if: who-for is me\n  Your budget can be spent in many ways.", 0),
    ("ask how yesno\n  prompt: Is your support working?\n  help: Answer yes or no.", 1),
    ("say typed\n  Type help to see what you can type.", 0),
  ] as [(String, Int)])
  func findsSharedTextAboutThePersonsCare(_ body: String, _ expected: Int) throws {
    let found = try Self.warnings(body)
    #expect(found.count == expected, "\(found)")
  }

  /// The shipped conversation, with every pack, has none.
  @Test func theShippedConversationHasNone() throws {
    let folder = repositoryRoot() + "/Content/script"
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
    let files = try names.map { SourceFile(path: $0, text: try String(contentsOfFile: folder + "/" + $0, encoding: .utf8)) }
    let (script, _) = ScriptLoader.load(files)
    #expect(CarerRouteWording.check(script).isEmpty, "\(CarerRouteWording.check(script).map(\.description))")
  }
}
