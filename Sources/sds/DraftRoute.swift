import Foundation
import SDSEngine
import SDSHandoff

/// Which way finished drafts go: to the council's server through the queue, or into the drop folder,
/// and what that means for the person.
struct DraftRoute {
  /// Sends drafts to the council's server; nil when they go into the drop folder.
  var courier: DraftCourier?
  /// True at a kiosk: it tries again by itself every few minutes.
  var kiosk = false
  /// True when the drop folder is one the council reads (named by staff or the person), false for the
  /// default folder in the person's own home, which reaches nobody.
  var folderIsCouncils = true
  /// The copy for the person.
  var copy = CopyPlan.none

  /// How the person gets their own copy.
  enum CopyPlan {
    /// No copy.
    case none
    /// A page written in this folder (at home).
    case folder(CopyFolder)
    /// A printout on this CUPS printer, if the person asks (at a kiosk).
    case printer(String)
  }

  /// Where one draft ended up.
  enum Placed {
    /// In place: at `path` (when it is a file here), with what that means.
    case placed(path: String?, DraftDestination)
    /// Waiting in the queue at `path`; `reason` is for staff.
    case queued(path: String, DraftDestination, reason: String)
    /// Another draft has this reference; pick another.
    case nameTaken
  }

  /// Delivers `draft` the way this route says.
  func deliver(_ draft: Draft, folder: DropFolder) throws(FileSystemError) -> Placed {
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
