"""Language identification (sitrep/nlp/langid.py): how often it is right and what it costs.

    python bench/langid.py [--shared ../shared]

French and English: every article of the shared sets that says its language (acled_dev notes,
CASE 2021, fr_dev, fr_dev2; read at run time) plus spaCy's own example sentences for both. Other
languages: spaCy's example sentences of every other language it ships, one by one and joined,
counted as wrong when sitrep would code them as one of its languages. Speed: identification of
the first 2,000 characters of each shared article, after the model is loaded.
"""
from __future__ import annotations

import argparse
import importlib
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sitrep.lang import available  # noqa: E402
from sitrep.nlp.langid import SAMPLE, identify  # noqa: E402

SHARED_SETS = ["data/acled_dev/notes.jsonl", "data/case2021/dev.articles.jsonl", "data/fr_dev/articles.jsonl",
               "data/fr_dev2/articles.jsonl"]


def spacy_examples() -> dict[str, list[str]]:
    import spacy.lang

    found = {}
    for folder in sorted(Path(spacy.lang.__file__).parent.iterdir()):
        try:
            sentences = importlib.import_module(f"spacy.lang.{folder.name}.examples").sentences
        except (ImportError, AttributeError):
            continue
        found[folder.name] = [s for s in sentences if isinstance(s, str)]
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = ap.parse_args()
    supported = set(available())
    articles = [json.loads(line) for name in SHARED_SETS
                for line in (Path(args.shared) / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    examples = spacy_examples()
    known = [(a["lang"], a["text"]) for a in articles] + [(c, s) for c in supported for s in examples.get(c, [])]
    others = [(c, s) for c, sents in examples.items() if c not in supported and c != "xx" for s in sents]
    others += [(c, " ".join(sents)) for c, sents in examples.items() if c not in supported and c != "xx" and sents]

    started = time.perf_counter()
    identify("warm up")
    load = time.perf_counter() - started
    started = time.perf_counter()
    for a in articles:
        identify(a["text"][:SAMPLE])
    per_article = (time.perf_counter() - started) / len(articles)

    wrong_known = [(lang, text[:60]) for lang, text in known if identify(text).lang != lang]
    taken = [(lang, text[:60]) for lang, text in others if identify(text).lang in supported]
    print(f"French and English texts identified right: {len(known) - len(wrong_known)}/{len(known)}")
    for lang, text in wrong_known:
        print(f"  {lang}: {text!r} -> {identify(text).lang}")
    print(f"texts of {len({c for c, _ in others})} other languages coded as French or English: "
          f"{len(taken)}/{len(others)}")
    print(f"model load {load:.2f} s; {per_article * 1000:.2f} ms per article (first {SAMPLE} characters); "
          f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB (whole process)")


if __name__ == "__main__":
    main()
