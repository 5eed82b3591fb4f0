import Foundation
import SDSTerminal
import SDSSession

// The front door: picks the subcommand, parses its options, runs it and exits with its status.
// This file and the command files are the only places that print or exit.


func topLevelUsage() -> String {
  var text = """
    SDS Companion helps you get ready to plan your care and support.

    Usage: sds [COMMAND] [OPTIONS]

    With no command, sds starts the conversation.

    Commands:

    """
  let width = allCommands.map(\.name.count).max() ?? 0
  for command in allCommands where command.name != ConverseCommand.spec.name {
    text += "  " + command.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + command.summary + "\n"
  }
  text += """

    Options:
      --help       Show this help.
      --version    Show the version.

    """
  // The conversation's own options, from its usage text, so `sds --help` shows them too.
  if let options = ConverseCommand.spec.usage.range(of: "Options:\n") {
    text += "\nOptions of the conversation (sds with no command):\n" + ConverseCommand.spec.usage[options.upperBound...]
    if !text.hasSuffix("\n") { text += "\n" }
    text += "\n"
  }
  text += "Type 'sds COMMAND --help' to see the options of a command."
  return text
}

func runMain() -> Int32 {
  var console = Console()
  let arguments = Array(CommandLine.arguments.dropFirst())
  if arguments.first == "--help" || arguments.first == "-h" || arguments.first == "help" {
    console.line(topLevelUsage())
    return ExitCode.ok
  }
  if arguments.first == "--version", arguments.count > 1 {
    console.error("sds: --version takes nothing after it.")
    console.error(ConverseCommand.spec.helpHint)
    return ExitCode.usage
  }
  if arguments.first == "--version" {
    console.line("sds \(sdsVersion)")
    return ExitCode.ok
  }
  var spec = ConverseCommand.spec
  var rest = arguments
  if let first = arguments.first, !first.hasPrefix("-") {
    guard let found = allCommands.first(where: { $0.name == first }) else {
      console.error("sds: there is no command called '\(Console.visible(first))'.")
      console.error(ConverseCommand.spec.helpHint)
      return ExitCode.usage
    }
    spec = found
    rest = Array(arguments.dropFirst())
  }
  if rest.contains("--help") || rest.contains("-h") {
    console.line(spec.usage)
    return ExitCode.ok
  }
  do {
    let parsed = try parseArguments(rest, for: spec)
    return spec.run(parsed, &console)
  } catch {
    console.error("sds: \(error.message)")
    console.error(spec.helpHint)
    return ExitCode.usage
  }
}

// Before anything is typed: a crash writes one line and no memory (see CrashGuard).
CrashGuard.install()
exit(runMain())
