import Foundation
import SDSEngine
import SDSPacks
import SDSSession

// Measures the engine's time per turn in-process: loads the content through SDSSession, replays a scripted conversation
// many times, and prints p50 and p99 of the time each `handle` call took. Used by Scripts/bench.
// Usage: sds-bench CONTENT_DIR INPUT_FILE [REPEATS]

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
  FileHandle.standardError.write(Data("usage: sds-bench CONTENT_DIR INPUT_FILE [REPEATS]\n".utf8))
  exit(64)
}
let repeats = arguments.count > 3 ? Int(arguments[3]) ?? 200 : 200
// The content as the program loads it: the default pack, its language, and every answer through the
// safety listener.
let content: ConversationContent
do {
  content = try ConversationContent.load(content: arguments[1], pack: PackLibrary.defaultPackID, language: nil)
} catch {
  FileHandle.standardError.write(Data("sds-bench: \(error.message)\nrun sds check\n".utf8))
  exit(1)
}
var inputs = try String(contentsOfFile: arguments[2], encoding: .utf8).components(separatedBy: "\n")
if inputs.last == "" { inputs.removeLast() }
let engine = Engine(languages: content.languages, initial: content.language)
let listener = content.listener
let clock = ContinuousClock()
var samples: [Duration] = []
samples.reserveCapacity(repeats * inputs.count)
var turns = 0
for _ in 0..<repeats {
  var (state, _) = engine.start()
  for input in inputs {
    let start = clock.now
    let step = engine.handle(.input(input), state: state)
    samples.append(clock.now - start)
    state = step.state
    turns += 1
    for output in step.outputs {
      if case .send = output { state = engine.handle(.delivered(reference: "K7M4-Q9TX-R"), state: state).state }
    }
    if state.ending != nil { break }
  }
}
samples.sort()
func micros(_ duration: Duration) -> Double {
  Double(duration.components.seconds) * 1_000_000 + Double(duration.components.attoseconds) / 1e12
}
let p50 = micros(samples[samples.count / 2])
let p99 = micros(samples[min(samples.count - 1, samples.count * 99 / 100)])
print(String(format: "turns=%d p50_us=%.1f p99_us=%.1f max_us=%.1f", turns, p50, p99, micros(samples.last!)))

// The safety listener on its own: each answer of the conversation, and a longest answer (2,000
// characters of ordinary words with a disclosure at the end), many times.
let longest = String(repeating: "we went to the shops and had a cup of tea with my friend ", count: 36).prefix(1_950) + " and my son hits me"
var heard: [Duration] = []
for _ in 0..<repeats {
  for input in inputs + [String(longest)] {
    let start = clock.now
    _ = listener.hear(input)
    heard.append(clock.now - start)
  }
}
heard.sort()
let longStart = clock.now
for _ in 0..<100 { _ = listener.hear(String(longest)) }
let longMicros = micros(clock.now - longStart) / 100
print(String(format: "safety listener: answers=%d p50_us=%.1f p99_us=%.1f max_us=%.1f longest_answer_us=%.1f",
  heard.count, micros(heard[heard.count / 2]), micros(heard[min(heard.count - 1, heard.count * 99 / 100)]), micros(heard.last!), longMicros))
