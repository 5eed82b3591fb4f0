import Foundation
import SDSEngine
import SDSPacks
import Testing
import TestSupport

/// A translation can give whole sentences per route (`cy if who-for is carer:`), so Welsh reads
/// naturally where one swapped word cannot: the person sees the main lines, a carer the version.
@Suite struct RouteVersionTests {
  static let scriptText = """
    section who
    ask who-for choice
      prompt: Who are you planning for?
      choice self: Me
      choice carer: Someone I help
    ask cared-name text
      if: who-for is carer
      prompt: What name do they like?
    let you = you
    let do = do
    if who-for is carer
    let you = {cared-name}
    let do = does
    end
    ask feel text
      prompt: How {do} {you} feel?
      label: How {you} feel
    say thanks
      Thank you, {council} will read it.
      - It is about {you}.
    ask last text
      prompt: Anything else?
    terms
      council: the council
    """

  static func script() -> Script {
    ScriptParser.parse([SourceFile(path: "script/10-a.txt", text: scriptText)]).script
  }

  static func translations(_ script: Script) -> String {
    let texts = Dictionary(script.texts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    func hash(_ id: String) -> String { TextHash.of(texts[id]!.source) }
    return """
      ask.feel.prompt \(hash("ask.feel.prompt"))
        cy: Sut rydych chi'n teimlo?
        cy if who-for is carer: Sut mae {cared-name} yn teimlo?

      ask.feel.label \(hash("ask.feel.label"))
        cy: Sut rydych chi'n teimlo
        cy if who-for is carer: Sut mae {cared-name} yn teimlo

      say.thanks \(hash("say.thanks"))
        cy: Diolch, bydd {council} yn ei ddarllen.
        cy: - Mae'n sôn amdanoch chi.
        cy if who-for is carer: Diolch, bydd {council} yn ei ddarllen.
        cy if who-for is carer: - Mae'n sôn am {cared-name}.

      """
  }

  static func library(_ texts: String) -> PackLibrary {
    let packs = [PackSource(id: "uk", folder: "packs/uk", files: [SourceFile(path: "packs/uk/pack.txt", text: "pack\n  name: N\n  version: 1\n  nation: uk\n  languages: en, cy\n")])]
    let files = [SourceFile(path: "languages/cy/language.txt", text: "language cy\n  name: Cymraeg\n  status: reviewed\n"),
                 SourceFile(path: "languages/cy/texts.txt", text: texts)]
    return PackLibrary.load(packs: packs, languages: [LanguageSource(code: "cy", folder: "languages/cy", files: files)]).library
  }

  /// Everything shown, in order, after each input.
  static func run(_ inputs: [String], language: String) -> [String] {
    let script = script()
    let translated = library(translations(script)).translated(script, pack: "uk", language: language).script
    var conversation = Conversation(engine: Engine(script: translated))
    var shown: [String] = []
    func take(_ outputs: [Output]) {
      for output in outputs {
        switch output {
        case .say(let text): shown.append(text)
        case .ask(let prompt): shown.append(prompt.text)
        default: break
        }
      }
    }
    take(conversation.start())
    for input in inputs { take(conversation.handle(.input(input))) }
    return shown
  }

  struct RouteCase: Sendable, CustomTestStringConvertible {
    var name: String
    var language: String
    var inputs: [String]
    var expected: [String]
    var testDescription: String { name }
  }

  static let routeCases: [RouteCase] = [
    .init(name: "Welsh, for themselves: the main lines", language: "cy", inputs: ["1", "iawn"],
          expected: ["Sut rydych chi'n teimlo?", "Diolch, bydd the council yn ei ddarllen.\n\n- Mae'n sôn amdanoch chi."]),
    .init(name: "Welsh, a carer: the carer's version, with the name", language: "cy", inputs: ["2", "Joan", "iawn"],
          expected: ["Sut mae Joan yn teimlo?", "Diolch, bydd the council yn ei ddarllen.\n\n- Mae'n sôn am Joan."]),
    .init(name: "English, a carer: swapped words as before", language: "en", inputs: ["2", "Joan", "fine"],
          expected: ["How does Joan feel?", "Thank you, the council will read it.\n\n- It is about Joan."]),
  ]

  @Test(arguments: routeCases)
  func eachRouteSeesItsOwnSentence(_ test: RouteCase) {
    let shown = Self.run(test.inputs, language: test.language)
    for text in test.expected {
      #expect(shown.contains(text), "\(text) not in:\n\(shown.joined(separator: "\n---\n"))")
    }
  }

  /// The draft's labels are the route's sentences too, so a key worker reads Joan's name in Welsh.
  @Test func theRecordUsesTheRoutesLabel() {
    let script = Self.script()
    let translated = Self.library(Self.translations(script)).translated(script, pack: "uk", language: "cy").script
    var conversation = Conversation(engine: Engine(script: translated))
    _ = conversation.start()
    for input in ["2", "Joan", "iawn"] { _ = conversation.handle(.input(input)) }
    let labels = conversation.record.entries.map(\.label)
    #expect(labels.contains("Sut mae Joan yn teimlo"), "\(labels)")
  }

  /// `sds translate` writes the versions back exactly as they were, so no work is lost.
  @Test func writingTheFileAgainKeepsEveryVersion() {
    let script = Self.script()
    let library = Self.library(Self.translations(script))
    let (text, counts) = TranslationWriter.write(code: "cy", items: library.translationItems(for: script), existing: library.languages["cy"]?.translation, header: ["Test"])
    #expect(text.contains("  cy: Sut rydych chi'n teimlo?\n  cy if who-for is carer: Sut mae {cared-name} yn teimlo?\n"))
    #expect(text.contains("  cy: - Mae'n sôn amdanoch chi.\n  cy if who-for is carer: Diolch, bydd {council} yn ei ddarllen.\n  cy if who-for is carer: - Mae'n sôn am {cared-name}.\n"))
    #expect(counts.done == 3)
    let again = Self.library(text)
    #expect(TranslationWriter.write(code: "cy", items: again.translationItems(for: script), existing: again.languages["cy"]?.translation, header: ["Test"]).text == text)
  }

  /// A version that cannot be shown (here one line for a two-line text) leaves the main lines in use.
  @Test func aVersionThatCannotBeShownLeavesTheMainLines() {
    let script = Self.script()
    let texts = Self.translations(script).replacingOccurrences(of: "  cy if who-for is carer: - Mae'n sôn am {cared-name}.\n", with: "")
    let translated = Self.library(texts).translated(script, pack: "uk", language: "cy").script
    var conversation = Conversation(engine: Engine(script: translated))
    var shown: [String] = []
    _ = conversation.start()
    for input in ["2", "Joan", "iawn"] {
      shown += conversation.handle(.input(input)).compactMap { if case .say(let text) = $0 { text } else { nil } }
    }
    #expect(shown.contains("Diolch, bydd the council yn ei ddarllen.\n\n- Mae'n sôn amdanoch chi."), "\(shown)")
  }
}
