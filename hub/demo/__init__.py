"""`hub demo`: the real reference data of the Morocco ↔ Marseille ecosystem
(docs: /work/shared/docs/ecosystem-facts.md) and clearly marked fictional demo profiles."""
