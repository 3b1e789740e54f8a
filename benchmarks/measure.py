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


def compare_processes(commands: dict[str, list[str]], floor: str, env: dict[str, str], *, rounds: int,
                      accepted: tuple[int, ...] = (0,), probe: tuple[str, str] | None = None,
                      ) -> list[dict[str, Any]]:
    """Median wall-clock time of each command as a new process, and its ratio to the ``floor`` command.

    Every command runs once untimed (disk cache, the program's own cache), then all are timed in
    interleaved rounds, so that a busy moment of the machine falls on every command alike. A command
    ending with a code outside ``accepted`` stops the measure with its error. With ``probe`` (an
    environment variable and a prefix), each process is given its launch time (``time.time()``) in the
    variable and its figure is the milliseconds it prints after the prefix (e.g. until its first paint).
    Each row also gives the median CPU time (user + system) of the process and its ratio to the floor's,
    which other work running beside the measure moves less than the wall-clock time (NaN where the system
    does not say).
    """
    import subprocess

    def launch(name: str, command: list[str]) -> tuple[float, subprocess.CompletedProcess[bytes]]:
        used = _children_cpu_ms()
        try:
            return run(command)
        finally:
            cpu[name].append(_children_cpu_ms() - used)

    def run(command: list[str]) -> tuple[float, subprocess.CompletedProcess[bytes]]:
        start = time.perf_counter()
        if probe is None:
            done = subprocess.run(command, env=env, capture_output=True, check=False)
            return (time.perf_counter() - start) * 1000, done
        done = subprocess.run(command, env={**env, probe[0]: repr(time.time())}, capture_output=True, check=False)
        lines = [line for line in done.stdout.decode(errors="replace").splitlines() if line.startswith(probe[1])]
        return (float(lines[-1].split()[-1]) if lines else float("nan")), done

    timings: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for name, command in commands.items():
        launch(name, command)
    for values in cpu.values():
        values.clear()  # the untimed runs are not counted
    for _ in range(rounds):
        for name, command in commands.items():
            elapsed, done = launch(name, command)
            timings[name].append(elapsed)
            if done.returncode not in accepted or elapsed != elapsed:  # NaN: the probe printed nothing
                raise RuntimeError(f"{name} failed: {done.stderr.decode(errors='replace').strip()}")
    base = statistics.median(timings[floor])
    cpu_base = statistics.median(cpu[floor])
    rows = []
    for name, values in timings.items():
        values.sort()
        median = statistics.median(values)
        cpu_median = statistics.median(cpu[name])
        rows.append({"operation": f"process: {name}, {median / base:.1f}x floor", "median_ms": median,
                     "p99_ms": values[min(len(values) - 1, round(0.99 * (len(values) - 1)))],
                     "peak_mb": float("nan"), "runs": rounds, "ratio": median / base,
                     "cpu_ms": cpu_median, "cpu_ratio": cpu_median / cpu_base if cpu_base > 0 else float("nan")})
    return rows


def _children_cpu_ms() -> float:
    """CPU time (user + system) used so far by the processes this one waited for; NaN where not known."""
    try:
        import resource
    except ImportError:  # Windows
        return float("nan")
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (used.ru_utime + used.ru_stime) * 1000


def print_ratios(rows: list[dict[str, Any]]) -> None:
    """Print rows of :func:`compare_processes`: median, p99 and ratio to the floor, and the CPU time's ratio."""
    width = max(len(r["operation"]) for r in rows)
    print(f"{'command':<{width}}  {'median ms':>10}  {'p99 ms':>10}  {'ratio':>6}  {'CPU ratio':>9}")
    for r in rows:
        print(f"{r['operation']:<{width}}  {r['median_ms']:>10.1f}  {r['p99_ms']:>10.1f}  {r['ratio']:>5.1f}x"
              f"  {r.get('cpu_ratio', float('nan')):>8.1f}x")
