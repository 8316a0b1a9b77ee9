"""Bulk import and export of partner spreadsheets (CSV, XLSX, JSON): startups, mentors and
organisations. Rows are validated by the same domain rules as the mutations, all before any
write; then they are upserted in batches through `hub.graph.queries.bulk`."""
