/// Where a delivered draft went, so the ending can say exactly what happened to it.
///
/// The script reads it in conditions as `delivery is sent` (or `retrying`, `queued`, `kept`), and its
/// place as `{draft-place}`.
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

  /// What happened to the draft.
  public var kind: Kind
  /// Where it is on this computer, when it is still here.
  public var place: String?

  /// A destination.
  public init(_ kind: Kind, place: String? = nil) {
    self.kind = kind
    self.place = place
  }

  /// With the council.
  public static let sent = DraftDestination(.sent)

  /// The name conditions use: `if: delivery is sent`.
  public static let conditionName = "delivery"
  /// The name of the place in texts: `{draft-place}`.
  public static let placeName = "draft-place"
}
