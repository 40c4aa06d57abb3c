"""ingest stage: files, folders, JSONL, HTML pages or stdin in; Articles or one clear error per input out."""
from sitrep.ingest.sources import MAX_BYTES, count_inputs, read_inputs

__all__ = ["count_inputs", "read_inputs", "MAX_BYTES"]
