"""Suggestion reasons in words: plurals per language, spoken languages named in the reader's."""

from __future__ import annotations

from typing import Any

from hub.domain.matching import ReasonCode
from hub.domain.vocabulary import Language
from hub.graph.store import GraphStore
from hub.i18n.reasons import explain
from tests.api.introduction_seed import seed
from tests.conftest import Api, Keys


def test_sectors_in_common_in_the_six_arabic_forms() -> None:
    got = [explain(ReasonCode.SHARED_SECTOR, Language.AR, sectors=n) for n in (0, 1, 2, 3, 11, 100)]
    assert got == [
        "لا قطاع مشترك",
        "قطاع واحد مشترك",
        "قطاعان مشتركان",
        "3 قطاعات مشتركة",
        "11 قطاعًا مشتركًا",
        "100 قطاع مشترك",
    ]
    assert explain(ReasonCode.SHARED_SECTOR, Language.FR, sectors=1) == "1 secteur en commun"
    assert explain(ReasonCode.SHARED_SECTOR, Language.EN, sectors=2) == "2 sectors in common"


def test_languages_in_common_are_named_in_the_readers_language() -> None:
    spoken = ("ar", "fr", "wo")  # Wolof has no label: its code is shown
    assert explain(ReasonCode.COMMON_LANGUAGE, Language.AR, languages=spoken) == (
        "3 لغات مشتركة: العربية، الفرنسية، wo"
    )
    assert explain(ReasonCode.COMMON_LANGUAGE, Language.FR, languages=spoken) == (
        "3 langues en commun : arabe, français, wo"
    )
    assert explain(ReasonCode.COMMON_LANGUAGE, Language.EN, languages=("fr",)) == (
        "1 language in common: French"
    )


SUGGEST = """{
  introductionSuggestions(forId: "atlas-ai", purpose: MENTORING) {
    party { ... on Mentor { id } ... on Organisation { id } }
    reasons { code label { text language dir } en: label(locale: EN) { text } } } }"""


def labels_of(found: list[dict[str, Any]], party: str) -> dict[str, dict[str, Any]]:
    entry = next(s for s in found if s["party"]["id"] == party)
    return {r["code"]: r for r in entry["reasons"]}


async def test_suggestion_reasons_are_labelled_over_http(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)
    atlas = await keys("startup", "atlas-ai")
    found = (await api.data(SUGGEST, key=atlas, language="ar"))["introductionSuggestions"]
    claire = labels_of(found, "claire")
    assert claire["COMMON_LANGUAGE"]["label"] == {
        "text": "لغتان مشتركتان: الإنجليزية، الفرنسية",
        "language": "AR",
        "dir": "RTL",
    }
    assert claire["COMMON_LANGUAGE"]["en"] == {"text": "2 languages in common: English, French"}
    assert claire["SHARED_SECTOR"]["label"]["text"] == "قطاع واحد مشترك"
    assert claire["FREE_CAPACITY"]["label"]["text"] == "يمكنه مرافقة شركة ناشئة إضافية واحدة"
    assert claire["PURPOSE_FIT"]["label"]["text"] == "يقدّم ما هو مطلوب"
    found = (await api.data(SUGGEST, key=atlas, language="fr"))["introductionSuggestions"]
    claire = labels_of(found, "claire")
    assert claire["COMMON_LANGUAGE"]["label"]["text"] == "2 langues en commun : anglais, français"
    assert claire["TARGET_MARKET"]["label"] == {
        "text": "1 marché visé",
        "language": "FR",
        "dir": "LTR",
    }
