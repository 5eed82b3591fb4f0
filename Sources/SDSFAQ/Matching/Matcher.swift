/// Decides, from a question's scores, whether to answer, offer a choice, or say there is no answer.
struct Matcher: Sendable {
  let index: SearchIndex
  let reader: QueryReader
  let ids: [String]
  var rules = MatchRules()

  /// Scores `question` against every entry and decides.
  func match(_ question: String) -> FAQMatch {
    let query = reader.read(question, index: index)
    guard query.contentTerms > 0 else {
      // Nothing the library knows. Words about something else mean it is unrelated; no words at all
      // ("what?") mean the person may be stuck, so they get the ordinary no-match help.
      let outcome: FAQMatch.Outcome = query.unrelated || query.unknownWords > 0 ? .unrelated : .noMatch
      return FAQMatch(outcome: outcome, score: 0, ranked: [])
    }
    let (scores, questionSide) = index.scores(for: query.terms, notEvidence: Set(query.questionTerms))
    // The most the question could score: its known words, plus a share for words no entry has (growing
    // more slowly than their number, so a long story is not lost because of its many words).
    let known = query.terms.reduce(Float(0)) { $0 + index.ceiling(term: $1.term, weight: $1.weight) }
    let unknown = rules.unknownWordWeight * Float(query.unknownWords).squareRoot() * index.rarestIDF * (SearchIndex.saturation + 1)
    let ceiling = known + unknown
    // How much of what the question is about the library knows (question words do not count).
    let subject = known - query.questionTerms.reduce(Float(0)) { $0 + index.ceiling(term: $1, weight: QueryReader.questionWordWeight) }
    let understood = Double(subject / (subject + unknown))
    let order = scores.indices
      .filter { scores[$0] > 0 }
      .sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
    let ranked = order.prefix(5).map { FAQMatch.Candidate(id: ids[$0], score: Double(scores[$0] / ceiling)) }
    guard let best = ranked.first, let bestDocument = order.first else {
      return FAQMatch(outcome: query.unrelated ? .unrelated : .noMatch, score: 0, ranked: [])
    }
    let second = ranked.count > 1 ? ranked[1].score : 0
    // An answer, or a choice, needs the question's words in the best entry's title or keywords, not only
    // in its text: "what time is it" matches answers that mention time, but no entry is about time.
    let askedAbout = Double(questionSide[bestDocument] / ceiling) >= rules.questionSide
    let outcome: FAQMatch.Outcome
    if query.unrelated && best.score < rules.answerDespiteUnrelated {
      outcome = .unrelated
    } else if understood < rules.understood {
      // Mostly words no entry uses: most likely about something else.
      outcome = .unrelated
    } else if best.score >= rules.answer && second < (query.contentTerms > 1 ? rules.nearlyAsGood : rules.nearlyAsGoodOneWord) * best.score && askedAbout {
      outcome = .answer(id: best.id)
    } else if best.score >= rules.clearWinner && second < rules.farAhead * best.score && askedAbout && understood >= rules.mostlyUnderstood {
      // Lower, but far ahead of every other entry, for a question the library mostly understood.
      outcome = .answer(id: best.id)
    } else if best.score >= (understood >= rules.mostlyUnderstood ? rules.choose : rules.clearWinner), askedAbout,
              case let offered = ranked.prefix(rules.mostOffered).filter({ $0.score >= rules.alsoOffer * best.score }), offered.count >= 2 {
      outcome = .choose(ids: offered.map(\.id))
    } else {
      // One weak candidate alone is not shown: it is too likely to be wrong.
      outcome = understood < rules.mostlyUnderstood ? .unrelated : .noMatch
    }
    return FAQMatch(outcome: outcome, score: best.score, ranked: Array(ranked))
  }

  /// The terms a question was read as, for finding out why it matched as it did.
  func explain(_ question: String) -> String {
    let query = reader.read(question, index: index)
    let names = Dictionary(uniqueKeysWithValues: index.termIDs.map { ($0.value, $0.key) })
    let terms = query.terms.map { "\(names[$0.term] ?? "?")×\($0.weight)" }.joined(separator: " ")
    let known = query.terms.reduce(Float(0)) { $0 + index.ceiling(term: $1.term, weight: $1.weight) }
      - query.questionTerms.reduce(Float(0)) { $0 + index.ceiling(term: $1, weight: QueryReader.questionWordWeight) }
    let unknown = rules.unknownWordWeight * Float(query.unknownWords).squareRoot() * index.rarestIDF * (SearchIndex.saturation + 1)
    return "terms: \(terms); unknown words: \(query.unknownWords); understood: \(known / (known + unknown)); unrelated: \(query.unrelated)"
  }
}
