"""The conflict-locality supplement (data/localities.tsv): well-formed, in the index, and it wins
over look-alike names abroad when the article is about the locality's country."""
from __future__ import annotations

from collections import defaultdict

import pycountry
import pytest

from sitrep.geo.build import ADMIN1, COUNTRY, DATA, FEATURES, read_localities, source_files
from sitrep.geo.distance import haversine_km
from sitrep.geo.normalise import name_key

from tests.geo.places import french_places as _places

ROWS = read_localities()


def test_supplement_is_well_formed():
    assert len(ROWS) >= 300
    for spellings, cc, feature, la, lo, radius, admin1 in ROWS:
        assert spellings and all(s == s.strip() and s for s in spellings), spellings
        assert pycountry.countries.get(alpha_2=cc) is not None, (spellings[0], cc)
        assert FEATURES[feature] in ("city", "admin2", "area"), spellings[0]
        assert -90 <= la <= 90 and -180 <= lo <= 180, spellings[0]
        assert radius > 0 and admin1, spellings[0]


def test_no_spelling_names_two_far_apart_places_of_one_country():
    seen: dict[tuple[str, str], list] = defaultdict(list)
    for spellings, cc, feature, la, lo, radius, _ in ROWS:
        for s in {name_key(s) for s in spellings}:
            seen[(cc, s)].append((spellings[0], la, lo, radius))
    for (cc, key), places in seen.items():
        for a in places:
            for b in places:
                d = haversine_km(a[1], a[2], b[1], b[2])
                assert d <= max(a[3], b[3]) + 10, f"{key!r} ({cc}): {a[0]} and {b[0]} are {d:.0f} km apart"


def test_cache_is_keyed_on_the_supplement():
    """An edited localities.tsv must reach users who hold an older cached index."""
    assert DATA / "localities.tsv" in source_files()


@pytest.fixture(scope="module")
def gazetteer(geoparser):
    return geoparser.gazetteer


@pytest.mark.parametrize("name,cc,lat,lon", [
    ("Kiwanja", "CD", -1.18, 29.43),
    ("MANGUREDJIPA", "CD", 0.35, 28.78),
    ("Mangurujipa", "CD", 0.35, 28.78),
    ("Minembwe", "CD", -3.58, 28.82),
    ("Eringeti", "CD", 0.88, 29.67),
    ("Boukamal", "SY", 34.45, 40.92),
    ("Abou Kamal", "SY", 34.45, 40.92),
    ("Tchassiv Iar", "UA", 48.59, 37.84),
    ("Tawila", "SD", 13.5, 24.9),
    ("Ménaka", "ML", 15.92, 2.4),
    ("Diafarabe", "ML", 14.15, -4.98),
])
def test_lookup_finds_every_spelling_folded(gazetteer, name, cc, lat, lon):
    places = gazetteer.lookup(name, country=cc)
    assert places and places[0].country == cc
    assert haversine_km(places[0].lat, places[0].lon, lat, lon) < 15


def test_every_row_is_found_by_each_spelling(gazetteer):
    for spellings, cc, feature, la, lo, _, _ in ROWS:
        for s in spellings:
            hits = [p for p in gazetteer.lookup(s, country=cc) if p.country == cc]
            assert any(abs(p.lat - la) < 0.01 and abs(p.lon - lo) < 0.01 for p in hits), (s, cc)


def _near(place, lat, lon, km):
    return place is not None and haversine_km(place.lat, place.lon, lat, lon) <= km


def test_kiwanja_in_rutshuru(geoparser):
    got = _places(geoparser, "Des affrontements ont eu lieu à Kiwanja, dans le territoire de Rutshuru, "
                             "entre l'armée et un groupe armé.")
    assert got["Kiwanja"].country == "CD" and _near(got["Kiwanja"], -1.18, 29.43, 10)
    assert got["Rutshuru"].country == "CD" and got["Rutshuru"].feature == "admin2"


def test_mambasa_in_a_congolese_article_is_not_mombasa(geoparser):
    got = _places(geoparser, "Des miliciens ont attaqué Mambasa dans la nuit de lundi, selon la société civile "
                             "de Bunia, chef-lieu de l'Ituri.")
    assert got["Mambasa"].country == "CD" and _near(got["Mambasa"], 1.36, 29.05, 20)


def test_mambasa_alone_prefers_sitreps_spelling_over_a_foreign_alternate(geoparser):
    got = _places(geoparser, "Mambasa a été visée par une nouvelle attaque.")
    assert got["Mambasa"].country == "CD"


def test_mombasa_stays_in_kenya(geoparser):
    got = _places(geoparser, "Le port de Mombasa, au Kenya, a repris ses activités.")
    assert got["Mombasa"].country == "KE"


def test_oicha_keeps_its_name(geoparser):
    got = _places(geoparser, "Les rebelles ont tué plusieurs civils près d'Oicha, dans le territoire de Beni.")
    assert got["Oicha"].name == "Oicha" and _near(got["Oicha"], 0.7, 29.52, 10)


@pytest.mark.parametrize("text,name,cc,lat,lon,km", [
    ("Les déplacés de Minembwe, dans le territoire de Fizi, manquent de tout.", "Minembwe", "CD", -3.58, 28.82, 15),
    ("Une embuscade a visé un convoi entre Eringeti et Komanda, à la limite de l'Ituri.", "Komanda", "CD",
     1.37, 29.77, 15),
    ("Des combats ont opposé deux milices dans la chefferie des Bahema, territoire de Djugu.", "Bahema", "CD",
     1.7, 30.35, 80),
    ("Plusieurs maisons ont brûlé à Manguredjipa, dans le secteur des Bapere, au Nord-Kivu.", "Manguredjipa",
     "CD", 0.35, 28.78, 15),
    ("L'armée a repoussé une attaque contre le camp de Boulkessi, dans le cercle de Douentza.", "Boulkessi",
     "ML", 15.06, -1.95, 15),
    ("Des frappes ont visé Saraqeb et Ariha, dans la province d'Idleb.", "Saraqeb", "SY", 35.86, 36.8, 10),
    ("Les forces russes progressent vers Pokrovsk, dans la région de Donetsk.", "Pokrovsk", "UA", 48.28, 37.18, 15),
    ("Les paramilitaires ont pris Tawila, à l'ouest d'El Fasher, au Darfour-Nord.", "Tawila", "SD", 13.5, 24.9, 20),
    ("Une attaque a fait des victimes à Banibangou, dans la région de Tillabéri.", "Banibangou", "NE",
     15.04, 2.7, 15),
    ("Des insurgés ont attaqué une base militaire à Gwoza, dans l'État de Borno.", "Gwoza", "NG", 11.09, 13.69, 20),
])
def test_french_reports_resolve_within_radius(geoparser, text, name, cc, lat, lon, km):
    place = _places(geoparser, text).get(name)
    assert place is not None, f"{name} not recognised"
    assert place.country == cc and _near(place, lat, lon, km), place


def test_kiwanja_is_recognised_without_a_preposition(geoparser):
    got = _places(geoparser, "Kiwanja reste sous le contrôle des rebelles depuis deux semaines.")
    assert "Kiwanja" in got and got["Kiwanja"].country == "CD"


def test_countries_and_first_level_regions_are_not_shadowed(gazetteer):
    """A locality sharing a name with a country or province must not push it out of the index."""
    for name, cc, feature in (("Ituri", "CD", ADMIN1), ("Mali", "ML", COUNTRY)):
        assert any(p.country == cc and p.feature == FEATURES[feature] for p in gazetteer.lookup(name))


def test_unknown_village_is_placed_in_the_chiefdom_that_qualifies_it(geoparser):
    got = _places(geoparser, "Le village de Kasongwere, groupement de Bashali, a été incendié par des hommes armés.")
    place = got.get("Kasongwere")
    assert place is not None and place.country == "CD" and place.geo_precision == 2
    assert _near(place, -1.2, 28.9, 5) and place.uncertainty_km >= 10
