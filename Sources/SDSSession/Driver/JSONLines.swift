import Foundation
import SDSEngine
import SDSHandoff

/// The JSON-lines protocol of `sds session --jsonl`.
public enum JSONLines {
  /// The `text` of an input line, or nil when the line is not a JSON object with a string `text`.
  public static func text(from line: String) -> String? {
    guard let data = line.data(using: .utf8),
          let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
          let text = object["text"] as? String else { return nil }
    return text
  }

  /// A `say` event: something the assistant says.
  public static func say(_ text: String) -> String {
    line([("type", .string("say")), ("text", .string(text))])
  }

  /// An `ask` event: the question waiting, with its choices.
  public static func ask(_ prompt: Prompt) -> String {
    var fields: [(String, JSONValue)] = [
      ("type", .string("ask")), ("id", .string(prompt.id)), ("kind", .string(prompt.kind.rawValue)), ("text", .string(prompt.text)),
    ]
    if prompt.kind == .choice || prompt.kind == .multi || prompt.kind == .yesno || !prompt.choices.isEmpty {
      fields.append(("choices", .array(prompt.choices.map { .object([("key", .string($0.key)), ("id", .string($0.id)), ("label", .string($0.label))]) })))
    }
    fields.append(("optional", .bool(prompt.optional)))
    if let hint = prompt.hint { fields.append(("hint", .string(hint))) }
    if let previous = prompt.previous { fields.append(("previous", .string(previous))) }
    if let prefill = prompt.prefill { fields.append(("prefill", .string(prefill))) }
    if prompt.secret { fields.append(("secret", .bool(true))) }
    return line(fields)
  }

  /// The `end` event: how the conversation ended, its reference and the draft's path.
  public static func end(_ ending: Ending, draftPath: String?) -> String {
    line([
      ("type", .string("end")), ("status", .string(ending.status.rawValue)),
      ("reference", ending.reference.map(JSONValue.string) ?? .null), ("draft", draftPath.map(JSONValue.string) ?? .null),
    ])
  }

  /// An `error` event: a line that could not be read.
  public static func error(_ text: String) -> String {
    line([("type", .string("error")), ("text", .string(text))])
  }

  /// One JSON object on one line, its fields in the order given (so the output is stable and readable).
  public static func line(_ fields: [(String, JSONValue)]) -> String {
    JSONWriter.compact(.object(fields))
  }

  /// One object of string fields, for the commands that list things (`sds packs --json`, `sds faq --list --json`).
  public static func encode(_ fields: [(String, String)]) -> String {
    line(fields.map { ($0.0, .string($0.1)) })
  }

  /// A JSON string literal; every control character and hidden character is escaped (the same
  /// escaping the drafts use).
  public static func quote(_ string: String) -> String { JSONWriter.quote(string) }
}
