"""In an article with no publication date, two weekdays that date two acts still make two days: an attack
told on Friday and a rally on Saturday are not one event."""
from __future__ import annotations

from tests.extract.reports import code, news

TEXT = ("Des hommes armés ont attaqué vendredi soir une mosquée d'un village du Burkina Faso, faisant au moins "
        "douze morts, selon une source locale. À Ouagadougou, des centaines d'habitants "
        "ont manifesté samedi contre l'insécurité, à l'appel d'associations de la société civile.")


def test_an_attack_and_the_next_days_rally_stay_apart(pipeline):
    events = news(code(pipeline, TEXT, "fr", published=None))
    kinds = sorted((e.event_type, e.sub_event_type) for e in events)
    assert kinds == [("Protests", "Peaceful protest"), ("Violence against civilians", "Attack")], kinds
    [attack] = [e for e in events if e.event_type == "Violence against civilians"]
    assert attack.fatalities == 12
