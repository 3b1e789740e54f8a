"""Why an answer was refused: kept importable here; the catalogue lives in bsreporter.messages."""

from __future__ import annotations

from bsreporter.messages import MESSAGES, Where, render

__all__ = ["MESSAGES", "Where", "render"]
