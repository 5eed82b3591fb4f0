import Foundation
import TestSupport

/// Runs `path` with `arguments`, feeding `input`, with exactly `environment` plus a PATH.
func runProgram(_ path: String, _ arguments: [String], input: String = "", environment: [String: String] = [:],
                currentDirectory: String? = nil) throws -> (stdout: String, stderr: String, status: Int32) {
  let result = try runProcess(path, arguments, input: Data(input.utf8),
                              environment: ["PATH": "/usr/bin:/bin:/usr/sbin:/sbin", "LANG": "C.UTF-8"].merging(environment) { _, given in given },
                              currentDirectory: currentDirectory)
  return (result.stdout, result.stderr, result.status)
}
