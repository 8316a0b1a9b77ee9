"""The write lock a read-check-write statement takes before it reads what it checks.

Neo4j runs transactions concurrently at read-committed isolation: a statement that reads a
version and then writes can lose an update to a transaction that wrote in between, unless it
holds the node's write lock first. Writing a throwaway property takes that lock (the manual's
idiom for lost updates); removing it at once leaves the node as it was, and the lock is held
until the transaction ends. FalkorDB runs one write at a time, so there it changes nothing.
"""

from __future__ import annotations


def write_lock(*nodes: str) -> str:
    """`SET … REMOVE …` on the bound `nodes`, to put before the clauses that read them."""
    return (
        "SET " + ", ".join(f"{n}.locked = true" for n in nodes) + " "
        "REMOVE " + ", ".join(f"{n}.locked" for n in nodes) + " "
    )
