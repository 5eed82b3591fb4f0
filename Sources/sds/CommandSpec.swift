import Foundation
import SDSSession

/// One subcommand of `sds`: its name, usage text and what it does.
struct CommandSpec: Sendable {
  /// The word typed after `sds`.
  var name: String
  /// One line for the list in `sds --help`.
  var summary: String
  /// The full usage text shown by `sds NAME --help`.
  var usage: String
  /// Options that take a value (`--outbox DIR`), so the parser knows to read one.
  var valueOptions: Set<String>
  /// Options that are plain switches (`--json`).
  var flagOptions: Set<String>
  /// Runs the command and returns the exit status.
  var run: @Sendable (ParsedArguments, inout Console) -> Int32
}

extension CommandSpec {
  /// The line shown after a usage mistake, in place of the whole usage, so that the mistake itself
  /// stays on a 24-line console: where to read how the command is used.
  var helpHint: String {
    name.isEmpty ? "Type 'sds --help' to see the commands and options." : "Type 'sds \(name) --help' to see its options."
  }
}

/// The arguments of one command, after option parsing.
struct ParsedArguments: Sendable {
  /// Values of options that take one (the last one wins).
  var values: [String: String] = [:]
  /// Switches that were given.
  var flags: Set<String> = []
  /// Everything that was not an option, in order.
  var positional: [String] = []

  /// The value of `option`, else the environment variable `env`, else nil.
  func value(_ option: String, env: String? = nil) -> String? {
    if let value = values[option] { return value }
    if let env, let value = ProcessInfo.processInfo.environment[env], !value.isEmpty { return value }
    return nil
  }
}

/// A usage mistake on the command line: exit 64 (EX_USAGE) after one line and a hint to `--help`.
struct UsageError: Error {
  /// What was wrong, in one line.
  var message: String
}

/// The exit statuses `sds` uses.
enum ExitCode {
  static let ok: Int32 = 0
  static let failure: Int32 = 1
  static let usage: Int32 = 64
  static let noInput: Int32 = 66
  static let software: Int32 = 70
  static let cannotCreate: Int32 = 73
  /// EX_CONFIG: something staff must set is missing (a kiosk with no drop folder). Scripts/kiosk does not
  /// restart after it.
  static let config: Int32 = 78
}

/// Parses `arguments` for `spec`. `--name=value` and `--name value` both work; `--` ends options.
func parseArguments(_ arguments: [String], for spec: CommandSpec) throws(UsageError) -> ParsedArguments {
  var parsed = ParsedArguments()
  var index = 0
  var optionsEnded = false
  while index < arguments.count {
    let argument = arguments[index]
    index += 1
    if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
      parsed.positional.append(argument)
      continue
    }
    if argument == "--" { optionsEnded = true; continue }
    var name = argument
    var inlineValue: String?
    if let equals = argument.firstIndex(of: "=") {
      name = String(argument[..<equals])
      inlineValue = String(argument[argument.index(after: equals)...])
    }
    if spec.valueOptions.contains(name) {
      if let inlineValue { parsed.values[name] = inlineValue; continue }
      guard index < arguments.count else { throw UsageError(message: "The option \(name) needs a value.") }
      parsed.values[name] = arguments[index]
      index += 1
    } else if spec.flagOptions.contains(name), inlineValue == nil {
      parsed.flags.insert(name)
    } else {
      let command = spec.name.isEmpty ? "sds" : "sds \(spec.name)"
      throw UsageError(message: "There is no option '\(Console.visible(name))' for '\(command)'.")
    }
  }
  return parsed
}
