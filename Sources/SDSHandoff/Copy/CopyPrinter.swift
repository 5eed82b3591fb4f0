import Foundation

/// Prints the person's copy on a printer staff named, through CUPS's `lp` command. Nothing is written
/// to a file here: the text goes to `lp` on its standard input.
public struct CopyPrinter: Sendable {
  /// The CUPS printer (queue) name.
  public let printer: String
  /// A CUPS server other than the usual one (`host:port`), or nil.
  public let server: String?

  /// A printer called `printer`, on `server` or the usual CUPS server.
  public init(printer: String, server: String? = nil) {
    self.printer = printer
    self.server = server
  }

  /// Prints `text`. Returns nil when CUPS took the job, else why not, in words for staff.
  public func print(_ text: String) -> String? {
    guard let lp = ["/usr/bin/lp", "/bin/lp"].first(where: FileManager.default.isExecutableFile) else {
      return "the copy could not be printed: CUPS's lp command is not installed (apt-get install cups-client)."
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: lp)
    process.arguments = (server.map { ["-h", $0] } ?? []) + ["-d", printer, "-t", "SDS Companion copy", "-o", "document-format=text/plain", "--"]
    let input = Pipe(), errors = Pipe()
    process.standardInput = input
    process.standardOutput = FileHandle.nullDevice
    process.standardError = errors
    do { try process.run() } catch { return "the copy could not be printed: lp did not start (\(error))." }
    input.fileHandleForWriting.write(Data(text.utf8))
    try? input.fileHandleForWriting.close()
    let said = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      let words = InertText.oneLine(String(decoding: said.prefix(400), as: UTF8.self)).trimmingCharacters(in: .whitespaces)
      return "the copy could not be printed on \(InertText.oneLine(printer)): lp said \(words)"
    }
    return nil
  }
}
