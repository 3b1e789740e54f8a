"""SHA-256 of bytes, by whichever of Python's two implementations is quicker for their size.

``hashlib`` hashes with OpenSSL, several times faster than Python's own SHA-256, but loading
OpenSSL costs a command about 2 ms; for the small files a command hashes (form files, a report
of a few hundred kilobytes) Python's own is done sooner. The digest is the same either way.
"""

from __future__ import annotations

#: Above this many bytes OpenSSL's speed outweighs the cost of loading it.
_LARGE = 1_000_000

try:
    from _sha256 import sha256 as _own_sha256  # Python 3.11
except ImportError:  # pragma: no cover - Python 3.12 and later name it _sha2
    try:
        from _sha2 import sha256 as _own_sha256
    except ImportError:
        from hashlib import sha256 as _own_sha256


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of ``data``, in hex."""
    if len(data) > _LARGE:
        import hashlib

        return hashlib.sha256(data).hexdigest()
    return _own_sha256(data).hexdigest()  # type: ignore[no-any-return]
