import Foundation
import SDSEngine
import SDSHandoff
import Synchronization

extension SessionServices {
  /// The real services: drafts go into the drop folder `folder`, and saved conversations into its
  /// `saved/` folder, sealed with the person's word. Dates told to the person are in `timeZone`.
  /// Saved conversations are sealed with `savedKey` too; without it nothing can be saved.
  ///
  /// `route` says whether drafts go to the council's server (through the queue) or stay in the folder,
  /// and whether the folder is the council's or only this computer's. Notes for staff go to `staff`.
  public static func handoff(
    _ folder: DropFolder, savedKey: SavedConversationKey?, route: DraftRoute = DraftRoute(), generator: String, pack: Draft.Pack = .neutral,
    language: String = "en", timeZone: TimeZone, staff: Console = Console()
  ) -> SessionServices {
    let saved = SavedConversations(folder: folder, key: savedKey)
    let printable = PrintableCopy()

    /// Deletes the saved conversation this one carried on, now that its answers are safe elsewhere.
    func forget(_ info: ConversationInfo) -> String? {
      guard let from = info.resumedFrom, let reference = try? Reference.parse(from) else { return nil }
      do { try saved.delete(reference); return nil } catch { return "the saved answers it carried on could not be deleted: \(error)" }
    }

    /// A note for staff on standard error; the person's conversation carries on regardless.
    func staffNote(_ text: String) {
      var console = staff
      console.error("sds: " + text)
    }

    return SessionServices(
      now: Date.init,
      printCopy: {
        guard let (text, printer) = printable.take() else { return "there was no copy to print." }
        return CopyPrinter(printer: printer).print(text)
      },
      deliver: { record, info in
        var random = SystemRandomNumberGenerator()
        // A conversation carried on from a save keeps the reference the person already wrote down, so
        // the one reference finds their draft. A clash with a reference already in the folder is
        // astronomically rare; pick a new one if so.
        let resumed = info.resumedFrom.flatMap { try? Reference.parse($0) }
        for attempt in 0..<6 {
          guard let reference = attempt == 0 ? resumed : Reference.random(using: &random) else { continue }
          let draft = Draft(record: record, metadata: DraftMetadata(
            reference: reference, created: info.started, sent: Date(), pack: pack, language: record.language ?? language, generator: generator))
          do throws(FileSystemError) {
            let place: (path: String?, destination: DraftDestination)
            switch try route.deliver(draft, folder: folder) {
            case .placed(let path, let destination): place = (path, destination)
            case .nameTaken: continue
            case .queued(let path, let destination, let reason):
              staffNote("the draft \(reference) could not be sent now and waits in the queue: \(reason)")
              place = (path, destination)
            }
            if let problem = forget(info) { staffNote(problem) }
            var destination = place.destination
            let copy = PersonalCopy(draft, nextSteps: DraftRoute.nextSteps(destination), timeZone: timeZone)
            switch route.copy {
            case .none: break
            case .folder(let copyFolder):
              do throws(FileSystemError) {
                destination.copyPlace = try copyFolder.write(copy)
                destination.copy = .written
              } catch {
                staffNote("the person's copy could not be written: \(error)")
              }
            case .printer(let printer):
              destination.copy = .printer
              printable.set(copy.text(), printer: printer)
            }
            return .delivered(reference: reference.description, draftPath: place.path, destination: destination)
          } catch where error.nameTaken {
            continue
          } catch where error.tooLargeBy != nil {
            guard let shorten = DraftShortening.choose(in: record, bytesOver: error.tooLargeBy ?? 0) else {
              return .failed(staffReason: error.description)
            }
            return .tooLarge(question: shorten.questionID, keepUnder: shorten.keepUnder)
          } catch {
            return .failed(staffReason: error.description)
          }
        }
        return .failed(staffReason: "five new references in a row were already in \(Console.visible(folder.path)); this should never happen.")
      },
      save: { state, word, info in
        var random = SystemRandomNumberGenerator()
        do throws(FileSystemError) {
          let ticket = try saved.save(SavedConversation(state: state, started: info.started), word: word, now: Date(), random: &random)
          if let problem = forget(info) { staffNote(problem) }
          return .saved(reference: ticket.reference.description, until: PlainDates.day(ticket.deleteAfter, timeZone: timeZone))
        } catch {
          return .failed(staffReason: error.description)
        }
      },
      resume: { reference, word in
        // The check character tells a mistyped reference from one that is not there.
        guard (try? Reference.parse(reference)) != nil else { return .failed(.mistyped, staffReason: nil) }
        do throws(FileSystemError) {
          switch try saved.open(reference, word: word, now: Date()) {
          case .opened(let conversation): return .opened(conversation.state, started: conversation.started)
          case .notFound: return .failed(.notFound, staffReason: nil)
          case .wrongWord(let left): return .failed(.wrongWord(attemptsLeft: left), staffReason: nil)
          case .locked(let until): return .failed(.locked(until: PlainDates.time(until, timeZone: timeZone)), staffReason: nil)
          case .damaged(let reason): return .failed(.unavailable, staffReason: reason)
          }
        } catch {
          return .failed(.unavailable, staffReason: error.description)
        }
      })
  }
}

/// The copy of the last draft delivered, kept only until it is printed (or the process ends).
final class PrintableCopy: Sendable {
  private let held = Mutex<(String, String)?>(nil)

  /// Keeps `text` to print on `printer`.
  func set(_ text: String, printer: String) {
    held.withLock { $0 = (text, printer) }
  }

  /// The copy and its printer, forgotten here as they are taken.
  func take() -> (String, String)? {
    held.withLock { held in
      defer { held = nil }
      return held
    }
  }
}
