import Foundation
import Testing
import TestSupport

/// The package Scripts/test built, from SDS_DEB.
private let packageToInstall = ProcessInfo.processInfo.environment["SDS_DEB"].flatMap { $0.isEmpty ? nil : $0 }

/// Whether this test runs: when it can make a throwaway copy of this computer to install into (root, a
/// mount namespace of its own, and an overlay over `/` whose changes go to memory and vanish with it).
/// Under CI it also runs without root, and fails, so a missing set-up is never hidden by a skip; only a
/// machine that does not allow the mounts at all (a container without CAP_SYS_ADMIN) skips it.
private let canInstallIntoACopy: Bool = {
  guard packageToInstall != nil else { return false }
  if getuid() != 0 { return ProcessInfo.processInfo.environment["CI"] == "true" }
  let probe = """
    set -e; d="$(mktemp -d)"; mount -t tmpfs tmpfs "$d"; mkdir "$d/u" "$d/w" "$d/m"
    mount -t overlay overlay -o "lowerdir=/,upperdir=$d/u,workdir=$d/w" "$d/m"; test -x "$d/m/usr/bin/apt-get"
    """
  return (try? runProgram("/usr/bin/unshare", ["--mount", "--propagation", "private", "/bin/sh", "-c", probe]).status) == 0
}()

/// docs/kiosk.md followed step by step on a copy of this computer: install the package with apt, set
/// the pack and the drop folder, run the conversation as the service would (its user, its settings),
/// upgrade, remove and purge. Only starting the unit needs a running systemd, which the other tests
/// stand in for (DebianPackageTests: systemd-analyze verify, and the kiosk on a pseudo-terminal).
///
/// The copy is an overlay over `/` in a private mount namespace, with its changes held in memory, so
/// this computer itself is never changed. It needs root and mount namespaces.
@Suite(.enabled(if: canInstallIntoACopy, "needs SDS_DEB (Scripts/test), root, and a machine that allows mount namespaces and overlays"))
struct PackageInstallTests {
  /// Each step prints `ok: ...` when what the guide says is true, and the script stops at the first
  /// command that fails.
  static let steps = #"""
    set -eu
    deb="$1"; answers="$2"
    work="$(mktemp -d)"
    mount -t tmpfs tmpfs "$work"
    mkdir "$work/upper" "$work/work" "$work/root" "$work/next"
    root="$work/root"
    mount -t overlay overlay -o "lowerdir=/,upperdir=$work/upper,workdir=$work/work" "$root"
    mount --rbind /dev "$root/dev"
    mount -t proc proc "$root/proc"
    mount -t tmpfs tmpfs "$root/tmp"
    mount -t tmpfs tmpfs "$root/run"
    cp "$deb" "$root/tmp/sds.deb"
    cp "$answers" "$root/tmp/answers.txt"
    export DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 PATH=/usr/sbin:/usr/bin:/sbin:/bin
    on() { chroot "$root" "$@"; }
    quiet() { "$@" > "$work/log" 2>&1 || { cat "$work/log"; return 1; }; }
    if on dpkg-query -W sds > /dev/null 2>&1; then echo "sds is installed on this computer already"; exit 1; fi

    # Install from the package
    quiet on apt-get install -y --no-install-recommends /tmp/sds.deb
    echo "ok: installed"
    on getent passwd sds-kiosk | awk -F: '$6 == "/nonexistent" && $7 == "/usr/sbin/nologin" { print "ok: sds-kiosk has no home and no shell" }'
    on getent shadow sds-kiosk | awk -F: '$2 == "*" || $2 ~ /^!/ { print "ok: sds-kiosk has no password" }'
    on sh -c 'cd /srv && sds --version' | sed 's/^/ok: /'
    on sh -c 'cd /srv && sds check' 2>&1 | tail -n 1 | sed 's/^/ok: /'

    # The settings: the drop folder, then the two lines
    on install -d -o sds-kiosk -g sds-kiosk -m 0700 /srv/sds/outbox
    on sed -i -e 's|^SDS_PACK=.*|SDS_PACK=scotland|' -e 's|^SDS_OUTBOX=.*|SDS_OUTBOX=/srv/sds/outbox|' /etc/sds/kiosk.conf
    # As the service runs it: its user, its settings; piped answers stand in for the console.
    on setpriv --reuid=sds-kiosk --regid=sds-kiosk --init-groups env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME=/nonexistent \
      sh -c 'set -a; . /etc/sds/kiosk.conf; set +a; cd /; sds < /tmp/answers.txt' > "$work/conversation" 2>&1 \
      || { cat "$work/conversation"; exit 1; }
    on find /srv/sds/outbox/new -type f -name '*.json' -user sds-kiosk -perm 0600 | sed 's|^.*/[^/]*$|ok: a draft, only the kiosk user can read it|'
    on sh -c 'cat /srv/sds/outbox/new/*.json' | grep -A1 '"pack": {' | grep -q '"id": "scotland"' && echo "ok: the draft used the pack set in kiosk.conf"

    # Upgrade: a newer package whose kiosk.conf changed
    dpkg-deb -R "$deb" "$work/next"
    sed -i 's/^Version: .*/&+next/' "$work/next/DEBIAN/control"
    echo '# A new setting in the next version.' >> "$work/next/etc/sds/kiosk.conf"
    dpkg-deb --root-owner-group -Zgzip -z1 -b "$work/next" "$root/tmp/sds-next.deb" > /dev/null
    quiet on apt-get install -y -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold /tmp/sds-next.deb
    on dpkg-query -W -f='ok: upgraded to ${Version}\n' sds
    on grep -q '^SDS_OUTBOX=/srv/sds/outbox$' /etc/sds/kiosk.conf && echo "ok: the upgrade kept the settings"
    on test -f /etc/sds/kiosk.conf.dpkg-dist && echo "ok: the new settings file is beside them"

    # Remove
    quiet on apt-get remove -y sds
    on test ! -e /usr/bin/sds && on test -f /etc/sds/kiosk.conf && echo "ok: remove keeps kiosk.conf"
    quiet on apt-get purge -y sds
    on test ! -e /etc/sds/kiosk.conf && echo "ok: purge removes kiosk.conf"
    on getent passwd sds-kiosk > /dev/null && echo "ok: the sds-kiosk user is left"
    on sh -c 'ls /srv/sds/outbox/new/*.json' > /dev/null && echo "ok: the drafts are left"
    """#

  @Test func theKioskGuideWorksOnACopyOfThisComputer() throws {
    let answers = repositoryRoot() + "/Tests/SDSEngineTests/Golden/content/self-send.input"
    let result = try runProgram("/usr/bin/unshare", ["--mount", "--propagation", "private", "/bin/sh", "-c", Self.steps,
                                                     "install", packageToInstall!, answers])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    let expected = [
      "ok: installed",
      "ok: sds-kiosk has no home and no shell",
      "ok: sds-kiosk has no password",
      "ok: sds ",
      "ok: /usr/share/sds/Content: 0 errors",
      "ok: a draft, only the kiosk user can read it",
      "ok: the draft used the pack set in kiosk.conf",
      "ok: upgraded to ",
      "ok: the upgrade kept the settings",
      "ok: the new settings file is beside them",
      "ok: remove keeps kiosk.conf",
      "ok: purge removes kiosk.conf",
      "ok: the sds-kiosk user is left",
      "ok: the drafts are left",
    ]
    let lines = result.stdout.split(separator: "\n").map(String.init)
    for step in expected {
      #expect(lines.contains { $0.hasPrefix(step) }, "missing \"\(step)\" in:\n\(result.stdout)\(result.stderr)")
    }
  }
}
