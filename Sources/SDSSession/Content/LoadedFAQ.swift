import Foundation
import SDSEngine
import SDSFAQ
import SDSPacks

/// The FAQ files of a content folder, loaded and checked.
public struct LoadedFAQ: Sendable {
  /// The questions and answers.
  public var content: FAQContent
  /// Every problem found in them.
  public var diagnostics: [Diagnostic]

  /// The problems that are errors.
  public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

  /// The FAQ folder inside a content folder.
  public static func folder(in contentFolder: String) -> String { contentFolder + "/faq" }

  /// Loads `contentFolder/faq`, checking names against the script's terms. Nil when there is no FAQ folder;
  /// throws why when it cannot be read.
  public static func load(_ content: LoadedContent, warnings: Bool = true) throws(StartProblem) -> LoadedFAQ? {
    let folder = folder(in: content.folder)
    guard ContentLocator.isDirectory(folder) else { return nil }
    return try finish(Reading.read(folder), termNames: Set(content.script.terms.keys), warnings: warnings)
  }

  /// The FAQ files of a folder, read and parsed, not yet checked against the conversation's terms.
  enum Reading: Sendable {
    case parsed(FAQContent, problems: [Diagnostic])
    case unreadable(folder: String, reason: String)

    static func read(_ folder: String) -> Reading {
      do {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        let files = try names.map { name in
          let path = folder + "/" + name
          let data = try Data(contentsOf: URL(fileURLWithPath: path))
          return SourceFile(path: ContentLocator.display(path), text: String(decoding: data, as: UTF8.self))
        }
        let (content, problems) = FAQLoader.parse(files)
        return .parsed(content, problems: problems)
      } catch {
        return .unreadable(folder: folder, reason: error.localizedDescription)
      }
    }
  }

  /// A reading of the FAQ files started on another thread, so it goes on while the conversation's own
  /// files are read: at start-up the two take about as long as each other, and the machine has two cores.
  final class Pending: Sendable {
    private let reading: Background<Reading>

    /// Starts reading `folder` now.
    init(_ folder: String) {
      reading = Background { Reading.read(folder) }
    }

    /// The reading, waiting for it if it is not finished.
    func wait() -> Reading { reading.value }
  }

  /// Starts reading the FAQ of the content `option` (`--content`) or the usual places name, when there is one.
  static func startReading(content option: String?) -> Pending? {
    guard let content = ContentLocator.locate(option: option) else { return nil }
    let folder = folder(in: content)
    return ContentLocator.isDirectory(folder) ? Pending(folder) : nil
  }

  private static func finish(_ reading: Reading, termNames: Set<String>, warnings: Bool) throws(StartProblem) -> LoadedFAQ {
    switch reading {
    case .parsed(let content, let problems):
      return LoadedFAQ(content: content, diagnostics: FAQLoader.check(content, parseProblems: problems, termNames: termNames, warnings: warnings))
    case .unreadable(let folder, let reason):
      throw StartProblem("sds: I could not read the FAQ files in \(Console.visible(folder)): \(reason)")
    }
  }

  /// The conversation's languages, each answering side questions from `content.folder/faq` in the pack's
  /// nation and with that language's terms. Nil (after telling staff why) when the FAQ files have errors:
  /// like errors in the conversation, they stop the assistant from starting. Without an FAQ folder the
  /// languages are returned as they are. Throws why the FAQ cannot be used, for staff.
  ///
  /// The FAQ is written in English. A language with its own translation (`languages/CODE/faq.txt`)
  /// answers in it: the file is read now, and put to use when the first question is asked. A language
  /// without one answers in English (`sds check` tells staff).
  public static func adding(to content: ConversationContent) throws(StartProblem) -> [EngineLanguage] {
    try adding(to: content, pending: nil)
  }

  /// `adding(to:)`, with the FAQ files' reading already started (`startReading`).
  static func adding(to content: ConversationContent, pending: Pending?) throws(StartProblem) -> [EngineLanguage] {
    let folder = folder(in: content.folder)
    guard ContentLocator.isDirectory(folder) else { return content.languages }
    let termNames = Set(content.languages.first?.script.terms.keys ?? [:].keys)
    let reading = pending?.wait() ?? Reading.read(folder)
    let faq = try finish(reading, termNames: termNames, warnings: false)
    if !faq.errors.isEmpty {
      throw StartProblem("sds: the FAQ files have problems, so the assistant cannot start. Staff: run 'sds check' to see them all.", diagnostics: faq.errors)
    }
    var withSafety = faq.content
    withSafety.safety = content.listener
    let library = withSafety
    let nation = SDSFAQ.Nation(rawValue: content.pack.nation)
    return content.languages.map { language in
      var withFAQ = language
      let make = language.make
      let translation = language.code == PackLibrary.sourceLanguage ? nil : translationFile(language.code, in: content.folder)
      let code = language.code
      withFAQ.make = {
        var made = make()
        // Indexed when the first question is asked, so starting up stays quick.
        if made.faq == nil {
          made.faq = DeferredFAQLibrary(
            content: library, nation: nation, terms: made.script.terms.merging(made.terms) { _, new in new }, translation: translation, code: code)
        }
        return made
      }
      return withFAQ
    }
  }

  /// The FAQ translation file of language `code` (`languages/CODE/faq.txt`), read but not parsed; nil
  /// when there is none or it cannot be read (then the English is used, and `sds check` says why).
  static func translationFile(_ code: String, in contentFolder: String) -> SourceFile? {
    let path = contentFolder + "/languages/" + code + "/" + LanguageSource.faqFileName
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return SourceFile(path: ContentLocator.display(path), text: String(decoding: data, as: UTF8.self))
  }

  /// The FAQ library for `content`'s pack, in the language it starts in (`nation` replaces the pack's
  /// nation when given), for `sds faq`. Throws why when there is no FAQ or it has errors.
  public static func library(for content: ConversationContent, nation: SDSFAQ.Nation?) throws(StartProblem) -> FAQLibrary {
    guard ContentLocator.isDirectory(folder(in: content.folder)) else {
      throw StartProblem("sds faq: there is no faq folder in \(Console.visible(ContentLocator.display(content.folder))). Add one: see Content/faq/README.md.")
    }
    let languages = try adding(to: content)
    guard let start = languages.first(where: { $0.code == content.language }) ?? languages.first else {
      throw StartProblem("sds faq: the pack offers no language to answer in.")
    }
    let made = start.make()
    let terms = made.script.terms.merging(made.terms) { _, new in new }
    guard let deferred = made.faq as? DeferredFAQLibrary else { throw StartProblem("sds faq: the FAQ could not be made ready.") }
    guard let nation else { return deferred.library }
    return deferred.library(for: nation, terms: terms)
  }
}
