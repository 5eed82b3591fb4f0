import Foundation
import SDSEngine

/// Finds and loads the safety listener's files: the content's own `safety/` folder, then each pack's.
public enum SafetyFiles {
  /// The `.txt` files in `folder`, in name order; none when the folder does not exist.
  public static func files(in folder: String) throws -> [SourceFile] {
    guard ContentLocator.isDirectory(folder) else { return [] }
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
    return try names.map { name in
      let path = folder + "/" + name
      let data = try Data(contentsOf: URL(fileURLWithPath: path))
      return SourceFile(path: ContentLocator.display(path), text: String(decoding: data, as: UTF8.self))
    }
  }

  /// Reads the rules of `content` and of `packs` (base first) into `script.safety`, returning every problem.
  public static func load(content: String, packs: [String], into script: inout Script) throws -> [Diagnostic] {
    var files = try files(in: content + "/safety")
    for pack in packs { files += try self.files(in: content + "/packs/" + pack + "/safety") }
    let (rules, problems) = SafetyParser.parse(files)
    script.safety = SafetyListener(rules: rules)
    return problems + SafetyChecker.check(rules, script: script, folder: ContentLocator.display(content + "/safety"))
  }

  /// Every pack folder's id, for checking all the rules at once.
  public static func allPacks(in content: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: content + "/packs")) ?? []).filter { ContentLocator.isDirectory(content + "/packs/" + $0) }.sorted()
  }
}
