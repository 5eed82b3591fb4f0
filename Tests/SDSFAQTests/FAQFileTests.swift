import SDSEngine
@testable import SDSFAQ
import Testing

/// The FAQ file format: every problem reported at once, located to the column, in compiler style.
@Suite struct FAQFileTests {
  /// Messages every FAQ needs, so the cases below only show their own problem.
  static let messages = """
    message no-match
      No answer.
    message unrelated
      Not about care.

    """

  static let terms: Set<String> = ["council", "worker", "phone"]

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    /// `line:col: severity CODE` for each expected problem, in order.
    var expected: [String]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    .init(name: "a good entry", text: """
      faq pay-family
        title: Can I pay my {worker}?
        answer: One. Two. Three.
      """, expected: []),
    .init(name: "unknown item", text: """
      question pay-family
        title: Can I?
      """, expected: ["1:1: error E-FAQ-NO-ENTRIES", "1:1: error E-FAQ-UNKNOWN-ITEM"]),
    .init(name: "indented first line", text: """
        title: Lost
      faq a
        title: A?
        answer: One. Two. Three.
      """, expected: ["1:3: error E-FAQ-INDENT"]),
    .init(name: "bad id", text: """
      faq Pay_Family
        title: A?
        answer: One. Two. Three.
      """, expected: ["1:1: error E-FAQ-NO-ENTRIES", "1:5: error E-FAQ-BAD-ID"]),
    .init(name: "duplicate id", text: """
      faq a
        title: A?
        answer: One. Two. Three.
      faq a
        title: B?
        answer: One. Two. Three.
      """, expected: ["4:5: error E-FAQ-DUPLICATE-ID"]),
    .init(name: "unknown property", text: """
      faq a
        title: A?
        anser: One. Two. Three.
      """, expected: ["1:5: error E-FAQ-NO-ANSWER", "3:3: error E-FAQ-UNKNOWN-PROPERTY"]),
    .init(name: "unknown nation", text: """
      faq a
        title: A?
        answer: One. Two. Three.
        answer for scotand: Un. Deux. Trois.
      """, expected: ["4:3: error E-FAQ-UNKNOWN-NATION"]),
    .init(name: "two titles", text: """
      faq a
        title: A?
        title: B?
        answer: One. Two. Three.
      """, expected: ["3:3: error E-FAQ-DUPLICATE-PROPERTY"]),
    .init(name: "empty property", text: """
      faq a
        title: A?
        keywords:
        answer: One. Two. Three.
      """, expected: ["3:3: error E-FAQ-EMPTY"]),
    .init(name: "no title, and an answer only for one nation", text: """
      faq a
        answer for wales: One. Two. Three.
      """, expected: ["1:5: error E-FAQ-NO-ANSWER", "1:5: error E-FAQ-NO-TITLE"]),
    .init(name: "unknown name, at its exact column, on a carried-on line", text: """
      faq a
        title: Can {counsil} help?
        answer: One. Two.
          Three, says {wroker}.
      """, expected: ["2:14: error E-FAQ-UNKNOWN-NAME", "4:17: error E-FAQ-UNKNOWN-NAME"]),
    .init(name: "answer too long and too short", text: """
      faq a
        title: A?
        answer: One. Two. Three. Four. Five. Six. Seven.
      faq b
        title: B?
        answer: Only one sentence here
      """, expected: ["3:11: warning W-FAQ-ANSWER-LENGTH", "6:11: warning W-FAQ-ANSWER-LENGTH"]),
    .init(name: "a list counts as one sentence", text: """
      faq a
        title: A?
        answer: The steps are these.
          1. First.
          2. Second.
          3. Third.
          Then you are done.
      """, expected: []),
    .init(name: "duplicate title", text: """
      faq a
        title: Can I?
        answer: One. Two. Three.
      faq b
        title: can i
        answer: One. Two. Three.
      """, expected: ["5:10: warning W-FAQ-DUPLICATE-TITLE"]),
    .init(name: "synonyms: bad lines and a target no entry uses", text: """
      faq a
        title: What is a direct payment?
        answer: One. Two. Three.
      synonyms
        direct payment: dp, cash
        no colon here
        short break:
        holiday home: caravan
      """, expected: ["6:3: error E-FAQ-BAD-SYNONYM", "7:3: error E-FAQ-BAD-SYNONYM", "8:3: warning W-FAQ-UNUSED-SYNONYM"]),
    .init(name: "words after a list item's name", text: """
      faq a
        title: A?
        answer: One. Two. Three.
      ignore the
        a, an
      """, expected: ["4:8: error E-FAQ-SYNTAX"]),
    .init(name: "unknown message", text: """
      faq a
        title: A?
        answer: One. Two. Three.
      message goodbye
        Bye.
      """, expected: ["4:9: error E-FAQ-UNKNOWN-MESSAGE"]),
    .init(name: "a tab in the indent", text: "faq a\n  title: A?\n\tkeywords: b\n  answer: One. Two. Three.\n", expected: ["3:1: error E-TAB"]),
    .init(name: "a property indented under the line above", text: """
      faq a
        title: A?
          keywords: b
        answer: One. Two. Three.
      """, expected: ["3:5: error E-INDENT"]),
    .init(name: "one space more than the line above", text: """
      faq a
        title: A?
        answer: One. Two.
         Three.
      """, expected: ["4:4: error E-INDENT"]),
    .init(name: "a { that starts no name", text: """
      faq a
        title: Can {council help?
        answer: One. Two. Three { }.
      """, expected: ["2:14: error E-BRACE", "3:27: error E-BRACE"]),
    .init(name: "a keyword with words from the unrelated list", text: """
      faq a
        title: A?
        keywords: bus times to the day centre, transport
        answer: One. Two. Three.
      unrelated
        bus times, library card
      """, expected: ["3:13: warning W-FAQ-KEYWORD-UNRELATED"]),
  ]

  @Test func aMisspeltPropertyGetsTheNearest() {
    let (_, diagnostics) = FAQLoader.load([SourceFile(path: "a.txt", text: "faq a\n  titel: A?\n  answer: One. Two. Three.\n"), SourceFile(path: "m.txt", text: Self.messages)], termNames: [])
    #expect(diagnostics.contains { $0.code == "E-FAQ-UNKNOWN-PROPERTY" && $0.message.contains("Did you mean \"title:\"?") }, "\(diagnostics)")
  }

  @Test(arguments: cases)
  func reportsExactlyTheExpectedProblems(_ test: Case) {
    let (_, diagnostics) = FAQLoader.load([SourceFile(path: "faq/10-test.txt", text: test.text), SourceFile(path: "faq/99-messages.txt", text: Self.messages)], termNames: Self.terms)
    let found = diagnostics.map { "\($0.line):\($0.column): \($0.severity.rawValue) \($0.code)" }
    #expect(found == test.expected, "\(diagnostics.map(\.description).joined(separator: "\n"))")
    for diagnostic in diagnostics { #expect(diagnostic.file == "faq/10-test.txt") }
  }

  @Test func missingMessagesAreReportedAgainstTheFirstFile() {
    let (_, diagnostics) = FAQLoader.load([SourceFile(path: "faq/10-a.txt", text: "faq a\n  title: A?\n  answer: One. Two. Three.\n")], termNames: [])
    #expect(diagnostics.map(\.description) == [
      "faq/10-a.txt:1:1: error E-FAQ-MISSING-MESSAGE: The FAQ needs a message \"no-match\". Add it to one of the FAQ files: message no-match, then its text on indented lines.",
      "faq/10-a.txt:1:1: error E-FAQ-MISSING-MESSAGE: The FAQ needs a message \"unrelated\". Add it to one of the FAQ files: message unrelated, then its text on indented lines.",
    ])
  }

  /// Nothing stops at the first problem: every one in every file comes back together, sorted by place.
  @Test func everyProblemIsReportedAtOnce() {
    let first = SourceFile(path: "faq/10-a.txt", text: "faq a\n  titel: A?\n  answer: {nope}. Two. Three.\nfaq a\n  title: B?\n")
    let second = SourceFile(path: "faq/20-b.txt", text: "faq c\n  answer for mars: x\n")
    let (_, diagnostics) = FAQLoader.load([first, second, SourceFile(path: "faq/99-m.txt", text: Self.messages)], termNames: [])
    #expect(diagnostics.map { "\($0.file):\($0.line):\($0.column) \($0.code)" } == [
      "faq/10-a.txt:1:5 E-FAQ-NO-TITLE",
      "faq/10-a.txt:2:3 E-FAQ-UNKNOWN-PROPERTY",
      "faq/10-a.txt:3:11 E-FAQ-UNKNOWN-NAME",
      "faq/10-a.txt:4:5 E-FAQ-DUPLICATE-ID",
      "faq/20-b.txt:1:5 E-FAQ-NO-ANSWER",
      "faq/20-b.txt:1:5 E-FAQ-NO-TITLE",
      "faq/20-b.txt:2:3 E-FAQ-UNKNOWN-NATION",
    ])
  }

  @Test func variantsListsAndParagraphsAreReadAsWritten() throws {
    let text = """
      # A comment
      faq a
        title: What is it?
        title for wales: What is it in Wales?
        keywords: one, two words
        keywords for scotland: three
        answer: First line
          carried on.
          - an item
          - another
          After the list.
        answer: A second paragraph.
        more for england, wales: Only there.
      """
    let (content, diagnostics) = FAQLoader.load([SourceFile(path: "x.txt", text: text), SourceFile(path: "m.txt", text: Self.messages)], termNames: [])
    #expect(diagnostics.filter { $0.severity == .error }.isEmpty)
    let entry = try #require(content.entries.first)
    let neutral = FAQLibrary(content: content).entry("a")
    #expect(neutral?.answer == "First line carried on.\n- an item\n- another\nAfter the list.\n\nA second paragraph.")
    #expect(neutral?.more == nil)
    #expect(FAQLibrary(content: content, nation: .wales).entry("a")?.title == "What is it in Wales?")
    #expect(FAQLibrary(content: content, nation: .england).entry("a")?.more == "Only there.")
    #expect(FAQLibrary(content: content, nation: .scotland).entry("a")?.title == "What is it?")
    #expect(entry.keywords.neutral == ["one", "two words"])
    #expect(entry.keywords.byNation[.scotland] == ["three"])
  }

  @Test func windowsLineEndingsAndAByteOrderMarkAreFine() {
    let text = "\u{FEFF}faq a\r\n  title: A?\r\n  answer: One. Two. Three.\r\n"
    let (content, diagnostics) = FAQLoader.load([SourceFile(path: "x.txt", text: text), SourceFile(path: "m.txt", text: Self.messages)], termNames: [])
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(FAQLibrary(content: content).entry("a")?.title == "A?")
  }
}
