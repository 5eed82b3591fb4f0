import Foundation
import SDSHandoff

/// Finds the key file that saved conversations are sealed with: `SDS_SAVED_KEY`, else
/// `/etc/sds/saved-conversations.key` when it is there.
enum SavedKeyLocation {
  /// The key, or nil when there is none (then nothing can be saved for later). A key file that is named
  /// but cannot be used, or that sits inside the drop folder `outbox` (where a copy of `saved/` would
  /// take it along), is told to staff.
  static func load(outbox: String, console: inout Console) -> SavedConversationKey? {
    let named = ProcessInfo.processInfo.environment["SDS_SAVED_KEY"].flatMap { $0.isEmpty ? nil : $0 }
    guard let path = named ?? (FileManager.default.fileExists(atPath: SavedConversationKey.defaultPath) ? SavedConversationKey.defaultPath : nil) else { return nil }
    let keyPlace = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    let folderPlace = URL(fileURLWithPath: outbox).resolvingSymlinksInPath().path
    if keyPlace.hasPrefix(folderPlace + "/") {
      console.error("sds: warning: the key file \(Console.visible(path)) is inside the drop folder, where anyone who can copy saved answers would copy it too. Move it out (for example to \(SavedConversationKey.defaultPath)). Answers cannot be saved for later until then.")
      return nil
    }
    do {
      return try SavedConversationKey.read(path)
    } catch {
      console.error("sds: warning: \(Console.visible(error.description)). Answers cannot be saved for later, or carried on, until this is fixed.")
      return nil
    }
  }
}
