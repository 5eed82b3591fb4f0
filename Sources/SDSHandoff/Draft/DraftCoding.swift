import Foundation

extension Draft {
  /// The largest draft file an importer reads: 1 MiB. A real draft is a few tens of kilobytes.
  public static let maximumFileSize = 1 << 20

  /// The draft as JSON text, fields in schema order.
  public func jsonText() -> String {
    // The draft's own types always encode; a failure here is a programming mistake.
    let value = (try? OrderedJSONEncoder().encode(self)) ?? .null
    return JSONWriter.pretty(value)
  }

  /// The draft as the bytes of a `.json` file.
  public func jsonData() -> Data { Data(jsonText().utf8) }

  /// Reads a draft file strictly: valid UTF-8 JSON, the `sds-draft/1` schema, and every field the right type.
  public static func read(_ data: Data) throws(DraftReadProblem) -> Draft {
    guard data.count <= maximumFileSize else { throw .tooLarge(bytes: data.count) }
    // One strict pass (a key given twice, half a surrogate pair or a number out of range is refused)
    // that also finds the schema; the decoder then reads the fields.
    guard String(validating: data, as: UTF8.self) != nil else { throw .notJSON }
    let summary: StrictJSON.Summary
    switch StrictJSON.scan(data, keepingTree: true) {
    case .success(let found): summary = found
    case .failure(let failure) where failure.grammar: throw .notJSON
    case .failure(let failure): throw .notStrictJSON(failure.reason)
    }
    guard summary.isObject else { throw .notJSON }
    guard let schema = summary.schema else { throw .unknownSchema(nil) }
    guard schema == schemaID else { throw .unknownSchema(schema) }
    // The fields are read from the scan's own tree. Anything that cannot be read from it is read again
    // by Foundation's decoder, which decides, so a bad field is described in its words.
    if let tree = summary.tree, let draft = try? JSONTreeDecoder.decode(Draft.self, from: tree) { return draft }
    return try decodeWithFoundation(data)
  }

  /// Reads the fields of a draft already checked to be strict `sds-draft/1` JSON, with Foundation's decoder.
  static func decodeWithFoundation(_ data: Data) throws(DraftReadProblem) -> Draft {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .custom { decoder in
      let container = try decoder.singleValueContainer()
      let text = try container.decode(String.self)
      guard let date = ISO8601.date(text) else {
        throw DecodingError.dataCorruptedError(in: container, debugDescription: "\(text) is not an ISO 8601 time.")
      }
      return date
    }
    do {
      return try decoder.decode(Draft.self, from: data)
    } catch let error as DecodingError {
      throw .wrongFields(describe(error))
    } catch {
      throw .wrongFields(String(describing: error))
    }
  }

  private static func describe(_ error: DecodingError) -> String {
    func path(_ keys: [any CodingKey]) -> String {
      keys.isEmpty ? "the top level" : keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
    }
    switch error {
    case .keyNotFound(let key, let context): return "\(path(context.codingPath + [key])) is missing"
    case .typeMismatch(_, let context): return "\(path(context.codingPath)) has the wrong type"
    case .valueNotFound(_, let context): return "\(path(context.codingPath)) is null but must have a value"
    case .dataCorrupted(let context): return "\(path(context.codingPath)): \(context.debugDescription)"
    @unknown default: return "it does not match the schema"
    }
  }
}

/// Why a file in the drop folder is not a draft that can be imported.
public enum DraftReadProblem: Error, Equatable, Sendable, CustomStringConvertible {
  /// It is a folder, a link, a device or anything but an ordinary file.
  case notRegularFile(kind: String)
  /// It is larger than `Draft.maximumFileSize`.
  case tooLarge(bytes: Int)
  /// It is not valid JSON (or not a JSON object).
  case notJSON
  /// It is JSON that readers could read differently (a key given twice, half a surrogate pair, a
  /// number out of range), or nests too deep: why, in words.
  case notStrictJSON(String)
  /// Its `schema` is missing or is not `sds-draft/1`.
  case unknownSchema(String?)
  /// It says `sds-draft/1` but a field is missing or has the wrong type.
  case wrongFields(String)
  /// Its file name is not a reference followed by `.json` or `.cms`.
  case unexpectedName
  /// The reference inside is not the one in its file name.
  case referenceMismatch(inside: String)
  /// A different draft with the same reference was imported before.
  case duplicate
  /// It could not be read (the reason from the system).
  case unreadable(String)
  /// A sending program stopped while writing it, long ago (a leftover in `tmp/`).
  case abandoned
  /// It is encrypted to the council, and no key was given to open it. It is left where it is.
  case needsKey
  /// It is encrypted, but the key given does not open it (another key, or the file was changed).
  /// It is left where it is.
  case notForThisKey
  /// Its name says it is encrypted, but it is not an encrypted draft.
  case notSealed

  /// True for problems with the key, not the file: such a file is left where it is, never quarantined.
  public var isAboutTheKey: Bool { self == .needsKey || self == .notForThisKey }

  public var description: String {
    switch self {
    case .notRegularFile(let kind): return "it is not an ordinary file (it is \(kind))"
    case .tooLarge(let bytes): return "it is larger than 1 MiB (\(bytes) bytes)"
    case .notJSON: return "it is not valid JSON"
    case .notStrictJSON(let reason): return reason
    case .unknownSchema(let schema?): return "its schema is \"\(InertText.short(schema, limit: 40))\", which this version of sds does not know (it reads \(Draft.schemaID))"
    case .unknownSchema(nil): return "it has no schema field, so it is not an SDS Companion draft"
    case .wrongFields(let detail): return "it does not match the \(Draft.schemaID) schema: \(InertText.short(detail, limit: 200))"
    case .unexpectedName: return "its name is not a draft reference followed by .json or .cms"
    case .referenceMismatch(let inside): return "the reference inside (\(InertText.short(inside, limit: 20))) is not the one in its name"
    case .duplicate: return "a different draft with the same reference was imported before (it is in cur/)"
    case .unreadable(let reason): return "it could not be read: \(reason)"
    case .abandoned: return "a sending program stopped while writing it more than 36 hours ago, so it was never sent"
    case .needsKey: return "it is encrypted to the council; give the council's private key with --key FILE (or SDS_KEY) to read it"
    case .notForThisKey: return "it is encrypted, but the key given does not open it (it may be for another key, or the file was changed)"
    case .notSealed: return "its name ends .cms, but it is not an encrypted draft"
    }
  }
}
