import Foundation
import SDSEngine
import Testing
import TestSupport

/// Files saved on Windows (CRLF line endings), with a byte order mark, or with tabs read the same.
@Suite struct LineEndingTests {
  @Test(arguments: ["\r\n", "\n"])
  func aFileReadsTheSameWhateverItsLineEndings(_ ending: String) throws {
    let system = try String(contentsOfFile: folder(of: #filePath) + "/Fixtures/demo/script/00-system.txt", encoding: .utf8)
    let demo = try String(contentsOfFile: folder(of: #filePath) + "/Fixtures/demo/script/10-demo.txt", encoding: .utf8)
    let converted = "\u{FEFF}" + demo.replacingOccurrences(of: "\n", with: ending)
    let (plain, plainProblems) = ScriptLoader.load([SourceFile(path: "a", text: system), SourceFile(path: "b", text: demo)])
    let (read, problems) = ScriptLoader.load([SourceFile(path: "a", text: system), SourceFile(path: "b", text: converted)])
    #expect(problems == plainProblems)
    #expect(read.texts.map(\.source) == plain.texts.map(\.source))
    #expect(read.texts.map(\.location) == plain.texts.map(\.location))
  }
}
