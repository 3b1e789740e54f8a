#!/bin/sh
# Install bsreporter into .venv and open (a copy of) the bundled demo report.
set -eu
here="$(dirname "$0")"
sh "$here/setup-env.sh" ""
cd "$here/.."
exec .venv/bin/bsreporter demo "$@"
