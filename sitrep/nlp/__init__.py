"""nlp stage: spaCy pipelines per language, loaded once per process, and language detection."""
from sitrep.nlp.langid import detect_language
from sitrep.nlp.models import load_pipeline


def __getattr__(name: str):
    if name == "SUPPORTED_LANGUAGES":  # the languages found now (see sitrep.lang)
        from sitrep.lang import available

        return tuple(available())
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["detect_language", "load_pipeline", "SUPPORTED_LANGUAGES"]
