import Foundation
import SDSEngine

/// A draft support plan: what one person (or their carer) said, laid out for a key worker.
///
/// It is one JSON document with the schema `sds-draft/1` (see `Schema/sds-draft-1.schema.json` and the
/// README). Every field is always present; a question that was not asked or was skipped is `null`
/// (or an empty list). Every raw answer is also kept in `answers`, so nothing is lost when a council's
/// conversation asks something the layout does not know about.
public struct Draft: Codable, Equatable, Sendable {
  /// The schema this type reads and writes.
  public static let schemaID = "sds-draft/1"

  /// Always `sds-draft/1`.
  public var schema: String
  /// The reference the person was given.
  public var reference: Reference
  /// `draft` for a new plan, `review` when the person went down the review route.
  public var status: Status
  /// When the conversation started.
  public var created: Date
  /// When the draft was sent.
  public var sent: Date
  /// The content pack the conversation came from.
  public var pack: Pack
  /// The language of the conversation, as a BCP 47 tag (`en`, `cy`, ...).
  public var language: String
  /// The program that wrote it (`sds 0.1.0`).
  public var generator: String
  /// Flags the conversation raised, most urgent first (`feels-unsafe`, `carer-needs-support`, ...).
  public var flags: [String]
  /// Who filled it in.
  public var completedBy: CompletedBy
  /// The person the plan is for.
  public var person: Person
  /// What matters to them.
  public var whatMatters: WhatMatters
  /// My Outcomes: one per outcome area they chose, in the order chosen.
  public var outcomes: [Outcome]
  /// What they are good at, and the people and places that help.
  public var strengths: Strengths
  /// Feeling safe.
  public var safety: Safety
  /// What the people who help do, and whether they need support of their own.
  public var carer: CarerNeeds
  /// The four areas of a support plan, and what must not change.
  public var support: Support
  /// The way of taking a budget they lean towards.
  public var option: OptionChoice
  /// Questions they want to ask the key worker.
  public var questions: [String]
  /// The review route's answers (all null for a new plan).
  public var review: Review
  /// Every answer on the path they took, in the order asked.
  public var answers: [Answer]

  /// `draft` or `review`.
  public enum Status: String, Codable, Sendable, CaseIterable {
    case draft
    case review
  }

  /// A content pack's id and version.
  public struct Pack: Codable, Equatable, Sendable {
    /// The pack id, such as `uk` (the neutral default) or a council's own.
    public var id: String
    /// The pack's version.
    public var version: String

    /// Makes a pack description.
    public init(id: String, version: String) {
      self.id = id
      self.version = version
    }

    /// The neutral UK content that ships with SDS Companion.
    public static let neutral = Pack(id: "uk", version: "1")
  }

  /// Who filled in the conversation.
  public struct CompletedBy: Codable, Equatable, Sendable {
    /// `self`, `carer` or `other`.
    public var role: Role
    /// The carer's relationship to the person, in their words ("my mum").
    public var relationship: String?
    /// The carer's own name.
    public var carerName: String?
    /// Whether the person knows about this and agrees.
    public var personAgrees: YesNo?
    /// Whether the person can make their own decisions.
    public var personDecides: YesNo?
    /// The carer's legal authority: `power-of-attorney`, `guardianship`, `neither` or `not-sure`.
    public var legalAuthority: String?
    /// The carer's own phone number or email, in their words; null when not given or not asked.
    public var carerContact: String?

    /// Who filled it in.
    public enum Role: String, Codable, Sendable, CaseIterable {
      case `self`
      case carer
      case other
    }
  }

  /// The person the plan is for.
  public struct Person: Codable, Equatable, Sendable {
    /// The name they like to be called.
    public var preferredName: String?
    /// How to contact them.
    public var contact: Contact
    /// Communication needs.
    public var communication: String?
    /// Preferred language, in their words.
    public var language: String?
    /// Who helps them make decisions.
    public var decisionHelp: String?

    /// How to contact the person.
    public struct Contact: Codable, Equatable, Sendable {
      /// `phone`, `email`, `letter` or `through-carer`.
      public var method: String?
      public var phone: String?
      public var email: String?
      public var address: String?
      /// Planning for themselves "through a carer or family member": who that is, in their words.
      public var throughName: String?
      /// That person's phone number or email, in their words.
      public var throughDetails: String?
    }
  }

  /// What matters to the person, in their words.
  public struct WhatMatters: Codable, Equatable, Sendable {
    public var goodDay: String?
    public var badDay: String?
    public var mostImportant: String?
    public var working: String?
    public var notWorking: String?
  }

  /// One outcome: what they want to achieve in one area of life.
  public struct Outcome: Codable, Equatable, Sendable {
    /// The outcome area id (`home-life`, `feeling-safe`, ...).
    public var area: String
    /// The area's name as the person saw it.
    public var label: String?
    /// What they want to achieve, exactly as they said it.
    public var inTheirWords: String?
    /// What is working now.
    public var working: String?
    /// What is not working.
    public var notWorking: String?
    /// What they can do themselves.
    public var canDo: String?
    /// Who helps.
    public var whoHelps: String?
  }

  /// Strengths, each list in the person's words.
  public struct Strengths: Codable, Equatable, Sendable {
    /// Things they are good at or enjoy.
    public var goodAt: [String]
    /// Family and friends who help, and what they do.
    public var people: [String]
    /// Groups, places and services they use.
    public var community: [String]
  }

  /// Feeling safe.
  public struct Safety: Codable, Equatable, Sendable {
    public var safeAtHome: YesNo?
    public var safeOut: YesNo?
    public var worries: String?
    public var whatWouldHelp: String?
    /// What the safety listener heard, at any question, in the person's own words. A later "yes, I
    /// feel safe" never takes one away.
    public var disclosures: [Disclosure]

    /// Makes the safety part of a draft.
    public init(safeAtHome: YesNo?, safeOut: YesNo?, worries: String?, whatWouldHelp: String?, disclosures: [Disclosure] = []) {
      self.safeAtHome = safeAtHome
      self.safeOut = safeOut
      self.worries = worries
      self.whatWouldHelp = whatWouldHelp
      self.disclosures = disclosures
    }

    private enum CodingKeys: String, CodingKey {
      case safeAtHome, safeOut, worries, whatWouldHelp, disclosures
    }

    /// Reads the safety part; drafts written before disclosures were heard have none.
    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      safeAtHome = try container.decodeIfPresent(YesNo.self, forKey: .safeAtHome)
      safeOut = try container.decodeIfPresent(YesNo.self, forKey: .safeOut)
      worries = try container.decodeIfPresent(String.self, forKey: .worries)
      whatWouldHelp = try container.decodeIfPresent(String.self, forKey: .whatWouldHelp)
      disclosures = try container.decodeIfPresent([Disclosure].self, forKey: .disclosures) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(safeAtHome, forKey: .safeAtHome)
      try container.encode(safeOut, forKey: .safeOut)
      try container.encode(worries, forKey: .worries)
      try container.encode(whatWouldHelp, forKey: .whatWouldHelp)
      try container.encode(disclosures, forKey: .disclosures)
    }
  }

  /// Something the person typed that may mean they, or someone they help, are not safe.
  public struct Disclosure: Codable, Equatable, Sendable {
    /// The id of the question it was typed at (`faq` for a question to the common questions).
    public var question: String
    /// Exactly what they typed.
    public var words: String
    /// The kind of harm heard: `self-harm`, `danger`, `physical`, `sexual`, `domestic`, `psychological`,
    /// `financial`, `exploitation`, `discriminatory`, `organisational`, `neglect` or `self-neglect`.
    public var kind: String
    /// The language of the conversation when it was typed.
    public var language: String
  }

  /// What the people who help do, and their own needs.
  public struct CarerNeeds: Codable, Equatable, Sendable {
    public var whatTheyDo: String?
    public var gettingHarder: YesNo?
    /// Whether the carer would like support of their own (a carer's assessment or adult carer support plan).
    public var wantsSupport: YesNo?
  }

  /// The four areas of a support plan, in the person's words.
  public struct Support: Codable, Equatable, Sendable {
    /// How the support could be designed.
    public var designed: String?
    /// How it could be provided.
    public var provided: String?
    /// Who could provide it.
    public var who: String?
    /// What it should achieve.
    public var achieve: String?
    /// Times of day that matter.
    public var times: String?
    /// Things that must not change.
    public var mustNotChange: String?
  }

  /// The way of taking a budget they lean towards.
  ///
  /// `answer` means the same in every nation; `label` is the pack's own words, as the person saw them.
  public struct OptionChoice: Codable, Equatable, Sendable {
    /// The way's number in Scotland's numbering (Options 1 to 4 of the 2013 Act, which Northern Ireland
    /// shares), or null when they were not sure or not asked. Kept for older readers: use `answer`.
    public var preferred: Int?
    /// What they lean towards, the same in every nation: one of `Draft.OptionChoice.answers`
    /// (`direct-payment`, `directed`, `council-arranged`, `mix`, `not-sure`); null when not asked.
    public var answer: String?
    /// The choice as the person saw it, in the pack's words.
    public var label: String?

    /// Every value `answer` can have, in the order a key worker reads them.
    public static let answers = ["direct-payment", "directed", "council-arranged", "mix", "not-sure"]

    /// The pack-independent answer for a choice id of the `options` list: `option-1` is a direct
    /// payment; `option-2` is the person choosing while someone else holds and arranges the money
    /// (Scotland's Option 2, an individual service fund, Northern Ireland's managed budget);
    /// `option-3` is support the council or Trust arranges; `option-4` a mix. A value already in
    /// `answers` is kept, so drafts written either way read the same.
    public static func answer(forChoice id: String?) -> String? {
      guard let id else { return nil }
      switch id {
      case "option-1": return "direct-payment"
      case "option-2": return "directed"
      case "option-3": return "council-arranged"
      case "option-4": return "mix"
      default: return answers.contains(id) ? id : nil
      }
    }

    /// The number in Scotland's numbering for a pack-independent answer, or nil.
    public static func number(forAnswer answer: String?) -> Int? {
      guard let answer, let index = answers.firstIndex(of: answer), index < 4 else { return nil }
      return index + 1
    }

    /// Words for a key worker: "direct payment", "chosen by them, arranged by someone else" ...
    public static func words(forAnswer answer: String?) -> String {
      switch answer {
      case "direct-payment": "a direct payment"
      case "directed": "they choose, someone else holds the money and arranges it"
      case "council-arranged": "the council or Trust arranges it"
      case "mix": "a mix"
      case "not-sure": "not sure yet"
      default: "not asked"
      }
    }

    /// Makes an option choice.
    public init(preferred: Int?, answer: String?, label: String?) {
      self.preferred = preferred
      self.answer = answer
      self.label = label
    }

    /// Reads one, taking the older form of `answer` (the choice id, `option-1` ...) as its meaning.
    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      preferred = try container.decodeIfPresent(Int.self, forKey: .preferred)
      let written = try container.decodeIfPresent(String.self, forKey: .answer)
      answer = Self.answer(forChoice: written) ?? written
      label = try container.decodeIfPresent(String.self, forKey: .label)
    }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encodeIfPresent(preferred, forKey: .preferred)
      try container.encodeIfPresent(answer, forKey: .answer)
      try container.encodeIfPresent(label, forKey: .label)
    }

    private enum CodingKeys: String, CodingKey { case preferred, answer, label }
  }

  /// The review route's answers.
  public struct Review: Codable, Equatable, Sendable {
    public var howGoing: String?
    public var changed: String?
    public var outcomesMet: String?
    public var optionSuits: YesNo?
    /// The option they have now, 1 to 4, or null.
    public var currentOption: Int?
  }

  /// One raw answer, exactly as the conversation recorded it.
  public struct Answer: Codable, Equatable, Sendable {
    /// The question id (with the item id after a dot inside a "for each" block).
    public var question: String
    /// The record name the conversation stored it under, or null.
    public var store: String?
    /// The section of the conversation that asked it.
    public var section: String
    /// The short label used when answers are read back.
    public var label: String
    /// The question as the person saw it.
    public var prompt: String
    /// The answer.
    public var value: AnswerValue
    /// The answer in words, as read back to the person.
    public var display: String
    /// The person's other words that came with the answer, exactly as typed ("yes please, I need a
    /// break" keeps "I need a break" beside the value yes); nil when there were none.
    public var note: String?

    private enum CodingKeys: String, CodingKey { case question, store, section, label, prompt, kind, value, display, note }

    /// Makes an answer.
    public init(question: String, store: String?, section: String, label: String, prompt: String, value: AnswerValue, display: String, note: String? = nil) {
      self.question = question
      self.store = store
      self.section = section
      self.label = label
      self.prompt = prompt
      self.value = value
      self.display = display
      self.note = note
    }

    /// The answer's kind as written in the JSON: `text`, `yesno`, `choice`, `choices`, `list` or `not-provided`.
    public var kind: String {
      switch value {
      case .text: return "text"
      case .yesNo: return "yesno"
      case .choice: return "choice"
      case .choices: return "choices"
      case .list: return "list"
      case .notProvided: return "not-provided"
      }
    }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(question, forKey: .question)
      try container.encodeIfPresent(store, forKey: .store)
      try container.encode(section, forKey: .section)
      try container.encode(label, forKey: .label)
      try container.encode(prompt, forKey: .prompt)
      try container.encode(kind, forKey: .kind)
      switch value {
      case .text(let text): try container.encode(text, forKey: .value)
      case .yesNo(let answer): try container.encode(answer.rawValue, forKey: .value)
      case .choice(let id): try container.encode(id, forKey: .value)
      case .choices(let ids): try container.encode(ids, forKey: .value)
      case .list(let items): try container.encode(items, forKey: .value)
      case .notProvided: try container.encodeNil(forKey: .value)
      }
      try container.encode(display, forKey: .display)
      try container.encodeIfPresent(note, forKey: .note)
    }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      question = try container.decode(String.self, forKey: .question)
      store = try container.decodeIfPresent(String.self, forKey: .store)
      section = try container.decode(String.self, forKey: .section)
      label = try container.decode(String.self, forKey: .label)
      prompt = try container.decode(String.self, forKey: .prompt)
      display = try container.decode(String.self, forKey: .display)
      note = try container.decodeIfPresent(String.self, forKey: .note)
      let kind = try container.decode(String.self, forKey: .kind)
      switch kind {
      case "text": value = .text(try container.decode(String.self, forKey: .value))
      case "yesno":
        let raw = try container.decode(String.self, forKey: .value)
        guard let answer = YesNo(rawValue: raw) else {
          throw DecodingError.dataCorruptedError(forKey: .value, in: container, debugDescription: "A yesno answer is yes, no or not-sure, not \(raw).")
        }
        value = .yesNo(answer)
      case "choice": value = .choice(try container.decode(String.self, forKey: .value))
      case "choices": value = .choices(try container.decode([String].self, forKey: .value))
      case "list": value = .list(try container.decode([String].self, forKey: .value))
      case "not-provided": value = .notProvided
      default:
        throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription: "Unknown answer kind \(kind).")
      }
    }
  }
}
