"""The role table: what admin, partner, mentor, startup and anonymous callers may do with every
root field, and which types each can read. This module is the one source of truth: the table in
docs/permissions.md is generated from it (`python -m tests.security.role_table` rewrites it) and
tests/security/test_role_table.py checks that page, the schema and every row over HTTP.

Cells: `yes` allowed; `own` allowed for its own entity (for a partner: its organisation and what
it stewards; for introductions and journeys: the parties), a rule on the graph refuses the rest;
`consent` allowed, answers filtered by consent (profile visibility; withheld small statistics
groups); `no` refused before any database work (FORBIDDEN, UNAUTHENTICATED without a key).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from graphql import (
    GraphQLInterfaceType,
    GraphQLNamedType,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLUnionType,
    get_named_type,
)

ROLES = ("admin", "partner", "mentor", "startup", "anonymous")
CELLS = ("yes", "own", "consent", "no")
PERMISSIONS = Path(__file__).resolve().parents[2] / "docs" / "permissions.md"
START, END = "<!-- role-table:start -->", "<!-- role-table:end -->"

PUBLIC = "yes yes yes yes yes"
CONSENT = "yes consent consent consent consent"
PARTIES = "yes own own own no"

#: root field -> (kind, cells for admin partner mentor startup anonymous, rule)
OPERATIONS: dict[str, tuple[str, str, str]] = {
    "node": ("query", CONSENT, "any entity; a startup or mentor only if its visibility allows"),
    "startup": ("query", CONSENT, "profile visibility: public / partners / private"),
    "startups": ("query", CONSENT, "pages and totalCount count only visible profiles"),
    "mentor": ("query", CONSENT, "profile visibility: public / partners / private"),
    "mentors": ("query", CONSENT, "pages and totalCount count only visible profiles"),
    "countries": ("query", PUBLIC, "reference data"),
    "country": ("query", PUBLIC, "reference data"),
    "cities": ("query", PUBLIC, "reference data"),
    "city": ("query", PUBLIC, "reference data; nested startups and mentors by consent"),
    "sectors": ("query", PUBLIC, "reference data"),
    "sector": ("query", PUBLIC, "reference data; nested startups and mentors by consent"),
    "programmes": ("query", PUBLIC, "reference data"),
    "programme": ("query", PUBLIC, "reference data; nested startups by consent"),
    "organisations": ("query", PUBLIC, "organisations are public"),
    "organisation": ("query", PUBLIC, "nested startups and mentors by consent"),
    "vocabulary": ("query", PUBLIC, "labels of every enum"),
    "settlementTemplates": ("query", PUBLIC, "templates are public"),
    "settlementTemplate": ("query", PUBLIC, "templates are public"),
    "missingTranslations": ("query", "yes consent no no no", "only profiles the key may see"),
    "introductionSuggestions": (
        "query",
        PARTIES,
        "for an entity the key may request for; hidden profiles are never suggested",
    ),
    "introductionPaths": (
        "query",
        "yes consent consent consent no",
        "paths only through profiles the key may see",
    ),
    "introductionStats": (
        "query",
        "yes consent no no no",
        "small groups (< 3) involving a hidden profile are withheld",
    ),
    "introduction": ("query", PARTIES, "requester, broker, target once offered; admins"),
    "introductions": ("query", PARTIES, "the introductions the key takes part in"),
    "introductionEvents": ("query", PARTIES, "events of those introductions"),
    "settlementJourney": ("query", PARTIES, "the startup, its hosts and mentors; admins"),
    "settlementStats": (
        "query",
        "yes consent no no no",
        "small groups (< 3) involving a hidden startup are withheld",
    ),
    "exportMyData": ("query", "no own own own no", "everything held about the key's entity"),
    "auditEvents": ("query", "yes no no no no", "exports and erasures"),
    "eventLog": ("query", PARTIES, "changes to its own profile and what its organisation stewards"),
    "createStartup": ("mutation", "yes yes no no no", "a partner's startup is hosted by it"),
    "updateStartup": ("mutation", "yes own no own no", "itself; partners of its hosts"),
    "deleteStartup": ("mutation", "yes own no no no", "partners of its hosts"),
    "createMentor": ("mutation", "yes yes no no no", "a partner's mentor is affiliated to it"),
    "updateMentor": ("mutation", "yes own own no no", "itself; partners it is affiliated to"),
    "deleteMentor": ("mutation", "yes own no no no", "partners it is affiliated to"),
    "createOrganisation": ("mutation", "yes no no no no", ""),
    "updateOrganisation": ("mutation", "yes own no no no", "a partner its own organisation"),
    "deleteOrganisation": ("mutation", "yes no no no no", ""),
    "linkMentorToStartup": (
        "mutation",
        PARTIES,
        "either end offers (the mentor, the startup, partners of either), the other accepts",
    ),
    "unlinkMentorFromStartup": (
        "mutation",
        PARTIES,
        "either end withdraws, declines or ends it",
    ),
    "linkStartupToHost": (
        "mutation",
        "yes own no own no",
        "either end offers (the startup or its hosts; the organisation), the other accepts",
    ),
    "unlinkStartupFromHost": (
        "mutation",
        "yes own no own no",
        "either end withdraws, declines or ends it",
    ),
    "invitations": (
        "query",
        PARTIES,
        "offers made by or to the caller's entity or what it stewards",
    ),
    "addStartupToProgramme": ("mutation", "yes own no own no", "the startup; its hosts"),
    "removeStartupFromProgramme": ("mutation", "yes own no own no", "the startup; its hosts"),
    "addStartupSector": ("mutation", "yes own no own no", "the startup; its hosts"),
    "removeStartupSector": ("mutation", "yes own no own no", "the startup; its hosts"),
    "linkPartnerOrganisations": (
        "mutation",
        "yes own no no no",
        "either organisation offers, the other accepts",
    ),
    "unlinkPartnerOrganisations": (
        "mutation",
        "yes own no no no",
        "either organisation withdraws, declines or ends it",
    ),
    "requestIntroduction": (
        "mutation",
        PARTIES,
        "for itself, or a partner for its startups; to profiles it may see",
    ),
    "reviewIntroduction": ("mutation", PARTIES, "the broker"),
    "respondToIntroduction": ("mutation", PARTIES, "the target (double opt-in)"),
    "withdrawIntroduction": ("mutation", PARTIES, "the requester"),
    "markIntroductionMet": ("mutation", PARTIES, "either party"),
    "recordIntroductionOutcome": ("mutation", PARTIES, "either party or the broker"),
    "startSettlement": ("mutation", PARTIES, "the startup, its hosts"),
    "updateSettlementStep": ("mutation", PARTIES, "the journey's followers"),
    "saveSettlementTemplate": ("mutation", "yes no no no no", ""),
    "eraseMe": ("mutation", "no no own own no", "a startup or mentor erases itself"),
    "importStartups": ("mutation", "yes own no no no", "a partner imports for itself"),
}

#: What consent narrows, per type (the other types have no rule of their own).
TYPE_RULES = {
    "Startup": "only if its profile visibility allows",
    "Mentor": "only if its profile visibility allows",
    "Contact": "the entity, admins, the other party of an accepted introduction",
    "IntroductionContacts": "the two parties once the target accepted, per contact visibility",
    "Introduction": "its parties (the target once offered) and admins",
    "AnonymisedProfile": "what a target sees of the requester before accepting",
    "SettlementJourney": "the startup, its hosts and mentors, admins",
    "AuditEvent": "admins",
}


def cells(name: str) -> dict[str, str]:
    return dict(zip(ROLES, OPERATIONS[name][1].split(), strict=True))


def _reachable(schema: GraphQLSchema, roots: list[GraphQLNamedType]) -> set[str]:
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        named = todo.pop()
        if named.name in seen or named.name.startswith("__"):
            continue
        seen.add(named.name)
        if isinstance(named, GraphQLUnionType):
            todo.extend(named.types)
        elif isinstance(named, GraphQLInterfaceType):
            todo.extend(schema.get_implementations(named).objects)
        if isinstance(named, GraphQLObjectType | GraphQLInterfaceType):
            todo.extend(get_named_type(f.type) for f in named.fields.values())
    return {n for n in seen if isinstance(schema.type_map[n], _OUTPUT)}


_OUTPUT = (GraphQLObjectType, GraphQLInterfaceType, GraphQLUnionType)


def readable(schema: GraphQLSchema) -> dict[str, set[str]]:
    """type name -> the roles some root field they may call (cell not `no`) reaches it from."""
    found: dict[str, set[str]] = {}
    for root in (schema.query_type, schema.mutation_type):
        assert root is not None
        for name, field in root.fields.items():
            allowed = {role for role, cell in cells(name).items() if cell != "no"}
            for type_name in _reachable(schema, [get_named_type(field.type)]):
                found.setdefault(type_name, set()).update(allowed)
    return found


def render(schema: GraphQLSchema) -> str:
    head = "| {} |\n|{}\n"
    ops = head.format(" | ".join(["field", "kind", *ROLES, "rule"]), "---|" * (len(ROLES) + 3))
    for name in sorted(OPERATIONS, key=lambda n: (OPERATIONS[n][0], n)):
        kind, row, rule = OPERATIONS[name]
        ops += f"| `{name}` | {kind} | " + " | ".join(row.split()) + f" | {rule} |\n"
    types = head.format(" | ".join(["type", *ROLES, "rule"]), "---|" * (len(ROLES) + 2))
    for name, roles in sorted(readable(schema).items()):
        marks = ["read" if role in roles else "–" for role in ROLES]
        types += f"| `{name}` | " + " | ".join(marks) + f" | {TYPE_RULES.get(name, '')} |\n"
    return f"{START}\n{ops}\n{types}{END}"


def section(text: str) -> str | None:
    found = re.search(re.escape(START) + ".*?" + re.escape(END), text, re.DOTALL)
    return found.group(0) if found else None


def parse(block: str) -> dict[str, dict[str, str]]:
    """The operation rows of a rendered table: field -> role -> cell."""
    rows: dict[str, dict[str, str]] = {}
    for line in block.splitlines():
        parts = [p.strip() for p in line.strip().strip("|").split("|")]
        if len(parts) == len(ROLES) + 3 and parts[1] in ("query", "mutation"):
            rows[parts[0].strip("`")] = dict(zip(ROLES, parts[2:-1], strict=True))
    return rows


def main() -> None:
    from hub.api.schema import build_schema

    text = PERMISSIONS.read_text()
    block = section(text)
    if block is None:
        sys.exit(f"{PERMISSIONS}: no {START} … {END} section")
    PERMISSIONS.write_text(text.replace(block, render(build_schema()._schema)))


if __name__ == "__main__":
    main()
