#!/bin/sh
# `make hosted`: the whole hosted stack on this machine, in the foreground (Ctrl-C stops it all).
# Defaults use the PostgreSQL and Redis running here; set any OFFERLOOP_* variable to change them
# (docs/hosting.md lists them). The logic lives in offerloop.hosting.
set -eu
export OFFERLOOP_MODE="${OFFERLOOP_MODE:-hosted}"
export OFFERLOOP_DATABASE_URL="${OFFERLOOP_DATABASE_URL:-postgresql+psycopg://postgres@127.0.0.1:5432/offerloop}"
export OFFERLOOP_BROKER_URL="${OFFERLOOP_BROKER_URL:-redis://127.0.0.1:6379/0}"
PYTHON="${PYTHON:-$(dirname "$0")/../.venv/bin/python}"
exec "$PYTHON" -m offerloop.hosting
