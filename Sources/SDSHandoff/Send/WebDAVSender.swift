internal import CCurl
import Foundation

/// What happened when one draft was sent.
public enum SendOutcome: Equatable, Sendable {
  /// The server confirmed the draft is in `new/`.
  case sent
  /// A different draft already has this name in `new/`; nothing was replaced.
  case nameTaken
  /// It did not get there; `reason` is for staff. It can be tried again later.
  case failed(reason: String)
}

/// Sends drafts to a WebDAV folder over HTTPS with libcurl: `PUT` to `tmp/NAME`, then `MOVE` to
/// `new/NAME` with `Overwrite: F`, so the folder's `new/` never holds half a file and nothing there is
/// replaced. A draft counts as sent only when the server answers the `MOVE` with success.
public struct WebDAVSender: Sendable {
  /// Where and how to send.
  public let settings: SendSettings
  /// Names the program in each request.
  public let userAgent: String

  /// A sender with `settings`.
  public init(_ settings: SendSettings, userAgent: String = "sds") {
    self.settings = settings
    self.userAgent = userAgent
  }

  /// Sends `data` (an encrypted draft) as `name`.
  public func send(_ data: Data, name: String) -> SendOutcome {
    guard data.count <= SendSettings.maximumSize else {
      return .failed(reason: "the draft is \(data.count) bytes, more than the 1 MiB that is sent. It stays queued; tell the SDS Companion developers.")
    }
    let put = request("PUT", settings.address("tmp", name), body: data, headers: ["Content-Type: application/cms"])
    switch put {
    case .failure(let failure): return .failed(reason: failure.reason)
    case .success(let answer) where answer.status == 201 || answer.status == 204: break
    case .success(let answer): return .failed(reason: "the server refused to take the draft (PUT \(shown(settings.address("tmp", name))) answered \(answer.described)).")
    }
    let move = request("MOVE", settings.address("tmp", name), headers: ["Destination: " + settings.address("new", name), "Overwrite: F"])
    switch move {
    case .failure(let failure):
      return .failed(reason: failure.reason + " The draft may or may not have arrived; it stays queued and is checked when it is sent again.")
    case .success(let answer) where answer.status == 201 || answer.status == 204:
      return .sent
    case .success(let answer) where answer.status == 412:
      // Something is already there under this name. When it is this very draft (an earlier MOVE
      // worked but its answer was lost), it has been sent; otherwise it is another draft.
      let same = isAlreadyThere(data, name: name)
      _ = request("DELETE", settings.address("tmp", name))
      switch same {
      case true?: return .sent
      case false?: return .nameTaken
      case nil: return .failed(reason: "the server already has a draft called \(shown(name)) in new/ and would not let sds read it to check it is this one. Nothing was replaced; the draft stays queued.")
      }
    case .success(let answer):
      _ = request("DELETE", settings.address("tmp", name))
      return .failed(reason: "the server did not move the draft into new/ (MOVE answered \(answer.described)).")
    }
  }

  /// Whether `new/NAME` on the server holds exactly `data`; nil when it cannot be read.
  private func isAlreadyThere(_ data: Data, name: String) -> Bool? {
    guard case .success(let answer) = request("GET", settings.address("new", name), keep: SendSettings.maximumSize + 1), answer.status == 200 else { return nil }
    return answer.body == data
  }

  /// An HTTP answer: its status and the start of its body.
  struct Answer {
    var status: Int
    var body: Data
    var described: String {
      let words = [403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 409: "Conflict", 412: "Precondition Failed",
        413: "Content Too Large", 415: "Unsupported Media Type", 500: "Internal Server Error", 502: "Bad Gateway",
        503: "Service Unavailable", 504: "Gateway Timeout", 507: "Insufficient Storage"][status]
      return words.map { "\(status) \($0)" } ?? "status \(status)"
    }
  }

  /// Makes one request and waits for its answer, or says why there was none.
  private func request(_ method: String, _ address: String, body: Data? = nil, headers: [String] = [], keep: Int = 4096) -> Result<Answer, SendFailure> {
    _ = WebDAVSender.globalSetUp
    guard let curl = curl_easy_init() else { return .failure(SendFailure(reason: "libcurl could not start a request.")) }
    defer { curl_easy_cleanup(curl) }
    var list: UnsafeMutablePointer<curl_slist>?
    for header in headers + ["Expect:", "Accept:"] { list = curl_slist_append(list, header) }
    defer { curl_slist_free_all(list) }
    let errorText = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
    errorText.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
    defer { errorText.deallocate() }
    let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: keep)
    defer { buffer.deallocate() }
    var answer = sds_curl_answer(data: buffer, capacity: keep, length: 0)
    let loopbackOnly = settings.folder.scheme == "http"
    let bodyBytes = body.map { Array($0) } ?? []
    let code: CURLcode = withUnsafeMutablePointer(to: &answer) { answerPointer in
      bodyBytes.withUnsafeBytes { bodyPointer in
        var setup: [CURLcode] = [
          sds_curl_set_string(curl, CURLOPT_URL, address),
          sds_curl_set_string(curl, CURLOPT_PROTOCOLS_STR, loopbackOnly ? "http" : "https"),
          sds_curl_set_string(curl, CURLOPT_CUSTOMREQUEST, method),
          sds_curl_set_string(curl, CURLOPT_USERAGENT, userAgent),
          sds_curl_set_long(curl, CURLOPT_NOSIGNAL, 1),
          sds_curl_set_long(curl, CURLOPT_FOLLOWLOCATION, 0),
          sds_curl_set_long(curl, CURLOPT_SSL_VERIFYPEER, 1),
          sds_curl_set_long(curl, CURLOPT_SSL_VERIFYHOST, 2),
          sds_curl_set_long(curl, CURLOPT_CONNECTTIMEOUT, settings.connectTimeout),
          sds_curl_set_long(curl, CURLOPT_TIMEOUT, settings.requestTimeout),
          sds_curl_set_pointer(curl, CURLOPT_HTTPHEADER, UnsafeMutableRawPointer(list)),
          sds_curl_set_pointer(curl, CURLOPT_ERRORBUFFER, UnsafeMutableRawPointer(errorText)),
          sds_curl_keep_answer_in(curl, answerPointer),
        ]
        if let caFile = settings.caFile { setup.append(sds_curl_set_string(curl, CURLOPT_CAINFO, caFile)) }
        if let certificate = settings.certificateFile { setup.append(sds_curl_set_string(curl, CURLOPT_SSLCERT, certificate)) }
        if let key = settings.keyFile { setup.append(sds_curl_set_string(curl, CURLOPT_SSLKEY, key)) }
        if body != nil {
          setup.append(sds_curl_set_body(curl, bodyPointer.baseAddress ?? UnsafeRawPointer(errorText), bodyPointer.count))
        } else if method == "GET" {
          setup.append(sds_curl_set_long(curl, CURLOPT_HTTPGET, 1))
        }
        if let failed = setup.first(where: { $0 != CURLE_OK }) { return failed }
        return curl_easy_perform(curl)
      }
    }
    guard code == CURLE_OK else {
      let detail = String(cString: errorText)
      let words = detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail
      return .failure(SendFailure(reason: "\(method) \(shown(address)) did not work: \(shown(words)). \(WebDAVSender.advice(code))"))
    }
    return .success(Answer(status: Int(sds_curl_status(curl)), body: Data(bytes: buffer, count: answer.length)))
  }

  /// Why a request got no answer, for staff.
  struct SendFailure: Error {
    var reason: String
  }

  /// What staff can do about a libcurl failure.
  static func advice(_ code: CURLcode) -> String {
    switch code {
    case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY: return "Check the address and this computer's network."
    case CURLE_COULDNT_CONNECT: return "The server is not answering; check it is running and reachable."
    case CURLE_OPERATION_TIMEDOUT: return "The server took too long to answer."
    case CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_CONNECT_ERROR, CURLE_SSL_CERTPROBLEM:
      return "The server's certificate could not be trusted, or the kiosk's own certificate was refused. Check --send-ca, --send-cert and --send-key and the certificates' dates."
    default: return "It will be tried again."
    }
  }

  /// libcurl's one-time set-up, done before the first request.
  private static let globalSetUp: Void = { _ = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) }()
}
