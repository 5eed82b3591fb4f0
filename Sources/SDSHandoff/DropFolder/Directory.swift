import Foundation
import Glibc

/// An open folder, used through its descriptor so no path inside it is looked up twice and no
/// symbolic link inside it is ever followed. It holds only its descriptor and path, which never change,
/// so it can be used from several threads at once.
final class Directory: Sendable {
  let descriptor: Int32
  /// The folder's path, for messages.
  let path: String

  private init(descriptor: Int32, path: String) {
    self.descriptor = descriptor
    self.path = path
  }

  deinit { close(descriptor) }

  /// Opens the folder at `path` (which staff chose, so a link there is allowed), making it and any
  /// missing parents with mode 0700 when `create` is true.
  static func open(_ path: String, create: Bool) throws(FileSystemError) -> Directory {
    if create { try makeFolders(path) }
    let fd = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { throw FileSystemError("cannot open the folder \(shown(path))") }
    return Directory(descriptor: fd, path: path)
  }

  /// Makes `path` and its missing parents, each with mode 0700.
  private static func makeFolders(_ path: String) throws(FileSystemError) {
    var prefix = path.hasPrefix("/") ? "/" : ""
    for part in path.split(separator: "/") {
      prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + part
      if mkdir(prefix, 0o700) != 0 {
        guard errno == EEXIST else { throw FileSystemError("cannot make the folder \(shown(prefix))") }
      } else if FolderSharing.group != nil {
        let fd = Glibc.open(prefix, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if fd >= 0 { close(fd) } }
        try FolderSharing.newFolder(fd)
      }
    }
  }

  /// Opens the folder `name` inside this one, refusing a symbolic link; makes it (0700) when missing and `create` is true.
  func folder(_ name: String, create: Bool) throws(FileSystemError) -> Directory {
    let childPath = path + "/" + name
    var fd = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    if fd < 0, errno == ENOENT, create {
      let made = mkdirat(descriptor, name, 0o700) == 0
      if !made, errno != EEXIST { throw FileSystemError("cannot make the folder \(shown(childPath))") }
      fd = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
      if made, fd >= 0 {
        do { try FolderSharing.newFolder(fd) } catch { close(fd); throw error }
      }
    }
    guard fd >= 0 else {
      if errno == ELOOP || errno == ENOTDIR, let kind = kind(of: name), kind != .folder {
        throw FileSystemError("cannot use \(shown(childPath))", code: errno, detail: "it is \(kind.words), not a folder. Move it away; sds makes the folder itself.")
      }
      throw FileSystemError("cannot open the folder \(shown(childPath))")
    }
    return Directory(descriptor: fd, path: childPath)
  }

  /// True when `name` exists here (as anything, links included).
  func contains(_ name: String) -> Bool {
    var info = stat()
    return fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0
  }

  /// What sort of thing `name` is, without following a link; nil when it is not there.
  func kind(of name: String) -> EntryKind? {
    var info = stat()
    guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
    return EntryKind(mode: info.st_mode)
  }

  /// Size and modification time of `name`, without following a link.
  func status(of name: String) -> stat? {
    var info = stat()
    return fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 ? info : nil
  }

  /// The names in this folder, sorted, leaving out `.`, `..` and hidden names (starting with `.`),
  /// which file servers and desktops make for themselves.
  func names() throws(FileSystemError) -> [String] {
    let copy = dup(descriptor)
    guard copy >= 0, let stream = fdopendir(copy) else {
      if copy >= 0 { close(copy) }
      throw FileSystemError("cannot list the folder \(shown(path))")
    }
    defer { closedir(stream) }
    rewinddir(stream)
    var result: [String] = []
    while let entry = readdir(stream) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if !name.hasPrefix(".") { result.append(name) }
    }
    return result.sorted()
  }

  /// Writes `data` to a new file `name` here: created exclusively (never over anything, never through a
  /// link) with mode 0600, written in full, flushed to disk, read back and compared, then closed. With
  /// `flush` false it is not flushed: the caller flushes the whole file system once (`syncFileSystem`).
  func createFile(_ name: String, _ data: Data, flush: Bool = true) throws(FileSystemError) {
    let filePath = path + "/" + name
    let fd = openat(descriptor, name, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw FileSystemError("cannot create \(shown(filePath))") }
    var closed = false
    defer { if !closed { close(fd) } }
    do throws(FileSystemError) {
      try FolderSharing.newFile(fd, path: filePath)
      try writeAll(fd, data, filePath)
      guard !flush || fsync(fd) == 0 else { throw FileSystemError("cannot flush \(shown(filePath)) to disk") }
      let back = try readAll(fd, limit: data.count + 1, filePath, from: 0)
      guard back == data else { throw FileSystemError("cannot write \(shown(filePath))", code: EIO, detail: "what was read back is not what was written. The disk or share may be failing.") }
      closed = true
      // A network file system may report a failed write only when the file is closed.
      guard close(fd) == 0 else { throw FileSystemError("cannot finish writing \(shown(filePath))") }
    } catch {
      unlinkat(descriptor, name, 0)
      throw error
    }
  }

  /// Replaces the file `name` here with `data`, atomically: a new file in `scratch` is written and
  /// flushed, then renamed over `name`. A link at `name` is replaced, never followed. With `sync` false
  /// the caller flushes this folder, and the file, itself (once, after many files: `syncFileSystem`).
  func replaceFile(_ name: String, _ data: Data, scratch: Directory, scratchName: String, sync: Bool = true) throws(FileSystemError) {
    try scratch.createFile(scratchName, data, flush: sync)
    guard renameat(scratch.descriptor, scratchName, descriptor, name) == 0 else {
      let error = FileSystemError("cannot replace \(shown(path + "/" + name))")
      unlinkat(scratch.descriptor, scratchName, 0)
      throw error
    }
    if sync { syncFolder() }
  }

  /// Reads the ordinary file `name` here, at most `limit` bytes, refusing links and anything but an
  /// ordinary file. Opening never blocks, even on a pipe someone left in the folder.
  func readFile(_ name: String, limit: Int) throws(FileSystemError) -> Data {
    let filePath = path + "/" + name
    let fd = openat(descriptor, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { throw FileSystemError("cannot open \(shown(filePath))") }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw FileSystemError("cannot read \(shown(filePath))") }
    guard EntryKind(mode: info.st_mode) == .file else {
      throw FileSystemError("cannot read \(shown(filePath))", code: EINVAL, detail: "it is not an ordinary file")
    }
    return try readAll(fd, limit: limit, filePath, from: nil)
  }

  /// Moves `name` from here to `target` as `newName`, never replacing anything there.
  ///
  /// It uses `renameat2(RENAME_NOREPLACE)` where the file system has it (local disks); else a hard link
  /// then removing the old name, as Maildir does (NFS, SMB with Unix extensions); else, on file systems
  /// with neither, a check then a rename, which is safe here because names are random and never reused.
  ///
  /// With `sync` false the folders are not flushed: a caller moving many files flushes them once after.
  func move(_ name: String, to target: Directory, as newName: String, sync: Bool = true) throws(FileSystemError) {
    let from = path + "/" + name, to = target.path + "/" + newName
    if let renameNoReplace = Directory.renameNoReplace {
      if renameNoReplace(descriptor, name, target.descriptor, newName, 1) == 0 {
        if sync { target.syncFolder() }
        return
      }
      if errno == EEXIST { throw FileSystemError("cannot move \(shown(from)) to \(shown(to))", code: EEXIST, detail: "a file of that name is already there") }
      guard errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP else { throw FileSystemError("cannot move \(shown(from)) to \(shown(to))") }
    }
    if linkat(descriptor, name, target.descriptor, newName, 0) == 0 {
      if sync { target.syncFolder() }
      if unlinkat(descriptor, name, 0) != 0 {
        // The file is safely in place; the old name is left over and does no harm.
        return
      }
      if sync { syncFolder() }
      return
    }
    if errno == EEXIST { throw FileSystemError("cannot move \(shown(from)) to \(shown(to))", code: EEXIST, detail: "a file of that name is already there") }
    guard [EPERM, EOPNOTSUPP, ENOSYS, EMLINK, EXDEV].contains(errno) else { throw FileSystemError("cannot move \(shown(from)) to \(shown(to))") }
    guard !target.contains(newName) else { throw FileSystemError("cannot move \(shown(from)) to \(shown(to))", code: EEXIST, detail: "a file of that name is already there") }
    guard renameat(descriptor, name, target.descriptor, newName) == 0 else { throw FileSystemError("cannot move \(shown(from)) to \(shown(to))") }
    if sync { target.syncFolder() }
  }

  /// Removes the file `name` here (never a folder).
  func remove(_ name: String) throws(FileSystemError) {
    guard unlinkat(descriptor, name, 0) == 0 else { throw FileSystemError("cannot remove \(shown(path + "/" + name))") }
  }

  /// Runs `body` holding an exclusive `flock` on this folder, so programs changing a file in it at the
  /// same time take turns; no lock file is left in the folder. It waits at most `seconds`, then throws with
  /// a message saying what to do; the lock goes when `body` ends or the program stops, even when it is
  /// killed. On a file system without `flock` for folders it runs `body` without the lock.
  func withExclusiveLock<T>(waitingAtMost seconds: Double, _ body: () throws(FileSystemError) -> T) throws(FileSystemError) -> T {
    let fd = openat(descriptor, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { throw FileSystemError("cannot lock the folder \(shown(path))") }
    defer { close(fd) }
    let deadline = monotonicSeconds() + seconds
    while flock(fd, LOCK_EX | LOCK_NB) != 0 {
      if errno == EINTR { continue }
      if errno == ENOLCK || errno == EOPNOTSUPP || errno == EINVAL || errno == EBADF { return try body() }
      guard errno == EWOULDBLOCK else { throw FileSystemError("cannot lock the folder \(shown(path))") }
      guard monotonicSeconds() < deadline else {
        throw FileSystemError("cannot lock the folder \(shown(path))", code: EBUSY,
                              detail: "another program has held it for more than \(Int(seconds)) seconds. Wait for other imports to finish, then try again.")
      }
      usleep(10_000)
    }
    return try body()
  }

  /// Flushes this folder's entries to disk, so a rename survives a power cut. Some file systems
  /// cannot do this; that is not an error.
  func syncFolder() { _ = fsync(descriptor) }

  /// Flushes the file `name` here to disk, when it can be opened (without following a link).
  func flushFile(_ name: String) {
    let fd = openat(descriptor, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    guard fd >= 0 else { return }
    _ = fsync(fd)
    close(fd)
  }

  /// Flushes everything written to the file system this folder is on, in one go: after writing many
  /// files unflushed, much faster than flushing each. Returns false when it could not.
  @discardableResult
  func syncFileSystem() -> Bool {
    guard let syncfs = Directory.syncfs else { return false }
    return syncfs(descriptor) == 0
  }

  /// glibc's `syncfs`, which Swift's Glibc module does not show.
  private static let syncfs: (@convention(c) (Int32) -> Int32)? = {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else { return nil }
    return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
  }()

  /// `renameat2` from the C library, looked up when the program starts (it is not in Swift's Glibc module).
  private static let renameNoReplace: (@convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32)? = {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
    return unsafeBitCast(symbol, to: (@convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32).self)
  }()
}

/// What sort of thing a folder entry is.
enum EntryKind: Equatable {
  case file, folder, link, pipe, socket, device

  init(mode: mode_t) {
    switch mode & S_IFMT {
    case S_IFREG: self = .file
    case S_IFDIR: self = .folder
    case S_IFLNK: self = .link
    case S_IFIFO: self = .pipe
    case S_IFSOCK: self = .socket
    default: self = .device
    }
  }

  /// "a symbolic link", for messages.
  var words: String {
    switch self {
    case .file: return "an ordinary file"
    case .folder: return "a folder"
    case .link: return "a symbolic link"
    case .pipe: return "a named pipe"
    case .socket: return "a socket"
    case .device: return "a device"
    }
  }
}

private func writeAll(_ fd: Int32, _ data: Data, _ path: String) throws(FileSystemError) {
  var offset = 0
  while offset < data.count {
    let written = data.withUnsafeBytes { raw in write(fd, raw.baseAddress! + offset, data.count - offset) }
    if written < 0 {
      if errno == EINTR { continue }
      throw FileSystemError("cannot write \(shown(path))")
    }
    offset += written
  }
}

/// Reads up to `limit` bytes, from `offset` when given (with `pread`), else from the current position.
private func readAll(_ fd: Int32, limit: Int, _ path: String, from offset: Int?) throws(FileSystemError) -> Data {
  var result = Data()
  var buffer = [UInt8](repeating: 0, count: 64 * 1024)
  while result.count < limit {
    let want = min(buffer.count, limit - result.count)
    let got = buffer.withUnsafeMutableBytes { raw in
      offset.map { pread(fd, raw.baseAddress!, want, off_t($0 + result.count)) } ?? read(fd, raw.baseAddress!, want)
    }
    if got < 0 {
      if errno == EINTR { continue }
      if errno == EAGAIN { break }
      throw FileSystemError("cannot read \(shown(path))")
    }
    if got == 0 { break }
    result.append(contentsOf: buffer[0..<got])
  }
  return result
}

/// A path made safe to put in a message: hidden characters removed.
func shown(_ path: String) -> String { InertText.oneLine(path) }
