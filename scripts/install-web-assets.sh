#!/bin/sh
# Front-end assets come from the npm registry at install time, never at run time.
set -eu
DEST=src/offerloop/web/static/vendor
[ -f web/package.json ] || exit 0
if [ -f "$DEST/.stamp" ] && [ "$DEST/.stamp" -nt web/package.json ] && [ "$DEST/.stamp" -nt web/build.mjs ] && [ "$DEST/.stamp" -nt web/editor.js ] && [ -f "$DEST/mermaid.min.js" ]; then
    exit 0
fi
command -v npm >/dev/null 2>&1 || { echo "offerloop: npm is needed to install the editor assets (apt-get install npm)." >&2; exit 1; }
(cd web && npm install --no-audit --no-fund --loglevel=error && node build.mjs)
touch "$DEST/.stamp"
