import Foundation
import SDSEngine
import SDSHandoff
import SDSSession

/// The copy for the person: a page written at home (`--copy-to DIR`, or their Documents folder), or a
/// printout at a kiosk (`--printer NAME`). A kiosk never writes a copy to a file.
enum CopyOptions {
  /// Options for a conversation at home.
  static let homeValueOptions: Set<String> = ["--copy-to"]
  static let homeFlagOptions: Set<String> = ["--no-copy"]
  /// Options for a kiosk.
  static let kioskValueOptions: Set<String> = ["--printer"]

  static let homeUsage = """
      --copy-to DIR   Where to write the person's own copy of their answers, a page to open in a web
                      browser (or set SDS_COPY_TO). Default: the Documents folder in their home.
      --no-copy       Write no copy.
    """
  static let kioskUsage = """
      --printer NAME  Offer a printed copy of the person's answers on this CUPS printer, which staff
                      hand over (or set SDS_PRINTER). Without it, no copy is offered. A kiosk never
                      writes a copy to a file.
    """

  /// The copy plan for a conversation at home. With `byDefault` false (`sds session`, whose front end
  /// may run on a server), a copy is written only where `--copy-to` or `SDS_COPY_TO` says.
  static func home(_ parsed: ParsedArguments, byDefault: Bool = true) -> DraftRoute.CopyPlan {
    if parsed.flags.contains("--no-copy") { return .none }
    if let folder = parsed.value("--copy-to", env: "SDS_COPY_TO") { return .folder(CopyFolder(path: folder)) }
    guard byDefault, let home = ProcessInfo.processInfo.environment["HOME"], home.hasPrefix("/") else { return .none }
    return .folder(CopyFolder(path: home + "/Documents"))
  }

  /// The copy plan for a kiosk.
  static func kiosk(_ parsed: ParsedArguments) -> DraftRoute.CopyPlan {
    guard let printer = parsed.value("--printer", env: "SDS_PRINTER") else { return .none }
    return .printer(printer)
  }
}
