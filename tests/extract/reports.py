"""Coding an invented report in a test: the article around a text, and the events it tells as news."""
from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from sitrep.types import Article, Event

NEWS = ("reported", "ongoing")  # not background, plans, denials or rumours


def code(pipeline, text: str, lang: str = "fr", published: date = date(2024, 3, 13)) -> list[Event]:
    return pipeline.code(Article(article_id="t", text=text, lang=lang, published=published))


def news(events: list[Event]) -> list[Event]:
    return [e for e in events if e.status in NEWS]


def news_of(pipeline, text: str, lang: str = "fr", published: date = date(2024, 3, 13)) -> list[Event]:
    return news(code(pipeline, text, lang, published))


def headlined_news_types(pipeline, text: str, lang: str = "fr", published: date = date(2024, 5, 14)) -> list[str]:
    """The sub-event types of the dated news events of ``text``, its first line the headline, as the benches code
    an article."""
    article = Article(article_id="t", text=text, lang=lang, published=published, title=text.split("\n")[0])
    return [e.sub_event_type for e in news(pipeline.code(article)) if e.event_type and e.event_date]


def sides(event: Event) -> list[str | None]:
    """The ACLED names of an event's two sides, None where a side is missing."""
    return [a.name if a is not None else None for a in (event.actor1, event.actor2)]


def still_wrong_marked(names, still_wrong: dict[str, str]) -> list:
    """Test parameters for ``names`` (sorted), those ``still_wrong`` names marked as expected failures
    with their cause, so a dispatch a later rule mends shows as passing."""
    return [n if n not in still_wrong else pytest.param(n, marks=pytest.mark.xfail(reason=still_wrong[n], strict=False))
            for n in sorted(names)]


def assert_coded_as_a_coder_would(events: list[Event], want: list[tuple[str, str | None]], may: list[str]) -> None:
    """A dispatch's news events against a coder's: every wanted (type, sub-event type) told, and no
    other type beyond those ``may`` allows."""
    got = Counter(e.event_type for e in events if e.event_type)
    told = [(e.event_type, e.sub_event_type, e.event_date) for e in events]
    assert not Counter(t for t, _ in want) - got, told
    assert all(t in may for t in got - Counter(t for t, _ in want)), told
    for kind, sub in want:
        assert any(e.event_type == kind and sub in (None, e.sub_event_type) for e in events), told


def told_events(events):
    return [(e.event_type, e.sub_event_type, e.event_date, e.place.name if e.place else None) for e in events]


def assert_each_event_once(events, want, may) -> None:
    """The news events against a coder's: as many of the wanted types as the coder codes (each told
    once, however often the article tells it again), every wanted sub-event type among them, and no other
    type beyond those ``may`` allows."""
    wanted = {t for kind, _ in want for t in kind.split("|")}
    main = [e for e in events if e.event_type in wanted]
    assert len(main) == len(want), told_events(events)
    assert all(e.event_type in wanted or e.event_type in may for e in events), told_events(events)
    for kind, sub in want:
        assert any(e.event_type in kind.split("|") and sub in (None, e.sub_event_type) for e in main), told_events(events)
