"""Civilians a count names by their demonym (issues 13, session mena12): "Israeli police arrested two Palestinians
in Haifa" named "Civilians (Israel)", the place's country, and "Turkish gendarmes shot dead two Syrians near Kilis"
"Civilians (Turkey)", since a demonym alone is no actor's word; "shelled Deir al-Balah, wounding five
Palestinians" named no second side, where "wounding five people" names the civilians. A count before the demonym
("two", "dozens of") tells people; a word of another actor after it ("two Israeli soldiers") keeps them that
actor's, and a singular demonym before a word of no person ("an Iranian party") is an adjective. Sentences are invented; the actors are ACLED's general names."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.types import Article


def _first(pipeline, text, published=date(2022, 5, 20)):
    events = pipeline.code(Article(article_id="t", text=text, lang="en", published=published))
    return next((e for e in events if e.status in ("reported", "ongoing")), None)


@pytest.mark.parametrize("text,civilians", [
    ("On 19 May 2022, Israeli police arrested two Palestinians in Acre (Northern) after a brawl.",
     "Civilians (Palestine)"),
    ("On 19 May 2022, Turkish gendarmes shot dead three Syrians trying to cross near Akcakale (Sanliurfa).",
     "Civilians (Syria)"),
    ("On 19 May 2022, Iranian border guards opened fire on a car near Saravan (Sistan and Baluchestan), killing two "
     "Afghans.", "Civilians (Afghanistan)"),
    ("On 19 May 2022, Israeli tanks shelled Bureij camp (Deir al-Balah), wounding four Palestinians.",
     "Civilians (Palestine)"),
    ("On 19 May 2022, Lebanese army soldiers detained dozens of Syrians at a checkpoint near Zahle (Bekaa).",
     "Civilians (Syria)"),
])
def test_a_counted_demonym_names_the_civilians_country(pipeline, text, civilians):
    e = _first(pipeline, text)
    assert e is not None and e.actor2 is not None and e.actor2.name == civilians


@pytest.mark.parametrize("text,kept", [
    # the place's own people, or the attacker's: nothing changes
    ("On 19 May 2022, Hamas gunmen killed three Israelis in Ofakim (Southern).", "Civilians (Israel)"),
    # a word of another actor after the demonym: not civilians of its country
    ("On 19 May 2022, an Israeli sniper shot two Palestinian gunmen in Jenin (Jenin).", None),
    # a singular demonym before a word of no person: an adjective, not people of its country
    ("On 19 May 2022, unknown men detonated a bomb outside the office of an Iranian party in Koya (Erbil), wounding "
     "a guard.", None),
])
def test_the_place_or_another_actor_keeps_its_side(pipeline, text, kept):
    e = _first(pipeline, text)
    assert e is not None
    if kept:
        assert e.actor2 is not None and e.actor2.name == kept
    else:
        assert e.actor2 is None or e.actor2.name != "Civilians (Iran)" and not (
            "gunmen" in text and e.actor2.name.startswith("Civilians"))
