"""Passerelle: a cross-border soft-landing hub (Technopark Maroc ↔ Marseille Innovation)."""
