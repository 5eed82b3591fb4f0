import Testing
@testable import SDSTerminal
#if canImport(Glibc)
import Glibc
#endif

@Suite struct TerminalDeviceTests {
  @Test func kioskSettingsTurnOffSuspendQuitAndFlowControl() {
    var settings = termios()
    settings.c_iflag = tcflag_t(IXON | ICRNL)
    withUnsafeMutableBytes(of: &settings.c_cc) { keys in
      keys[Int(VSUSP)] = 0x1A
      keys[Int(VQUIT)] = 0x1C
      keys[Int(VINTR)] = 0x03
    }
    let locked = TerminalDevice.lockedDown(settings)
    withUnsafeBytes(of: locked.c_cc) { keys in
      #expect(keys[Int(VSUSP)] == 0)
      #expect(keys[Int(VQUIT)] == 0)
      #expect(keys[Int(VINTR)] == 0x03, "Ctrl-C still asks whether to stop")
    }
    #expect(locked.c_iflag & tcflag_t(IXON) == 0)
    #expect(locked.c_iflag & tcflag_t(ICRNL) != 0)
  }

  @Test func settingsSurviveTheTripToTheNextProcess() {
    var settings = termios()
    settings.c_lflag = tcflag_t(ICANON | ECHO)
    settings.c_iflag = tcflag_t(IXON)
    withUnsafeMutableBytes(of: &settings.c_cc) { $0[Int(VSUSP)] = 0x1A }
    let text = TerminalDevice.encode(settings)
    guard let back = TerminalDevice.decode(text) else {
      Issue.record("did not decode")
      return
    }
    #expect(TerminalDevice.encode(back) == text)
    #expect(back.c_lflag == settings.c_lflag)
    #expect(TerminalDevice.decode("zz") == nil)
    #expect(TerminalDevice.decode(String(repeating: "g", count: text.count)) == nil)
  }
}
