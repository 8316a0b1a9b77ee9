"""Real partnerships between the organisations of organisations.py, from the public record."""

from hub.demo.organisations import CASA

_SITES = ["technopark-rabat", "technopark-tanger", "technopark-agadir", "technopark-essaouira"]

# (organisation, organisation, since year or None, agreement): read undirected.
PARTNERSHIPS: list[tuple[str, str, int | None, str]] = [
    (
        "metropole-aix-marseille-provence",
        "mitc",
        2018,
        "Convention Métropole Aix-Marseille-Provence – Technopark: build bridges between the"
        " Technopark startup ecosystem and Marseille's",
    ),
    (
        "marseille-innovation",
        "mitc",
        None,
        "Co-developed services for Moroccan startups entering Europe and Marseille firms"
        " prospecting Morocco and Africa; MIT Africa programme",
    ),
    (
        "marseille-innovation",
        CASA,
        None,
        "MIT Africa co-accompaniment of diaspora startups settling in Casablanca",
    ),
    (
        "marseille-innovation",
        "technopark-tanger",
        None,
        "MIT Africa co-accompaniment of diaspora startups settling in Tangier",
    ),
    *(("mitc", site, None, "Technopark site managed by MITC") for site in [CASA, *_SITES]),
    (
        "ministry-digital-transition",
        "mitc",
        2023,
        "Convention with the supervising ministry, signed at Gitex Africa 2023",
    ),
    ("mitc", "cnss", None, "One-stop-shop partnership for Technopark startups"),
    (CASA, "cnss", None, "CNSS desk in the Technopark Casablanca building"),
    (CASA, "ompic", None, "OMPIC desk in the Technopark Casablanca building"),
    ("mitc", "ccg", None, "Startups steered to CCG guarantees and funding programmes"),
    ("mitc", "iasp", None, "Technopark is a member of IASP"),
    ("mitc", "gitex-africa", None, "Technopark startups supported to attend Gitex Africa"),
    ("mitc", "emerging-valley", None, "Technopark delegation of Moroccan startups"),
]
