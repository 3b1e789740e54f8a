"""Where the program writes: the platform's proper per-user folders, never next to the program.

``BSREPORTER_HOME`` (a folder) overrides them all, for tests and portable use.
"""

from __future__ import annotations

import os
from pathlib import Path

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_APP = "bsreporter"


def _platformdirs() -> Any:
    # Imported when first needed: a command run with BSREPORTER_HOME never pays for it.
    import platformdirs

    return platformdirs


def _home_override() -> Path | None:
    value = os.environ.get("BSREPORTER_HOME")
    return Path(value) if value else None


def user_data_dir() -> Path:
    """Folder for the user's own data (the demo copy, backups); created on demand."""
    base = _home_override()
    path = base / "data" if base else Path(_platformdirs().user_data_dir(_APP, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_log_dir() -> Path:
    """Folder for the log file that holds tracebacks; created on demand."""
    base = _home_override()
    path = base / "logs" if base else Path(_platformdirs().user_log_dir(_APP, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_cache_dir() -> Path:
    """Folder for files the program can always make again (compiled translations); created on demand."""
    base = _home_override()
    path = base / "cache" if base else Path(_platformdirs().user_cache_dir(_APP, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def replace_cache_file(cache_file: Path, content: bytes, *, prefix: str) -> None:
    """Write a file of the program's cache folder whole or not at all: a reader never sees half of it.

    Unlike :func:`bsreporter.atomic.atomic_write`, nothing is fsync'ed: a cache file is only a copy of
    what can be worked out again, and one lost in a crash is simply made anew. Two processes writing the
    same file at once each rename a whole file of their own over it. An error is raised to the caller,
    who decides whether a cache that cannot be kept matters (it never does to the person).
    """
    import contextlib
    import tempfile

    handle, temporary = tempfile.mkstemp(dir=cache_file.parent, prefix=prefix, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        os.replace(temporary, cache_file)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


#: What :func:`read_json_cache` gives when the cache holds nothing usable.
CACHE_MISS: Any = object()


def read_json_cache(cache_file: Path, mark: bytes, key: str, *, max_bytes: int) -> Any:
    """The data a :func:`write_json_cache` kept in ``cache_file`` under ``mark`` and ``key``, or
    :data:`CACHE_MISS` when the file is absent, too large, not this program's, made from other input
    (another ``key``) or damaged (its payload no longer matches the hash written with it)."""
    import json

    from bsreporter.digest import sha256_hex

    try:
        if cache_file.stat().st_size > max_bytes:
            return CACHE_MISS
        head, newline, payload = cache_file.read_bytes().partition(b"\n")
        if not newline or head != b" ".join((mark, key.encode("ascii"), sha256_hex(payload).encode("ascii"))):
            return CACHE_MISS
        return json.loads(payload.decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return CACHE_MISS


def write_json_cache(cache_file: Path, mark: bytes, key: str, data: Any, *, prefix: str) -> None:
    """Keep ``data`` (plain JSON) in ``cache_file`` for :func:`read_json_cache`: a first line of ``mark``, the
    ``key`` of the input it was made from and the hash of the JSON that follows. Raises what writing raises
    (OSError), or ValueError for data JSON cannot hold."""
    import json

    from bsreporter.digest import sha256_hex

    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    head = b" ".join((mark, key.encode("ascii"), sha256_hex(payload).encode("ascii")))
    replace_cache_file(cache_file, head + b"\n" + payload, prefix=prefix)
