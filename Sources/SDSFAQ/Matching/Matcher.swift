/// Decides, from a question's scores, whether to answer, offer a choice, or say there is no answer.
struct Matcher: Sendable {
  let index: SearchIndex
  let reader: QueryReader
  let ids: [String]
  var rules = MatchRules()

  /// Scores `question` against every entry and decides.
  func match(_ question: String) -> FAQMatch {
    let query = reader.read(question, index: index)
    guard !query.terms.isEmpty else {
      // Nothing the library knows. Words about something else mean it is unrelated; no words at all
      // ("what?") mean the person may be stuck, so they get the ordinary no-match help.
      let outcome: FAQMatch.Outcome = query.unrelated || query.unknownWords > 0 ? .unrelated : .noMatch
      return FAQMatch(outcome: outcome, score: 0, ranked: [])
    }
    let scores = index.scores(for: query.terms)
    var ceiling = query.terms.reduce(Float(0)) { $0 + index.ceiling(term: $1.term, weight: $1.weight) }
    ceiling += Float(query.unknownWords) * rules.unknownWordWeight * index.rarestIDF * (SearchIndex.saturation + 1)
    let ranked = scores.indices
      .filter { scores[$0] > 0 }
      .sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
      .prefix(5)
      .map { FAQMatch.Candidate(id: ids[$0], score: Double(scores[$0] / ceiling)) }
    guard let best = ranked.first else {
      return FAQMatch(outcome: query.unrelated ? .unrelated : .noMatch, score: 0, ranked: [])
    }
    let second = ranked.count > 1 ? ranked[1].score : 0
    let outcome: FAQMatch.Outcome
    if query.unrelated && best.score < rules.answerDespiteUnrelated {
      outcome = .unrelated
    } else if best.score >= rules.answer && second < rules.nearlyAsGood * best.score {
      outcome = .answer(id: best.id)
    } else if best.score >= rules.choose {
      var offered = ranked.prefix(rules.mostOffered).filter { $0.score >= rules.alsoOffer * best.score }
      if offered.count < 2, ranked.count >= 2 { offered = Array(ranked.prefix(2)) }
      // One weak candidate alone is not shown: it is too likely to be wrong.
      outcome = offered.count >= 2 ? .choose(ids: offered.map(\.id)) : .noMatch
    } else {
      outcome = .noMatch
    }
    return FAQMatch(outcome: outcome, score: best.score, ranked: Array(ranked))
  }
}
