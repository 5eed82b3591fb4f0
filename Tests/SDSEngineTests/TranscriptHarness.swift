import Foundation
import SDSEngine
import TestSupport

/// Runs a conversation from an input script and renders the transcript plus the record it produced.
///
/// Input files hold one typed line per line; an empty line is pressing Enter. Lines starting with `@` are
/// directives: `@fail-send` makes the next delivery fail, `@timeout` sends the idle timeout,
/// `@long N` types a line of N letters, `@@text` types "@text".
struct TranscriptHarness {
  let engine: Engine

  func run(inputLines: [String]) -> String {
    var conversation = Conversation(engine: engine)
    var text = ""
    var failNextSend = false
    var sends = 0

    func process(_ outputs: [Output]) {
      text += PlainTranscript.render(outputs)
      for output in outputs {
        switch output {
        case .send(let record):
          sends += 1
          if failNextSend {
            failNextSend = false
            text += "[delivery failed]\n\n"
            process(conversation.handle(.deliveryFailed))
          } else {
            text += "[draft sent: \(record.entries.count) answers]\n\n"
            process(conversation.handle(.delivered(reference: "K7M4-Q9TX-R")))
          }
        case .end(let ending):
          text += "[end: \(ending.status.rawValue)\(ending.reference.map { " " + $0 } ?? "")]\n\n"
        default:
          break
        }
      }
    }

    process(conversation.start())
    for line in inputLines {
      if conversation.state.ending != nil { break }
      if line == "@fail-send" { failNextSend = true; continue }
      if line == "@timeout" {
        text += "[idle timeout]\n\n"
        process(conversation.handle(.idleTimeout))
        continue
      }
      var typed = line
      if line.hasPrefix("@long ") { typed = String(repeating: "a", count: Int(line.dropFirst(6)) ?? 0) }
      if line.hasPrefix("@@") { typed = String(line.dropFirst()) }
      text += PlainTranscript.echo(typed)
      process(conversation.handle(.input(typed)))
    }
    let record = conversation.record
    text += "--- record ---\n"
    for entry in record.entries {
      text += "\(entry.storeName ?? "(\(entry.questionID))") = \(entry.display)\n"
    }
    text += "flags: \(record.flags.joined(separator: ", "))\n"
    return text
  }

  /// Loads a script folder (with a `script` folder inside) from disk.
  static func loadScript(_ folder: String) throws -> (Script, [Diagnostic]) {
    let scriptFolder = folder + "/script"
    let names = try FileManager.default.contentsOfDirectory(atPath: scriptFolder).filter { $0.hasSuffix(".txt") }.sorted()
    let files = try names.map { SourceFile(path: "script/" + $0, text: try String(contentsOfFile: scriptFolder + "/" + $0, encoding: .utf8)) }
    return ScriptLoader.load(files)
  }
}
