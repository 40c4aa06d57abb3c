"""Resolving the places of a long text costs in proportion to its length: an article names the
same places over and over, and each distinct one is measured against the others once."""
from __future__ import annotations

from sitrep.geo import Geoparser, resolve

PARAGRAPH = ("Fighting was reported in Goma and Sake on Monday. Residents of Bunia and Beni fled towards "
             "Kisangani, while aid reached Butembo.\n")


def test_distances_measured_grow_with_the_number_of_places_named_not_its_square(monkeypatch):
    calls = []
    haversine_km = resolve.haversine_km

    def counted(*args):
        calls.append(args)
        return haversine_km(*args)

    monkeypatch.setattr(resolve, "haversine_km", counted)
    geoparser = Geoparser.load()

    def measured(repeats: int) -> tuple[int, int]:
        calls.clear()
        places = [t for t in geoparser.parse(PARAGRAPH * repeats, lang="en") if t.place is not None]
        return len(places), len(calls)

    short_places, short = measured(10)
    long_places, long = measured(40)
    assert long_places == 4 * short_places > 0
    assert long <= 4 * 1.25 * short  # four times the places; the square would be sixteen
