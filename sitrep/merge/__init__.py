"""merge stage: reports of one real event, from several articles and outlets, become one merged event."""
from sitrep.merge.events import merge_events
from sitrep.merge.fingerprint import fingerprint, same_text
from sitrep.types import MergedEvent

__all__ = ["MergedEvent", "merge_events", "fingerprint", "same_text"]
