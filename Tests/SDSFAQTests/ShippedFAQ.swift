import Foundation
import SDSEngine
import SDSFAQ
import TestSupport

/// The FAQ shipped in Content/faq, loaded the way `sds` loads it, with the terms of Content/script.
enum ShippedFAQ {
  static let root = repositoryRoot()

  /// The files of a folder, with paths as `sds check` shows them from the repository.
  static func files(_ folder: String, relativeTo base: String = root) throws -> [SourceFile] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
    let shown = folder.hasPrefix(base + "/") ? String(folder.dropFirst(base.count + 1)) : folder
    return try names.map { SourceFile(path: shown + "/" + $0, text: try String(contentsOfFile: folder + "/" + $0, encoding: .utf8)) }
  }

  /// The shipped script's terms (`council`, `phone`, ...).
  static let terms: [String: String] = {
    let sources = (try? Self.files(root + "/Content/script")) ?? []
    return ScriptLoader.load(sources).script.terms
  }()

  /// The shipped FAQ content and its problems.
  static let loaded: (content: FAQContent, diagnostics: [Diagnostic]) = {
    let sources = (try? Self.files(root + "/Content/faq")) ?? []
    var (content, diagnostics) = FAQLoader.load(sources, termNames: Set(terms.keys))
    content.safety = safety
    return (content, diagnostics)
  }()

  /// The shipped safety listener (Content/safety), as `sds` gives it to the FAQ.
  static let safety: SafetyListener = {
    let sources = (try? Self.files(root + "/Content/safety")) ?? []
    return SafetyListener(rules: SafetyParser.parse(sources).rules)
  }()

  /// The library for `nation`, with the shipped terms and any `extra` on top.
  static func library(_ nation: Nation? = nil, extra: [String: String] = [:]) -> FAQLibrary {
    FAQLibrary(content: loaded.content, nation: nation, terms: terms.merging(extra) { _, new in new })
  }

  /// The neutral library, built once for the matching tests.
  static let neutral = library()
}
