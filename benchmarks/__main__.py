"""Print every benchmark of bsreporter as one table: `python -m benchmarks` from the repository root."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def main() -> int:
    rows = []
    package_dir = Path(__file__).parent
    only = sys.argv[1:]
    for module_info in sorted(pkgutil.iter_modules([str(package_dir)]), key=lambda m: m.name):
        if not module_info.name.startswith("bench_") or (only and module_info.name not in only):
            continue
        module = importlib.import_module(f"benchmarks.{module_info.name}")
        try:
            rows += module.run()
        except Exception as exc:
            rows.append({"operation": f"{module_info.name}: FAILED ({exc})", "median_ms": float("nan"),
                         "p99_ms": float("nan"), "peak_mb": float("nan")})
    width = max(len(r["operation"]) for r in rows) if rows else 20
    print(f"{'operation':<{width}}  {'median ms':>10}  {'p99 ms':>10}  {'peak MB':>8}")
    print("-" * (width + 34))
    for r in rows:
        print(f"{r['operation']:<{width}}  {r['median_ms']:>10.2f}  {r['p99_ms']:>10.2f}  {r['peak_mb']:>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
