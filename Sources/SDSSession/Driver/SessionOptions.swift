import Foundation
import SDSHandoff
import SDSPacks

/// What a conversation is set up with, as the command line (or a test) gives it.
public struct SessionOptions: Sendable {
  /// The content folder (`--content`); nil to look where `ContentLocator` looks.
  public var content: String?
  /// The pack (`--pack`).
  public var pack: String
  /// The language to start in (`--lang`); nil for the pack's own.
  public var language: String?
  /// The drop folder staff or the person named (`--outbox`); nil for the default one in the home folder
  /// (none at a kiosk).
  public var outbox: String?
  /// True at a library kiosk.
  public var kiosk: Bool
  /// The council's certificate every draft is encrypted to, if any.
  public var encryptTo: DraftCertificate?
  /// The council's server drafts are sent to, if any.
  public var send: SendSettings?
  /// How the person gets their own copy.
  public var copy: DraftRoute.CopyPlan
  /// The program's version, recorded in every draft and sent as the user agent.
  public var version: String

  /// Options for a conversation; every one but the version has a default.
  public init(
    content: String? = nil, pack: String = PackLibrary.defaultPackID, language: String? = nil, outbox: String? = nil, kiosk: Bool = false,
    encryptTo: DraftCertificate? = nil, send: SendSettings? = nil, copy: DraftRoute.CopyPlan = .none, version: String
  ) {
    self.content = content
    self.pack = pack
    self.language = language
    self.outbox = outbox
    self.kiosk = kiosk
    self.encryptTo = encryptTo
    self.send = send
    self.copy = copy
    self.version = version
  }
}
