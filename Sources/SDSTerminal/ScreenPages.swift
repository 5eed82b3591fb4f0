/// Splits a block of output that is taller than the terminal into screenfuls.
///
/// A kiosk console cannot scroll back, so what does not fit would be lost off the top. Each screenful but
/// the last is followed by a short "see more" prompt; the last ends with the whole question, which is not
/// split unless it is taller than the screen by itself (a long list of choices): then it is paged like
/// the rest, so its start never scrolls away. A "see more" prompt is always followed by something new.
public enum ScreenPages {
  /// `text` cut into screenfuls for a terminal `rows` by `columns`. Every part but the last is shown with a
  /// "see more" prompt taking `moreRows` rows under it; the last part ends with the question (its last
  /// `questionLines` lines) and leaves one row for the line being typed. When everything fits, or the
  /// terminal is too small to page, the result is `[text]`.
  ///
  /// Parts after the first do not start with blank lines, which would waste the top of a fresh screen.
  /// Nothing else is added or left out: joined, the parts hold every line of `text`.
  public static func split(_ text: String, questionLines: Int, rows: Int, columns: Int, moreRows: Int) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let endsWithLineBreak = lines.count > 1 && lines.last == ""
    if endsWithLineBreak { lines.removeLast() }
    let columns = max(1, columns)
    func height<C: Collection>(_ lines: C) -> Int where C.Element == String {
      lines.reduce(0) { $0 + rowsTaken(by: $1, columns: columns) }
    }
    let capacity = rows - moreRows
    guard height(lines) + 1 > rows, capacity >= 1 else { return [text] }

    var questionCount = min(max(0, questionLines), lines.count)
    // A question taller than the screen on its own is paged with the rest, rather than shown whole.
    if height(lines.suffix(questionCount)) + 1 > rows { questionCount = 0 }
    let question = lines.suffix(questionCount)
    var rest = lines.dropLast(questionCount)
    var parts: [[String]] = []
    while !rest.isEmpty, height(rest) + height(question) + 1 > rows {
      if !parts.isEmpty { rest = rest.drop { $0.isEmpty } }
      var page: [String] = []
      var used = 0
      while let line = rest.first, page.isEmpty || used + rowsTaken(by: line, columns: columns) <= capacity {
        page.append(line)
        used += rowsTaken(by: line, columns: columns)
        rest = rest.dropFirst()
      }
      if !page.isEmpty { parts.append(page) }
    }
    guard !parts.isEmpty else { return [text] }
    let last = Array(rest.drop { $0.isEmpty }) + question
    let pages = parts.map { $0.joined(separator: "\n") + "\n" }
    // Only blank lines left: the page before is the last, so no "see more" leads to an empty screen.
    if last.isEmpty { return pages }
    return pages + [last.joined(separator: "\n") + (endsWithLineBreak ? "\n" : "")]
  }

  /// How many terminal rows `line` takes at `columns` wide: escape sequences take none, and a line longer
  /// than the terminal wraps onto more rows.
  static func rowsTaken(by line: String, columns: Int) -> Int {
    let width = TextWrapper.displayWidth(ScreenText.sanitise(line))
    return max(1, (width + columns - 1) / columns)
  }
}
