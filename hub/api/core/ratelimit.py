"""Per-key (and, for anonymous callers, per-IP) rate limits: token buckets held in memory.

The buckets live in this process: with several hub processes behind a load balancer, each
enforces the limit on its own share of the traffic (docs/security.md).
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

#: Buckets kept; the least recently used is forgotten first (a forgotten bucket is a full one).
MAX_BUCKETS = 10_000


class RateLimited(Exception):
    """The caller has used its allowance; it may retry after `retry_after` seconds."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"rate limited; retry after {retry_after} s")
        self.retry_after = retry_after


@dataclass
class _Bucket:
    tokens: float
    at: float


class RateLimiter:
    """`per_minute` requests a minute per caller, in bursts of up to `per_minute`; 0 is no limit."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0  # tokens per second
        self.clock = clock
        self.buckets: OrderedDict[str, _Bucket] = OrderedDict()

    def take(self, who: str) -> None:
        """Spend one token of `who`'s bucket, or raise RateLimited."""
        if self.capacity <= 0:
            return
        now = self.clock()
        bucket = self.buckets.pop(who, None) or _Bucket(self.capacity, now)
        bucket.tokens = min(self.capacity, bucket.tokens + (now - bucket.at) * self.rate)
        bucket.at = now
        self.buckets[who] = bucket
        if len(self.buckets) > MAX_BUCKETS:
            self.buckets.popitem(last=False)
        if bucket.tokens < 1.0:
            raise RateLimited(max(1, math.ceil((1.0 - bucket.tokens) / self.rate)))
        bucket.tokens -= 1.0
