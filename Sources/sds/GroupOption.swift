import Foundation
import SDSHandoff
import SDSSession

/// `--group NAME`: share the drop folder with a group, so kiosks and key workers can be different accounts.
enum GroupOption {
  static let valueOptions: Set<String> = ["--group"]

  static let usage = """
      --group NAME    Share the drop folder with the group NAME (or set SDS_GROUP): folders are made
                      2770 and files 0660 for that group. Without it, only this account can use them.
    """

  /// Applies `--group`; false after saying why it cannot (exit 78).
  static func apply(_ parsed: ParsedArguments, command: String, console: inout Console) -> Bool {
    guard let name = parsed.value("--group", env: "SDS_GROUP") else {
      FolderSharing.use(group: nil)
      return true
    }
    guard let gid = FolderSharing.groupID(named: name) else {
      let prefix = command.isEmpty ? "sds" : "sds \(command)"
      console.error("\(prefix): there is no group called \(Console.visible(name)) on this computer (--group or SDS_GROUP). Make it with groupadd, or give the right name.")
      return false
    }
    FolderSharing.use(group: gid)
    return true
  }
}
