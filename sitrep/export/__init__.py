"""export stage: events to the interchange JSONL, ACLED CSV, PLOVER JSON Lines, GeoJSON, Parquet, and a table."""
from sitrep.export.formats import BINARY_WRITERS, WRITERS, Report, export_file, write_events
from sitrep.export.interchange import to_record
from sitrep.export.provenance import Provenance, from_store
from sitrep.export.table import format_table

__all__ = ["WRITERS", "BINARY_WRITERS", "Report", "write_events", "export_file", "to_record", "format_table",
           "Provenance", "from_store"]
