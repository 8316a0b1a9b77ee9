"""`hub synth`: a seeded, reproducible synthetic network at scale (startups, mentors,
organisations, 60 cities, introductions and settlement journeys in every state), written through
the same bulk path as the demo and imports (`hub.graph.queries.bulk`)."""
