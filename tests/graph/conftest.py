"""Fixtures of the graph tests that start embedded servers of their own."""

from __future__ import annotations

import os
import shutil
import signal
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.graph.test_embedded import servers_for


@pytest.fixture
def data_dir() -> Iterator[Path]:
    """A short path (unix socket paths are limited); any server left on it is killed after."""
    path = Path(tempfile.mkdtemp(prefix="hub-emb-", dir="/tmp"))
    yield path
    for pid in servers_for(path):
        os.kill(pid, signal.SIGKILL)
    shutil.rmtree(path, ignore_errors=True)
