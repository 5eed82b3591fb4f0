import Foundation
import Testing
import TestSupport

/// The shipped Welsh under the wales pack, through the real binary, on each route: a person planning
/// for themselves reads "chi" sentences, a carer reads whole sentences about the person by name
/// ("Sut mae Frank..."), never the broken Welsh a swapped-in word made ("sut ydych chi yn teimlo").
@Suite struct WelshRouteTests {
  static let content = repositoryRoot() + "/Content"
  static let golden = folder(of: #filePath) + "/Golden"

  struct Route: Sendable, CustomTestStringConvertible {
    var name: String
    /// Sentences only this route's versions make.
    var expected: [String]
    var testDescription: String { name }
  }

  static let routes: [Route] = [
    .init(name: "welsh-self-route", expected: [
      "Ai cynllun newydd yw hwn, neu wiriad o'r cymorth rydych chi'n ei gael nawr?",
      "Os byddai'n well gennych chi beidio â dweud, pwyswch Enter.",
      "A fyddai rhywbeth yn eich helpu chi i siarad â'r gweithiwr cymdeithasol?",
      "Beth rydych chi'n ei fwynhau, neu'n ei wneud yn dda?",
      "bydd y gweithiwr cymdeithasol yn gweld nad ydych chi'n teimlo'n ddiogel bob amser.",
      "Pa ffordd rydych chi'n ei hoffi orau am nawr?",
    ]),
    .init(name: "welsh-carer-route", expected: [
      "Ai cynllun newydd yw hwn, neu wiriad o'r cymorth mae Frank yn ei gael nawr?",
      "Sut hoffai Frank i ni gysylltu?",
      "A fyddai rhywbeth yn helpu Frank i siarad â'r gweithiwr cymdeithasol?",
      "Oes mwy i'w ddweud am y rhain, ac am ddyddiau Frank?",
      "Beth mae Frank yn ei fwynhau, neu'n ei wneud yn dda?",
      "bydd y gweithiwr cymdeithasol yn gweld nad yw Frank yn teimlo'n ddiogel bob amser.",
      "Pa ffordd mae Frank yn ei hoffi orau am nawr?",
      "Sut dylai cymorth Frank weithio",
    ]),
  ]

  /// What the swapped-in words made, which Welsh grammar does not allow: "ydych chi yn" (for "rydych
  /// chi'n"), "gan chi" (for "gennych chi"), "fydd chi", "gallai chi", "gall chi", "Hoffai chi".
  static let broken = ["ydych chi yn ", "gan chi ", "fydd chi ", "gallai chi ", "gall chi ", "Hoffai chi ", "mae chi ", "yn helpu chi ", " i helpu chi "]

  @Test(arguments: routes)
  func eachRouteReadsAsWelshAndMatchesGolden(_ route: Route) throws {
    let input = try String(contentsOfFile: Self.golden + "/\(route.name).input", encoding: .utf8)
    let result = try runSDS(["--content", Self.content, "--pack", "wales", "--lang", "cy"], input: input)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Pa ffordd"), "the input reached the option question")
    for sentence in route.expected {
      #expect(result.stdout.contains(sentence), "missing: \(sentence)")
    }
    // Only the assistant's words: the answers typed (after "> ") are the person's own.
    let shown = result.stdout.split(separator: "\n").filter { !$0.hasPrefix("> ") }.joined(separator: "\n")
    for words in Self.broken {
      #expect(!shown.contains(words), "broken Welsh: \(words)")
    }
    if let mismatch = goldenMismatch(result.stdout, goldenPath: Self.golden + "/\(route.name).txt") {
      Issue.record(Comment(rawValue: mismatch))
    }
  }
}
