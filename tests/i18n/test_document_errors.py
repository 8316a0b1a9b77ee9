"""graphql-core's own messages (syntax, unknown names, variables, limits) reach the client in
its language, with the names they quote kept as written."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Api

CASES: list[tuple[str, dict[str, Any], dict[str, str]]] = [
    (
        "{ countries { id }",
        {},
        {
            "fr": "erreur de syntaxe : Name attendu, <EOF> trouvé",
            "ar": "خطأ في الصياغة: كان المتوقع Name، وُجد <EOF>",
            "en": "syntax error: expected Name, found <EOF>",
        },
    ),
    (
        "{ countriez { id } }",
        {},
        {
            "fr": "le type Query n'a pas de champ countriez vouliez-vous dire countries, country ?",
            "ar": "النوع Query ليس فيه حقل countriez هل تقصد countries, country؟",
            "en": "the type Query has no field countriez did you mean countries, country?",
        },
    ),
    (
        "query ($id: ID!) { startup(id: $id) { id } }",
        {},
        {
            "fr": "la variable $id (ID!) est obligatoire",
            "ar": "المتغير $id (ID!) مطلوب",
            "en": "the variable $id (ID!) is required",
        },
    ),
    (
        "{ startups(filter: {stage: IDEAA}) { totalCount } }",
        {},
        {
            "fr": "IDEAA n'est pas une valeur de Stage vouliez-vous dire IDEA ?",
            "ar": "IDEAA ليست من قيم Stage هل تقصد IDEA؟",
            "en": "IDEAA is not a value of Stage did you mean IDEA?",
        },
    ),
    (
        "{ countries }",
        {},
        {
            "fr": "le champ countries ([Country!]!) demande une sélection de sous-champs",
            "ar": "الحقل countries ([Country!]!) يتطلب اختيار حقول فرعية",
            "en": "the field countries ([Country!]!) needs a selection of subfields",
        },
    ),
]


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
@pytest.mark.parametrize(("query", "variables", "expected"), CASES)
async def test_a_document_mistake_is_told_in_the_callers_language(
    api: Api, query: str, variables: dict[str, Any], expected: dict[str, str], language: str
) -> None:
    body = await api(query, variables, language=language)
    assert [e["message"] for e in body["errors"]] == [expected[language]]
