import Foundation
import SDSEngine
@testable import SDSHandoff
import Testing
import TestSupport

/// Every format of every fixture draft, compared with golden files (record with RECORD_GOLDENS=1).
/// Scripts/test also checks the goldens with independent tools: the drafts against the JSON Schema,
/// the FHIR Bundles with a FHIR R4 validator, and the Markdown and HTML for anything active.
@Suite struct FormatGoldenTests {
  static let golden = folder(of: #filePath) + "/Golden/"
  static let london = TimeZone(identifier: "Europe/London")!
  static let formats: [(ExportFormat, String)] = [(.json, "json"), (.text, "txt"), (.md, "md"), (.html, "html"), (.fhir, "fhir.json")]

  static var cases: [String] { RecordFixtures.all.map(\.name) }

  static func fixture(_ name: String) -> RecordFixtures.Fixture { RecordFixtures.all.first { $0.name == name }! }

  @Test(arguments: cases)
  func everyFormatMatchesItsGolden(_ name: String) throws {
    let draft = Self.fixture(name).draft
    for (format, suffix) in Self.formats {
      if let mismatch = goldenMismatch(format.render(draft, timeZone: Self.london), goldenPath: Self.golden + "\(name).\(suffix)") {
        Issue.record(Comment(rawValue: mismatch))
      }
    }
  }

  @Test func csvOfAllFixturesMatchesItsGolden() {
    let csv = CSVFormat.render(RecordFixtures.all.map(\.draft))
    if let mismatch = goldenMismatch(csv, goldenPath: Self.golden + "drafts.csv") { Issue.record(Comment(rawValue: mismatch)) }
  }

  /// The JSON a draft is written as reads back as the same draft, with every string intact.
  @Test(arguments: cases)
  func draftJSONReadsBackTheSame(_ name: String) throws {
    let draft = Self.fixture(name).draft
    let read = try Draft.read(draft.jsonData())
    #expect(read == draft)
    #expect(read.answers.map(\.value) == Self.fixture(name).record.entries.map(\.value))
  }
}

/// The hostile fixture in every format: nothing in it may act.
@Suite struct HostileTextTests {
  let draft = RecordFixtures.hostile.draft
  let zone = TimeZone(identifier: "UTC")!

  /// Characters that act on a terminal or reorder text.
  func hidden(in text: String) -> [Unicode.Scalar] {
    text.unicodeScalars.filter { scalar in
      (scalar.value < 0x20 && scalar != "\n" && scalar != "\r") || (0x7F...0x9F).contains(scalar.value) || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
  }

  @Test func textShowsNoEscapesAndKeepsTheWords() {
    let text = TextFormat.render(draft, timeZone: zone)
    #expect(hidden(in: text).isEmpty)
    #expect(text.contains("\"\(RecordFixtures.formula)\""))
    #expect(text.contains("\"\(RecordFixtures.heading)\""))
    #expect(text.contains("A bad day: \"RED   bell txet desrever\""), "escape sequences and direction overrides are gone, the words stay")
    #expect(text.contains(String(RecordFixtures.long)), "5,000 characters are kept in full")
    // The heading the person typed is inside quotes, never a line of its own.
    #expect(!text.split(separator: "\n").contains { $0.hasPrefix("## ") })
  }

  @Test func markdownCannotMakeHeadingsLinksImagesOrHTML() {
    let markdown = MarkdownFormat.render(draft, timeZone: zone)
    #expect(hidden(in: markdown).isEmpty)
    let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let headings = lines.filter { $0.hasPrefix("#") }
    #expect(headings.allSatisfy { !$0.contains("Safeguarding") && !$0.contains("Injected") }, "\(headings)")
    #expect(!markdown.contains("](javascript"))
    #expect(!markdown.contains("!["))
    // No "<" that is not escaped, so no HTML at all.
    #expect(!markdown.replacingOccurrences(of: "\\<", with: "").contains("<"))
    #expect(markdown.contains("\\<img src\\=x onerror\\=alert\\(1\\)\\>"))
    #expect(!markdown.contains("jo@example"), "an email address is split so it cannot become a link")
    // Each line of the person's words is in a quote the template made.
    #expect(lines.contains("> \\#\\# Injected\\: heading"))
    #expect(lines.contains("> \\-\\-\\-"))
  }

  @Test(arguments: [
    ("1. First", "1\\. First"), ("12) Twelve", "12\\) Twelve"), ("See www.example.com.", "See www\\.example.com."),
    ("It is done.", "It is done."), ("Jo's mum, aged 80", "Jo's mum, aged 80"), ("a@b.c", "a`@`b.c"),
    ("# [x](y) *z* _w_ `v` <u> | ~ !", "\\# \\[x\\]\\(y\\) \\*z\\* \\_w\\_ \\`v\\` \\<u\\> \\| \\~ \\!"),
  ])
  func markdownEscaping(_ pair: (String, String)) {
    #expect(MarkdownFormat.escape(pair.0) == pair.1)
  }

  @Test func htmlEscapesEverythingAndAllowsNothingToLoad() throws {
    let html = HTMLFormat.render(draft, timeZone: zone)
    #expect(hidden(in: html).isEmpty)
    #expect(!html.contains("<img"))
    #expect(!html.contains("<script"))
    #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;quoted&quot; &amp; &#39;single&#39;"))
    // Every tag in the page is one the template writes.
    let allowed: Set<String> = ["!DOCTYPE", "html", "head", "meta", "title", "style", "body", "main", "h1", "h2", "h3", "h4", "p", "section", "dl", "dt", "dd", "blockquote", "ul", "li"]
    let tags = html.matches(of: /<\/?([!A-Za-z0-9]+)/).map { String($0.output.1) }
    #expect(Set(tags).subtracting(allowed).isEmpty, "\(Set(tags).subtracting(allowed))")
    let csp = try #require(html.firstMatch(of: try Regex("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">")))
    let policy = String(csp.output[1].substring!)
    #expect(policy.hasPrefix("default-src 'none'; style-src 'sha256-"))
    #expect(policy.contains("script-src 'none'") && policy.contains("img-src 'none'"))
  }

  @Test func csvDefusesFormulasAndQuotesEveryField() throws {
    let csv = CSVFormat.render([draft])
    #expect(hidden(in: csv.replacingOccurrences(of: "\r\n", with: "\n")).isEmpty)
    let rows = try #require(CSVFormat.parse(csv))
    #expect(rows.count == 2)
    #expect(rows[0] == CSVFormat.columns)
    let row = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
    #expect(row["relationship"] == "'" + RecordFixtures.formula)
    #expect(row["address"]?.hasPrefix("'-1 Lane") == true)
    #expect(row["phone"] == "'+44 7700 900123")
    #expect(row["email"] == "jo@example.com")
    #expect(row["most_important"]?.count == 5_000)
    // Every field is quoted: writing every field back quoted gives exactly the same text.
    let requoted = rows.map { row in
      row.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"").replacingOccurrences(of: "\n", with: "\r\n") + "\"" }.joined(separator: ",") + "\r\n"
    }.joined()
    #expect(requoted == csv)
    for field in ["=x", "+x", "-x", "@x", "\tx", "\rx"] {
      #expect(CSVFormat.field(field).hasPrefix("\"'"), "\(field.debugDescription)")
    }
    #expect(CSVFormat.field("a\"b") == "\"a\"\"b\"")
  }

  @Test func jsonKeepsEveryCharacterButShowsHiddenOnesAsEscapes() throws {
    let json = draft.jsonText()
    #expect(hidden(in: json).isEmpty)
    #expect(json.contains("\\u001b[31mRED"))
    #expect(json.contains("\\u009b2J"))
    #expect(json.contains("\\u202etxet"))
    let read = try Draft.read(Data(json.utf8))
    #expect(read.whatMatters.badDay == RecordFixtures.ansi)
  }

  @Test func fhirHasNoHiddenCharactersAndEscapesMarkdownInNotes() throws {
    let fhir = FHIRFormat.render(draft)
    #expect(hidden(in: fhir.replacingOccurrences(of: "\\n", with: "")).isEmpty)
    #expect(!fhir.contains("\\u001b"))
    let object = try #require(try JSONSerialization.jsonObject(with: Data(fhir.utf8)) as? [String: Any])
    #expect(object["resourceType"] as? String == "Bundle")
  }
}
