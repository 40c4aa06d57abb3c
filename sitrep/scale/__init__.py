"""scale stage: coding many articles at once, on the cores of one machine or on a Ray cluster."""
from sitrep.scale.pool import code_articles

__all__ = ["code_articles"]
