"""Times as the windows show them: the report file's UTC times and backup times, in the computer's local time."""

from __future__ import annotations

import datetime as dt


def stored_time(text: str) -> dt.datetime | None:
    """A time as the report file records it (ISO 8601 UTC) as an aware datetime; None if unreadable."""
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def local_time_text(moment: dt.datetime | str, *, seconds: bool = False) -> str:
    """``2024-05-01 14:22`` in the computer's time zone (unambiguous in every language)."""
    value = stored_time(moment) if isinstance(moment, str) else moment
    if value is None:
        return str(moment)
    return value.astimezone().strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
