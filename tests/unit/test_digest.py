"""SHA-256 by either implementation gives the one digest."""

from __future__ import annotations

import hashlib

import pytest

from bsreporter.digest import sha256_hex


@pytest.mark.parametrize("size", [0, 1, 64, 100_000, 1_000_000, 1_000_001, 3_000_000])
def test_the_digest_is_sha256_whatever_the_size(size: int) -> None:
    data = bytes(range(256)) * (size // 256) + bytes(size % 256)
    assert sha256_hex(data) == hashlib.sha256(data).hexdigest()
