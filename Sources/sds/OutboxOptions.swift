import Foundation
import SDSHandoff
import SDSSession

/// The drop folder as the command line names it: `--outbox DIR`, else `SDS_OUTBOX`.
extension OutboxLocation {
  /// The drop folder's path (`OutboxLocation.path(named:allowingDefault:)` with what `parsed` names).
  static func path(_ parsed: ParsedArguments, allowingDefault: Bool = true) -> String? {
    path(named: named(parsed), allowingDefault: allowingDefault)
  }

  /// The drop folder `--outbox` or `SDS_OUTBOX` names, if any.
  static func named(_ parsed: ParsedArguments) -> String? { parsed.value("--outbox", env: "SDS_OUTBOX") }

  /// True when the drop folder was named (`--outbox` or `SDS_OUTBOX`): a folder shared with the council.
  /// The default folder in the person's own home is not: a draft there has reached nobody.
  static func isNamed(_ parsed: ParsedArguments) -> Bool { named(parsed) != nil }

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
