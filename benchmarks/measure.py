"""One way to time an operation: median and p99 over repeats, peak Python memory of one run."""

from __future__ import annotations

import statistics
import time
import tracemalloc
from collections.abc import Callable
from typing import Any


def measure(operation: str, action: Callable[[], Any], *, repeat: int = 50, setup: Callable[[], Any] | None = None,
            ) -> dict[str, Any]:
    """Run ``action`` ``repeat`` times (after ``setup`` each time, untimed) and summarise."""
    timings = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    if setup is not None:
        setup()
    tracemalloc.start()
    action()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    timings.sort()
    p99 = timings[min(len(timings) - 1, round(0.99 * (len(timings) - 1)))]
    return {"operation": operation, "median_ms": statistics.median(timings), "p99_ms": p99,
            "peak_mb": peak / 1e6, "runs": repeat}
