import Foundation
import Glibc

/// The drop folder: a Maildir-style folder that many kiosks write drafts into and key workers import from.
///
/// ```
/// OUTBOX/
///   tmp/         drafts being written; nobody reads these
///   new/         drafts waiting to be imported: K7QM-3XRT-VPZ.json (or .cms when encrypted)
///   cur/         drafts already imported (moved here, never deleted)
///   quarantine/  files that could not be imported, each with a NAME.reason file beside it
///   saved/       saved conversations, encrypted with the person's memorable word
/// ```
///
/// A writer creates `tmp/NAME` exclusively, writes it, flushes it to disk, reads it back, closes it and
/// only then moves it into `new/` without replacing anything, so a reader never sees half a file and two
/// kiosks never overwrite each other, with no locks (which network shares often lack). Folders are made
/// 0700 and files 0600. Nothing inside the folder is reached through a symbolic link.
///
/// With a council certificate (`encryptTo`), drafts are written encrypted to it as `REFERENCE.cms`, and
/// only the council's private key (`key`) reads them.
public struct DropFolder: Sendable {
  /// The folder's path, as given.
  public let path: String
  /// The certificate new drafts are encrypted to; nil writes them as plain JSON.
  public var encryptTo: DraftCertificate?
  /// The private key that opens encrypted drafts; without it they are listed as needing the key.
  public var key: DraftKey?

  /// A drop folder at `path`. Nothing is touched until it is used.
  public init(path: String, encryptTo: DraftCertificate? = nil, key: DraftKey? = nil) {
    self.path = path
    self.encryptTo = encryptTo
    self.key = key
  }

  /// The file name of the draft with `reference`: its grouped form, then `.json`.
  public static func fileName(for reference: Reference) -> String { reference.description + ".json" }

  /// The file name of the draft with `reference` encrypted to the council: its grouped form, then `.cms`.
  public static func sealedFileName(for reference: Reference) -> String { reference.description + ".cms" }

  /// Both names a draft with `reference` may have.
  static func fileNames(for reference: Reference) -> [String] { [fileName(for: reference), sealedFileName(for: reference)] }

  /// The reference in a draft file name, or nil when the name is not a reference followed by `.json`
  /// (or `.cms`).
  public static func reference(inFileName name: String) -> Reference? {
    guard let ending = [".json", ".cms"].first(where: name.hasSuffix) else { return nil }
    let base = String(name.dropLast(ending.count))
    guard let reference = try? Reference.parse(base), reference.description == base else { return nil }
    return reference
  }

  /// True when `name` is the name of an encrypted draft.
  static func isSealed(_ name: String) -> Bool { name.hasSuffix(".cms") }

  /// A draft written to `tmp/` but not yet in `new/`.
  public struct Staged: Sendable {
    /// The file's name in `tmp/` (and, once published, in `new/`).
    public let name: String
  }

  /// Writes `draft` into the folder and publishes it in `new/`. Returns the published file's path.
  ///
  /// Throws `FileSystemError` with `nameTaken` when a draft with the same reference is already in
  /// `new/` or `cur/`; the caller then makes a new reference and tries again.
  ///
  /// A draft larger than an importer reads (`Draft.maximumFileSize`) is not written: the error's
  /// `tooLargeBy` says by how many bytes, so the person can be asked to shorten an answer.
  public func deliver(_ draft: Draft) throws(FileSystemError) -> String {
    guard let encryptTo else {
      return try publish(try stage(DropFolder.checkedSize(draft.jsonData()), name: DropFolder.fileName(for: draft.reference)))
    }
    guard let sealed = encryptTo.seal(draft.jsonData()) else {
      throw FileSystemError("cannot encrypt the draft", code: 0, detail: "OpenSSL could not encrypt it to the council's certificate")
    }
    return try publish(try stage(DropFolder.checkedSize(sealed), name: DropFolder.sealedFileName(for: draft.reference)))
  }

  /// `data`, when an importer would read a file that size; else an error with `tooLargeBy` set.
  private static func checkedSize(_ data: Data) throws(FileSystemError) -> Data {
    guard data.count > Draft.maximumFileSize else { return data }
    var error = FileSystemError("cannot send the draft", code: EFBIG,
                                detail: "at \(data.count) bytes it is larger than the \(Draft.maximumFileSize) bytes an import reads; the person was asked to shorten an answer")
    error.tooLargeBy = data.count - Draft.maximumFileSize
    throw error
  }

  /// Step one of delivering: writes `data` as `tmp/NAME` and flushes it. Nothing is in `new/` yet.
  public func stage(_ data: Data, name: String) throws(FileSystemError) -> Staged {
    let root = try Directory.open(path, create: true)
    let tmp = try root.folder("tmp", create: true)
    let new = try root.folder("new", create: true)
    // A reference is taken whether its draft is plain or encrypted.
    let names = DropFolder.reference(inFileName: name).map(DropFolder.fileNames) ?? [name]
    let cur = try? root.folder("cur", create: false)
    if names.contains(where: { new.contains($0) || (cur?.contains($0) ?? false) }) {
      throw FileSystemError("cannot use the name \(shown(name))", code: EEXIST, detail: "a draft with that reference is already in the folder")
    }
    try tmp.createFile(name, data)
    return Staged(name: name)
  }

  /// Step two: moves a staged file from `tmp/` into `new/`, never over another file, and checks it is
  /// there in full. Returns the published file's path.
  public func publish(_ staged: Staged) throws(FileSystemError) -> String {
    let root = try Directory.open(path, create: false)
    let tmp = try root.folder("tmp", create: false)
    let new = try root.folder("new", create: true)
    let size = tmp.status(of: staged.name).map { Int($0.st_size) }
    do {
      try tmp.move(staged.name, to: new, as: staged.name)
    } catch {
      try? tmp.remove(staged.name)
      throw error
    }
    guard let info = new.status(of: staged.name), EntryKind(mode: info.st_mode) == .file, Int(info.st_size) == size else {
      throw FileSystemError("cannot check \(shown(new.path + "/" + staged.name))", code: EIO, detail: "it is not there in full after publishing. Check the share.")
    }
    return new.path + "/" + staged.name
  }

  /// A problem that would stop drafts being sent, found without changing anything; nil when the folder
  /// looks usable (or does not exist yet and will be made).
  public func problem() -> String? {
    var info = stat()
    guard stat(path, &info) == 0 else {
      return errno == ENOENT ? nil : FileSystemError("cannot use the drop folder \(shown(path))").description
    }
    guard EntryKind(mode: info.st_mode) == .folder else { return "the drop folder \(shown(path)) is not a folder" }
    guard access(path, W_OK | X_OK) != 0 else { return nil }
    let rootProblem = FileSystemError("cannot write to the drop folder \(shown(path))").description
    // A folder made read-only on purpose, with its subfolders made and writable, works: sds only
    // writes inside tmp/, new/ and saved/.
    for name in ["tmp", "new", "saved"] {
      let child = path + "/" + name
      guard lstat(child, &info) == 0, EntryKind(mode: info.st_mode) == .folder, access(child, W_OK | X_OK) == 0 else { return rootProblem }
    }
    return nil
  }

  /// Opens the folder for reading, without making anything. Throws when it does not exist.
  func openExisting() throws(FileSystemError) -> Directory {
    try Directory.open(path, create: false)
  }
}
