"""ingest stage: files, folders, JSONL, HTML pages or stdin in; Articles or one clear error per input out."""
from sitrep.ingest.sources import MAX_BYTES, read_inputs

__all__ = ["read_inputs", "MAX_BYTES"]
