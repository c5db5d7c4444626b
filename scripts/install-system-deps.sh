#!/bin/sh
# System packages the tests and the judge need: Chromium for the browser tests,
# libseccomp for the judge's syscall filter. Installed with apt-get only when missing.
set -eu
missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
ldconfig -p 2>/dev/null | grep -q 'libseccomp.so.2' || missing="$missing libseccomp2"
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
    echo "offerloop: please install$missing with your package manager (apt-get not found)." >&2
    exit 1
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "offerloop: installing$missing with apt-get"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -q $missing || { $SUDO apt-get update -q && $SUDO apt-get install -y -q $missing; }
