/// One answer as the engine stores it, after it has been understood.
public enum AnswerValue: Equatable, Hashable, Sendable {
  /// Free text, exactly as typed (after control characters were removed).
  case text(String)
  /// A yes, no or not sure answer.
  case yesNo(YesNo)
  /// The id of one choice.
  case choice(String)
  /// The ids of several choices, in the order the choices are listed.
  case choices([String])
  /// The items of an "add another" list, in the order given.
  case list([String])
  /// An optional question the person left empty or skipped.
  case notProvided
}

/// The three ways to answer a yes or no question.
public enum YesNo: String, Codable, Equatable, Hashable, Sendable, CaseIterable {
  case yes
  case no
  case notSure = "not-sure"
}

extension AnswerValue: Codable {
  private enum CodingKeys: String, CodingKey { case text, yesNo, choice, choices, list, notProvided }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .text(let value): try container.encode(value, forKey: .text)
    case .yesNo(let value): try container.encode(value, forKey: .yesNo)
    case .choice(let value): try container.encode(value, forKey: .choice)
    case .choices(let value): try container.encode(value, forKey: .choices)
    case .list(let value): try container.encode(value, forKey: .list)
    case .notProvided: try container.encode(true, forKey: .notProvided)
    }
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    if let value = try container.decodeIfPresent(String.self, forKey: .text) {
      self = .text(value)
    } else if let value = try container.decodeIfPresent(YesNo.self, forKey: .yesNo) {
      self = .yesNo(value)
    } else if let value = try container.decodeIfPresent(String.self, forKey: .choice) {
      self = .choice(value)
    } else if let value = try container.decodeIfPresent([String].self, forKey: .choices) {
      self = .choices(value)
    } else if let value = try container.decodeIfPresent([String].self, forKey: .list) {
      self = .list(value)
    } else if container.contains(.notProvided) {
      self = .notProvided
    } else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "An answer needs one of text, yesNo, choice, choices, list or notProvided."))
    }
  }
}
