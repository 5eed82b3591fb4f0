import Foundation

/// A BM25F index over the FAQ entries: for each word stem, the entries that use it and how much.
///
/// Each entry has two sides, scored apart and then blended: the question side (its title and keywords,
/// the words people ask with) and the answer side (its answer and more text). Within a side, each field's
/// word counts are weighted and scaled down when the field is longer than usual for that field, so a short
/// title that is all about a word beats a long one that mentions it. The counts saturate (the tenth use of
/// a word adds less than the first), and rare words count more than common ones (inverse document frequency).
struct SearchIndex: Sendable {
  /// How fast repeated words stop adding (BM25's k1).
  static let saturation: Float = 1.2
  /// How much of a word's weight the question side can give; the answer side gives the rest.
  static let questionShare: Float = 0.6

  /// The two sides of an entry.
  enum Side: Int, Sendable {
    case question = 0
    case answer = 1
  }

  /// One document that uses a term, with the term's weighted, length-scaled frequency on each side.
  struct Posting: Sendable {
    var document: Int
    var question: Float
    var answer: Float
  }

  /// A field of a document: its stems, its side, how much a word in it counts, and how much its length
  /// matters (BM25's b: 0 not at all, 1 fully).
  struct Field {
    var stems: [String]
    var side: Side
    var weight: Float
    var lengthEffect: Float
  }

  /// Term ids by stem.
  let termIDs: [String: Int]
  /// For each term id, the documents that use it.
  let postings: [[Posting]]
  /// For each term id, its inverse document frequency.
  let idf: [Float]
  /// The number of documents.
  let documentCount: Int
  /// The weight of a term found in one document only: the most a single word can weigh.
  let rarestIDF: Float

  /// Builds the index; documents keep their position as their number. Every document has the same fields
  /// in the same order.
  init(documents: [[Field]]) {
    let fieldCount = documents.map(\.count).max() ?? 0
    var averages = [Float](repeating: 0, count: fieldCount)
    for fields in documents { for (number, field) in fields.enumerated() { averages[number] += Float(field.stems.count) } }
    averages = averages.map { max($0 / Float(max(documents.count, 1)), 1) }
    var ids: [String: Int] = [:]
    var postings: [[Posting]] = []
    for (number, fields) in documents.enumerated() {
      var frequencies: [Int: (question: Float, answer: Float)] = [:]
      for (position, field) in fields.enumerated() {
        let scale = field.weight / (1 - field.lengthEffect + field.lengthEffect * Float(field.stems.count) / averages[position])
        for stem in field.stems {
          let id: Int
          if let known = ids[stem] { id = known } else {
            id = postings.count
            ids[stem] = id
            postings.append([])
          }
          var counts = frequencies[id] ?? (0, 0)
          if field.side == .question { counts.question += scale } else { counts.answer += scale }
          frequencies[id] = counts
        }
      }
      for (id, counts) in frequencies.sorted(by: { $0.key < $1.key }) {
        postings[id].append(Posting(document: number, question: counts.question, answer: counts.answer))
      }
    }
    let count = Float(max(documents.count, 1))
    termIDs = ids
    self.postings = postings
    idf = postings.map { Self.inverseFrequency(documents: count, using: Float($0.count)) }
    documentCount = documents.count
    rarestIDF = Self.inverseFrequency(documents: count, using: 1)
  }

  private static func inverseFrequency(documents: Float, using: Float) -> Float {
    log(1 + (documents - using + 0.5) / (using + 0.5))
  }

  /// The score of every document for terms with these weights, and the part of it from the question side
  /// (leaving out the `notEvidence` terms, such as question words, which say little about the subject).
  func scores(for terms: [(term: Int, weight: Float)], notEvidence: Set<Int> = []) -> (total: [Float], question: [Float]) {
    var total = [Float](repeating: 0, count: documentCount)
    var question = [Float](repeating: 0, count: documentCount)
    for (term, weight) in terms {
      let factor = weight * idf[term] * (Self.saturation + 1)
      for posting in postings[term] {
        let asked = Self.questionShare * posting.question / (posting.question + Self.saturation)
        let answered = (1 - Self.questionShare) * posting.answer / (posting.answer + Self.saturation)
        total[posting.document] += factor * (asked + answered)
        if !notEvidence.contains(term) { question[posting.document] += factor * asked }
      }
    }
    return (total, question)
  }

  /// The most a term of this weight could add to any score: the yardstick for how well a question matched.
  func ceiling(term: Int, weight: Float) -> Float {
    weight * idf[term] * (Self.saturation + 1)
  }
}
