# Shared set-up for Scripts/sds, Scripts/test and Scripts/bench. Source it; do not run it.
# Installs the system packages SDS Companion needs when they are missing, finds Swift,
# and sets SDS_ROOT to the repository.
set -euo pipefail

SDS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export SDS_ROOT

say() { printf 'sds-setup: %s\n' "$*" >&2; }

# Runs a command as root: directly when we are root, else through sudo when it is there.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else
    say "I need to install system packages, but I am not root and sudo is not installed."
    say "Ask an administrator to run: apt-get install $*"
    return 1
  fi
}

# Installs the Debian packages named, skipping those already installed.
ensure_packages() {
  local missing=()
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    say "These packages are missing: ${missing[*]}. This is not a Debian or Ubuntu system, so install them with your system's package manager."
    return 1
  fi
  say "Installing ${missing[*]} ..."
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Puts swift on PATH, looking in the usual places when it is not there already.
find_swift() {
  if command -v swift >/dev/null 2>&1; then return 0; fi
  local dir
  for dir in /opt/swift/usr/bin /usr/share/swift/usr/bin /usr/local/swift/usr/bin; do
    if [ -x "$dir/swift" ]; then export PATH="$dir:$PATH"; return 0; fi
  done
  say "Swift 6 is not installed. Install the Swift 6 toolchain for Linux (see swift.org/install), then run this again."
  return 1
}

# The system packages the build needs.
ensure_build_deps() {
  # libcurl4-openssl-dev: sending drafts to the council's WebDAV server over HTTPS (--send-to).
  ensure_packages libreadline-dev libssl-dev libcurl4-openssl-dev pkg-config
  find_swift
}

# Builds a release product the way SDS Companion is shipped: the Swift runtime and Foundation linked
# into the binary (--static-swift-stdlib). The binary then needs only the system's own libraries
# (readline, libcrypto), so a kiosk can run a copy without a Swift toolchain, and it starts faster:
# it has far fewer libraries to load. Every release build uses the same flags, so they share one build.
# Foundation's static library makes the linker warn about mktemp, which SDS Companion never calls; that
# one line is left out so nobody is alarmed by it. Every other message is shown, and a failure still fails.
build_release() {
  # The warning comes on standard output; standard error is left alone. pipefail (above) keeps
  # swift build's own exit status.
  swift build -c release --static-swift-stdlib "$@" | { grep -v "the use of \`mktemp' is dangerous" || true; }
}
