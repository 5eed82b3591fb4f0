import Foundation
import Glibc

/// One readable draft found in the drop folder.
public struct FoundDraft: Sendable {
  /// Its file name.
  public var name: String
  /// Where it is: `new` (waiting) or `cur` (imported).
  public var box: DropFolder.Box
  /// The draft.
  public var draft: Draft
  /// The draft's JSON, exactly as read (after opening it, when it was encrypted). Empty in a listing made
  /// without `keepingData`, which keeps only the drafts, so 10,000 of them fit in little memory.
  public var data: Data
  /// True when it is encrypted to the council in the drop folder.
  public var sealed: Bool { DropFolder.isSealed(name) }
}

/// A file in the drop folder that is not a draft that can be read, and why.
public struct UnreadableFile: Sendable, Equatable {
  /// Its name, as it is on disk (may hold anything: show it only through `InertText`).
  public var name: String
  /// Why it cannot be read.
  public var problem: DraftReadProblem
}

/// The drafts in one of the drop folder's folders, and the files there that are not readable drafts.
public struct DraftListing: Sendable {
  public var drafts: [FoundDraft] = []
  public var unreadable: [UnreadableFile] = []
}

extension DropFolder {
  /// The folders inside a drop folder that hold drafts.
  public enum Box: String, Sendable {
    /// Waiting to be imported.
    case new
    /// Imported.
    case cur
  }

  /// Every file in `new/` (drafts waiting) or `cur/` (drafts imported), read strictly. A folder that is
  /// not there yet holds nothing; a drop folder that is not there at all is an error. Without
  /// `keepingData` each draft's bytes are let go once it is read (`FoundDraft.data` is empty).
  public func list(_ box: Box, keepingData: Bool = true) throws(FileSystemError) -> DraftListing {
    let root = try openExisting()
    guard root.contains(box.rawValue) else { return DraftListing() }
    let folder = try root.folder(box.rawValue, create: false)
    var listing = DraftListing()
    let names = try folder.names()
    for (name, result) in zip(names, readAll(names, in: folder, keepingData: keepingData)) {
      switch result {
      case .success(let found): listing.drafts.append(FoundDraft(name: name, box: box, draft: found.0, data: found.1))
      case .failure(let problem): listing.unreadable.append(UnreadableFile(name: name, problem: problem))
      }
    }
    return listing
  }

  /// The draft with `reference`, waiting or imported; nil when neither folder has it.
  public func find(_ reference: Reference) throws(FileSystemError) -> Result<FoundDraft, DraftReadProblem>? {
    let root = try openExisting()
    for box in [Box.new, .cur] where root.contains(box.rawValue) {
      let folder = try root.folder(box.rawValue, create: false)
      guard let name = DropFolder.fileNames(for: reference).first(where: folder.contains) else { continue }
      return read(name, in: folder).map { FoundDraft(name: name, box: box, draft: $0.0, data: $0.1) }
    }
    return nil
  }

  /// Reads the files `names` in `folder` as drafts (see `read`), on every processor at once; the results
  /// in the same order. Without `keepingData`, each draft's bytes are let go once it is read.
  func readAll(_ names: [String], in folder: Directory, keepingData: Bool = true) -> [Result<(Draft, Data), DraftReadProblem>] {
    @Sendable func readOne(_ name: String) -> Result<(Draft, Data), DraftReadProblem> {
      keepingData ? read(name, in: folder) : read(name, in: folder).map { ($0.0, Data()) }
    }
    guard names.count > 1 else { return names.map(readOne) }
    let results = UnsafeMutableBufferPointer<Result<(Draft, Data), DraftReadProblem>?>.allocate(capacity: names.count)
    results.initialize(repeating: nil)
    defer { results.deinitialize().deallocate() }
    // Each worker writes only its own slots, and all are done before the results are read.
    nonisolated(unsafe) let slots = results
    let workers = min(names.count, max(1, ProcessInfo.processInfo.activeProcessorCount) * 4)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      for index in stride(from: worker, to: names.count, by: workers) { slots[index] = readOne(names[index]) }
    }
    return results.map { $0! }
  }

  /// Reads one file as a draft, treating it as hostile: only an ordinary file (never through a link),
  /// at most 1 MiB, named after its own reference, strictly `sds-draft/1`. An encrypted draft is opened
  /// with `key` first.
  func read(_ name: String, in folder: Directory) -> Result<(Draft, Data), DraftReadProblem> {
    guard let info = folder.status(of: name) else { return .failure(.unreadable(FileSystemError.explain(errno))) }
    let kind = EntryKind(mode: info.st_mode)
    guard kind == .file else { return .failure(.notRegularFile(kind: kind.words)) }
    guard let reference = DropFolder.reference(inFileName: name) else { return .failure(.unexpectedName) }
    guard Int(info.st_size) <= Draft.maximumFileSize else { return .failure(.tooLarge(bytes: Int(info.st_size))) }
    var data: Data
    do {
      data = try folder.readFile(name, limit: Draft.maximumFileSize + 1)
    } catch {
      return .failure(error.code == ELOOP ? .notRegularFile(kind: EntryKind.link.words) : .unreadable(error.detail ?? FileSystemError.explain(error.code)))
    }
    if DropFolder.isSealed(name) {
      guard let key else { return .failure(.needsKey) }
      switch key.open(data) {
      case .opened(let json): data = json
      case .notForThisKey: return .failure(.notForThisKey)
      case .notSealed: return .failure(.notSealed)
      }
    }
    let draft: Draft
    do {
      draft = try Draft.read(data)
    } catch {
      return .failure(error)
    }
    guard draft.reference == reference else { return .failure(.referenceMismatch(inside: draft.reference.description)) }
    return .success((draft, data))
  }
}

/// The order key workers see waiting drafts in.
public enum Triage {
  /// Most urgent first: by the most urgent flag, then by how many flags, then the longest waiting.
  public static func sorted(_ drafts: [FoundDraft]) -> [FoundDraft] {
    func rank(_ draft: Draft) -> Int {
      draft.flags.map { Draft.flagOrder.firstIndex(of: $0) ?? Draft.flagOrder.count }.min() ?? Int.max
    }
    return drafts.sorted { a, b in
      let ra = rank(a.draft), rb = rank(b.draft)
      if ra != rb { return ra < rb }
      if a.draft.flags.count != b.draft.flags.count { return a.draft.flags.count > b.draft.flags.count }
      if a.draft.sent != b.draft.sent { return a.draft.sent < b.draft.sent }
      return a.name < b.name
    }
  }
}
