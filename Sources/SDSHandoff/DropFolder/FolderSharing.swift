import Foundation
import Glibc

/// Who may use the folders and files sds makes in a drop folder.
///
/// By default only the account that runs sds: folders 0700, files 0600. With a group (`--group NAME`),
/// kiosks and key workers can be different accounts in that group: folders are made 2770 (the set-group
/// bit makes everything inside belong to the group too) and files 0660, each given to the group.
public enum FolderSharing {
  private static let lock = NSLock()
  nonisolated(unsafe) private static var sharedGroup: gid_t?

  /// Shares what is made from now on with the group `gid` (nil: this account only).
  public static func use(group gid: gid_t?) {
    lock.lock()
    sharedGroup = gid
    lock.unlock()
  }

  /// The group things are shared with, if any.
  public static var group: gid_t? {
    lock.lock()
    defer { lock.unlock() }
    return sharedGroup
  }

  /// The group called `name`, or nil when there is none.
  public static func groupID(named name: String) -> gid_t? {
    guard let entry = getgrnam(name) else { return Int(name).flatMap { gid_t(exactly: $0) }.flatMap { getgrgid($0) != nil ? $0 : nil } }
    return entry.pointee.gr_gid
  }

  /// Gives a folder just made (open as `fd`) its mode and group.
  static func newFolder(_ fd: Int32) throws(FileSystemError) {
    guard let group else { return }
    guard fchown(fd, uid_t.max, group) == 0, fchmod(fd, 0o2770) == 0 else {
      throw FileSystemError("cannot share a new folder with the group (gid \(group))")
    }
  }

  /// Gives a file just made (open as `fd`) its mode and group.
  static func newFile(_ fd: Int32, path: String) throws(FileSystemError) {
    guard let group else { return }
    guard fchown(fd, uid_t.max, group) == 0, fchmod(fd, 0o660) == 0 else {
      throw FileSystemError("cannot share \(shown(path)) with the group (gid \(group))")
    }
  }
}
