import Foundation
import SDSEngine
import Testing
import TestSupport

/// How well the safety listener hears harm in people's own words, on sentences written for the purpose:
/// set A was used while writing the rules; set B was written separately and is only measured.
@Suite struct SafetyAccuracyTests {
  static let fixtures = folder(of: #filePath) + "/Fixtures/safety"
  static let listener: SafetyListener = {
    let folder = repositoryRoot() + "/Content/safety"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder))?.filter { $0.hasSuffix(".txt") }.sorted() ?? []
    let files = names.compactMap { name in
      (try? String(contentsOfFile: folder + "/" + name, encoding: .utf8)).map { SourceFile(path: "Content/safety/" + name, text: $0) }
    }
    return SafetyListener(rules: SafetyParser.parse(files).rules)
  }()

  /// One sentence of a test set and the kind a key worker would give it (`none` for ordinary words).
  struct Line {
    var kind: String
    var text: String
  }

  static func lines(_ name: String) -> [Line] {
    let text = (try? String(contentsOfFile: fixtures + "/" + name, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").compactMap { raw in
      let line = raw.trimmingCharacters(in: .whitespaces)
      guard !line.isEmpty, !line.hasPrefix("#"), let bar = line.firstIndex(of: "|") else { return nil }
      return Line(kind: line[..<bar].trimmingCharacters(in: .whitespaces), text: line[line.index(after: bar)...].trimmingCharacters(in: .whitespaces))
    }
  }

  /// The figures for one set: disclosures heard at the right urgency, and ordinary answers that raised nothing.
  struct Figures: CustomStringConvertible {
    var disclosures = 0, heard = 0, rightKind = 0, ordinary = 0, raised = 0
    var misses: [String] = []
    var heardRate: Double { disclosures == 0 ? 1 : Double(heard) / Double(disclosures) }
    var raisedRate: Double { ordinary == 0 ? 0 : Double(raised) / Double(ordinary) }
    var description: String {
      String(format: "%d of %d disclosures heard at the right urgency (%.1f%%; %d with the exact kind), %d of %d ordinary answers raised something (%.1f%%)",
        heard, disclosures, heardRate * 100, rightKind, raised, ordinary, raisedRate * 100)
    }
  }

  static func measure(_ name: String) -> Figures {
    var figures = Figures()
    for line in lines(name) {
      let hearings = listener.hear(line.text)
      if line.kind == "none" {
        figures.ordinary += 1
        if let first = hearings.first {
          figures.raised += 1
          figures.misses.append("raised \(first.kind) by \"\(first.pattern)\": \(line.text)")
        }
        continue
      }
      figures.disclosures += 1
      let expected = line.kind == "self-harm" ? "self-harm-risk" : "feels-unsafe"
      if hearings.first?.flag == expected {
        figures.heard += 1
        if hearings.contains(where: { $0.kind == line.kind }) { figures.rightKind += 1 }
      } else {
        figures.misses.append("missed \(line.kind) (heard \(hearings.first?.kind ?? "nothing")): \(line.text)")
      }
    }
    // SAFETY_REPORT=set-a-en.txt prints what one set missed, for tuning on that set only.
    if ProcessInfo.processInfo.environment["SAFETY_REPORT"] == name {
      print("== \(name)\n" + figures.misses.joined(separator: "\n"))
    }
    print("Safety listener, \(name): \(figures)")
    return figures
  }

  /// The bars each set must keep: today's figures, so the listener never gets worse. The aim is at
  /// least 95% of disclosures heard and at most 5% of ordinary answers raising anything; set A is
  /// used for tuning, set B was written blind, set C was written blind after the rules were written, set D
  /// was written blind as a second tuning set. Sets E, F, H (written blind) and L (the lead's probes) were
  /// tuned on; set G (English and Welsh) was written blind and measured once, untuned; set I (Welsh) was
  /// written blind and measured once before any Welsh tuning on it.
  static let bars: [(name: String, heard: Double, raised: Double)] = [
    ("set-a-en.txt", 0.99, 0.01), ("set-a-cy.txt", 0.99, 0.01),
    ("set-b-en.txt", 0.94, 0.07), ("set-b-cy.txt", 0.92, 0.06),
    ("set-c-en-cy.txt", 0.81, 0.05), ("set-d-en-cy.txt", 0.98, 0.01),
    ("set-e-en.txt", 0.98, 0.01), ("set-f-cy-en.txt", 0.99, 0.01), ("set-h-en.txt", 0.99, 0.01),
    ("set-l-en.txt", 0.99, 0.01), ("set-g-en-cy.txt", 0.84, 0.05), ("set-i-cy.txt", 0.54, 0.08),
  ]

  @Test(arguments: bars.map(\.name))
  func hearsDisclosuresAndNotOrdinaryWords(_ name: String) throws {
    let figures = Self.measure(name)
    let bar = try #require(Self.bars.first { $0.name == name })
    #expect(figures.disclosures >= 30, "the set \(name) is too small to measure")
    #expect(figures.heardRate >= bar.heard, "\(name): \(figures)")
    #expect(figures.raisedRate <= bar.raised, "\(name): \(figures)")
  }
}
