"""Search folding: one normal form for text in Latin and Arabic script.

Stored next to the texts it indexes (a `search` property) and applied to queries the same way,
so search is case-, accent- and diacritic-insensitive on both backends without their analyzers.
"""

import re
import unicodedata

from hub.domain.errors import InvalidInput

# Arabic letter variants that people type interchangeably.
_ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ئ": "ي",
        "ؤ": "و",
        "ة": "ه",
        "ـ": None,  # tatweel
    }
)
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Casefold, strip Latin accents and Arabic tashkeel, fold Arabic letter variants."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    # Mn covers both Latin combining accents and Arabic harakat (fatha, damma, kasra, shadda…).
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    folded = unicodedata.normalize("NFC", stripped).translate(_ARABIC_FOLD)
    return _SPACES.sub(" ", folded).strip()


def search_text(*parts: str | None) -> str:
    """The folded text of every name and label of an entity, in all its languages."""
    return " | ".join(fold(p) for p in parts if p)


def storable(text: str) -> bool:
    """Whether a database parameter can hold it: no NUL character (FalkorDB's client writes
    parameters into the query text, which a NUL ends), no lone surrogate (not UTF-8)."""
    if "\x00" in text:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def unstorable() -> InvalidInput:
    """The refusal of a text `storable` rejects, in the API and in imports alike."""
    return InvalidInput("text may not contain NUL characters or invalid Unicode")


#: How much of a caller's value a message quotes back.
QUOTED = 60


def quoted(value: str) -> str:
    """A caller's value as a message quotes it back: whole, or its start and an ellipsis."""
    return value if len(value) <= QUOTED else value[:QUOTED] + "…"
