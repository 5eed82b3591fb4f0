import Synchronization

/// The language dispatch between engines: the languages one conversation can be held in, and the engine
/// that speaks each. The engine a front end holds passes each call on to the engine for the language the
/// state is in (`engine(for:home:)`); only that engine holds the others.
struct LanguageSwitch: Sendable {
  /// The languages the person can switch between, in the order offered; empty when there is one.
  var menu: [LanguageOption] = []
  /// The engines for the other languages, by code, made when first needed.
  var others: [String: LaterEngine] = [:]

  /// Whether the person can switch language: more than one is offered.
  var isOffered: Bool { menu.count > 1 }

  /// The engine for the language `state` is in: `home` when that is `home`'s own language, or one it
  /// does not hold.
  func engine(for state: EngineState, home: Engine) -> Engine {
    guard let code = state.language, code != home.language, let other = others[code] else { return home }
    return other.engine
  }
}

/// An engine for another language, made the first time it is needed and then kept.
final class LaterEngine: Sendable {
  private let made = Mutex<Engine?>(nil)
  private let make: @Sendable () -> Engine

  init(_ make: @escaping @Sendable () -> Engine) { self.make = make }

  /// The engine, made now if this is the first time.
  var engine: Engine {
    made.withLock { made in
      if let made { return made }
      let engine = make()
      made = engine
      return engine
    }
  }
}

/// A language in the list shown after `language`.
struct LanguageOption: Sendable {
  var code: String
  var name: String
  var aliases: [String]
  /// The words that open the list, in this language (the `language` line of its words).
  var words: [String]
  /// How to switch to it, in itself (its `language-offer` message), said at the start in the others.
  var offer: String
}
