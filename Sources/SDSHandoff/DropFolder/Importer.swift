import Foundation
import Glibc

/// What `sds import` should do.
public struct ImportRequest: Sendable {
  /// Which drafts.
  public enum Selection: Sendable, Equatable {
    /// Every draft waiting in `new/` (and any file there that is not a draft goes to `quarantine/`).
    case all
    /// These drafts, waiting or already imported.
    case references([Reference])
  }

  public var selection: Selection
  /// The folder the files are written to (made 0700 when missing).
  public var destination: String
  /// The formats to write, such as `[.json, .fhir, .html]`.
  public var formats: [ExportFormat]
  /// The time zone for times in readable formats.
  public var timeZone: TimeZone
  /// Now, for the `.reason` files and for finding abandoned files in `tmp/`.
  public var now: Date

  /// Makes a request.
  public init(selection: Selection, destination: String, formats: [ExportFormat], timeZone: TimeZone, now: Date) {
    self.selection = selection
    self.destination = destination
    self.formats = formats
    self.timeZone = timeZone
    self.now = now
  }
}

/// What an import did. Nothing is ever deleted: drafts move from `new/` to `cur/`, bad files to `quarantine/`.
public struct ImportReport: Sendable {
  /// A file moved to `quarantine/`.
  public struct Quarantined: Sendable, Equatable {
    /// Its name where it was.
    public var name: String
    /// The folder it was in (`new` or `tmp`).
    public var from: String
    /// Its name in `quarantine/`.
    public var savedAs: String
    /// Why.
    public var problem: DraftReadProblem
  }

  /// Drafts imported now: their files written, then moved from `new/` to `cur/`.
  public var imported: [Reference] = []
  /// Drafts that had been imported before: their files were written again; nothing else changed.
  public var importedBefore: [Reference] = []
  /// Files that could not be imported, now in `quarantine/`.
  public var quarantined: [Quarantined] = []
  /// References asked for that are in neither `new/` nor `cur/`.
  public var notFound: [Reference] = []
  /// Things that went wrong, for staff (a draft named here stays where it was).
  public var failures: [String] = []
  /// The files written in the destination folder, by name.
  public var written: [String] = []
  /// References asked for that another import, running at the same time, was importing.
  public var takenByAnother: [Reference] = []
  /// Drafts an earlier import left half-done in `importing/`, put back in `new/` (and imported now, with `--all`, when they were listed after).
  public var putBack = 0

  /// True when every draft asked for was imported (or had been) and nothing was quarantined or failed.
  public var succeeded: Bool { quarantined.isEmpty && notFound.isEmpty && failures.isEmpty && takenByAnother.isEmpty }
}

/// Imports drafts from a drop folder: writes the chosen formats, then moves each draft from `new/` to `cur/`.
public struct Importer: Sendable {
  /// The drop folder.
  public let folder: DropFolder
  /// A file in `tmp/` older than this was left by a sender that stopped (Maildir's 36 hours).
  public static let abandonedAfter: TimeInterval = 36 * 60 * 60

  /// An importer for `folder`.
  public init(folder: DropFolder) { self.folder = folder }

  /// Runs `request`. Throws only when the drop folder or the destination cannot be opened at all.
  ///
  /// Many imports may run at once, into the same destination or others: each draft waiting in `new/` is
  /// first claimed by moving it into `importing/`, as Maildir readers do, so only one import writes it;
  /// `drafts.csv` is changed under a lock, so no import loses another's rows. A draft left in
  /// `importing/` by an import that stopped is put back in `new/` by a later one, after an hour.
  public func run(_ request: ImportRequest) throws(FileSystemError) -> ImportReport {
    var report = ImportReport()
    let root = try folder.openExisting()
    let new = try root.folder("new", create: true)
    let cur = try root.folder("cur", create: true)
    let importing = try root.folder("importing", create: true)
    let destination = try Directory.open(request.destination, create: true)
    var quarantine: Directory?
    func quarantineFolder() throws(FileSystemError) -> Directory {
      if let quarantine { return quarantine }
      let made = try root.folder("quarantine", create: true)
      quarantine = made
      return made
    }
    func moveToQuarantine(_ name: String, from source: Directory, box: String, _ problem: DraftReadProblem) {
      do {
        let savedAs = try Importer.quarantine(name, from: source, box: box, to: try quarantineFolder(), problem, now: request.now)
        report.quarantined.append(.init(name: name, from: box, savedAs: savedAs, problem: problem))
      } catch {
        report.failures.append("\(shown(name)) in \(box)/ \(problem), but it could not be moved to quarantine/: \(error)")
      }
    }
    /// Puts a claimed draft back in `new/`; true when it is there again.
    @discardableResult
    func putBack(_ name: String) -> Bool {
      do {
        try importing.move(name, to: new, as: name)
        return true
      } catch {
        report.failures.append("\(shown(name)) could not be put back in new/ and is in importing/: \(error). Move it to new/ by hand.")
        return false
      }
    }
    /// Claims `name` in `new/` for this import. False when another import took it first.
    func claim(_ name: String) -> Bool {
      do {
        // Not flushed one by one: a claim lost in a power cut leaves the draft in new/, which is safe.
        try new.move(name, to: importing, as: name, sync: false)
        return true
      } catch {
        if error.code == ENOENT || error.code == EEXIST { return false }
        report.failures.append("\(shown(name)) in new/ could not be claimed for importing: \(error). It was left where it is.")
        return false
      }
    }
    // An encrypted draft that this key cannot open is not a bad file: it stays waiting for the right key.
    func leftForTheKey(_ name: String, _ problem: DraftReadProblem) {
      if putBack(name) { report.failures.append("\(shown(name)) in new/: \(problem). It was left where it is.") }
    }
    /// Reads a claimed draft; a bad file goes to quarantine, one for another key back to `new/`.
    func readClaimed(_ name: String, _ result: Result<(Draft, Data), DraftReadProblem>? = nil) -> FoundDraft? {
      switch result ?? folder.read(name, in: importing) {
      case .success((let draft, let data)): return FoundDraft(name: name, box: .new, draft: draft, data: data)
      case .failure(let problem) where problem.isAboutTheKey: leftForTheKey(name, problem)
      case .failure(let problem): moveToQuarantine(name, from: importing, box: "new", problem)
      }
      return nil
    }

    // 0. Drafts an import that stopped left in importing/ go back to new/.
    let abandonedClaim = request.now.timeIntervalSince1970 - Importer.claimAbandonedAfter
    for name in (try? importing.names()) ?? [] {
      guard let info = importing.status(of: name), Double(info.st_ctim.tv_sec) < abandonedClaim else { continue }
      if putBack(name) { report.putBack += 1 }
    }

    // 1. Decide which drafts to import, and set aside what cannot be read.
    var toImport: [FoundDraft] = []
    switch request.selection {
    case .all:
      // Claimed one by one (a rename each), then read on every processor at once.
      let claimed = try new.names().filter(claim)
      for (name, result) in zip(claimed, folder.readAll(claimed, in: importing)) {
        if let found = readClaimed(name, result) { toImport.append(found) }
      }
      if root.contains("tmp"), let tmp = try? root.folder("tmp", create: false) {
        for name in (try? tmp.names()) ?? [] {
          guard let info = tmp.status(of: name), Double(info.st_mtim.tv_sec) < request.now.timeIntervalSince1970 - Importer.abandonedAfter else { continue }
          moveToQuarantine(name, from: tmp, box: "tmp", .abandoned)
        }
      }
    case .references(let references):
      var seen = Set<Reference>()
      for reference in references where seen.insert(reference).inserted {
        if let name = DropFolder.fileNames(for: reference).first(where: new.contains) {
          if claim(name) {
            if let found = readClaimed(name) { toImport.append(found) }
          } else {
            report.takenByAnother.append(reference)
          }
        } else if let name = DropFolder.fileNames(for: reference).first(where: cur.contains) {
          switch folder.read(name, in: cur) {
          case .success((let draft, let data)): toImport.append(FoundDraft(name: name, box: .cur, draft: draft, data: data))
          case .failure(let problem): report.failures.append("\(reference) was imported before, but its file in cur/ cannot be read now: \(problem). It was left where it is.")
          }
        } else if DropFolder.fileNames(for: reference).contains(where: importing.contains) {
          report.takenByAnother.append(reference)
        } else {
          report.notFound.append(reference)
        }
      }
    }

    // A draft in new/ whose name is already in cur/: the same bytes means an earlier import stopped
    // half-way through moving it; different bytes means a clash, which a person must look at.
    toImport = toImport.filter { found in
      guard found.box == .new, cur.contains(found.name) else { return true }
      if let earlier = try? cur.readFile(found.name, limit: Draft.maximumFileSize + 1),
         let waiting = try? importing.readFile(found.name, limit: Draft.maximumFileSize + 1), earlier == waiting {
        try? importing.remove(found.name)
        report.importedBefore.append(found.draft.reference)
        return false
      }
      moveToQuarantine(found.name, from: importing, box: "new", .duplicate)
      return false
    }

    // 2. Write every file, draft by draft. A draft whose files cannot all be written goes back to new/.
    // The files are made on every processor at once, a batch at a time, and written in order.
    var writtenOK: [FoundDraft] = []
    let formats = request.formats.filter { $0 != .csv }
    var rendered: [[String]] = []
    for (position, found) in toImport.enumerated() {
      if position % Importer.batch == 0 {
        rendered = Importer.render(toImport[position..<min(toImport.count, position + Importer.batch)].map(\.draft), formats, timeZone: request.timeZone)
      }
      var ok = true
      for (formatIndex, format) in formats.enumerated() {
        let name = format.fileName(for: found.draft.reference)
        do {
          try Importer.write(rendered[position % Importer.batch][formatIndex], as: name, in: destination)
          report.written.append(name)
        } catch {
          report.failures.append("\(found.draft.reference) was not imported: \(error)")
          ok = false
          break
        }
      }
      if ok {
        writtenOK.append(found)
      } else if found.box == .new {
        putBack(found.name)
      }
    }

    // 3. The one CSV file, merged with any drafts.csv already in the destination, under its lock.
    if request.formats.contains(.csv), !writtenOK.isEmpty {
      do {
        try Importer.writeCSV(writtenOK.map(\.draft), in: destination)
        report.written.append(CSVFormat.fileName)
      } catch {
        report.failures.append("\(error) The drafts were left in new/.")
        for found in writtenOK where found.box == .new { putBack(found.name) }
        writtenOK = []
      }
    }

    // 4. Only now, with the files on disk, move each claimed draft to cur/, then flush the folders once.
    // The files were written unflushed; one flush of the whole file system puts them all on disk.
    if !destination.syncFileSystem() {
      for name in report.written { destination.flushFile(name) }
    }
    destination.syncFolder()
    defer {
      cur.syncFolder()
      importing.syncFolder()
      new.syncFolder()
    }
    for found in writtenOK {
      guard found.box == .new else {
        if !report.importedBefore.contains(found.draft.reference) { report.importedBefore.append(found.draft.reference) }
        continue
      }
      do {
        try importing.move(found.name, to: cur, as: found.name, sync: false)
        report.imported.append(found.draft.reference)
      } catch {
        if putBack(found.name) {
          report.failures.append("\(found.draft.reference): its files were written, but it could not be moved to cur/, so it is waiting in new/ again: \(error)")
        }
      }
    }
    return report
  }

  /// How many drafts are made into files at once.
  static let batch = 64

  /// `drafts` in each of `formats`, made on every processor at once: for each draft, its files' text.
  static func render(_ drafts: [Draft], _ formats: [ExportFormat], timeZone: TimeZone) -> [[String]] {
    let results = UnsafeMutableBufferPointer<[String]>.allocate(capacity: drafts.count)
    results.initialize(repeating: [])
    defer { results.deinitialize().deallocate() }
    // Each worker writes only its own slots, and all are done before the results are read.
    nonisolated(unsafe) let slots = results
    DispatchQueue.concurrentPerform(iterations: drafts.count) { index in
      slots[index] = formats.map { $0.render(drafts[index], timeZone: timeZone) }
    }
    return Array(results)
  }

  /// A draft claimed longer ago than this was left in `importing/` by an import that stopped.
  public static let claimAbandonedAfter: TimeInterval = 60 * 60

  /// Writes `text` as `name` in `folder`, replacing an older copy atomically. The folder itself is
  /// flushed once, before any draft is moved to `cur/`.
  static func write(_ text: String, as name: String, in folder: Directory) throws(FileSystemError) {
    try folder.replaceFile(name, Data(text.utf8), scratch: folder, scratchName: ScratchName.make(for: name), sync: false)
  }

  /// Writes `drafts.csv`: the rows already there (whose columns must match), with these drafts' rows
  /// replacing any for the same reference and the rest added at the end.
  static func writeCSV(_ drafts: [Draft], in folder: Directory) throws(FileSystemError) {
    try folder.withExclusiveLock(waitingAtMost: csvLockWait) { () throws(FileSystemError) in
      try mergeCSV(drafts, in: folder)
    }
  }

  /// The longest wait, in seconds, for another import to finish writing `drafts.csv`.
  static let csvLockWait: Double = 60

  private static func mergeCSV(_ drafts: [Draft], in folder: Directory) throws(FileSystemError) {
    var rows: [[String]] = []
    if folder.contains(CSVFormat.fileName) {
      let data = try folder.readFile(CSVFormat.fileName, limit: 256 << 20)
      guard let parsed = CSVFormat.parse(String(decoding: data, as: UTF8.self)), parsed.first == CSVFormat.columns else {
        throw FileSystemError("cannot add to \(shown(folder.path + "/" + CSVFormat.fileName))", code: 0,
                              detail: "it was not written by this version of sds (its columns are different). Move it away, or import to another folder.")
      }
      rows = Array(parsed.dropFirst())
    }
    for draft in drafts {
      let row = CSVFormat.row(draft)
      if let index = rows.firstIndex(where: { $0.first == row[0] }) { rows[index] = row } else { rows.append(row) }
    }
    let text = ([CSVFormat.columns] + rows).map(CSVFormat.line).joined()
    try write(text, as: CSVFormat.fileName, in: folder)
  }

  /// Moves a bad file into `quarantine/` (renamed when its name is odd), with a `.reason` file beside it.
  /// Returns its name there.
  static func quarantine(_ name: String, from source: Directory, box: String, to quarantine: Directory, _ problem: DraftReadProblem, now: Date) throws(FileSystemError) -> String {
    let safe = !name.isEmpty && name.count <= 200 && !name.hasPrefix(".")
      && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_") }
    let stamp = ISO8601.string(now).filter { $0.isNumber }
    let base = safe ? name : "file-\(stamp)"
    var target = base
    var counter = 1
    while quarantine.contains(target) || quarantine.contains(target + ".reason") {
      counter += 1
      target = "\(base)-\(counter)"
    }
    try source.move(name, to: quarantine, as: target)
    let reason = """
      sds import moved this file here at \(ISO8601.string(now)).
      It was \(box)/\(InertText.short(name, limit: 200))\(safe ? "" : " (its name had odd characters, so it was renamed)").
      Why: \(problem).
      Nothing has been deleted. Look at the file, then remove it or deal with it by hand.
      If this keeps happening, tell whoever looks after the kiosks.

      """
    try? quarantine.createFile(target + ".reason", Data(reason.utf8))
    return target
  }
}
