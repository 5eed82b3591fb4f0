import Foundation

/// One language a conversation can be held in: its script (already translated) and what goes with it.
///
/// A language can be made ready at once, or only when the person first switches to it (`later:`), so a
/// conversation that offers several languages starts as quickly as one that offers one.
public struct EngineLanguage: Sendable {
  /// What a language is made of, once it is ready.
  public struct Content: Sendable {
    /// The conversation in this language.
    public var script: Script
    /// Terms on top of the script's own (see `Engine.init(script:terms:faq:language:)`).
    public var terms: [String: String]
    /// Answers side questions in this language.
    public var faq: (any SideQuestionAnswering)?

    /// Makes the content.
    public init(script: Script, terms: [String: String] = [:], faq: (any SideQuestionAnswering)? = nil) {
      self.script = script
      self.terms = terms
      self.faq = faq
    }
  }

  /// The language's code, like `en` or `cy`.
  public var code: String
  /// Its name in its own language, as shown in the list of languages: `English`, `Cymraeg`.
  public var name: String
  /// Other words that pick it from the list (`welsh`); its code always works too.
  public var aliases: [String]
  /// How to switch to it, in itself, said at the start in the other languages (its `language-offer`).
  public var offer: String
  /// The words that open the list of languages, in it (its `language` words).
  public var openingWords: [String]
  /// Makes the content. It must be pure: the same every time.
  public var make: @Sendable () -> Content

  /// The conversation in this language (made now, if it was left for later).
  public var script: Script { make().script }

  /// A language that is ready now.
  public init(code: String, name: String, aliases: [String] = [], script: Script, terms: [String: String] = [:], faq: (any SideQuestionAnswering)? = nil) {
    let content = Content(script: script, terms: terms, faq: faq)
    let allTerms = script.terms.merging(terms) { _, new in new }
    self.init(
      code: code, name: name, aliases: aliases,
      offer: (script.messages["language-offer"] ?? []).map { $0.render { allTerms[$0] } }.joined(separator: "\n\n"),
      openingWords: script.words["language"] ?? [], later: { content })
  }

  /// A language made only when the person first switches to it. `offer` and `openingWords` are needed
  /// from the start; `make` runs once, at the first switch.
  public init(code: String, name: String, aliases: [String] = [], offer: String, openingWords: [String], later make: @escaping @Sendable () -> Content) {
    self.code = code
    self.name = name
    self.aliases = aliases
    self.offer = offer
    self.openingWords = openingWords
    self.make = make
  }
}
