internal import CCrypto
import Foundation

/// The council's certificate that drafts are encrypted to, so a person who can read the drop folder
/// but has not got the council's private key sees nothing anyone said.
///
/// Drafts are sealed as CMS (RFC 5652) AuthEnvelopedData with AES-256-GCM, the key wrapped for the
/// certificate's public key, all by OpenSSL. `openssl cms -decrypt` opens them too, so a council is never
/// tied to this program to read its own drafts.
public final class DraftCertificate: Sendable {
  /// OpenSSL's certificate. Only read once made, which OpenSSL allows from several threads at once, and
  /// freed in `deinit`: there is no value to guard, so there is no lock (see `DraftKey.key`).
  nonisolated(unsafe) let certificate: OpaquePointer

  /// Reads the first certificate in PEM text; nil when there is none.
  public init?(pem: Data) {
    guard let read = pem.withUnsafeBytes({ sds_read_certificate($0.baseAddress, Int32($0.count)) }) else { return nil }
    certificate = read
  }

  deinit { X509_free(certificate) }

  /// `data` encrypted for the holder of the certificate's private key (DER), or nil if OpenSSL fails.
  public func seal(_ data: Data) -> Data? {
    var out: UnsafeMutablePointer<UInt8>?
    var length = 0
    let ok = data.withUnsafeBytes { sds_cms_seal(certificate, $0.baseAddress, Int32($0.count), &out, &length) }
    guard ok == 1, let out else { return nil }
    defer { sds_free_buffer(out) }
    return Data(bytes: out, count: length)
  }
}

/// The council's private key, for the key worker commands to open sealed drafts.
public final class DraftKey: Sendable {
  /// OpenSSL's private key. Only read once made (each `open` makes its own CMS context from it), which
  /// OpenSSL allows from several threads at once, and freed in `deinit`. The importer opens drafts on
  /// every processor with one key, so a lock here would make it one draft at a time.
  nonisolated(unsafe) let key: OpaquePointer

  /// Reads a private key in PEM text (one protected by a pass phrase asks for it on the terminal);
  /// nil when there is none or it cannot be read.
  public init?(pem: Data) {
    guard let read = pem.withUnsafeBytes({ sds_read_private_key($0.baseAddress, Int32($0.count)) }) else { return nil }
    key = read
  }

  deinit { EVP_PKEY_free(key) }

  /// True when this is the private key of `certificate`.
  public func matches(_ certificate: DraftCertificate) -> Bool { sds_key_matches(certificate.certificate, key) == 1 }

  /// What opening a sealed draft found.
  public enum Opened: Equatable, Sendable {
    /// The draft's JSON.
    case opened(Data)
    /// It is a sealed file, but this key does not open it (another council's key, or it was changed).
    case notForThisKey
    /// It is not a sealed file at all.
    case notSealed
  }

  /// Opens `sealed`, made by `DraftCertificate.seal`.
  public func open(_ sealed: Data) -> Opened {
    var out: UnsafeMutablePointer<UInt8>?
    var length = 0
    let ok = sealed.withUnsafeBytes { sds_cms_open(key, nil, $0.baseAddress, Int32($0.count), &out, &length) }
    guard ok == 1, let out else {
      let parses = sealed.withUnsafeBytes { sds_cms_parses($0.baseAddress, Int32($0.count)) } == 1
      return parses ? .notForThisKey : .notSealed
    }
    defer { sds_free_buffer(out) }
    return .opened(Data(bytes: out, count: length))
  }
}
