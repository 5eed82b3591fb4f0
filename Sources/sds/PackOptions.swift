import Foundation
import SDSEngine
import SDSPacks
import SDSSession

/// The options every command that runs a conversation takes for packs and languages.
enum PackOptions {
  /// Options with a value, to add to a command's `valueOptions`.
  static let valueOptions: Set<String> = ["--pack", "--lang"]

  /// Lines for a command's usage text.
  static let usage = """
      --pack ID       The pack to use: a nation's or a council's words (or set SDS_PACK).
                      With none, the neutral "uk" pack. 'sds packs' lists them.
      --lang CODE     The language to start in, like cy (or set SDS_LANG). With none, the
                      pack's own. Typing language at any question lists the others.
    """

  /// The pack named on the command line, else in SDS_PACK, else the default.
  static func pack(_ parsed: ParsedArguments) -> String { parsed.value("--pack", env: "SDS_PACK") ?? PackLibrary.defaultPackID }

  /// The language named on the command line, else in SDS_LANG, else nil (the pack's own).
  static func language(_ parsed: ParsedArguments) -> String? { parsed.value("--lang", env: "SDS_LANG") }

  /// The content for the conversation `parsed` asks for (`--content`, `--pack`, `--lang`), or nil after
  /// telling staff why it cannot start.
  static func content(_ parsed: ParsedArguments, console: inout Console) -> ConversationContent? {
    do {
      return try ConversationContent.load(content: parsed.values["--content"], pack: pack(parsed), language: language(parsed))
    } catch {
      console.report(error)
      return nil
    }
  }
}
