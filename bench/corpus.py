"""A mixed news corpus for throughput figures, built at run time from ../shared (never copied).

Conflict and non-conflict text, French and English, short and long: the seed article, the French
dev articles, the CASE 2021 snippets (many report no event) and every n-th article of the three
geoparsing corpora (general English news). Each article carries its language, so that the bare
spaCy run and sitrep's run use the same model on the same text.
"""
from __future__ import annotations

import json
from pathlib import Path

from sitrep.ingest import read_inputs
from sitrep.types import Article

GEO_SETS = ("lgl", "geowebnews", "geovirus")


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _sample(rows: list[dict], n: int) -> list[dict]:
    """``n`` rows spread evenly over the file, the same ones at every run."""
    if n >= len(rows):
        return rows
    step = len(rows) / n
    return [rows[int(i * step)] for i in range(n)]


def build(shared: Path, geo_per_set: int = 40, case2021: int = 509) -> list[Article]:
    """The corpus, in a fixed order: French first, then CASE 2021, then the geo sets."""
    articles = [a for a in read_inputs([str(shared / "seed" / "deir-ez-zor.txt")]) if isinstance(a, Article)]
    for row in _jsonl(shared / "data" / "fr_dev" / "articles.jsonl"):
        articles.append(Article(row["article_id"], row["text"], lang="fr"))
    for row in _sample(_jsonl(shared / "data" / "case2021" / "dev.articles.jsonl"), case2021):
        articles.append(Article(row["article_id"], row["text"], lang="en"))
    for name in GEO_SETS:
        for row in _sample(_jsonl(shared / "data" / "geo" / f"{name}.gold.jsonl"), geo_per_set):
            articles.append(Article(row["doc_id"], row["text"], lang="en"))
    for a in articles:
        a.lang = a.lang or "fr"
    return articles


def describe(articles: list[Article]) -> str:
    by_lang: dict[str, int] = {}
    for a in articles:
        by_lang[a.lang] = by_lang.get(a.lang, 0) + 1
    chars = sum(len(a.text) for a in articles)
    langs = ", ".join(f"{n} {lang}" for lang, n in sorted(by_lang.items()))
    return f"{len(articles)} articles ({langs}), {chars:,} characters"
