import Foundation
import TestSupport

/// Runs `sds session --jsonl` and talks to it one line at a time, waiting for each reply, so a test can
/// change the world (fix a full disk, make a folder writable) in the middle of a conversation.
final class InteractiveSession: @unchecked Sendable {
  let process = Process()
  private let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
  private let lock = NSLock()
  private var outData = Data()
  private var errData = Data()
  private var seen = 0

  /// Starts `sds session --jsonl` with `arguments`, through `wrapper` (a program and its arguments that
  /// then runs sds, such as `setpriv` or `sh -c`) when given.
  init(_ arguments: [String], binary: String = sdsBinaryPath(), wrapper: [String] = []) throws {
    ignoreBrokenPipes()
    if let program = wrapper.first {
      process.executableURL = URL(fileURLWithPath: program)
      process.arguments = Array(wrapper.dropFirst()) + [binary, "session", "--jsonl"] + arguments
    } else {
      process.executableURL = URL(fileURLWithPath: binary)
      process.arguments = ["session", "--jsonl"] + arguments
    }
    process.environment = ["PATH": "/usr/bin:/bin", "TERM": "dumb", "NO_COLOR": "1", "LANG": "C.UTF-8", "HOME": "/nonexistent", "TZ": "Europe/London",
                           "SDS_SAVED_KEY": InteractiveSession.savedKeyFile]
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    for (pipe, isOut) in [(stdout, true), (stderr, false)] {
      let handle = pipe.fileHandleForReading
      Thread.detachNewThread { [self] in
        while true {
          let chunk = handle.availableData
          if chunk.isEmpty { break }
          lock.lock()
          if isOut { outData.append(chunk) } else { errData.append(chunk) }
          lock.unlock()
        }
      }
    }
  }

  /// A key file for saved conversations, as staff make one (`openssl rand -out FILE 32`), readable by
  /// every user (some tests run sds as the user nobody).
  static let savedKeyFile: String = {
    let folder = "/tmp/sds-saved-key-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    chmod(folder, 0o755)
    let path = folder + "/saved-conversations.key"
    var bytes = [UInt8](repeating: 0, count: 32)
    for index in bytes.indices { bytes[index] = UInt8.random(in: 0...255) }
    FileManager.default.createFile(atPath: path, contents: Data(bytes), attributes: [.posixPermissions: 0o644])
    return path
  }()

  /// Every complete event so far.
  func events() -> [[String: Any]] {
    lock.lock()
    let text = String(decoding: outData, as: UTF8.self)
    lock.unlock()
    return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().compactMap {
      try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }
  }

  /// Standard error so far.
  var errors: String {
    lock.lock()
    defer { lock.unlock() }
    return String(decoding: errData, as: UTF8.self)
  }

  /// Standard error once it holds `text` (it comes through its own pipe, so it may arrive after the events
  /// of the same turn), or as it is after `timeout`.
  func errors(containing text: String, timeout: TimeInterval = 10) -> String {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline, !errors.contains(text) { Thread.sleep(forTimeInterval: 0.01) }
    return errors
  }

  /// Waits until the program asks something or ends, and returns the events since the last call.
  @discardableResult
  func waitForTurn(timeout: TimeInterval = 30) -> [[String: Any]] {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      let all = events()
      if all.count > seen, let last = all.last?["type"] as? String, last == "ask" || last == "end" {
        defer { seen = all.count }
        return Array(all[seen...])
      }
      Thread.sleep(forTimeInterval: 0.01)
    }
    return []
  }

  /// Types `text` and returns what came back.
  @discardableResult
  func type(_ text: String) -> [[String: Any]] {
    let line = try! JSONSerialization.data(withJSONObject: ["text": text]) + Data("\n".utf8)
    // A program that has ended shows up in what came back (nothing), not as a crash of the tests.
    try? stdin.fileHandleForWriting.write(contentsOf: line)
    return waitForTurn()
  }

  /// Closes input and waits for the program to end.
  func finish() -> Int32 {
    try? stdin.fileHandleForWriting.close()
    process.waitUntilExit()
    return process.terminationStatus
  }

  /// The text of every `say` in `events`, joined.
  static func said(_ events: [[String: Any]]) -> String {
    events.compactMap { $0["type"] as? String == "say" ? $0["text"] as? String : nil }.joined(separator: "\n")
  }
}
