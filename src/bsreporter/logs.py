"""The log file: tracebacks go here, never in front of the user."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

from bsreporter.paths import user_log_dir

_logger = logging.getLogger("bsreporter")


def log_file() -> Path:
    """The log file's path (configures file logging on first use)."""
    path = user_log_dir() / "bsreporter.log"
    if not any(isinstance(h, logging.FileHandler) for h in _logger.handlers):
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        _logger.addHandler(handler)
        _logger.setLevel(logging.INFO)
    return path


def log_exception(exc: BaseException) -> Path:
    """Write ``exc`` with its traceback to the log; return where (or a note if that failed)."""
    try:
        path = log_file()
        _logger.error("".join(traceback.format_exception(exc)))
        return path
    except OSError:
        return Path("(the log could not be written)")
