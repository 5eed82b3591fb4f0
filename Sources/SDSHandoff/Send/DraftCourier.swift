import Foundation

/// Takes encrypted drafts to the council's server, keeping each one in the local queue until the server
/// confirms it has it.
///
/// A draft is put in the queue first and removed only after the server confirms the `MOVE`, so a sender
/// that is stopped halfway (power cut, killed, network gone) leaves it queued, to be sent next time.
public struct DraftCourier: Sendable {
  /// Where drafts wait.
  public let queue: SendQueue
  /// How they are sent.
  public let sender: WebDAVSender

  /// A courier using `queue` and `sender`.
  public init(queue: SendQueue, sender: WebDAVSender) {
    self.queue = queue
    self.sender = sender
  }

  /// What happened to one new draft.
  public enum Delivery: Equatable, Sendable {
    /// The server confirmed it.
    case sent
    /// It is in the queue; `reason` (for staff) says why it was not sent now.
    case queued(reason: String)
    /// Another draft already has this name on the server; nothing was replaced or queued. Pick a new
    /// reference and try again.
    case nameTaken
  }

  /// Queues the encrypted draft `sealed` as `name`, then sends it.
  ///
  /// Throws when it could neither be sent nor queued (a full disk and no network, say): the caller still
  /// holds the answers and can try again.
  public func deliver(_ sealed: Data, name: String) throws(FileSystemError) -> Delivery {
    var queueProblem: FileSystemError?
    do { try queue.add(sealed, name: name) } catch { queueProblem = error }
    switch sender.send(sealed, name: name) {
    case .sent:
      if queueProblem == nil { try? queue.remove(name) }
      return .sent
    case .nameTaken:
      if queueProblem == nil { try? queue.remove(name) }
      return .nameTaken
    case .failed(let reason):
      if let queueProblem {
        throw FileSystemError(queueProblem.action, code: queueProblem.code, detail: "\(queueProblem.detail ?? FileSystemError.explain(queueProblem.code)) It could not be sent either: \(reason)")
      }
      return .queued(reason: reason)
    }
  }

  /// What `sendWaiting()` did.
  public struct Report: Equatable, Sendable {
    /// Drafts the server confirmed, by name.
    public var sent: [String] = []
    /// Drafts still waiting, by name.
    public var waiting: [String] = []
    /// Files set aside in `queue/damaged/`, by name.
    public var setAside: [String] = []
    /// What went wrong, for staff, one line each.
    public var problems: [String] = []
  }

  /// Sends every draft in the queue. Stops trying after the first failure to reach the server, so a
  /// kiosk with no network does not wait once for each draft.
  ///
  /// Drafts queued less than `olderThan` seconds ago are left for now: a kiosk's background retry passes
  /// a few minutes, so it never races the conversation that is sending that very draft.
  public func sendWaiting(olderThan: TimeInterval = 0) -> Report {
    var report = Report()
    let names: [String]
    do { names = try queue.waiting() } catch {
      report.problems.append(error.description)
      return report
    }
    var serverDown = false
    for name in names {
      if serverDown { report.waiting.append(name); continue }
      if olderThan > 0, let age = queue.age(of: name), age < olderThan { report.waiting.append(name); continue }
      let entry: SendQueue.Entry
      do { entry = try queue.read(name) } catch {
        report.problems.append(error.description)
        report.waiting.append(name)
        continue
      }
      switch entry {
      case .damaged(let reason):
        do {
          try queue.setAside(name, reason: reason)
          report.setAside.append(name)
          report.problems.append("\(shown(queue.path + "/" + name)) was not sent: \(reason). It is now in \(shown(queue.path + "/damaged")).")
        } catch {
          report.waiting.append(name)
          report.problems.append("\(shown(queue.path + "/" + name)) cannot be sent (\(reason)) or set aside: \(error)")
        }
      case .sealed(let data):
        switch sender.send(data, name: name) {
        case .sent:
          report.sent.append(name)
          do { try queue.remove(name) } catch { report.problems.append("\(shown(name)) was sent, but could not be taken out of the queue: \(error)") }
        case .nameTaken:
          report.waiting.append(name)
          report.problems.append("the server already has a different draft called \(shown(name)); nothing was replaced. It stays in \(shown(queue.path)) for staff to send by hand with a new name.")
        case .failed(let reason):
          report.waiting.append(name)
          report.problems.append(reason)
          serverDown = true
        }
      }
    }
    return report
  }
}

extension FileSystemError {
  /// A draft that could not be made ready to send: `action` and `detail` in words for staff.
  public static func notSendable(_ action: String, detail: String) -> FileSystemError {
    FileSystemError(action, code: 0, detail: detail)
  }
}
