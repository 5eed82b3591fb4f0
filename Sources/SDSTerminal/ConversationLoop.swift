import Foundation
import SDSEngine

/// How one conversation at the terminal came to an end.
public enum SessionOutcome: Equatable, Sendable {
  /// The conversation reached an ending of its own: sent, saved, stopped (typed), or finished; or the
  /// person stopped with Ctrl-C after their answers were sent (status `sent`).
  case ended(Ending)
  /// The person pressed Ctrl-C or Ctrl-D and then said yes, they want to stop. Nothing was sent.
  case stopped
  /// Nobody pressed a key for too long. The engine has cleared the answers.
  case timedOut
  /// Staff pressed the staff exit keys.
  case staffExit
  /// The program was asked to stop (SIGTERM).
  case terminated
  /// The terminal went away.
  case hungUp
}

/// Which lines the line editor's history keeps (in memory, for this conversation only).
enum HistoryPolicy: Equatable {
  /// Every line except a memorable word: at home, so the Up arrow brings back earlier answers.
  case everything
  /// Only command words such as "help": at a kiosk, where answers must never be one key away.
  case commandsOnly
}

/// What became of one line the loop asked for.
enum ReadResult: Equatable {
  case line(String)
  case endOfInput
  case interrupt(partial: String)
  case timedOut
  case staffExit
  case terminate
  case hangUp
}

/// Runs one conversation at a line editor: shows what the assistant says, reads answers, asks before
/// stopping on Ctrl-C, warns and then clears when nobody types. It talks to the conversation only through
/// `ConversationDriving`, and to the screen only through the editor.
///
/// What is said between two questions is held back and written when the next line is read, as one block:
/// a block taller than the terminal is then shown a screenful at a time (when `Settings.pages` is on).
final class ConversationLoop<Editor: LineEditing> {
  struct Settings {
    var style: OutputStyle
    /// When to warn and clear while a question waits; nil for never.
    var idle: IdlePolicy?
    var history: HistoryPolicy
    /// Read what the person types aloud as well.
    var speakTyping = false
    /// At home the engine's "your answers have been cleared" is shown on a cleared screen; a kiosk shows
    /// nothing, because it clears the screen and starts again.
    var showTimeoutWords = true
    /// Show a block taller than the terminal a screenful at a time, with a "see more" prompt between.
    /// Off for `--plain`: a screen reader reads a linear transcript, with no pauses.
    var pages = false
    /// Kiosk: when the conversation ends, `run` neither shows nor reads aloud its last words, because the
    /// kiosk clears the screen and shows only `closingWords` (with `showClosingWords()`).
    var clearsAtEnding = false
  }

  let editor: Editor
  let wording: Wording
  let settings: Settings
  let speaker: Speaking?
  /// Seconds on a steady clock.
  let clock: () -> Double
  private(set) var renderer: ScreenRenderer
  /// The last words of the conversation, for the kiosk's screen after it ends.
  private(set) var closingWords = ClosingWords()
  /// True once the person has typed something: a kiosk that times out only then says that someone's
  /// answers were cleared.
  private(set) var someoneTyped = false

  init(editor: Editor, wording: Wording, settings: Settings, speaker: Speaking?, clock: @escaping () -> Double) {
    self.editor = editor
    self.wording = wording
    self.settings = settings
    self.speaker = speaker
    self.clock = clock
    renderer = ScreenRenderer(width: TextWrapper.width(forColumns: editor.columns), style: settings.style)
  }

  var emphasisedPrompt: String { emphasised(">") + " " }

  /// `text` in bold for a readline prompt, when emphasis is on.
  private func emphasised(_ text: String) -> String {
    settings.style == .emphasis
      ? Escape.promptIgnoreStart + Escape.bold + Escape.promptIgnoreEnd + text + Escape.promptIgnoreStart + Escape.reset + Escape.promptIgnoreEnd
      : text
  }

  // MARK: - The conversation

  /// Runs `driver` until the conversation ends. `afterEachTurn` runs after every event the conversation
  /// handles (the executable collects staff messages there).
  func run<D: ConversationDriving>(_ driver: inout D, afterEachTurn: (inout D) -> Void = { _ in }) -> SessionOutcome {
    defer {
      if !settings.clearsAtEnding {
        flushScreen()
        flushSpeech()
      }
    }
    closingWords = ClosingWords()
    unseen = nil
    var outputs = driver.start()
    afterEachTurn(&driver)
    // Said first, so a person listening knows from the start how to change the speed.
    if speaker != nil { say(wording.message("speech-rate-hint")) }
    show(outputs)
    closingWords.note(outputs, sentBefore: false)
    if let ending = outputs.ending { return .ended(ending) }
    var prefill: String?
    // Once the draft is in the drop folder, stopping loses nothing, and the person must not be told otherwise.
    var sent = false
    while true {
      guard let prompt = outputs.lastPrompt ?? driver.currentPrompt else { return .ended(Ending(status: .finished)) }
      if prompt.secret { say(wording.message("terminal-secret-hint"), withQuestion: true) }
      let request = lineRequest(prompt, prefill: prefill ?? prompt.prefill, commandWords: driver.commandWords)
      prefill = nil
      let result = read(request, idle: settings.idle, reshow: prompt)
      switch result {
      case .line(let typed):
        if !typed.trimmingSpaces().isEmpty { someoneTyped = true }
        // A pasted answer can hold line breaks (bracketed paste keeps them from pressing Enter): they are spaces.
        let text = typed.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
        if !prompt.secret {
          if settings.speakTyping { typingSpeech = text.isEmpty ? nil : text }
          if keepsInHistory(text, commandWords: driver.commandWords) { editor.remember(text) }
        }
        // While reading aloud, "faster" and "slower" change the speed and ask the same question again.
        if let speaker, !prompt.secret, let faster = wording.speedChange(text) {
          let changed = speaker.changeRate(faster: faster)
          say(wording.message(changed ? (faster ? "speech-faster" : "speech-slower") : (faster ? "speech-fastest" : "speech-slowest")))
          show([.ask(prompt)], speakIt: true)
          outputs = [.ask(prompt)]
          continue
        }
        outputs = driver.handle(.input(text))
        afterEachTurn(&driver)
        // Kiosk: the moment the draft is sent, the answers leave the screen and its scrollback, before
        // anything else is asked, so nothing of them stays if the person walks away now.
        if settings.clearsAtEnding, outputs.contains(where: { if case .send = $0 { true } else { false } }), outputs.lastPrompt?.id != "send-retry" {
          clearScreen()
        }
        show(outputs)
        closingWords.note(outputs, sentBefore: sent)
        if let ending = outputs.ending { return .ended(ending) }
        if outputs.contains(where: { if case .send = $0 { true } else { false } }), outputs.lastPrompt?.id != "send-retry" { sent = true }
      case .endOfInput, .interrupt:
        var partial = ""
        if case .interrupt(let typed) = result { partial = typed }
        let answer = confirmStop(afterSending: sent)
        if answer == .endOfInput || { if case .line(let text) = answer { wording.isYes(text) } else { false } }() {
          if sent { return .ended(Ending(status: .sent)) }
          let stopped = wording.message("stopped")
          say(stopped)
          closingWords.stopped(stopped)
          return .stopped
        }
        switch answer {
        case .line, .interrupt, .endOfInput:
          say(wording.message("carry-on"))
          if let rest = unseen { pendingBody += rest }
          unseen = nil
          show([.ask(prompt)], speakIt: true)
          outputs = [.ask(prompt)]
          prefill = partial.isEmpty || prompt.secret ? nil : partial
        case .timedOut:
          return timeOut(&driver, afterEachTurn)
        case .staffExit: return .staffExit
        case .terminate: return .terminated
        case .hangUp: return .hungUp
        }
      case .timedOut:
        return timeOut(&driver, afterEachTurn)
      case .staffExit: return .staffExit
      case .terminate: return .terminated
      case .hangUp: return .hungUp
      }
    }
  }

  private func timeOut<D: ConversationDriving>(_ driver: inout D, _ afterEachTurn: (inout D) -> Void) -> SessionOutcome {
    let outputs = driver.handle(.idleTimeout)
    afterEachTurn(&driver)
    editor.forget()
    closingWords = ClosingWords()
    if settings.showTimeoutWords {
      clearScreen()
      show(outputs)
    } else {
      pendingBody = ""
      pendingQuestion = ""
    }
    return .timedOut
  }

  /// Asks whether to stop, after Ctrl-C or Ctrl-D. A yes (or another Ctrl-D) stops; anything else carries on.
  private func confirmStop(afterSending sent: Bool) -> ReadResult {
    say(wording.message(sent ? "interrupt-question-sent" : "interrupt-question"))
    return read(LineRequest(prompt: emphasisedPrompt, plainPrompt: "> "), idle: settings.idle, reshow: nil)
  }

  /// Kiosk, after an ending: clears the screen and its scrollback at once, then shows only the last words
  /// the person still needs (`closingWords`), read aloud with whatever is said next, as one block.
  func showClosingWords() {
    speechQueue = []
    typingSpeech = nil
    clearScreen()
    for block in closingWords.blocks { say(block) }
  }

  private func keepsInHistory(_ line: String, commandWords: [String]) -> Bool {
    guard !line.trimmingSpaces().isEmpty else { return false }
    switch settings.history {
    case .everything: return true
    case .commandsOnly: return Set(commandWords.map(Understanding.normalise)).contains(Understanding.normalise(line))
    }
  }

  func lineRequest(_ prompt: Prompt, prefill: String?, commandWords: [String]) -> LineRequest {
    LineRequest(
      prompt: emphasisedPrompt, plainPrompt: "> ", secret: prompt.secret,
      prefill: prompt.secret ? nil : prefill.map(keepable),
      completions: Completion.candidates(for: prompt, commandWords: commandWords))
  }

  /// Typed text made fit to put back in the line: nothing a terminal could act on, no line breaks.
  private func keepable(_ text: String) -> String {
    ScreenText.sanitise(text).replacingOccurrences(of: "\n", with: " ")
  }

  // MARK: - Reading one line

  /// Reads one line, warning and then clearing when nobody presses a key for too long.
  ///
  /// What was said since the last line is shown first, a screenful at a time when it is taller than the
  /// terminal: each screenful waits for Enter at a "see more" prompt. What is typed there is neither lost
  /// nor taken as an answer: it goes on to the next prompt, and at last to the question's line (a
  /// memorable word, which must not show, is dropped instead). The idle timer runs all the while.
  ///
  /// The warning says "Press Enter to carry on", so an Enter pressed while it shows, with nothing typed
  /// since, only says "carry on": it never answers the question, and a half-typed answer stays in the line, ready
  /// to finish (a memorable word, which is never shown, is typed again). `reshow` is the question shown
  /// again then. Any other key is activity that puts the warning off, and the Enter after it answers as usual.
  /// At a "see more" prompt such an Enter shows the same screenful again, so nothing is skipped.
  func read(_ request: LineRequest, idle policy: IdlePolicy?, reshow: Prompt?) -> ReadResult {
    let result = readLine(request, idle: policy, reshow: reshow)
    switch result {
    case .line, .endOfInput, .interrupt: emit("\n")  // a blank line after the answer, as in the transcript
    case .timedOut, .staffExit, .terminate, .hangUp: break
    }
    return result
  }

  private func readLine(_ request: LineRequest, idle policy: IdlePolicy?, reshow: Prompt?) -> ReadResult {
    var timer = policy.map { IdleTimer(policy: $0, now: clock()) }
    // What was in the line when the warning came. Keys typed in one burst reach readline together, so an
    // Enter is a bare one only when the line is still just this.
    var lineAtWarning: String?
    // What the person has in the line, carried from one screenful's prompt to the next.
    var typed = request.prefill
    var pages = takePages()
    var page = 0
    func present() {
      let more = page < pages.count - 1
      editor.write(pages[page])
      if pages.count > 1 { speakPage(pages[page], more: more) } else { flushSpeech() }
      var line = request
      line.prefill = request.secret ? nil : typed
      if more {
        let (lead, prompt) = moreLines
        if !lead.isEmpty { editor.write(lead) }
        line.prompt = emphasised(prompt) + " "
        line.plainPrompt = prompt + " "
      }
      editor.open(line)
    }
    present()
    while true {
      let wait = timer.map { max(0, $0.nextDeadline - clock()) }
      let event = editor.next(waitingAtMost: wait)
      switch event {
      case .keys:
        timer?.activity(at: clock())
      case .idle:
        while let action = timer?.due(at: clock()) {
          switch action {
          case .warn(let left):
            lineAtWarning = editor.lineText
            interject(wording.message("idle-warning", ["time": wording.duration(seconds: left)]))
          case .remind(let left):
            interject(wording.message("idle-countdown", ["time": wording.duration(seconds: left)]))
          case .wipe:
            editor.close()
            return .timedOut
          }
        }
      case .resized:
        renderer.width = TextWrapper.width(forColumns: editor.columns)
      case .line(let text):
        // A bare Enter since the warning: it puts the warning off and nothing more.
        let bare = timer?.isWarning == true && text == lineAtWarning
        timer?.activity(at: clock())
        if page < pages.count - 1 {
          typed = request.secret || text.isEmpty ? nil : keepable(text)
          if !bare { page += 1 }
          present()
          continue
        }
        if bare {
          emit("\n")
          say(wording.message("carry-on"))
          if let reshow { show([.ask(reshow)], speakIt: true) }
          typed = request.secret || text.isEmpty ? nil : keepable(text)
          pages = takePages()
          page = 0
          present()
          continue
        }
        return .line(text)
      case .endOfInput:
        keepUnseen(pages, from: page)
        return .endOfInput
      case .interrupt(let partial):
        keepUnseen(pages, from: page)
        return .interrupt(partial: partial)
      case .staffExit:
        editor.close()
        return .staffExit
      case .terminate:
        editor.close()
        return .terminate
      case .hangUp:
        editor.close()
        return .hangUp
      }
    }
  }

  /// Keeps the screenfuls from `page` on when Ctrl-C or Ctrl-D comes at a "see more" prompt, so if the
  /// person carries on they still see the rest of what was said (the question is shown again anyway).
  private func keepUnseen(_ pages: [String], from page: Int) {
    guard page < pages.count - 1 else { return }
    var rest = pages[page...].joined()
    if !shownQuestion.isEmpty, rest.hasSuffix(shownQuestion) { rest.removeLast(shownQuestion.count) }
    unseen = rest
  }

  /// The "see more" prompt, wrapped: the lines above the last (with their line breaks), and the last line,
  /// which becomes the line editor's prompt.
  private var moreLines: (lead: String, prompt: String) {
    let lines = TextWrapper.wrap(ScreenText.sanitise(wording.message("terminal-more")), width: renderer.width)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    return (lines.dropLast().map { $0 + "\n" }.joined(), lines.last ?? "")
  }

  /// Takes what is waiting to be shown, cut into screenfuls when it is taller than the terminal.
  private func takePages() -> [String] {
    let text = pendingBody + pendingQuestion
    let questionLines = pendingQuestion.split(separator: "\n", omittingEmptySubsequences: false).count - 1
    shownQuestion = pendingQuestion
    pendingBody = ""
    pendingQuestion = ""
    guard settings.pages, let rows = editor.rows, let columns = editor.columns else { return [text] }
    let moreRows = moreLines.lead.split(separator: "\n").count + 1
    return ScreenPages.split(text, questionLines: max(0, questionLines), rows: rows, columns: columns, moreRows: moreRows)
  }

  // MARK: - Output

  /// Shown at the next line read (or by `flushScreen()`): the text so far, and the question at its end,
  /// which a screenful never splits.
  private var pendingBody = ""
  private var pendingQuestion = ""
  /// The question at the end of what was last taken to be shown.
  private var shownQuestion = ""
  /// What a Ctrl-C or Ctrl-D at a "see more" prompt kept from being seen, shown if the person carries on.
  private var unseen: String?

  /// Adds `text` to what is waiting to be shown.
  private func emit(_ text: String) {
    pendingBody += pendingQuestion + text
    pendingQuestion = ""
  }

  /// Adds a question (and what goes with it) to what is waiting to be shown.
  private func emitQuestion(_ text: String) {
    pendingQuestion += text
  }

  /// Clears the screen and its scrollback; what was waiting to be shown is dropped, as it would be cleared.
  /// `reset` puts back modes a program may have changed first.
  func clearScreen(reset: Bool = false) {
    pendingBody = (reset ? Escape.softReset : "") + Escape.clearScreenAndScrollback
    pendingQuestion = ""
  }

  /// Writes what is waiting to be shown, all at once.
  func flushScreen() {
    let text = pendingBody + pendingQuestion
    pendingBody = ""
    pendingQuestion = ""
    if !text.isEmpty { editor.write(text) }
  }

  /// Shows outputs and reads them aloud.
  func show(_ outputs: [Output], speakIt: Bool = true) {
    followWidth()
    var shown = false
    for output in outputs {
      switch output {
      case .say(let words):
        emit(renderer.block(words))
        shown = true
      case .ask(let prompt):
        emitQuestion(renderer.question(prompt))
        shown = true
      case .send, .save, .resume, .end:
        break
      }
    }
    if shown && speakIt { queueSpeech(PlainTranscript.render(outputs)) }
  }

  /// Shows one block of the front end's own words and reads it aloud. `withQuestion` keeps it with the
  /// question just shown, so that a screenful never splits them.
  func say(_ words: String, withQuestion: Bool = false) {
    guard !words.isEmpty else { return }
    followWidth()
    if withQuestion { emitQuestion(renderer.block(words)) } else { emit(renderer.block(words)) }
    queueSpeech(words)
  }

  /// Wraps to the window as it is now: the width is read again before each block, so text follows a
  /// resize even when the signal that says so has not been seen yet.
  private func followWidth() {
    renderer.width = TextWrapper.width(forColumns: editor.columns)
  }

  private func interject(_ words: String) {
    followWidth()
    editor.interject(renderer.block(words))
    queueSpeech(words)
    flushSpeech()
  }

  // MARK: - Speech

  /// What to read aloud before the next wait for the keyboard.
  private var speechQueue: [String] = []
  /// What the person typed, read first, when they asked for their typing to be read (`--speak-typing`).
  private var typingSpeech: String?

  private func queueSpeech(_ text: String) {
    if speaker != nil, !text.isEmpty { speechQueue.append(text) }
  }

  /// Reads aloud, as one block, everything said since the person last typed. Starting a new block stops
  /// the last one: once the person has answered, the old question need not be finished.
  func flushSpeech() {
    defer {
      speechQueue = []
      typingSpeech = nil
    }
    guard let speaker else { return }
    let block = (typingSpeech.map { [$0] } ?? []) + speechQueue
    guard !block.isEmpty else { return }
    speaker.speak(block.joined(separator: "\n\n"))
  }

  /// When a block is shown a screenful at a time, reads aloud what is on the screen: this screenful, and
  /// the "see more" prompt under it.
  private func speakPage(_ text: String, more: Bool) {
    guard speaker != nil else { return }
    speechQueue = [ScreenText.sanitise(text).trimming("\n")] + (more ? [wording.message("terminal-more")] : [])
    speechQueue.removeAll { $0.isEmpty }
    flushSpeech()
  }
}

extension Array where Element == Output {
  /// The ending, when these outputs end the conversation.
  var ending: Ending? {
    for output in self { if case .end(let ending) = output { return ending } }
    return nil
  }

  /// The last question asked.
  var lastPrompt: Prompt? {
    for output in reversed() { if case .ask(let prompt) = output { return prompt } }
    return nil
  }
}
