internal import CCrypto
import Foundation

/// The cryptography for saved conversations, all from OpenSSL's libcrypto: PBKDF2-HMAC-SHA256 to turn a
/// memorable word into a key and a check value, and AES-256-GCM to seal the answers with that key.
enum WordCrypto {
  /// PBKDF2 rounds for a new save. OWASP's figure for PBKDF2-HMAC-SHA256 is 600,000; that takes about
  /// 0.6 seconds on a small machine, once when saving and once per try when resuming.
  static let defaultIterations = 600_000
  /// The most rounds accepted from a saved file, so a planted file cannot make each try take seconds.
  static let maximumIterations = 1_000_000

  /// What PBKDF2 gives for one word and salt: a key for AES-256-GCM and, separately, a check value
  /// that is stored so a wrong word is known without trying to decrypt.
  struct Derived {
    var key: [UInt8]
    var check: [UInt8]
  }

  /// The word as it is compared: letters in lower case, spaces at the ends removed and runs of spaces
  /// made one, composed the same way, so "Tulip " and "tulip" match.
  static func normalise(_ word: String) -> String {
    word.precomposedStringWithCanonicalMapping.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// Derives 64 bytes from `word` and `salt`: 32 for the key, 32 for the check value.
  static func derive(word: String, salt: [UInt8], iterations: Int) -> Derived? {
    let password = Array(normalise(word).utf8)
    var output = [UInt8](repeating: 0, count: 64)
    let ok = password.withUnsafeBufferPointer { pass in
      pass.withMemoryRebound(to: CChar.self) { chars in
        PKCS5_PBKDF2_HMAC(chars.baseAddress, Int32(chars.count), salt, Int32(salt.count), Int32(iterations), EVP_sha256(), Int32(output.count), &output)
      }
    }
    guard ok == 1 else { return nil }
    return Derived(key: Array(output[0..<32]), check: Array(output[32..<64]))
  }

  /// HMAC-SHA256 of `message` under `key`, from libcrypto.
  static func hmac(key: [UInt8], _ message: [UInt8]) -> [UInt8] {
    var out = [UInt8](repeating: 0, count: 32)
    var length: UInt32 = 0
    _ = HMAC(EVP_sha256(), key, Int32(key.count), message, message.count, &out, &length)
    return Array(out[0..<Int(length)])
  }

  /// Compares two byte strings in constant time.
  static func same(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    a.count == b.count && CRYPTO_memcmp(a, b, a.count) == 0
  }

  /// A sealed box: the nonce, the ciphertext and the authentication tag.
  struct Sealed {
    var nonce: [UInt8]
    var ciphertext: [UInt8]
    var tag: [UInt8]
  }

  /// Encrypts `plaintext` with AES-256-GCM. `associated` is authenticated but not encrypted (the
  /// reference), so a sealed box cannot be moved to another saved file.
  static func seal(_ plaintext: [UInt8], key: [UInt8], nonce: [UInt8], associated: [UInt8]) -> Sealed? {
    guard key.count == 32, nonce.count == 12, let context = EVP_CIPHER_CTX_new() else { return nil }
    defer { EVP_CIPHER_CTX_free(context) }
    var length: Int32 = 0
    var out = [UInt8](repeating: 0, count: plaintext.count + 16)
    var tag = [UInt8](repeating: 0, count: 16)
    guard EVP_EncryptInit_ex(context, EVP_aes_256_gcm(), nil, nil, nil) == 1,
          EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_SET_IVLEN, 12, nil) == 1,
          EVP_EncryptInit_ex(context, nil, nil, key, nonce) == 1,
          EVP_EncryptUpdate(context, nil, &length, associated, Int32(associated.count)) == 1,
          EVP_EncryptUpdate(context, &out, &length, plaintext, Int32(plaintext.count)) == 1 else { return nil }
    var total = Int(length)
    let ok = out.withUnsafeMutableBufferPointer { buffer in
      EVP_EncryptFinal_ex(context, buffer.baseAddress! + total, &length)
    }
    guard ok == 1 else { return nil }
    total += Int(length)
    guard EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_GET_TAG, 16, &tag) == 1 else { return nil }
    return Sealed(nonce: nonce, ciphertext: Array(out[0..<total]), tag: tag)
  }

  /// Decrypts and checks a sealed box; nil when the key is wrong or anything was changed.
  static func open(_ sealed: Sealed, key: [UInt8], associated: [UInt8]) -> [UInt8]? {
    guard key.count == 32, sealed.nonce.count == 12, sealed.tag.count == 16, let context = EVP_CIPHER_CTX_new() else { return nil }
    defer { EVP_CIPHER_CTX_free(context) }
    var length: Int32 = 0
    var out = [UInt8](repeating: 0, count: sealed.ciphertext.count + 16)
    var tag = sealed.tag
    guard EVP_DecryptInit_ex(context, EVP_aes_256_gcm(), nil, nil, nil) == 1,
          EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_SET_IVLEN, 12, nil) == 1,
          EVP_DecryptInit_ex(context, nil, nil, key, sealed.nonce) == 1,
          EVP_DecryptUpdate(context, nil, &length, associated, Int32(associated.count)) == 1,
          EVP_DecryptUpdate(context, &out, &length, sealed.ciphertext, Int32(sealed.ciphertext.count)) == 1,
          EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_SET_TAG, 16, &tag) == 1 else { return nil }
    var total = Int(length)
    let ok = out.withUnsafeMutableBufferPointer { buffer in
      EVP_DecryptFinal_ex(context, buffer.baseAddress! + total, &length)
    }
    guard ok == 1 else { return nil }
    total += Int(length)
    return Array(out[0..<total])
  }
}
