"""Each trigger reads what lies around it, not the whole article: coding grows with the article's
length, not with its square, even when the text has lost its sentence punctuation."""
from __future__ import annotations

from sitrep.extract import mention
from sitrep.types import Article

TOWNS = ["Goma", "Bunia", "Beni", "Butembo", "Kisangani", "Uvira", "Bukavu", "Kindu", "Kalemie", "Kananga"]


def _unpunctuated(clauses: int) -> str:
    return " ".join(f"rebels attacked the army in {TOWNS[i % len(TOWNS)]} and killed 12 civilians on Monday"
                    for i in range(clauses))


def _places_read(pipeline, monkeypatch, clauses: int) -> int:
    """How many toponyms the triggers of ``clauses`` unpunctuated clauses were given to choose from,
    after checking that each lies in its trigger's sentence."""
    given = []
    choose_place = mention.choose_place

    def spy(trig, toponyms, actors, ctx):
        sent = trig.head.sent
        assert all(sent.start_char <= t.start < sent.end_char for t in toponyms)
        given.append(len(toponyms))
        return choose_place(trig, toponyms, actors, ctx)

    monkeypatch.setattr(mention, "choose_place", spy)
    pipeline.code(Article(f"unpunctuated-{clauses}", _unpunctuated(clauses), lang="en"))
    monkeypatch.setattr(mention, "choose_place", choose_place)
    assert len(given) == 2 * clauses  # "attacked" and "killed" of every clause
    return sum(given)


def test_places_read_grow_with_the_length_of_a_text_without_punctuation(pipeline, monkeypatch):
    short = _places_read(pipeline, monkeypatch, 20)
    long = _places_read(pipeline, monkeypatch, 80)
    assert 0 < short and long <= 6 * short  # four times the text: about four times the work, not sixteen
