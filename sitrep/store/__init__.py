"""store stage: the embedded database of articles, events, evidence, outlets and merged events."""
from sitrep.store.db import Store, content_hash

__all__ = ["Store", "content_hash"]
