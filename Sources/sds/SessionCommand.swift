/// Placeholder until the engine lands.
enum SessionCommand {
  static let spec = CommandSpec(name: "session", summary: "", usage: "Usage: sds session", valueOptions: [], flagOptions: [], run: { _, console in console.error("not built yet"); return ExitCode.software })
}
