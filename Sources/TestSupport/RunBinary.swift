import Foundation

/// What a run of the `sds` binary printed and how it ended.
public struct RunResult: Sendable {
  /// Standard output.
  public var stdout: String
  /// Standard error.
  public var stderr: String
  /// The exit status.
  public var status: Int32
}

/// The built `sds` binary beside the test bundle.
public func sdsBinaryPath() -> String {
  let bundle = Bundle.main.bundleURL
  let candidates = [bundle.deletingLastPathComponent().appendingPathComponent("sds"), bundle.appendingPathComponent("sds")]
  for url in candidates where FileManager.default.isExecutableFile(atPath: url.path) { return url.path }
  // Fall back to the usual build folder.
  let root = repositoryRoot()
  for sub in [".build/debug/sds", ".build/release/sds"] where FileManager.default.isExecutableFile(atPath: root + "/" + sub) {
    return root + "/" + sub
  }
  return candidates[0].path
}

/// Runs the `sds` binary with `arguments`, feeding `input` to standard input.
///
/// The environment is cleaned for repeatable output (`TERM=dumb`, `NO_COLOR=1`), then `environment` is added.
public func runSDS(_ arguments: [String], input: Data = Data(), environment: [String: String] = [:], currentDirectory: String? = nil) throws -> RunResult {
  var env = ["PATH": "/usr/bin:/bin", "TERM": "dumb", "NO_COLOR": "1", "LANG": "C.UTF-8"]
  if let home = ProcessInfo.processInfo.environment["HOME"] { env["HOME"] = home }
  env["SDS_COPY_TO"] = testCopyFolder
  for (key, value) in environment { env[key] = value }
  return try runProcess(sdsBinaryPath(), arguments, input: input, environment: env, currentDirectory: currentDirectory)
}

/// Runs the program at `path` with `arguments` and exactly `environment`, feeding `input` to standard
/// input, and waits for it.
public func runProcess(_ path: String, _ arguments: [String], input: Data, environment: [String: String], currentDirectory: String? = nil) throws -> RunResult {
  ignoreBrokenPipes()
  let process = Process()
  process.executableURL = URL(fileURLWithPath: path)
  process.arguments = arguments
  process.environment = environment
  if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
  let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
  process.standardInput = stdin
  process.standardOutput = stdout
  process.standardError = stderr
  try process.run()
  // Read both pipes while writing, so a large output never blocks the child.
  let group = DispatchGroup()
  nonisolated(unsafe) var outData = Data()
  nonisolated(unsafe) var errData = Data()
  group.enter()
  DispatchQueue.global().async { outData = stdout.fileHandleForReading.readDataToEndOfFile(); group.leave() }
  group.enter()
  DispatchQueue.global().async { errData = stderr.fileHandleForReading.readDataToEndOfFile(); group.leave() }
  // A program that ends early (a usage mistake) need not read it all.
  try? stdin.fileHandleForWriting.write(contentsOf: input)
  try? stdin.fileHandleForWriting.close()
  group.wait()
  process.waitUntilExit()
  return RunResult(stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self), status: process.terminationStatus)
}

/// Runs the binary with text input.
public func runSDS(_ arguments: [String], input: String, environment: [String: String] = [:]) throws -> RunResult {
  try runSDS(arguments, input: Data(input.utf8), environment: environment)
}

/// Where tests' runs of `sds` write the person's copy unless a test says otherwise, never the Documents
/// folder of whoever runs the tests.
public let testCopyFolder = NSTemporaryDirectory() + "sds-test-copies-\(getpid())"

/// A fresh empty temporary folder.
public func makeTemporaryFolder(_ label: String = "sds-test") -> String {
  let path = NSTemporaryDirectory() + "\(label)-\(UUID().uuidString)"
  try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}
