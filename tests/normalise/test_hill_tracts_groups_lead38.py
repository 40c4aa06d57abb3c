"""The Chittagong Hill Tracts' armed parties under ACLED's names (the thirty-eighth session's lead): "UPDF" in
Bangladesh is the United People's Democratic Front, not Uganda's army, and "KNF" there the Kuki-Chin National Front,
not Manipur's Kuki National Front; the districts of the Hill Tracts and Cox's Bazar reach their far villages."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import news_of, sides

MAY = date(2023, 5, 4)


def test_updf_in_the_hill_tracts_is_the_party_not_ugandas_army(pipeline):
    [event] = news_of(pipeline, "On 3 May 2023, unidentified gunmen shot dead a UPDF organiser in Panchhari "
                                "(Khagrachari).", "en", MAY)
    assert "UPDF: United People's Democratic Front" in sides(event)
    assert not any(s and "Uganda" in s for s in sides(event))


def test_updf_in_uganda_stays_ugandas_army(pipeline):
    [event] = news_of(pipeline, "On 3 May 2023, UPDF soldiers clashed with ADF rebels near Kasese.", "en", MAY)
    assert "Military Forces of Uganda (1986-)" in sides(event)


def test_knf_in_bangladesh_is_the_kuki_chin_front_and_in_manipur_the_kuki_front(pipeline):
    [event] = news_of(pipeline, "On 3 May 2023, KNF militants ambushed an army patrol near Thanchi (Bandarban), "
                                "killing a soldier.", "en", MAY)
    assert "KNF: Kuki-Chin National Front" in sides(event)
    [event] = news_of(pipeline, "On 3 May 2023, KNF militants torched houses in a village of Churachandpur "
                                "district, Manipur.", "en", MAY)
    assert "KNF: Kuki National Front" in sides(event)


def test_a_village_at_the_far_end_of_coxs_bazar_district_keeps_its_own_point(pipeline):
    """Teknaf lies 70 km south of Cox's Bazar town: the bracket names the district, which reaches it."""
    [event] = news_of(pipeline, "On 3 May 2023, Rohingya refugees protested against repatriation in Teknaf "
                                "(Cox's Bazar).", "en", MAY)
    assert event.place is not None
    assert abs(event.place.lat - 20.86) < 0.1 and abs(event.place.lon - 92.30) < 0.1, event.place
