import Foundation

/// Dates and times in the words people use in the UK: "29 December 2026", "10:45am".
///
/// Always English for now; the time zone is a parameter so the functions never read the machine's settings.
public enum PlainDates {
  static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

  private static func parts(_ date: Date, _ timeZone: TimeZone) -> DateComponents {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    return calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
  }

  /// "29 December 2026".
  public static func day(_ date: Date, timeZone: TimeZone) -> String {
    let p = parts(date, timeZone)
    return "\(p.day!) \(months[p.month! - 1]) \(p.year!)"
  }

  /// "10:45am", "3pm", "midday", "midnight" (the GOV.UK style).
  public static func time(_ date: Date, timeZone: TimeZone) -> String {
    let p = parts(date, timeZone)
    let hour = p.hour!, minute = p.minute!
    if minute == 0 && hour == 12 { return "midday" }
    if minute == 0 && hour == 0 { return "midnight" }
    let twelve = hour % 12 == 0 ? 12 : hour % 12
    let suffix = hour < 12 ? "am" : "pm"
    return minute == 0 ? "\(twelve)\(suffix)" : "\(twelve):\(minute < 10 ? "0" : "")\(minute)\(suffix)"
  }

  /// "1 December 2026 at 10:15am".
  public static func dayAndTime(_ date: Date, timeZone: TimeZone) -> String {
    day(date, timeZone: timeZone) + " at " + time(date, timeZone: timeZone)
  }
}
