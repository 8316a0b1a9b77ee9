"""The settlement templates the hub ships, written from public sources (see each module).

Durations are typical, in calendar days, not legal guarantees; check the official sources.
"""

from __future__ import annotations

from hub.domain.settlement import TemplateSpec
from hub.domain.templates.build import DISCLAIMER
from hub.domain.templates.france_marseille import FRANCE_MARSEILLE
from hub.domain.templates.morocco_technopark import MOROCCO_TECHNOPARK

SHIPPED: tuple[TemplateSpec, ...] = (FRANCE_MARSEILLE, MOROCCO_TECHNOPARK)


__all__ = ["DISCLAIMER", "FRANCE_MARSEILLE", "MOROCCO_TECHNOPARK", "SHIPPED"]
