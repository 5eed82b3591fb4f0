import Foundation
import SDSEngine
import SDSHandoff

/// The JSON-lines protocol of `sds session --jsonl`.
enum JSONLines {
  /// The `text` of an input line, or nil when the line is not a JSON object with a string `text`.
  static func text(from line: String) -> String? {
    guard let data = line.data(using: .utf8),
          let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
          let text = object["text"] as? String else { return nil }
    return text
  }

  static func say(_ text: String) -> String {
    encode([("type", "say"), ("text", text)])
  }

  static func ask(_ prompt: Prompt) -> String {
    var fields: [(String, Any)] = [("type", "ask"), ("id", prompt.id), ("kind", prompt.kind.rawValue), ("text", prompt.text)]
    if prompt.kind == .choice || prompt.kind == .multi || prompt.kind == .yesno || !prompt.choices.isEmpty {
      fields.append(("choices", prompt.choices.map { [("key", $0.key), ("id", $0.id), ("label", $0.label)] as [(String, Any)] }))
    }
    fields.append(("optional", prompt.optional))
    if let hint = prompt.hint { fields.append(("hint", hint)) }
    if let previous = prompt.previous { fields.append(("previous", previous)) }
    if let prefill = prompt.prefill { fields.append(("prefill", prefill)) }
    if prompt.secret { fields.append(("secret", true)) }
    return encode(fields)
  }

  static func end(_ ending: Ending, draftPath: String?) -> String {
    encode([("type", "end"), ("status", ending.status.rawValue), ("reference", ending.reference as Any), ("draft", draftPath as Any)])
  }

  static func error(_ text: String) -> String {
    encode([("type", "error"), ("text", text)])
  }

  /// Encodes fields in the order given (so the output is stable and readable).
  static func encode(_ fields: [(String, Any)]) -> String {
    "{" + fields.map { quote($0.0) + ":" + value($0.1) }.joined(separator: ",") + "}"
  }

  private static func value(_ any: Any) -> String {
    switch any {
    case let string as String: return quote(string)
    case let bool as Bool: return bool ? "true" : "false"
    case let int as Int: return String(int)
    case let list as [[(String, Any)]]: return "[" + list.map(encode).joined(separator: ",") + "]"
    case let optional as Optional<Any>:
      if case .some(let inner) = optional { return value(inner) }
      return "null"
    }
  }

  /// A JSON string literal; every control character and hidden character is escaped (the same
  /// escaping the drafts use).
  static func quote(_ string: String) -> String { JSONWriter.quote(string) }
}
