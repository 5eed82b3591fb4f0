/// Placeholder until the engine lands.
enum ConverseCommand {
  static let spec = CommandSpec(name: "", summary: "", usage: "Usage: sds ", valueOptions: [], flagOptions: [], run: { _, console in console.error("not built yet"); return ExitCode.software })
}
