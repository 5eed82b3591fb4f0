internal import CCrypto
import Foundation
import Glibc

/// Encrypted drafts waiting to be sent to the council's server, kept in the drop folder's `queue/`.
///
/// ```
/// OUTBOX/queue/          K7QM-3XRT-VPZ.cms: encrypted, waiting to be sent (folder 0700, files 0600)
/// OUTBOX/queue/tmp/      a draft being added; moved into queue/ only once it is written in full
/// OUTBOX/queue/damaged/  files that cannot be sent, each with a NAME.reason file beside it
/// ```
///
/// Only drafts encrypted to the council's certificate are ever queued, and a file is sent only when it
/// is an encrypted (CMS) file, so nothing readable ever goes over the network from here.
public struct SendQueue: Sendable {
  /// The queue folder: `OUTBOX/queue`.
  public let path: String

  /// The queue of the drop folder at `outbox`.
  public init(outbox: String) { path = outbox + "/queue" }

  /// Adds the encrypted draft `data` as `name`, written in full and flushed before it appears.
  public func add(_ data: Data, name: String) throws(FileSystemError) {
    guard SendQueue.isSealed(data) else {
      throw FileSystemError("cannot queue \(shown(name))", code: EINVAL, detail: "only encrypted drafts are ever queued for sending")
    }
    let queue = try Directory.open(path, create: true)
    let tmp = try queue.folder("tmp", create: true)
    if tmp.contains(name) { try? tmp.remove(name) }
    try tmp.createFile(name, data)
    do {
      try tmp.move(name, to: queue, as: name)
    } catch {
      try? tmp.remove(name)
      throw error
    }
  }

  /// The names of the drafts waiting, oldest name first; empty when there is no queue.
  public func waiting() throws(FileSystemError) -> [String] {
    guard let queue = try openIfThere() else { return [] }
    // Every file: one whose name is not a reference is reported by `read` and set aside, never ignored.
    return try queue.names().filter { queue.kind(of: $0) == .file }
  }

  /// How long ago `name` was queued (its file's change time), or nil when it cannot be told.
  public func age(of name: String, now: Date = Date()) -> TimeInterval? {
    guard let queue = try? openIfThere(), let info = queue.status(of: name) else { return nil }
    let changed = Date(timeIntervalSince1970: TimeInterval(info.st_mtim.tv_sec) + TimeInterval(info.st_mtim.tv_nsec) / 1e9)
    return now.timeIntervalSince(changed)
  }

  /// How many drafts are waiting (0 when the queue cannot be read).
  public func count() -> Int { (try? waiting().count) ?? 0 }

  /// What a queued file holds.
  public enum Entry: Equatable, Sendable {
    /// An encrypted draft, ready to send.
    case sealed(Data)
    /// Not something that can be sent; `reason` says why.
    case damaged(reason: String)
  }

  /// Reads the queued draft `name`.
  public func read(_ name: String) throws(FileSystemError) -> Entry {
    guard DropFolder.reference(inFileName: name) != nil, DropFolder.isSealed(name) else {
      return .damaged(reason: "its name is not a draft's reference followed by .cms, so it is not a queued draft")
    }
    let queue = try Directory.open(path, create: false)
    let data = try queue.readFile(name, limit: SendSettings.maximumSize + 1)
    if data.count > SendSettings.maximumSize { return .damaged(reason: "it is larger than 1 MiB, more than any draft") }
    guard SendQueue.isSealed(data) else { return .damaged(reason: "it is not an encrypted draft (it may be cut short or changed), so it is never sent") }
    return .sealed(data)
  }

  /// Removes `name` from the queue, once it has been sent.
  public func remove(_ name: String) throws(FileSystemError) {
    let queue = try Directory.open(path, create: false)
    try queue.remove(name)
    queue.syncFolder()
  }

  /// Moves `name` into `damaged/` with a `.reason` file beside it, so it is not tried again but is not lost.
  public func setAside(_ name: String, reason: String) throws(FileSystemError) {
    let queue = try Directory.open(path, create: false)
    let damaged = try queue.folder("damaged", create: true)
    var target = name
    var number = 1
    while damaged.contains(target) {
      number += 1
      target = "\(name).\(number)"
    }
    try queue.move(name, to: damaged, as: target)
    try? damaged.createFile(target + ".reason", Data((reason + "\n").utf8))
  }

  private func openIfThere() throws(FileSystemError) -> Directory? {
    var info = stat()
    guard lstat(path, &info) == 0 else {
      if errno == ENOENT { return nil }
      throw FileSystemError("cannot read the queue \(shown(path))")
    }
    return try Directory.open(path, create: false)
  }

  /// True when `data` is a CMS structure: an encrypted draft, never readable text.
  static func isSealed(_ data: Data) -> Bool {
    guard !data.isEmpty, data.count <= SendSettings.maximumSize else { return false }
    return data.withUnsafeBytes { sds_cms_parses($0.baseAddress, Int32($0.count)) } == 1
  }
}
