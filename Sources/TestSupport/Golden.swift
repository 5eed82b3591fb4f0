import Foundation

/// Compares `actual` with the golden file at `path`, or records it when `RECORD_GOLDENS` is set.
///
/// Recording never passes: it writes the file and returns a failure message, so a re-record is
/// always looked at. Line endings are normalised. Returns nil when the text matches.
public func goldenMismatch(_ actual: String, goldenPath path: String) -> String? {
  let normalised = actual.replacingOccurrences(of: "\r\n", with: "\n")
  let env = ProcessInfo.processInfo.environment
  if env["RECORD_GOLDENS"] != nil {
    let url = URL(fileURLWithPath: path)
    try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    do { try normalised.write(to: url, atomically: true, encoding: .utf8) } catch { return "could not record \(path): \(error)" }
    return "recorded \(path); run again without RECORD_GOLDENS to compare"
  }
  guard let data = FileManager.default.contents(atPath: path), let expected = String(data: data, encoding: .utf8) else {
    return "no golden file at \(path); run with RECORD_GOLDENS=1 to record it"
  }
  let want = expected.replacingOccurrences(of: "\r\n", with: "\n")
  return want == normalised ? nil : "\(path) differs:\n" + lineDiff(expected: want, actual: normalised)
}

/// A readable line diff: the first lines that differ, marked `-` (expected) and `+` (actual).
public func lineDiff(expected: String, actual: String, context: Int = 2, limit: Int = 40) -> String {
  let a = expected.components(separatedBy: "\n")
  let b = actual.components(separatedBy: "\n")
  var out: [String] = []
  var i = 0
  while i < max(a.count, b.count), out.count < limit {
    let left = i < a.count ? a[i] : nil
    let right = i < b.count ? b[i] : nil
    if left != right {
      for k in max(0, i - context)..<i where out.isEmpty { out.append("  \(k + 1): \(a[k])") }
      if let left { out.append("- \(i + 1): \(left)") }
      if let right { out.append("+ \(i + 1): \(right)") }
    }
    i += 1
  }
  return out.isEmpty ? "(only line endings differ)" : out.joined(separator: "\n")
}

/// The folder holding the calling test file, from `#filePath`.
public func folder(of filePath: String) -> String {
  URL(fileURLWithPath: filePath).deletingLastPathComponent().path
}

/// The repository's root folder, found from a test file's `#filePath`.
public func repositoryRoot(from filePath: String = #filePath) -> String {
  var url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
  while url.path != "/" {
    if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
    url.deleteLastPathComponent()
  }
  return FileManager.default.currentDirectoryPath
}
