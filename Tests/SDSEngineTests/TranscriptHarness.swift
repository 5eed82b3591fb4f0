import Foundation
import SDSEngine
import Synchronization
import TestSupport

/// Runs a conversation from an input script and renders the transcript plus the record it produced.
///
/// Input files hold one typed line per line; an empty line is pressing Enter. Lines starting with `@` are
/// directives: `@fail-send` makes the next delivery fail, `@timeout` sends the idle timeout,
/// `@long N` types a line of N letters, `@@text` types "@text", `@new` starts a new conversation (as the next
/// person at a kiosk would), `@save-fails` makes the next save fail, `@deliver-to KIND [PLACE]` makes the next
/// delivery end there (`kept`, `queued`, `retrying`; the default is `sent`), `@copy KIND [PLACE]` says what copy
/// the person can have (`written`, `printer`). Saves go to an in-memory store.
struct TranscriptHarness {
  let engine: Engine

  /// What one run produced: the transcript, every record handed over to be sent, how it ended, and the
  /// record at the end.
  struct Run: Sendable {
    var transcript: String
    var sent: [Record]
    var endings: [Ending]
    var finalRecord: Record
  }

  func run(inputLines: [String]) -> String {
    runDetailed(inputLines: inputLines).transcript
  }

  func runDetailed(inputLines: [String]) -> Run {
    var sentRecords: [Record] = []
    var endings: [Ending] = []
    var conversation = Conversation(engine: engine)
    var text = ""
    var failNextSend = false
    var failNextSave = false
    var destination = DraftDestination.sent
    var sends = 0
    var saved: [String: (state: EngineState, word: String, attemptsLeft: Int)] = [:]

    func process(_ outputs: [Output]) {
      text += PlainTranscript.render(outputs)
      for output in outputs {
        switch output {
        case .send(let record):
          sends += 1
          sentRecords.append(record)
          if failNextSend {
            failNextSend = false
            text += "[delivery failed]\n\n"
            process(conversation.handle(.deliveryFailed))
          } else {
            text += "[draft sent: \(record.entries.count) answers]\n\n"
            process(conversation.handle(.delivered(reference: "K7M4-Q9TX-R", destination: destination)))
          }
        case .save(let word):
          if failNextSave {
            failNextSave = false
            text += "[save failed]\n\n"
            process(conversation.handle(.saveFailed))
          } else {
            let reference = "K7M4-SAVE-\(saved.count + 1)"
            saved[reference] = (conversation.state, word, 5)
            text += "[saved as \(reference)]\n\n"
            process(conversation.handle(.saved(reference: reference, until: "20 December 2026")))
          }
        case .resume(let reference, let word):
          guard var entry = saved[reference] else {
            text += "[no saved conversation \(reference)]\n\n"
            process(conversation.handle(.resumeFailed(.notFound)))
            break
          }
          if entry.attemptsLeft == 0 {
            process(conversation.handle(.resumeFailed(.locked(until: "10:45"))))
          } else if entry.word != word {
            entry.attemptsLeft -= 1
            saved[reference] = entry
            text += "[wrong word]\n\n"
            process(conversation.handle(entry.attemptsLeft == 0 ? .resumeFailed(.locked(until: "10:45")) : .resumeFailed(.wrongWord(attemptsLeft: entry.attemptsLeft))))
          } else {
            text += "[resumed \(reference)]\n\n"
            process(conversation.resume(entry.state))
          }
        case .end(let ending):
          endings.append(ending)
          text += "[end: \(ending.status.rawValue)\(ending.reference.map { " " + $0 } ?? "")]\n\n"
        default:
          break
        }
      }
    }

    process(conversation.start())
    for line in inputLines {
      if line == "@new" {
        text += "[new conversation]\n\n"
        conversation = Conversation(engine: engine)
        process(conversation.start())
        continue
      }
      if conversation.state.ending != nil { continue }
      if line == "@fail-send" { failNextSend = true; continue }
      if line == "@save-fails" { failNextSave = true; continue }
      if line.hasPrefix("@copy ") {
        let parts = line.dropFirst(6).split(separator: " ", maxSplits: 1).map(String.init)
        destination.copy = DraftDestination.Copy(rawValue: parts[0]) ?? .none
        destination.copyPlace = parts.count > 1 ? parts[1] : nil
        continue
      }
      if line.hasPrefix("@deliver-to ") {
        let parts = line.dropFirst(12).split(separator: " ", maxSplits: 1).map(String.init)
        destination.kind = DraftDestination.Kind(rawValue: parts[0]) ?? .sent
        destination.place = parts.count > 1 ? parts[1] : nil
        continue
      }
      if line == "@timeout" {
        text += "[idle timeout]\n\n"
        process(conversation.handle(.idleTimeout))
        continue
      }
      var typed = line
      if line.hasPrefix("@long ") { typed = String(repeating: "a", count: Int(line.dropFirst(6)) ?? 0) }
      if line.hasPrefix("@@") { typed = String(line.dropFirst()) }
      text += PlainTranscript.echo(typed, secret: conversation.currentPrompt?.secret ?? false)
      process(conversation.handle(.input(typed)))
    }
    let record = conversation.record
    text += "--- record ---\n"
    for entry in record.entries {
      text += "\(entry.storeName ?? "(\(entry.questionID))") = \(entry.display)\n"
    }
    text += "flags: \(record.flags.joined(separator: ", "))\n"
    return Run(transcript: text, sent: sentRecords, endings: endings, finalRecord: record)
  }

  /// The folders in the repository already loaded (the shipped content and the fixtures, which no test
  /// changes), so the many tests that read them parse and check them once.
  private static let loaded = Mutex<[String: (Script, [Diagnostic])]>([:])

  /// Loads a script folder (with a `script` folder inside) from disk; one in the repository only once.
  static func loadScript(_ folder: String) throws -> (Script, [Diagnostic]) {
    guard folder.hasPrefix(repositoryRoot() + "/") else { return try readScript(folder) }
    if let known = loaded.withLock({ $0[folder] }) { return known }
    let read = try readScript(folder)
    loaded.withLock { $0[folder] = read }
    return read
  }

  /// Reads and checks a script folder, with its safety rules.
  private static func readScript(_ folder: String) throws -> (Script, [Diagnostic]) {
    let scriptFolder = folder + "/script"
    let names = try FileManager.default.contentsOfDirectory(atPath: scriptFolder).filter { $0.hasSuffix(".txt") }.sorted()
    let files = try names.map { SourceFile(path: "script/" + $0, text: try String(contentsOfFile: scriptFolder + "/" + $0, encoding: .utf8)) }
    var (script, diagnostics) = ScriptLoader.load(files)
    // The safety listener's rules, when the content has them, as the program loads them.
    let safetyFolder = folder + "/safety"
    if let safetyNames = try? FileManager.default.contentsOfDirectory(atPath: safetyFolder) {
      let safetyFiles = try safetyNames.filter { $0.hasSuffix(".txt") }.sorted().map {
        SourceFile(path: "safety/" + $0, text: try String(contentsOfFile: safetyFolder + "/" + $0, encoding: .utf8))
      }
      let (rules, problems) = SafetyParser.parse(safetyFiles)
      script.safety = SafetyListener(rules: rules)
      diagnostics += problems
    }
    return (script, diagnostics)
  }
}
