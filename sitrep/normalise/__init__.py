"""normalise stage: ACLED and PLOVER names for event types and actors, from data files."""
