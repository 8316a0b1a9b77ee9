"""Per-request context: the store, who is asking, in which language, and the dataloaders."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from strawberry.fastapi import BaseContext
from strawberry.types import Info as StrawberryInfo

from hub.api.loaders import Loaders
from hub.config import Settings
from hub.domain.keys import Caller
from hub.domain.vocabulary import Language
from hub.graph.store import GraphStore, RoundTrips


@dataclass
class Context(BaseContext):
    store: GraphStore
    settings: Settings
    caller: Caller
    language: Language
    round_trips: RoundTrips
    loaders: Loaders = field(init=False)

    def __post_init__(self) -> None:
        super().__init__()
        self.loaders = Loaders(self.store)


Info = StrawberryInfo[Context, Any]
