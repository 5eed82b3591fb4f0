import Foundation
import SDSEngine
import SDSPacks
import Testing
import TestSupport

/// The shipped Welsh: complete under the wales pack, written so filled-in words never need to mutate,
/// and with word lists that cannot be mistaken for each other.
@Suite struct WelshTranslationTests {
  static func load() throws -> (Script, PackLibrary) {
    let (script, _, library, _) = try ContentFolder.load(ContentFolder.shipped)
    return (script, library)
  }

  @Test func everyTextAndWordListIsInWelshUnderTheWalesPack() throws {
    let (script, library) = try Self.load()
    let (_, coverage) = library.translated(script, pack: "wales", language: "cy")
    #expect(coverage.missing.map(\.id) == [])
    #expect(coverage.stale.map(\.text.id) == [])
    #expect(coverage.missingWordLists == [])
    #expect(coverage.isComplete && coverage.total > 400)
    #expect(library.languages["cy"]?.settings?.status == "draft", "a fluent Welsh speaker has not checked it yet")
    #expect(library.languages["cy"]?.settings?.note?.contains("fluent Welsh speaker") == true)
  }

  /// A conversation reads the Welsh quickly (the English lines dropped as the file is cut into lines,
  /// and only when it is needed); it must get exactly the words `sds check` reads, both ways round.
  @Test(arguments: ["cy", "en"])
  func readingWelshForAConversationGivesTheSameWordsAsReadingItAll(initial: String) throws {
    let (script, _, eager, _) = try ContentFolder.load(ContentFolder.shipped)
    let (_, _, deferred, problems) = try ContentFolder.load(ContentFolder.shipped, deferring: ["cy"])
    #expect(problems.isEmpty)
    let quick = try #require(deferred.engineLanguages(script, pack: "wales", initial: initial).first { $0.code == "cy" })
    let full = eager.translated(script, pack: "wales", language: "cy").script
    #expect(quick.script.texts == full.texts)
    #expect(quick.script.words == full.words)
    #expect(quick.script.terms == full.terms)
    #expect(quick.offer == "I ddefnyddio'r Gymraeg, teipiwch iaith.")
  }

  /// The code beside each translation is the same whether it is made from the text as written or from
  /// its pieces (the quick way a conversation makes it), for every shipped text under every pack.
  @Test func theCodeOfATextIsTheSameMadeEitherWay() throws {
    let (script, library) = try Self.load()
    for pack in ["uk", "wales", "example-council"] {
      for text in library.english(script, pack: pack).texts {
        #expect(TextHash.of(text) == TextHash.of(text.source), "\(pack) \(text.id)")
      }
    }
  }

  /// Welsh mutates a word after words like i, at, gan, o, â, gyda, yn, neu and tua ("i Gyngor Caerdydd",
  /// "â thîm"), and "eich" after i, o, â and gyda becomes 'ch ("i'ch cyngor"). The assistant fills a
  /// term in as it is, so no Welsh sentence puts a term straight after one of them.
  @Test func noTermComesStraightAfterAWordThatWouldMutateIt() throws {
    let (script, library) = try Self.load()
    let terms = Set(script.terms.keys)
    let mutating: Set<String> = ["i", "at", "am", "ar", "gan", "o", "heb", "dros", "drwy", "trwy", "wrth", "dan", "hyd", "â", "a", "gyda", "efo", "yn", "neu", "tua", "fy", "dy", "ei", "na", "pan", "tan"]
    var translations = [library.languages["cy"]?.translation].compactMap { $0 }
    translations += library.packs.values.compactMap { $0.translations["cy"] }
    #expect(translations.count == 2, "the language's file and the wales pack's")
    var found: [String] = []
    for translation in translations {
      for (id, entry) in translation.entries {
        for paragraph in entry.paragraphs {
          var previous: String?
          for part in paragraph.parts {
            switch part {
            case .literal(let text):
              // The word straight before a name: the literal's last word, when a space ends it.
              previous = text.hasSuffix(" ") ? text.split(separator: " ").last.map { $0.lowercased() } : nil
            case .name(let name):
              if terms.contains(name), let word = previous, mutating.contains(word) { found.append("\(id): \"\(word) {\(name)}\"") }
              previous = nil
            }
          }
        }
      }
    }
    #expect(found.isEmpty, "\(found.sorted().joined(separator: "\n"))")
  }

  /// An answer word means one thing only, and no command word is also an answer word, so "na" is always no
  /// and "help" is never taken as an answer.
  @Test func theWelshWordListsNeverShareAWord() throws {
    let (script, library) = try Self.load()
    let welsh = library.translated(script, pack: "wales", language: "cy").script.words
    let answers = ["yes", "no", "not-sure", "done"]
    for (index, first) in answers.enumerated() {
      for second in answers[(index + 1)...] {
        let shared = Set(welsh[first] ?? []).intersection(welsh[second] ?? [])
        #expect(shared.isEmpty, "\(first) and \(second) share \(shared.sorted())")
      }
    }
    let answerWords = Set(answers.flatMap { welsh[$0] ?? [] })
    for meaning in PackLibrary.commandMeanings.sorted() {
      let shared = Set(welsh[meaning] ?? []).intersection(answerWords)
      #expect(shared.isEmpty, "\(meaning) shares \(shared.sorted()) with an answer")
    }
    // The English commands still work in Welsh.
    #expect(welsh["help"]?.contains("help") == true && welsh["stop"]?.contains("quit") == true && welsh["back"]?.contains("go back") == true)
    #expect(welsh["yes"]?.contains("ie") == true && welsh["no"]?.contains("na") == true && welsh["not-sure"]?.contains("ddim yn siŵr") == true)
  }
}
