/// Placeholder until the engine lands.
enum CheckCommand {
  static let spec = CommandSpec(name: "check", summary: "", usage: "Usage: sds check", valueOptions: [], flagOptions: [], run: { _, console in console.error("not built yet"); return ExitCode.software })
}
