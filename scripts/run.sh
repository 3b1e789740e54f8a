#!/bin/sh
# Install bsreporter into .venv and open (a copy of) the bundled demo report.
set -eu
here="$(dirname "$0")"
sh "$here/setup-env.sh" ""
cd "$here/.."
echo "Starting bsreporter with a copy of the demo report…" >&2
exec .venv/bin/bsreporter demo "$@"
