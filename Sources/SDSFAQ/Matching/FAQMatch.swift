/// What the matcher made of one question.
public struct FAQMatch: Equatable, Sendable {
  /// The decision.
  public enum Outcome: Equatable, Sendable {
    /// One entry fits well: show its answer.
    case answer(id: String)
    /// Two or three entries might fit: let the person choose.
    case choose(ids: [String])
    /// Nothing fits well enough to show.
    case noMatch
    /// The question is about something other than care and support.
    case unrelated
  }

  /// One entry and how well it matched.
  public struct Candidate: Equatable, Sendable {
    /// The entry's id.
    public var id: String
    /// How well it matched, from 0 (not at all) towards 1 (every word of the question, in the title).
    public var score: Double
  }

  /// The decision.
  public var outcome: Outcome
  /// How well the best entry matched, from 0 towards 1.
  public var score: Double
  /// The best entries, best first (at most five, only those that matched at all).
  public var ranked: [Candidate]

  /// The entry to show, for a confident match.
  public var matchedID: String? {
    if case .answer(let id) = outcome { return id }
    return nil
  }

  /// The entries offered to choose from, for a close call.
  public var alternatives: [String] {
    if case .choose(let ids) = outcome { return ids }
    return []
  }
}

/// When a score is good enough to show an answer, to offer a choice, or neither.
///
/// A score is the question's BM25F score for an entry divided by the most it could score: the share of
/// the question's weight that the entry matched. A question whose every word is in an entry's title,
/// keywords and answer scores about 0.6, and in its title alone about 0.3; one whose rare words are in no
/// entry scores low, however common its other words. The values were chosen on the questions in
/// Tests/SDSFAQTests/MatchingTests.swift, then made stricter when questions written later showed them
/// too ready to answer.
struct MatchRules: Sendable {
  /// At or above this, the best entry is shown (unless another is nearly as good).
  var answer = 0.20
  /// At or above this, an entry far ahead of the rest is shown, when the question was mostly understood.
  var clearWinner = 0.15
  /// "Far ahead": the second entry scores less than this share of the best.
  var farAhead = 0.5
  /// At or above this (and below `answer`), the best two or three are offered.
  var choose = 0.09
  /// When the second entry scores at least this share of the best, it is a close call.
  var nearlyAsGood = 0.8
  /// The same, for a question with one subject word ("what about the money"): many entries share one word.
  var nearlyAsGoodOneWord = 0.75
  /// Entries scoring at least this share of the best are offered in a close call.
  var alsoOffer = 0.5
  /// A question naming something unrelated is only answered above this.
  var answerDespiteUnrelated = 0.3
  /// One unknown word weighs this share of the rarest known word (n unknown words weigh √n times as much).
  var unknownWordWeight: Float = 0.8
  /// Below this share of the question's weight in known words, it is taken as unrelated.
  var understood = 0.3
  /// Below this share, a question with no answer is told it looks unrelated rather than unanswered.
  var mostlyUnderstood = 0.5
  /// The share of the most the question could score that must come from the best entry's title or
  /// keywords for it to be shown as a confident answer.
  var questionSide = 0.05
  /// The most entries offered in a close call.
  var mostOffered = 3
}
