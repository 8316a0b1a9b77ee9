"""The schema documents itself where a client developer reads it (introspection: GraphiQL's
docs panel): every field and argument has a description, and a field guarded by a role says
which keys may use it. (graphql-schema-linter checks the SDL the same way in audits/run.)"""

from __future__ import annotations

from typing import Any

from tests.conftest import Api

ROOTS = """{ __schema {
  queryType { fields { name description args { name description } } }
  mutationType { fields { name description args { name description } } } } }"""


async def _roots(api: Api) -> list[dict[str, Any]]:
    schema = (await api.data(ROOTS, language="en"))["__schema"]
    return [*schema["queryType"]["fields"], *schema["mutationType"]["fields"]]


async def test_every_root_field_and_argument_is_described(api: Api) -> None:
    undescribed = [
        f"{field['name']}({arg['name']})" if arg else field["name"]
        for field in await _roots(api)
        for arg in [None, *field["args"]]
        if not (arg or field)["description"]
    ]
    assert undescribed == []


async def test_a_guarded_field_says_who_may_use_it(api: Api) -> None:
    described = {field["name"]: field["description"] for field in await _roots(api)}
    assert described["auditEvents"].endswith("Access: admin keys.")
    assert described["introductionStats"].endswith("Access: admin or partner keys.")
    assert described["updateStartup"].endswith("Access: admin, partner or startup keys.")
    assert described["introductions"].endswith("Access: any API key.")
    assert "Access:" not in described["startups"]  # public: its rule is the profiles' consent
