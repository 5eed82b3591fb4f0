/// Every subcommand, in the order `sds --help` lists them.
///
/// To add one, write `NameCommand.swift` with a `static let spec` and add it here.
let allCommands: [CommandSpec] = [
  ConverseCommand.spec,
  KioskCommand.spec,
  SessionCommand.spec,
  CheckCommand.spec,
  InboxCommand.spec,
  ShowCommand.spec,
  ImportCommand.spec,
  SendQueuedCommand.spec,
  StatsCommand.spec,
  FAQCommand.spec,
  SafetyCommand.spec,
  PacksCommand.spec,
  TranslateCommand.spec,
]

/// The version printed by `sds --version`.
let sdsVersion = "0.1.0"
