"""`hub demo`: the real reference data of the Morocco ↔ Marseille ecosystem
(from the organisations' public pages) and clearly marked fictional demo profiles."""
