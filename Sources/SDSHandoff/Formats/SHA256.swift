internal import CCrypto

/// SHA-256 from libcrypto.
enum SHA256 {
  /// The 32-byte SHA-256 digest of `bytes`.
  static func digest(_ bytes: [UInt8]) -> [UInt8] {
    var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
    var length: UInt32 = 0
    let ok = EVP_Digest(bytes, bytes.count, &digest, &length, EVP_sha256(), nil)
    precondition(ok == 1, "libcrypto could not compute SHA-256")
    return Array(digest.prefix(Int(length)))
  }
}
