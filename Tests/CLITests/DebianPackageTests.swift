import Foundation
import Testing
import TestSupport

/// The package Scripts/test built, from SDS_DEB.
private let builtPackage = ProcessInfo.processInfo.environment["SDS_DEB"].flatMap { $0.isEmpty ? nil : $0 }

/// The Debian package that `Scripts/package` builds, checked the way a kiosk will use it.
///
/// `Scripts/test` builds the package first (a release build cannot run inside `swift test`) and names it
/// in `SDS_DEB`; these tests are skipped when it is not set. They follow docs/kiosk.md as far as a machine
/// without systemd running allows: Debian's own checker, systemd's check of the unit, then the unpacked
/// program with the shipped settings, edited as the guide says.
@Suite(.enabled(if: builtPackage != nil, "Scripts/test builds the package and sets SDS_DEB"))
struct DebianPackageTests {
  /// The package unpacked with dpkg-deb -x, once for all the tests.
  static let root: String = {
    let root = makeTemporaryFolder("sds-deb-root")
    _ = try? runProgram("/usr/bin/dpkg-deb", ["-x", builtPackage ?? "", root])
    return root
  }()

  @Test func lintianFindsNoErrorsOrWarnings() throws {
    let result = try runProgram("/usr/bin/lintian", ["--fail-on", "error,warning", "--display-level", ">=warning", builtPackage!])
    let tags = result.stdout.split(separator: "\n").filter { $0.hasPrefix("E:") || $0.hasPrefix("W:") }
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(tags.isEmpty, "\(tags.joined(separator: "\n"))")
  }

  /// systemd-analyze prints a line for every problem (an unknown key, a bad value, a missing program or
  /// manual page) but exits 0 for most of them, so any line at all fails the test. The unit's paths are
  /// pointed into the unpacked package, where its program, settings and manual page are.
  @Test func theKioskUnitPassesSystemdsCheck() throws {
    let unit = try String(contentsOfFile: Self.root + "/lib/systemd/system/sds-kiosk.service", encoding: .utf8)
    #expect(unit.contains("ExecStart=/usr/bin/sds kiosk $SDS_KIOSK_OPTIONS"))
    #expect(unit.contains("EnvironmentFile=/etc/sds/kiosk.conf"))
    let folder = makeTemporaryFolder("sds-unit")
    let moved = unit.replacingOccurrences(of: "/usr/bin/sds", with: Self.root + "/usr/bin/sds")
      .replacingOccurrences(of: "/etc/sds/kiosk.conf", with: Self.root + "/etc/sds/kiosk.conf")
    try moved.write(toFile: folder + "/sds-kiosk.service", atomically: true, encoding: .utf8)
    let result = try runProgram("/usr/bin/systemd-analyze", ["verify", folder + "/sds-kiosk.service"],
                                environment: ["MANPATH": Self.root + "/usr/share/man"])
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty && result.stderr.isEmpty, "\(result.stdout)\(result.stderr)")
  }

  struct Item: Sendable, CustomTestStringConvertible {
    var path: String
    var mode: Int
    var testDescription: String { path }
  }

  static let items: [Item] = [
    .init(path: "usr/bin/sds", mode: 0o755),
    .init(path: "usr/share/sds/Content/script/00-system.txt", mode: 0o644),
    .init(path: "usr/share/man/man1/sds.1.gz", mode: 0o644),
    .init(path: "usr/share/doc/sds/copyright", mode: 0o644),
    .init(path: "usr/share/doc/sds/changelog.gz", mode: 0o644),
    .init(path: "usr/share/doc/sds/kiosk.md", mode: 0o644),
    .init(path: "lib/systemd/system/sds-kiosk.service", mode: 0o644),
    .init(path: "etc/sds/kiosk.conf", mode: 0o644),
  ]

  @Test(arguments: items)
  func thePackageHolds(_ item: Item) throws {
    let attributes = try FileManager.default.attributesOfItem(atPath: Self.root + "/" + item.path)
    #expect((attributes[.posixPermissions] as? Int) == item.mode)
  }

  @Test func theProgramIsStrippedAndItsLibrariesAreDependedOn() throws {
    let sections = try runProgram("/usr/bin/readelf", ["-S", "-W", Self.root + "/usr/bin/sds"])
    #expect(sections.status == 0)
    #expect(!sections.stdout.contains(".symtab"), "the symbol table is still there")
    #expect(!sections.stdout.contains(".debug_"), "debugging information is still there")

    let control = try runProgram("/usr/bin/dpkg-deb", ["--field", builtPackage!, "Depends"])
    let depends = Set(control.stdout.split(separator: ",").compactMap { $0.split(whereSeparator: \.isWhitespace).first.map(String.init) })
    // Every library the program loads comes from a package it depends on.
    let dynamic = try runProgram("/usr/bin/objdump", ["-p", Self.root + "/usr/bin/sds"])
    let needed = dynamic.stdout.split(separator: "\n").filter { $0.contains("NEEDED") }.compactMap { $0.split(separator: " ").last.map(String.init) }
    #expect(needed.contains { $0.hasPrefix("libreadline.so") } && needed.contains { $0.hasPrefix("libcrypto.so") }, "\(needed)")
    for library in needed {
      let owner = try runProgram("/usr/bin/dpkg", ["-S", "*/" + library])
      let packages = owner.stdout.split(separator: "\n").compactMap { $0.split(separator: ":").first.map(String.init) }
      #expect(packages.contains { depends.contains($0) }, "\(library) comes from \(packages), which Depends: (\(depends.sorted())) does not name")
    }
    #expect(depends.contains("adduser"), "postinst makes the sds-kiosk user with adduser")

    let conffiles = try runProgram("/bin/sh", ["-c", "dpkg-deb --ctrl-tarfile \"$1\" | tar -xOf - ./conffiles", "sh", builtPackage!])
    #expect(conffiles.stdout == "/etc/sds/kiosk.conf\n", "an upgrade must keep the kiosk's settings")
  }

  /// Typed as `sds check` in any folder, the program finds the content installed beside it
  /// (../share/sds/Content from /usr/bin), though it was found on PATH and knows only its name.
  @Test func theUnpackedProgramChecksItsOwnContent() throws {
    let result = try runProgram("/usr/bin/env", ["sds", "check"], environment: ["PATH": Self.root + "/usr/bin"],
                                currentDirectory: makeTemporaryFolder())
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stderr.contains(Self.root + "/usr/share/sds/Content: 0 errors"), "\(result.stderr)")
  }

  /// Every setting named in kiosk.conf, switched on or not, is one that sds kiosk reads (its usage names
  /// its variables) or that the unit passes on, so a setting cannot be misspelt in the file.
  @Test func everySettingInKioskConfIsRead() throws {
    let text = try String(contentsOfFile: Self.root + "/etc/sds/kiosk.conf", encoding: .utf8)
    let usage = try runProgram(Self.root + "/usr/bin/sds", ["kiosk", "--help"]).stdout
    let names = text.split(separator: "\n").compactMap { line -> String? in
      let setting = line.drop { $0 == "#" }
      guard setting.hasPrefix("SDS_"), let equals = setting.firstIndex(of: "=") else { return nil }
      return String(setting[..<equals])
    }
    #expect(Set(names).isSuperset(of: ["SDS_PACK", "SDS_OUTBOX", "SDS_ENCRYPT_TO", "SDS_KIOSK_OPTIONS"]), "\(names)")
    for name in names where name != "SDS_KIOSK_OPTIONS" {
      #expect(usage.contains(name), "sds kiosk does not read \(name)")
    }
  }

  /// As shipped, the settings name no drop folder, so the kiosk does not start: it says what to set and
  /// exits 78, after which the unit does not restart it.
  @Test func theShippedSettingsWaitForADropFolder() throws {
    let settings = try Self.kioskSettings()
    #expect(settings["SDS_OUTBOX"] == nil)
    let terminal = try PseudoTerminal([Self.root + "/usr/bin/sds", "kiosk"] + Self.kioskOptions(settings),
                                      environment: Self.environment(settings))
    #expect(terminal.waitForExit() == .exited(78))
    #expect(terminal.output.contains("SDS_OUTBOX"), "\(terminal.output)")
    let unit = try String(contentsOfFile: Self.root + "/lib/systemd/system/sds-kiosk.service", encoding: .utf8)
    #expect(unit.split(separator: "\n").contains { $0.hasPrefix("RestartPreventExitStatus=") && $0.split(separator: " ").contains("78") })
  }

  /// With the drop folder set as docs/kiosk.md says, a piped conversation from the unpacked program sends
  /// a draft with the shipped pack, and the kiosk itself comes up on a terminal and stops for staff.
  @Test func withADropFolderTheKioskComesUpAndSends() throws {
    let outbox = makeTemporaryFolder("sds-deb-outbox") + "/outbox"
    let settings = try Self.kioskSettings(setting: ["SDS_OUTBOX": outbox])
    let pack = try #require(settings["SDS_PACK"])

    let answers = try String(contentsOfFile: repositoryRoot() + "/Tests/SDSEngineTests/Golden/content/self-send.input", encoding: .utf8)
    let piped = try runProgram(Self.root + "/usr/bin/sds", [], input: answers, environment: Self.environment(settings),
                               currentDirectory: makeTemporaryFolder())
    #expect(piped.status == 0, "\(piped.stderr)")
    let drafts = try FileManager.default.contentsOfDirectory(atPath: outbox + "/new")
    #expect(drafts.count == 1, "\(drafts)")
    if let draft = drafts.first {
      let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: outbox + "/new/" + draft))) as? [String: Any]
      #expect((json?["pack"] as? [String: Any])?["id"] as? String == pack)
    }

    let terminal = try PseudoTerminal([Self.root + "/usr/bin/sds", "kiosk"] + Self.kioskOptions(settings),
                                      environment: Self.environment(settings))
    // The welcome is taller than a console, so it comes a screenful at a time, as on the kiosk.
    var mark = 0
    let deadline = Date().addingTimeInterval(60)
    while !terminal.output(since: mark).contains("Who are you planning for?"), Date() < deadline {
      if terminal.output(since: mark).contains("Press Enter to see more.") {
        mark = terminal.mark
        terminal.send("\r")
      } else {
        Thread.sleep(forTimeInterval: 0.05)
      }
    }
    #expect(terminal.output(since: mark).contains("Who are you planning for?"), "\(terminal.output)")
    terminal.signal(SIGTERM)
    #expect(terminal.waitForExit() == .exited(0))
  }

  // MARK: - Helpers

  /// kiosk.conf read as systemd reads an EnvironmentFile (NAME=value, # notes, quotes taken off), with
  /// `setting` changed the way a person edits the file: the line for each name gets the new value.
  static func kioskSettings(setting changes: [String: String] = [:]) throws -> [String: String] {
    var text = try String(contentsOfFile: root + "/etc/sds/kiosk.conf", encoding: .utf8)
    for (name, value) in changes {
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
        line.hasPrefix(name + "=") || line.hasPrefix("#" + name + "=") ? "\(name)=\(value)" : String(line)
      }
      #expect(lines.contains("\(name)=\(value)"), "kiosk.conf has no line for \(name)")
      text = lines.joined(separator: "\n")
    }
    var settings: [String: String] = [:]
    for line in text.split(separator: "\n") {
      let line = line.trimmingCharacters(in: .whitespaces)
      guard !line.isEmpty, !line.hasPrefix("#"), let equals = line.firstIndex(of: "=") else { continue }
      var value = String(line[line.index(after: equals)...])
      if value.count >= 2, let first = value.first, first == "'" || first == "\"", value.last == first {
        value = String(value.dropFirst().dropLast())
      }
      if !value.isEmpty { settings[String(line[..<equals])] = value }
    }
    return settings
  }

  /// The environment the unit gives sds: the settings, TERM and nothing of this test run's own.
  static func environment(_ settings: [String: String]) -> [String: String] {
    settings.merging(["PATH": "/usr/bin:/bin", "TERM": "linux", "LANG": "C.UTF-8", "HOME": "/nonexistent"]) { mine, _ in mine }
  }

  /// `$SDS_KIOSK_OPTIONS` as systemd splits it on the ExecStart line.
  static func kioskOptions(_ settings: [String: String]) -> [String] {
    (settings["SDS_KIOSK_OPTIONS"] ?? "").split(separator: " ").map(String.init)
  }
}
