import Foundation
import SDSEngine
@testable import SDSHandoff
import Testing
import TestSupport

/// A draft is read from the strict scanner's own tree, and where that cannot be done, by Foundation's
/// decoder: either way it reads the same draft, and a bad draft gets the same quarantine reason.
@Suite struct DraftTreeReadingTests {
  static let golden = folder(of: #filePath) + "/Golden/"
  static let names = ["minimal", "self-full", "carer", "review", "hostile"]

  static func tree(_ data: Data) -> JSONValue? {
    guard case .success(let summary) = StrictJSON.scan(data, keepingTree: true) else { return nil }
    return summary.tree
  }

  @Test(arguments: names)
  func aWholeDraftIsReadFromTheTree(_ name: String) throws {
    let data = try Data(contentsOf: URL(fileURLWithPath: Self.golden + name + ".json"))
    let tree = try #require(Self.tree(data))
    let fromTree = try JSONTreeDecoder.decode(Draft.self, from: tree)
    #expect(fromTree == (try Draft.decodeWithFoundation(data)))
    #expect(fromTree == (try Draft.read(data)))
  }

  /// Every place in a tree: the keys and indexes leading to it.
  enum Step { case key(String), index(Int) }

  static func places(_ value: JSONValue, _ path: [Step] = []) -> [[Step]] {
    switch value {
    case .object(let pairs): return [path] + pairs.flatMap { places($0.1, path + [.key($0.0)]) }
    case .array(let items): return [path] + items.indices.flatMap { places(items[$0], path + [.index($0)]) }
    default: return [path]
    }
  }

  /// `value` with the thing at `path` replaced by `new` (removed when nil).
  static func changing(_ value: JSONValue, _ path: ArraySlice<Step>, to new: JSONValue?) -> JSONValue {
    guard let step = path.first else { return new ?? .null }
    switch (value, step) {
    case (.object(let pairs), .key(let key)):
      if path.count == 1, new == nil { return .object(pairs.filter { $0.0 != key }) }
      return .object(pairs.map { $0.0 == key ? ($0.0, changing($0.1, path.dropFirst(), to: new)) : $0 })
    case (.array(var items), .index(let index)):
      if path.count == 1, new == nil { items.remove(at: index); return .array(items) }
      items[index] = changing(items[index], path.dropFirst(), to: new)
      return .array(items)
    default:
      return value
    }
  }

  @Test func aChangedDraftReadsAsFoundationReadsIt() throws {
    var random = SeededRandom(16)
    let changes: [JSONValue?] = [nil, .null, .double(2.0), .int(3), .int(-1), .string("text"), .string("option-2"),
                                 .string("2026-12-01T10:15:00Z"), .array([]), .object([]), .bool(true), .array([.string("a"), .null])]
    var fromTree = 0, refused = 0
    for name in Self.names {
      let data = try Data(contentsOf: URL(fileURLWithPath: Self.golden + name + ".json"))
      let tree = try #require(Self.tree(data))
      let places = Self.places(tree).filter { path in
        guard case .key(let first)? = path.first else { return false }
        return first != "schema" && first != "reference"
      }
      for _ in 0..<80 {
        let place = places[Int(random.next() % UInt64(places.count))]
        let change = changes[Int(random.next() % UInt64(changes.count))]
        let changed = Data(JSONWriter.pretty(Self.changing(tree, place[...], to: change)).utf8)
        let foundation = Result { () throws(DraftReadProblem) in try Draft.decodeWithFoundation(changed) }
        let read = Result { () throws(DraftReadProblem) in try Draft.read(changed) }
        // What is read, or why not, is what Foundation's decoder says.
        #expect(read == foundation, "\(name): \(place) changed to \(String(describing: change))")
        if let changedTree = Self.tree(changed), let draft = try? JSONTreeDecoder.decode(Draft.self, from: changedTree) {
          fromTree += 1
          #expect(foundation == .success(draft))
        }
        if case .failure = read { refused += 1 }
      }
    }
    // Both ways were tried: drafts read from the tree, and drafts refused.
    #expect(fromTree > 20)
    #expect(refused > 20)
  }
}
