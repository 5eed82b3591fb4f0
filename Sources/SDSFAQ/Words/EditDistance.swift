/// How many single-letter changes turn one word into another.
enum EditDistance {
  /// The optimal string alignment distance between `a` and `b` (insertions, deletions, substitutions and
  /// swaps of two neighbouring letters each count 1), or nil when it is more than `limit`.
  static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int? {
    if abs(a.count - b.count) > limit { return nil }
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) <= limit ? max(a.count, b.count) : nil }
    let width = b.count + 1
    var before = [Int](repeating: 0, count: width)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: width)
    for i in 1...a.count {
      current[0] = i
      var rowBest = current[0]
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, before[j - 2] + 1) }
        current[j] = value
        rowBest = min(rowBest, value)
      }
      if rowBest > limit { return nil }
      (before, previous, current) = (previous, current, before)
    }
    let result = previous[b.count]
    return result <= limit ? result : nil
  }
}
