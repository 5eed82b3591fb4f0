import Foundation
import SDSEngine
import SDSHandoff

/// Which way finished drafts go: to the council's server through the queue, or into the drop folder,
/// and what that means for the person.
public struct DraftRoute: Sendable {
  /// Sends drafts to the council's server; nil when they go into the drop folder.
  public var courier: DraftCourier?
  /// True at a kiosk: it tries again by itself every few minutes.
  public var kiosk = false
  /// True when the drop folder is one the council reads (named by staff or the person), false for the
  /// default folder in the person's own home, which reaches nobody.
  public var folderIsCouncils = true
  /// The copy for the person.
  public var copy = CopyPlan.none

  /// How the person gets their own copy.
  public enum CopyPlan: Sendable {
    /// No copy.
    case none
    /// A page written in this folder (at home).
    case folder(CopyFolder)
    /// A printout on this CUPS printer, if the person asks (at a kiosk).
    case printer(String)
  }

  /// Where one draft ended up.
  public enum Placed {
    /// In place: at `path` (when it is a file here), with what that means.
    case placed(path: String?, DraftDestination)
    /// Waiting in the queue at `path`; `reason` is for staff.
    case queued(path: String, DraftDestination, reason: String)
    /// Another draft has this reference; pick another.
    case nameTaken
  }

  /// A route through `courier` (nil: into the drop folder), for a kiosk or not, with the person's `copy`.
  public init(courier: DraftCourier? = nil, kiosk: Bool = false, folderIsCouncils: Bool = true, copy: CopyPlan = .none) {
    self.courier = courier
    self.kiosk = kiosk
    self.folderIsCouncils = folderIsCouncils
    self.copy = copy
  }

  /// What happens next, for the person's copy, in words for the person.
  public static func nextSteps(_ destination: DraftDestination) -> [String] {
    switch destination.kind {
    case .sent:
      return ["Your draft plan has been sent to the council. Their adult social care team will read it and get in touch.",
              "A key worker will go through it with you, and may ask more questions."]
    case .retrying, .queued:
      return ["Your draft plan could not be sent straight away. It is kept, locked, on the computer you used, and will be sent from there.",
              "If you do not hear from the council within a few weeks, call them and give them your reference."]
    case .kept:
      return ["Your draft plan has not been sent. Nobody at the council has it yet.",
              "It is kept on your computer, in this file: \(destination.place ?? "the drop folder"). Email it to the council, or post them this copy, or call them and ask how to send it."]
    }
  }

  /// Delivers `draft` the way this route says.
  public func deliver(_ draft: Draft, folder: DropFolder) throws(FileSystemError) -> Placed {
    guard let courier else {
      let path = try folder.deliver(draft)
      return .placed(path: path, folderIsCouncils ? .sent : DraftDestination(.kept, place: path))
    }
    guard let certificate = folder.encryptTo, let sealed = certificate.seal(draft.jsonData()) else {
      throw .notSendable("cannot encrypt the draft", detail: "OpenSSL could not encrypt it to the council's certificate, so it was not sent")
    }
    let name = DropFolder.sealedFileName(for: draft.reference)
    switch try courier.deliver(sealed, name: name) {
    case .sent: return .placed(path: nil, .sent)
    case .nameTaken: return .nameTaken
    case .queued(let reason):
      let path = courier.queue.path + "/" + name
      return .queued(path: path, DraftDestination(kiosk ? .retrying : .queued, place: courier.queue.path), reason: reason)
    }
  }
}
