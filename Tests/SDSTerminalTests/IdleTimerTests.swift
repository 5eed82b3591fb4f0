import Testing
@testable import SDSTerminal

@Suite struct IdleTimerTests {
  /// Everything due at each time, calling `due` until it has nothing more.
  private func run(_ timer: inout IdleTimer, at times: [Double]) -> [Double: [IdleTimer.Action]] {
    var result: [Double: [IdleTimer.Action]] = [:]
    for time in times {
      var actions: [IdleTimer.Action] = []
      while let action = timer.due(at: time) {
        actions.append(action)
        if action == .wipe { break }
      }
      result[time] = actions
    }
    return result
  }

  @Test func kioskDefaultWarnsAtEightMinutesRemindsThenClearsAtTen() {
    var timer = IdleTimer(policy: .kiosk, now: 1000)
    let due = run(&timer, at: [1000, 1479, 1480, 1481, 1539, 1540, 1570, 1589, 1590, 1599.5, 1600])
    #expect(due[1000] == [])
    #expect(due[1479] == [])
    #expect(due[1480] == [.warn(secondsLeft: 120)])
    #expect(due[1481] == [])
    #expect(due[1539] == [])
    #expect(due[1540] == [.remind(secondsLeft: 60)])
    #expect(due[1570] == [.remind(secondsLeft: 30)])
    #expect(due[1589] == [])
    #expect(due[1590] == [.remind(secondsLeft: 10)])
    #expect(due[1599.5] == [])
    #expect(due[1600] == [.wipe])
  }

  @Test func aKeyPressPutsItOffAndItCanBePutOffAgainAndAgain() {
    var timer = IdleTimer(policy: .kiosk, now: 0)
    #expect(timer.due(at: 480) == .warn(secondsLeft: 120))
    #expect(timer.isWarning)
    timer.activity(at: 590)
    #expect(!timer.isWarning)
    #expect(timer.due(at: 600) == nil)
    #expect(timer.due(at: 1069) == nil)
    #expect(timer.due(at: 1070) == .warn(secondsLeft: 120))
    timer.activity(at: 1100)
    #expect(timer.due(at: 1580) == .warn(secondsLeft: 120))
    #expect(timer.due(at: 1700) == .wipe)
  }

  @Test func aLateCheckSkipsRemindersAlreadyPassed() {
    var timer = IdleTimer(policy: .kiosk, now: 0)
    // The first look comes at 575 s: warn with 25 s left, then only the 10-second reminder is still to come.
    #expect(timer.due(at: 575) == .warn(secondsLeft: 25))
    #expect(timer.due(at: 575) == nil)
    #expect(timer.nextDeadline == 590)
    #expect(timer.due(at: 590) == .remind(secondsLeft: 10))
  }

  @Test func shortTimesWarnOnceThenClear() {
    var timer = IdleTimer(policy: IdlePolicy(warnAfter: 1, wipeAfter: 3), now: 0)
    #expect(timer.nextDeadline == 1)
    #expect(timer.due(at: 1) == .warn(secondsLeft: 2))
    #expect(timer.due(at: 2) == nil)
    #expect(timer.nextDeadline == 3)
    #expect(timer.due(at: 3) == .wipe)
    #expect(timer.due(at: 4) == .wipe)
  }

  @Test func noWarningMeansOnlyTheClear() {
    var timer = IdleTimer(policy: IdlePolicy(warnAfter: nil, wipeAfter: 120), now: 10)
    #expect(timer.nextDeadline == 130)
    #expect(timer.due(at: 129) == nil)
    #expect(timer.due(at: 130) == .wipe)
  }

  @Test func theNextDeadlineIsNeverLaterThanWhatIsDue() {
    var timer = IdleTimer(policy: .kiosk, now: 0)
    var now = 0.0
    var seen: [IdleTimer.Action] = []
    while seen.last != .wipe {
      now = timer.nextDeadline
      while let action = timer.due(at: now) {
        seen.append(action)
        if action == .wipe { break }
      }
    }
    #expect(seen == [.warn(secondsLeft: 120), .remind(secondsLeft: 60), .remind(secondsLeft: 30), .remind(secondsLeft: 10), .wipe])
    #expect(now == 600)
  }
}
