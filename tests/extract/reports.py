"""Coding an invented report in a test: the article around a text, and the events it tells as news."""
from __future__ import annotations

from datetime import date

from sitrep.types import Article, Event

NEWS = ("reported", "ongoing")  # not background, plans, denials or rumours


def code(pipeline, text: str, lang: str = "fr", published: date = date(2024, 3, 13)) -> list[Event]:
    return pipeline.code(Article(article_id="t", text=text, lang=lang, published=published))


def news(events: list[Event]) -> list[Event]:
    return [e for e in events if e.status in NEWS]


def news_of(pipeline, text: str, lang: str = "fr", published: date = date(2024, 3, 13)) -> list[Event]:
    return news(code(pipeline, text, lang, published))
