import Foundation

/// Where and how drafts are sent over the internet: the council's WebDAV folder and the TLS files.
///
/// Drafts are only ever sent encrypted to the council's certificate; the caller checks that before it
/// makes a sender.
public struct SendSettings: Sendable, Equatable {
  /// The folder on the server, ending in `/`. Drafts go to `tmp/` and then `new/` inside it.
  public var folder: URL
  /// A file of CA certificates (PEM) to check the server against, instead of the system's.
  public var caFile: String?
  /// A client certificate (PEM) for the server to check, with its key.
  public var certificateFile: String?
  /// The private key (PEM) of `certificateFile`.
  public var keyFile: String?
  /// Seconds to wait for the connection, including TLS.
  public var connectTimeout: Int = 10
  /// Seconds the whole of one request may take.
  public var requestTimeout: Int = 30

  /// The largest draft that is sent: 1 MiB.
  public static let maximumSize = 1 << 20

  /// Settings for the folder at `url`, or a reason it cannot be used (to show staff as it is).
  ///
  /// The address must be `https://`. Plain `http://` is allowed only to this computer itself (127.0.0.1,
  /// ::1 or localhost), for tests; it never crosses a network.
  public static func folder(_ text: String) -> Result<URL, SendSetupError> {
    guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
      let host = components.host, !host.isEmpty
    else {
      return .failure(SendSetupError("the send address \(shown(text)) is not a web address. Give one like https://files.example.gov.uk/sds/"))
    }
    guard components.user == nil, components.password == nil else {
      return .failure(SendSetupError("the send address must not hold a user name or password. Use --send-cert and --send-key for a kiosk's identity."))
    }
    guard components.query == nil, components.fragment == nil else {
      return .failure(SendSetupError("the send address must not have ? or # in it. Give the folder, like https://files.example.gov.uk/sds/"))
    }
    let loopback = ["127.0.0.1", "::1", "[::1]", "localhost"].contains(host.lowercased())
    guard scheme == "https" || (scheme == "http" && loopback) else {
      return .failure(SendSetupError("the send address must start with https:// so drafts are never sent in the open. \(shown(text)) does not."))
    }
    var fixed = components
    if !fixed.path.hasSuffix("/") { fixed.path += "/" }
    guard let url = fixed.url else {
      return .failure(SendSetupError("the send address \(shown(text)) is not a web address. Give one like https://files.example.gov.uk/sds/"))
    }
    return .success(url)
  }

  /// Settings for `folder`.
  public init(folder: URL, caFile: String? = nil, certificateFile: String? = nil, keyFile: String? = nil, connectTimeout: Int = 10, requestTimeout: Int = 30) {
    self.folder = folder
    self.caFile = caFile
    self.certificateFile = certificateFile
    self.keyFile = keyFile
    self.connectTimeout = connectTimeout
    self.requestTimeout = requestTimeout
  }

  /// The address of `name` in the server folder's `box` (`tmp` or `new`).
  func address(_ box: String, _ name: String) -> String {
    folder.absoluteString + box + "/" + name
  }
}

/// Why the send settings cannot be used, in words for staff.
public struct SendSetupError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What is wrong and what to do.
  public var description: String
  init(_ description: String) { self.description = description }
}
