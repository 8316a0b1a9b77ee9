"""Per-request context: the store, who is asking, in which language, and the dataloaders."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from strawberry.fastapi import BaseContext
from strawberry.types import Info as StrawberryInfo

from hub.api.core.loaders import Loaders
from hub.api.core.seen import viewing
from hub.config import Settings
from hub.domain.keys import Caller
from hub.domain.vocabulary import Language
from hub.graph.store import GraphStore, RoundTrips
from hub.i18n import Locale


@dataclass
class Context(BaseContext):
    store: GraphStore
    settings: Settings
    caller: Caller
    language: Language
    round_trips: RoundTrips
    # The formatting locale (fr_FR, ar_MA…); its language is always `language`.
    locale: Locale = Locale.FR
    # Names this request in the log and, for an unexpected error, in the client's answer.
    request_id: str = "-"
    loaders: Loaders = field(init=False)

    def __post_init__(self) -> None:
        super().__init__()
        if self.locale.language is not self.language:
            self.locale = Locale(self.language.value)
        self.loaders = Loaders(self.store, self.caller)
        viewing(self.caller)  # what this request's objects may show (api/core/seen.py)


Info = StrawberryInfo[Context, Any]
