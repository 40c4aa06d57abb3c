"""Several "il y a N ans|semaines" in one text: each is read as its own span before publication, and a text
holding two of them is coded, not stopped by an error (fr27: an explainer with "il y a un an" and "il y a
deux ans" raised a KeyError and lost the whole article)."""
from __future__ import annotations

from datetime import date

from sitrep.extract.time import find_time_mentions, resolve
from sitrep.lang import pack

PUBLISHED = date(2025, 11, 12)


def test_two_spans_ago_in_one_text_are_both_read():
    text = "Il y a un an, la mission quittait la province. Il y a deux ans, le gouvernement exigeait son départ."
    told = find_time_mentions(text, pack("fr"))
    assert [(t.kind, t.offset) for t in told] == [("years_ago", -1), ("years_ago", -2)]
    assert [resolve(t, PUBLISHED)[0].year for t in told] == [2024, 2023]


def test_weeks_then_years_ago_in_one_text():
    text = "Il y a trois semaines, les rebelles ont pris la colline. Il y a cinq ans, le village était calme."
    assert [t.kind for t in find_time_mentions(text, pack("fr"))] == ["weeks", "years_ago"]


def test_an_article_with_two_spans_ago_is_coded(pipeline):
    from sitrep.types import Article

    text = ("La mission a quitté la province il y a un an, à la demande du gouvernement, qui réclamait son départ il y "
            "a deux ans. Des miliciens ont attaqué mardi le village de Kamanyola, tuant trois civils.")
    events = pipeline.code(Article(article_id="t", text=text, lang="fr", published=PUBLISHED))
    assert any(e.event_type == "Violence against civilians" and e.event_date == date(2025, 11, 11) for e in events)
