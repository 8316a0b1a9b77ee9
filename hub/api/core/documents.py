"""Trusted documents (persisted queries): a client may send a registered document's id instead
of its text, and a deployment may accept registered documents only.

Ids follow the GraphQL-over-HTTP persisted documents appendix: `sha256:<hex>`, the SHA-256 of
the document's exact text. A request names one by `documentId` (POST body or GET query
string), or as Apollo's automatic persisted queries do (`extensions.persistedQuery
.sha256Hash`, with or without the text). The registry: the hub's own documents
(`hub/api/documents/*.graphql`) and a deployment's (`HUB_TRUSTED_DOCUMENTS`: a directory of
`.graphql` files, or JSON manifests mapping ids to texts, as Relay's persisting writes them).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hub.i18n.labels import N_

BUILT_IN = Path(__file__).parent.parent / "documents"

NOT_FOUND = N_("no trusted document has this id: send the document's text")
ONLY_TRUSTED = N_("this hub runs trusted documents only: send a registered document's id")
BOTH = N_("send a query or a documentId, not both")
MISMATCH = N_("the document's text does not match its sha256Hash")
BAD_ID = N_("documentId must be a string")


class DocumentRefused(Exception):
    """A persisted document request the hub cannot run; `code` says why to a client."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.message, self.code = message, code


def document_id(text: str) -> str:
    """The SHA-256 hex document identifier of a document's exact text."""
    return "sha256:" + hashlib.sha256(text.encode()).hexdigest()


def _read(path: Path) -> Iterable[tuple[str, str]]:
    if path.suffix == ".graphql":
        text = path.read_text(encoding="utf-8")
        yield document_id(text), text
    elif path.suffix == ".json":
        manifest = json.loads(path.read_text(encoding="utf-8"))
        for key, text in manifest.items():
            # A sha256 id is checked against its text; another id is the manifest's own.
            if key.startswith("sha256:") and key != document_id(text):
                raise ValueError(f"{path}: {key} is not the sha256 of its document")
            yield key, text


@dataclass(frozen=True)
class TrustedDocuments:
    by_id: Mapping[str, str]
    #: Only registered documents run (a production setting): a text is accepted only when it
    #: is, byte for byte, a registered one.
    only: bool = False

    @classmethod
    def load(cls, extra: Path | None, only: bool) -> TrustedDocuments:
        paths = sorted(BUILT_IN.glob("*.graphql"))
        if extra is not None:
            paths += sorted(extra.glob("*.graphql")) + sorted(extra.glob("*.json"))
        return cls({key: text for path in paths for key, text in _read(path)}, only)

    def query(self, asked_id: object, text: str | None, extensions: Any) -> str | None:
        """The text to run for a request naming `asked_id` (its documentId, or None), with
        `text` (its query) and `extensions`; refused as the appendix and Apollo's protocol
        say."""
        persisted = extensions.get("persistedQuery") if isinstance(extensions, dict) else None
        if asked_id is None and isinstance(persisted, dict) and "sha256Hash" in persisted:
            asked_id = f"sha256:{persisted['sha256Hash']}"
            if text is not None and document_id(text) != asked_id:
                raise DocumentRefused(MISMATCH, "BAD_REQUEST")
        elif asked_id is not None and text is not None:
            raise DocumentRefused(BOTH, "BAD_REQUEST")
        if asked_id is not None and not isinstance(asked_id, str):
            raise DocumentRefused(BAD_ID, "BAD_REQUEST")
        if text is None:
            if asked_id is None:
                return None  # no document at all: the ordinary "no query" error
            found = self.by_id.get(asked_id)
            if found is None:
                raise DocumentRefused(NOT_FOUND, "PERSISTED_QUERY_NOT_FOUND")
            return found
        if self.only and document_id(text) not in self.by_id:
            raise DocumentRefused(ONLY_TRUSTED, "PERSISTED_QUERY_REQUIRED")
        return text
