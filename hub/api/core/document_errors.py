"""graphql-core's and strawberry's own messages about a document (syntax, unknown fields and
arguments, variables, limits) in the caller's language: each known English sentence is matched
and rewritten from a message id whose placeholders keep the names it quoted (fields, types,
variables), so a client reads the same names in every language. An unknown sentence stays as
graphql-core wrote it."""

from __future__ import annotations

import re

from hub.domain.vocabulary import Language
from hub.i18n import translate
from hub.i18n.labels import N_

_NAME = r"'(?P<{}>[^']+)'"


def _pattern(text: str) -> re.Pattern[str]:
    """`{field}` in `text` matches a quoted name, `{…*}` any text up to what follows."""
    parts = re.split(r"(\{\w+\*?\})", text)
    regex = ""
    for part in parts:
        if part.startswith("{") and part.endswith("*}"):
            regex += f"(?P<{part[1:-2]}>.+?)"
        elif part.startswith("{"):
            regex += _NAME.format(part[1:-1])
        else:
            regex += re.escape(part)
    return re.compile(regex + r"$", re.DOTALL)


#: (graphql-core's or strawberry's sentence, with its names as placeholders; the message id).
SENTENCES: list[tuple[re.Pattern[str], str]] = [
    (
        _pattern("Syntax Error: Document contains more than {limit*} tokens. Parsing aborted."),
        N_("the document has more than {limit} tokens"),
    ),
    (
        _pattern("Syntax Error: Expected {expected*}, found {found*}."),
        N_("syntax error: expected {expected}, found {found}"),
    ),
    (_pattern("Syntax Error: Unexpected {found*}."), N_("syntax error: unexpected {found}")),
    (_pattern("Syntax Error: {detail*}"), N_("syntax error: {detail}")),
    (
        _pattern("Cannot query field {field} on type {type}."),
        N_("the type {type} has no field {field}"),
    ),
    (
        _pattern("Unknown argument {argument} on field {field}."),
        N_("the field {field} has no argument {argument}"),
    ),
    (
        _pattern(
            "Field {field} argument {argument} of type {type} is required, but it was not provided."
        ),
        N_("the field {field} needs its argument {argument} ({type})"),
    ),
    (
        _pattern("Field {field} of type {type} must have a selection of subfields."),
        N_("the field {field} ({type}) needs a selection of subfields"),
    ),
    (
        _pattern("Field {field} must not have a selection since type {type} has no subfields."),
        N_("the field {field} ({type}) has no subfields to select"),
    ),
    (
        _pattern("Value {value} does not exist in {type} enum."),
        N_("{value} is not a value of {type}"),
    ),
    (_pattern("Unknown type {type}."), N_("there is no type {type}")),
    (
        _pattern(
            "Variable {variable} has invalid value: Expected a value of non-null type {type}"
            " to be provided."
        ),
        N_("the variable {variable} ({type}) is required"),
    ),
    (
        _pattern(
            "Variable {variable} has invalid value at {path*}: Expected value of type {type}, "
            "but encountered error {reason}; found: {value*}."
        ),
        N_("the variable {variable} has an invalid value at {path} ({value}): {reason}"),
    ),
    (
        _pattern("Variable {variable} has invalid value at {path*}: {reason*}"),
        N_("the variable {variable} has an invalid value at {path}: {reason}"),
    ),
    (
        _pattern("Variable {variable} has invalid value: {reason*}"),
        N_("the variable {variable} has an invalid value: {reason}"),
    ),
    (
        _pattern("{operation} exceeds maximum operation depth of {depth*}"),
        N_("the operation is deeper than {depth} levels"),
    ),
    (
        _pattern("{count*} aliases found. Allowed: {limit*}"),
        N_("{count} aliases, at most {limit} allowed"),
    ),
    (
        _pattern(
            "GraphQL introspection has been disabled, but the requested query contained the "
            "field {field}."
        ),
        N_("introspection is off: the query may not ask for {field}"),
    ),
]
#: graphql-core's hints at names the schema has ("Did you mean 'startup' or 'startups'?").
HINT = re.compile(r"\s*Did you mean (?P<names>[^?]*)\?")
QUOTED = re.compile(r"'([^']+)'")
HINTED = N_("did you mean {names}?")


def in_language(message: str, language: Language, *, hints: bool) -> str:
    """`message` in `language`; with `hints` off, without graphql-core's name suggestions
    (they would name what the schema holds)."""
    names = [
        name
        for found in HINT.finditer(message)
        for name in QUOTED.findall(found["names"])
        if "{" not in name  # a shape to write (`countries { ... }`), not a name
    ]
    sentence = HINT.sub("", message)
    for pattern, message_id in SENTENCES:
        matched = pattern.match(sentence)
        if matched:
            params = matched.groupdict()
            if "reason" in params:  # a scalar's own reason may be one of the hub's messages
                params["reason"] = translate(params["reason"], language)
            sentence = translate(message_id, language, params)
            break
    if names and hints:
        sentence += " " + translate(HINTED, language, {"names": ", ".join(names)})
    return sentence
