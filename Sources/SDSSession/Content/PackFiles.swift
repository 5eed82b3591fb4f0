import Foundation
import SDSEngine
import SDSPacks

/// Reads pack and language folders: `Content/packs/ID/*.txt` (and `languages/CODE.txt` in them) and
/// `Content/languages/CODE/*.txt`.
public enum PackFiles {
  /// The `*.txt` files directly in `folder`, in name order, with paths shown as in messages.
  public static func textFiles(in folder: String) throws -> [SourceFile] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }.sorted()
    return try names.map { name in
      let path = folder + "/" + name
      return SourceFile(path: ContentLocator.display(path), text: String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self))
    }
  }

  /// The names of the folders in `folder`, sorted; none when it does not exist.
  public static func subfolders(of folder: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { !$0.hasPrefix(".") && ContentLocator.isDirectory(folder + "/" + $0) }.sorted()
  }

  /// The ids of every pack in the content folder.
  public static func packIDs(in content: String) -> [String] { subfolders(of: content + "/packs") }

  /// One pack's files, or nil when it has no folder.
  public static func pack(_ id: String, in content: String) throws -> PackSource? {
    let folder = content + "/packs/" + id
    guard ContentLocator.isDirectory(folder) else { return nil }
    var translations: [String: SourceFile] = [:]
    let languages = folder + "/languages"
    if ContentLocator.isDirectory(languages) {
      for file in try textFiles(in: languages) {
        let name = URL(fileURLWithPath: file.path).deletingPathExtension().lastPathComponent
        translations[name] = file
      }
    }
    return PackSource(id: id, folder: ContentLocator.display(folder), files: try textFiles(in: folder), translations: translations)
  }

  /// One language folder's files, or nil when it has none.
  public static func language(_ code: String, in content: String) throws -> LanguageSource? {
    let folder = content + "/languages/" + code
    guard ContentLocator.isDirectory(folder) else { return nil }
    return LanguageSource(code: code, folder: ContentLocator.display(folder), files: try textFiles(in: folder))
  }

  /// Every pack and language in the content folder.
  public static func everything(in content: String) throws -> (packs: [PackSource], languages: [LanguageSource]) {
    let packs = try packIDs(in: content).compactMap { try pack($0, in: content) }
    let languages = try subfolders(of: content + "/languages").compactMap { try language($0, in: content) }
    return (packs, languages)
  }

  /// Only what one conversation needs: pack `id`, its bases, and the languages they offer. Cheap, so
  /// start-up stays quick.
  public static func forConversation(pack id: String, in content: String) throws -> (packs: [PackSource], languages: [LanguageSource]) {
    var packs: [PackSource] = []
    var next: String? = id
    var seen: Set<String> = []
    while let current = next, seen.insert(current).inserted, let source = try pack(current, in: content) {
      packs.append(source)
      // Only the pack item, to find its base; the whole pack is read once, by the caller.
      next = PackLibrary.settingsOnly([source]).packs[current]?.settings?.base
    }
    let codes = PackLibrary.settingsOnly(packs).summary(id)?.languages ?? []
    let languages = try codes.filter { $0 != PackLibrary.sourceLanguage }.compactMap { try language($0, in: content) }
    return (packs, languages)
  }
}
