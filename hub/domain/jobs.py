"""Due work the hub does on its own (a `hub worker`, or `hub serve` in-process): which jobs
exist, and the lease that lets several workers share one database without doing a job twice.

A worker claims a job by writing its own name and a lease end on the job's node, only if no
live lease is there; it renews nothing and releases the job when done. A worker killed mid-job
leaves a lease that runs out: another worker (or itself, restarted) then takes the job up.
Each job's steps are guarded writes, so a step done before a kill is never done again."""

from __future__ import annotations

import os
import socket
import uuid
from datetime import datetime, timedelta
from enum import StrEnum

from hub.domain.introductions import iso
from hub.domain.keys import Caller


class Job(StrEnum):
    EXPIRE_INTRODUCTIONS = "expire-introductions"


#: The worker's own identity in the events it writes: no role, no profile, this key id.
WORKER = Caller(key_id="hub-worker")


def worker_name() -> str:
    """This process, unique across machines and restarts."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def lease_end(now: datetime, lease_seconds: int) -> str:
    return iso(now + timedelta(seconds=lease_seconds))
