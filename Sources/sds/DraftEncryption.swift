import Foundation
import SDSHandoff
import SDSSession

/// The council's certificate (for kiosks, to encrypt drafts) and private key (for key workers, to read
/// them), from the command line or the environment.
enum DraftEncryption {
  /// How the options read in usage texts.
  static let conversationUsage = """
      --encrypt-to FILE
                      Encrypt every draft to the council's certificate in FILE (PEM), or set
                      SDS_ENCRYPT_TO. Only the council's private key can then read them.
    """
  static let keyUsage = """
      --key FILE     The council's private key (PEM), to read drafts the kiosks encrypted
                     (or set SDS_KEY). A key with a pass phrase asks for it.
    """

  /// Whether drafts are to be encrypted: nil after saying why the certificate cannot be used (staff must
  /// fix it: a kiosk asked to encrypt must never send drafts anyone can read); `.some(nil)` when no
  /// certificate was asked for.
  static func certificate(_ parsed: ParsedArguments, console: inout Console) -> DraftCertificate?? {
    guard let path = parsed.value("--encrypt-to", env: "SDS_ENCRYPT_TO") else { return .some(nil) }
    guard let data = read(path, what: "certificate", console: &console) else { return nil }
    guard let certificate = DraftCertificate(pem: data) else {
      console.error("sds: \(Console.visible(path)) holds no certificate in PEM form (it should start with \"-----BEGIN CERTIFICATE-----\"). Drafts cannot be sent until --encrypt-to names the council's certificate. See \"Encrypting drafts to the council\" in the README.")
      return nil
    }
    return .some(certificate)
  }

  /// The key for a key worker command: nil after saying why it cannot be used; `.some(nil)` when none
  /// was given.
  static func key(_ parsed: ParsedArguments, command: String, console: inout Console) -> DraftKey?? {
    guard let path = parsed.value("--key", env: "SDS_KEY") else { return .some(nil) }
    guard let data = read(path, what: "key", console: &console, command: command) else { return nil }
    guard let key = DraftKey(pem: data) else {
      console.error("sds \(command): \(Console.visible(path)) holds no private key sds can read (a PEM private key, with its pass phrase typed correctly if it has one).")
      return nil
    }
    return .some(key)
  }

  private static func read(_ path: String, what: String, console: inout Console, command: String? = nil) -> Data? {
    guard let data = FileManager.default.contents(atPath: path), data.count <= 1 << 20 else {
      let prefix = command.map { "sds \($0)" } ?? "sds"
      console.error("\(prefix): cannot read the council's \(what) at \(Console.visible(path)). Check the path and that this account may read it.")
      return nil
    }
    return data
  }
}
