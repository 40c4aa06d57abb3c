"""export stage: events to the interchange JSONL, ACLED CSV, GeoJSON, and a table for people."""
from sitrep.export.formats import WRITERS, write_events
from sitrep.export.interchange import to_record
from sitrep.export.table import format_table

__all__ = ["WRITERS", "write_events", "to_record", "format_table"]
