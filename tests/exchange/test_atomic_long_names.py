"""Exports with long names (Arabic and Chinese names reach the disk's limit fast): written when the name
fits the disk, refused by name when it does not, never with the system's English words or a disk-space hint."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bsreporter.atomic import write_bytes_atomically
from bsreporter.errors import ExchangeError


def _name_of(byte_count: int, suffix: str = ".pdf") -> str:
    """A file name of exactly ``byte_count`` bytes in UTF-8, in Arabic (two bytes a letter)."""
    stem_bytes = byte_count - len(suffix)
    return "ت" * (stem_bytes // 2) + "x" * (stem_bytes % 2) + suffix


@pytest.mark.parametrize("byte_count", [235, 255])
def test_export_whose_name_fits_the_disk_is_written(tmp_path: Path, byte_count: int) -> None:
    target = tmp_path / _name_of(byte_count)
    write_bytes_atomically(target, b"%PDF-1.7")  # the temporary file beside it has a longer name
    assert target.read_bytes() == b"%PDF-1.7"
    assert os.listdir(tmp_path) == [target.name]  # and is gone
    write_bytes_atomically(target, b"%PDF-1.7 again")  # replacing works the same way
    assert os.listdir(tmp_path) == [target.name]


def test_export_whose_name_is_too_long_is_refused_by_name(tmp_path: Path) -> None:
    target = tmp_path / _name_of(260)
    with pytest.raises(ExchangeError) as caught:
        write_bytes_atomically(target, b"%PDF-1.7")
    assert caught.value.key == "file_name_too_long"
    assert "too long" in str(caught.value) and "Errno" not in str(caught.value)
    assert os.listdir(tmp_path) == []
