import Foundation
import Glibc

/// Where a person at home keeps their copy: a folder they chose (their Documents folder unless they
/// said otherwise). Each copy is a new file, `draft-plan-REFERENCE.html`, mode 0600, written in full
/// before it gets its name; nothing there is ever replaced.
public struct CopyFolder: Sendable {
  /// The folder.
  public let path: String

  /// The folder at `path`. It is made (0700) when first used.
  public init(path: String) { self.path = path }

  /// Writes `copy` and returns the file's path.
  public func write(_ copy: PersonalCopy) throws(FileSystemError) -> String {
    let folder = try Directory.open(path, create: true)
    let name = "draft-plan-\(copy.reference).html"
    let scratch = ".\(name).part"
    if folder.contains(scratch) { try? folder.remove(scratch) }
    try folder.createFile(scratch, Data(copy.html().utf8))
    do {
      try folder.move(scratch, to: folder, as: name)
    } catch {
      try? folder.remove(scratch)
      throw error
    }
    return path + "/" + name
  }
}
