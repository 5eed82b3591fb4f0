/// A list of ids for a diagnostic's message, cut short so a message stays one readable line:
/// `ask.name.prompt, say.hello and 12 more`.
public func shortList(_ items: [String], most: Int = 6) -> String {
  guard items.count > most else {
    return items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
  }
  return items.prefix(most).joined(separator: ", ") + " and \(items.count - most) more"
}
