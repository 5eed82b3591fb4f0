/// Counts over imported drafts for commissioners and providers, with small numbers hidden.
///
/// Any count below 5 (including 0) is shown as "fewer than 5", so no one person can be picked out.
public struct DraftStatistics: Equatable, Sendable {
  /// Counts below this are hidden.
  public static let threshold = 5

  /// A count, or "fewer than 5".
  public enum Count: Equatable, Sendable, CustomStringConvertible {
    case exactly(Int)
    case fewerThanThreshold

    init(_ value: Int) { self = value < DraftStatistics.threshold ? .fewerThanThreshold : .exactly(value) }

    public var description: String {
      switch self {
      case .exactly(let value): return String(value)
      case .fewerThanThreshold: return "fewer than \(DraftStatistics.threshold)"
      }
    }

    /// The count as JSON: a number, or the string "fewer than 5".
    public var json: JSONValue {
      switch self {
      case .exactly(let value): return .int(value)
      case .fewerThanThreshold: return .string(description)
      }
    }
  }

  /// One line of a table: what is counted, its words, and the count.
  public struct Row: Equatable, Sendable {
    public var id: String
    public var label: String
    public var count: Count
  }

  /// How many drafts were counted.
  public var drafts: Count
  /// Drafts by outcome area chosen (a draft counts once in each area it chose).
  public var outcomeAreas: [Row]
  /// Drafts by the option they lean towards.
  public var options: [Row]
  /// Drafts by who filled them in.
  public var completedBy: [Row]

  /// The outcome areas every count lists, even when nobody chose them (the shipped list).
  public static let knownAreas = [
    "home-life", "personal-care", "relationships", "local-activities", "learning-work",
    "feeling-safe", "not-hurting", "eat-drink", "decisions", "support-when-needed",
  ]

  /// The shipped words for the known areas. Every known area is shown with these words whether or not
  /// anyone chose it, so the words never give away that somebody did.
  public static let knownAreaLabels: [String: String] = [
    "home-life": "Running the home day to day", "personal-care": "Washing, dressing and personal care",
    "relationships": "Seeing family and friends", "local-activities": "Doing things in the local area",
    "learning-work": "Learning new things or having a job", "feeling-safe": "Feeling safe at home",
    "not-hurting": "Getting help so nobody gets hurt", "eat-drink": "Getting enough to eat and drink",
    "decisions": "Getting help to make decisions", "support-when-needed": "Getting support when it is needed",
  ]

  /// The row for areas a pack added that fewer than 5 drafts chose: listed one by one they would show
  /// that somebody chose them.
  public static let otherAreasID = "other-areas"

  /// Counts `drafts`.
  public init(_ drafts: [Draft]) {
    self.drafts = Count(drafts.count)
    var areaCounts: [String: Int] = [:]
    var areaLabels: [String: String] = [:]
    for draft in drafts {
      for area in Set(draft.outcomes.map(\.area)) { areaCounts[area, default: 0] += 1 }
      for outcome in draft.outcomes where areaLabels[outcome.area] == nil { areaLabels[outcome.area] = outcome.label.map(InertText.oneLine) }
    }
    let known = DraftStatistics.knownAreas
    var rows = known.map { Row(id: $0, label: DraftStatistics.knownAreaLabels[$0] ?? $0, count: Count(areaCounts[$0] ?? 0)) }
    // A pack's own areas appear only when chosen; those chosen fewer than 5 times are counted together.
    let added = areaCounts.filter { !known.contains($0.key) }
    for (id, count) in added.filter({ $0.value >= DraftStatistics.threshold }).sorted(by: { $0.key < $1.key }) {
      rows.append(Row(id: id, label: areaLabels[id] ?? id, count: Count(count)))
    }
    let few = added.filter { $0.value < DraftStatistics.threshold }
    if !few.isEmpty { rows.append(Row(id: DraftStatistics.otherAreasID, label: "Other areas", count: Count(few.values.reduce(0, +)))) }
    outcomeAreas = rows
    // Counted by the pack-independent answer, so drafts from every nation's pack add up.
    let optionIDs = Draft.OptionChoice.answers + ["not-asked"]
    let optionLabels = ["Direct payment", "They choose, someone else arranges it", "The council or Trust arranges it", "A mix", "Not sure", "Not asked"]
    let optionCounts = Dictionary(grouping: drafts) { draft -> String in
      guard let answer = Draft.OptionChoice.answer(forChoice: draft.option.answer) else {
        return draft.option.preferred.map { Draft.OptionChoice.answers[$0 - 1] } ?? "not-asked"
      }
      return answer
    }.mapValues(\.count)
    options = zip(optionIDs, optionLabels).map { Row(id: $0, label: $1, count: Count(optionCounts[$0] ?? 0)) }
    let roleCounts = Dictionary(grouping: drafts, by: \.completedBy.role).mapValues(\.count)
    completedBy = [(Draft.CompletedBy.Role.`self`, "The person themselves"), (.carer, "A carer or relative"), (.other, "Someone else")].map {
      Row(id: $0.rawValue, label: $1, count: Count(roleCounts[$0] ?? 0))
    }
  }

  /// The counts as JSON.
  public var json: JSONValue {
    func rows(_ rows: [Row]) -> JSONValue {
      .array(rows.map { .object([("id", .string(InertText.oneLine($0.id))), ("label", .string($0.label)), ("count", $0.count.json)]) })
    }
    return .object([
      ("drafts", drafts.json), ("threshold", .int(DraftStatistics.threshold)),
      ("outcomeAreas", rows(outcomeAreas)), ("options", rows(options)), ("completedBy", rows(completedBy)),
    ])
  }
}
