# Shared set-up for Scripts/sds, Scripts/test, Scripts/package, Scripts/kiosk and Scripts/bench.
# Source it; do not run it. Installs the system packages SDS Companion needs when they are missing,
# finds Swift, and sets SDS_ROOT to the repository. It never changes the caller's folder.
#
# To need another Debian package (a server the tests start, say), add one line where it is needed:
#   ensure_packages nginx
set -euo pipefail

SDS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export SDS_ROOT

say() { printf 'sds-setup: %s\n' "$*" >&2; }

# The command a person should type to install packages, for messages: with sudo when not root.
install_command() {
  if [ "$(id -u)" -eq 0 ]; then printf 'apt-get update && apt-get install -y %s' "$*"
  else printf 'sudo apt-get update && sudo apt-get install -y %s' "$*"; fi
}

# Says why apt-get failed and what to try. $1 is its log; the rest are the packages wanted.
apt_failed() {
  local log="$1"; shift
  say "apt-get could not install $*. The last lines it printed:"
  tail -n 5 "$log" | sed 's/^/    /' >&2
  if grep -qi 'could not get lock\|unable to acquire the dpkg frontend lock' "$log"; then
    say "Another program is installing or updating packages (automatic updates, perhaps). Wait a few minutes, then run this again."
  elif grep -qi 'dpkg was interrupted' "$log"; then
    say "An earlier install was stopped half way. Run: $( [ "$(id -u)" -eq 0 ] || printf 'sudo ' )dpkg --configure -a   then run this again."
  elif grep -qi 'temporary failure resolving\|could not resolve\|failed to fetch\|network is unreachable\|connection timed out' "$log"; then
    say "apt-get could not reach the package servers. Check this computer's network connection (and proxy, if you use one), then run this again."
  elif grep -qi 'unable to locate package\|has no installation candidate' "$log"; then
    say "Your package lists do not have one of them. Check that /etc/apt/sources.list names the main Debian or Ubuntu archive, then run this again."
  elif grep -qi 'a password is required\|a terminal is required' "$log"; then
    say "sudo needs a password but could not ask for one. Run this from a terminal, or as root."
  else
    say "Try it yourself to see the whole message: $(install_command "$@")"
  fi
  say "apt-get's full output is in $log."
}

# Installs the Debian packages named, skipping those already installed.
ensure_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    say "These packages are missing: ${missing[*]}. This is not a Debian or Ubuntu system, so install them with your system's package manager, then run this again."
    return 1
  fi
  local root=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      say "SDS Companion needs these Debian packages: ${missing[*]}."
      say "I cannot install them: I am not root and sudo is not installed. Ask an administrator to run this as root, then run me again:"
      say "  apt-get update && apt-get install -y ${missing[*]}"
      return 1
    fi
    root=(sudo)
    say "Installing ${missing[*]} with sudo apt-get (sudo may ask for your password). This takes a minute or two ..."
  else
    say "Installing ${missing[*]} with apt-get. This takes a minute or two ..."
  fi
  local log
  log="$(mktemp "${TMPDIR:-/tmp}/sds-apt.XXXXXX")"
  # A failed update (one unreachable mirror, say) may still leave lists good enough to install from.
  "${root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >"$log" 2>&1 || true
  if ! "${root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >>"$log" 2>&1; then
    apt_failed "$log" "${missing[@]}"
    return 1
  fi
  rm -f "$log"
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
# Run it from SDS_ROOT.
build_release() {
  # The warning comes on standard output; standard error is left alone. pipefail (above) keeps
  # swift build's own exit status.
  swift build -c release --static-swift-stdlib "$@" | { grep --line-buffered -v "the use of \`mktemp' is dangerous" || true; }
}

# Reads swift build's output and talks like a person: every 30 seconds a line saying how long it has
# been and how far it has got, in place of "[12/300] Compiling ..." lines (a release build can be quiet
# for minutes while it optimises one module). Warnings and errors pass through whole.
build_progress() {
  local line="" partial="" step="" started=$SECONDS last=$SECONDS status
  while :; do
    if IFS= read -r -t 5 line; then
      line="$partial$line"; partial=""
      case "$line" in
        \[*/*\]*) step="${line#\[}"; step="${step%%\]*}" ;;
        "Building for "*|"Build complete!"*|"Build of product"*) ;;
        *) printf '%s\n' "$line" ;;
      esac
    else
      status=$?
      if [ "$status" -le 128 ]; then
        # The end of the output; a last line without a newline is still shown.
        line="$partial$line"
        [ -n "$line" ] && printf '%s\n' "$line"
        break
      fi
      partial="$partial$line"
    fi
    if [ $((SECONDS - last)) -ge 30 ]; then
      last=$SECONDS
      say "still building${step:+ (step ${step%/*} of ${step#*/})}: $((SECONDS - started)) seconds so far ..."
    fi
  done
}

# build_release for PRODUCT, saying what is happening. The first build takes minutes, so it says so
# first, then how far it has got now and then. Run it from SDS_ROOT.
build_release_talking() {
  local product="$1" started=$SECONDS
  if [ ! -x ".build/release/$product" ]; then
    say "Building SDS Companion for the first time. This takes 2 to 4 minutes on a 2-core computer,"
    say "longer when it is busy; later builds take seconds. It says how far it has got every 30 seconds."
  fi
  build_release --product "$product" 2>&1 | build_progress
  if [ $((SECONDS - started)) -ge 20 ]; then say "Built $product in $((SECONDS - started)) seconds."; fi
}
