"""Invented French dispatches on world conflicts (issue 13 and 14, fr37), in the manner of AFP, RFI and Le Monde:
the day's act with its place, background paragraphs (totals since a war began, an older massacre, the
ceasefire's date), reactions and a witness who fled. Each must give its one news event, at its own place."""
from __future__ import annotations

from datetime import date

from sitrep.geo.distance import haversine_km

from tests.extract.reports import code, news

SAHEL = """Burkina Faso : une vingtaine de villageois tués au sud de Djibo

Des hommes armés ont attaqué mercredi un hameau de bergers à 32 km au sud de Djibo, dans la province du \
Soum, tuant au moins vingt villageois, ont indiqué jeudi des sources locales.

« Ils sont arrivés à moto en fin d'après-midi et ont tiré sur tous ceux qui couraient », a témoigné un éleveur \
réfugié à Djibo, qui a perdu deux frères.

La province est sous blocus des groupes armés depuis 2022. Les violences y ont causé la mort de milliers \
de personnes dans le pays depuis dix ans, selon des organisations humanitaires.

Les autorités de transition n'ont pas réagi à cette attaque."""

WEST_BANK = """Cisjordanie : trois morts lors d'une opération israélienne à Djénine

Trois Palestiniens ont été tués jeudi par des soldats israéliens lors d'une opération dans le camp de \
Djénine, dans le nord de la Cisjordanie occupée, a indiqué le Croissant-Rouge palestinien.

L'armée israélienne a affirmé que ses troupes étaient venues arrêter des militants recherchés.

Depuis le début de la guerre à Gaza, des centaines de Palestiniens ont été tués en Cisjordanie, selon les \
chiffres de l'Autorité palestinienne, qui a dénoncé « une escalade dangereuse »."""

SOUTH_SUDAN = """Soudan du Sud : des combats à Nasir poussent des familles vers Malakal

De violents combats ont opposé lundi des soldats sud-soudanais à des jeunes armés à Nasir, dans l'État du \
Haut-Nil, a rapporté une radio communautaire.

Des centaines de familles ont fui vers Malakal. « Nous avons marché trois jours sans manger », a expliqué une \
mère de six enfants déplacée à Malakal.

Le pays a connu une guerre civile de 2013 à 2018. L'accord de paix signé il y a sept ans n'est toujours pas \
appliqué, ont regretté plusieurs diplomates."""


def _only_news(pipeline, text: str, published: date):
    events = news(code(pipeline, text, published=published))
    assert len(events) == 1, [(e.sub_event_type, e.event_date, e.place) for e in events]
    return events[0]


def test_a_sahel_massacre_is_placed_at_its_offset_not_where_the_witness_fled(pipeline):
    event = _only_news(pipeline, SAHEL, date(2025, 4, 10))
    assert event.event_date == date(2025, 4, 9) and event.fatalities == 20
    assert event.place is not None and event.place.uncertainty_km is not None
    assert 20 < haversine_km(event.place.lat, event.place.lon, 14.10, -1.63) < 40


def test_a_raid_in_a_west_bank_town_is_at_the_town(pipeline):
    event = _only_news(pipeline, WEST_BANK, date(2025, 4, 11))
    assert event.place is not None and haversine_km(event.place.lat, event.place.lon, 32.46, 35.30) < 10


def test_a_battle_is_at_its_town_not_at_the_refuge_of_the_displaced(pipeline):
    event = _only_news(pipeline, SOUTH_SUDAN, date(2025, 4, 9))
    assert event.event_date == date(2025, 4, 7)
    assert event.place is not None and haversine_km(event.place.lat, event.place.lon, 8.60, 33.07) < 10

SOMALIA = """Somalie : l'armée reprend une localité aux shebab dans la région du Moyen-Chébéli

L'armée somalienne, appuyée par des milices claniques, a repris jeudi aux shebab la localité de Adan Yabaal, \
dans la région du Moyen-Chébéli, à environ 200 km au nord de Mogadiscio, a annoncé le ministère de la Défense.

« Les terroristes ont fui après de brefs combats », a déclaré un commandant.

Les shebab avaient repris la ville en avril, un revers pour l'offensive lancée par le gouvernement en 2022."""


def test_a_headline_over_its_region_and_the_body_town_are_one_event(pipeline):
    """The headline tells the retaking in the present over the region, the body on its day at a town of that
    region, farther from the region's centre than a kicker's town would be: one event, at the body's place."""
    event = _only_news(pipeline, SOMALIA, date(2025, 3, 13))
    assert event.event_date == date(2025, 3, 13) and event.place is not None and event.place.feature == "relative"
