"""South Asia in ACLED's notes, thirteenth round: traders who shut their own shops against a grievance strike (a
peaceful protest, in English and in French), a "shutter-down strike" among them; India's District Reserve Guard ("DRG")
is its police, and its Border Security Force stays India's where it fires across into Bangladesh; blowing up a
tower, a pipeline or a bridge is property destruction (English "blow up", French "faire sauter"); a riot by a crowd told by its demand ("workers demanding unpaid wages") is a violent demonstration;
towns, a crossing's Afghan side, a seafront and a district's parts no table held. Invented reports."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import news_of
from sitrep.geo.distance import haversine_km


def _events(pipeline, text: str, lang: str = "en"):
    return news_of(pipeline, text, lang=lang, published=date(2022, 3, 11))


def _one(pipeline, text: str, lang: str = "en"):
    [e] = _events(pipeline, text, lang)
    return e


def _near(e, lat: float, lon: float, km: float) -> bool:
    return e.place is not None and e.place.lat is not None and haversine_km(e.place.lat, e.place.lon, lat, lon) <= km


def test_traders_who_shut_their_shops_against_a_grievance_protest(pipeline):
    e = _one(pipeline, "On 10 March 2022, shopkeepers shut their shops in Sukkur against the arrest of a trader "
                       "leader.")
    assert e.sub_event_type == "Peaceful protest"
    assert e.actor1.name == "Protesters (Pakistan)"


def test_a_shutter_down_strike_is_a_protest(pipeline):
    e = _one(pipeline, "On 10 March 2022, traders observed a shutter-down strike in Kohat against extortion by "
                       "militants.")
    assert e.sub_event_type == "Peaceful protest"


def test_shops_shut_in_fear_are_no_protest(pipeline):
    """Guard: shops shut with no grievance told are no strike."""
    events = _events(pipeline, "On 10 March 2022, shopkeepers closed their shops and fled as gunmen entered the "
                               "bazaar in Bannu.")
    assert not any(e.sub_event_type == "Peaceful protest" for e in events)


def test_traders_who_shut_their_shops_against_taxes_protest_in_french(pipeline):
    e = _one(pipeline, "Le 10 mars 2022, les commerçants ont fermé leurs boutiques à Butembo contre les nouvelles "
                       "taxes de la mairie.", lang="fr")
    assert e.sub_event_type == "Peaceful protest"


def test_shops_shut_after_gunfire_are_no_protest_in_french(pipeline):
    """Guard: French shops shut after shots, no grievance told, are no strike."""
    events = _events(pipeline, "Le 10 mars 2022, les commerçants ont fermé leurs boutiques à Butembo après des tirs "
                               "entendus dans la nuit.", lang="fr")
    assert not any(e.sub_event_type == "Peaceful protest" for e in events)


def test_a_drg_jawan_is_indias_police(pipeline):
    e = _one(pipeline, "On 10 March 2022, a DRG jawan was killed in an exchange of fire with Maoists near "
                       "Bhairamgarh (Bijapur, Chhattisgarh).")
    assert e.sub_event_type == "Armed clash"
    names = {a.name for a in (e.actor1, e.actor2) if a is not None}
    assert "Police Forces of India (2014-)" in names


def test_a_crpf_jawan_stays_the_crpf(pipeline):
    """Guard: the neighbouring row of the CRPF keeps its own name."""
    e = _one(pipeline, "On 10 March 2022, a CRPF jawan was killed in an exchange of fire with Maoists near "
                       "Bhairamgarh (Bijapur, Chhattisgarh).")
    names = {a.name for a in (e.actor1, e.actor2) if a is not None}
    assert "Police Forces of India (2014-) Central Reserve Police Force" in names


def test_the_bsf_in_bangladesh_is_indias(pipeline):
    e = _one(pipeline, "On 10 March 2022, BSF troops shot dead a Bangladeshi farmer at the border in Kurigram.")
    assert e.actor1.name == "Police Forces of India (2014-) Border Security Force"
    assert e.actor2.name == "Civilians (Bangladesh)"


def test_bangladeshs_own_border_guards_stay_bangladeshs(pipeline):
    """Guard: Bangladesh's border guards named by no Indian acronym are its own."""
    e = _one(pipeline, "On 10 March 2022, border guards arrested two smugglers at the border in Kurigram.")
    assert e.actor1.name.endswith("of Bangladesh (2009-2024)")


def test_a_tower_blown_up_is_property_destruction(pipeline):
    e = _one(pipeline, "On 10 March 2022, Maoists blew up a mobile tower in Latehar district (Jharkhand).")
    assert e.sub_event_type == "Looting/property destruction"
    assert e.actor1.name == "CPI (Maoist): Communist Party of India (Maoist)"


def test_a_row_that_could_blow_up_is_no_event(pipeline):
    """Guard: a figure of speech of "blow up" names no structure."""
    assert not _events(pipeline, "On 10 March 2022, the minister warned that the row over water could blow up into "
                                 "a wider crisis in Latehar.")


def test_a_bridge_blown_up_is_property_destruction_in_french(pipeline):
    e = _one(pipeline, "Le 10 mars 2022, des assaillants ont fait sauter un pont sur la route de Djibo.", lang="fr")
    assert e.sub_event_type == "Looting/property destruction"


def test_a_bomber_who_blew_himself_up_stays_a_suicide_bomb_in_french(pipeline):
    """Guard: "se faire sauter" keeps its own row."""
    e = _one(pipeline, "Le 10 mars 2022, un kamikaze s'est fait sauter devant un marché de Maiduguri, tuant six "
                       "personnes.", lang="fr")
    assert e.sub_event_type == "Suicide bomb"


def test_a_riot_by_workers_told_by_their_demand_is_a_violent_demonstration(pipeline):
    e = _one(pipeline, "On 10 March 2022, textile workers demanding higher pay wrecked the gate of their mill in "
                       "Narayanganj; police fired tear gas.")
    assert e.sub_event_type == "Violent demonstration"


def test_a_mob_that_beat_workers_demanding_wages_is_mob_violence(pipeline):
    """Guard: the demand of the people a mob struck is not the mob's."""
    e = _one(pipeline, "On 10 March 2022, a mob beat up textile workers demanding higher pay in Narayanganj.")
    assert e.sub_event_type == "Mob violence"


def test_besham_is_placed_at_the_town(pipeline):
    e = _one(pipeline, "On 10 March 2022, a bomb hit a police van in Besham (Shangla), wounding three constables.")
    assert _near(e, 34.93, 72.88, 10)


def test_torkham_in_nangarhar_is_the_crossings_afghan_side(pipeline):
    e = _one(pipeline, "On 10 March 2022, Taliban guards and Pakistani troops traded fire at the Torkham crossing "
                       "(Nangarhar).")
    assert e.place.country == "AF" and _near(e, 34.11, 71.08, 10)


def test_torkham_in_khyber_stays_pakistans(pipeline):
    """Guard: the Pakistani side keeps its own row."""
    e = _one(pipeline, "On 10 March 2022, Pakistani troops and Taliban guards traded fire near Torkham (Khyber).")
    assert e.place.country == "PK" and _near(e, 34.12, 71.09, 10)


def test_galle_face_is_in_colombo(pipeline):
    e = _one(pipeline, "On 10 March 2022, students held a rally at Galle Face in Colombo against fuel shortages.")
    assert _near(e, 6.93, 79.85, 10)


def test_lower_kurram_is_a_part_of_kurram(pipeline):
    e = _one(pipeline, "On 10 March 2022, gunmen fired on a van at Bagan in Lower Kurram (Khyber Pakhtunkhwa), "
                       "killing four.")
    assert e.place.country == "PK" and _near(e, 33.7, 70.2, 40)


def test_dekai_is_placed_at_the_town(pipeline):
    e = _one(pipeline, "On 10 March 2022, soldiers exchanged fire with TPNPB fighters on the outskirts of Dekai "
                       "(Yahukimo), wounding one.")
    assert _near(e, -4.87, 139.48, 10)
