"""Where sitrep keeps what it builds on first use (gazetteer index, compiled patterns)."""
from __future__ import annotations

import os
from pathlib import Path


def cache_root() -> Path:
    """``$SITREP_CACHE``, or ``~/.cache/sitrep``."""
    return Path(os.environ.get("SITREP_CACHE") or Path.home() / ".cache" / "sitrep")
