#!/bin/sh
# System packages the tests and the judge need: Chromium for the browser tests,
# libseccomp for the judge's syscall filter, PostgreSQL's and Redis's server programs for the
# hosted fault tests. Installed with apt-get only when missing.
set -eu
missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
ldconfig -p 2>/dev/null | grep -q 'libseccomp.so.2' || missing="$missing libseccomp2"
# The hosted fault tests start a PostgreSQL cluster and a redis-server of their own (bench/stack.py).
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$missing postgresql"
command -v redis-server >/dev/null 2>&1 || missing="$missing redis-server"
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
