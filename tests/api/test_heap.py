"""Once the app has started, what startup made is out of the garbage collector's full
collections (which otherwise scanned it all, 55-70 ms, every ~10 pages of 50)."""

from __future__ import annotations

import gc

from hub.api.app import create_app
from hub.config import Settings
from hub.graph.store import GraphStore


async def test_startup_objects_are_frozen(store: GraphStore, settings: Settings) -> None:
    made_before = ["made before startup"]
    app = create_app(settings, store=store)
    try:
        async with app.router.lifespan_context(app):
            assert gc.get_freeze_count() > 10_000
            assert not any(o is made_before for o in gc.get_objects())
            later = ["made while serving"]
            assert any(o is later for o in gc.get_objects())
    finally:
        gc.unfreeze()  # the rest of the test session collects as usual
