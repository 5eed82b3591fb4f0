import Foundation
import Glibc

/// The secret that saved conversations are sealed with besides the person's memorable word: a key file
/// made once by staff and read by every kiosk, kept outside the shared drop folder.
///
/// Without it a copy of `saved/` is useless: the check value and the key for the answers both depend on
/// it, so a memorable word cannot be guessed from the file alone, and each file carries a seal (HMAC)
/// over everything in it, so its try count cannot be edited.
public struct SavedConversationKey: Sendable {
  /// The key file's bytes.
  let secret: [UInt8]

  /// The fewest bytes a key file must hold (256 bits).
  public static let minimumBytes = 32
  /// The most bytes read from a key file.
  public static let maximumBytes = 4_096
  /// Where the key file is looked for when `SDS_SAVED_KEY` does not name one.
  public static let defaultPath = "/etc/sds/saved-conversations.key"

  /// A key from `bytes` (tests and callers that read the file themselves); nil when it is too short.
  public init?(bytes: [UInt8]) {
    guard bytes.count >= Self.minimumBytes, bytes.count <= Self.maximumBytes else { return nil }
    secret = bytes
  }

  /// Reads the key file at `path`: an ordinary file of 32 to 4,096 bytes. Throws a message for staff.
  public static func read(_ path: String) throws(KeyFileProblem) -> SavedConversationKey {
    var info = stat()
    guard stat(path, &info) == 0 else { throw KeyFileProblem("cannot read the key file \(shown(path)): \(String(cString: strerror(errno)))") }
    guard EntryKind(mode: info.st_mode) == .file else { throw KeyFileProblem("the key file \(shown(path)) is \(EntryKind(mode: info.st_mode).words), not a file") }
    guard let handle = FileHandle(forReadingAtPath: path), let data = try? handle.read(upToCount: maximumBytes + 1) else {
      throw KeyFileProblem("cannot read the key file \(shown(path)): \(String(cString: strerror(EACCES)))")
    }
    try? handle.close()
    guard let key = SavedConversationKey(bytes: Array(data)) else {
      throw KeyFileProblem("the key file \(shown(path)) holds \(data.count) bytes; it needs \(minimumBytes) to \(maximumBytes). Make it with: openssl rand -out \(shown(path)) 32")
    }
    return key
  }

  /// HMAC-SHA256 of `parts` (each with its length first, so parts cannot run together) under this key
  /// and a `purpose`, so the same key gives unrelated values for each use.
  func seal(_ purpose: String, _ parts: [[UInt8]]) -> [UInt8] {
    var message = Array("sds-saved/2 \(purpose)".utf8)
    for part in parts {
      withUnsafeBytes(of: UInt64(part.count).bigEndian) { message += $0 }
      message += part
    }
    return WordCrypto.hmac(key: secret, message)
  }
}

/// Why the key file for saved conversations cannot be used, in words for staff.
public struct KeyFileProblem: Error, Sendable, CustomStringConvertible {
  public var description: String
  init(_ description: String) { self.description = description }
}

extension SavedConversationKey {
  /// The key and check value for a save: what PBKDF2 made of the word, mixed with the key file, so
  /// neither can be worked out from a copy of the saved file.
  func mix(_ stretched: WordCrypto.Derived, reference: Reference) -> WordCrypto.Derived {
    let parts = [stretched.key + stretched.check, Array(reference.description.utf8)]
    return WordCrypto.Derived(key: seal("answers key", parts), check: seal("word check", parts))
  }
}
