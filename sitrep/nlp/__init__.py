"""nlp stage: spaCy pipelines per language, loaded once per process, and language detection."""
from sitrep.nlp.langid import detect_language
from sitrep.nlp.models import SUPPORTED_LANGUAGES, load_pipeline

__all__ = ["detect_language", "load_pipeline", "SUPPORTED_LANGUAGES"]
