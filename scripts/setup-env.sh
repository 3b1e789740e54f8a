# Shared by run.sh and test.sh: make .venv with bsreporter installed (plus extras given as $1).
# On Debian/Ubuntu it first installs, when missing, the system packages Python's venv and
# Qt need (as root, or through sudo when available).
set -eu
cd "$(dirname "$0")/.."

extras="${1:-}"
shift || true
apt_packages="$*"

python=${PYTHON:-python3}
missing=""
# Python is checked only to make .venv: once made, each start is spared the few hundred
# milliseconds these checks take.
if [ ! -x .venv/bin/python ]; then
    if ! command -v "$python" >/dev/null 2>&1; then
        echo "bsreporter needs Python 3.11 or newer (python3 was not found)." >&2
        exit 2
    fi
    "$python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || {
        echo "bsreporter needs Python 3.11 or newer; $("$python" --version) was found." >&2
        exit 2
    }
    "$python" -c 'import ensurepip, venv' >/dev/null 2>&1 || missing="python3-venv"
fi
# Libraries PySide6 loads even offscreen, and the xcb ones for a real X11 window.
for lib in libGL.so.1 libEGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libdbus-1.so.3 libxkbcommon-x11.so.0 libxcb-cursor.so.0 \
           libxcb-icccm.so.4 libxcb-image.so.0 libxcb-keysyms.so.1 libxcb-randr.so.0 libxcb-render-util.so.0 \
           libxcb-shape.so.0 libxcb-xinerama.so.0 libxcb-xkb.so.1; do
    if ! ldconfig -p 2>/dev/null | grep -q "$lib"; then
        case "$lib" in
            libGL.so.1) missing="$missing libgl1" ;;
            libEGL.so.1) missing="$missing libegl1" ;;
            libxkbcommon.so.0) missing="$missing libxkbcommon0" ;;
            libfontconfig.so.1) missing="$missing libfontconfig1" ;;
            libdbus-1.so.3) missing="$missing libdbus-1-3" ;;
            libxkbcommon-x11.so.0) missing="$missing libxkbcommon-x11-0" ;;
            libxcb-cursor.so.0) missing="$missing libxcb-cursor0" ;;
            libxcb-icccm.so.4) missing="$missing libxcb-icccm4" ;;
            libxcb-image.so.0) missing="$missing libxcb-image0" ;;
            libxcb-keysyms.so.1) missing="$missing libxcb-keysyms1" ;;
            libxcb-randr.so.0) missing="$missing libxcb-randr0" ;;
            libxcb-render-util.so.0) missing="$missing libxcb-render-util0" ;;
            libxcb-shape.so.0) missing="$missing libxcb-shape0" ;;
            libxcb-xinerama.so.0) missing="$missing libxcb-xinerama0" ;;
            libxcb-xkb.so.1) missing="$missing libxcb-xkb1" ;;
        esac
    fi
done
for tool in $apt_packages; do
    command -v "${tool%%:*}" >/dev/null 2>&1 || missing="$missing ${tool#*:}"
done
if [ -n "$missing" ] && command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" = 0 ] || { command -v sudo >/dev/null 2>&1 && sudo="sudo"; }
    if [ "$(id -u)" = 0 ] || [ -n "$sudo" ]; then
        echo "Installing the system packages Python and Qt need:$missing…" >&2
        $sudo apt-get update -qq >/dev/null || true
        # shellcheck disable=SC2086
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null \
            || echo "Some system packages could not be installed:$missing" >&2
    else
        echo "Please install these system packages first:$missing" >&2
    fi
fi

if [ ! -x .venv/bin/python ]; then
    echo "Setting up the Python environment in .venv (first run only)…" >&2
    "$python" -m venv .venv
fi
# bsreporter is installed in editable mode: its code is read from this folder, so it is installed again
# only when pyproject.toml (its dependencies, its commands) changed or other extras are asked for.
wanted="$(.venv/bin/python -c 'import hashlib, sys; print(hashlib.sha256(open("pyproject.toml", "rb").read()).hexdigest())')"
stamp=".venv/.bsreporter-installed${extras:+-$extras}"
if [ -z "$extras" ] && [ -f .venv/.bsreporter-installed-test ] && [ "$(cat .venv/.bsreporter-installed-test)" = "$wanted" ]; then
    stamp=.venv/.bsreporter-installed-test  # the test extras include everything the program needs
fi
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
    echo "Installing bsreporter and the libraries it uses${extras:+, with its $extras extras} (about a minute the first time)…" >&2
    .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip >/dev/null 2>&1 || true
    rm -f "$stamp"
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".${extras:+[$extras]}"
    echo "$wanted" > "$stamp"
fi
