import Foundation
import SDSHandoff

/// Where the drop folder is: the one named (`--outbox DIR`, else `SDS_OUTBOX`), else
/// `$XDG_DATA_HOME/sds/outbox`, else `~/.local/share/sds/outbox`.
public enum OutboxLocation {
  /// The drop folder's path, or nil when there is nowhere to put it (no option, no HOME).
  ///
  /// A kiosk passes `allowingDefault: false`: a shared library computer must send to the drop folder staff
  /// set up, never to a folder in its own home, which may be read-only and is not where key workers look.
  public static func path(named explicit: String?, allowingDefault: Bool = true) -> String? {
    if let explicit { return explicit }
    guard allowingDefault else { return nil }
    let environment = ProcessInfo.processInfo.environment
    // The XDG base directory rules ignore a relative XDG_DATA_HOME.
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/sds/outbox" }
    if let home = environment["HOME"], !home.isEmpty { return home + "/.local/share/sds/outbox" }
    return nil
  }

  /// Said to staff when there is no drop folder at all.
  public static let missingMessage = "there is no drop folder: give --outbox DIR or set SDS_OUTBOX (HOME is not set either)."

  /// Said to staff when a kiosk has no drop folder.
  public static let kioskMissingMessage = "a kiosk needs the shared drop folder: give --outbox DIR or set SDS_OUTBOX."
}
