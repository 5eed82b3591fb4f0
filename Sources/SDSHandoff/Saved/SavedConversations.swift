import Foundation
import Glibc
import SDSEngine

/// What is kept when a person saves to finish later: the conversation's state and when it started.
public struct SavedConversation: Codable, Equatable, Sendable {
  /// The engine's state (the memorable word is never in it).
  public var state: EngineState
  /// When the conversation first started, so the draft sent later says so.
  public var started: Date

  /// Makes a saved conversation.
  public init(state: EngineState, started: Date) {
    self.state = state
    self.started = started
  }
}

/// Saved conversations, kept in the drop folder's `saved/` folder so a person can carry on at any kiosk
/// that shares it.
///
/// Each is one file, `saved/REFERENCE.json`. The memorable word is never stored: PBKDF2 turns it and a
/// random salt into bytes that, mixed with the key file (`SavedConversationKey`, never in the shared
/// folder) by HMAC, give a key and a check value; only the check value is kept, and the answers are
/// sealed with the key (AES-256-GCM). So the file alone shows nothing of what the person said, and a
/// word cannot be guessed from a copy of it without the key file. A seal (HMAC under the key file) over
/// the whole file means its try count cannot be edited. Five wrong words lock it for 15 minutes. It is
/// deleted 28 days after it was saved, and once it has been carried on and then sent or saved again.
///
/// Files saved before the key file (`sds-saved/1`) are still opened with the word alone until their
/// 28 days are over.
public struct SavedConversations: Sendable {
  /// The drop folder.
  public let folder: DropFolder
  /// PBKDF2 rounds for new saves.
  public let iterations: Int
  /// The key file's secret; without it nothing can be saved, and saves made with it cannot be opened.
  public let key: SavedConversationKey?

  /// Wrong words allowed before the save is locked.
  public static let attemptsAllowed = 5
  /// How long a save stays locked after too many wrong words.
  public static let lockDuration: TimeInterval = 15 * 60
  /// How long a save is kept.
  public static let keptFor: TimeInterval = 28 * 24 * 60 * 60
  /// The schema of a saved file.
  public static let schemaID = "sds-saved/2"
  /// The schema of files saved before the key file; they are opened with the word alone.
  public static let firstSchemaID = "sds-saved/1"

  /// Saved conversations in `folder`, sealed with `key` too. Tests may use fewer PBKDF2 rounds than the default.
  public init(folder: DropFolder, key: SavedConversationKey?, iterations: Int = 600_000) {
    self.folder = folder
    self.key = key
    self.iterations = iterations
  }

  /// What a save gives the person.
  public struct Ticket: Equatable, Sendable {
    /// The reference to write down.
    public var reference: Reference
    /// When it will be deleted.
    public var deleteAfter: Date
  }

  /// What opening a saved conversation found.
  public enum Opened: Equatable, Sendable {
    /// The word matched.
    case opened(SavedConversation)
    /// Nothing is saved under that reference (or it was deleted after 28 days).
    case notFound
    /// The word did not match; this many tries are left.
    case wrongWord(attemptsLeft: Int)
    /// Too many wrong words: locked until then.
    case locked(until: Date)
    /// The file is there but cannot be used (changed or damaged); the reason is for staff.
    case damaged(String)
  }

  /// Saves `conversation` under a new reference, sealed with `word`.
  public func save(_ conversation: SavedConversation, word: String, now: Date, random: inout some RandomNumberGenerator) throws(FileSystemError) -> Ticket {
    guard let key else {
      throw FileSystemError("cannot save to \(shown(folder.path + "/saved"))", code: 0,
                            detail: "there is no key file for saved conversations. Staff make one once (see \"Saved conversations\" in the docs) and give it with SDS_SAVED_KEY, or put it at \(SavedConversationKey.defaultPath)")
    }
    let (_, saved, tmp) = try open(create: true)
    deleteExpired(in: saved, now: now)
    let plaintext = Array(((try? JSONEncoder().encode(conversation)) ?? Data()))
    for _ in 0..<5 {
      let reference = Reference.random(using: &random)
      let name = SavedConversations.fileName(reference)
      let salt = randomBytes(16, &random), nonce = randomBytes(12, &random)
      guard let derived = WordCrypto.derive(word: word, salt: salt, iterations: iterations).map({ key.mix($0, reference: reference) }),
            let sealed = WordCrypto.seal(plaintext, key: derived.key, nonce: nonce, associated: Array(reference.description.utf8)) else {
        throw FileSystemError("cannot save to \(shown(saved.path))", code: 0, detail: "libcrypto could not derive the key or encrypt")
      }
      var file = SavedFile(
        schema: SavedConversations.schemaID, reference: reference, saved: now, deleteAfter: now.addingTimeInterval(SavedConversations.keptFor),
        kdf: .init(name: SavedFile.sealedKDF, iterations: iterations, salt: Data(salt).base64EncodedString()),
        check: Data(derived.check).base64EncodedString(),
        cipher: .init(name: "AES-256-GCM", nonce: Data(nonce).base64EncodedString(), tag: Data(sealed.tag).base64EncodedString()),
        ciphertext: Data(sealed.ciphertext).base64EncodedString(), failedAttempts: 0, lockedUntil: nil)
      file.seal(with: key)
      let scratch = ScratchName.make(for: name)
      try tmp.createFile(scratch, file.data())
      do {
        try tmp.move(scratch, to: saved, as: name)
      } catch {
        try? tmp.remove(scratch)
        if error.nameTaken { continue }
        throw error
      }
      return Ticket(reference: reference, deleteAfter: file.deleteAfter)
    }
    throw FileSystemError("cannot save to \(shown(saved.path))", code: EEXIST, detail: "five new references in a row were taken, which should never happen")
  }

  /// Opens the conversation saved under `referenceText` if `word` matches, counting wrong words.
  public func open(_ referenceText: String, word: String, now: Date) throws(FileSystemError) -> Opened {
    guard let reference = try? Reference.parse(referenceText) else { return .notFound }
    let root = try folder.openExisting()
    guard root.contains("saved") else { return .notFound }
    let (_, saved, tmp) = try open(create: true)
    deleteExpired(in: saved, now: now)
    let name = SavedConversations.fileName(reference)
    guard saved.contains(name) else { return .notFound }
    // The try is counted before the slow check of the word, under a lock, so tries made at the same
    // moment on kiosks sharing the folder are each counted and the limit holds.
    let counted: Counted = try withLock(name, in: saved) { () throws(FileSystemError) -> Counted in
      let data = try saved.readFile(name, limit: Draft.maximumFileSize)
      guard var file = SavedFile.read(data), file.reference == reference else { return .done(.damaged("\(shown(saved.path + "/" + name)) is not a saved conversation sds can read")) }
      if let problem = checkSeal(file) { return .done(.damaged("\(shown(saved.path + "/" + name)) \(problem)")) }
      if file.deleteAfter <= now || file.deleteAfter > now.addingTimeInterval(SavedConversations.keptFor + 24 * 60 * 60) {
        try? saved.remove(name)
        return .done(.notFound)
      }
      if let until = file.lockedUntil {
        if until > now { return .done(.locked(until: until)) }
        file.lockedUntil = nil
        file.failedAttempts = 0
      }
      // The count is read from a file anyone with the folder could edit: it is kept within 0...limit,
      // so no number in it can overflow or give extra tries.
      file.failedAttempts = min(max(file.failedAttempts, 0), SavedConversations.attemptsAllowed) + 1
      if file.failedAttempts >= SavedConversations.attemptsAllowed { file.lockedUntil = now.addingTimeInterval(SavedConversations.lockDuration) }
      if let key, file.isSealed { file.seal(with: key) }
      try saved.replaceFile(name, file.data(), scratch: tmp, scratchName: ScratchName.make(for: name))
      return .counted(file)
    }
    let file: SavedFile
    switch counted {
    case .done(let opened): return opened
    case .counted(let read): file = read
    }
    guard (1...WordCrypto.maximumIterations).contains(file.kdf.iterations), let salt = Data(base64Encoded: file.kdf.salt),
          let check = Data(base64Encoded: file.check), let stretched = WordCrypto.derive(word: word, salt: Array(salt), iterations: file.kdf.iterations) else {
      return .damaged("\(shown(saved.path + "/" + name)) has key settings sds cannot use")
    }
    // A file saved with the key file is opened with it; one from before, with the word alone.
    let derived = file.isSealed ? key.map { $0.mix(stretched, reference: reference) } ?? stretched : stretched
    guard WordCrypto.same(derived.check, Array(check)) else {
      let left = SavedConversations.attemptsAllowed - file.failedAttempts
      return left <= 0 ? .locked(until: file.lockedUntil ?? now.addingTimeInterval(SavedConversations.lockDuration)) : .wrongWord(attemptsLeft: left)
    }
    guard let nonce = Data(base64Encoded: file.cipher.nonce), let tag = Data(base64Encoded: file.cipher.tag), let ciphertext = Data(base64Encoded: file.ciphertext),
          let plaintext = WordCrypto.open(.init(nonce: Array(nonce), ciphertext: Array(ciphertext), tag: Array(tag)), key: derived.key, associated: Array(reference.description.utf8)),
          let conversation = try? JSONDecoder().decode(SavedConversation.self, from: Data(plaintext)) else {
      return .damaged("\(shown(saved.path + "/" + name)) was changed or damaged: its answers do not decrypt")
    }
    // The right word: the try does not count against the person. If this cannot be written, they still
    // carry on; the count is one too high until the next right word.
    try? withLock(name, in: saved) { () throws(FileSystemError) in
      guard var latest = SavedFile.read(try saved.readFile(name, limit: Draft.maximumFileSize)), latest.reference == reference else { return }
      guard checkSeal(latest) == nil else { return }
      latest.failedAttempts = 0
      latest.lockedUntil = nil
      if let key, latest.isSealed { latest.seal(with: key) }
      try saved.replaceFile(name, latest.data(), scratch: tmp, scratchName: ScratchName.make(for: name))
    }
    return .opened(conversation)
  }

  /// Why `file` cannot be trusted, for staff; nil when it can. A file saved with the key file must
  /// carry the seal that key makes over all of it; one from before has no seal to check.
  private func checkSeal(_ file: SavedFile) -> String? {
    guard file.isSealed else { return nil }
    guard let key else {
      return "was saved with a key file, and this sds has none. Give the kiosks' key file with SDS_SAVED_KEY (or put it at \(SavedConversationKey.defaultPath))"
    }
    guard let seal = file.mac.flatMap({ Data(base64Encoded: $0) }), WordCrypto.same(Array(seal), file.expectedSeal(key)) else {
      return "was changed since sds wrote it, or was saved with another key file: its seal does not match"
    }
    return nil
  }

  /// What counting a try found: a try counted (with the file as it now is), or an answer already.
  private enum Counted {
    case counted(SavedFile)
    case done(Opened)
  }

  /// How long a lock may be held before it is taken to be left behind by a program that stopped.
  static let staleLock: Double = 30

  /// Runs `body` holding the lock of the saved conversation `name`: a `.lock` file beside it, made
  /// exclusively, so it works on a shared folder. It waits at most 3 seconds in all for another computer's
  /// lock, and clears one older than 30 seconds; a lock that cannot be cleared (a folder, say, or one in a
  /// folder it cannot change) ends the wait at once with a message for staff. The lock is held only to
  /// read, count and write, never while the word is checked.
  private func withLock<T>(_ name: String, in saved: Directory, _ body: () throws(FileSystemError) -> T) throws(FileSystemError) -> T {
    let lock = name + ".lock"
    let lockPath = shown(saved.path + "/" + lock)
    let deadline = monotonicSeconds() + Self.lockWait
    while true {
      do {
        try saved.createFile(lock, Data())
        break
      } catch {
        // Only another computer's lock is waited for; any other problem is told to staff.
        guard error.nameTaken else { throw error }
        if let info = saved.status(of: lock), EntryKind(mode: info.st_mode) != .file {
          throw FileSystemError("cannot open \(shown(saved.path + "/" + name))", code: EEXIST,
                                detail: "its lock \(lockPath) is \(EntryKind(mode: info.st_mode).words), not a lock file sds made. Move it away, then try again.")
        }
        if let info = saved.status(of: lock), Double(info.st_mtim.tv_sec) + Self.staleLock < Double(time(nil)) {
          do {
            try saved.remove(lock)
          } catch {
            throw FileSystemError("cannot open \(shown(saved.path + "/" + name))", code: error.code,
                                  detail: "its lock \(lockPath) was left behind and cannot be removed (\(FileSystemError.explain(error.code))). Remove it by hand, then try again.")
          }
          if monotonicSeconds() < deadline { continue }
        }
        guard monotonicSeconds() < deadline else {
          throw FileSystemError("cannot open \(shown(saved.path + "/" + name))", code: EBUSY,
                                detail: "another computer is using it. Try again in a minute; if this keeps happening, remove \(lockPath).")
        }
        usleep(20_000)
      }
    }
    defer { try? saved.remove(lock) }
    return try body()
  }

  /// The longest wait for another computer's lock, in seconds.
  static let lockWait: Double = 3

  /// Deletes the conversation saved under `reference` (after it was carried on and sent or saved again).
  public func delete(_ reference: Reference) throws(FileSystemError) {
    let (_, saved, _) = try open(create: false)
    let name = SavedConversations.fileName(reference)
    if saved.contains(name) { try saved.remove(name) }
  }

  /// Deletes every saved conversation whose 28 days are over. Returns how many were deleted.
  @discardableResult
  public func deleteExpired(now: Date) -> Int {
    guard let (_, saved, _) = try? open(create: false) else { return 0 }
    return deleteExpired(in: saved, now: now)
  }

  @discardableResult
  private func deleteExpired(in saved: Directory, now: Date) -> Int {
    var count = 0
    for name in (try? saved.names()) ?? [] where name.hasSuffix(".json") {
      let expired: Bool
      if let data = try? saved.readFile(name, limit: Draft.maximumFileSize), let file = SavedFile.read(data) {
        expired = file.deleteAfter <= now
      } else if let info = saved.status(of: name) {
        // Unreadable: go by its age.
        expired = Double(info.st_mtim.tv_sec) + SavedConversations.keptFor <= now.timeIntervalSince1970
      } else {
        expired = false
      }
      if expired, (try? saved.remove(name)) != nil { count += 1 }
    }
    return count
  }

  static func fileName(_ reference: Reference) -> String { reference.description + ".json" }

  private func open(create: Bool) throws(FileSystemError) -> (Directory, Directory, Directory) {
    let root = try create ? Directory.open(folder.path, create: true) : folder.openExisting()
    return (root, try root.folder("saved", create: create), try root.folder("tmp", create: create))
  }
}

/// One saved conversation on disk. Everything the person said is in `ciphertext`.
private struct SavedFile: Codable {
  struct KDF: Codable { var name: String; var iterations: Int; var salt: String }
  struct Cipher: Codable { var name: String; var nonce: String; var tag: String }

  var schema: String
  var reference: Reference
  var saved: Date
  var deleteAfter: Date
  var kdf: KDF
  var check: String
  var cipher: Cipher
  var ciphertext: String
  var failedAttempts: Int
  var lockedUntil: Date?
  /// The seal (HMAC under the key file) over everything above; only in files saved with the key file.
  var mac: String?

  /// How a file saved with the key file derives its keys: PBKDF2 of the word, then HMAC under the key file.
  static let sealedKDF = "PBKDF2-HMAC-SHA256, then HMAC-SHA256 with the key file"

  /// True for a file saved with the key file (`sds-saved/2`).
  var isSealed: Bool { schema == SavedConversations.schemaID }

  /// The seal `key` makes over every field but the seal itself.
  func expectedSeal(_ key: SavedConversationKey) -> [UInt8] {
    let fields = [schema, reference.description, ISO8601.string(saved), ISO8601.string(deleteAfter), kdf.name, String(kdf.iterations), kdf.salt,
                  check, cipher.name, cipher.nonce, cipher.tag, ciphertext, String(failedAttempts), lockedUntil.map(ISO8601.string) ?? "-"]
    return key.seal("file", fields.map { Array($0.utf8) })
  }

  /// Sets the seal for `key`, after any change.
  mutating func seal(with key: SavedConversationKey) {
    mac = Data(expectedSeal(key)).base64EncodedString()
  }

  func data() -> Data {
    Data(JSONWriter.pretty((try? OrderedJSONEncoder().encode(self)) ?? .null).utf8)
  }

  static func read(_ data: Data) -> SavedFile? {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .custom { decoder in
      let container = try decoder.singleValueContainer()
      guard let date = ISO8601.date(try container.decode(String.self)) else {
        throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an ISO 8601 time")
      }
      return date
    }
    guard let file = try? decoder.decode(SavedFile.self, from: data), file.cipher.name == "AES-256-GCM" else { return nil }
    switch file.schema {
    case SavedConversations.schemaID: guard file.kdf.name == SavedFile.sealedKDF, file.mac != nil else { return nil }
    case SavedConversations.firstSchemaID: guard file.kdf.name == "PBKDF2-HMAC-SHA256" else { return nil }
    default: return nil
    }
    return file
  }
}

private func randomBytes(_ count: Int, _ random: inout some RandomNumberGenerator) -> [UInt8] {
  (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
}
