"""Armed groups, state forces and gangs as ACLED names them, ninth round (issue 13, session actor9): a force
"accompanied by" another has it as its associate, and men the words call drug traffickers who exchange fire with
Brazil's police stay a gang. Sentences invented for these tests."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from sitrep.normalise.actors import gang_or_militia
from tests.extract.reports import news_of, sides as _sides

_en = partial(news_of, lang="en", published=date(2024, 5, 2))


def _associates(event) -> list[str]:
    return [a.name for a in event.assoc_actor_1 + event.assoc_actor_2]


def test_a_force_accompanied_by_a_militia_has_it_as_associate(pipeline):
    """"Accompanied by" tells support as "backed by" does: ACLED keeps the militia beside the army."""
    [e] = _en(pipeline, "On 1 May 2024, soldiers accompanied by CJTF members clashed with ISWAP fighters near "
                        "Monguno (Borno).")
    assert any(n and n.startswith("Military Forces of Nigeria") for n in _sides(e))
    assert "CJTF: Civilian Joint Task Force" in _associates(e)
    assert "CJTF: Civilian Joint Task Force" not in _sides(e)


def test_a_victim_accompanied_by_others_stays_the_target(pipeline):
    """The cue leaves civilians the attackers took: they are the target, no one's associate."""
    [e] = _en(pipeline, "On 1 May 2024, gunmen abducted a pastor accompanied by two worshippers near Kajuru "
                        "(Kaduna).")
    armed, target = _sides(e)
    assert armed.startswith("Unidentified Armed Group") and target == "Civilians (Nigeria)"


@pytest.mark.parametrize("text, other", [
    ("On 1 May 2024, military police officers exchanged fire with drug traffickers in a favela of Fortaleza "
     "(Ceara).", "Unidentified Gang (Brazil)"),
    ("On 1 May 2024, military police officers exchanged fire with armed men in a favela of Fortaleza (Ceara).",
     gang_or_militia("BR").name),
])
def test_brazils_police_fight_a_gang_the_words_name_or_armed_men_of_either(pipeline, text, other):
    """Drug traffickers are a gang; armed men ACLED cannot tell from a police militia are "and/or"."""
    [e] = _en(pipeline, text)
    assert other in _sides(e)
