"""Benchmarks (not timed tests): `python -m bench [--startups N]`. See README, "Performance"."""
