import Testing
@testable import SDSTerminal

@Suite struct StaffExitTests {
  @Test(arguments: [
    ("\\C-x\\C-q", true), ("\\e[24~", true), ("\\C-]x", true),
    ("q", false), ("abc", false), ("\\C-q", false), ("\\C-m\\C-q", false), ("\\C-i\\C-x", false), ("\\C-d\\C-d", false), ("", false),
  ])
  func keysMustNotGetInTheWayOfTyping(keys: String, acceptable: Bool) {
    #expect((TerminalFrontEnd.problem(withStaffExit: keys) == nil) == acceptable, "\(TerminalFrontEnd.problem(withStaffExit: keys) ?? "fine")")
  }
}
