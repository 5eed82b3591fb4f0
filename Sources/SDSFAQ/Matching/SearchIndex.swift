import Foundation

/// A BM25F index over the FAQ entries: for each word stem, the entries that use it and how much.
///
/// Each entry is a document made of weighted fields (the title counts most). A word's weight in a
/// document grows with how often it appears there, but less and less (saturation), and falls with the
/// document's length; rare words count more than common ones (inverse document frequency).
struct SearchIndex: Sendable {
  /// How fast repeated words stop adding (BM25's k1).
  static let saturation: Float = 1.2
  /// How much a long document is held back (BM25's b).
  static let lengthEffect: Float = 0.5

  /// One document that uses a term, with the term's weighted frequency there.
  struct Posting: Sendable {
    var document: Int
    var frequency: Float
  }

  /// A field of a document: its stems and how much a word in it counts.
  struct Field {
    var stems: [String]
    var weight: Float
  }

  /// Term ids by stem.
  let termIDs: [String: Int]
  /// For each term id, the documents that use it.
  let postings: [[Posting]]
  /// For each term id, its inverse document frequency.
  let idf: [Float]
  /// For each document, `k1 * (1 - b + b * length / average length)`.
  let norms: [Float]
  /// The number of documents.
  let documentCount: Int
  /// The weight of a term found in one document only: the most a single word can weigh.
  let rarestIDF: Float

  /// Builds the index; documents keep their position as their number.
  init(documents: [[Field]]) {
    var ids: [String: Int] = [:]
    var postings: [[Posting]] = []
    var lengths: [Float] = []
    for (number, fields) in documents.enumerated() {
      var frequencies: [Int: Float] = [:]
      var length: Float = 0
      for field in fields {
        for stem in field.stems {
          let id: Int
          if let known = ids[stem] { id = known } else {
            id = postings.count
            ids[stem] = id
            postings.append([])
          }
          frequencies[id, default: 0] += field.weight
          length += field.weight
        }
      }
      for (id, frequency) in frequencies.sorted(by: { $0.key < $1.key }) { postings[id].append(Posting(document: number, frequency: frequency)) }
      lengths.append(length)
    }
    let count = Float(max(documents.count, 1))
    let average = max(lengths.reduce(0, +) / count, 1)
    termIDs = ids
    self.postings = postings
    idf = postings.map { Self.inverseFrequency(documents: count, using: Float($0.count)) }
    norms = lengths.map { Self.saturation * (1 - Self.lengthEffect + Self.lengthEffect * $0 / average) }
    documentCount = documents.count
    rarestIDF = Self.inverseFrequency(documents: count, using: 1)
  }

  private static func inverseFrequency(documents: Float, using: Float) -> Float {
    log(1 + (documents - using + 0.5) / (using + 0.5))
  }

  /// The BM25F score of every document for terms with these weights.
  func scores(for terms: [(term: Int, weight: Float)]) -> [Float] {
    var scores = [Float](repeating: 0, count: documentCount)
    for (term, weight) in terms {
      let factor = weight * idf[term] * (Self.saturation + 1)
      for posting in postings[term] {
        scores[posting.document] += factor * posting.frequency / (posting.frequency + norms[posting.document])
      }
    }
    return scores
  }

  /// The most a term of this weight could add to any score: the yardstick for how well a question matched.
  func ceiling(term: Int, weight: Float) -> Float {
    weight * idf[term] * (Self.saturation + 1)
  }
}
