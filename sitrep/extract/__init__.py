"""extract stage: a parsed article to events with their arguments, each backed by evidence spans."""
from sitrep.extract.events import EventExtractor

__all__ = ["EventExtractor"]
