import Foundation
import SDSEngine
import Synchronization

/// An FAQ library that is put into words and indexed the first time a question is asked, once, and then
/// kept: so starting a conversation costs only reading and checking the files.
///
/// Safe to share between threads; every call after the first uses the same library.
public final class DeferredFAQLibrary: SideQuestionAnswering {
  private let make: @Sendable () -> FAQLibrary
  private let built = Mutex<FAQLibrary?>(nil)

  /// A library that will be built from `content` for `nation` with `terms` when first needed. With a
  /// `translation` file (`Content/languages/CODE/faq.txt`, not read yet), it is read then too, and the
  /// library answers in language `code` (see `FAQContent.translated(by:)`); a translation that cannot be
  /// used leaves the English in its place.
  public init(content: FAQContent, nation: Nation? = nil, terms: [String: String] = [:], translation: SourceFile? = nil, code: String? = nil) {
    self.content = content
    self.translation = translation
    self.code = code
    make = { Self.build(content, translation: translation, code: code, nation: nation, terms: terms) }
  }

  /// The FAQ files' content the library is built from, in English.
  public let content: FAQContent
  /// The translation file, when the library answers in another language.
  public let translation: SourceFile?
  /// The language the library answers in, when it has a translation.
  public let code: String?

  /// The library, built on the first call.
  public var library: FAQLibrary {
    built.withLock { built in
      if let built { return built }
      let library = make()
      built = library
      return library
    }
  }

  /// The same library for another nation (built now, not kept), for `sds faq --nation`.
  public func library(for nation: Nation?, terms: [String: String]) -> FAQLibrary {
    Self.build(content, translation: translation, code: code, nation: nation, terms: terms)
  }

  private static func build(_ content: FAQContent, translation: SourceFile?, code: String?, nation: Nation?, terms: [String: String]) -> FAQLibrary {
    guard let translation, let code else { return FAQLibrary(content: content, nation: nation, terms: terms) }
    let (read, _) = FAQTranslation.read(translation, code: code)
    return FAQLibrary(content: content.translated(by: read).content, nation: nation, terms: terms)
  }

  /// The reply to a question in the person's own words.
  public func reply(to question: String) -> SideReply { library.reply(to: question) }
  /// The reply for one entry, picked by id.
  public func reply(toEntry id: String) -> SideReply { library.reply(toEntry: id) }
  /// Every entry's id and title, in browsing order.
  public func titles() -> [SideTitle] { library.titles() }
  /// The longer text of an entry, if it has any.
  public func more(forEntry id: String) -> String? { library.more(forEntry: id) }
}
