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
  }

  let editor: Editor
  let wording: Wording
  let settings: Settings
  let speaker: Speaking?
  /// Seconds on a steady clock.
  let clock: () -> Double
  private(set) var renderer: ScreenRenderer

  init(editor: Editor, wording: Wording, settings: Settings, speaker: Speaking?, clock: @escaping () -> Double) {
    self.editor = editor
    self.wording = wording
    self.settings = settings
    self.speaker = speaker
    self.clock = clock
    renderer = ScreenRenderer(width: TextWrapper.width(forColumns: editor.columns), style: settings.style)
  }

  var emphasisedPrompt: String {
    settings.style == .emphasis
      ? Escape.promptIgnoreStart + Escape.bold + Escape.promptIgnoreEnd + ">" + Escape.promptIgnoreStart + Escape.reset + Escape.promptIgnoreEnd + " "
      : "> "
  }

  // MARK: - The conversation

  /// Runs `driver` until the conversation ends. `afterEachTurn` runs after every event the conversation
  /// handles (the executable collects staff messages there).
  func run<D: ConversationDriving>(_ driver: inout D, afterEachTurn: (inout D) -> Void = { _ in }) -> SessionOutcome {
    defer { flushSpeech() }
    var outputs = driver.start()
    afterEachTurn(&driver)
    show(outputs)
    if let ending = outputs.ending { return .ended(ending) }
    var prefill: String?
    // Once the draft is in the drop folder, stopping loses nothing, and the person must not be told otherwise.
    var sent = false
    while true {
      guard let prompt = outputs.lastPrompt ?? driver.currentPrompt else { return .ended(Ending(status: .finished)) }
      if prompt.secret { say(wording.message("terminal-secret-hint")) }
      let request = lineRequest(prompt, prefill: prefill ?? prompt.prefill, commandWords: driver.commandWords)
      prefill = nil
      let result = read(request, idle: settings.idle, reshow: prompt)
      switch result {
      case .line(let typed):
        // A pasted answer can hold line breaks (bracketed paste keeps them from pressing Enter): they are spaces.
        let text = typed.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
        if !prompt.secret {
          if settings.speakTyping { queueSpeech(text) }
          if keepsInHistory(text, commandWords: driver.commandWords) { editor.remember(text) }
        }
        outputs = driver.handle(.input(text))
        afterEachTurn(&driver)
        show(outputs)
        if let ending = outputs.ending { return .ended(ending) }
        if outputs.contains(where: { if case .send = $0 { true } else { false } }), outputs.lastPrompt?.id != "send-retry" { sent = true }
      case .endOfInput, .interrupt:
        var partial = ""
        if case .interrupt(let typed) = result { partial = typed }
        let answer = confirmStop(afterSending: sent)
        if answer == .endOfInput || { if case .line(let text) = answer { wording.isYes(text) } else { false } }() {
          if sent { return .ended(Ending(status: .sent)) }
          say(wording.message("stopped"))
          return .stopped
        }
        switch answer {
        case .line, .interrupt, .endOfInput:
          say(wording.message("carry-on"))
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
    if settings.showTimeoutWords {
      editor.write(Escape.clearScreenAndScrollback)
      show(outputs)
    }
    return .timedOut
  }

  /// Asks whether to stop, after Ctrl-C or Ctrl-D. A yes (or another Ctrl-D) stops; anything else carries on.
  private func confirmStop(afterSending sent: Bool) -> ReadResult {
    say(wording.message(sent ? "interrupt-question-sent" : "interrupt-question"))
    return read(LineRequest(prompt: emphasisedPrompt, plainPrompt: "> "), idle: settings.idle, reshow: nil)
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
      prefill: prompt.secret ? nil : prefill.map { ScreenText.sanitise($0).replacingOccurrences(of: "\n", with: " ") },
      completions: Completion.candidates(for: prompt, commandWords: commandWords))
  }

  // MARK: - Reading one line

  /// Reads one line, warning and then clearing when nobody presses a key for too long.
  ///
  /// The warning says "Press Enter to carry on", so an Enter pressed while it shows, with nothing typed
  /// since, only says "carry on": it never answers the question, and a half-typed answer stays in the line, ready
  /// to finish (a memorable word, which is never shown, is typed again). `reshow` is the question shown
  /// again then. Any other key is activity that puts the warning off, and the Enter after it answers as usual.
  func read(_ request: LineRequest, idle policy: IdlePolicy?, reshow: Prompt?) -> ReadResult {
    let result = readLine(request, idle: policy, reshow: reshow)
    switch result {
    case .line, .endOfInput, .interrupt: editor.write("\n")  // a blank line after the answer, as in the transcript
    case .timedOut, .staffExit, .terminate, .hangUp: break
    }
    return result
  }

  private func readLine(_ request: LineRequest, idle policy: IdlePolicy?, reshow: Prompt?) -> ReadResult {
    flushSpeech()
    editor.open(request)
    var timer = policy.map { IdleTimer(policy: $0, now: clock()) }
    // What was in the line when the warning came. Keys typed in one burst reach readline together, so an
    // Enter is a bare one only when the line is still just this.
    var lineAtWarning: String?
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
        if timer?.isWarning == true, text == lineAtWarning {
          // A bare Enter since the warning: it puts the warning off and nothing more.
          timer?.activity(at: clock())
          editor.write("\n")
          say(wording.message("carry-on"))
          if let reshow { show([.ask(reshow)], speakIt: true) }
          flushSpeech()
          var again = request
          if !request.secret {
            let kept = ScreenText.sanitise(text).replacingOccurrences(of: "\n", with: " ")
            again.prefill = kept.isEmpty ? nil : kept
          }
          editor.open(again)
          continue
        }
        return .line(text)
      case .endOfInput: return .endOfInput
      case .interrupt(let partial): return .interrupt(partial: partial)
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

  // MARK: - Output

  /// Shows outputs and reads them aloud.
  func show(_ outputs: [Output], speakIt: Bool = true) {
    followWidth()
    let text = renderer.render(outputs)
    guard !text.isEmpty else { return }
    editor.write(text)
    if speakIt { queueSpeech(PlainTranscript.render(outputs)) }
  }

  /// Shows one block of the front end's own words and reads it aloud.
  func say(_ words: String) {
    guard !words.isEmpty else { return }
    followWidth()
    editor.write(renderer.block(words))
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

  private func queueSpeech(_ text: String) {
    if speaker != nil, !text.isEmpty { speechQueue.append(text) }
  }

  /// Reads aloud, as one block, everything said since the person last typed. Starting a new block stops
  /// the last one: once the person has answered, the old question need not be finished.
  func flushSpeech() {
    guard let speaker, !speechQueue.isEmpty else { return }
    speaker.speak(speechQueue.joined(separator: "\n\n"))
    speechQueue = []
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
