// swift-tools-version: 6.0
// SDS Companion: a scripted assistant that helps people prepare a self-directed support plan.
import PackageDescription

let package = Package(
  name: "SDSCompanion",
  products: [
    .executable(name: "sds", targets: ["sds"]),
  ],
  targets: [
    // GNU readline, reached only from SDSTerminal.
    .systemLibrary(name: "CReadline", path: "Sources/CReadline", providers: [.apt(["libreadline-dev"])]),
    // OpenSSL's libcrypto: the memorable word of a saved conversation (PBKDF2, AES-256-GCM) and SHA-256 in exports.
    .systemLibrary(name: "CCrypto", path: "Sources/CCrypto", providers: [.apt(["libssl-dev"])]),
    // libcurl (OpenSSL flavour): sends drafts to the council's WebDAV server over HTTPS (Send/).
    .systemLibrary(name: "CCurl", path: "Sources/CCurl", providers: [.apt(["libcurl4-openssl-dev"])]),

    // The pure dialogue engine: script format, checker, state machine. No I/O.
    .target(name: "SDSEngine"),
    // Content packs (nations, councils) and languages, applied as pure transforms of the parsed script.
    .target(name: "SDSPacks", dependencies: ["SDSEngine"]),
    // The pure FAQ library and matcher. Its translations use the packs' translation file format.
    .target(name: "SDSFAQ", dependencies: ["SDSEngine", "SDSPacks"]),
    // Drafts, exports, the drop folder and saved conversations.
    .target(name: "SDSHandoff", dependencies: ["SDSEngine", "CCrypto", "CCurl"], exclude: ["Schema"]),
    // The terminal: readline, wrapping, colour, kiosk mode, speech.
    .target(name: "SDSTerminal", dependencies: ["SDSEngine", "CReadline"]),
    // The application layer: finds and loads content, sets up and drives a conversation with its hand-off,
    // and writes through an output sink that tests can capture. It prints nothing of its own.
    .target(name: "SDSSession", dependencies: ["SDSEngine", "SDSPacks", "SDSFAQ", "SDSHandoff"]),
    // The command-line program: arguments, usage, one file per command, and main.swift, which exits.
    .executableTarget(name: "sds", dependencies: ["SDSEngine", "SDSPacks", "SDSFAQ", "SDSHandoff", "SDSTerminal", "SDSSession"]),

    // Measures the engine's time per turn for Scripts/bench, on content loaded as the program loads it.
    .executableTarget(name: "sds-bench", dependencies: ["SDSEngine", "SDSSession"], path: "Sources/sds-bench"),

    // Golden-file helpers for the tests.
    .target(name: "TestSupport", path: "Sources/TestSupport"),

    .testTarget(name: "SDSEngineTests", dependencies: ["SDSEngine", "TestSupport"], exclude: ["Golden", "Broken", "Fixtures"]),
    .testTarget(name: "SDSPacksTests", dependencies: ["SDSPacks", "SDSEngine", "TestSupport"], exclude: ["Broken", "Golden", "Fixtures"]),
    .testTarget(name: "SDSFAQTests", dependencies: ["SDSFAQ", "SDSEngine", "SDSPacks", "TestSupport"], exclude: ["Golden"]),
    .testTarget(name: "SDSHandoffTests", dependencies: ["SDSHandoff", "SDSEngine", "TestSupport"], exclude: ["Golden", "Fixtures"]),
    .testTarget(name: "SDSTerminalTests", dependencies: ["SDSTerminal", "SDSEngine", "SDSSession", "SDSHandoff", "TestSupport"], exclude: ["Golden"]),
    .testTarget(name: "SDSSessionTests", dependencies: ["SDSSession", "SDSEngine", "SDSHandoff", "TestSupport"]),
    .testTarget(name: "CLITests", dependencies: ["TestSupport"], exclude: ["Golden"]),
  ],
  swiftLanguageModes: [.v6]
)
