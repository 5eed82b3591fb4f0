import SDSEngine

/// Makes text safe to print on a terminal.
public enum ScreenText {
  /// `text` with everything a terminal could act on removed: escape sequences (CSI, OSC, DCS and the rest,
  /// in 7-bit and 8-bit forms), other control characters, DEL, C1 controls, and text-direction overrides.
  ///
  /// Line breaks are kept; tabs become a space; carriage returns are dropped, so nothing can rewrite a
  /// line already shown. Apply it to every string at the point of output.
  public static func sanitise(_ text: String) -> String {
    ControlStripper.strip(text, keepingLineBreaks: true)
  }
}
