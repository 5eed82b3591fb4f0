/// What every pack must set, and how placeholders are recognised.
public enum PackRules {
  /// Terms a nation pack (a pack with no base and a nation other than `uk`) sets itself, so every
  /// word that differs between nations is right for its nation. Only terms the conversation defines
  /// are asked for (the options are `option-1-name` to `option-4-name` in the shipped conversation,
  /// `option-1` to `option-4` in older ones).
  public static let nationTerms = [
    "council", "worker", "budget", "plan", "assessment", "carer-assessment", "option-1", "option-2", "option-3", "option-4",
    "option-1-name", "option-2-name", "option-3-name", "option-4-name",
    "review-period", "paying", "phone", "email", "address", "opening-hours", "safeguarding-phone", "out-of-hours-phone", "emergency",
    "privacy-notice",
  ]

  /// Terms a council's own pack (a pack with a base) sets itself: its name and how to reach it.
  public static let localTerms = [
    "council", "phone", "email", "address", "opening-hours", "safeguarding-phone", "out-of-hours-phone",
  ]

  /// The values `status:` can have: `live` (used with the public) or `draft`.
  public static let statuses: Set<String> = ["live", "draft"]

  /// Terms every privacy notice shows (UK GDPR Articles 13 and 14): who is in charge of the answers,
  /// why the law allows it, who sees them, how long they are kept, the rights that apply, sharing to
  /// protect someone at risk, and where the full notice and the data protection officer are.
  public static let privacyTerms = [
    "controller", "lawful-basis", "recipients", "retention", "data-rights", "harm-sharing", "privacy-notice", "dpo-contact",
  ]

  /// Privacy terms a live pack sets itself (or takes from a council pack it is based on), because only
  /// the council or Trust knows them.
  public static let privacyLocalTerms = ["controller", "retention", "privacy-notice", "dpo-contact"]

  /// Words that name each nation, or a language only that nation has, for finding a nation pack's
  /// text that names another nation (an example language from the wrong place, a law from next door).
  /// "English" is left out: it is the language of every pack.
  public static let nationWords: [Nation: [String]] = [
    .england: ["england"],
    .scotland: ["scotland", "scottish", "gaelic"],
    .wales: ["wales", "welsh", "cymru"],
    .northernIreland: ["northern ireland", "northern irish", "irish", "ulster"],
  ]

  /// Digits that start the UK numbers Ofcom keeps for drama and examples (01632 960xxx, 07700 900xxx,
  /// 020 7946 0xxx, 029 2018 0xxx, 028 9649 6xxx and others): nobody can call them.
  static let fictionalNumberStarts = [
    "0163296", "07700900", "02079460", "02920180", "02896496", "01134960", "01144960", "01154960", "01164960",
    "01174960", "01184960", "01214960", "01314960", "01414960", "01514960", "01614960", "03069990", "08081570", "09098790",
  ]

  /// True when `value` is plainly a placeholder that must be replaced before anyone uses the pack:
  /// anything in square brackets, a drama phone number, or an `example` address.
  public static func isPlaceholder(_ value: String) -> Bool {
    if let open = value.firstIndex(of: "["), value[open...].contains("]") { return true }
    let lower = value.lowercased()
    if lower.contains("example.com") || lower.contains("example.org") || lower.contains("example.gov.uk") || lower.contains("@example.") { return true }
    // Runs of digits with the spaces, dashes and brackets people write in phone numbers.
    let runs = value.split(whereSeparator: { !($0.isNumber || $0 == " " || $0 == "-" || $0 == "(" || $0 == ")") })
    for run in runs {
      let number = run.filter(\.isNumber)
      if fictionalNumberStarts.contains(where: { number.hasPrefix($0) }) { return true }
    }
    return false
  }
}
