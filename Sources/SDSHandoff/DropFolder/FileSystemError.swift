import Glibc

/// Something the file system refused, in words staff can act on.
public struct FileSystemError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What was being done and to which path ("cannot write /srv/outbox/tmp/K7QM-3XRT-VPZ.json").
  public var action: String
  /// The system's error number (`errno`), or 0 when the problem was found by this program.
  public var code: Int32
  /// Extra words when the problem was found by this program.
  public var detail: String?
  /// When a draft was not written because it would be larger than an importer reads: by how many bytes.
  public var tooLargeBy: Int?

  init(_ action: String, code: Int32 = errno, detail: String? = nil) {
    self.action = action
    self.code = code
    self.detail = detail
  }

  /// True when the name was already taken (so a sender can pick another).
  public var nameTaken: Bool { code == EEXIST }

  public var description: String {
    if let detail { return "\(action): \(detail)" }
    return "\(action): \(FileSystemError.explain(code))"
  }

  /// A plain explanation of an error number, with what it usually means for a drop folder.
  static func explain(_ code: Int32) -> String {
    let system = String(cString: strerror(code))
    switch code {
    case ENOSPC, EDQUOT: return "\(system). The disk or share is full; free some space."
    case EROFS: return "\(system). The folder is read-only; mount it read-write."
    case EACCES, EPERM: return "\(system). This account may not write there; check the folder's owner and permissions."
    case ENOENT: return "\(system). Check the path, or that the share is mounted."
    case ENOTDIR: return "\(system). Part of the path is a file, not a folder."
    case ELOOP: return "\(system). It is a symbolic link, which is refused inside a drop folder."
    case EFBIG: return "\(system). A file-size limit stops the write."
    case ESTALE, EIO, ETIMEDOUT, EHOSTDOWN, EHOSTUNREACH: return "\(system). The share may have gone away; check the network and the mount."
    default: return system
    }
  }
}
