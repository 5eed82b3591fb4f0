import Foundation
import SDSHandoff
import Testing
import TestSupport

/// The person's copy printed through a real CUPS, on Debian's cups-pdf printer.
///
/// cups-filters' texttopdf embeds its font without a map back to letters, so `pdftotext` cannot read the
/// words of a printed text job back; the test reads what it can (the job arrived as a PDF, its title, its
/// pages) and the words are checked on the text handed to lp (PersonalCopyTests).
@Suite(.serialized) struct CopyPrintingTests {
  @Test func aCopyPrintedOnTheStaffPrinterArrivesAsOneJob() throws {
    if let missing = PrintServer.missing {
      // Under CI (root, Scripts/test installs everything) a skip would hide a missing set-up.
      if ProcessInfo.processInfo.environment["CI"] != nil { Issue.record(Comment(rawValue: missing)) } else { print("CopyPrintingTests skipped: \(missing)") }
      return
    }
    let cups = try PrintServer()
    for old in cups.pdfs(titled: "SDS Companion copy", waiting: 0) { try? FileManager.default.removeItem(atPath: old) }
    let fixture = RecordFixtures.selfFull
    let copy = PersonalCopy(Draft(record: fixture.record, metadata: fixture.metadata), nextSteps: ["Your draft plan has been sent to the council."], timeZone: .current)
    #expect(CopyPrinter(printer: cups.printer, server: cups.server).print(copy.text()) == nil)
    let printed = cups.pdfs(titled: "SDS Companion copy")
    #expect(printed.count == 1, "one job, one PDF")
    if let pdf = printed.first {
      let info = try cups.info(pdf)
      #expect(Int(info["Pages"] ?? "0") ?? 0 >= 1, "\(info)")
      #expect(info["Title"]?.contains("SDS Companion copy") == true, "\(info)")
      try? FileManager.default.removeItem(atPath: pdf)
    }
  }

  @Test func aPrinterThatIsNotThereIsToldToStaff() throws {
    if let missing = PrintServer.missing {
      // Under CI (root, Scripts/test installs everything) a skip would hide a missing set-up.
      if ProcessInfo.processInfo.environment["CI"] != nil { Issue.record(Comment(rawValue: missing)) } else { print("CopyPrintingTests skipped: \(missing)") }
      return
    }
    let cups = try PrintServer()
    let problem = CopyPrinter(printer: "NoSuchPrinter", server: cups.server).print("hello")
    #expect(problem?.contains("could not be printed on NoSuchPrinter") == true, "\(problem ?? "nil")")
  }
}
