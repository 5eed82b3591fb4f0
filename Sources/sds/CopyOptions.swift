import Foundation
import SDSEngine
import SDSHandoff

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

  /// What happens next, for the copy, in words for the person.
  static func nextSteps(_ destination: DraftDestination) -> [String] {
    switch destination.kind {
    case .sent:
      return ["Your draft plan has been sent to the council. Their adult social care team will read it and get in touch.",
              "A key worker will go through it with you, and may ask more questions."]
    case .retrying, .queued:
      return ["Your draft plan could not be sent straight away. It is kept, locked, on the computer you used, and will be sent from there.",
              "If you do not hear from the council within a few weeks, call them and give them your reference."]
    case .kept:
      return ["Your draft plan has not been sent. Nobody at the council has it yet.",
              "It is kept on your computer, in this file: \(destination.place ?? "the drop folder"). Email it to the council, or post them this copy, or call them and ask how to send it."]
    }
  }
}
