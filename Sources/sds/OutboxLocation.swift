import Foundation
import SDSHandoff

/// Where the drop folder is: `--outbox DIR`, else `SDS_OUTBOX`, else `$XDG_DATA_HOME/sds/outbox`, else
/// `~/.local/share/sds/outbox`.
enum OutboxLocation {
  /// The drop folder's path, or nil when there is nowhere to put it (no option, no HOME).
  ///
  /// A kiosk passes `allowingDefault: false`: a shared library computer must send to the drop folder staff
  /// set up, never to a folder in its own home, which may be read-only and is not where key workers look.
  static func path(_ parsed: ParsedArguments, allowingDefault: Bool = true) -> String? {
    if let explicit = parsed.value("--outbox", env: "SDS_OUTBOX") { return explicit }
    guard allowingDefault else { return nil }
    let environment = ProcessInfo.processInfo.environment
    // The XDG base directory rules ignore a relative XDG_DATA_HOME.
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/sds/outbox" }
    if let home = environment["HOME"], !home.isEmpty { return home + "/.local/share/sds/outbox" }
    return nil
  }

  /// True when the drop folder was named (`--outbox` or `SDS_OUTBOX`): a folder shared with the council.
  /// The default folder in the person's own home is not: a draft there has reached nobody.
  static func isNamed(_ parsed: ParsedArguments) -> Bool { parsed.value("--outbox", env: "SDS_OUTBOX") != nil }

  /// Said to staff when there is no drop folder at all.
  static let missingMessage = "there is no drop folder: give --outbox DIR or set SDS_OUTBOX (HOME is not set either)."

  /// Said to staff when a kiosk has no drop folder.
  static let kioskMissingMessage = "a kiosk needs the shared drop folder: give --outbox DIR or set SDS_OUTBOX."

  /// The drop folder for a key worker command, or prints why there is none and returns nil.
  static func existing(_ parsed: ParsedArguments, command: String, console: inout Console) -> String? {
    guard let path = path(parsed) else {
      console.error("sds \(command): \(missingMessage)")
      return nil
    }
    var directory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &directory), directory.boolValue else {
      console.error("sds \(command): there is no drop folder at \(Console.visible(path)). Give --outbox DIR or set SDS_OUTBOX to the folder the kiosks send to.")
      return nil
    }
    return path
  }

  /// The drafts in one box of the drop folder (`new/` for the inbox, `cur/` for the counts), or nil after
  /// saying why they cannot be read. Only the drafts are kept, not their bytes (see `DropFolder.list`).
  static func listing(_ box: DropFolder.Box, _ parsed: ParsedArguments, command: String, console: inout Console) -> (path: String, listing: DraftListing)? {
    guard let folder = folder(parsed, command: command, console: &console) else { return nil }
    do {
      return (folder.path, try folder.list(box, keepingData: false))
    } catch {
      console.error("sds \(command): \(error)")
      return nil
    }
  }

  /// The drop folder for a key worker command, with the council's key when one is given (`--key`), or
  /// nil after saying why it cannot be used.
  static func folder(_ parsed: ParsedArguments, command: String, console: inout Console) -> DropFolder? {
    guard let path = existing(parsed, command: command, console: &console) else { return nil }
    guard let key = DraftEncryption.key(parsed, command: command, console: &console) else { return nil }
    return DropFolder(path: path, key: key)
  }
}
