"""Benchmarks (not timed tests): `python -m bench [--startups N]`. See docs/performance.md."""
