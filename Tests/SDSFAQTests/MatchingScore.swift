import SDSFAQ
import Testing

/// How a table of questions fares against a library: the figures the matching tests hold to thresholds
/// and print, in English and in Welsh alike.
struct MatchingScore {
  /// What happened to one question.
  struct Result {
    var question: String
    var expected: String
    var match: FAQMatch
    var correct: Bool { match.matchedID == expected }
    var offered: Bool { match.alternatives.contains(expected) }
    var wrong: Bool { match.matchedID != nil && match.matchedID != expected }
    var missed: Bool { !correct && !offered && !wrong }
  }

  let results: [Result]

  /// Asks `library` every question of `table` (question, the entry id it should find).
  init(_ table: [(String, String)], library: FAQLibrary) {
    results = table.map { Result(question: $0.0, expected: $0.1, match: library.match($0.0)) }
  }

  var correct: Int { results.filter(\.correct).count }
  var offered: Int { results.filter(\.offered).count }
  var wrong: [Result] { results.filter(\.wrong) }
  var missed: [Result] { results.filter(\.missed) }

  /// Expects at least `right` of the questions answered right straight away, at least `rightOrOffered`
  /// right or among the choices, and at most `wrongAtMost` shown a wrong answer.
  func expect(right: Double, rightOrOffered: Double, wrongAtMost: Double, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(rate(correct) >= right, "too few answered right straight away", sourceLocation: sourceLocation)
    #expect(rate(correct + offered) >= rightOrOffered, "too few answered right or offered", sourceLocation: sourceLocation)
    #expect(rate(wrong.count) <= wrongAtMost, "too many wrong answers shown as if right", sourceLocation: sourceLocation)
  }

  /// `count` as a share of all the questions.
  func rate(_ count: Int) -> Double { Double(count) / Double(max(1, results.count)) }

  /// The figures, the confusion pairs and the misses, for the test log (and the closing notes).
  func report(_ title: String) -> String {
    var lines = ["\(title): \(results.count) questions"]
    lines.append("  answered right straight away: \(correct) (\(Self.percent(rate(correct))))")
    lines.append("  right answer among the choices: \(offered) (\(Self.percent(rate(offered))))")
    lines.append("  right or among the choices: \(correct + offered) (\(Self.percent(rate(correct + offered))))")
    lines.append("  wrong answer shown: \(wrong.count) (\(Self.percent(rate(wrong.count))))")
    lines.append("  no answer or wrong choices: \(missed.count)")
    lines.append("  confusion pairs (expected -> shown):")
    for result in wrong { lines.append("    \(result.expected) -> \(result.match.matchedID ?? "-")  \"\(result.question)\" score \(result.match.score)") }
    lines.append("  missed (expected -> outcome):")
    for result in missed { lines.append("    \(result.expected) -> \(result.match.outcome)  \"\(result.question)\" score \(result.match.score)") }
    return lines.joined(separator: "\n")
  }

  static func percent(_ value: Double) -> String {
    String(Int((value * 1000).rounded()) / 10) + "." + String(Int((value * 1000).rounded()) % 10) + "%"
  }
}
