import Foundation
import SDSEngine
import SDSHandoff
import TestSupport
import Testing

/// Random conversations with the shipped content, for a fixed time: typed lines of every kind (words the
/// engine knows, numbers, commands, hidden and control characters, escapes, combining marks, long lines)
/// and the events a front end sends. Nothing may crash, nothing hidden may be shown, every state must
/// save and come back the same, and every draft handed over must be one an import reads back unchanged,
/// in every format without hidden characters.
///
/// Reproducible: conversation N of seed S is the same on every machine. `SDS_FUZZ_SEED` and
/// `SDS_FUZZ_SECONDS` change the seed and the time (Scripts/fuzz runs longer with a new seed); a failure
/// names its seed and conversation, and `SDS_FUZZ_ONLY=N` runs that one conversation.
@Suite struct FuzzTests {
  static let environment = ProcessInfo.processInfo.environment
  static let seed = environment["SDS_FUZZ_SEED"].flatMap { UInt64($0) } ?? 16
  static let seconds = environment["SDS_FUZZ_SECONDS"].flatMap { Double($0) } ?? 8
  static let only = environment["SDS_FUZZ_ONLY"].flatMap { Int($0) }
  static let reference: Reference = {
    var random = SeededRandom(1)
    return Reference.random(using: &random)
  }()

  static let engine: Engine = {
    let folder = repositoryRoot() + "/Content/script"
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    let files = names.map { SourceFile(path: $0, text: (try? String(contentsOfFile: folder + "/" + $0, encoding: .utf8)) ?? "") }
    return Engine(script: ScriptLoader.load(files).script)
  }()

  /// Words and commands the shipped conversation understands, so random walks get far.
  static let known = ["yes", "no", "not sure", "me", "someone I help", "1", "2", "3", "1, 3", "4", "done", "", "", "",
                      "back", "skip", "help", "why", "repeat", "summary", "change 2", "change 40", "more", "send",
                      "stop", "start again", "faq", "what is a direct payment", "language", "save", "resume"]
  /// Pieces of hostile text.
  static let hostile = ["\u{1B}[2J", "\u{1B}]0;title\u{7}", "\u{9B}31m", "\u{0}", "\u{7F}", "\r", "\t", "\u{202E}", "\u{200B}",
                        "\u{2060}", "\u{00AD}", "\u{180E}", "\u{3164}", "\u{E0041}", "\u{FEFF}", "\u{2028}", "\u{85}", "\u{FFFD}",
                        "\u{0301}", "👩🏽‍🦰", "🏴󠁧󠁢󠁷󠁬󠁳󠁿", "\"", "\\", "<script>", "=cmd|' /C calc'!A0", "家", "Llŷr", "\u{D7FF}"]

  /// Most of the time a fitting answer to `prompt`, so conversations reach the end; else any line.
  func line(_ random: inout SeededRandom, answering prompt: Prompt?) -> String {
    if let prompt, random.next() % 10 < 6 {
      switch prompt.kind {
      case .yesno: return ["yes", "no", "not sure"][Int(random.next() % 3)]
      case .confirm: return random.next() % 4 == 0 ? "change 1" : "yes"
      case .choice, .multi:
        guard !prompt.choices.isEmpty else { break }
        return prompt.choices[Int(random.next() % UInt64(prompt.choices.count))].key
      case .list: if random.next() % 3 == 0 { return "" }
      case .text: break
      }
      return line(&random)
    }
    return line(&random)
  }

  func line(_ random: inout SeededRandom) -> String {
    switch random.next() % 10 {
    case 0...4: return Self.known[Int(random.next() % UInt64(Self.known.count))]
    case 5, 6:
      let count = Int(random.next() % 12)
      return (0..<count).map { _ in Self.hostile[Int(random.next() % UInt64(Self.hostile.count))] + (random.next() % 2 == 0 ? "word" : " ") }.joined()
    case 7:
      let count = Int(random.next() % 40)
      return String(String.UnicodeScalarView((0..<count).compactMap { _ in Unicode.Scalar(UInt32(random.next() % 0x30000)) }))
    case 8:
      // Near and past the limits: characters, bytes and combining marks.
      let pieces = ["a", "家", "🌷", "a\u{0301}\u{0302}", "\u{0301}"]
      return String(repeating: pieces[Int(random.next() % UInt64(pieces.count))], count: Int(random.next() % 2_600))
    default:
      return String(decoding: (0..<Int(random.next() % 30)).map { _ in UInt8(truncatingIfNeeded: random.next()) }, as: UTF8.self)
    }
  }

  @Test func randomConversationsKeepEveryPromise() throws {
    let deadline = Date().addingTimeInterval(Self.seconds)
    var conversations = 0
    var sent = 0
    let indices: any Sequence<Int> = Self.only.map { [$0] } ?? (0...)
    for index in indices {
      if Self.only == nil, Date() >= deadline { break }
      let problems = run(conversation: index, sent: &sent)
      conversations += 1
      for problem in problems {
        Issue.record("seed \(Self.seed), conversation \(index) (run it alone with SDS_FUZZ_SEED=\(Self.seed) SDS_FUZZ_ONLY=\(index)): \(problem)")
      }
      if !problems.isEmpty { break }
    }
    print("fuzz: seed \(Self.seed), \(conversations) conversations, \(sent) drafts handed over in \(Int(Self.seconds)) s")
    #expect(conversations > 0)
  }

  /// Runs one conversation; what went wrong, if anything.
  func run(conversation index: Int, sent: inout Int) -> [String] {
    var random = SeededRandom(Self.seed &+ UInt64(index) &* 0x9E37_79B9)
    var problems: [String] = []
    var (state, outputs) = Self.engine.start()
    var typed: [String] = []
    problems += check(outputs, state: state, sent: &sent)
    for _ in 0..<(20 + Int(random.next() % 200)) {
      guard problems.isEmpty, state.ending == nil else { break }
      let event: Event
      switch random.next() % 40 {
      case 0: event = .deliveryFailed
      case 1: event = .delivered(reference: Self.reference.description)
      case 2: event = .draftTooLarge(question: "good-day", keepUnder: Int(random.next() % 3_000))
      case 3: event = .saveFailed
      case 4: event = .resumeFailed(.wrongWord(attemptsLeft: Int(random.next() % 5)))
      default:
        let asked = outputs.reversed().lazy.compactMap { if case .ask(let prompt) = $0 { prompt } else { nil } }.first
        let text = line(&random, answering: asked)
        typed.append(text)
        event = .input(text)
      }
      (state, outputs) = Self.engine.handle(event, state: state)
      problems += check(outputs, state: state, sent: &sent)
      // A front end answers what the engine asked for (a delivery now and then fails).
      let reply: Event?
      if outputs.contains(where: { if case .send = $0 { true } else { false } }) {
        reply = random.next() % 3 == 0 ? .deliveryFailed : .delivered(reference: Self.reference.description)
      } else if outputs.contains(where: { if case .save = $0 { true } else { false } }) {
        reply = .saved(reference: Self.reference.description, until: "1 January 2027")
      } else {
        reply = nil
      }
      if let reply {
        (state, outputs) = Self.engine.handle(reply, state: state)
        problems += check(outputs, state: state, sent: &sent)
      }
    }
    if !problems.isEmpty { problems.append("typed, in order: \(typed.map { String(reflecting: String($0.prefix(80))) }.joined(separator: ", "))") }
    return problems
  }

  func check(_ outputs: [Output], state: EngineState, sent: inout Int) -> [String] {
    var problems: [String] = []
    func shown(_ text: String?, _ what: String) {
      guard let text, let bad = text.unicodeScalars.first(where: { HiddenCharacters.contains($0) && $0 != "\n" }) else { return }
      problems.append("\(what) shows the hidden character U+\(String(bad.value, radix: 16, uppercase: true))")
    }
    for output in outputs {
      switch output {
      case .say(let text): shown(text, "a message")
      case .ask(let prompt):
        shown(prompt.text, "a question"); shown(prompt.hint, "a hint"); shown(prompt.prefill, "a prefilled answer"); shown(prompt.previous, "a previous answer")
      case .send(let record):
        sent += 1
        problems += checkDraft(record)
      default: continue
      }
    }
    // What is saved comes back the same.
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    if let data = try? encoder.encode(state), let back = try? JSONDecoder().decode(EngineState.self, from: data) {
      if (try? encoder.encode(back)) != data { problems.append("a saved state came back different") }
    } else {
      problems.append("the state could not be saved and read back")
    }
    return problems
  }

  /// A draft handed over is one an import reads back unchanged, and no format shows a hidden character.
  func checkDraft(_ record: Record) -> [String] {
    let when = Date(timeIntervalSince1970: 1_796_683_728)
    let draft = Draft(record: record, metadata: DraftMetadata(reference: Self.reference, created: when, sent: when, generator: "fuzz"))
    let data = draft.jsonData()
    guard data.count <= Draft.maximumFileSize else { return [] }  // sds tells the person to shorten an answer (DraftSizeTests)
    var problems: [String] = []
    if let problem = StrictJSON.problem(in: data) { problems.append("the draft is not strict JSON: \(problem)") }
    do {
      if try Draft.read(data) != draft { problems.append("the draft read back differs from the one written") }
    } catch {
      problems.append("the draft written cannot be read: \(error)")
    }
    for format in [ExportFormat.text, .md, .html, .fhir] {
      let text = format.render(draft, timeZone: .gmt)
      if let bad = text.unicodeScalars.first(where: { HiddenCharacters.contains($0) && $0 != "\n" && $0 != "\t" }) {
        problems.append("the \(format) file shows the hidden character U+\(String(bad.value, radix: 16, uppercase: true))")
      }
    }
    return problems
  }
}
