import Foundation
import SDSEngine

/// Finds the content folder and reads its conversation files.
public enum ContentLocator {
  /// Where content was looked for, in order, so a failure can say so.
  public static func candidates(option: String?) -> [String] {
    if let option { return [option] }
    if let env = ProcessInfo.processInfo.environment["SDS_CONTENT"], !env.isEmpty { return [env] }
    var list: [String] = []
    // The program's own file: found from PATH (as an installed /usr/bin/sds is), arguments[0] is only "sds".
    let program = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    let binary = URL(fileURLWithPath: program).resolvingSymlinksInPath().deletingLastPathComponent()
    list.append(binary.appendingPathComponent("Content").path)
    list.append(binary.deletingLastPathComponent().appendingPathComponent("share/sds/Content").path)
    // The repository's Content/, from a build folder (.build/release/sds) or from the current folder up.
    var folder = binary
    for _ in 0..<5 {
      folder.deleteLastPathComponent()
      list.append(folder.appendingPathComponent("Content").path)
    }
    var current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    for _ in 0..<4 {
      list.append(current.appendingPathComponent("Content").path)
      current.deleteLastPathComponent()
    }
    var seen = Set<String>()
    return list.filter { seen.insert($0).inserted }
  }

  /// The first candidate that holds a `script` folder, or nil.
  public static func locate(option: String?) -> String? {
    candidates(option: option).first { isDirectory($0 + "/script") }
  }

  /// A message for staff when no content was found.
  public static func notFoundMessage(option: String?) -> String {
    "sds: I could not find the conversation files (a Content folder with a script folder inside). I looked in:\n"
      + candidates(option: option).map { "  " + Console.visible($0) }.joined(separator: "\n")
      + "\nUse --content DIR or set SDS_CONTENT to say where they are."
  }

  /// The conversation files under `folder/script`, in name order, with paths shown relative to how `folder` was given.
  public static func scriptFiles(in folder: String) throws -> [SourceFile] {
    let scriptFolder = folder + "/script"
    let names = try FileManager.default.contentsOfDirectory(atPath: scriptFolder).filter { $0.hasSuffix(".txt") }.sorted()
    return try names.map { name in
      let path = scriptFolder + "/" + name
      let data = try Data(contentsOf: URL(fileURLWithPath: path))
      return SourceFile(path: display(path), text: String(decoding: data, as: UTF8.self))
    }
  }

  /// `path` relative to the current folder when it is inside it.
  public static func display(_ path: String) -> String {
    let current = FileManager.default.currentDirectoryPath + "/"
    let standard = URL(fileURLWithPath: path).standardizedFileURL.path
    return standard.hasPrefix(current) ? String(standard.dropFirst(current.count)) : standard
  }

  /// True when `path` is a folder.
  public static func isDirectory(_ path: String) -> Bool {
    var directory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
  }
}
