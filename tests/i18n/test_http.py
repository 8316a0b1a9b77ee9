"""Multilingual end to end, over GraphQL over HTTP: negotiation, fallback, direction, translated
errors, display formatting, Arabic search folding, vocabulary labels, the translation work list."""

from __future__ import annotations

from typing import Any

from hub.domain.text import search_text
from hub.graph.store import GraphStore
from tests.conftest import Api, Keys, error_codes

NNBSP, NBSP, RLM = "\u202f", "\u00a0", "\u200f"

ACADEMY = ("أكاديمية الابتكار الرقمي", "Académie de l'innovation numérique")


async def seed(store: GraphStore) -> None:
    ar, fr = ACADEMY
    await store.write(
        "CREATE (:Entity:Country {id: 'morocco', code: 'MA', region: 'africa', name_fr: 'Maroc',"
        " name_en: 'Morocco', name_ar: 'المغرب', search: $country_search,"
        " created_at: '2026-03-05T10:00:00Z'}),"
        " (:Entity:Sector {id: 'fintech', name_fr: 'Fintech', name_en: 'Fintech',"
        " search: 'fintech'}),"
        " (:Entity:Organisation {id: 'academy', kind: 'incubator', name_ar: $ar, name_fr: $fr,"
        " description_fr: 'Un incubateur.', search: $search,"
        " created_at: '2026-03-05T10:00:00Z'})",
        {
            "ar": ar,
            "fr": fr,
            "search": search_text(ar, fr),
            "country_search": search_text("Maroc", "Morocco", "المغرب"),
        },
    )


async def test_content_language_and_extensions_say_what_was_served(
    store: GraphStore, api: Api
) -> None:
    await seed(store)
    for header, language, locale in [
        ("ar-MA, fr;q=0.8", "ar", "ar_MA"),
        ("fr-FR", "fr", "fr_FR"),
        ("en-GB;q=0.9, de", "en", "en"),
        ("de, es;q=0.5", "fr", "fr"),  # unknown languages fall back to French, never fail
        (None, "fr", "fr"),
    ]:
        response = await api.post("{ countries { id } }", language=header)
        assert response.status_code == 200
        assert response.headers["content-language"] == language, header
        body = response.json()
        assert "errors" not in body
        assert body["extensions"]["language"] == language
        assert body["extensions"]["locale"] == locale


async def test_fallback_reports_the_language_served_and_arabic_runs_right_to_left(
    store: GraphStore, api: Api
) -> None:
    await seed(store)
    query = """{ organisation(id: "academy") {
        name { text language dir }
        description { text language dir }
        en: name(locale: EN) { text language dir } } }"""
    data = await api.data(query, language="ar")
    org = data["organisation"]
    assert org["name"] == {"text": ACADEMY[0], "language": "AR", "dir": "RTL"}
    # No Arabic description: the French one is served, and said so (and it runs left to right).
    assert org["description"] == {"text": "Un incubateur.", "language": "FR", "dir": "LTR"}
    # No English name: en → fr → ar.
    assert org["en"] == {"text": ACADEMY[1], "language": "FR", "dir": "LTR"}


async def test_a_translated_error_message_in_each_language(api: Api) -> None:
    query = "{ startups(first: 1000) { totalCount } }"
    expected = {
        "fr": "first doit être compris entre 0 et 100",
        "en": "first must be between 0 and 100",
        "ar": "يجب أن تكون قيمة first بين 0 و100",
    }
    for language, message in expected.items():
        response = await api.post(query, language=language)
        body = response.json()
        assert error_codes(body) == ["BAD_USER_INPUT"]
        assert body["errors"][0]["message"] == message
        assert body["errors"][0]["extensions"]["field"] == "first"
        assert response.headers["content-language"] == language


async def test_a_permission_error_in_arabic(store: GraphStore, api: Api) -> None:
    body = await api("{ missingTranslations { count } }", language="ar")
    assert error_codes(body) == ["UNAUTHENTICATED"]
    assert body["errors"][0]["message"] == (
        "يتطلب هذا مفتاح واجهة برمجية (Authorization: Bearer <المفتاح>)"
    )


async def test_arabic_search_ignores_tashkeel_and_folds_hamza_and_taa_marbuta(
    store: GraphStore, api: Api
) -> None:
    await seed(store)
    query = (
        "query($text: String) { organisations(filter: {text: $text}) { edges { node { id } } } }"
    )
    for text in [
        "اكاديميه",  # no hamza on the alef, haa for taa marbuta
        "أَكَادِيمِيَّة",  # fully vocalised
        "الابتكار",
        "ACADEMIE de l’innovation".replace("’", "'"),  # Latin, case and accents folded
        "innovation numerique",
    ]:
        data = await api.data(query, {"text": text}, language="ar")
        assert [e["node"]["id"] for e in data["organisations"]["edges"]] == ["academy"], text
    data = await api.data(query, {"text": "مدرسة"})
    assert data["organisations"]["edges"] == []


async def test_dates_formatted_per_locale_over_http(store: GraphStore, api: Api) -> None:
    await seed(store)
    query = """{ country(id: "morocco") {
        formattedCreatedAt { text language dir }
        fr: formattedCreatedAt(locale: FR) { text }
        frFR: formattedCreatedAt(locale: FR_FR) { text }
        arMA: formattedCreatedAt(locale: AR_MA) { text dir }
        en: formattedCreatedAt(locale: EN) { text }
        formattedUpdatedAt { text } } }"""
    country = (await api.data(query, language="ar"))["country"]
    assert country["formattedCreatedAt"] == {
        "text": f"05{RLM}/03{RLM}/2026",
        "language": "AR",
        "dir": "RTL",
    }
    assert country["fr"] == {"text": "5 mar. 2026"}
    assert country["frFR"] == {"text": "5 mars 2026"}
    assert country["arMA"] == {"text": f"05{RLM}/03{RLM}/2026", "dir": "RTL"}
    assert country["en"] == {"text": "Mar 5, 2026"}
    assert country["formattedUpdatedAt"] is None
    # The request's region is kept: fr-FR formats as fr_FR, plain fr as fr_MA.
    query = '{ country(id: "morocco") { formattedCreatedAt { text } } }'
    fr_fr = await api.data(query, language="fr-FR")
    assert fr_fr["country"]["formattedCreatedAt"]["text"] == "5 mars 2026"
    fr_ma = await api.data(query, language="fr")
    assert fr_ma["country"]["formattedCreatedAt"]["text"] == "5 mar. 2026"


async def test_vocabulary_labels_in_the_language_asked(api: Api) -> None:
    query = """{ vocabulary(kind: PURPOSE) { code label { text language dir } }
                 fr: vocabulary(kind: STAGE, locale: FR_FR) { code label { text } } }"""
    data = await api.data(query, language="ar")
    assert data["vocabulary"][0] == {
        "code": "MARKET_ACCESS",
        "label": {"text": "الولوج إلى السوق", "language": "AR", "dir": "RTL"},
    }
    assert [v["code"] for v in data["vocabulary"]] == [
        "MARKET_ACCESS",
        "PARTNERSHIP",
        "FUNDING",
        "TALENT",
        "SETTLEMENT_SUPPORT",
        "MENTORING",
    ]
    assert [v["label"]["text"] for v in data["fr"]] == [
        "Idée",
        "Création",
        "Développement",
        "Accélération",
    ]
    english = await api.data(
        "{ vocabulary(kind: LANGUAGE) { code label { text } } }", language="en"
    )
    assert [v["label"]["text"] for v in english["vocabulary"]] == ["French", "English", "Arabic"]


def by_language(reports: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["language"]: r for r in reports}


async def test_missing_translations_per_language(store: GraphStore, api: Api, keys: Keys) -> None:
    await seed(store)
    token = await keys("partner", "academy")
    query = """query($kind: TranslatableKind, $language: LanguageCode) {
        missingTranslations(kind: $kind, language: $language) {
            language count summary { text dir } items { kind id field name available } } }"""
    data = await api.data(query, key=token, language="fr")
    reports = by_language(data["missingTranslations"])
    assert [r["language"] for r in data["missingTranslations"]] == ["FR", "EN", "AR"]
    # Country: complete. Sector: no Arabic name. Academy: no English name, description only in fr.
    assert reports["FR"]["count"] == 0
    assert reports["FR"]["summary"] == {"text": "0 texte à traduire en français", "dir": "LTR"}
    assert {(i["id"], i["field"]) for i in reports["EN"]["items"]} == {
        ("academy", "name"),
        ("academy", "description"),
    }
    assert reports["EN"]["summary"]["text"] == "2 textes à traduire en anglais"
    assert reports["AR"]["items"] == [
        {
            "kind": "ORGANISATION",
            "id": "academy",
            "field": "description",
            "name": ACADEMY[1],
            "available": ["FR"],
        },
        {
            "kind": "SECTOR",
            "id": "fintech",
            "field": "name",
            "name": "Fintech",
            "available": ["FR", "EN"],
        },
    ]
    # Filtered by kind and language, summary in Arabic (two: the dual form).
    data = await api.data(query, {"kind": "SECTOR", "language": "AR"}, key=token, language="ar")
    [report] = data["missingTranslations"]
    assert report["count"] == 1
    assert report["summary"] == {"text": "نص واحد للترجمة إلى العربية", "dir": "RTL"}
    data = await api.data(query, {"language": "EN"}, key=token, language="ar")
    assert data["missingTranslations"][0]["summary"]["text"] == "نصان للترجمة إلى الإنجليزية"


async def test_missing_translations_is_for_admins_and_partners(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)
    await store.write(
        "CREATE (:Entity:Startup {id: 'atlas', name: 'Atlas', stage: 'idea', search: 'atlas'})"
    )
    token = await keys("startup", "atlas")
    body = await api("{ missingTranslations { count } }", key=token, language="en")
    assert error_codes(body) == ["FORBIDDEN"]
    assert body["errors"][0]["message"] == "a startup key may not do this"
    assert body["data"] is None
    admin = await keys("admin")
    data = await api.data("{ missingTranslations(kind: STARTUP) { count } }", key=admin)
    assert data["missingTranslations"] == [{"count": 0}] * 3  # no description at all: nothing


async def test_settlement_steps_and_vocabularies_of_introductions(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await store.write(
        "CREATE (:TemplateStep {id: 'fr-marseille.bank', key: 'bank', title_fr: 'Compte bancaire',"
        " title_en: 'Bank account', description_fr: 'Ouvrir un compte.',"
        " description_en: 'Open an account.', description_ar: 'فتح حساب.'})"
    )
    admin = await keys("admin")
    query = """{ missingTranslations(kind: SETTLEMENT_STEP, language: AR) {
        count items { kind id field available } } }"""
    data = await api.data(query, key=admin)
    assert data["missingTranslations"] == [
        {
            "count": 1,
            "items": [
                {
                    "kind": "SETTLEMENT_STEP",
                    "id": "fr-marseille.bank",
                    "field": "title",
                    "available": ["FR", "EN"],
                }
            ],
        }
    ]
    query = """{ states: vocabulary(kind: INTRODUCTION_STATE) { code label { text } }
                 steps: vocabulary(kind: SETTLEMENT_STEP_STATUS, locale: AR) {
                    code label { text } } }"""
    data = await api.data(query, language="fr")
    assert data["states"][3] == {"code": "ACCEPTED", "label": {"text": "acceptée"}}
    assert data["steps"][1] == {"code": "IN_PROGRESS", "label": {"text": "قيد الإنجاز"}}
