import Foundation
import SDSEngine

/// An FAQ library that is put into words and indexed the first time a question is asked, once, and then
/// kept: so starting a conversation costs only reading and checking the files.
///
/// Safe to share between threads; every call after the first uses the same library.
public final class DeferredFAQLibrary: SideQuestionAnswering, @unchecked Sendable {
  private let make: @Sendable () -> FAQLibrary
  private let lock = NSLock()
  private var built: FAQLibrary?

  /// A library that will be built from `content` for `nation` with `terms` when first needed.
  public init(content: FAQContent, nation: Nation? = nil, terms: [String: String] = [:]) {
    self.content = content
    make = { FAQLibrary(content: content, nation: nation, terms: terms) }
  }

  /// The FAQ files' content the library is built from.
  public let content: FAQContent

  /// The library, built on the first call.
  public var library: FAQLibrary {
    lock.lock()
    defer { lock.unlock() }
    if let built { return built }
    let library = make()
    built = library
    return library
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
