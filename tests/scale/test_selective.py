"""Parsing only the sentences that may hold a trigger codes the same events as parsing them all."""
from __future__ import annotations

import json

import pytest

from sitrep.export import to_record
from sitrep.ingest import read_inputs
from sitrep.nlp import load_pipeline
from sitrep.nlp.selective import ParseStats, parse, select
from sitrep.pipeline import Pipeline
from sitrep.types import Article


@pytest.fixture(scope="module")
def full():
    return Pipeline(selective=False)


def _records(pipeline, articles):
    return [json.dumps(to_record(e), sort_keys=True) for a in articles for e in pipeline.code(a)]


def test_seed_and_french_dev_articles_code_the_same_events(shared, pipeline, full):
    articles = [a for a in read_inputs([str(shared / "seed" / "deir-ez-zor.txt"),
                                        str(shared / "data" / "fr_dev" / "articles.jsonl")])]
    assert all(isinstance(a, Article) for a in articles)
    selective = _records(pipeline, articles)
    assert selective and selective == _records(full, articles)


def test_general_news_codes_the_same_events(shared, pipeline, full):
    rows = [json.loads(line) for line in (shared / "data" / "geo" / "geowebnews.gold.jsonl").open(encoding="utf-8")]
    articles = [Article(r["doc_id"], r["text"], lang="en") for r in rows[:12]]
    assert _records(pipeline, articles) == _records(full, articles)


def test_offsets_point_into_the_article_and_idle_sentences_stay_unparsed():
    nlp = load_pipeline("en")
    text = ("The weather in the valley was mild all week.\nFarmers sold apples at the market.\n"
            "On Monday, gunmen attacked a police post near the bridge and killed two officers.\n")
    stats = ParseStats()
    doc = parse(nlp, select(nlp, text, lambda words: bool({"attacked", "killed"} & {w.lower() for w in words})), stats)
    assert doc.text == text
    assert 0 < stats.parsed < stats.tokens
    attacked = next(t for t in doc if t.text == "attacked")
    assert text[attacked.idx:attacked.idx + len("attacked")] == "attacked"
    assert attacked.lemma_ == "attack" and attacked.pos_ == "VERB"
    weather = next(t for t in doc if t.text == "weather")
    assert weather.lemma_ == "" and weather.sent.text.startswith("The weather")
    assert [s.text.strip() for s in doc.sents][-1].startswith("On Monday")


def test_an_article_without_a_trigger_phrase_is_neither_parsed_nor_geoparsed(pipeline):
    text = ("The city council of Lyon set the date of the spring fair.\n"
            "The mayor fired up the crowd with a speech about new tramway lines to Villeurbanne.\n")
    before = (pipeline.parse_stats.tokens, pipeline.parse_stats.parsed, pipeline.parse_stats.named)
    assert pipeline.code(Article("fair", text, lang="en")) == []
    after = (pipeline.parse_stats.tokens, pipeline.parse_stats.parsed, pipeline.parse_stats.named)
    assert after[0] > before[0] and after[1:] == before[1:]
