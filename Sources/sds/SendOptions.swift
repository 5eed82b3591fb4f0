import Foundation
import SDSHandoff
import SDSSession

/// Sending drafts to the council's WebDAV server: `--send-to URL` and the TLS files, from the command line
/// or the environment.
enum SendOptions {
  /// The options that take a value.
  static let valueOptions: Set<String> = ["--send-to", "--send-ca", "--send-cert", "--send-key", "--send-timeout"]

  /// How the options read in usage texts.
  static let usage = """
      --send-to URL   Send every draft over the internet to the council's WebDAV folder at URL
                      (https:// only), or set SDS_SEND_TO. Needs --encrypt-to: drafts are only ever
                      sent encrypted. When the server cannot be reached, the draft waits, encrypted,
                      in the drop folder's queue/ and is sent later.
      --send-ca FILE  Check the server against the CA certificates in FILE (PEM) instead of the
                      system's, or set SDS_SEND_CA.
      --send-cert FILE, --send-key FILE
                      A certificate and key (PEM) this computer shows the server, or set SDS_SEND_CERT
                      and SDS_SEND_KEY.
      --send-timeout SECONDS
                      How long one request to the server may take (default 30), or set SDS_SEND_TIMEOUT.
    """

  /// The send settings: `.some(nil)` when no `--send-to` was given; nil after saying why they cannot be
  /// used (staff must fix it: exit 78).
  static func settings(_ parsed: ParsedArguments, encryptTo: DraftCertificate?, requireEncryption: Bool = true, command: String, console: inout Console) -> SendSettings?? {
    let prefix = command.isEmpty ? "sds" : "sds \(command)"
    guard let address = parsed.value("--send-to", env: "SDS_SEND_TO") else {
      for option in ["--send-ca", "--send-cert", "--send-key", "--send-timeout"] where parsed.values[option] != nil {
        console.error("\(prefix): \(option) works only with --send-to URL. Give the council's send address too, or leave \(option) out.")
        return nil
      }
      return .some(nil)
    }
    guard encryptTo != nil || !requireEncryption else {
      console.error("\(prefix): --send-to needs --encrypt-to FILE (or SDS_ENCRYPT_TO), the council's certificate: drafts are only sent encrypted.")
      return nil
    }
    let folder: URL
    switch SendSettings.folder(address) {
    case .success(let url): folder = url
    case .failure(let problem):
      console.error("\(prefix): \(problem)")
      return nil
    }
    var settings = SendSettings(folder: folder)
    for (option, variable, what) in [("--send-ca", "SDS_SEND_CA", "CA certificates"), ("--send-cert", "SDS_SEND_CERT", "certificate"), ("--send-key", "SDS_SEND_KEY", "key")] {
      guard let path = parsed.value(option, env: variable) else { continue }
      guard FileManager.default.isReadableFile(atPath: path) else {
        console.error("\(prefix): cannot read the \(what) for sending at \(Console.visible(path)) (\(option) or \(variable)). Check the path and that this account may read it.")
        return nil
      }
      switch option {
      case "--send-ca": settings.caFile = path
      case "--send-cert": settings.certificateFile = path
      default: settings.keyFile = path
      }
    }
    if (settings.certificateFile == nil) != (settings.keyFile == nil) {
      console.error("\(prefix): give --send-cert and --send-key together: the certificate and its key.")
      return nil
    }
    if let text = parsed.value("--send-timeout", env: "SDS_SEND_TIMEOUT") {
      guard let seconds = Int(text), (1...600).contains(seconds) else {
        console.error("\(prefix): --send-timeout must be a whole number of seconds from 1 to 600, not \(Console.visible(text)).")
        return nil
      }
      settings.requestTimeout = seconds
      settings.connectTimeout = min(settings.connectTimeout, seconds)
    }
    return .some(settings)
  }
}
