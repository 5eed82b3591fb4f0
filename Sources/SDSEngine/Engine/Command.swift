/// A word a person can type at any question to do something other than answer it (`help`, `back`,
/// `stop` ...).
///
/// This is the one list of commands. Each command's words come from the content: the word list named
/// by `wordList` (`help: help, help me, what can i type`), except for topics, whose words are on each
/// topic, and `language`, which also takes the words of every language offered. The order of the cases
/// is the order they are tried in, so a word on two lists does what the first says.
public enum Command: CaseIterable, Sendable {
  /// Lists the languages (only when more than one is offered).
  case language
  /// Says the question's help, then the words that work at any question.
  case help
  /// Says why the question is asked.
  case why
  /// Says the last reply again.
  case `repeat`
  /// Asks whether to stop, and then forgets everything.
  case stop
  /// Asks whether to start again.
  case startAgain
  /// Keeps the answers for later under a memorable word.
  case save
  /// Carries on a saved conversation (only before the first answer).
  case resume
  /// Lists the common questions (only with an FAQ library).
  case faq
  /// Says a topic of the script (`topic` words: where to get help, what a word means).
  case topic
  /// Reads back the answers so far.
  case summary
  /// Goes back to the question before.
  case back
  /// Leaves out a question that can be left out.
  case skip
  /// `change 3`: answers question 3 of the read-back again.
  case change

  /// The content's word list that holds this command's words; nil for `topic`, whose words are on each
  /// topic.
  public var wordList: String? {
    switch self {
    case .language: "language"
    case .help: "help"
    case .why: "why"
    case .repeat: "repeat"
    case .stop: "stop"
    case .startAgain: "start-again"
    case .save: "save"
    case .resume: "resume"
    case .faq: "faq"
    case .topic: nil
    case .summary: "summary"
    case .back: "back"
    case .skip: "skip"
    case .change: "change"
    }
  }

  /// Whether every script must have this command's word list (`sds check` reports one that is missing).
  /// A script without `language` words uses the word `language`.
  var isRequired: Bool { self != .language && wordList != nil }
}

extension Engine {
  /// The words that call `command` in this engine's script.
  func words(for command: Command) -> [String] {
    switch command {
    case .language: languages.isOffered ? languageWords : []
    case .topic: script.topics.flatMap(\.words)
    default: command.wordList.flatMap { script.words[$0] } ?? []
    }
  }

  /// The first command in `Command.allCases` that the words `words` (already normalised) call and that
  /// this engine can do; nil when they are not a command.
  func command(for words: String) -> Command? {
    Command.allCases.first { command in
      switch command {
      case .language: languages.isOffered && languageWords.contains(words)
      case .faq: faq != nil && isWord(words, "faq")
      case .topic: script.topics.contains { $0.words.contains(words) }
      case .change:
        // "change 3", or "change" alone.
        words.split(separator: " ").first.map { isWord(String($0), "change") } == true && words.split(separator: " ").count <= 2
      default: command.wordList.map { isWord(words, $0) } ?? false
      }
    }
  }
}
