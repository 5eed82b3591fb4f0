/// A nation of the UK. Rules and words differ between them, so an answer can have a version for each.
public enum Nation: String, CaseIterable, Sendable, Codable {
  case england
  case scotland
  case wales
  case northernIreland = "northern-ireland"

  /// The ids content files use, in the order shown in messages.
  static var idList: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
