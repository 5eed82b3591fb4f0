import Foundation
import Glibc

/// A real CUPS for tests: its own cupsd on 127.0.0.1 with a private set-up folder, and one printer,
/// `SDSCopy`, using Debian's cups-pdf, which turns each job into a PDF in `~/PDF` of the user who
/// printed (here root). The cups-pdf backend runs only as root, so this needs root.
public final class PrintServer: @unchecked Sendable {
  /// The printer's name.
  public let printer = "SDSCopy"
  /// `127.0.0.1:PORT`, for `lp -h`.
  public let server: String
  /// Where cups-pdf puts the PDFs.
  public let output = "/root/PDF"
  private let folder: String
  private var process: Process?

  /// Why CUPS cannot run here, or nil.
  public static var missing: String? {
    guard getuid() == 0 else { return "printing is tested only as root: the cups-pdf printer runs only as root. Run Scripts/test as root (CI does)." }
    for (path, package) in [("/usr/sbin/cupsd", "cups"), ("/usr/sbin/lpadmin", "cups-client"), ("/usr/bin/lp", "cups-client"),
                            ("/usr/lib/cups/backend/cups-pdf", "printer-driver-cups-pdf"), ("/usr/bin/pdfinfo", "poppler-utils")]
    where !FileManager.default.fileExists(atPath: path) {
      return "\(path) is not installed. Scripts/test installs it (apt-get install \(package))."
    }
    return nil
  }

  /// Starts cupsd and adds the printer.
  public init() throws {
    folder = makeTemporaryFolder("sds-cups")
    let port = try WebDAVServer.freePorts(1)[0]
    server = "127.0.0.1:\(port)"
    for sub in ["spool", "tmp", "cache", "state", "log", "ppd"] {
      try FileManager.default.createDirectory(atPath: folder + "/" + sub, withIntermediateDirectories: true)
    }
    // Filters run as the lp user: they need to write their scratch files.
    chmod(folder + "/tmp", 0o1777)
    try """
      ServerRoot \(folder)
      RequestRoot \(folder)/spool
      TempDir \(folder)/tmp
      CacheDir \(folder)/cache
      StateDir \(folder)/state
      ErrorLog \(folder)/log/error_log
      AccessLog \(folder)/log/access_log
      PageLog \(folder)/log/page_log
      ServerBin /usr/lib/cups
      DataDir /usr/share/cups
      SystemGroup root
      FileDevice No

      """.write(toFile: folder + "/cups-files.conf", atomically: true, encoding: .utf8)
    try """
      Listen \(server)
      LogLevel warn
      WebInterface No
      Browsing No
      DefaultAuthType None
      <Location />
        Order allow,deny
        Allow all
      </Location>
      <Policy default>
        <Limit All>
          Order deny,allow
          Allow all
        </Limit>
      </Policy>

      """.write(toFile: folder + "/cupsd.conf", atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/sbin/cupsd")
    process.arguments = ["-f", "-c", folder + "/cupsd.conf", "-s", folder + "/cups-files.conf"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    self.process = process
    let deadline = Date().addingTimeInterval(10)
    while !WebDAVServer.accepts(port) {
      guard Date() < deadline, process.isRunning else { throw WebDAVServerError("cupsd did not start") }
      usleep(50_000)
    }
    try run("/usr/sbin/lpadmin", ["-h", server, "-p", printer, "-E", "-v", "cups-pdf:/", "-P", "/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd"])
  }

  deinit { stop() }

  /// Stops cupsd.
  public func stop() {
    guard let process, process.isRunning else { return }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    self.process = nil
  }

  /// The PDFs cups-pdf made for jobs titled `title`, waiting up to `seconds` for at least one.
  public func pdfs(titled title: String, waiting seconds: Double = 20) -> [String] {
    // cups-pdf names the file after the title, adding -job_N only when it needs to.
    let prefix = title.replacingOccurrences(of: " ", with: "_")
    let deadline = Date().addingTimeInterval(seconds)
    repeat {
      let found = ((try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []).filter { $0.hasPrefix(prefix) && $0.hasSuffix(".pdf") }
      if !found.isEmpty {
        usleep(500_000)
        return found.sorted().map { output + "/" + $0 }
      }
      usleep(200_000)
    } while Date() < deadline
    return []
  }

  /// What `pdfinfo` says about `path`, by field.
  public func info(_ path: String) throws -> [String: String] {
    let text = try run("/usr/bin/pdfinfo", [path])
    var fields: [String: String] = [:]
    for line in text.split(separator: "\n") {
      guard let colon = line.firstIndex(of: ":") else { continue }
      fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    return fields
  }

  @discardableResult
  private func run(_ tool: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw WebDAVServerError("\(tool) failed") }
    return String(decoding: data, as: UTF8.self)
  }
}
