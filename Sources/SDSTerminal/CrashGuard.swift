internal import CReadline

/// Keeps what people typed out of crash output.
///
/// The Swift runtime's crash report prints registers and memory to standard error, which on a kiosk is
/// the system journal, and may hold someone's answers. After `install()`, a fault (or a fatal signal
/// from outside: SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS, SIGQUIT, SIGXCPU) writes one fixed line
/// and ends the process with status 128 + the signal's number; no core file is made.
public enum CrashGuard {
  /// Installs the handler. Call it first thing in `main`.
  public static func install() {
    _ = sds_install_crash_handler()
  }
}
