import Foundation
import SDSEngine
import SDSPacks
import TestSupport

/// A content folder written as one text file, for tests: `=== path` starts each file. The script is
/// the demo fixture's unless the bundle has `script/` files of its own (the demo's 00-system.txt is
/// always used). In a translation file, `ID @hash` is replaced by the id and the code of its English,
/// so fixtures stay right when the English changes.
struct Bundle {
  static let demo = repositoryRoot() + "/Tests/SDSEngineTests/Fixtures/demo"

  var scriptFiles: [SourceFile]
  var files: [String: String]
  /// `# expect path:line:col CODE` lines.
  var expected: Set<String>

  init(text: String) throws {
    var files: [String: String] = [:]
    var order: [String] = []
    var current: String?
    var expected: Set<String> = []
    for line in text.components(separatedBy: "\n") {
      if line.hasPrefix("=== ") {
        current = String(line.dropFirst(4))
        order.append(current!)
        files[current!] = ""
        continue
      }
      guard let file = current else {
        if line.hasPrefix("# expect ") { expected.insert(String(line.dropFirst("# expect ".count))) }
        continue
      }
      files[file, default: ""] += line + "\n"
    }
    for (path, body) in files where body.hasPrefix("@copy ") {
      let source = body.dropFirst("@copy ".count).trimmingCharacters(in: .whitespacesAndNewlines)
      files[path] = try String(contentsOfFile: repositoryRoot() + "/" + source, encoding: .utf8)
    }
    if files["packs/uk/pack.txt"] == nil, !text.contains("# no uk pack") {
      files["packs/uk/pack.txt"] = "pack\n  name: Neutral\n  version: 1\n  nation: uk\n"
    }
    let system = SourceFile(path: "script/00-system.txt", text: try String(contentsOfFile: Self.demo + "/script/00-system.txt", encoding: .utf8))
    let own = order.filter { $0.hasPrefix("script/") }.map { SourceFile(path: $0, text: files[$0] ?? "") }
    let demo = SourceFile(path: "script/10-demo.txt", text: try String(contentsOfFile: Self.demo + "/script/10-demo.txt", encoding: .utf8))
    scriptFiles = [system] + (own.isEmpty ? [demo] : own)
    self.files = files
    self.expected = expected
  }

  static func named(_ name: String) throws -> Bundle {
    try Bundle(text: String(contentsOfFile: folder(of: #filePath) + "/Broken/" + name, encoding: .utf8))
  }

  /// The sources, with `@hash` left out (first pass) or filled in from `library`.
  func sources(hashesFrom library: PackLibrary?, script: Script) -> (packs: [PackSource], languages: [LanguageSource]) {
    var packs: [String: PackSource] = [:]
    var languages: [String: LanguageSource] = [:]
    for path in files.keys.sorted() {
      let parts = path.split(separator: "/").map(String.init)
      guard parts.count >= 3 else { continue }
      if parts[0] == "packs" {
        let id = parts[1]
        var source = packs[id] ?? PackSource(id: id, folder: "packs/" + id, files: [])
        if parts.count == 4, parts[2] == "languages" {
          let code = String(parts[3].dropLast(4))
          let english = library.map { $0.english(script, pack: id) } ?? script
          source.translations[code] = SourceFile(path: path, text: fill(files[path] ?? "", english: english, library: library))
        } else {
          source.files.append(SourceFile(path: path, text: files[path] ?? ""))
        }
        packs[id] = source
      } else if parts[0] == "languages" {
        let code = parts[1]
        var source = languages[code] ?? LanguageSource(code: code, folder: "languages/" + code, files: [])
        source.files.append(SourceFile(path: path, text: fill(files[path] ?? "", english: script, library: library)))
        languages[code] = source
      }
    }
    return (packs.keys.sorted().compactMap { packs[$0] }, languages.keys.sorted().compactMap { languages[$0] })
  }

  func fill(_ text: String, english: Script, library: PackLibrary?) -> String {
    let sources = Dictionary(english.texts.map { ($0.id, $0.source) }, uniquingKeysWith: { a, _ in a })
    return text.components(separatedBy: "\n").map { line in
      guard line.hasSuffix(" @hash") else { return line }
      let id = String(line.dropLast(" @hash".count))
      guard library != nil, let source = sources[id] else { return id }
      return id + " " + TextHash.of(source)
    }.joined(separator: "\n")
  }

  /// Loads everything and checks it: the script's own problems, the files' and the packs'.
  func check() -> (library: PackLibrary, script: Script, diagnostics: [Diagnostic]) {
    let (script, scriptProblems) = ScriptLoader.load(scriptFiles)
    let first = sources(hashesFrom: nil, script: script)
    let (draft, _) = PackLibrary.load(packs: first.packs, languages: first.languages)
    let second = sources(hashesFrom: draft, script: script)
    let (library, fileProblems) = PackLibrary.load(packs: second.packs, languages: second.languages)
    let problems = library.check(script: script, scriptDiagnostics: scriptProblems)
    return (library, script, scriptProblems + fileProblems + problems)
  }
}
