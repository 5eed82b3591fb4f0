import Foundation

/// Runs `path` with `arguments`, feeding `input`, with exactly `environment` plus a PATH.
func runProgram(_ path: String, _ arguments: [String], input: String = "", environment: [String: String] = [:],
                currentDirectory: String? = nil) throws -> (stdout: String, stderr: String, status: Int32) {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: path)
  process.arguments = arguments
  process.environment = ["PATH": "/usr/bin:/bin:/usr/sbin:/sbin", "LANG": "C.UTF-8"].merging(environment) { _, given in given }
  if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
  let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
  process.standardInput = stdin
  process.standardOutput = stdout
  process.standardError = stderr
  try process.run()
  let group = DispatchGroup()
  nonisolated(unsafe) var outData = Data()
  nonisolated(unsafe) var errData = Data()
  group.enter()
  DispatchQueue.global().async { outData = stdout.fileHandleForReading.readDataToEndOfFile(); group.leave() }
  group.enter()
  DispatchQueue.global().async { errData = stderr.fileHandleForReading.readDataToEndOfFile(); group.leave() }
  try? stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
  try? stdin.fileHandleForWriting.close()
  group.wait()
  process.waitUntilExit()
  return (String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self), process.terminationStatus)
}
