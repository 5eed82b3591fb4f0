import Foundation

/// Makes writing to a program that has already ended an error instead of a fatal signal.
///
/// Tests feed input to `sds` through pipes. A program that ends before reading all of it (a usage
/// mistake, a kiosk that is not set up) closes its end, and the next write would raise SIGPIPE, which
/// ends the whole test process. With the signal ignored the write fails with EPIPE, which the callers
/// ignore: what the program printed and how it ended is what the test checks.
public func ignoreBrokenPipes() {
  _ = brokenPipesIgnored
}

private let brokenPipesIgnored: Void = {
  signal(SIGPIPE, SIG_IGN)
}()
