import Foundation
import Glibc

/// A real WebDAV server for tests: Debian's nginx with its dav module, on 127.0.0.1, with certificates
/// from a test CA made with the openssl command. It runs as one process (`master_process off`), so a
/// test can pause it (a slow server), stop it (a server that is down) and start it again.
///
/// It serves four addresses, each on a port of its own:
/// - `good`: a certificate from the test CA; `/sds/` takes drafts, `/full/` answers 507 and `/broken/` 500.
/// - `expired`: a certificate from the test CA whose dates have passed.
/// - `rogue`: a certificate from another CA, which nobody told sds to trust.
/// - `clientOnly`: the test CA's certificate, and it lets in only clients with a certificate from that CA.
public final class WebDAVServer: @unchecked Sendable {
  /// Where everything lives: certificates, the configuration, and `www/`, the served folder.
  public let folder: String
  /// The ports, by role.
  public let good: Int32, expired: Int32, rogue: Int32, clientOnly: Int32
  private var process: Process?

  /// The test CA's certificate (PEM): give it to sds with --send-ca.
  public var caFile: String { folder + "/ca.pem" }
  /// A client certificate and key from the test CA, for --send-cert and --send-key.
  public var clientCertificate: String { folder + "/client.pem" }
  public var clientKey: String { folder + "/client.key" }
  /// The served folder for `/sds/`: drafts arrive in `www/sds/new/`.
  public var drafts: String { folder + "/www/sds" }

  /// Why the server cannot run here, or nil when nginx and openssl are installed.
  public static var missing: String? {
    for (path, package) in [(nginxPath, "nginx"), (opensslPath, "openssl")] where !FileManager.default.isExecutableFile(atPath: path) {
      return "\(path) is not installed. Scripts/test installs it (apt-get install \(package)); run that, or install it by hand."
    }
    return nil
  }

  static let nginxPath = "/usr/sbin/nginx"
  static let opensslPath = "/usr/bin/openssl"

  /// Makes the certificates and the configuration, and starts nginx.
  public init() throws {
    folder = makeTemporaryFolder("sds-webdav")
    let ports = try WebDAVServer.freePorts(4)
    (good, expired, rogue, clientOnly) = (ports[0], ports[1], ports[2], ports[3])
    try makeCertificates()
    try writeConfiguration()
    try FileManager.default.createDirectory(atPath: drafts + "/new", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: drafts + "/tmp", withIntermediateDirectories: true)
    try start()
  }

  deinit { stop() }

  /// The send address of a port's folder: `https://127.0.0.1:PORT/PATH/`.
  public func address(_ port: Int32, _ path: String = "sds") -> String { "https://127.0.0.1:\(port)/\(path)/" }

  /// Starts nginx and waits until it answers.
  public func start() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: WebDAVServer.nginxPath)
    process.arguments = ["-p", folder, "-c", folder + "/nginx.conf", "-e", folder + "/error.log"]
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle(forWritingAtPath: "/dev/null")
    try process.run()
    self.process = process
    let deadline = Date().addingTimeInterval(10)
    while Date() < deadline {
      if [good, expired, rogue, clientOnly].allSatisfy(WebDAVServer.accepts) { return }
      guard process.isRunning else { break }
      usleep(20_000)
    }
    let log = (try? String(contentsOfFile: folder + "/error.log", encoding: .utf8)) ?? ""
    throw WebDAVServerError("nginx did not start: \(log.suffix(800))")
  }

  /// Stops nginx at once, as a server that goes down does. Connections are then refused. (SIGKILL:
  /// nginx started by Foundation's Process runs with SIGTERM blocked.)
  public func stop() {
    guard let process, process.isRunning else { return }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    self.process = nil
  }

  /// Pauses nginx: it still accepts connections (the kernel does that) but answers nothing, as a
  /// server that hangs does.
  public func pause() { if let process { kill(process.processIdentifier, SIGSTOP) } }

  /// Lets a paused nginx carry on.
  public func resume() { if let process { kill(process.processIdentifier, SIGCONT) } }

  /// The names of the files in `www/sds/BOX`.
  public func files(_ box: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: drafts + "/" + box)) ?? []).sorted()
  }

  // MARK: - Set-up

  private func openssl(_ arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: WebDAVServer.opensslPath)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let message = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw WebDAVServerError("openssl \(arguments.first ?? "") failed: \(String(decoding: message, as: UTF8.self))")
    }
  }

  private func makeCertificates() throws {
    for name in ["ca", "rogue-ca"] {
      try openssl(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "\(name).key", "-out", "\(name).pem", "-days", "3", "-subj", "/CN=SDS test \(name)"])
    }
    for name in ["server", "expired", "rogue", "client"] {
      var request = ["req", "-newkey", "rsa:2048", "-nodes", "-keyout", "\(name).key", "-out", "\(name).csr", "-subj", "/CN=\(name == "client" ? "kiosk-1" : "127.0.0.1")"]
      if name != "client" { request += ["-addext", "subjectAltName=IP:127.0.0.1"] }
      try openssl(request)
    }
    try """
      [ ca ]
      default_ca = test
      [ test ]
      database = index.txt
      new_certs_dir = .
      serial = serial
      default_md = sha256
      policy = any
      copy_extensions = copy
      unique_subject = no
      [ any ]
      commonName = supplied

      """.write(toFile: folder + "/ca.cnf", atomically: true, encoding: .utf8)
    try "".write(toFile: folder + "/index.txt", atomically: true, encoding: .utf8)
    try "1000\n".write(toFile: folder + "/serial", atomically: true, encoding: .utf8)
    func sign(_ name: String, by ca: String, dates: [String] = ["-days", "2"]) throws {
      try openssl(["ca", "-batch", "-notext", "-config", "ca.cnf", "-cert", "\(ca).pem", "-keyfile", "\(ca).key", "-in", "\(name).csr", "-out", "\(name).pem"] + dates)
    }
    try sign("server", by: "ca")
    try sign("client", by: "ca")
    try sign("rogue", by: "rogue-ca")
    try sign("expired", by: "ca", dates: ["-startdate", "20200101000000Z", "-enddate", "20200102000000Z"])
  }

  private func writeConfiguration() throws {
    let dav = """
          location /sds/ {
            dav_methods PUT DELETE MOVE;
            dav_access user:rw;
            create_full_put_path on;
            client_max_body_size 2m;
          }
          location /full/ { return 507; }
          location /broken/ { return 500; }
      """
    func server(_ port: Int32, certificate: String, extra: String = "") -> String {
      """
        server {
          listen 127.0.0.1:\(port) ssl;
          ssl_certificate \(folder)/\(certificate).pem;
          ssl_certificate_key \(folder)/\(certificate).key;
          root \(folder)/www;
      \(extra)
      \(dav)
        }

      """
    }
    let configuration = """
      master_process off;
      daemon off;
      worker_processes 1;
      pid \(folder)/nginx.pid;
      error_log \(folder)/error.log warn;
      events { worker_connections 64; }
      http {
        access_log \(folder)/access.log;
        client_body_temp_path \(folder)/body;
        proxy_temp_path \(folder)/proxy;
        fastcgi_temp_path \(folder)/fastcgi;
        uwsgi_temp_path \(folder)/uwsgi;
        scgi_temp_path \(folder)/scgi;
      \(server(good, certificate: "server"))
      \(server(expired, certificate: "expired"))
      \(server(rogue, certificate: "rogue"))
      \(server(clientOnly, certificate: "server", extra: "    ssl_client_certificate \(folder)/ca.pem;\n    ssl_verify_client on;"))
      }

      """
    try configuration.write(toFile: folder + "/nginx.conf", atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(atPath: folder + "/www", withIntermediateDirectories: true)
  }

  /// Ports nobody is listening on now.
  static func freePorts(_ count: Int) throws -> [Int32] {
    var sockets: [Int32] = []
    defer { sockets.forEach { close($0) } }
    var ports: [Int32] = []
    for _ in 0..<count {
      let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
      guard fd >= 0 else { throw WebDAVServerError("cannot make a socket") }
      sockets.append(fd)
      var address = sockaddr_in()
      address.sin_family = sa_family_t(AF_INET)
      address.sin_addr.s_addr = inet_addr("127.0.0.1")
      address.sin_port = 0
      var length = socklen_t(MemoryLayout<sockaddr_in>.size)
      let bound = withUnsafeMutablePointer(to: &address) { pointer in
        pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
      }
      guard bound else { throw WebDAVServerError("cannot find a free port") }
      ports.append(Int32(UInt16(bigEndian: address.sin_port)))
    }
    return ports
  }

  /// True when something accepts connections on 127.0.0.1:`port`.
  static func accepts(_ port: Int32) -> Bool {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    return withUnsafePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
    }
  }
}

/// The test server could not be set up.
public struct WebDAVServerError: Error, CustomStringConvertible {
  public var description: String
  public init(_ description: String) { self.description = description }
}
