"""Villages (data/villages.tsv.gz, OpenStreetMap's settlements of Nigeria via safesignal-geo):
well-formed, and candidates only where the text calls a name a village or binds it in a chain,
in a country the text is about, so that an event in a village no town list has lands at the
village rather than at its LGA or state, without a common word or a namesake abroad becoming one."""
from __future__ import annotations

import pycountry

from sitrep.geo.build import VILLAGES, read_villages, source_files
from sitrep.geo.distance import haversine_km

ROWS = read_villages()


def _village(name: str, cc: str) -> tuple[float, float]:
    return next((la, lo) for n, c, la, lo, _ in ROWS if n == name and c == cc)


def _resolved(geoparser, text: str, lang: str = "en") -> dict[str, object]:
    return {t.text: t.place for t in geoparser.parse(text, lang)}


def test_villages_are_well_formed():
    assert len(ROWS) > 20_000
    for name, cc, la, lo, _ in ROWS:
        assert len(name) >= 3 and name == name.strip(), name
        assert pycountry.countries.get(alpha_2=cc) is not None, (name, cc)
        assert -90 <= la <= 90 and -180 <= lo <= 180, name


def test_cache_is_keyed_on_the_villages():
    assert VILLAGES in source_files()


def test_a_village_called_a_village_is_the_place(geoparser):
    found = _resolved(geoparser, "Insurgents stormed Aduba village in Borno state at dawn and burned the market.")
    la, lo = _village("Aduba", "NG")
    aduba = found["Aduba"]
    assert aduba is not None and aduba.country == "NG" and aduba.geo_precision == 1
    assert haversine_km(aduba.lat, aduba.lon, la, lo) < 1


def test_a_village_before_its_units_in_brackets_is_the_place(geoparser):
    """"Village (LGA, State)": the village of that exact name, not a town spelled alike nearby."""
    found = _resolved(geoparser, "Gunmen abducted four traders in Abaki (Ukwa East, Abia) on Friday.")
    la, lo = _village("Abaki", "NG")
    abaki = found["Abaki"]
    assert abaki is not None and abaki.name == "Abaki" and haversine_km(abaki.lat, abaki.lon, la, lo) < 1


def test_a_village_name_alone_is_no_village(geoparser):
    """Without "village" or a chain the name may be a word or a namesake: no village is taken."""
    found = _resolved(geoparser, "Soldiers met near Aduba on Monday.")
    assert found.get("Aduba") is None


def test_a_village_in_a_story_about_another_country_is_no_nigerian_village(geoparser):
    found = _resolved(geoparser, "Militants attacked Aduba village near Gao, in northern Mali.")
    assert all(p is None or p.country == "ML" for p in found.values())
