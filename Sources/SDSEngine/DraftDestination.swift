/// Where a delivered draft went, so the ending can say exactly what happened to it.
///
/// The script reads it in conditions as `delivery is sent` (or `retrying`, `queued`, `kept`), and its
/// place as `{draft-place}`; the copy for the person as `copy is written` (or `printer`, `none`) and
/// `{copy-place}`.
public struct DraftDestination: Equatable, Sendable, Codable {
  /// What happened to the draft.
  public enum Kind: String, Equatable, Sendable, Codable, CaseIterable {
    /// It is with the council: in the folder they read, or their server confirmed it.
    case sent
    /// It is locked on this computer and this computer tries again by itself every few minutes (a kiosk).
    case retrying
    /// It is locked on this computer and goes the next time the planner starts here.
    case queued
    /// It is kept on this computer and nothing will send it: the person takes it to the council.
    case kept
  }

  /// The copy the person can have.
  public enum Copy: String, Equatable, Sendable, Codable, CaseIterable {
    /// None (a kiosk with no printer, or the copy could not be written).
    case none
    /// A page was written on this computer, at `copyPlace`.
    case written
    /// A printer staff named can print one, if the person asks.
    case printer
  }

  /// What happened to the draft.
  public var kind: Kind
  /// Where it is on this computer, when it is still here.
  public var place: String?
  /// The copy for the person.
  public var copy: Copy
  /// Where the copy was written, when it was.
  public var copyPlace: String?

  /// A destination.
  public init(_ kind: Kind, place: String? = nil, copy: Copy = .none, copyPlace: String? = nil) {
    self.kind = kind
    self.place = place
    self.copy = copy
    self.copyPlace = copyPlace
  }

  /// With the council.
  public static let sent = DraftDestination(.sent)

  /// The built-in conditions and the values each can have.
  public static let conditions: [String: [String]] = [
    conditionName: Kind.allCases.map(\.rawValue),
    copyConditionName: Copy.allCases.map(\.rawValue),
  ]

  /// The value of the built-in condition `name`.
  func value(of name: String) -> String? {
    switch name {
    case Self.conditionName: kind.rawValue
    case Self.copyConditionName: copy.rawValue
    default: nil
    }
  }

  /// The name conditions use: `if: delivery is sent`.
  public static let conditionName = "delivery"
  /// The name of the place in texts: `{draft-place}`.
  public static let placeName = "draft-place"
  /// The name conditions use for the copy: `if: copy is written`.
  public static let copyConditionName = "copy"
  /// The name of the copy's place in texts: `{copy-place}`.
  public static let copyPlaceName = "copy-place"
}
