import Foundation
import SDSHandoff
import SDSSession

/// A conversation's set-up as the command line asks for it.
extension SessionSetup {
  /// The setup for `parsed` (`--content`, `--pack`, `--lang`, `--outbox`, the copy options), or nil after
  /// telling staff why there is none. `copyByDefault` false writes the person's copy only where
  /// `--copy-to` says (for `sds session`).
  static func make(_ parsed: ParsedArguments, kiosk: Bool = false, encryptTo: DraftCertificate? = nil, send: SendSettings? = nil, copyByDefault: Bool = true, console: inout Console) -> SessionSetup? {
    let options = SessionOptions(
      content: parsed.values["--content"], pack: PackOptions.pack(parsed), language: PackOptions.language(parsed), outbox: OutboxLocation.named(parsed),
      kiosk: kiosk, encryptTo: encryptTo, send: send,
      copy: kiosk ? CopyOptions.kiosk(parsed) : CopyOptions.home(parsed, byDefault: copyByDefault), version: sdsVersion)
    return make(options, console: &console)
  }
}
