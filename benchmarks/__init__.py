"""Timings and memory of bsreporter's operations (not pass/fail tests): `python -m benchmarks`."""
