#!/usr/bin/env bash
# Install Debian packages the tests need, when this machine lets us: as root, or with
# password-less sudo. Used by tests/run-all (cmake) and tests/cross/check.sh (the Cortex-M
# toolchain) so that the test command works on a fresh machine.
#
#   bash tests/apt-install.sh LOGFILE PACKAGE...
#
# apt-get's output goes to LOGFILE. Exits 0 when the packages were installed, 1 when they could
# not be (no root or sudo, or apt-get failed); the caller then reports what is missing.
set -uo pipefail

log="$1"
shift
sudo=()
if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo=(sudo -n)
    else
        echo "apt-install: not root and no password-less sudo; install $* yourself" >&2
        exit 1
    fi
fi
command -v apt-get >/dev/null 2>&1 || { echo "apt-install: no apt-get; install $* yourself" >&2; exit 1; }
echo "apt-install: installing $* with apt-get (log: $log)"
mkdir -p "$(dirname "$log")"
{
    "${sudo[@]}" apt-get update -q </dev/null &&
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" </dev/null
} >"$log" 2>&1 || { echo "apt-install: apt-get failed, see $log" >&2; exit 1; }
