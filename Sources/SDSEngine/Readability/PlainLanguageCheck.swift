/// The plain-language limits for text a person sees.
public struct ReadabilityLimits: Equatable, Sendable {
  /// The highest Flesch-Kincaid grade for any one piece of prose.
  public var maximumGrade: Double
  /// The highest average grade over all pieces of prose.
  public var maximumAverageGrade: Double
  /// The most words in one sentence.
  public var maximumSentenceWords: Int
  /// The most questions in one piece of text.
  public var maximumQuestions: Int

  /// Makes limits.
  public init(maximumGrade: Double, maximumAverageGrade: Double, maximumSentenceWords: Int, maximumQuestions: Int) {
    self.maximumGrade = maximumGrade
    self.maximumAverageGrade = maximumAverageGrade
    self.maximumSentenceWords = maximumSentenceWords
    self.maximumQuestions = maximumQuestions
  }

  /// Grade 6 at most (reading age about 11), 5 on average (about 10), 25 words a sentence, one question.
  public static let standard = ReadabilityLimits(maximumGrade: 6, maximumAverageGrade: 5, maximumSentenceWords: 25, maximumQuestions: 1)
}

/// One piece of visible text and its score.
public struct MeasuredPiece: Equatable, Sendable {
  /// The text and where it is.
  public var piece: VisiblePiece
  /// How hard it is to read.
  public var score: ReadabilityScore

  /// The grade counted towards the average: below 0 counts as 0, so very short text cannot hide hard text.
  public var countedGrade: Double { max(0, score.grade) }
}

/// What the plain-language check found in a script.
public struct PlainLanguageReport: Equatable, Sendable {
  /// Every piece of visible text, measured, in file order (a shared list's choices once).
  public var pieces: [MeasuredPiece]
  /// Warnings for text past the limits (`W-READ-...`).
  public var readabilityDiagnostics: [Diagnostic]
  /// Warnings for hard words and initials not explained (`W-JARGON`, `W-INITIALS`).
  public var jargonDiagnostics: [Diagnostic]
  /// Every warning, readability then jargon.
  public var diagnostics: [Diagnostic] { readabilityDiagnostics + jargonDiagnostics }
  /// The limits used.
  public var limits: ReadabilityLimits

  /// The pieces the grade limits apply to.
  public var graded: [MeasuredPiece] { pieces.filter(\.piece.isGraded) }

  /// The average grade of the graded pieces (each counted at 0 or more).
  public var averageGrade: Double {
    let graded = graded
    guard !graded.isEmpty else { return 0 }
    return graded.reduce(0) { $0 + $1.countedGrade } / Double(graded.count)
  }

  /// The graded piece with the highest grade.
  public var hardest: MeasuredPiece? { graded.max { $0.score.grade < $1.score.grade } }

  /// The piece with the longest sentence.
  public var longest: MeasuredPiece? { pieces.max { $0.score.longestSentenceWords < $1.score.longestSentenceWords } }

  /// One note a piece: `file:line:col: note N-READ: grade 3.2, longest sentence 12 words (say welcome)`.
  public var notes: [Diagnostic] {
    pieces.map { measured in
      let location = measured.piece.location
      let grade = measured.piece.isGraded ? "grade \(Self.format(measured.score.grade))" : "label, grade not limited"
      let words = measured.score.longestSentenceWords
      return Diagnostic(file: location.file, line: location.line, column: location.column, severity: .note, code: "N-READ",
        message: "\(grade), longest sentence \(words) word\(words == 1 ? "" : "s") (\(measured.piece.kind.rawValue), \(measured.piece.owner))")
    }
  }

  /// A few lines for people: how many pieces, the average, the hardest piece and the longest sentence.
  public var summary: [String] {
    var lines = ["Readability: \(pieces.count) pieces of text, \(graded.count) of them prose."]
    lines.append("Average grade \(Self.format(averageGrade)) (limit \(Self.format(limits.maximumAverageGrade))).")
    if let hardest {
      let location = hardest.piece.location
      lines.append("Hardest: grade \(Self.format(hardest.score.grade)) (limit \(Self.format(limits.maximumGrade))) at \(location.file):\(location.line):\(location.column) (\(hardest.piece.owner)).")
    }
    if let longest {
      let location = longest.piece.location
      lines.append("Longest sentence: \(longest.score.longestSentenceWords) words (limit \(limits.maximumSentenceWords)) at \(location.file):\(location.line):\(location.column): \"\(longest.score.longestSentence)\"")
    }
    return lines
  }

  /// A grade with one decimal place.
  public static func format(_ value: Double) -> String {
    let tenths = (value * 10).rounded()
    let sign = tenths < 0 ? "-" : ""
    let magnitude = Int(abs(tenths))
    return "\(sign)\(magnitude / 10).\(magnitude % 10)"
  }
}

/// Measures every piece of text a script shows, and warns about text past the limits and unexplained jargon.
public enum PlainLanguageCheck {
  /// Checks `script`. With a `jargon` list, hard words are looked for too; `terms` are filled in on top of the
  /// script's own, as a pack would.
  public static func check(_ script: Script, jargon: JargonList? = nil, terms: [String: String] = [:], limits: ReadabilityLimits = .standard,
                           adding extra: [VisiblePiece] = []) -> PlainLanguageReport {
    let all = VisibleText.pieces(of: script, terms: terms) + extra
    var readability: [Diagnostic] = []
    var jargonFound: [Diagnostic] = []
    var measured: [MeasuredPiece] = []
    var seen = Set<String>()
    for piece in all {
      let key = "\(piece.kind.rawValue)|\(piece.location.file)|\(piece.location.line)|\(piece.location.column)"
      let first = seen.insert(key).inserted
      let score = Readability.score(piece.text)
      if first { measured.append(MeasuredPiece(piece: piece, score: score)) }
      var found: [(String, String)] = []
      if first {
        found += problems(piece, score, limits)
      }
      if let jargon {
        for hit in jargon.unexplained(in: piece.text, unit: piece.unit) {
          if hit.isInitials {
            found.append(("W-INITIALS", "\"\(hit.term)\" is initials, which many people do not know (\(piece.owner)). Write the words in full, or explain them here or in the help, like: \(hit.term) means ..."))
          } else {
            let advice = hit.advice.isEmpty ? "" : " The list says: \(hit.advice)."
            found.append(("W-JARGON", "\"\(hit.term)\" is on the jargon list (\(piece.owner)).\(advice) To keep the word, explain it here or in the help, like: \(capitalised(hit.term)) means ..."))
          }
        }
      }
      let location = piece.location
      for (code, message) in found {
        let diagnostic = Diagnostic(file: location.file, line: location.line, column: location.column, severity: .warning, code: code, message: message)
        if code.hasPrefix("W-READ-") {
          if !readability.contains(diagnostic) { readability.append(diagnostic) }
        } else if !jargonFound.contains(diagnostic) {
          jargonFound.append(diagnostic)
        }
      }
    }
    var report = PlainLanguageReport(pieces: measured, readabilityDiagnostics: readability, jargonDiagnostics: jargonFound, limits: limits)
    if report.averageGrade > limits.maximumAverageGrade, let first = measured.first {
      let location = first.piece.location
      report.readabilityDiagnostics.append(Diagnostic(file: location.file, line: 1, column: 1, severity: .warning, code: "W-READ-AVERAGE",
        message: "The text reads at grade \(PlainLanguageReport.format(report.averageGrade)) on average. Keep the average at \(PlainLanguageReport.format(limits.maximumAverageGrade)) or below. Run sds check --readability to see the hardest pieces."))
    }
    return report
  }

  /// The limits `score` goes past, as codes and messages.
  private static func problems(_ piece: VisiblePiece, _ score: ReadabilityScore, _ limits: ReadabilityLimits) -> [(String, String)] {
    var found: [(String, String)] = []
    if piece.isGraded, score.grade > limits.maximumGrade {
      found.append(("W-READ-GRADE", "This text reads at grade \(PlainLanguageReport.format(score.grade)) (\(piece.owner)). Keep it at grade \(PlainLanguageReport.format(limits.maximumGrade)) or below: use shorter sentences and shorter words."))
    }
    if score.longestSentenceWords > limits.maximumSentenceWords {
      found.append(("W-READ-SENTENCE", "A sentence has \(score.longestSentenceWords) words (\(piece.owner)). Keep sentences to \(limits.maximumSentenceWords) words or fewer: \"\(score.longestSentence)\""))
    }
    if score.questions > limits.maximumQuestions {
      found.append(("W-READ-QUESTIONS", "This text asks \(score.questions) questions (\(piece.owner)). Ask one question at a time."))
    }
    return found
  }

  private static func capitalised(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }
}
