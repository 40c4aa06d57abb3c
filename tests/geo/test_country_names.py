"""Every country of ACLED's list is found under ACLED's own name and under the names news reports use
for it, so an event there is coded with its country, not a neighbour's ("a riot in Swaziland" is in
eSwatini, not South Africa)."""
from __future__ import annotations

import pytest

from sitrep.geo.build import COUNTRY, FEATURES
from sitrep.geo.gazetteer import Gazetteer
from sitrep.normalise.countries import acled_countries

# Common other names and spellings of ACLED's countries, by ISO2 (general knowledge, English and French).
VARIANTS = {
    "SZ": ["Swaziland", "eSwatini", "Eswatini"],
    "CI": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"],
    "TR": ["Turkey", "Türkiye", "Turkiye", "Turquie"],
    "CZ": ["Czechia", "Czech Republic"],
    "CD": ["DRC", "DR Congo", "Congo-Kinshasa", "Democratic Republic of Congo", "RDC"],
    "CG": ["Republic of Congo", "Congo-Brazzaville"],
    "MM": ["Myanmar", "Burma", "Birmanie"],
    "TL": ["Timor-Leste", "East Timor"],
    "CV": ["Cabo Verde", "Cape Verde", "Cap-Vert"],
    "MK": ["North Macedonia"],
    "PS": ["Palestine", "Palestinian Territories"],
    "XK": ["Kosovo"],
    "GM": ["Gambia", "The Gambia"],
    "KR": ["South Korea"],
    "KP": ["North Korea"],
    "RU": ["Russia", "Russian Federation"],
    "GB": ["United Kingdom", "UK", "Britain"],
    "US": ["United States", "USA"],
    "AE": ["United Arab Emirates", "UAE"],
    "CF": ["Central African Republic", "Centrafrique"],
    "VN": ["Vietnam", "Viet Nam"],
    "LA": ["Laos"],
    "SY": ["Syria"],
    "IR": ["Iran"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "MD": ["Moldova"],
}


CITY_STATES = {"VA", "SG", "MC"}  # the city is the country


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.load()


def _cases():
    for cc, name in sorted(acled_countries().items()):
        for n in dict.fromkeys([name, *VARIANTS.get(cc, [])]):
            yield cc, n


@pytest.mark.parametrize(("cc", "name"), list(_cases()))
def test_a_country_name_finds_its_country(gazetteer, cc, name):
    places = gazetteer.lookup(name)
    assert places, name
    assert any(p.country == cc and (p.feature == FEATURES[COUNTRY] or cc in CITY_STATES) for p in places), \
        (name, places[:2])
    assert places[0].country == cc, (name, places[0])


def test_the_variants_are_acled_countries():
    assert set(VARIANTS) <= set(acled_countries())
