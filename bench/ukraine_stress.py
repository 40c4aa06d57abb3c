"""Ukraine and Russia stress set: invented notes in ACLED's manner about the war, where same-name villages abound.

    PYTHONPATH=.:bench .venv/bin/python bench/ukraine_stress.py [--show-failures] [--only CLASS,CLASS]

Issues 13 and 14: Ukraine is a tenth of ACLED's notes. Its events are found, but their places often land beyond
ACLED's radius, at one of a dozen villages of the same name (Oleksandrivka, Mykolaivka, Dmytrivka, Andriivka,
Novomykolaivka stand in most oblasts). Each note here names a village that has namesakes elsewhere in Ukraine (the
villages are drawn from sitrep's own tables, ``ua_council_seats`` and ``ua_hromada_villages``, and their points from
general knowledge), and tells which one in a form ACLED or the press uses. Classes (``--only``):

- ``qualified``: the village with its raion, hromada or oblast in any form: "X (Y raion, Z oblast)", "X village,
  Z region", "X in the Y hromada", "near X in Z oblast", "X near <the oblast's city>", the oblast in another sentence;
- ``context``: only a nearby town shelled in the same note, or the front, tells which namesake;
- ``cross``: fire across the line or the border ("shelled X from Y", "shells fired from Russian positions hit X"),
  Ukrainian strikes on the Belgorod, Kursk and Bryansk border villages, drones shot down, partisans in occupied towns;
- ``actors``: Russia's forces, Wagner, the Novorossiya forces before 2022, Ukraine's army, National Guard and
  Territorial Defence, civilians of each country, occupation officials;
- ``held``: a held-out set of the same kinds in other wordings, oblasts and countries (Armenia and Azerbaijan, Israel
  and Lebanon, India and Pakistan), written before any rule was changed; it was written in the session that wrote
  the bench and is studied from the thirty-eighth;
- ``fresh``: the thirty-eighth session's held-out group, across this bench's and bench/myanmar_stress.py's regions
  and their like (Ukraine's oblasts in ACLED's chain forms, Russia's Belgorod, Kursk and Bryansk, occupied towns,
  Armenia and Azerbaijan, Georgia, Myanmar's townships and forces); studied from the fortieth session;
- ``fresh2``: the fortieth session's held-out group, written before any rule was changed, across the same regions
  and Crimea, the Black Sea, Russia's deep rear, Belarus, Moldova and Transnistria (raions and hromadas in ACLED's
  chain forms, energy sites, refineries and airfields, Myanmar's village tracts and the junta's periods); studied
  from the forty-first session;
- ``fresh3``: the forty-first session's held-out group, written before any rule was changed, across the same regions
  (the national-adjective oblast and raion forms, hromadas, the Kherson left bank, Russia's refineries and air bases,
  Crimea's depots, Transnistria, Belarus's and Georgia's protests, Myanmar's ethnic armed organisations and its
  military before and after February 2021); studied from the forty-second session;
- ``fresh4``: the forty-second session's held-out group, written before any rule was changed, across the same regions
  (mass-casualty strikes on cities, villages of a hromada under invented names placed at its seat, the adjective
  forms, the Donbas before 2022, Russia's border and deep rear, Crimea, Belarus, Moldova, Armenia and Azerbaijan,
  Georgia, Myanmar's townships, armed organisations and the junta's periods); studied from the forty-third session;
- ``fresh5``: the forty-third session's held-out group, written before any rule was changed, across the same regions
  (villages that share a name with others elsewhere, given with raion and oblast, strikes on cities far from the
  front, the Donbas before 2022, the occupation, Russia's border and deep rear, Crimea, Belarus, Moldova's Gagauzia,
  Armenia and Azerbaijan, Georgia, Myanmar's townships, armed organisations and its military before and after
  February 2021); studied from the forty-fourth session;
- ``fresh6``: the forty-fourth session's held-out group, written before any rule was changed, across the same regions
  (towns of the front with raion and oblast, mass-casualty strikes on cities, a town named bare that shares its
  name, the Donbas before 2022, the occupation, Russia's border and deep rear, Crimea's bases, Belarus, Moldova,
  Armenia and Azerbaijan, Georgia, Myanmar's townships, armed organisations and its military before and after
  February 2021); studied from the forty-fifth session;
- ``fresh7``: the forty-fifth session's held-out group, written before any rule was changed, across the same regions
  (front towns and villages with raion and oblast, namesakes of another oblast's town, villages of a hromada under
  invented names, strikes on cities far from the front, the Donbas before 2022, the occupation, Russia's border and
  deep rear, Crimea, Belarus, Moldova, Armenia and Azerbaijan, Georgia, Myanmar's townships, armed organisations and
  its military before and after February 2021); studied from the forty-sixth session;
- ``fresh8``: the forty-sixth session's held-out group, written before any rule was changed, across the same regions
  (the Donetsk front's towns, the Kharkiv, Sumy and Chernihiv border with villages of a hromada under invented names,
  the south, mass-casualty strikes on cities far from the front, the Donbas before 2022, the occupation, Russia's
  border and deep rear, Crimea's bases, Belarus, Moldova, Armenia and Azerbaijan, Georgia, Myanmar's townships, armed
  organisations and its military before and after February 2021); studied from the forty-seventh session;
- ``fresh9``: the forty-seventh session's held-out group, written before any rule was changed, across the same regions
  (the Donetsk front's towns, Kharkiv, Sumy and Chernihiv by the border with villages of a hromada under invented
  names, the south and the Dnipro's left bank, mass-casualty strikes on cities far from the front, the Donbas before
  2022, the occupation, Russia's border and deep rear, Crimea's bases, Belarus, Moldova, Armenia and Azerbaijan,
  Georgia, Myanmar's townships, armed organisations and its military before and after February 2021); studied from
  the forty-eighth session;
- ``fresh10``: the forty-eighth session's held-out group, written before any rule was changed, across the same regions
  (the Donetsk front's towns, villages of a hromada under invented names, Kharkiv, Sumy and Chernihiv by the border,
  the south, strikes on cities far from the front, the Donbas before 2022, the occupation, Russia's border and deep
  rear, Crimea, Belarus, Moldova's Gagauzia, Armenia and Azerbaijan, Georgia, Myanmar's townships, armed
  organisations and its military before and after February 2021); studied from the forty-ninth session;
- ``fresh11``: the forty-ninth session's held-out group, written before any rule was changed, across the same regions
  (the Donetsk front's towns, villages of a hromada under invented names, Kharkiv and Sumy with a renamed town,
  Chernihiv by the border, the south, mass-casualty strikes on cities far from the front, the Donbas before 2022,
  the occupation, Russia's border and deep rear, Crimea, Belarus, Moldova, Armenia and Azerbaijan, Georgia,
  Myanmar's townships, armed organisations and its military before and after February 2021): report it, do not
  tune on it; its failures print only when it is asked for by name (``--only fresh11``).

Every note is coded by the real pipeline, published the day after its event; its first dated event with an actor is
scored as bench/actor_world_stress.py scores it (the actor pair, order-free, a state's period aside), and on its
sub-event type, its point within 25 km of the village, its day and its fatalities. No dev-set text is used.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from actor_world_stress import coded_note, pair_ok  # noqa: E402

from sitrep.geo.distance import haversine_km  # noqa: E402
from sitrep.pipeline import Pipeline  # noqa: E402

RU, UA = "Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)"
CIV_UA, CIV_RU = "Civilians (Ukraine)", "Civilians (Russia)"
NAF = "NAF: United Armed Forces of Novorossiya"
SH, AIR, AC, ATT = "Shelling/artillery/missile attack", "Air/drone strike", "Armed clash", "Attack"
IED, DWU = "Remote explosive/landmine/IED", "Disrupted weapons use"
MM, CIV_MM = "Military Forces of Myanmar (2021-)", "Civilians (Myanmar)"
MM_PDF, MM_PST = "PDF: People's Defense Force", "Pyu Saw Htee"


def _s(*names: str) -> list[str]:
    return list(names)


# (class, ISO day, note after "On <day>, ", sub-event type, slots (each a list of accepted names), (lat, lon), deaths)
NOTES = (
    # the village and its units, in the forms ACLED and the press use
    ("qualified", "2023-04-11", "Russian forces shelled Malynivka (Kramatorsk raion, Donetsk oblast), damaging a "
     "school.", SH, [_s(RU)], (48.745, 37.759), 0),
    ("qualified", "2023-06-02", "Russian artillery shelled Andriivka (Pokrovsk raion, Donetsk oblast), killing a "
     "man.", SH, [_s(RU), _s(CIV_UA)], (48.047, 37.083), 1),
    ("qualified", "2022-09-19", "Russian forces shelled Katerynivka village, Sumy region, killing two women.", SH,
     [_s(RU), _s(CIV_UA)], (50.726, 34.223), 2),
    ("qualified", "2023-01-25", "a Russian drone dropped explosives on Malynivka in the Chuhuiv hromada (Kharkiv), "
     "wounding a farmer.", AIR, [_s(RU), _s(CIV_UA)], (49.803, 36.760), 0),
    ("qualified", "2023-08-14", "Russian troops shelled Mykhailivka (Pokrovsk raion, Donetsk). One civilian was "
     "killed.", SH, [_s(RU), _s(CIV_UA)], (48.136, 37.385), 1),
    ("qualified", "2022-11-06", "Russian forces shelled Dmytrivka (Kramatorsk raion, Donetsk), wounding two "
     "civilians.", SH, [_s(RU), _s(CIV_UA)], (48.749, 37.380), 0),
    ("qualified", "2023-03-17", "Russian forces shelled Novomykolaivka (Polohy raion, Zaporizhzhia oblast). No "
     "casualties were reported.", SH, [_s(RU)], (47.789, 36.472), 0),
    ("qualified", "2023-07-09", "Russian forces fired at Serhiivka in the Kramatorsk district of Donetsk region with "
     "MLRS, killing a civilian.", SH, [_s(RU), _s(CIV_UA)], (48.665, 37.368), 1),
    ("qualified", "2022-12-03", "Russian drones hit Novooleksandrivka near Dnipro, damaging a power line.", AIR,
     [_s(RU)], (48.325, 35.043), 0),
    ("qualified", "2023-02-21", "Russian forces launched an airstrike with guided bombs on Petrivka (Kupiansk raion, "
     "Kharkiv).", AIR, [_s(RU)], (49.736, 37.231), 0),
    ("qualified", "2023-05-30", "Russian forces shelled Volodymyrivka in Donetsk oblast's Volnovakha district, "
     "killing an elderly woman.", SH, [_s(RU), _s(CIV_UA)], (47.733, 37.370), 1),
    ("qualified", "2024-01-08", "Russian forces struck Hryhorivka (Polohy raion, Zaporizhzhia) with artillery, "
     "wounding a woman.", SH, [_s(RU), _s(CIV_UA)], (47.305, 36.260), 0),
    ("qualified", "2023-10-12", "Russian forces shelled Ivanivka near Chasiv Yar (Bakhmut raion, Donetsk).", SH,
     [_s(RU)], (48.569, 37.929), 0),
    ("qualified", "2023-09-04", "Russian forces shelled Oleksandrivka (Kramatorsk raion). The regional administration "
     "of Donetsk oblast said a civilian was wounded.", SH, [_s(RU), _s(CIV_UA)], (48.718, 36.904), 0),
    # only a nearby town or the front tells which namesake
    ("context", "2023-04-27", "Russian forces shelled Petrivka, wounding three civilians. Kupiansk was shelled the same "
     "day.", SH,
     [_s(RU), _s(CIV_UA)], (49.736, 37.231), 0),
    ("context", "2023-06-18", "Russian forces shelled Orikhiv and Myrne, killing a man in Myrne.", SH,
     [_s(RU), _s(CIV_UA)], (47.574, 36.109), 1),
    ("context", "2023-02-07", "Russian and Ukrainian forces clashed near Andriivka, south of Bakhmut.", AC,
     [_s(RU), _s(UA)], (48.50, 37.96), 0),
    ("context", "2023-11-22", "Russian forces shelled Kostiantynivka near Vuhledar, destroying a house.", SH,
     [_s(RU)], (47.861, 37.403), 0),
    ("context", "2022-10-15", "Russian forces shelled Nikopol, Marhanets and Mykolaivka across the Dnipro river, "
     "wounding a woman in Mykolaivka.", SH, [_s(RU), _s(CIV_UA)], (47.564, 34.551), 0),
    ("context", "2023-08-01", "Russian forces shelled Pervomaiske, west of Avdiivka, killing a Ukrainian soldier.",
     SH, [_s(RU), _s(UA)], (48.094, 37.565), 1),
    ("context", "2023-05-19", "Russian and Ukrainian troops fought around Vuhledar and Katerynivka.", AC,
     [_s(RU), _s(UA)], (47.872, 37.350), 0),
    ("context", "2024-02-12", "Russian drones attacked Kozacha Lopan and Zolochiv; a man was wounded in "
     "Zolochiv.", AIR, [_s(RU), _s(CIV_UA)], (50.28, 35.98), 0),
    # fire across the line or the border
    ("cross", "2023-05-06", "Russian forces shelled Bilopillia (Sumy) from Russian territory, wounding two "
     "civilians.", SH, [_s(RU), _s(CIV_UA)], (51.15, 34.31), 0),
    ("cross", "2023-07-23", "shells fired from Russian positions hit Velyka Pysarivka (Sumy), killing a man.", SH,
     [_s(RU), _s(CIV_UA)], (50.43, 35.47), 1),
    ("cross", "2023-03-30", "Russian forces shelled Beryslav (Kherson) from the left bank of the Dnipro, damaging "
     "a hospital.", SH, [_s(RU)], (46.84, 33.42), 0),
    ("cross", "2023-05-22", "Ukrainian forces shelled Shebekino (Belgorod), wounding three civilians.", SH,
     [_s(UA), _s(CIV_RU)], (50.40, 36.89), 0),
    ("cross", "2023-10-03", "a Ukrainian drone dropped an explosive device on Tyotkino (Kursk), killing a "
     "civilian.", AIR, [_s(UA), _s(CIV_RU)], (51.27, 34.29), 1),
    ("cross", "2023-09-15", "Ukrainian forces shelled Klimovo (Bryansk) from the Chernihiv region, damaging a "
     "house.", SH, [_s(UA)], (52.38, 32.19), 0),
    ("cross", "2024-03-16", "Russian air defence shot down a Ukrainian drone over Valuyki (Belgorod).", DWU,
     [_s(RU), _s(UA)], (50.21, 38.10), 0),
    ("cross", "2023-01-14", "Ukrainian air defence shot down a Russian Shahed drone over Pavlohrad "
     "(Dnipropetrovsk).", DWU, [_s(UA), _s(RU)], (48.53, 35.87), 0),
    ("cross", "2023-04-19", "Ukrainian partisans blew up a car of a Russian-appointed official in Melitopol "
     "(Zaporizhzhia), wounding him.", IED,
     [_s(UA, "Unidentified Armed Group (Ukraine)"), _s(CIV_UA, "Government of Russia (2000-)")], (46.85, 35.37), 0),
    ("cross", "2022-08-26", "Russian forces shelled Nikopol (Dnipropetrovsk) from the occupied town of Enerhodar, "
     "killing two civilians.", SH, [_s(RU), _s(CIV_UA)], (47.57, 34.39), 2),
    # who is who
    ("actors", "2023-03-05", "Wagner Group fighters clashed with Ukrainian forces in Bakhmut (Donetsk).", AC,
     [_s("Wagner Group"), _s(UA)], (48.59, 38.00), 0),
    ("actors", "2021-06-10", "NAF forces shelled Ukrainian positions near Avdiivka (Donetsk), wounding a "
     "soldier.", SH, [_s(NAF), _s(UA)], (48.14, 37.74), 0),
    ("actors", "2021-11-03", "soldiers of the Donetsk People's Republic fired mortars at Ukrainian positions near "
     "Marinka (Donetsk).", SH, [_s(NAF), _s(UA)], (47.94, 37.50), 0),
    ("actors", "2023-06-21", "the National Guard of Ukraine fought Russian units in the forest by Kreminna (Luhansk).",
     AC, [_s(UA, "Military Forces of Ukraine (2019-) National Guard"), _s(RU)], (49.05, 38.22), 0),
    ("actors", "2022-05-11", "Ukrainian Territorial Defence fighters fought Russian troops around Ternova "
     "(Kharkiv).", AC, [_s(UA), _s(RU)], (50.19, 36.67), 0),
    ("actors", "2022-04-30", "Azov regiment fighters clashed with Russian forces at the Azovstal plant in Mariupol "
     "(Donetsk).", AC, [_s(UA, "Military Forces of Ukraine (2019-) National Guard"), _s(RU)], (47.10, 37.60), 0),
    ("actors", "2023-12-29", "Ukrainian forces shelled the centre of Donetsk city, killing four civilians.", SH,
     [_s(UA), _s(CIV_UA)], (48.00, 37.80), 4),
    ("actors", "2024-05-25", "Russian forces struck a hypermarket in Kharkiv with guided bombs, killing 19 "
     "civilians.", AIR, [_s(RU), _s(CIV_UA)], (49.99, 36.23), 19),
    ("actors", "2023-08-08", "Russian occupation authorities detained a teacher in Nova Kakhovka (Kherson).",
     "Arrests", [_s("Military Forces of Russia (2000-)", "Police Forces of Russia (2000-)",
                    "Government of Russia (2000-)"), _s(CIV_UA)], (46.75, 33.37), 0),
    ("actors", "2022-03-18", "Russian forces shelled a residential area of Mykolaiv city, killing seven "
     "civilians.", SH, [_s(RU), _s(CIV_UA)], (46.97, 32.00), 7),
    # held out: written before any rule was changed, not studied
    ("held", "2023-02-14", "Russian forces shelled the village of Mykolaivka in the Sumy district of Sumy region.",
     SH, [_s(RU)], (51.040, 34.625), 0),
    ("held", "2023-07-30", "Russian artillery hit Novooleksandrivka, Kupiansk district, wounding a tractor "
     "driver.", SH, [_s(RU), _s(CIV_UA)], (49.897, 37.208), 0),
    ("held", "2024-04-02", "Russian forces dropped a guided bomb on Myrne (Vasylivka raion, Zaporizhzhia oblast), "
     "killing a woman.", AIR, [_s(RU), _s(CIV_UA)], (47.468, 35.622), 1),
    ("held", "2022-07-17", "Russian forces shelled Zelenivka, a suburb of Kherson, killing a child.", SH,
     [_s(RU), _s(CIV_UA)], (46.69, 32.66), 1),
    ("held", "2023-09-27", "Russian troops fired mortars at Dmytrivka in the Volnovakha raion (Donetsk).", SH,
     [_s(RU)], (47.553, 37.506), 0),
    ("held", "2023-06-11", "Russian forces shelled Semenivka (Chernihiv) from across the border; a house burned "
     "down.", SH, [_s(RU)], (52.18, 32.58), 0),
    ("held", "2022-06-22", "Russian forces struck Mykhailivka in the Kramatorsk raion with a missile, wounding "
     "five civilians.", SH, [_s(RU), _s(CIV_UA)], (48.743, 37.247), 0),
    ("held", "2023-11-02", "Ukrainian and Russian forces clashed near Novomykolaivka, north of Huliaipole "
     "(Zaporizhzhia).", AC, [_s(UA), _s(RU)], (47.789, 36.472), 0),
    ("held", "2024-01-19", "Russian forces attacked Serhiivka near Selydove (Donetsk) with drones, killing a "
     "pensioner.", AIR, [_s(RU), _s(CIV_UA)], (48.319, 36.931), 1),
    ("held", "2023-03-09", "a Russian missile hit Zolochiv (Kharkiv oblast), killing a firefighter.", SH,
     [_s(RU), _s(CIV_UA)], (50.28, 35.98), 1),
    ("held", "2023-05-15", "Russian forces shelled Lyptsi and Kamianka near the border in Kharkiv oblast, "
     "wounding a man in Lyptsi.", SH, [_s(RU), _s(CIV_UA)], (50.20, 36.42), 0),
    ("held", "2023-08-25", "Russian forces shelled Stepanivka (Kramatorsk raion, Donetsk region), damaging three "
     "houses.", SH, [_s(RU)], (48.605, 37.015), 0),
    ("held", "2022-12-19", "Russian forces shelled Hryhorivka in the Kupiansk raion of Kharkiv oblast.", SH,
     [_s(RU)], (50.066, 37.588), 0),
    ("held", "2023-04-04", "Ukrainian drones struck Graivoron (Belgorod oblast), killing a civilian.", AIR,
     [_s(UA), _s(CIV_RU)], (50.48, 35.68), 1),
    ("held", "2024-03-21", "Ukrainian artillery shelled Glushkovo (Kursk region), damaging a school.", SH,
     [_s(UA)], (51.34, 34.64), 0),
    ("held", "2023-07-04", "Russian air defences intercepted two Ukrainian drones over Suzemka (Bryansk).", DWU,
     [_s(RU), _s(UA)], (52.32, 34.08), 0),
    ("held", "2023-10-20", "Ukrainian air defence downed a Russian drone above Kryvyi Rih (Dnipropetrovsk).", DWU,
     [_s(UA), _s(RU)], (47.91, 33.39), 0),
    ("held", "2023-02-26", "partisans set off a bomb under a car of occupation police officers in Berdiansk "
     "(Zaporizhzhia), killing one officer.", IED,
     [_s(UA, "Unidentified Armed Group (Ukraine)"), _s("Police Forces of Russia (2000-)", RU)], (46.76, 36.79), 1),
    ("held", "2023-05-13", "Wagner fighters shelled Ukrainian positions near Klishchiivka (Donetsk).", SH,
     [_s("Wagner Group"), _s(UA)], (48.53, 37.98), 0),
    ("held", "2021-08-17", "NAF forces attacked Ukrainian positions near Zolote (Luhansk) with grenade launchers.",
     SH, [_s(NAF), _s(UA)], (48.69, 38.52), 0),
    ("held", "2023-09-09", "Russian forces fired from Russian territory at Velykyi Burluk (Kharkiv), damaging a "
     "store.", SH, [_s(RU)], (50.06, 37.39), 0),
    ("held", "2023-06-26", "Russian forces shelled Marhanets (Dnipropetrovsk) from the Zaporizhzhia NPP area, "
     "wounding a man.", SH, [_s(RU), _s(CIV_UA)], (47.64, 34.63), 0),
    ("held", "2023-12-07", "Russian forces shelled Antonivka, a suburb of Kherson, killing a man.", SH,
     [_s(RU), _s(CIV_UA)], (46.67, 32.72), 1),
    ("held", "2024-02-03", "Russian forces shelled Pervomaiske (Kalmiuske raion, Donetsk).", SH, [_s(RU)],
     (47.448, 38.126), 0),
    ("held", "2023-01-28", "Ukrainian troops engaged Russian units by Vesele, north of Soledar (Donetsk).",
     AC, [_s(UA), _s(RU)], (48.75, 38.14), 0),
    ("held", "2022-08-09", "Russian forces shelled Orikhiv and Novoselivka (Polohy raion), wounding two civilians "
     "in Orikhiv.", SH, [_s(RU), _s(CIV_UA)], (47.57, 35.78), 0),
    ("held", "2023-03-23", "a Russian drone hit a bus in Vilne in the Okhtyrka district (Sumy), killing its "
     "driver.", AIR, [_s(RU), _s(CIV_UA)], (50.455, 35.373), 1),
    ("held", "2023-11-15", "Ukrainian forces shelled Horlivka (Donetsk), killing two civilians.", SH,
     [_s(UA), _s(CIV_UA)], (48.30, 38.05), 2),
    ("held", "2024-06-06", "Russian military police detained two men in occupied Skadovsk (Kherson).", "Arrests",
     [_s("Military Forces of Russia (2000-)", "Police Forces of Russia (2000-)"), _s(CIV_UA)], (46.12, 32.91), 0),
    ("held", "2023-10-30", "Russian forces shelled Kherson from Oleshky across the Dnipro, killing a woman.", SH,
     [_s(RU), _s(CIV_UA)], (46.64, 32.61), 1),
    ("held", "2022-10-08", "Russian troops shelled Ivanivka (Chuhuiv district, Kharkiv region), killing two "
     "men.", SH, [_s(RU), _s(CIV_UA)], (49.647, 36.882), 2),
    # held out: the same shapes on other fronts
    ("held", "2022-09-13", "Azerbaijani forces shelled Jermuk (Vayots Dzor) from across the border, wounding "
     "two civilians.", SH, [_s("Military Forces of Azerbaijan (2003-)"), _s("Civilians (Armenia)")],
     (39.84, 45.67), 0),
    ("held", "2021-11-16", "Armenian and Azerbaijani forces clashed near Sotk (Gegharkunik), killing a soldier.",
     AC, [_s("Military Forces of Armenia (2018-)"), _s("Military Forces of Azerbaijan (2003-)")],
     (40.20, 45.85), 1),
    ("held", "2023-11-09", "Hezbollah fired rockets at Kiryat Shmona from southern Lebanon, wounding a "
     "civilian.", SH, [_s("Hezbollah"), _s("Civilians (Israel)")], (33.21, 35.57), 0),
    ("held", "2024-02-14", "Israeli aircraft struck a house in Nabatieh (South Lebanon), killing ten civilians.",
     AIR, [_s("Military Forces of Israel (2022-)"), _s("Civilians (Lebanon)")], (33.38, 35.48), 10),
    ("held", "2024-01-05", "the Israeli army shelled Aitaroun (Nabatieh) from its positions across the Blue "
     "Line.", SH, [_s("Military Forces of Israel (2022-)")], (33.12, 35.47), 0),
    ("held", "2022-10-26", "Israeli air defence intercepted a drone launched from Lebanon over Metula.", DWU,
     [_s("Military Forces of Israel (2022-)"), _s("Hezbollah", "Unidentified Armed Group (Lebanon)")],
     (33.28, 35.58), 0),
    ("held", "2025-05-08", "Pakistani troops shelled Poonch (Jammu and Kashmir) across the Line of Control, "
     "killing 12 civilians.", SH, [_s("Military Forces of Pakistan (2024-)"), _s("Civilians (India)")],
     (33.77, 74.09), 12),
    ("held", "2021-02-10", "Indian troops fired mortar shells across the Line of Control at Nakyal (Kotli, Azad "
     "Kashmir), wounding a woman.", SH, [_s("Military Forces of India (2014-)"), _s("Civilians (Pakistan)")],
     (33.53, 74.03), 0),
    ("held", "2023-10-05", "Turkish drones struck a power station near Qamishli (Hasakah), killing two "
     "workers.", AIR, [_s("Military Forces of Turkey (2016-)"), _s("Civilians (Syria)")], (37.05, 41.22), 2),
    ("held", "2024-04-20", "Sudan's army shelled Omdurman from its positions across the Nile, killing "
     "three civilians.", SH, [_s("Military Forces of Sudan (2019-)"), _s("Civilians (Sudan)")], (15.65, 32.48), 3),
    # fresh: the thirty-eighth session's held-out group, written before any rule was changed (Ukraine's oblasts,
    # Russia's border regions, occupied towns, Armenia and Azerbaijan, Georgia, Myanmar); studied from the fortieth
    ("fresh", "2023-03-28", "Russian forces shelled Berezivka (Krasnohrad raion, Kharkiv oblast), damaging a "
     "granary.", SH, [_s(RU)], (49.442, 35.701), 0),
    ("fresh", "2022-10-04", "Russian troops fired rockets at Bohdanivka (Pavlohrad raion, Dnipropetrovsk oblast), "
     "injuring a tractor driver.", SH, [_s(RU), _s(CIV_UA)], (48.502, 36.122), 0),
    ("fresh", "2023-07-16", "Russian forces shelled Novoivanivka (Bashtanka raion, Mykolaiv oblast), killing a "
     "farmer in his field.", SH, [_s(RU), _s(CIV_UA)], (47.367, 32.591), 1),
    ("fresh", "2024-02-09", "Ukrainian drones struck a fuel depot in Novoivanivka of the Melitopol raion in occupied "
     "Zaporizhzhia region.", AIR, [_s(UA)], (47.058, 35.070), 0),
    ("fresh", "2023-05-08", "a Russian guided bomb hit Kurylivka village, Kupiansk district, Kharkiv region, "
     "wounding two residents.", AIR, [_s(RU), _s(CIV_UA)], (49.660, 37.703), 0),
    ("fresh", "2023-10-23", "Russian forces shelled Poltavka in the Polohy district of Zaporizhzhia region, "
     "destroying a barn.", SH, [_s(RU)], (47.718, 36.483), 0),
    ("fresh", "2022-08-30", "Russian forces shelled Poltavka, Bashtanka raion. The Mykolaiv regional governor "
     "said a woman was killed.", SH, [_s(RU), _s(CIV_UA)], (47.533, 32.514), 1),
    ("fresh", "2023-12-12", "Russian forces fired artillery at Uspenivka (Pokrovsk raion, Donetsk), wounding an "
     "elderly man.", SH, [_s(RU), _s(CIV_UA)], (48.200, 37.020), 0),
    ("fresh", "2022-11-19", "Russian forces shelled Tarasivka in the Skadovsk raion of Kherson oblast from their "
     "positions; no casualties were reported.", SH, [_s(RU)], (46.145, 33.117), 0),
    ("fresh", "2024-04-27", "Russian forces dropped explosives from a drone on Pryshyb (Vasylivka raion, "
     "Zaporizhzhia), killing a pensioner.", AIR, [_s(RU), _s(CIV_UA)], (47.256, 35.324), 1),
    ("fresh", "2023-06-05", "Ukrainian shelling hit Sadove near occupied Melitopol, wounding two residents.", SH,
     [_s(UA), _s(CIV_UA)], (46.782, 35.366), 0),
    ("fresh", "2023-09-18", "Russian artillery struck Shevchenkove in Kharkiv oblast's Kupiansk district, killing "
     "a volunteer.", SH, [_s(RU), _s(CIV_UA)], (49.695, 37.176), 1),
    ("fresh", "2024-01-31", "Russian forces fired on Staryi Saltiv (Chuhuiv raion, Kharkiv oblast) with "
     "multiple rocket launchers, damaging houses.", SH, [_s(RU)], (50.072, 36.785), 0),
    ("fresh", "2023-02-03", "Russian forces shelled Lyman (Chuhuiv raion, Kharkiv), wounding a woman.", SH,
     [_s(RU), _s(CIV_UA)], (49.594, 36.466), 0),
    ("fresh", "2023-08-21", "Russian forces shelled Kruhliakivka. The Kharkiv regional administration reported a "
     "man wounded.", SH, [_s(RU), _s(CIV_UA)], (49.529, 37.715), 0),
    ("fresh", "2022-12-27", "Russian forces shelled Novopavlivka (Synelnykove raion, Dnipropetrovsk oblast), "
     "damaging a school.", SH, [_s(RU)], (48.138, 36.787), 0),
    ("fresh", "2023-06-29", "Ukrainian and Russian forces fought for Blahodatne, south of Velyka Novosilka "
     "(Donetsk).", AC, [_s(UA), _s(RU)], (47.700, 37.419), 0),
    ("fresh", "2022-09-30", "Russian and Ukrainian forces clashed near Zarichne, east of Lyman (Donetsk).", AC,
     [_s(RU), _s(UA)], (49.023, 37.932), 0),
    ("fresh", "2022-06-13", "Russian and Ukrainian troops fought near Bilohorivka, west of Lysychansk (Luhansk), "
     "killing three Ukrainian soldiers.", AC, [_s(RU), _s(UA)], (48.926, 38.247), 3),
    ("fresh", "2023-03-06", "Russian forces shelled Kalynove, north of Avdiivka, and Ocheretyne; a man was "
     "wounded in Kalynove.", SH, [_s(RU), _s(CIV_UA)], (48.297, 37.651), 0),
    ("fresh", "2023-11-10", "Russian forces shelled Topoli near the Russian border in the Kupiansk raion, "
     "damaging a power line.", SH, [_s(RU)], (50.015, 37.915), 0),
    ("fresh", "2023-07-02", "Russian forces shelled Zarichne (Konotop raion, Sumy oblast) from across the border, "
     "wounding a man.", SH, [_s(RU), _s(CIV_UA)], (51.300, 33.794), 0),
    ("fresh", "2023-09-11", "Ukrainian air defence destroyed a Russian drone over Krynychky (Kamianske raion, "
     "Dnipropetrovsk).", DWU, [_s(UA), _s(RU)], (48.374, 34.462), 0),
    # Russia's border regions
    ("fresh", "2023-06-03", "Ukrainian forces shelled Krasnaya Yaruga (Belgorod), injuring two residents.", SH,
     [_s(UA), _s(CIV_RU)], (50.70, 35.67), 0),
    ("fresh", "2024-01-15", "a Ukrainian drone struck a car near Sudzha (Kursk region), killing the driver.", AIR,
     [_s(UA), _s(CIV_RU)], (51.19, 35.27), 1),
    ("fresh", "2023-08-17", "Ukrainian forces fired mortars at Sevsk in Bryansk oblast, damaging a warehouse.", SH,
     [_s(UA)], (52.15, 34.49), 0),
    ("fresh", "2024-03-04", "Russian air defence shot down three Ukrainian drones over Rylsk (Kursk).", DWU,
     [_s(RU), _s(UA)], (51.57, 34.68), 0),
    ("fresh", "2023-05-26", "Ukrainian artillery hit Pogar in the Bryansk region from the Chernihiv side of the "
     "border, killing a civilian.", SH, [_s(UA), _s(CIV_RU)], (52.55, 33.26), 1),
    # occupied towns
    ("fresh", "2023-10-14", "Ukrainian forces struck Tokmak (Zaporizhzhia) with missiles, hitting a Russian "
     "command post.", SH, [_s(UA), _s(RU)], (47.25, 35.71), 0),
    ("fresh", "2024-02-22", "Russian-appointed police detained a school director in occupied Henichesk "
     "(Kherson).", "Arrests", [_s("Police Forces of Russia (2000-)", RU, "Government of Russia (2000-)"),
                                _s(CIV_UA)], (46.17, 34.81), 0),
    ("fresh", "2023-04-12", "Ukrainian forces shelled Makiivka (Donetsk), killing two civilians at a bus stop.",
     SH, [_s(UA), _s(CIV_UA)], (48.05, 37.96), 2),
    ("fresh", "2023-07-19", "a car bomb killed a Russian-installed official in occupied Enerhodar (Zaporizhzhia).",
     IED, [_s("Unidentified Armed Group (Ukraine)", UA), _s("Government of Russia (2000-)", CIV_UA)],
     (47.50, 34.66), 1),
    ("fresh", "2021-09-14", "NAF forces fired grenade launchers at Ukrainian positions near Novoluhanske (Donetsk).",
     SH, [_s(NAF), _s(UA)], (48.40, 38.15), 0),
    # Armenia and Azerbaijan, Georgia
    ("fresh", "2022-09-14", "Azerbaijani forces shelled Goris (Syunik), wounding a resident.", SH,
     [_s("Military Forces of Azerbaijan (2003-)"), _s("Civilians (Armenia)")], (39.51, 46.34), 0),
    ("fresh", "2021-07-23", "Armenian and Azerbaijani forces exchanged fire near Yeraskh (Ararat), wounding an "
     "Armenian soldier.", AC, [_s("Military Forces of Armenia (2018-)"), _s("Military Forces of Azerbaijan (2003-)")],
     (39.76, 44.81), 0),
    ("fresh", "2024-02-13", "Azerbaijani forces fired on Armenian positions near Nerkin Hand (Syunik), killing four "
     "Armenian soldiers.", AC, [_s("Military Forces of Azerbaijan (2003-)"), _s("Military Forces of Armenia (2018-)")],
     (39.07, 46.46), 4),
    ("fresh", "2023-06-20", "Russian border guards detained a Georgian man near Kirbali (Gori municipality) "
     "along the South Ossetian line.", "Arrests", [_s("Military Forces of Russia (2000-)",  # unsure
                                                        "Police Forces of Russia (2000-)",
                                                        "Military Forces of South Ossetia"),
                                                     _s("Civilians (Georgia)")], (42.05, 44.05), 0),
    # Myanmar: chains of units, the resistance and the junta's forces
    ("fresh", "2023-08-09", "the military shelled Kyaukmyaung town (Kyaukmyaung township, Sagaing region), "
     "killing two civilians.", SH, [_s(MM), _s(CIV_MM)], (22.60, 95.95), 2),
    ("fresh", "2023-04-05", "PDF fighters ambushed a military column in Pauk township (Magway region), killing "
     "five soldiers.", AC, [_s(MM_PDF), _s(MM)], (21.45, 94.47), 5),
    ("fresh", "2022-12-02", "Pyu Saw Htee members burned houses in a village of Shwebo township (Sagaing "
     "region).", "Looting/property destruction", [_s(MM_PST, MM), _s(CIV_MM)], (22.57, 95.70), 0),
    ("fresh", "2024-01-18", "a military aircraft bombed Thantlang town (Thantlang township, Chin state), killing "
     "three civilians.", AIR, [_s(MM), _s(CIV_MM)], (22.70, 93.43), 3),
    ("fresh", "2023-10-28", "the Arakan Army clashed with the military near Paletwa (Chin state).", AC,
     [_s("AA: Arakan Army"), _s(MM)], (21.30, 92.85), 0),
    ("fresh", "2023-02-16", "soldiers arrested four young men in Tamu town (Tamu township, Sagaing region).",
     "Arrests", [_s(MM, "Police Forces of Myanmar (2021-)"), _s(CIV_MM)], (24.22, 94.31), 0),
    ("fresh", "2024-05-11", "a local defence force attacked a police station in Seikphyu township (Magway "
     "region), killing a policeman.", AC, [_s(MM_PDF, "Unidentified Armed Group (Myanmar)",  # unsure
                                            "LDF: Local Defense Force"), _s("Police Forces of Myanmar (2021-)")],
     (20.91, 94.80), 1),
    # fresh2: the fortieth session's held-out group, written before any rule was changed (Ukraine's oblasts,
    # raions and hromadas in ACLED's chain forms and the press's, energy sites, Russia's border and its deep rear,
    # Crimea and the Black Sea, Belarus, Moldova and Transnistria, Armenia and Azerbaijan, Georgia, Myanmar)
    ("fresh2", "2023-05-14", "Russian forces shelled Kalynivka (Izium raion, Kharkiv oblast), damaging a barn on a "
     "collective farm.", SH, [_s(RU)], (49.388, 36.937), 0),
    ("fresh2", "2022-10-21", "Russian troops fired on Zelenyi Hai, Beryslavskyi raion, Khersonska oblast, injuring a "
     "shepherd.", SH, [_s(RU), _s(CIV_UA)], (47.117, 32.976), 0),
    ("fresh2", "2023-08-03", "a Russian drone dropped a grenade on Peremoha in the Lyptsi hromada of Kharkiv raion, "
     "injuring a woman.", AIR, [_s(RU), _s(CIV_UA)], (50.247, 36.507), 0),
    ("fresh2", "2024-03-25", "Russian forces fired mortars from across the border at Andriivka of the Khotin "
     "hromada (Sumy raion), killing a man.", SH, [_s(RU), _s(CIV_UA)], (51.112, 34.773), 1),
    ("fresh2", "2023-01-09", "Russian artillery fired at Novoukrainka, Volnovakha raion, Donetsk oblast. Two houses "
     "were damaged.", SH, [_s(RU)], (47.791, 37.494), 0),
    ("fresh2", "2023-07-26", "Russian and Ukrainian forces fought near Fedorivka, south of Siversk (Bakhmut raion).",
     AC, [_s(RU), _s(UA)], (48.726, 37.957), 0),
    ("fresh2", "2023-03-02", "Russian forces shelled Vesele (Shevchenkove hromada, Kupiansk raion), wounding a "
     "woman.", SH, [_s(RU), _s(CIV_UA)], (49.695, 37.176), 0),
    ("fresh2", "2023-11-30", "Ukrainian drones hit Russian positions at Dmytrivka in the Velykolepetyska hromada of "
     "occupied Kherson oblast.", AIR, [_s(UA), _s(RU)], (47.145, 33.894), 0),
    ("fresh2", "2024-05-18", "Russian drones struck an electrical substation in Shostka (Sumy oblast), cutting "
     "power to the town.", AIR, [_s(RU)], (51.86, 33.48), 0),
    ("fresh2", "2024-04-11", "Russian missiles hit a thermal power plant near Burshtyn (Ivano-Frankivsk oblast), "
     "setting a turbine hall on fire.", SH, [_s(RU)], (49.26, 24.63), 0),
    ("fresh2", "2022-11-28", "a Russian missile struck the power station in Ladyzhyn (Vinnytsia oblast); two "
     "workers were injured.", SH, [_s(RU), _s(CIV_UA)], (48.68, 29.24), 0),
    ("fresh2", "2023-06-27", "partisans shot dead a Russian-appointed village head in occupied "
     "Kamianka-Dniprovska (Zaporizhzhia).", ATT,
     [_s(UA, "Unidentified Armed Group (Ukraine)"), _s(CIV_UA, "Government of Russia (2000-)")], (47.48, 34.42), 1),
    ("fresh2", "2023-04-29", "FSB officers detained a woman accused of passing Russian positions to Kyiv in occupied "
     "Oleshky (Kherson).", "Arrests", [_s("Police Forces of Russia (2000-)", RU, "Government of Russia (2000-)"),
                                       _s(CIV_UA)], (46.63, 32.71), 0),
    ("fresh2", "2022-07-05", "Russian forces shelled the central market of Sloviansk (Donetsk), killing two "
     "civilians.", SH, [_s(RU), _s(CIV_UA)], (48.85, 37.61), 2),
    ("fresh2", "2023-12-20", "Russian forces shelled Kurakhove in Pokrovskyi raion, Donetska oblast, injuring three "
     "residents.", SH, [_s(RU), _s(CIV_UA)], (47.98, 37.28), 0),
    ("fresh2", "2024-06-14", "Ukrainian forces shelled Yasynuvata (Donetsk), killing a woman near the railway "
     "depot.", SH, [_s(UA), _s(CIV_UA)], (48.13, 37.86), 1),
    ("fresh2", "2023-02-18", "a Russian drone hit a car in Bilozerka (Kherson raion), killing its driver.", AIR,
     [_s(RU), _s(CIV_UA)], (46.64, 32.44), 1),
    ("fresh2", "2022-09-07", "Ukrainian troops fought Russian forces for Balakliia (Izium raion, Kharkiv).", AC,
     [_s(UA), _s(RU)], (49.46, 36.86), 0),
    ("fresh2", "2023-06-09", "Ukrainian and Russian forces clashed near Robotyne, south of Orikhiv (Zaporizhzhia).",
     AC, [_s(UA), _s(RU)], (47.44, 35.84), 0),
    ("fresh2", "2024-02-17", "Russian aircraft dropped guided bombs on Kupiansk-Vuzlovyi, damaging the railway "
     "station.", AIR, [_s(RU)], (49.65, 37.69), 0),
    ("fresh2", "2023-10-01", "Russian forces shelled Huliaipole (Polohy raion), killing a pensioner in his yard.",
     SH, [_s(RU), _s(CIV_UA)], (47.66, 36.26), 1),
    ("fresh2", "2023-09-22", "Russian forces fired artillery at Stepnohirsk (Vasylivka raion, Zaporizhzhia "
     "oblast).", SH, [_s(RU)], (47.58, 35.28), 0),
    ("fresh2", "2024-05-20", "Russian and Ukrainian forces fought street battles in Vovchansk (Chuhuiv raion, "
     "Kharkiv oblast).", AC, [_s(RU), _s(UA)], (50.29, 36.94), 0),
    ("fresh2", "2023-08-11", "Russian forces shelled Ukrainian positions near Krasnohorivka (Pokrovsk raion), "
     "killing two soldiers.", SH, [_s(RU), _s(UA)], (47.98, 37.51), 2),
    # Russia's border oblasts and its deep rear
    ("fresh2", "2024-03-13", "Ukrainian drones attacked the oil refinery in Ryazan, causing a large fire.", AIR,
     [_s(UA)], (54.61, 39.71), 0),
    ("fresh2", "2023-08-19", "a Ukrainian drone damaged a long-range bomber at the Soltsy airfield (Novgorod "
     "region).", AIR, [_s(UA), _s(RU)], (58.14, 30.33), 0),
    ("fresh2", "2024-01-19", "Ukrainian drones struck an oil depot in Klintsy (Bryansk oblast), setting four tanks "
     "on fire.", AIR, [_s(UA)], (52.76, 32.24), 0),
    ("fresh2", "2023-11-05", "Ukrainian forces shelled Korenevo (Kursk oblast), injuring a woman.", SH,
     [_s(UA), _s(CIV_RU)], (51.41, 34.91), 0),
    ("fresh2", "2024-05-12", "Ukrainian forces shelled Belgorod city, killing a man at a bus stop.", SH,
     [_s(UA), _s(CIV_RU)], (50.60, 36.59), 1),
    ("fresh2", "2023-06-15", "Russian air defence shot down a Ukrainian drone over Novozybkov (Bryansk oblast).",
     DWU, [_s(RU), _s(UA)], (52.54, 31.93), 0),
    ("fresh2", "2024-02-03", "Ukrainian drones struck the refinery in Volgograd, sparking a fire.", AIR, [_s(UA)],
     (48.71, 44.51), 0),
    # Crimea and the Black Sea
    ("fresh2", "2023-09-13", "Ukrainian missiles struck the Sevastopol shipyard in Crimea, damaging a landing ship "
     "and a submarine.", SH, [_s(UA), _s(RU)], (44.62, 33.53), 0),
    ("fresh2", "2024-05-16", "Ukrainian drones attacked the Saky air base in western Crimea.", AIR, [_s(UA), _s(RU)],
     (45.09, 33.60), 0),
    ("fresh2", "2023-07-24", "Russian drones attacked grain facilities in the Danube port of Reni (Izmail raion, "
     "Odesa oblast).", AIR, [_s(RU)], (45.46, 28.29), 0),
    # Belarus, Moldova and Transnistria
    ("fresh2", "2023-03-15", "KGB officers detained three railway workers in Gomel accused of sabotage.", "Arrests",
     [_s("Police Forces of Belarus (1994-)", "Government of Belarus (1994-)"), _s("Civilians (Belarus)")],  # unsure
     (52.43, 31.00), 0),
    ("fresh2", "2022-05-04", "Belarusian police detained a journalist in Grodno.", "Arrests",
     [_s("Police Forces of Belarus (1994-)"), _s("Civilians (Belarus)")], (53.68, 23.83), 0),
    ("fresh2", "2022-04-25", "unidentified attackers fired grenade launchers at the state security ministry "
     "building in Tiraspol (Transnistria).", SH, [_s("Unidentified Armed Group (Moldova)")],  # unsure
     (46.84, 29.63), 0),
    ("fresh2", "2024-03-17", "a drone destroyed a helicopter at a military base near Tiraspol (Transnistria).", AIR,
     [_s("Unidentified Armed Group (Moldova)")], (46.87, 29.59), 0),  # unsure
    # Armenia and Azerbaijan, Georgia
    ("fresh2", "2022-09-13", "Azerbaijani forces shelled Vardenis (Gegharkunik), damaging houses.", SH,
     [_s("Military Forces of Azerbaijan (2003-)")], (40.18, 45.73), 0),
    ("fresh2", "2023-04-11", "Armenian and Azerbaijani forces clashed near Tegh (Syunik), killing four Armenian and "
     "three Azerbaijani soldiers.", AC, [_s("Military Forces of Armenia (2018-)"),
                                        _s("Military Forces of Azerbaijan (2003-)")], (39.56, 46.48), 7),
    ("fresh2", "2023-10-17", "South Ossetian forces detained two Georgian villagers near Ergneti (Gori "
     "municipality).", "Arrests", [_s("Military Forces of South Ossetia", "Police Forces of South Ossetia",  # unsure
                                      "Military Forces of Russia (2000-)"), _s("Civilians (Georgia)")], (42.20, 43.99),
     0),
    ("fresh2", "2024-01-22", "Abkhaz forces detained a Georgian man at the Enguri bridge near Zugdidi.", "Arrests",
     [_s("Military Forces of Abkhazia", "Police Forces of Abkhazia"), _s("Civilians (Georgia)")],  # unsure
     (42.51, 41.87), 0),
    # Myanmar: village tracts of townships, the resistance, the junta's forces and their periods
    ("fresh2", "2023-11-12", "the Three Brotherhood Alliance seized Kunlong town (Kunlong township, northern Shan "
     "state) after fighting the military.", AC,
     [_s("MNDAA: Myanmar National Democratic Alliance Army", "TNLA: Ta'ang National Liberation Army",  # unsure
         "AA: Arakan Army"), _s(MM)], (23.42, 98.65), 0),
    ("fresh2", "2024-02-07", "a military jet bombed Nyaung Pin Thar village, Ywa Thit village tract, Kani township "
     "(Sagaing region), killing four civilians.", AIR, [_s(MM), _s(CIV_MM)], (22.43, 94.85), 4),
    ("fresh2", "2023-06-20", "junta troops burned about 100 houses in villages of Mingin township (Sagaing "
     "region).", "Looting/property destruction", [_s(MM), _s(CIV_MM)], (22.87, 94.49), 0),
    ("fresh2", "2024-01-05", "the KIA and allied PDFs clashed with the military near Bhamo (Kachin state).", AC,
     [_s("KIO/KIA: Kachin Independence Organization/Kachin Independence Army", MM_PDF), _s(MM)], (24.27, 97.23), 0),
    ("fresh2", "2023-10-05", "Karenni Nationalities Defense Force fighters clashed with the military in Demoso "
     "township (Kayah state), killing three soldiers.", AC,
     [_s("KNDF: Karenni Nationalities Defense Force"), _s(MM)], (19.55, 97.16), 3),  # unsure
    ("fresh2", "2022-05-19", "police arrested a student in Mandalay for posting messages against the junta.",
     "Arrests", [_s("Police Forces of Myanmar (2021-)", MM), _s(CIV_MM)], (21.97, 96.08), 0),
    ("fresh2", "2023-03-21", "a landmine planted by a local PDF destroyed a military truck near Yesagyo (Magway "
     "region), killing two soldiers.", IED, [_s(MM_PDF), _s(MM)], (21.63, 95.24), 2),
    ("fresh2", "2021-03-27", "security forces shot dead eight protesters in Mandalay.", "Excessive force against "
     "protesters", [_s(MM, "Police Forces of Myanmar (2021-)"), _s("Protesters (Myanmar)")], (21.97, 96.08), 8),
    ("fresh2", "2020-09-12", "the military clashed with the Arakan Army in Kyauktaw township (Rakhine state).", AC,
     [_s("Military Forces of Myanmar (2016-2021)"), _s("AA: Arakan Army")], (20.84, 92.98), 0),
    # fresh3: the forty-first session's held-out group, written before any rule was changed (Ukraine's oblasts,
    # raions and hromadas in ACLED's chain forms, the press's and the national-adjective forms, energy sites, the
    # front and the occupied towns, Russia's border and its deep rear, Crimea and the Black Sea coast, Belarus,
    # Moldova and Transnistria, Armenia and Azerbaijan, Georgia, Myanmar's townships and armed organisations)
    ("fresh3", "2023-10-24", "Russian forces shelled Stepove (Pokrovsk raion, Donetsk oblast), damaging a shop and "
     "two cars.", SH, [_s(RU)], (48.20, 37.64), 0),
    ("fresh3", "2024-01-16", "Russian troops assaulted Ukrainian positions at Synkivka, Kupianskyi raion, Kharkivska "
     "oblast.", AC, [_s(RU), _s(UA)], (49.77, 37.62), 0),
    ("fresh3", "2023-09-08", "a Russian drone struck a tractor in the fields near Stanislav (Kherson raion, Kherson "
     "oblast), injuring its driver.", AIR, [_s(RU), _s(CIV_UA)], (46.57, 32.15), 0),
    ("fresh3", "2024-04-02", "Russian aircraft dropped a guided bomb on Krasnopillia in Sumy oblast's Sumy raion, "
     "killing two residents.", AIR, [_s(RU), _s(CIV_UA)], (50.78, 35.27), 2),
    ("fresh3", "2024-04-19", "Russian and Ukrainian forces fought for Ocheretyne (Pokrovsk raion), north-west of "
     "Avdiivka.", AC, [_s(RU), _s(UA)], (48.23, 37.60), 0),
    ("fresh3", "2023-11-27", "Russian artillery fired from the Kursk side of the border at Myropillia, Sumska oblast, "
     "damaging a kindergarten.", SH, [_s(RU)], (51.02, 35.26), 0),
    ("fresh3", "2023-06-06", "Russian mortar fire hit Semenivka (Novhorod-Siverskyi raion, Chernihiv oblast), "
     "wounding a pensioner.", SH, [_s(RU), _s(CIV_UA)], (52.18, 32.58), 0),
    ("fresh3", "2023-07-13", "Ukrainian troops repelled a Russian assault near Urozhaine in the Volnovakha district "
     "(Donetsk region).", AC, [_s(UA), _s(RU)], (47.76, 36.93), 0),
    ("fresh3", "2024-09-03", "Russian Shahed drones hit energy infrastructure in Izmail (Odesa oblast); a substation "
     "caught fire.", AIR, [_s(RU)], (45.35, 28.84), 0),
    ("fresh3", "2024-03-22", "a Russian missile struck a power facility in Kryvyi Rih (Dnipropetrovsk oblast), "
     "killing a worker.", SH, [_s(RU), _s(CIV_UA)], (47.91, 33.39), 1),
    ("fresh3", "2023-12-05", "Russian forces hit Dobropillia with rocket artillery. The Donetsk regional "
     "administration reported two residents injured.", SH, [_s(RU), _s(CIV_UA)], (48.47, 37.08), 0),
    ("fresh3", "2024-07-29", "Russian troops shelled Hirnyk and Selydove in the Pokrovsk raion, killing a man in "
     "Selydove.", SH, [_s(RU), _s(CIV_UA)], (48.15, 37.30), 1),
    ("fresh3", "2023-12-14", "Ukrainian marines attacked Russian positions around Krynky on the left bank of the "
     "Dnipro (Kherson oblast).", AC, [_s(UA), _s(RU)], (46.73, 33.09), 0),
    ("fresh3", "2022-11-02", "partisans blew up a railway bridge near Melitopol (Zaporizhzhia oblast), derailing a "
     "Russian supply train.", IED, [_s(UA, "Unidentified Armed Group (Ukraine)")], (46.85, 35.37), 0),
    ("fresh3", "2022-08-06", "a bomb planted under his car wounded the Russian-installed deputy head of the Nova "
     "Kakhovka administration (Kherson oblast).", IED,
     [_s(UA, "Unidentified Armed Group (Ukraine)"), _s("Government of Russia (2000-)", CIV_UA)], (46.76, 33.37), 0),
    ("fresh3", "2023-03-28", "Russian-appointed police detained two teachers in occupied Berdiansk (Zaporizhzhia) "
     "for teaching the Ukrainian curriculum online.", "Arrests",
     [_s("Police Forces of Russia (2000-)", RU, "Government of Russia (2000-)"), _s(CIV_UA)], (46.76, 36.79), 0),
    ("fresh3", "2023-05-25", "Russian forces on the Kinburn spit shelled Ochakiv (Mykolaiv oblast), wounding a "
     "fisherman.", SH, [_s(RU), _s(CIV_UA)], (46.61, 31.55), 0),
    ("fresh3", "2024-01-21", "Ukrainian artillery struck a market in Donetsk city's Kirovskyi district, killing three "
     "civilians.", SH, [_s(UA), _s(CIV_UA)], (48.00, 37.80), 3),
    ("fresh3", "2024-06-03", "Russian planes dropped guided bombs on Velykyi Burluk (Kupiansk raion), destroying a "
     "bakery.", AIR, [_s(RU)], (50.06, 37.39), 0),
    ("fresh3", "2023-09-17", "Ukrainian troops clashed with Russian forces at Klishchiivka, south-west of Bakhmut, "
     "and took the village.", AC, [_s(UA), _s(RU)], (48.53, 37.97), 0),
    ("fresh3", "2023-02-26", "Russian forces shelled Ukrainian positions near Nevske (Svatove raion, Luhansk "
     "oblast).", SH, [_s(RU), _s(UA)], (49.06, 38.17), 0),
    ("fresh3", "2024-03-29", "Russian missiles hit a gas production facility near Krasnohrad (Kharkiv oblast).", SH,
     [_s(RU)], (49.37, 35.45), 0),
    ("fresh3", "2024-03-02", "a Russian drone struck an apartment block in Odesa, killing four residents.", AIR,
     [_s(RU), _s(CIV_UA)], (46.48, 30.73), 4),
    ("fresh3", "2023-08-21", "Russian forces shelled the Chervonohryhorivka hromada of Nikopol raion "
     "(Dnipropetrovsk oblast), damaging a gas pipeline.", SH, [_s(RU)], (47.62, 34.53), 0),
    ("fresh3", "2023-04-04", "Russian forces fired rockets at Kamianske, Vasylivskyi raion, Zaporizka oblast, "
     "injuring two men.", SH, [_s(RU), _s(CIV_UA)], (47.49, 35.31), 0),
    # Russia's border oblasts and its deep rear
    ("fresh3", "2024-05-17", "Ukrainian drones struck the Tuapse refinery (Krasnodar krai), setting a pumping unit "
     "alight.", AIR, [_s(UA)], (44.10, 39.08), 0),
    ("fresh3", "2024-04-05", "Ukrainian drones attacked the Morozovsk air base in Rostov oblast, damaging two "
     "aircraft.", AIR, [_s(UA), _s(RU)], (48.35, 41.83), 0),
    ("fresh3", "2023-08-26", "Ukrainian forces shelled Graivoron (Belgorod oblast), killing a man in his garden.",
     SH, [_s(UA), _s(CIV_RU)], (50.48, 35.68), 1),
    ("fresh3", "2024-08-09", "Ukrainian and Russian troops fought around Sudzha (Kursk oblast) as the Ukrainian "
     "incursion widened.", AC, [_s(UA), _s(RU)], (51.19, 35.27), 0),
    ("fresh3", "2024-02-28", "a Ukrainian drone hit a power substation in Sevsk (Bryansk oblast), cutting "
     "electricity to the town.", AIR, [_s(UA)], (52.15, 34.49), 0),
    ("fresh3", "2024-10-18", "Ukrainian drones struck the oil refinery at Kstovo near Nizhny Novgorod.", AIR,
     [_s(UA)], (56.15, 44.20), 0),
    ("fresh3", "2023-09-05", "Russian air defences shot down three Ukrainian drones over Yeysk (Krasnodar krai).",
     DWU, [_s(RU), _s(UA)], (46.71, 38.27), 0),
    ("fresh3", "2024-06-11", "a Ukrainian drone hit the refinery in Novoshakhtinsk (Rostov oblast), starting a "
     "fire.", AIR, [_s(UA)], (47.77, 39.93), 0),
    # Crimea and the Black Sea coast
    ("fresh3", "2023-11-08", "Ukrainian drones attacked an oil depot in Feodosia (Crimea), causing a fire.", AIR,
     [_s(UA)], (45.03, 35.38), 0),
    ("fresh3", "2024-04-17", "Ukrainian missiles hit a Russian air defence battery near Dzhankoi (Crimea).", SH,
     [_s(UA), _s(RU)], (45.71, 34.39), 0),
    ("fresh3", "2023-10-09", "Russian missiles hit grain terminals in the port of Chornomorsk (Odesa oblast), "
     "injuring two dockers.", SH, [_s(RU), _s(CIV_UA)], (46.30, 30.65), 0),
    ("fresh3", "2023-02-16", "FSB officers detained a Crimean Tatar activist in Bakhchysarai (Crimea) on charges of "
     "extremism.", "Arrests", [_s("Police Forces of Russia (2000-)", "Government of Russia (2000-)"), _s(CIV_UA)],
     (44.75, 33.86), 0),
    # Belarus, Moldova and Transnistria
    ("fresh3", "2023-01-30", "Belarusian police detained a nurse in Mogilev for donating money to a Ukrainian "
     "volunteer battalion.", "Arrests", [_s("Police Forces of Belarus (1994-)"), _s("Civilians (Belarus)")],
     (53.90, 30.33), 0),
    ("fresh3", "2020-08-16", "riot police broke up a march in Vitebsk and detained dozens of protesters.",
     "Protest with intervention", [_s("Protesters (Belarus)"), _s("Police Forces of Belarus (1994-)")],
     (55.19, 30.20), 0),
    ("fresh3", "2022-04-26", "two explosions brought down radio masts of the Maiac relay station near Grigoriopol "
     "(Transnistria).", IED, [_s("Unidentified Armed Group (Moldova)")], (47.17, 29.35), 0),  # unsure
    ("fresh3", "2023-03-12", "Moldovan police detained seven people in Chisinau accused of plotting riots at an "
     "opposition rally.", "Arrests", [_s("Police Forces of Moldova (2021-)"), _s("Civilians (Moldova)")],  # unsure
     (47.01, 28.86), 0),
    # Armenia and Azerbaijan, Georgia
    ("fresh3", "2022-09-13", "Azerbaijani forces shelled the spa town of Jermuk (Vayots Dzor), damaging a hotel.",
     SH, [_s("Military Forces of Azerbaijan (2003-)")], (39.84, 45.67), 0),
    ("fresh3", "2023-05-03", "Azerbaijani forces fired on Armenian positions near Sotk (Gegharkunik), wounding two "
     "Armenian soldiers.", AC, [_s("Military Forces of Azerbaijan (2003-)"), _s("Military Forces of Armenia (2018-)")],
     (40.20, 45.95), 0),
    ("fresh3", "2024-03-09", "Russian border guards detained two Georgian villagers near Khurvaleti (Gori "
     "municipality) at the South Ossetian boundary.", "Arrests",
     [_s("Military Forces of Russia (2000-)", "Police Forces of Russia (2000-)",  # unsure
         "Military Forces of South Ossetia"), _s("Civilians (Georgia)")], (42.04, 43.96), 0),
    ("fresh3", "2024-12-01", "Georgian riot police dispersed protesters with water cannon outside parliament in "
     "Tbilisi.", "Protest with intervention", [_s("Protesters (Georgia)"), _s("Police Forces of Georgia (2012-)")],
     (41.69, 44.80), 0),  # unsure
    # Myanmar: townships, the resistance, the ethnic armed organisations and the junta's periods
    ("fresh3", "2024-08-03", "the MNDAA took Lashio (Lashio township, northern Shan state) after weeks of fighting "
     "with the military.", AC, [_s("MNDAA: Myanmar National Democratic Alliance Army"), _s(MM)], (22.94, 97.75), 0),
    ("fresh3", "2024-07-10", "TNLA fighters clashed with the military in Hsipaw town (northern Shan state).", AC,
     [_s("TNLA: Ta'ang National Liberation Army"), _s(MM)], (22.62, 97.30), 0),
    ("fresh3", "2024-03-14", "a junta jet bombed a monastery in a village of Kanbalu township (Sagaing region), "
     "killing five civilians.", AIR, [_s(MM), _s(CIV_MM)], (23.20, 95.52), 5),
    ("fresh3", "2023-07-07", "soldiers arrested three men in Hlaing Tharyar township (Yangon) accused of links to "
     "the PDF.", "Arrests", [_s(MM, "Police Forces of Myanmar (2021-)"), _s(CIV_MM)], (16.87, 96.06), 0),
    ("fresh3", "2024-02-24", "the KNLA and a local PDF attacked a military camp near Hlaingbwe (Kayin state), "
     "killing four soldiers.", AC, [_s("KNLA: Karen National Liberation Army", "KNU: Karen National Union",  # unsure
                                       MM_PDF), _s(MM)], (17.13, 97.83), 4),
    ("fresh3", "2024-05-06", "the Arakan Army overran a Border Guard Police camp in Ponnagyun township (Rakhine "
     "state).", AC, [_s("AA: Arakan Army"), _s("Police Forces of Myanmar (2021-)", MM)], (20.33, 92.97), 0),
    ("fresh3", "2023-01-19", "Pyu Saw Htee militiamen set fire to houses in a village tract of Myinmu township "
     "(Sagaing region).", "Looting/property destruction", [_s(MM_PST, MM), _s(CIV_MM)], (21.93, 95.58), 0),
    ("fresh3", "2023-09-26", "a military helicopter fired on villages of Sagaing township, killing a farmer.", AIR,
     [_s(MM), _s(CIV_MM)], (21.88, 95.98), 1),
    ("fresh3", "2022-08-15", "a local defence force ambushed a military convoy in Gangaw township (Magway region), "
     "killing three soldiers.", AC, [_s("LDF: Local Defense Force", MM_PDF), _s(MM)], (22.17, 94.13), 3),  # unsure
    ("fresh3", "2023-04-22", "Chinland Defense Force fighters attacked a military outpost in Matupi township (Chin "
     "state).", AC, [_s("CDF: Chinland Defense Force"), _s(MM)], (21.60, 93.44), 0),  # unsure
    ("fresh3", "2024-06-25", "the KIA attacked a police station in Waingmaw township (Kachin state), killing two "
     "policemen.", AC, [_s("KIO/KIA: Kachin Independence Organization/Kachin Independence Army"),
                        _s("Police Forces of Myanmar (2021-)")], (25.35, 97.43), 2),
    ("fresh3", "2021-01-15", "the military clashed with the TNLA in Namtu township (northern Shan state).", AC,
     [_s("Military Forces of Myanmar (2016-2021)"), _s("TNLA: Ta'ang National Liberation Army")], (23.09, 97.40), 0),
    # fresh4: the forty-second session's held-out group, written before any rule was changed (Ukraine's oblasts and
    # raions in the press's and the adjective forms, villages of a hromada given by invented names at the hromada's
    # seat, mass-casualty strikes on cities, the front, the Donbas before 2022, Russia's border and deep rear, Crimea,
    # Belarus, Moldova, Armenia and Azerbaijan, Georgia, Myanmar's townships, armed organisations and periods)
    ("fresh4", "2024-05-21", "Russian forces shelled Vovchansk (Chuhuiv raion, Kharkiv oblast), destroying two "
     "houses.", SH, [_s(RU)], (50.29, 36.94), 0),
    ("fresh4", "2024-08-09", "Russian troops stormed Ukrainian positions near Toretsk (Bakhmut raion, Donetsk "
     "oblast); the fighting went on into the night.", AC, [_s(RU), _s(UA)], (48.40, 37.85), 0),
    ("fresh4", "2023-10-31", "Russian artillery on the left bank hit Beryslav (Kherson oblast), killing an elderly "
     "man.", SH, [_s(RU), _s(CIV_UA)], (46.84, 33.43), 1),
    ("fresh4", "2024-02-04", "a Russian glide bomb struck a block of flats in Kupiansk (Kharkiv), wounding three "
     "residents.", AIR, [_s(RU), _s(CIV_UA)], (49.71, 37.61), 0),
    ("fresh4", "2023-12-19", "Russian forces shelled Ostrozhanka (Nikopol raion, Dnipropetrovsk oblast) from across "
     "the reservoir, damaging power lines.", SH, [_s(RU)], (47.57, 34.39), 0),
    ("fresh4", "2024-03-11", "a Russian drone dropped explosives on a car in Bilozerka (Kherson raion, Kherson "
     "oblast), injuring the driver.", AIR, [_s(RU), _s(CIV_UA)], (46.63, 32.44), 0),
    ("fresh4", "2023-04-26", "Ukrainian forces repelled Russian attacks near Marinka (Pokrovsk raion, Donetsk "
     "oblast).", AC, [_s(UA), _s(RU)], (47.94, 37.50), 0),
    ("fresh4", "2022-07-14", "Russian missiles struck the centre of Vinnytsia, killing 23 civilians.", SH,
     [_s(RU), _s(CIV_UA)], (49.23, 28.47), 23),
    ("fresh4", "2023-06-27", "a Russian missile hit a pizzeria in Kramatorsk, killing 13 civilians.", SH,
     [_s(RU), _s(CIV_UA)], (48.72, 37.56), 13),
    ("fresh4", "2024-07-02", "Russian forces shelled Verbolozivka, a village of the Velykyi Burluk hromada (Kupiansk "
     "raion, Kharkiv oblast), damaging a farm.", SH, [_s(RU)], (50.06, 37.39), 0),
    ("fresh4", "2023-09-02", "Russian forces fired multiple rocket launchers at Kurakhove (Pokrovsk raion, Donetsk), "
     "wounding a woman.", SH, [_s(RU), _s(CIV_UA)], (47.98, 37.28), 0),
    ("fresh4", "2024-10-14", "Russian aircraft dropped a guided bomb on Zaporizhzhia city, injuring 16 people.", AIR,
     [_s(RU), _s(CIV_UA)], (47.84, 35.14), 0),
    ("fresh4", "2023-05-30", "Ukrainian Territorial Defence units downed a Russian drone above Kyiv.", DWU,
     [_s(UA), _s(RU)], (50.45, 30.52), 0),
    ("fresh4", "2024-01-08", "Russian troops shelled Chasiv Yar (Bakhmut raion, Donetsk oblast), killing one "
     "civilian.", SH, [_s(RU), _s(CIV_UA)], (48.59, 37.84), 1),
    ("fresh4", "2023-08-22", "a Russian drone attacked a tractor near Slobozhanka-Druha, a village of the "
     "Krasnopillia hromada (Sumy raion, Sumy oblast), wounding its driver.", AIR, [_s(RU), _s(CIV_UA)],
     (50.78, 35.27), 0),
    ("fresh4", "2022-05-17", "Russian forces shelled Sievierodonetsk (Luhansk oblast), killing ten civilians.", SH,
     [_s(RU), _s(CIV_UA)], (48.95, 38.49), 10),
    ("fresh4", "2022-03-09", "a Russian airstrike hit a maternity hospital in Mariupol (Donetsk oblast), killing three "
     "people.", AIR, [_s(RU), _s(CIV_UA)], (47.10, 37.55), 3),
    ("fresh4", "2024-09-03", "two Russian ballistic missiles hit a military institute in Poltava, killing 55 people.",
     SH, [_s(RU), _s(UA, CIV_UA)], (49.59, 34.55), 55),  # unsure
    ("fresh4", "2023-11-25", "Ukrainian forces struck a Russian ammunition depot near Nova Kakhovka (Kherson) with "
     "HIMARS rockets.", SH, [_s(UA), _s(RU)], (46.76, 33.37), 0),
    ("fresh4", "2024-06-18", "Rosgvardia troops detained a man in occupied Berdiansk (Zaporizhzhia) for playing a "
     "Ukrainian song.", "Arrests", [_s("Police Forces of Russia (2000-)", RU, "Government of Russia (2000-)"),
                                     _s(CIV_UA)], (46.76, 36.79), 0),  # unsure
    ("fresh4", "2023-03-21", "saboteurs blew up a train carrying Russian fuel near occupied Melitopol.", IED,
     [_s("Unidentified Armed Group (Ukraine)", UA), _s(RU)], (46.85, 35.37), 0),  # unsure
    ("fresh4", "2024-04-08", "Russian forces shelled Zelenoyarivka in the Bilopillia hromada of Sumy raion, near the "
     "border, damaging a school.", SH, [_s(RU)], (51.15, 34.31), 0),
    ("fresh4", "2023-07-25", "Russian forces attacked Ukrainian positions in the forest near Kreminna (Luhansk "
     "oblast).", AC, [_s(RU), _s(UA)], (49.05, 38.22), 0),
    ("fresh4", "2024-11-17", "Russian missiles hit the power plant in Burshtyn (Ivano-Frankivsk oblast).", SH,
     [_s(RU)], (49.26, 24.63), 0),
    ("fresh4", "2023-01-14", "a Russian missile destroyed part of an apartment block in Dnipro, killing 46 "
     "residents.", SH, [_s(RU), _s(CIV_UA)], (48.45, 35.05), 46),
    ("fresh4", "2024-02-27", "Russian forces shelled Prykhidne, Kramatorskyi raion, Donetska oblast, wounding a "
     "man.", SH, [_s(RU), _s(CIV_UA)], (48.72, 37.56), 0),
    ("fresh4", "2023-06-16", "Ukrainian troops advanced near Staromaiorske (Volnovakha raion, Donetsk) after clashes "
     "with Russian forces.", AC, [_s(UA), _s(RU)], (47.79, 36.77), 0),
    ("fresh4", "2024-05-10", "Russian forces crossed the border and attacked Ukrainian positions near Lyptsi (Kharkiv "
     "raion).", AC, [_s(RU), _s(UA)], (50.20, 36.42), 0),
    ("fresh4", "2023-10-20", "Russian forces shelled an aid distribution point in Kherson city, killing a "
     "volunteer.", SH, [_s(RU), _s(CIV_UA)], (46.64, 32.61), 1),
    ("fresh4", "2023-09-15", "a Russian drone dropped a munition on Kvitolyst in the Orikhiv hromada (Polohy raion, "
     "Zaporizhzhia oblast), killing a woman.", AIR, [_s(RU), _s(CIV_UA)], (47.57, 35.79), 1),
    ("fresh4", "2021-11-03", "NAF forces fired mortars at Ukrainian positions near Hnutove (Mariupol raion, "
     "Donetsk).", SH, [_s(NAF), _s(UA)], (47.20, 37.75), 0),
    ("fresh4", "2021-04-06", "Ukrainian and NAF forces exchanged fire near Shyrokyne (Donetsk), wounding a Ukrainian "
     "soldier.", AC, [_s(UA), _s(NAF)], (47.09, 37.73), 0),
    # Russia's border and its deep rear
    ("fresh4", "2024-08-13", "Ukrainian forces pushed into Korenevo district (Kursk oblast), clashing with Russian "
     "troops.", AC, [_s(UA), _s(RU)], (51.41, 34.91), 0),
    ("fresh4", "2024-05-12", "a section of an apartment block collapsed in Belgorod after a Ukrainian missile strike, "
     "killing 15 residents.", SH, [_s(UA), _s(CIV_RU)], (50.60, 36.59), 15),
    ("fresh4", "2024-03-18", "Ukrainian forces shelled Klimovo (Bryansk oblast), damaging a gas pipeline.", SH,
     [_s(UA)], (52.38, 32.19), 0),
    ("fresh4", "2024-01-19", "a Ukrainian drone hit an oil depot in Klintsy (Bryansk), starting a fire.", AIR,
     [_s(UA)], (52.76, 32.24), 0),
    ("fresh4", "2024-03-13", "Ukrainian drones struck the Ryazan oil refinery, causing a fire.", AIR, [_s(UA)],
     (54.61, 39.74), 0),
    ("fresh4", "2024-07-22", "Russian air defence intercepted Ukrainian drones over the Liski district of Voronezh "
     "oblast.", DWU, [_s(RU), _s(UA)], (50.98, 39.50), 0),
    ("fresh4", "2024-01-27", "Ukrainian drones struck the Engels air base (Saratov oblast), damaging a hangar.", AIR,
     [_s(UA), _s(RU)], (51.48, 46.20), 0),
    ("fresh4", "2024-08-10", "a Ukrainian drone hit an apartment block in Kursk city, wounding 13 residents.", AIR,
     [_s(UA), _s(CIV_RU)], (51.73, 36.19), 0),
    ("fresh4", "2023-07-24", "two Ukrainian drones hit office buildings in Moscow, injuring a security guard.", AIR,
     [_s(UA), _s(CIV_RU)], (55.75, 37.60), 0),
    # Crimea
    ("fresh4", "2023-09-22", "Ukrainian missiles struck the Black Sea Fleet headquarters in Sevastopol (Crimea).", SH,
     [_s(UA), _s(RU)], (44.62, 33.53), 0),
    ("fresh4", "2024-05-31", "Ukrainian drones hit the ferry port of Kerch (Crimea), damaging a tugboat.", AIR,
     [_s(UA)], (45.34, 36.47), 0),
    ("fresh4", "2024-02-01", "Russian police detained a Crimean Tatar man in Simferopol (Crimea) over a social media "
     "post.", "Arrests", [_s("Police Forces of Russia (2000-)", RU, "Government of Russia (2000-)"), _s(CIV_UA)],
     (44.95, 34.10), 0),
    # Belarus, Moldova, Armenia and Azerbaijan, Georgia
    ("fresh4", "2020-08-10", "riot police fired rubber bullets and threw stun grenades into a crowd of protesters "
     "in Minsk after the presidential election.", "Protest with intervention", [_s("Protesters (Belarus)"),
                                                              _s("Police Forces of Belarus (1994-)")],
     (53.90, 27.57), 0),
    ("fresh4", "2023-03-05", "KGB officers detained a railway worker in Gomel accused of sabotaging tracks.",
     "Arrests", [_s("Police Forces of Belarus (1994-)", "Government of Belarus (1994-)"), _s("Civilians (Belarus)")],
     (52.44, 30.98), 0),  # unsure
    ("fresh4", "2023-03-19", "supporters of the Shor party protested outside the government building in Chisinau, "
     "demanding the cabinet's resignation.", "Peaceful protest", [_s("Protesters (Moldova)")], (47.01, 28.86), 0),
    ("fresh4", "2023-09-19", "Azerbaijani forces shelled Stepanakert (Nagorno-Karabakh), damaging houses.", SH,
     [_s("Military Forces of Azerbaijan (2003-)")], (39.82, 46.75), 0),
    ("fresh4", "2021-11-16", "Azerbaijani and Armenian forces fought near Sisian (Syunik), killing six Armenian "
     "soldiers.", AC, [_s("Military Forces of Azerbaijan (2003-)"), _s("Military Forces of Armenia (2018-)")],
     (39.52, 46.03), 6),
    ("fresh4", "2024-05-11", "demonstrators marched through Batumi against the foreign agents bill.",
     "Peaceful protest", [_s("Protesters (Georgia)")], (41.64, 41.64), 0),
    # Myanmar
    ("fresh4", "2023-11-12", "the MNDAA clashed with the military near Laukkai (Kokang, northern Shan state), killing "
     "five soldiers.", AC, [_s("MNDAA: Myanmar National Democratic Alliance Army"), _s(MM)], (23.69, 98.77), 5),
    ("fresh4", "2024-02-08", "the Arakan Army clashed with the military in Minbya township (Rakhine state).", AC,
     [_s("AA: Arakan Army"), _s(MM)], (20.36, 93.27), 0),
    ("fresh4", "2023-12-03", "a junta airstrike hit a school in a village of Kawlin township (Sagaing region), "
     "killing three students.", AIR, [_s(MM), _s(CIV_MM)], (23.79, 95.68), 3),
    ("fresh4", "2024-01-14", "a military jet bombed a village in Myaing township (Magway region), killing four "
     "civilians.", AIR, [_s(MM), _s(CIV_MM)], (21.61, 94.85), 4),
    ("fresh4", "2023-05-08", "PDF fighters attacked a police station in Kani township (Sagaing region), killing two "
     "policemen.", AC, [_s(MM_PDF), _s("Police Forces of Myanmar (2021-)")], (22.44, 94.85), 2),
    ("fresh4", "2022-03-22", "soldiers set fire to houses in a village of Monywa township (Sagaing region).",
     "Looting/property destruction", [_s(MM), _s(CIV_MM)], (22.12, 95.13), 0),
    ("fresh4", "2024-03-30", "the KNLA overran a military outpost near Kawkareik (Kayin state).", AC,
     [_s("KNLA: Karen National Liberation Army"), _s(MM)], (16.56, 98.24), 0),
    ("fresh4", "2023-06-19", "police arrested a student in Mandalay for joining a flash strike against the junta.",
     "Arrests", [_s("Police Forces of Myanmar (2021-)", MM), _s(CIV_MM, "Protesters (Myanmar)")], (21.97, 96.08), 0),
    ("fresh4", "2021-03-27", "security forces opened fire on anti-coup protesters in Mandalay, killing 29.",
     "Excessive force against protesters", [_s(MM, "Police Forces of Myanmar (2021-)"), _s("Protesters (Myanmar)")],
     (21.97, 96.08), 29),
    ("fresh4", "2024-06-27", "TNLA fighters attacked military positions in Nawnghkio town (northern Shan state).", AC,
     [_s("TNLA: Ta'ang National Liberation Army"), _s(MM)], (22.31, 96.80), 0),
    ("fresh4", "2023-10-09", "a shell fired by the military hit a camp for displaced people near Laiza (Kachin state), "
     "killing 29 people.", SH, [_s(MM), _s(CIV_MM)], (24.76, 97.55), 29),
    ("fresh4", "2020-08-20", "the military clashed with the Arakan Army in Kyauktaw township (Rakhine state).", AC,
     [_s("Military Forces of Myanmar (2016-2021)"), _s("AA: Arakan Army")], (20.84, 92.98), 0),
    ("fresh4", "2024-09-15", "Karenni Nationalities Defense Force fighters attacked a military camp near Loikaw (Kayah "
     "state).", AC, [_s("KNDF: Karenni Nationalities Defense Force"), _s(MM)], (19.67, 97.21), 0),
    ("fresh4", "2024-07-21", "a landmine laid by unknown men exploded on a road in Mawlamyine township (Mon state), "
     "wounding two civilians.", IED, [_s("Unidentified Armed Group (Myanmar)"), _s(CIV_MM)], (16.49, 97.63), 0),
    ("fresh4", "2022-05-12", "Pyu Saw Htee members killed a teacher in a village of Kyaukse township (Mandalay "
     "region).", ATT, [_s(MM_PST, MM), _s(CIV_MM)], (21.61, 96.13), 1),
    # fresh5: the forty-third session's held-out group, written before any rule was changed (Ukraine's oblasts,
    # raions and their namesakes, strikes on cities far from the front, the front, the Donbas before 2022, the
    # occupation, Russia's border and deep rear, Crimea, Belarus, Moldova, Armenia and Azerbaijan, Georgia, Myanmar's
    # townships, armed organisations and its military before and after February 2021)
    ("fresh5", "2024-06-05", "Russian forces shelled Marhanets (Nikopol raion, Dnipropetrovsk oblast) with heavy "
     "artillery, wounding a woman.", SH, [_s(RU), _s(CIV_UA)], (47.64, 34.63), 0),
    ("fresh5", "2023-11-08", "Russian troops shelled Kostiantynivka (Kramatorsk raion, Donetsk oblast), killing two "
     "civilians.", SH, [_s(RU), _s(CIV_UA)], (48.53, 37.71), 2),
    ("fresh5", "2023-06-13", "a Russian cruise missile struck a five-storey building in Kryvyi Rih, killing 12 "
     "civilians.", SH, [_s(RU), _s(CIV_UA)], (47.91, 33.39), 12),
    ("fresh5", "2023-02-10", "Ukrainian forces repelled Russian assaults on the approaches to Vuhledar (Volnovakha "
     "raion, Donetsk oblast).", AC, [_s(UA), _s(RU)], (47.78, 37.25), 0),
    ("fresh5", "2024-07-29", "a Russian drone struck a minibus in Antonivka (Kherson raion, Kherson oblast), "
     "wounding four passengers.", AIR, [_s(RU), _s(CIV_UA)], (46.67, 32.70), 0),
    ("fresh5", "2024-09-12", "Russian forces shelled Velyka Pysarivka (Okhtyrka raion, Sumy oblast), damaging the "
     "village hospital.", SH, [_s(RU)], (50.42, 35.47), 0),
    ("fresh5", "2023-05-15", "Russian artillery hit Huliaipole (Polohy raion, Zaporizhzhia oblast), killing an "
     "elderly man.", SH, [_s(RU), _s(CIV_UA)], (47.66, 36.26), 1),
    ("fresh5", "2024-02-15", "Russian infantry attacked Ukrainian positions close to Robotyne (Polohy raion, "
     "Zaporizhzhia).", AC, [_s(RU), _s(UA)], (47.45, 35.84), 0),
    ("fresh5", "2024-08-25", "Russian missiles struck energy infrastructure in Lutsk (Volyn oblast).", SH, [_s(RU)],
     (50.75, 25.34), 0),
    ("fresh5", "2023-03-09", "a Russian missile hit houses in a village of Zolochiv raion (Lviv oblast), killing five "
     "residents.", SH, [_s(RU), _s(CIV_UA)], (49.81, 24.90), 5),
    ("fresh5", "2024-03-22", "Russian missiles struck the hydroelectric power station on the Dnipro in "
     "Zaporizhzhia.", SH, [_s(RU)], (47.87, 35.09), 0),
    ("fresh5", "2022-06-27", "Russian missiles struck a crowded shopping centre in Kremenchuk (Poltava oblast), "
     "killing 20 people.", SH, [_s(RU), _s(CIV_UA)], (49.07, 33.42), 20),
    ("fresh5", "2023-08-19", "a Russian ballistic missile hit the central square of Chernihiv, killing seven "
     "people.", SH, [_s(RU), _s(CIV_UA)], (51.49, 31.29), 7),
    ("fresh5", "2023-10-05", "a Russian missile hit a cafe in Hroza (Kupiansk raion, Kharkiv oblast) during a wake, "
     "killing 59 villagers.", SH, [_s(RU), _s(CIV_UA)], (49.66, 37.86), 59),  # unsure
    ("fresh5", "2024-05-25", "a Russian guided aerial bomb hit a hardware hypermarket in Kharkiv, killing 12 "
     "shoppers.", AIR, [_s(RU), _s(CIV_UA)], (49.99, 36.23), 12),
    ("fresh5", "2022-10-10", "Russian missiles hit a playground and busy streets in central Kyiv during the morning "
     "rush, killing eight people.", SH, [_s(RU), _s(CIV_UA)], (50.45, 30.52), 8),
    ("fresh5", "2020-02-18", "NAF forces attacked Ukrainian positions near Zolote (Popasna raion, Luhansk oblast), "
     "killing a Ukrainian soldier.", AC, [_s(NAF), _s(UA)], (48.70, 38.52), 1),
    ("fresh5", "2021-07-13", "Ukrainian forces fired mortars at NAF positions on the edge of Horlivka (Donetsk "
     "oblast).", SH, [_s(UA), _s(NAF)], (48.30, 38.05), 0),
    ("fresh5", "2022-08-28", "Russian forces detained a schoolteacher in occupied Enerhodar (Zaporizhzhia oblast).",
     "Arrests", [_s(RU, "Police Forces of Russia (2000-)"), _s(CIV_UA)],
     (47.50, 34.66), 0),  # unsure
    ("fresh5", "2023-09-03", "Russian drones hit port infrastructure in Izmail (Odesa oblast), damaging grain "
     "silos.", AIR, [_s(RU)], (45.35, 28.84), 0),
    ("fresh5", "2024-11-26", "a Russian drone dropped a grenade on a car in Stanislav (Kherson raion, Kherson "
     "oblast), wounding two men.", AIR, [_s(RU), _s(CIV_UA)], (46.57, 32.15), 0),  # unsure
    ("fresh5", "2024-12-14", "Russian troops assaulted Ukrainian positions around Velyka Novosilka (Volnovakha raion, "
     "Donetsk oblast).", AC, [_s(RU), _s(UA)], (47.84, 36.83), 0),
    ("fresh5", "2024-08-20", "Russian forces advanced near Novohrodivka (Pokrovsk raion, Donetsk oblast) after "
     "fighting with Ukrainian troops.", AC, [_s(RU), _s(UA)], (48.20, 37.35), 0),
    ("fresh5", "2023-03-02", "Wagner Group fighters clashed with Ukrainian troops in the eastern districts of "
     "Bakhmut.", AC, [_s("Wagner Group", RU), _s(UA)], (48.59, 38.00), 0),
    ("fresh5", "2024-07-08", "a Russian missile hit the Okhmatdyt children's hospital in Kyiv, killing two adults.",
     SH, [_s(RU), _s(CIV_UA)], (50.45, 30.52), 2),
    ("fresh5", "2024-01-16", "a Russian aircraft dropped two glide bombs on Lyman (Kramatorsk raion, Donetsk oblast), "
     "destroying three houses.", AIR, [_s(RU)], (48.99, 37.81), 0),
    ("fresh5", "2024-06-22", "Russian forces shelled a village in Shostka raion (Sumy oblast), damaging a power "
     "line.", SH, [_s(RU)], (51.86, 33.48), 0),
    ("fresh5", "2022-03-01", "Ukrainian Territorial Defence fighters clashed with Russian forces on the outskirts of "
     "Irpin (Kyiv oblast).", AC, [_s(UA), _s(RU)], (50.52, 30.25), 0),
    ("fresh5", "2022-05-04", "Ukrainian National Guard units repelled a Russian attack near Rubizhne (Luhansk "
     "oblast).", AC, [_s(UA), _s(RU)], (49.01, 38.38), 0),
    ("fresh5", "2023-04-28", "a Russian missile tore through an apartment building in Uman (Cherkasy oblast), "
     "killing 23 civilians.", SH, [_s(RU), _s(CIV_UA)], (48.75, 30.22), 23),
    ("fresh5", "2022-07-01", "Russian missiles hit a block of flats in Serhiivka (Bilhorod-Dnistrovskyi raion, Odesa "
     "oblast), killing 21 people.", SH, [_s(RU), _s(CIV_UA)], (46.02, 29.96), 21),
    ("fresh5", "2023-01-28", "Russian forces shelled Druzhkivka (Kramatorsk raion, Donetsk oblast), damaging a "
     "school.", SH, [_s(RU)], (48.63, 37.53), 0),
    ("fresh5", "2024-10-06", "Russian forces fired on Seredyna-Buda (Shostka raion, Sumy oblast) from across the "
     "border, wounding a man.", SH, [_s(RU), _s(CIV_UA)], (52.19, 34.04), 0),
    ("fresh5", "2024-03-15", "two Russian missiles hit a residential area near the port of Odesa, killing 21 "
     "people.", SH, [_s(RU), _s(CIV_UA)], (46.48, 30.73), 21),
    # Russia's border and its deep rear
    ("fresh5", "2024-08-06", "Ukrainian forces crossed the border near Sudzha (Kursk oblast) and fought Russian "
     "troops.", AC, [_s(UA), _s(RU)], (51.19, 35.27), 0),
    ("fresh5", "2023-06-01", "Ukrainian forces shelled Shebekino (Belgorod oblast), wounding four civilians.", SH,
     [_s(UA), _s(CIV_RU)], (50.41, 36.89), 0),
    ("fresh5", "2024-04-14", "a Ukrainian drone hit a car in Graivoron (Belgorod oblast), killing the driver.", AIR,
     [_s(UA), _s(CIV_RU)], (50.48, 35.68), 1),
    ("fresh5", "2024-01-21", "Ukrainian drones hit a gas terminal at the Baltic port of Ust-Luga (Leningrad oblast), "
     "starting a fire.", AIR, [_s(UA)], (59.68, 28.40), 0),
    ("fresh5", "2024-09-18", "Ukrainian drones struck an arsenal near Toropets (Tver oblast), setting off "
     "explosions.", AIR, [_s(UA), _s(RU)], (56.50, 31.64), 0),
    ("fresh5", "2024-03-12", "Russian air defence shot down Ukrainian drones over Kstovo (Nizhny Novgorod oblast).",
     DWU, [_s(RU), _s(UA)], (56.15, 44.20), 0),
    # Crimea
    ("fresh5", "2023-08-24", "Ukrainian drones struck an air defence battery near Olenivka on the Tarkhankut "
     "peninsula (Crimea).", AIR, [_s(UA), _s(RU)], (45.38, 32.53), 0),  # unsure
    ("fresh5", "2024-05-16", "Ukrainian missiles hit the Belbek air base near Sevastopol (Crimea).", SH,
     [_s(UA), _s(RU)], (44.69, 33.58), 0),
    ("fresh5", "2023-10-09", "occupation police detained two residents of Dzhankoi (Crimea) over pro-Ukrainian "
     "messages.", "Arrests", [_s("Police Forces of Russia (2000-)", RU), _s(CIV_UA)], (45.71, 34.39), 0),
    # Belarus, Moldova, Armenia and Azerbaijan, Georgia
    ("fresh5", "2021-02-14", "police detained ten people in Brest who had gathered to commemorate a protester who "
     "died in custody.", "Protest with intervention", [_s("Protesters (Belarus)"),
                                                      _s("Police Forces of Belarus (1994-)")], (52.09, 23.69), 0),
    ("fresh5", "2023-05-21", "opposition supporters protested in Comrat (Gagauzia) against the election result.",
     "Peaceful protest", [_s("Protesters (Moldova)")], (46.30, 28.66), 0),
    ("fresh5", "2024-05-12", "protesters led by an archbishop blocked roads in Yerevan against the border "
     "demarcation with Azerbaijan.", "Peaceful protest", [_s("Protesters (Armenia)")], (40.18, 44.51), 0),
    ("fresh5", "2022-09-13", "Azerbaijani forces shelled Jermuk (Vayots Dzor), wounding two civilians.", SH,
     [_s("Military Forces of Azerbaijan (2003-)"), _s("Civilians (Armenia)")], (39.84, 45.67), 0),
    ("fresh5", "2024-11-30", "police dispersed protesters with water cannon outside the parliament in Tbilisi.",
     "Protest with intervention", [_s("Protesters (Georgia)"), _s("Police Forces of Georgia (2013-)")],
     (41.69, 44.80), 0),
    # Myanmar
    ("fresh5", "2024-07-25", "MNDAA fighters clashed with military troops in Lashio (northern Shan state).", AC,
     [_s("MNDAA: Myanmar National Democratic Alliance Army"), _s(MM)], (22.94, 97.75), 0),
    ("fresh5", "2024-10-20", "TNLA fighters clashed with the military near Kyaukme (northern Shan state).", AC,
     [_s("TNLA: Ta'ang National Liberation Army"), _s(MM)], (22.53, 97.03), 0),
    ("fresh5", "2023-04-11", "a junta airstrike hit a ceremony in a village of Kanbalu township (Sagaing region), "
     "killing 160 people.", AIR, [_s(MM), _s(CIV_MM)], (23.20, 95.52), 160),
    ("fresh5", "2022-09-16", "a military helicopter fired on a school in a village of Tabayin township (Sagaing "
     "region), killing 11 children.", AIR, [_s(MM), _s(CIV_MM)], (22.69, 95.30), 11),  # unsure
    ("fresh5", "2024-02-02", "PDF fighters detonated a landmine under a military truck in Myinmu township (Sagaing "
     "region), killing three soldiers.", IED, [_s(MM_PDF), _s(MM)], (21.93, 95.58), 3),
    ("fresh5", "2021-04-09", "security forces opened fire on anti-coup protesters in Bago, killing 82.",
     "Excessive force against protesters", [_s(MM, "Police Forces of Myanmar (2021-)"), _s("Protesters (Myanmar)")],
     (17.34, 96.48), 82),
    ("fresh5", "2021-02-22", "hundreds of thousands joined a general strike against the coup in Yangon.",
     "Peaceful protest", [_s("Protesters (Myanmar)")], (16.80, 96.16), 0),
    ("fresh5", "2023-06-14", "the Arakan Army and the military clashed in Paletwa township (Chin state).", AC,
     [_s("AA: Arakan Army"), _s(MM)], (21.30, 92.85), 0),
    ("fresh5", "2024-01-31", "a military airstrike hit a market in Ramree township (Rakhine state), killing seven "
     "civilians.", AIR, [_s(MM), _s(CIV_MM)], (19.09, 93.86), 7),
    ("fresh5", "2024-11-05", "KNDF fighters clashed with the military in Demoso township (Kayah state).", AC,
     [_s("KNDF: Karenni Nationalities Defense Force"), _s(MM)], (19.55, 97.10), 0),  # unsure
    ("fresh5", "2022-01-08", "soldiers torched houses in a village of Pale township (Sagaing region).",
     "Looting/property destruction", [_s(MM), _s(CIV_MM)], (21.85, 94.80), 0),  # unsure
    ("fresh5", "2023-08-19", "KNLA fighters attacked a military camp outside Myawaddy (Kayin state).", AC,
     [_s("KNLA: Karen National Liberation Army"), _s(MM)], (16.69, 98.51), 0),
    ("fresh5", "2019-01-04", "the Arakan Army attacked border police posts in Buthidaung township (Rakhine state), "
     "killing 13 policemen.", AC, [_s("AA: Arakan Army"), _s("Police Forces of Myanmar (2016-2021)")],
     (20.87, 92.53), 13),
    ("fresh5", "2018-05-12", "the TNLA attacked military positions in Muse (northern Shan state).", AC,
     [_s("TNLA: Ta'ang National Liberation Army"), _s("Military Forces of Myanmar (2016-2021)")], (23.98, 97.90), 0),
    ("fresh5", "2023-07-18", "a bomb exploded near a police station in Hlaing Tharyar township (Yangon), wounding two "
     "policemen.", IED, [_s("Unidentified Armed Group (Myanmar)"), _s("Police Forces of Myanmar (2021-)")],
     (16.87, 96.06), 0),
    # fresh6: the forty-fourth session's held-out group, written before any rule was changed; not studied.
    # Ukraine: towns and villages with their units, the front, cities far from it, the Donbas before 2022
    ("fresh6", "2024-04-18", "Russian forces shelled Kurakhove (Pokrovsk raion, Donetsk oblast), killing a woman and "
     "wounding her son.", SH, [_s(RU), _s(CIV_UA)], (47.98, 37.28), 1),
    ("fresh6", "2023-12-02", "a Russian glide bomb fell on a private house in Orikhiv (Polohy raion, Zaporizhzhia "
     "oblast), wounding an elderly couple.", AIR, [_s(RU), _s(CIV_UA)], (47.57, 35.78), 0),
    ("fresh6", "2024-06-30", "Russian forces shelled Bilozerka (Kherson raion, Kherson oblast), killing a man in his "
     "yard.", SH, [_s(RU), _s(CIV_UA)], (46.63, 32.44), 1),
    ("fresh6", "2024-02-24", "Russian troops attacked Ukrainian positions by Lastochkyne (Pokrovsk raion, Donetsk "
     "oblast), west of Avdiivka.", AC, [_s(RU), _s(UA)], (48.18, 37.60), 0),
    ("fresh6", "2023-07-26", "Ukrainian troops repelled a Russian assault near Staromaiorske (Volnovakha raion, "
     "Donetsk oblast).", AC, [_s(UA), _s(RU)], (47.79, 36.77), 0),
    ("fresh6", "2024-10-12", "Russian aircraft struck Kupiansk (Kharkiv oblast) with a guided aerial bomb, damaging a "
     "kindergarten.", AIR, [_s(RU)], (49.71, 37.62), 0),
    ("fresh6", "2023-01-14", "a Russian missile brought down a section of a nine-storey apartment block in Dnipro, "
     "killing 46 residents.", SH, [_s(RU), _s(CIV_UA)], (48.46, 35.05), 46),
    ("fresh6", "2024-03-02", "a Russian Shahed drone slammed into an apartment building in Odesa, killing 12 people, "
     "five of them children.", AIR, [_s(RU), _s(CIV_UA)], (46.48, 30.73), 12),
    ("fresh6", "2022-04-08", "a Russian missile hit the railway station of Kramatorsk (Donetsk oblast) while "
     "civilians waited to leave, killing 61.", SH, [_s(RU), _s(CIV_UA)], (48.72, 37.56), 61),
    ("fresh6", "2024-11-17", "Russian missiles struck a thermal power plant in Burshtyn (Ivano-Frankivsk oblast).",
     SH, [_s(RU)], (49.26, 24.63), 0),
    ("fresh6", "2023-05-08", "Ukrainian air defence shot down Russian drones over Kyiv, falling debris damaging a "
     "house in the city's west.", DWU, [_s(UA), _s(RU)], (50.45, 30.52), 0),
    ("fresh6", "2024-07-11", "Russian forces shelled Chornobaivka, on the outskirts of Kherson, killing a man.", SH,
     [_s(RU), _s(CIV_UA)], (46.69, 32.55), 1),
    ("fresh6", "2023-09-21", "Russian forces shelled a village in the Nikopol raion of Dnipropetrovsk oblast, "
     "damaging a gas pipeline.", SH, [_s(RU)], (47.57, 34.39), 0),
    ("fresh6", "2022-11-24", "Russian forces shelled Kherson city, two weeks after its liberation, killing seven "
     "civilians.", SH, [_s(RU), _s(CIV_UA)], (46.64, 32.61), 7),
    ("fresh6", "2024-05-10", "Russian forces crossed the border north of Kharkiv and fought Ukrainian troops around "
     "Vovchansk (Chuhuiv raion, Kharkiv oblast).", AC, [_s(RU), _s(UA)], (50.29, 36.94), 0),
    ("fresh6", "2023-10-17", "Russian troops stormed Ukrainian positions on the flanks of Avdiivka (Pokrovsk raion, "
     "Donetsk oblast), where the fighting went on for days.", AC, [_s(RU), _s(UA)], (48.14, 37.74), 0),
    ("fresh6", "2024-01-29", "a Russian drone dropped an explosive on a bus stop in Nikopol (Dnipropetrovsk oblast), "
     "wounding three women.", AIR, [_s(RU), _s(CIV_UA)], (47.57, 34.39), 0),
    ("fresh6", "2022-09-30", "Russian missiles hit a civilian convoy gathering on the outskirts of Zaporizhzhia, "
     "killing 30 people.", SH, [_s(RU), _s(CIV_UA)], (47.84, 35.14), 30),
    ("fresh6", "2023-06-27", "a Russian missile struck a pizzeria in central Kramatorsk (Donetsk oblast), killing 13 "
     "people.", SH, [_s(RU), _s(CIV_UA)], (48.72, 37.56), 13),
    ("fresh6", "2024-08-27", "Russian forces shelled Kostiantynivka, killing a woman at the market.", SH,
     [_s(RU), _s(CIV_UA)], (48.53, 37.71), 1),
    ("fresh6", "2019-10-06", "NAF forces fired grenade launchers at Ukrainian positions near Krymske (Luhansk oblast), "
     "wounding a soldier.", SH, [_s(NAF), _s(UA)], (48.71, 38.72), 0),  # unsure
    ("fresh6", "2017-02-01", "heavy fighting broke out between Ukrainian forces and NAF fighters in the industrial "
     "zone of Avdiivka (Donetsk oblast).", AC, [_s(UA), _s(NAF)], (48.14, 37.74), 0),
    ("fresh6", "2021-03-26", "an NAF sniper shot dead a Ukrainian soldier near Shumy (Bakhmut raion, Donetsk oblast).",
     AC, [_s(NAF), _s(UA)], (48.36, 37.86), 1),  # unsure
    ("fresh6", "2023-11-14", "Russian occupation forces detained a man in Melitopol (Zaporizhzhia oblast) suspected "
     "of helping Ukrainian partisans.", "Arrests", [_s("Police Forces of Russia (2000-)", RU,
                                                      "Government of Russia (2000-)"), _s(CIV_UA)], (46.85, 35.37), 0),
    ("fresh6", "2022-12-05", "a car bomb killed a Russian-installed official in Nova Kakhovka (Kherson oblast).", IED,
     [_s("Unidentified Armed Group (Ukraine)", UA), _s("Government of Russia (2000-)", CIV_UA)], (46.75, 33.37), 1),
    ("fresh6", "2024-09-03", "a Russian missile strike on a military institute in Poltava killed more than 50 "
     "people.", SH, [_s(RU), _s(UA, CIV_UA)], (49.59, 34.55), 50),
    ("fresh6", "2024-03-30", "Russian forces fired mortars at Myropillia (Sumy raion, Sumy oblast) from across the "
     "border, wounding a woman.", SH, [_s(RU), _s(CIV_UA)], (51.02, 35.26), 0),
    ("fresh6", "2024-12-01", "Russian aircraft dropped guided bombs on Krasnopillia (Sumy oblast), destroying a shop.",
     AIR, [_s(RU)], (50.78, 35.27), 0),
    ("fresh6", "2023-08-07", "Russian forces struck Pokrovsk (Donetsk oblast) twice in the evening, killing nine "
     "people, a rescuer among them.", SH, [_s(RU), _s(CIV_UA)], (48.28, 37.18), 9),
    ("fresh6", "2024-06-14", "Ukrainian artillery shelled Russian positions near Krynky on the left bank of the "
     "Dnipro (Kherson oblast).", SH, [_s(UA), _s(RU)], (46.73, 33.09), 0),
    ("fresh6", "2022-07-29", "Russian forces shelled Mykolaiv, killing the owner of a grain company and his wife at "
     "home.", SH, [_s(RU), _s(CIV_UA)], (46.97, 32.00), 2),
    ("fresh6", "2023-04-03", "Russian forces shelled Ochakiv (Mykolaiv oblast) from the Kinburn spit, wounding a "
     "fisherman.", SH, [_s(RU), _s(CIV_UA)], (46.61, 31.55), 0),
    ("fresh6", "2024-04-17", "three Russian missiles hit the centre of Chernihiv, killing 18 people.", SH,
     [_s(RU), _s(CIV_UA)], (51.49, 31.29), 18),
    ("fresh6", "2023-02-05", "Russian forces fired S-300 missiles at Kharkiv, hitting a university building and "
     "wounding five people.", SH, [_s(RU), _s(CIV_UA)], (49.99, 36.23), 0),
    ("fresh6", "2024-05-19", "Russian drones attacked the Kupiansk raion; a man was killed in Kivsharivka (Kharkiv "
     "oblast).", AIR, [_s(RU), _s(CIV_UA)], (49.63, 37.69), 1),  # unsure
    ("fresh6", "2023-07-06", "a Russian missile hit a residential building in Lviv, killing ten residents.", SH,
     [_s(RU), _s(CIV_UA)], (49.84, 24.03), 10),
    ("fresh6", "2022-03-13", "Russian missiles struck the Yavoriv military training ground (Lviv oblast), killing 35 "
     "people.", SH, [_s(RU), _s(UA, CIV_UA)], (49.94, 23.55), 35),
    # Russia's border and deep rear, Crimea
    ("fresh6", "2024-08-12", "Ukrainian forces fought Russian troops in the Korenevo district (Kursk oblast).", AC,
     [_s(UA), _s(RU)], (51.41, 34.91), 0),
    ("fresh6", "2024-05-12", "part of an apartment block collapsed in Belgorod after Ukrainian shelling, killing 15 "
     "residents.", SH, [_s(UA), _s(CIV_RU)], (50.60, 36.59), 15),
    ("fresh6", "2023-12-30", "Ukrainian rockets hit central Belgorod, killing 25 people.", SH, [_s(UA), _s(CIV_RU)],
     (50.60, 36.59), 25),
    ("fresh6", "2024-01-25", "Ukrainian drones struck an oil terminal in Tuapse (Krasnodar krai), causing a fire.", AIR,
     [_s(UA)], (44.10, 39.08), 0),
    ("fresh6", "2024-06-21", "Ukrainian drones attacked the oil refinery in Ilsky (Krasnodar krai).", AIR, [_s(UA)],
     (44.84, 38.56), 0),
    ("fresh6", "2024-03-17", "Russian air defence downed Ukrainian drones near Kaluga.", DWU, [_s(RU), _s(UA)],
     (54.53, 36.27), 0),
    ("fresh6", "2024-02-17", "police detained people in Saint Petersburg who came to lay flowers at a memorial for "
     "Alexei Navalny.", "Protest with intervention", [_s("Protesters (Russia)"),
                                                      _s("Police Forces of Russia (2000-)")], (59.94, 30.31), 0),
    ("fresh6", "2023-09-13", "Ukrainian missiles hit the shipyard in Sevastopol (Crimea), damaging a submarine and a "
     "landing ship.", SH, [_s(UA), _s(RU)], (44.62, 33.53), 0),
    ("fresh6", "2024-04-16", "Ukrainian missiles struck the military airfield at Dzhankoi (Crimea), destroying air "
     "defence launchers.", SH, [_s(UA), _s(RU)], (45.71, 34.39), 0),
    ("fresh6", "2023-10-25", "occupation police detained a Crimean Tatar in Bakhchysarai (Crimea) over a social media "
     "post.", "Arrests", [_s("Police Forces of Russia (2000-)", RU), _s(CIV_UA)], (44.75, 33.86), 0),
    # Belarus, Moldova, Armenia and Azerbaijan, Georgia
    ("fresh6", "2020-08-10", "riot police fired rubber bullets at protesters disputing the presidential election "
     "result in Minsk.", "Protest with intervention", [_s("Protesters (Belarus)"),
                                                      _s("Police Forces of Belarus (1994-)")], (53.90, 27.56), 0),
    ("fresh6", "2023-03-10", "thousands protested in Chisinau against the government over high utility bills.",
     "Peaceful protest", [_s("Protesters (Moldova)")], (47.01, 28.86), 0),
    ("fresh6", "2023-09-19", "Azerbaijani forces shelled Stepanakert (Nagorno-Karabakh), killing two civilians.", SH,
     [_s("Military Forces of Azerbaijan (2003-)"), _s("Civilians (Azerbaijan)", "Civilians (Armenia)")],
     (39.82, 46.75), 2),
    ("fresh6", "2022-09-14", "Azerbaijani and Armenian forces clashed along the border near Sotk (Gegharkunik).", AC,
     [_s("Military Forces of Azerbaijan (2003-)"), _s("Military Forces of Armenia (2018-)")], (40.21, 45.93), 0),
    ("fresh6", "2024-04-30", "police used tear gas to disperse protesters outside parliament in Tbilisi during the "
     "debate on the foreign agents bill.", "Protest with intervention",
     [_s("Protesters (Georgia)"), _s("Police Forces of Georgia (2013-)")], (41.69, 44.80), 0),
    # Myanmar
    ("fresh6", "2023-11-03", "TNLA fighters clashed with military troops in Hsenwi town (northern Shan state).", AC,
     [_s("TNLA: Ta'ang National Liberation Army"), _s(MM)], (23.30, 97.97), 0),
    ("fresh6", "2024-03-24", "the Arakan Army attacked military positions in Ponnagyun township (Rakhine state).", AC,
     [_s("AA: Arakan Army"), _s(MM)], (20.33, 93.00), 0),
    ("fresh6", "2023-10-09", "an artillery shell hit a camp for displaced people near Laiza (Kachin state), killing 29 "
     "people.", SH, [_s(MM), _s(CIV_MM)], (24.75, 97.56), 29),
    ("fresh6", "2022-10-23", "military aircraft bombed a concert in Hpakant township (Kachin state), killing 60 "
     "people.", AIR, [_s(MM), _s(CIV_MM)], (25.61, 96.31), 60),
    ("fresh6", "2021-03-14", "security forces fired live rounds at protesters in Hlaing Tharyar township (Yangon), "
     "killing 38.", "Excessive force against protesters", [_s(MM, "Police Forces of Myanmar (2021-)"),
                                                   _s("Protesters (Myanmar)")], (16.87, 96.06), 38),
    ("fresh6", "2021-02-08", "thousands of people marched against the coup in Mandalay.", "Peaceful protest",
     [_s("Protesters (Myanmar)")], (21.97, 96.08), 0),
    ("fresh6", "2023-05-19", "PDF fighters attacked a police station in Kani township (Sagaing region), killing two "
     "policemen.", AC, [_s(MM_PDF), _s("Police Forces of Myanmar (2021-)")], (22.43, 94.86), 2),
    ("fresh6", "2022-03-03", "soldiers raided a village in Yinmabin township (Sagaing region) and burned more than 100 "
     "houses.", "Looting/property destruction", [_s(MM), _s(CIV_MM)], (22.08, 94.90), 0),  # unsure
    ("fresh6", "2024-02-17", "the Arakan Army clashed with the military in Kyauktaw township (Rakhine state).", AC,
     [_s("AA: Arakan Army"), _s(MM)], (20.84, 92.98), 0),
    ("fresh6", "2021-12-24", "soldiers killed 35 villagers and burned their bodies near Hpruso (Kayah state).",
     "Attack", [_s(MM), _s(CIV_MM)], (19.40, 97.15), 35),  # unsure
    ("fresh6", "2019-08-15", "TNLA fighters attacked the Defence Services Technological Academy in Pyin Oo Lwin "
     "(Mandalay region), killing 15 people.", AC, [_s("TNLA: Ta'ang National Liberation Army"),
                                                   _s("Military Forces of Myanmar (2016-2021)", CIV_MM)],
     (22.03, 96.46), 15),
    ("fresh6", "2024-04-10", "a military airstrike hit a monastery in a village of Hpapun township (Kayin state), "
     "killing three monks.", AIR, [_s(MM), _s(CIV_MM)], (18.06, 97.45), 3),  # unsure
    ("fresh6", "2023-04-20", "a military airstrike hit a village in Pauk township (Magway region), killing eight "
     "civilians.", AIR, [_s(MM), _s(CIV_MM)], (21.45, 94.47), 8),
    # the forty-fifth session's held-out group: front towns and villages with raion and oblast, strikes on cities far
    # from the front, villages of a hromada under invented names (placed at its seat), the Donbas before 2022, the
    # occupation, Russia's border and deep rear, Crimea, Belarus, Moldova, Armenia and Azerbaijan, Georgia, Myanmar
    ("fresh7", "2024-10-14", "Russian forces attacked Ukrainian positions near Ocheretyne (Pokrovsk raion, Donetsk "
     "oblast) with armoured vehicles.", AC, [_s(RU), _s(UA)], (48.23, 37.61), 0),
    ("fresh7", "2024-08-20", "a Russian guided bomb hit a high-rise building in Myrnohrad (Donetsk oblast), wounding "
     "four residents.", AIR, [_s(RU), _s(CIV_UA)], (48.30, 37.26), 0),
    ("fresh7", "2023-06-02", "Russian forces shelled Siversk (Bakhmut raion, Donetsk oblast), killing a man in his "
     "yard.", SH, [_s(RU), _s(CIV_UA)], (48.87, 38.10), 1),
    ("fresh7", "2023-11-21", "Russian forces launched an assault on Ukrainian positions west of Lyman (Kramatorsk "
     "raion, Donetsk oblast).", AC, [_s(RU), _s(UA)], (48.99, 37.81), 0),
    ("fresh7", "2024-09-03", "Russian artillery hit Novohrodivka (Donetsk oblast), destroying a school and killing two "
     "women.", SH, [_s(RU), _s(CIV_UA)], (48.20, 37.35), 2),
    ("fresh7", "2024-02-26", "Russian aircraft dropped guided bombs on Kurakhove, wounding three people.", AIR,
     [_s(RU), _s(CIV_UA)], (47.98, 37.28), 0),
    ("fresh7", "2024-06-11", "Russian forces shelled Borova (Izium raion, Kharkiv oblast), damaging a hospital.", SH,
     [_s(RU), _s(CIV_UA)], (49.38, 37.62), 0),
    ("fresh7", "2023-09-05", "a Russian drone struck a car near Balakliia (Izium raion, Kharkiv oblast), killing the "
     "driver.", AIR, [_s(RU), _s(CIV_UA)], (49.46, 36.86), 1),
    ("fresh7", "2024-05-31", "Russian missiles hit a five-storey building in Kharkiv, killing six people.", SH,
     [_s(RU), _s(CIV_UA)], (49.99, 36.23), 6),
    ("fresh7", "2024-07-22", "Russian forces shelled Lyptsi (Kharkiv raion, Kharkiv oblast), wounding an elderly "
     "man.", SH, [_s(RU), _s(CIV_UA)], (50.20, 36.43), 0),
    ("fresh7", "2024-08-30", "Russian forces dropped a guided bomb on Zolochiv (Bohodukhiv raion, Kharkiv oblast), "
     "damaging houses.", AIR, [_s(RU), _s(CIV_UA)], (50.28, 35.98), 0),
    ("fresh7", "2024-04-02", "Russian forces shelled the village of Dovhozhabne in the Velykyi Burluk hromada "
     "(Kupiansk raion, Kharkiv oblast), killing a woman.", SH, [_s(RU), _s(CIV_UA)], (50.06, 37.39), 1),
    ("fresh7", "2024-01-18", "Russian forces fired artillery at the village of Pryhlunove in the Krasnopillia hromada "
     "(Sumy raion, Sumy oblast) from across the border.", SH, [_s(RU), _s(CIV_UA)], (50.78, 35.27), 0),
    ("fresh7", "2023-03-23", "a Russian drone hit a dormitory in Rzhyshchiv (Obukhiv raion, Kyiv oblast), killing "
     "eight people.", AIR, [_s(RU), _s(CIV_UA)], (49.97, 31.05), 8),
    ("fresh7", "2024-09-09", "Russian forces shelled Okhtyrka (Sumy oblast), wounding a child.", SH,
     [_s(RU), _s(CIV_UA)], (50.31, 34.90), 0),
    ("fresh7", "2023-07-30", "Russian forces fired mortars at Putyvl (Konotop raion, Sumy oblast), damaging a "
     "church.", SH, [_s(RU), _s(CIV_UA)], (51.34, 33.87), 0),
    ("fresh7", "2024-03-08", "Russian forces shelled Horodnia (Chernihiv oblast) from the Bryansk region, wounding a "
     "tractor driver.", SH, [_s(RU), _s(CIV_UA)], (51.89, 31.60), 0),
    ("fresh7", "2023-08-18", "Russian forces shelled Antonivka (Kherson raion, Kherson oblast), killing two men at a "
     "bus stop.", SH, [_s(RU), _s(CIV_UA)], (46.68, 32.72), 2),
    ("fresh7", "2024-05-28", "a Russian drone dropped explosives on a bus in Kherson, wounding the driver.", AIR,
     [_s(RU), _s(CIV_UA)], (46.64, 32.62), 0),
    ("fresh7", "2023-12-07", "Ukrainian marines fought Russian troops on the islands near Hola Prystan (Skadovsk "
     "raion, Kherson oblast).", AC, [_s(UA), _s(RU)], (46.52, 32.52), 0),
    ("fresh7", "2024-07-04", "Russian artillery struck Nikopol (Dnipropetrovsk oblast) from the left bank, damaging "
     "a gas pipeline.", SH, [_s(RU), _s(CIV_UA)], (47.57, 34.40), 0),
    ("fresh7", "2024-06-27", "a Russian missile hit an apartment block in Kryvyi Rih (Dnipropetrovsk oblast), killing "
     "nine people.", SH, [_s(RU), _s(CIV_UA)], (47.91, 33.39), 9),
    ("fresh7", "2023-09-28", "Russian drones struck a railway depot in Pavlohrad (Dnipropetrovsk oblast).", AIR,
     [_s(RU)], (48.53, 35.87), 0),
    ("fresh7", "2024-11-12", "Russian forces shelled Huliaipole (Polohy raion, Zaporizhzhia oblast), killing a "
     "volunteer who delivered bread.", SH, [_s(RU), _s(CIV_UA)], (47.66, 36.26), 1),
    ("fresh7", "2023-10-16", "Ukrainian forces repelled Russian assaults near Verbove (Polohy raion, Zaporizhzhia "
     "oblast).", AC, [_s(UA), _s(RU)], (47.46, 35.97), 0),
    ("fresh7", "2024-04-06", "Russian drones hit an electrical substation in Zaporizhzhia, killing four people.", AIR,
     [_s(RU), _s(CIV_UA)], (47.84, 35.14), 4),
    ("fresh7", "2023-08-25", "Russian missiles hit the port of Pivdennyi (Odesa oblast), damaging grain silos.", SH,
     [_s(RU)], (46.62, 30.99), 0),
    ("fresh7", "2024-03-15", "two Russian missiles hit Odesa's seafront, killing 21 people, two rescuers among "
     "them.", SH, [_s(RU), _s(CIV_UA)], (46.48, 30.73), 21),
    ("fresh7", "2023-05-11", "Russian forces shelled Snihurivka (Bashtanka raion, Mykolaiv oblast), wounding two "
     "farmers.", SH, [_s(RU), _s(CIV_UA)], (47.08, 32.80), 0),
    ("fresh7", "2024-08-26", "Ukrainian air defence shot down Russian missiles and drones over Bila Tserkva (Kyiv "
     "oblast).", DWU, [_s(UA), _s(RU)], (49.80, 30.11), 0),
    ("fresh7", "2024-06-29", "Russian drones struck the air base at Starokostiantyniv (Khmelnytskyi oblast).", AIR,
     [_s(RU), _s(UA)], (49.76, 27.21), 0),
    ("fresh7", "2024-12-13", "a Russian missile hit an energy facility near Ternopil, causing power cuts.", SH,
     [_s(RU)], (49.55, 25.59), 0),
    ("fresh7", "2024-09-04", "Russian missiles and drones struck the centre of Lviv, killing seven people.", SH,
     [_s(RU), _s(CIV_UA)], (49.84, 24.03), 7),
    ("fresh7", "2023-04-28", "a Russian missile hit a residential building in Uman (Cherkasy oblast), killing 23 "
     "people.", SH, [_s(RU), _s(CIV_UA)], (48.75, 30.22), 23),
    ("fresh7", "2024-10-02", "Russian drones attacked Kremenchuk (Poltava oblast), damaging an oil refinery.", AIR,
     [_s(RU)], (49.07, 33.42), 0),
    ("fresh7", "2023-10-31", "a Russian drone hit a house in the village of Shovkunivka in the Nizhyn hromada "
     "(Chernihiv oblast), killing a couple.", AIR, [_s(RU), _s(CIV_UA)], (51.05, 31.89), 2),
    # the Donbas before 2022 and the occupation
    ("fresh7", "2020-03-05", "NAF forces fired mortars at Ukrainian positions near Zolote (Luhansk oblast), wounding a "
     "soldier.", SH, [_s(NAF), _s(UA)], (48.69, 38.51), 0),
    ("fresh7", "2021-04-12", "Ukrainian and NAF forces exchanged fire near Marinka (Donetsk oblast); one NAF fighter "
     "was killed.", AC, [_s(UA), _s(NAF)], (47.94, 37.50), 1),
    ("fresh7", "2023-02-14", "occupation police detained a school director in Berdiansk (Zaporizhzhia oblast) for "
     "refusing to teach the Russian programme.", "Arrests", [_s("Police Forces of Russia (2000-)", RU), _s(CIV_UA)],
     (46.76, 36.79), 0),
    ("fresh7", "2023-06-20", "Russian soldiers detained two men in occupied Skadovsk (Kherson oblast) and took them to "
     "an unknown location.", "Abduction/forced disappearance", [_s(RU), _s(CIV_UA)], (46.12, 32.91), 0),
    # Russia's border and deep rear, Crimea
    ("fresh7", "2024-03-12", "Ukrainian shelling hit Graivoron (Belgorod oblast), killing a man.", SH,
     [_s(UA), _s(CIV_RU)], (50.48, 35.67), 1),
    ("fresh7", "2023-06-01", "Ukrainian forces shelled Valuyki (Belgorod oblast), wounding two residents.", SH,
     [_s(UA), _s(CIV_RU)], (50.21, 38.10), 0),
    ("fresh7", "2024-08-09", "a Ukrainian missile hit a supermarket in Kursk city, wounding ten people.", SH,
     [_s(UA), _s(CIV_RU)], (51.73, 36.19), 0),
    ("fresh7", "2024-04-05", "Ukrainian drones attacked the Morozovsk air base (Rostov oblast).", AIR, [_s(UA), _s(RU)],
     (48.32, 41.83), 0),
    ("fresh7", "2024-01-31", "Ukrainian drones hit an oil refinery in Volgograd, causing a fire.", AIR, [_s(UA)],
     (48.71, 44.51), 0),
    ("fresh7", "2024-05-17", "Ukrainian naval drones attacked the port of Novorossiysk (Krasnodar krai).", AIR,
     [_s(UA), _s(RU)], (44.72, 37.77), 0),  # unsure
    ("fresh7", "2023-05-03", "Russian air defence shot down two drones over the Kremlin in Moscow.", DWU,
     [_s(RU), _s(UA)], (55.75, 37.62), 0),
    ("fresh7", "2022-02-27", "police detained hundreds of anti-war demonstrators in Yekaterinburg.",
     "Protest with intervention", [_s("Protesters (Russia)"), _s("Police Forces of Russia (2000-)")],
     (56.84, 60.61), 0),
    ("fresh7", "2024-06-23", "Ukrainian missiles struck near Sevastopol; fragments fell on a beach, killing four "
     "people.", SH, [_s(UA), _s(CIV_UA, CIV_RU)], (44.62, 33.53), 4),
    ("fresh7", "2024-05-30", "Ukrainian drones hit an oil depot in Feodosia (Crimea), setting tanks on fire.", AIR,
     [_s(UA)], (45.03, 35.38), 0),
    ("fresh7", "2023-11-04", "Ukrainian missiles struck the shipyard in Kerch (Crimea), damaging a Russian warship.",
     SH, [_s(UA), _s(RU)], (45.36, 36.47), 0),
    # Belarus, Moldova, Armenia and Azerbaijan, Georgia
    ("fresh7", "2020-08-11", "riot police detained dozens of protesters in Brest (Belarus) after the presidential "
     "election.", "Protest with intervention", [_s("Protesters (Belarus)"), _s("Police Forces of Belarus (1994-)")],
     (52.10, 23.70), 0),
    ("fresh7", "2022-11-20", "several hundred opposition supporters rallied in Balti (Moldova) against rising gas "
     "prices.", "Peaceful protest", [_s("Protesters (Moldova)")], (47.76, 27.93), 0),
    ("fresh7", "2022-09-13", "Azerbaijani forces shelled Armenian positions near Jermuk (Vayots Dzor), killing "
     "three soldiers.", SH, [_s("Military Forces of Azerbaijan (2003-)"), _s("Military Forces of Armenia (2018-)")],
     (39.84, 45.67), 3),  # unsure
    ("fresh7", "2024-05-09", "police detained dozens of protesters who blocked a road in Yerevan demanding the prime "
     "minister's resignation.", "Protest with intervention", [_s("Protesters (Armenia)"),
                                                             _s("Police Forces of Armenia (2018-)")],
     (40.18, 44.51), 0),
    ("fresh7", "2024-05-01", "thousands marched in Batumi (Adjara) against the foreign agents bill.",
     "Peaceful protest", [_s("Protesters (Georgia)")], (41.64, 41.64), 0),
    # Myanmar
    ("fresh7", "2024-01-08", "KIA fighters clashed with military troops near Myitkyina (Kachin state).", AC,
     [_s("KIA: Kachin Independence Army"), _s(MM)], (25.38, 97.40), 0),
    ("fresh7", "2023-11-12", "MNDAA fighters attacked military positions near Laukkai (northern Shan state).", AC,
     [_s("MNDAA: Myanmar National Democratic Alliance Army"), _s(MM)], (23.69, 98.76), 0),
    ("fresh7", "2024-02-05", "the Arakan Army clashed with military troops in Minbya township (Rakhine state).", AC,
     [_s("AA: Arakan Army"), _s(MM)], (20.36, 93.27), 0),
    ("fresh7", "2024-01-29", "military shelling hit a village in Mrauk-U township (Rakhine state), killing five "
     "civilians.", SH, [_s(MM), _s(CIV_MM)], (20.59, 93.19), 5),
    ("fresh7", "2023-06-14", "PDF fighters ambushed a military column near Kawlin (Sagaing region), killing four "
     "soldiers.", AC, [_s(MM_PDF), _s(MM)], (23.79, 95.68), 4),
    ("fresh7", "2022-05-09", "soldiers set fire to houses in a village of Shwebo township (Sagaing region).",
     "Looting/property destruction", [_s(MM), _s(CIV_MM)], (22.57, 95.70), 0),  # unsure
    ("fresh7", "2024-03-02", "a military airstrike hit a village in Gangaw township (Magway region), killing six "
     "villagers.", AIR, [_s(MM), _s(CIV_MM)], (22.17, 94.13), 6),
    ("fresh7", "2023-09-07", "military jets bombed a village of Falam township (Chin state), killing a child.", AIR,
     [_s(MM), _s(CIV_MM)], (22.91, 93.68), 1),  # unsure
    ("fresh7", "2021-03-27", "security forces shot dead five protesters in Meiktila (Mandalay region).",
     "Excessive force against protesters", [_s(MM, "Police Forces of Myanmar (2021-)"), _s("Protesters (Myanmar)")],
     (20.88, 95.86), 5),
    ("fresh7", "2021-02-22", "thousands joined a general strike march against the coup in Mawlamyine (Mon state).",
     "Peaceful protest", [_s("Protesters (Myanmar)")], (16.49, 97.63), 0),
    ("fresh7", "2024-04-22", "KNLA fighters attacked a military outpost in Kyaikdon (Kayin state), killing two "
     "soldiers.", AC, [_s("KNLA: Karen National Liberation Army"), _s(MM)], (16.60, 98.27), 2),  # unsure
    ("fresh7", "2020-04-20", "a military shell hit a village of Kyauktaw township (Rakhine state), killing three "
     "villagers.", SH, [_s("Military Forces of Myanmar (2016-2021)"), _s(CIV_MM)], (20.84, 92.98), 3),
    # the forty-sixth session's held-out group: the Donetsk front's towns, Kharkiv, Sumy and Chernihiv by the border,
    # villages of a hromada under invented names (placed at its seat), the south, cities far from the front, the Donbas
    # before 2022, the occupation, Russia's border and deep rear, Crimea, Belarus, Moldova, Armenia and Azerbaijan,
    # Georgia, Myanmar
    ("fresh8", "2024-06-04", "Russian forces shelled Chasiv Yar (Bakhmut raion, Donetsk oblast), killing a man near "
     "his house.", SH, [_s(RU), _s(CIV_UA)], (48.59, 37.84), 1),
    ("fresh8", "2024-07-17", "Russian and Ukrainian forces fought in the eastern part of Toretsk (Donetsk oblast).", AC,
     [_s(RU), _s(UA)], (48.40, 37.85), 0),
    ("fresh8", "2024-09-21", "a Russian glide bomb hit a shop in Kostiantynivka (Kramatorsk raion, Donetsk oblast), "
     "killing three people.", AIR, [_s(RU), _s(CIV_UA)], (48.53, 37.71), 3),
    ("fresh8", "2023-10-08", "Russian missiles struck Druzhkivka (Donetsk oblast), damaging a kindergarten.", SH,
     [_s(RU), _s(CIV_UA)], (48.63, 37.53), 0),
    ("fresh8", "2023-06-27", "a Russian missile hit a pizza restaurant in Kramatorsk, killing 13 people.", SH,
     [_s(RU), _s(CIV_UA)], (48.72, 37.56), 13),
    ("fresh8", "2024-11-01", "Russian drones dropped explosives on Dobropillia (Pokrovsk raion, Donetsk oblast), "
     "wounding two women.", AIR, [_s(RU), _s(CIV_UA)], (48.47, 37.08), 0),
    ("fresh8", "2024-09-14", "Russian forces attacked Ukrainian positions on the outskirts of Selydove (Pokrovsk "
     "raion, Donetsk oblast).", AC, [_s(RU), _s(UA)], (48.15, 37.30), 0),
    ("fresh8", "2023-02-11", "Ukrainian forces repelled a Russian assault near Vuhledar (Donetsk oblast), destroying "
     "several tanks.", AC, [_s(UA), _s(RU)], (47.78, 37.25), 0),
    ("fresh8", "2024-04-19", "Russian artillery fired at Velyka Novosilka (Volnovakha raion, Donetsk oblast), wounding "
     "a resident.", SH, [_s(RU), _s(CIV_UA)], (47.84, 36.83), 0),
    ("fresh8", "2024-08-12", "a Russian drone attacked a car in Pokrovsk, wounding two volunteers.", AIR,
     [_s(RU), _s(CIV_UA)], (48.28, 37.18), 0),
    ("fresh8", "2024-01-23", "Russian forces shelled Kupiansk (Kharkiv oblast), killing an elderly woman.", SH,
     [_s(RU), _s(CIV_UA)], (49.71, 37.62), 1),
    ("fresh8", "2023-11-06", "a Russian missile hit a postal terminal near Chuhuiv (Kharkiv oblast).", SH,
     [_s(RU)], (49.84, 36.69), 0),
    ("fresh8", "2024-02-15", "Russian drones struck Izium (Kharkiv oblast), damaging a residential building and "
     "wounding a child.", AIR, [_s(RU), _s(CIV_UA)], (49.21, 37.26), 0),
    ("fresh8", "2024-05-25", "two Russian guided bombs hit a hardware store in Kharkiv, killing 19 people.", AIR,
     [_s(RU), _s(CIV_UA)], (49.99, 36.23), 19),
    ("fresh8", "2024-06-18", "Russian forces shelled the village of Zadolivka in the Kozacha Lopan hromada (Kharkiv "
     "raion, Kharkiv oblast), wounding a man.", SH, [_s(RU), _s(CIV_UA)], (50.33, 36.21), 0),
    ("fresh8", "2024-03-27", "Russian forces fired mortars at the village of Mokhrivka in the Bilopillia hromada "
     "(Sumy raion, Sumy oblast).", SH, [_s(RU)], (51.15, 34.31), 0),
    ("fresh8", "2024-07-09", "Russian forces shelled the village of Hrytsivka in the Seredyna-Buda hromada (Shostka "
     "raion, Sumy oblast), damaging a school.", SH, [_s(RU), _s(CIV_UA)], (52.19, 34.04), 0),
    ("fresh8", "2023-08-19", "a Russian ballistic missile hit the centre of Chernihiv near the drama theatre, killing "
     "seven people.", SH, [_s(RU), _s(CIV_UA)], (51.49, 31.29), 7),
    ("fresh8", "2024-04-13", "a Russian drone hit a house in Sumy, killing a couple and their son.", AIR,
     [_s(RU), _s(CIV_UA)], (50.91, 34.80), 3),
    ("fresh8", "2023-07-25", "Russian forces shelled the village of Lenkivka in the Semenivka hromada "
     "(Novhorod-Siverskyi raion, Chernihiv oblast) from across the border.", SH, [_s(RU)], (52.18, 32.58), 0),
    ("fresh8", "2024-02-02", "Russian forces shelled Beryslav (Kherson oblast), wounding a woman.", SH,
     [_s(RU), _s(CIV_UA)], (46.84, 33.43), 0),
    ("fresh8", "2023-07-10", "Ukrainian forces struck a Russian command post in occupied Kamianka-Dniprovska "
     "(Zaporizhzhia oblast).", SH, [_s(UA), _s(RU)], (47.48, 34.42), 0),
    ("fresh8", "2023-06-10", "Ukrainian and Russian forces fought near Orikhiv (Zaporizhzhia oblast); Ukrainian troops "
     "lost several armoured vehicles.", AC, [_s(UA), _s(RU)], (47.57, 35.79), 0),
    ("fresh8", "2024-08-15", "Russian artillery struck Marhanets (Nikopol raion, Dnipropetrovsk oblast), damaging a "
     "power line.", SH, [_s(RU)], (47.65, 34.62), 0),
    ("fresh8", "2023-01-14", "a Russian missile destroyed part of an apartment building in Dnipro, killing 46 people.",
     SH, [_s(RU), _s(CIV_UA)], (48.46, 35.05), 46),
    ("fresh8", "2024-05-11", "Russian drones struck the port of Izmail (Odesa oblast), damaging a grain terminal.", AIR,
     [_s(RU)], (45.35, 28.84), 0),
    ("fresh8", "2023-04-21", "Russian forces shelled Ochakiv (Mykolaiv oblast), wounding three fishermen.", SH,
     [_s(RU), _s(CIV_UA)], (46.61, 31.55), 0),
    ("fresh8", "2024-01-02", "Russian missiles hit residential districts of Kyiv, killing four people.", SH,
     [_s(RU), _s(CIV_UA)], (50.45, 30.52), 4),
    ("fresh8", "2023-07-28", "a Russian missile hit a security service building in Dnipro, wounding nine people.",
     SH, [_s(RU), _s(UA)], (48.46, 35.05), 0),  # unsure
    ("fresh8", "2024-09-03", "two Russian ballistic missiles hit a military institute in Poltava, killing more than 50 "
     "people.", SH, [_s(RU), _s(UA)], (49.59, 34.55), 50),  # unsure
    ("fresh8", "2024-07-29", "Russian drones hit an airfield near Myrhorod (Poltava oblast).", AIR, [_s(RU), _s(UA)],
     (49.97, 33.61), 0),
    ("fresh8", "2023-07-06", "a Russian cruise missile hit a residential building in Lutsk, killing three people.",
     SH, [_s(RU), _s(CIV_UA)], (50.75, 25.33), 3),
    ("fresh8", "2024-08-26", "Ukrainian air defence shot down Russian drones over Zhytomyr oblast.", DWU,
     [_s(UA), _s(RU)], (50.25, 28.66), 0),
    ("fresh8", "2023-03-09", "a Russian drone struck an industrial site in Kropyvnytskyi, causing a fire.", AIR,
     [_s(RU)], (48.51, 32.26), 0),
    # the Donbas before 2022 and the occupation
    ("fresh8", "2019-07-23", "NAF forces fired mortars at Ukrainian positions near Avdiivka (Donetsk oblast).", SH,
     [_s(NAF), _s(UA)], (48.14, 37.75), 0),
    ("fresh8", "2020-05-18", "Ukrainian forces and NAF fighters exchanged fire near Svitlodarsk (Donetsk oblast); a "
     "Ukrainian soldier was wounded.", AC, [_s(UA), _s(NAF)], (48.43, 38.22), 0),
    ("fresh8", "2021-10-26", "NAF forces shelled Stanytsia Luhanska (Luhansk oblast), damaging a house.", SH,
     [_s(NAF), _s(CIV_UA)], (48.65, 39.49), 0),
    ("fresh8", "2023-09-02", "Russian soldiers detained a former city council member in occupied Melitopol "
     "(Zaporizhzhia oblast); his whereabouts remain unknown.", "Abduction/forced disappearance", [_s(RU), _s(CIV_UA)],
     (46.85, 35.37), 0),
    ("fresh8", "2022-09-08", "Ukrainian artillery hit a Russian ammunition depot in occupied Nova Kakhovka (Kherson "
     "oblast).", SH, [_s(UA), _s(RU)], (46.75, 33.35), 0),
    # Russia's border and deep rear, Crimea
    ("fresh8", "2023-12-30", "Ukrainian shelling hit the centre of Belgorod, killing 25 people.", SH,
     [_s(UA), _s(CIV_RU)], (50.60, 36.59), 25),
    ("fresh8", "2024-03-16", "Ukrainian drones struck Shebekino (Belgorod oblast), wounding a woman.", AIR,
     [_s(UA), _s(CIV_RU)], (50.41, 36.89), 0),
    ("fresh8", "2024-05-03", "Ukrainian forces fired mortars at Tyotkino (Kursk oblast), damaging a sugar plant.", SH,
     [_s(UA)], (51.27, 34.29), 0),  # unsure
    ("fresh8", "2023-09-26", "a Ukrainian drone hit an administrative building in Klintsy (Bryansk oblast).", AIR,
     [_s(UA)], (52.76, 32.24), 0),
    ("fresh8", "2024-03-13", "Ukrainian drones attacked an oil refinery in Ryazan, causing a fire.", AIR, [_s(UA)],
     (54.63, 39.74), 0),
    ("fresh8", "2022-12-26", "Russian air defence shot down a Ukrainian drone over the Engels air base (Saratov oblast); "
     "debris killed three servicemen.", DWU, [_s(RU), _s(UA)], (51.48, 46.12), 3),  # unsure
    ("fresh8", "2022-09-21", "police detained hundreds of people protesting against mobilisation in Saint Petersburg.",
     "Protest with intervention", [_s("Protesters (Russia)"), _s("Police Forces of Russia (2000-)")],
     (59.94, 30.31), 0),
    ("fresh8", "2022-08-09", "explosions destroyed several Russian aircraft at the Saky air base in Crimea.", AIR,
     [_s(UA), _s(RU)], (45.09, 33.59), 0),  # unsure
    ("fresh8", "2024-04-17", "Ukrainian missiles struck a Russian air base near Dzhankoi (Crimea).", SH,
     [_s(UA), _s(RU)], (45.71, 34.39), 0),
    # Belarus, Moldova, Armenia and Azerbaijan, Georgia
    ("fresh8", "2020-08-10", "riot police used stun grenades against protesters in Grodno after the election.",
     "Excessive force against protesters", [_s("Police Forces of Belarus (1994-)"), _s("Protesters (Belarus)")],
     (53.68, 23.83), 0),  # unsure
    ("fresh8", "2023-03-12", "supporters of the Shor party rallied in Chisinau against the government; police detained "
     "several of them.", "Protest with intervention", [_s("Protesters (Moldova)"), _s("Police Forces of Moldova (2021-)")],
     (47.01, 28.86), 0),  # unsure
    ("fresh8", "2022-09-14", "Azerbaijani forces shelled Sotk (Gegharkunik province), damaging houses.", SH,
     [_s("Military Forces of Azerbaijan (2003-)"), _s("Civilians (Armenia)")], (40.22, 45.93), 0),  # unsure
    ("fresh8", "2024-11-29", "police dispersed protesters with water cannon outside parliament in Tbilisi.",
     "Excessive force against protesters", [_s("Police Forces of Georgia (2012-)"), _s("Protesters (Georgia)")],
     (41.70, 44.79), 0),  # unsure
    # Myanmar
    ("fresh8", "2023-11-18", "TNLA fighters clashed with military troops near Kyaukme (Shan state).", AC,
     [_s("TNLA: Ta'ang National Liberation Army"), _s(MM)], (22.54, 97.03), 0),
    ("fresh8", "2023-11-22", "KNDF fighters attacked military positions in Loikaw (Kayah state).", AC,
     [_s("KNDF: Karenni Nationalities Defense Force"), _s(MM)], (19.67, 97.21), 0),
    ("fresh8", "2024-07-25", "MNDAA fighters seized the military's regional command in Lashio (Shan state).", AC,
     [_s("MNDAA: Myanmar National Democratic Alliance Army"), _s(MM)], (22.93, 97.75), 0),  # unsure
    ("fresh8", "2024-02-20", "KIA fighters clashed with military troops near Hpakant (Kachin state).", AC,
     [_s("KIA: Kachin Independence Army"), _s(MM)], (25.61, 96.31), 0),
    ("fresh8", "2023-05-19", "a military airstrike hit a village in Kanbalu township (Sagaing region), killing four "
     "civilians.", AIR, [_s(MM), _s(CIV_MM)], (23.20, 95.52), 4),
    ("fresh8", "2024-06-08", "soldiers burned down houses in a village of Yinmabin township (Sagaing region).",
     "Looting/property destruction", [_s(MM), _s(CIV_MM)], (22.07, 94.90), 0),  # unsure
    ("fresh8", "2023-08-28", "CNF fighters attacked a military camp near Hakha (Chin state).", AC,
     [_s("CNF: Chin National Front"), _s(MM)], (22.64, 93.61), 0),  # unsure
    ("fresh8", "2021-03-14", "security forces shot dead dozens of protesters in Hlaingthaya (Yangon region).",
     "Excessive force against protesters", [_s(MM, "Police Forces of Myanmar (2021-)"), _s("Protesters (Myanmar)")],
     (16.87, 96.05), 0),  # unsure
    ("fresh8", "2021-02-12", "thousands marched against the coup in Monywa (Sagaing region).", "Peaceful protest",
     [_s("Protesters (Myanmar)")], (22.11, 95.14), 0),
    ("fresh8", "2019-12-03", "the Arakan Army clashed with the military near Buthidaung (Rakhine state).", AC,
     [_s("AA: Arakan Army"), _s("Military Forces of Myanmar (2016-2021)")], (20.87, 92.53), 0),
    ("fresh8", "2024-04-11", "KNLA fighters attacked military troops near Myawaddy (Kayin state).", AC,
     [_s("KNLA: Karen National Liberation Army"), _s(MM)], (16.69, 98.51), 0),  # unsure
    ("fresh8", "2024-01-26", "military artillery hit a village of Launglon township (Tanintharyi region), killing two "
     "villagers.", SH, [_s(MM), _s(CIV_MM)], (13.98, 98.12), 2),  # unsure
    # the forty-seventh session's held-out group: the Donetsk front's towns, Kharkiv, Sumy and Chernihiv by the border
    # with villages of a hromada under invented names (placed at its seat), the south and the Dnipro's left bank, cities
    # far from the front, the Donbas before 2022, the occupation, Russia's border and deep rear, Crimea, Belarus,
    # Moldova, Armenia and Azerbaijan, Georgia, Myanmar
    ("fresh9", "2024-05-14", "Russian aircraft dropped a guided bomb on a residential area of Siversk (Bakhmut raion, "
     "Donetsk oblast), wounding an elderly man.", AIR, [_s(RU), _s(CIV_UA)], (48.87, 38.10), 0),
    ("fresh9", "2023-09-29", "Russian and Ukrainian forces fought on the northern approaches to Lyman (Kramatorsk "
     "raion, Donetsk oblast).", AC, [_s(RU), _s(UA)], (48.99, 37.81), 0),
    ("fresh9", "2024-08-30", "Russian artillery hit a bus stop in Myrnohrad (Pokrovsk raion, Donetsk oblast), killing "
     "a woman.", SH, [_s(RU), _s(CIV_UA)], (48.30, 37.26), 1),
    ("fresh9", "2023-05-05", "a Russian missile struck a five-storey block in Sloviansk (Kramatorsk raion), killing "
     "eight residents.", SH, [_s(RU), _s(CIV_UA)], (48.85, 37.60), 8),
    ("fresh9", "2024-03-22", "Russian forces attacked Ukrainian positions near Krasnohorivka (Pokrovsk raion, Donetsk "
     "oblast); fighting went on through the night.", AC, [_s(RU), _s(UA)], (48.00, 37.51), 0),
    ("fresh9", "2024-09-06", "a Russian drone hit a car in Novohrodivka (Pokrovsk raion, Donetsk oblast), killing its "
     "driver.", AIR, [_s(RU), _s(CIV_UA)], (48.20, 37.35), 1),
    ("fresh9", "2023-12-19", "Russian forces shelled the village of Tovkachivka in the Kostiantynivka hromada "
     "(Kramatorsk raion, Donetsk oblast), damaging two houses.", SH, [_s(RU), _s(CIV_UA)], (48.53, 37.71), 0),
    ("fresh9", "2024-05-17", "Russian artillery fired at Vovchansk (Chuhuiv raion, Kharkiv oblast), killing a resident "
     "who was waiting to be evacuated.", SH, [_s(RU), _s(CIV_UA)], (50.29, 36.94), 1),
    ("fresh9", "2024-10-08", "Russian forces shelled the village of Tysharivka in the Velykyi Burluk hromada (Kupiansk "
     "raion, Kharkiv oblast), damaging a farm.", SH, [_s(RU)], (50.06, 37.39), 0),
    ("fresh9", "2023-08-26", "a Russian drone struck a fire station in Balakliia (Izium raion, Kharkiv oblast), "
     "wounding two rescuers.", AIR, [_s(RU), _s(CIV_UA)], (49.46, 36.86), 0),
    ("fresh9", "2024-09-01", "Russian glide bombs hit a shopping centre and a playground in Kharkiv, killing six "
     "people.", AIR, [_s(RU), _s(CIV_UA)], (49.99, 36.23), 6),
    ("fresh9", "2024-06-30", "Ukrainian forces clashed with Russian troops in Hlyboke (Kharkiv raion, Kharkiv oblast), "
     "north of Kharkiv.", AC, [_s(UA), _s(RU)], (50.23, 36.37), 0),
    ("fresh9", "2024-11-10", "a Russian drone dropped mines on Krasnopillia (Sumy raion, Sumy oblast), damaging a "
     "school.", AIR, [_s(RU), _s(CIV_UA)], (50.77, 35.27), 0),  # unsure
    ("fresh9", "2025-04-13", "two Russian ballistic missiles struck the centre of Sumy as people gathered for Palm "
     "Sunday, killing 35 people.", SH, [_s(RU), _s(CIV_UA)], (50.91, 34.80), 35),
    ("fresh9", "2024-08-21", "Russian forces shelled the village of Varnykove in the Myropillia hromada (Sumy raion, "
     "Sumy oblast) from across the border, wounding a man.", SH, [_s(RU), _s(CIV_UA)], (51.02, 35.26), 0),
    ("fresh9", "2024-03-05", "a Russian drone hit a power substation in Okhtyrka (Sumy oblast), cutting electricity "
     "to part of the town.", AIR, [_s(RU)], (50.31, 34.90), 0),
    ("fresh9", "2024-04-17", "three Russian missiles hit the centre of Chernihiv, killing 18 people.", SH,
     [_s(RU), _s(CIV_UA)], (51.49, 31.29), 18),
    ("fresh9", "2024-07-03", "Russian forces fired mortars at the village of Strilkopil in the Snovsk hromada "
     "(Koriukivka raion, Chernihiv oblast).", SH, [_s(RU)], (51.82, 31.95), 0),
    ("fresh9", "2024-06-19", "a Russian drone attacked a minibus in Kherson, wounding four passengers.", AIR,
     [_s(RU), _s(CIV_UA)], (46.64, 32.61), 0),
    ("fresh9", "2023-11-15", "Russian forces shelled Stanislav (Kherson raion, Kherson oblast), damaging houses and a "
     "shop.", SH, [_s(RU), _s(CIV_UA)], (46.57, 32.15), 0),
    ("fresh9", "2024-01-31", "Ukrainian forces struck a Russian supply base in occupied Oleshky (Kherson oblast).", SH,
     [_s(UA), _s(RU)], (46.62, 32.72), 0),
    ("fresh9", "2024-04-27", "Ukrainian and Russian forces fought near Krynky on the left bank of the Dnipro (Kherson "
     "oblast).", AC, [_s(UA), _s(RU)], (46.73, 33.09), 0),
    ("fresh9", "2024-07-22", "Russian forces shelled Huliaipole (Polohy raion, Zaporizhzhia oblast), killing a man in "
     "his yard.", SH, [_s(RU), _s(CIV_UA)], (47.66, 36.26), 1),
    ("fresh9", "2024-11-11", "a Russian guided bomb hit an industrial site in Zaporizhzhia, wounding seven workers.",
     AIR, [_s(RU), _s(CIV_UA)], (47.84, 35.14), 0),
    ("fresh9", "2023-08-31", "Russian and Ukrainian forces fought for the village of Robotyne (Polohy raion, "
     "Zaporizhzhia oblast).", AC, [_s(RU), _s(UA)], (47.45, 35.84), 0),
    ("fresh9", "2024-05-09", "Russian forces shelled Nikopol (Dnipropetrovsk oblast) from across the Kakhovka "
     "reservoir, wounding a man.", SH, [_s(RU), _s(CIV_UA)], (47.57, 34.39), 0),
    ("fresh9", "2024-06-11", "a Russian missile struck a residential district of Kryvyi Rih (Dnipropetrovsk oblast), "
     "killing nine people.", SH, [_s(RU), _s(CIV_UA)], (47.91, 33.39), 9),
    ("fresh9", "2023-07-19", "Russian missiles hit port facilities in Odesa, damaging grain terminals.", SH, [_s(RU)],
     (46.48, 30.73), 0),
    ("fresh9", "2023-11-25", "Russian forces fired S-300 missiles at Mykolaiv, damaging a university building.", SH,
     [_s(RU), _s(CIV_UA)], (46.97, 32.00), 0),
    ("fresh9", "2024-07-08", "a Russian missile hit a children's hospital in Kyiv, killing two adults.", SH,
     [_s(RU), _s(CIV_UA)], (50.45, 30.52), 2),
    ("fresh9", "2024-09-04", "Russian missiles struck the centre of Lviv, killing seven people.", SH,
     [_s(RU), _s(CIV_UA)], (49.84, 24.03), 7),
    ("fresh9", "2024-08-26", "Russian drones damaged an energy facility near Rivne.", AIR, [_s(RU)], (50.62, 26.25), 0),
    ("fresh9", "2022-07-14", "Russian cruise missiles struck the centre of Vinnytsia, killing 27 people.", SH,
     [_s(RU), _s(CIV_UA)], (49.23, 28.47), 27),
    ("fresh9", "2023-04-28", "a Russian cruise missile hit an apartment block in Uman (Cherkasy oblast), killing 23 "
     "people.", SH, [_s(RU), _s(CIV_UA)], (48.75, 30.22), 23),
    ("fresh9", "2024-02-10", "Ukrainian air defence shot down Russian drones over Khmelnytskyi oblast.", DWU,
     [_s(UA), _s(RU)], (49.42, 26.99), 0),
    ("fresh9", "2024-03-29", "Russian missiles struck a military airfield near Starokostiantyniv (Khmelnytskyi "
     "oblast).", SH, [_s(RU), _s(UA)], (49.75, 27.21), 0),
    ("fresh9", "2024-01-13", "a Russian drone hit a warehouse in Bila Tserkva (Kyiv oblast), causing a fire.", AIR,
     [_s(RU)], (49.80, 30.12), 0),
    # the Donbas before 2022 and the occupation
    ("fresh9", "2018-06-04", "NAF forces fired mortars at Ukrainian positions near Marinka (Donetsk oblast), "
     "wounding a soldier.", SH, [_s(NAF), _s(UA)], (47.94, 37.50), 0),
    ("fresh9", "2016-08-12", "NAF forces shelled Shchastia (Luhansk oblast), damaging the power plant.", SH, [_s(NAF)],
     (48.74, 39.23), 0),
    ("fresh9", "2015-02-03", "Ukrainian forces and NAF fighters fought around Debaltseve (Donetsk oblast).", AC,
     [_s(UA), _s(NAF)], (48.34, 38.40), 0),
    ("fresh9", "2023-04-11", "Russian forces abducted a teacher in occupied Berdiansk (Zaporizhzhia oblast) for "
     "refusing to teach the Russian curriculum.", "Abduction/forced disappearance",
     [_s(RU), _s(CIV_UA)], (46.76, 36.79), 0),
    ("fresh9", "2023-10-14", "a Ukrainian drone struck a Russian military truck in occupied Tokmak (Zaporizhzhia "
     "oblast).", AIR, [_s(UA), _s(RU)], (47.25, 35.71), 0),
    ("fresh9", "2022-07-02", "Ukrainian rockets hit a Russian ammunition depot in occupied Sievierodonetsk (Luhansk "
     "oblast).", SH, [_s(UA), _s(RU)], (48.95, 38.49), 0),
    # Russia's border and deep rear, Crimea
    ("fresh9", "2024-08-07", "Ukrainian troops crossed the border and clashed with Russian forces near Sudzha (Kursk "
     "oblast).", AC, [_s(UA), _s(RU)], (51.19, 35.27), 0),
    ("fresh9", "2024-09-18", "Ukrainian drones struck an arsenal in Toropets (Tver oblast), setting off large "
     "explosions.", AIR, [_s(UA), _s(RU)], (56.50, 31.63), 0),
    ("fresh9", "2024-01-21", "Ukrainian drones attacked a fuel terminal at Ust-Luga (Leningrad oblast), causing a "
     "fire.", AIR, [_s(UA)], (59.68, 28.40), 0),
    ("fresh9", "2023-06-03", "Ukrainian forces shelled Valuyki (Belgorod oblast), wounding two residents.", SH,
     [_s(UA), _s(CIV_RU)], (50.21, 38.10), 0),
    ("fresh9", "2024-07-14", "Russian air defence intercepted Ukrainian drones over Kursk oblast.", DWU,
     [_s(RU), _s(UA)], (51.73, 36.19), 0),
    ("fresh9", "2023-05-30", "Ukrainian drones struck residential buildings in Moscow, lightly wounding two people.",
     AIR, [_s(UA), _s(CIV_RU)], (55.75, 37.62), 0),
    ("fresh9", "2024-02-16", "police detained dozens of people who laid flowers for Alexei Navalny in Moscow.",
     "Protest with intervention", [_s("Protesters (Russia)"), _s("Police Forces of Russia (2000-)")], (55.75, 37.62),
     0),  # unsure
    ("fresh9", "2023-09-13", "Ukrainian missiles struck a shipyard in Sevastopol, damaging two Russian vessels.", SH,
     [_s(UA), _s(RU)], (44.60, 33.52), 0),
    ("fresh9", "2024-05-15", "Ukrainian missiles hit the Belbek air base (Crimea), destroying Russian aircraft.", SH,
     [_s(UA), _s(RU)], (44.69, 33.57), 0),
    # Belarus, Moldova, Armenia and Azerbaijan, Georgia
    ("fresh9", "2020-08-16", "tens of thousands rallied against Lukashenko in Minsk.", "Peaceful protest",
     [_s("Protesters (Belarus)")], (53.90, 27.56), 0),
    ("fresh9", "2022-10-16", "supporters of the Shor party rallied outside government buildings in Chisinau, demanding "
     "the government's resignation.", "Peaceful protest", [_s("Protesters (Moldova)")], (47.01, 28.86), 0),
    ("fresh9", "2021-11-16", "Armenian and Azerbaijani forces clashed on the border near Jermuk (Vayots Dzor "
     "province).", AC, [_s("Military Forces of Armenia (2018-)"), _s("Military Forces of Azerbaijan (2003-)")],
     (39.84, 45.67), 0),  # unsure
    ("fresh9", "2024-05-11", "tens of thousands protested in Tbilisi against the foreign agents bill.",
     "Peaceful protest", [_s("Protesters (Georgia)")], (41.70, 44.79), 0),
    # Myanmar
    ("fresh9", "2024-01-05", "MNDAA fighters captured the military's regional command in Laukkai (Shan state).", AC,
     [_s("MNDAA: Myanmar National Democratic Alliance Army"), _s(MM)], (23.68, 98.77), 0),  # unsure
    ("fresh9", "2024-02-07", "the Arakan Army clashed with military troops near Mrauk-U (Rakhine state).", AC,
     [_s("AA: Arakan Army"), _s(MM)], (20.59, 93.19), 0),
    ("fresh9", "2024-03-10", "a military airstrike hit a monastery in a village of Ye-U township (Sagaing region), "
     "killing five civilians.", AIR, [_s(MM), _s(CIV_MM)], (22.77, 95.43), 5),
    ("fresh9", "2024-06-20", "PDF fighters ambushed a military column near Kani (Sagaing region), killing three "
     "soldiers.", AC, [_s(MM_PDF), _s(MM)], (22.44, 94.85), 3),
    ("fresh9", "2023-08-14", "soldiers set fire to houses in a village of Myaung township (Sagaing region).",
     "Looting/property destruction", [_s(MM), _s(CIV_MM)], (21.83, 95.32), 0),  # unsure
    ("fresh9", "2024-02-09", "military artillery shelled a village of Demoso township (Kayah state), wounding two "
     "children.", SH, [_s(MM), _s(CIV_MM)], (19.53, 97.14), 0),
    ("fresh9", "2023-10-27", "KIA fighters attacked a military outpost near Waingmaw (Kachin state).", AC,
     [_s("KIA: Kachin Independence Army"), _s(MM)], (25.35, 97.43), 0),
    ("fresh9", "2024-08-03", "Pyu Saw Htee members shot dead a villager in Taze township (Sagaing region).", ATT,
     [_s(MM_PST), _s(CIV_MM)], (22.95, 95.37), 1),
    ("fresh9", "2021-02-20", "security forces shot dead two protesters near a shipyard in Mandalay.",
     "Excessive force against protesters", [_s(MM, "Police Forces of Myanmar (2021-)"), _s("Protesters (Myanmar)")],
     (21.97, 96.08), 2),
    ("fresh9", "2021-02-08", "thousands marched against the coup in Yangon.", "Peaceful protest",
     [_s("Protesters (Myanmar)")], (16.80, 96.16), 0),
    ("fresh9", "2018-04-11", "the KIA clashed with the military near Tanai (Kachin state).", AC,
     [_s("KIA: Kachin Independence Army"), _s("Military Forces of Myanmar (2016-2021)")], (26.36, 96.72), 0),
    ("fresh9", "2024-09-12", "a military airstrike hit a market in a village of Singu township (Mandalay region), "
     "killing eight civilians.", AIR, [_s(MM), _s(CIV_MM)], (22.55, 96.00), 8),
    ("fresh9", "2024-01-18", "KNLA fighters clashed with military troops near Kawkareik (Kayin state).", AC,
     [_s("KNLA: Karen National Liberation Army"), _s(MM)], (16.55, 98.24), 0),
    ("fresh9", "2023-12-06", "TNLA fighters shelled military positions in Namhsan (Shan state).", SH,
     [_s("TNLA: Ta'ang National Liberation Army"), _s(MM)], (22.97, 97.16), 0),
    # fresh10: the forty-eighth session's held-out group, written before any rule was changed; studied from the
    # forty-ninth session (villages in a hromada under invented names are placed at its seat)
    ("fresh10", "2024-07-11", "Russian forces shelled Toretsk (Bakhmut raion, Donetsk oblast), killing two "
     "civilians.", SH, [_s(RU), _s(CIV_UA)], (48.40, 37.85), 2),
    ("fresh10", "2024-10-03", "Russian aircraft dropped glide bombs on Kostiantynivka (Kramatorsk raion), wounding "
     "five people.", AIR, [_s(RU), _s(CIV_UA)], (48.53, 37.71), 0),
    ("fresh10", "2023-03-14", "Russian and Ukrainian forces fought in the western districts of Bakhmut (Donetsk "
     "oblast).", AC, [_s(RU, "Wagner Group"), _s(UA)], (48.59, 38.00), 0),
    ("fresh10", "2024-02-15", "Russian troops assaulted Ukrainian positions near Avdiivka (Pokrovsk raion, Donetsk "
     "oblast).", AC, [_s(RU), _s(UA)], (48.14, 37.75), 0),
    ("fresh10", "2024-12-05", "a Russian drone hit a car near Dobropillia (Pokrovsk raion, Donetsk oblast), killing "
     "the driver.", AIR, [_s(RU), _s(CIV_UA)], (48.47, 37.08), 1),
    ("fresh10", "2023-10-21", "Russian forces shelled the village of Zhovtoborivka in the Druzhkivka hromada "
     "(Kramatorsk raion, Donetsk oblast), damaging three houses.", SH, [_s(RU)], (48.63, 37.55), 0),
    ("fresh10", "2024-08-16", "Russian artillery struck Selydove (Pokrovsk raion), killing a woman in her yard.", SH,
     [_s(RU), _s(CIV_UA)], (48.15, 37.30), 1),
    ("fresh10", "2023-06-24", "Ukrainian forces attacked Russian positions near Klishchiivka (Bakhmut raion, Donetsk "
     "oblast).", AC, [_s(UA), _s(RU)], (48.53, 37.96), 0),
    ("fresh10", "2024-05-23", "Russian missiles hit a printing house in Kharkiv, killing seven workers.", SH,
     [_s(RU), _s(CIV_UA)], (49.99, 36.23), 7),
    ("fresh10", "2024-06-02", "Russian forces shelled Kupiansk (Kharkiv oblast), wounding an elderly man.", SH,
     [_s(RU), _s(CIV_UA)], (49.71, 37.62), 0),
    ("fresh10", "2023-09-10", "Russian forces fired mortars at the village of Hrushivtsi in the Zolochiv hromada "
     "(Bohodukhiv raion, Kharkiv oblast), damaging a barn.", SH, [_s(RU)], (50.28, 35.98), 0),
    ("fresh10", "2024-09-14", "a Russian drone hit a tractor in fields near Izium (Kharkiv oblast), killing its "
     "driver.", AIR, [_s(RU), _s(CIV_UA)], (49.21, 37.26), 1),
    ("fresh10", "2024-03-18", "Russian forces shelled Bilopillia (Sumy raion, Sumy oblast), wounding a man.", SH,
     [_s(RU), _s(CIV_UA)], (51.15, 34.31), 0),
    ("fresh10", "2024-10-20", "a Russian guided bomb hit a house in Seredyna-Buda (Shostka raion, Sumy oblast), "
     "killing a woman.", AIR, [_s(RU), _s(CIV_UA)], (52.19, 34.04), 1),
    ("fresh10", "2024-04-07", "Russian forces fired artillery at Semenivka (Novhorod-Siverskyi raion, Chernihiv "
     "oblast), damaging a school.", SH, [_s(RU)], (52.18, 32.58), 0),
    ("fresh10", "2023-08-19", "a Russian missile struck the drama theatre in Chernihiv, killing seven people.", SH,
     [_s(RU), _s(CIV_UA)], (51.49, 31.29), 7),
    ("fresh10", "2024-08-10", "a Russian drone dropped explosives on a bus in Bilozerka (Kherson raion, Kherson "
     "oblast), wounding the driver.", AIR, [_s(RU), _s(CIV_UA)], (46.63, 32.44), 0),
    ("fresh10", "2023-12-28", "Russian forces shelled Beryslav (Kherson oblast) from the left bank, killing a man.",
     SH, [_s(RU), _s(CIV_UA)], (46.84, 33.42), 1),
    ("fresh10", "2024-02-02", "Ukrainian artillery hit Russian positions in occupied Hola Prystan (Skadovsk raion, "
     "Kherson oblast).", SH, [_s(UA), _s(RU)], (46.53, 32.52), 0),
    ("fresh10", "2024-06-25", "Russian forces shelled Orikhiv (Polohy raion, Zaporizhzhia oblast), killing a man.",
     SH, [_s(RU), _s(CIV_UA)], (47.57, 35.78), 1),
    ("fresh10", "2024-04-18", "a Russian drone struck a house in Stepnohirsk (Zaporizhzhia raion), wounding two "
     "women.", AIR, [_s(RU), _s(CIV_UA)], (47.60, 35.45), 0),
    ("fresh10", "2024-02-26", "Russian forces shelled Marhanets (Nikopol raion, Dnipropetrovsk oblast), wounding a "
     "woman.", SH, [_s(RU), _s(CIV_UA)], (47.64, 34.63), 0),
    ("fresh10", "2024-06-28", "a Russian missile hit a residential building in Dnipro, wounding 15 people.", SH,
     [_s(RU), _s(CIV_UA)], (48.46, 35.05), 0),
    ("fresh10", "2023-07-23", "Russian missiles struck the centre of Odesa, damaging a cathedral and killing two "
     "people.", SH, [_s(RU), _s(CIV_UA)], (46.48, 30.73), 2),
    ("fresh10", "2024-03-03", "Russian forces shelled Ochakiv (Mykolaiv oblast) from the Kinburn spit, wounding "
     "three residents.", SH, [_s(RU), _s(CIV_UA)], (46.61, 31.55), 0),
    ("fresh10", "2024-01-29", "Russian drones hit port facilities in Izmail (Odesa oblast) on the Danube.", AIR,
     [_s(RU)], (45.35, 28.84), 0),
    ("fresh10", "2024-09-03", "two Russian ballistic missiles struck a military institute in Poltava, killing 51 "
     "people.", SH, [_s(RU), _s(UA, CIV_UA)], (49.59, 34.55), 51),  # unsure
    ("fresh10", "2023-09-19", "Russian drones hit warehouses in Lviv, killing a worker.", AIR, [_s(RU), _s(CIV_UA)],
     (49.84, 24.03), 1),
    ("fresh10", "2024-03-21", "Russian missiles struck energy infrastructure in Kyiv, wounding 13 people.", SH,
     [_s(RU), _s(CIV_UA)], (50.45, 30.52), 0),
    ("fresh10", "2022-10-10", "Russian missiles hit the centre of Kyiv during the morning rush hour, killing eight "
     "people.", SH, [_s(RU), _s(CIV_UA)], (50.45, 30.52), 8),
    ("fresh10", "2024-08-26", "Russian missiles hit the thermal power plant near Burshtyn (Ivano-Frankivsk oblast).",
     SH, [_s(RU)], (49.26, 24.63), 0),
    ("fresh10", "2024-02-24", "Ukrainian air defence shot down Russian drones over Zhytomyr.", DWU,
     [_s(UA), _s(RU)], (50.25, 28.66), 0),
    ("fresh10", "2024-03-10", "Russian drones hit a power substation near Kremenchuk (Poltava oblast).", AIR,
     [_s(RU)], (49.07, 33.42), 0),
    ("fresh10", "2017-01-30", "NAF forces shelled Avdiivka (Donetsk oblast), killing three civilians.", SH,
     [_s(NAF), _s(CIV_UA)], (48.14, 37.75), 3),
    ("fresh10", "2019-05-18", "Ukrainian forces and NAF fighters exchanged fire near Zolote (Luhansk oblast).", AC,
     [_s(UA), _s(NAF)], (48.70, 38.51), 0),
    ("fresh10", "2014-08-24", "Ukrainian forces fought NAF fighters in Ilovaisk (Donetsk oblast).", AC,
     [_s(UA), _s(NAF)], (47.92, 38.20), 0),
    ("fresh10", "2023-02-14", "Russian forces abducted a journalist in occupied Melitopol (Zaporizhzhia oblast) and "
     "took him to an unknown location.", "Abduction/forced disappearance", [_s(RU), _s(CIV_UA)], (46.85, 35.37), 0),
    ("fresh10", "2024-05-25", "a Ukrainian drone hit a Russian military vehicle in occupied Vasylivka (Zaporizhzhia "
     "oblast).", AIR, [_s(UA), _s(RU)], (47.44, 35.28), 0),
    ("fresh10", "2022-11-03", "Ukrainian rockets struck a Russian barracks in occupied Svatove (Luhansk oblast).", SH,
     [_s(UA), _s(RU)], (49.41, 38.16), 0),
    ("fresh10", "2024-03-16", "Ukrainian forces shelled Shebekino (Belgorod oblast), killing a woman.", SH,
     [_s(UA), _s(CIV_RU)], (50.41, 36.89), 1),
    ("fresh10", "2024-08-11", "Ukrainian forces clashed with Russian troops near Korenevo (Kursk oblast).", AC,
     [_s(UA), _s(RU)], (51.41, 34.91), 0),
    ("fresh10", "2024-05-17", "Ukrainian drones hit the oil refinery in Tuapse (Krasnodar krai), causing a fire.",
     AIR, [_s(UA)], (44.10, 39.08), 0),
    ("fresh10", "2024-04-05", "Ukrainian drones attacked the Morozovsk air base (Rostov oblast).", AIR,
     [_s(UA), _s(RU)], (48.36, 41.79), 0),
    ("fresh10", "2024-06-01", "Ukrainian forces shelled Klimovo (Bryansk oblast), wounding a resident.", SH,
     [_s(UA), _s(CIV_RU)], (52.38, 32.19), 0),
    ("fresh10", "2024-01-19", "Russian air defence intercepted Ukrainian drones over Bryansk.", DWU,
     [_s(RU), _s(UA)], (53.25, 34.37), 0),
    ("fresh10", "2023-07-30", "Ukrainian drones hit an office tower in Moscow's business district, damaging its "
     "facade.", AIR, [_s(UA)], (55.75, 37.54), 0),
    ("fresh10", "2022-09-25", "police detained protesters against mobilisation in Makhachkala (Dagestan).",
     "Protest with intervention", [_s("Protesters (Russia)"), _s("Police Forces of Russia (2000-)")],
     (42.98, 47.50), 0),
    ("fresh10", "2024-11-03", "Ukrainian drones hit an oil depot in Feodosia (Crimea), causing a fire.", AIR,
     [_s(UA)], (45.03, 35.38), 0),
    ("fresh10", "2024-06-23", "Ukrainian missiles struck a Russian air defence site near Yevpatoria (Crimea).", SH,
     [_s(UA), _s(RU)], (45.19, 33.37), 0),
    ("fresh10", "2020-08-15", "hundreds rallied in Grodno against the election results.", "Peaceful protest",
     [_s("Protesters (Belarus)")], (53.68, 23.83), 0),
    ("fresh10", "2025-03-26", "hundreds rallied in Comrat (Gagauzia) against the arrest of the region's governor.",
     "Peaceful protest", [_s("Protesters (Moldova)")], (46.30, 28.66), 0),
    ("fresh10", "2022-09-13", "Azerbaijani artillery shelled Goris (Syunik province), damaging houses.", SH,
     [_s("Military Forces of Azerbaijan (2003-)")], (39.51, 46.34), 0),  # unsure
    ("fresh10", "2024-12-01", "police dispersed protesters with water cannon and tear gas outside parliament in "
     "Tbilisi.", "Protest with intervention", [_s("Protesters (Georgia)"), _s("Police Forces of Georgia (2004-)")],
     (41.70, 44.79), 0),
    # Myanmar
    ("fresh10", "2024-01-12", "a military airstrike hit a village in Kanbalu township (Sagaing region), killing four "
     "civilians.", AIR, [_s(MM), _s(CIV_MM)], (23.20, 95.52), 4),
    ("fresh10", "2023-11-07", "the Arakan Army attacked a military outpost near Kyauktaw (Rakhine state).", AC,
     [_s("AA: Arakan Army"), _s(MM)], (20.84, 92.98), 0),
    ("fresh10", "2024-04-11", "KNLA fighters attacked a military battalion base near Myawaddy (Kayin state).", AC,
     [_s("KNLA: Karen National Liberation Army"), _s(MM)], (16.69, 98.51), 0),
    ("fresh10", "2023-11-22", "KNDF fighters clashed with military troops in Pekon township (Shan state).", AC,
     [_s("KNDF: Karenni Nationalities Defense Force"), _s(MM)], (19.86, 96.94), 0),  # unsure
    ("fresh10", "2024-07-25", "MNDAA fighters fought military troops in Lashio (Shan state).", AC,
     [_s("MNDAA: Myanmar National Democratic Alliance Army"), _s(MM)], (22.93, 97.75), 0),
    ("fresh10", "2024-05-19", "soldiers burned houses in a village of Tabayin township (Sagaing region).",
     "Looting/property destruction", [_s(MM), _s(CIV_MM)], (22.69, 95.33), 0),  # unsure
    ("fresh10", "2023-03-11", "soldiers killed 22 people at a monastery in Pinlaung township (Shan state).", ATT,
     [_s(MM), _s(CIV_MM)], (20.13, 96.78), 22),  # unsure
    ("fresh10", "2021-03-14", "security forces shot dead 38 protesters in Hlaingthaya township (Yangon).",
     "Excessive force against protesters", [_s(MM, "Police Forces of Myanmar (2021-)"), _s("Protesters (Myanmar)")],
     (16.87, 96.06), 38),
    ("fresh10", "2021-02-22", "hundreds of thousands joined a general strike against the coup in Mandalay.",
     "Peaceful protest", [_s("Protesters (Myanmar)")], (21.97, 96.08), 0),
    ("fresh10", "2024-03-20", "PDF fighters detonated a mine under a military truck near Monywa (Sagaing region), "
     "killing two soldiers.", IED, [_s(MM_PDF), _s(MM)], (22.11, 95.13), 2),
    ("fresh10", "2019-01-04", "the Arakan Army attacked four police posts in Buthidaung township (Rakhine state), "
     "killing 13 policemen.", AC, [_s("AA: Arakan Army"), _s("Police Forces of Myanmar (2016-2021)")],
     (20.87, 92.53), 13),
    ("fresh10", "2024-06-06", "a military jet bombed a village in Falam township (Chin state), killing three "
     "civilians.", AIR, [_s(MM), _s(CIV_MM)], (22.91, 93.68), 3),

    # fresh11: the forty-ninth session's held-out group, written before any rule was changed; report it, do not
    # tune on it (villages in a hromada under invented names are placed at its seat)
    ("fresh11", "2024-08-22", "Russian aircraft dropped a guided bomb on Pokrovsk (Pokrovsk raion, Donetsk oblast), "
     "wounding four civilians.", AIR, [_s(RU), _s(CIV_UA)], (48.28, 37.18), 0),
    ("fresh11", "2024-09-30", "Russian forces shelled Kurakhove (Pokrovsk raion), killing a man outside a shop.", SH,
     [_s(RU), _s(CIV_UA)], (47.98, 37.28), 1),
    ("fresh11", "2024-09-27", "Russian troops stormed Ukrainian positions in Vuhledar (Volnovakha raion, Donetsk "
     "oblast).", AC, [_s(RU), _s(UA)], (47.78, 37.25), 0),
    ("fresh11", "2024-05-09", "Russian forces fired rockets at Siversk (Bakhmut raion), damaging several houses.", SH,
     [_s(RU)], (48.87, 38.10), 0),
    ("fresh11", "2023-12-12", "Ukrainian forces clashed with Russian troops in the forests near Lyman (Kramatorsk "
     "raion, Donetsk oblast).", AC, [_s(UA), _s(RU)], (48.99, 37.81), 0),
    ("fresh11", "2023-04-14", "Russian missiles hit a block of flats in Sloviansk (Donetsk oblast), killing 11 "
     "people.", SH, [_s(RU), _s(CIV_UA)], (48.85, 37.60), 11),
    ("fresh11", "2023-06-27", "a Russian missile struck a pizzeria in the centre of Kramatorsk, killing 13 "
     "civilians.", SH, [_s(RU), _s(CIV_UA)], (48.74, 37.58), 13),
    ("fresh11", "2024-02-08", "Russian forces shelled the village of Pidlisnevo in the Mykolaivka hromada "
     "(Kramatorsk raion, Donetsk oblast), wounding a woman.", SH, [_s(RU), _s(CIV_UA)], (48.86, 37.71), 0),
    ("fresh11", "2024-05-13", "Russian aircraft dropped guided bombs on Vovchansk (Chuhuiv raion, Kharkiv oblast), "
     "wounding two men.", AIR, [_s(RU), _s(CIV_UA)], (50.29, 36.94), 0),
    ("fresh11", "2024-11-02", "Russian missiles hit Balakliia (Izium raion, Kharkiv oblast), killing three people.",
     SH, [_s(RU), _s(CIV_UA)], (49.46, 36.86), 3),
    ("fresh11", "2024-07-15", "a Russian drone struck a fuel station in Lozova (Kharkiv oblast), wounding an "
     "attendant.", AIR, [_s(RU), _s(CIV_UA)], (48.89, 36.32), 0),
    ("fresh11", "2024-05-25", "Russian guided bombs struck a hardware hypermarket in Kharkiv, killing 19 people.", AIR,
     [_s(RU), _s(CIV_UA)], (49.99, 36.23), 19),
    ("fresh11", "2024-04-29", "Russian drones hit an industrial enterprise in Pervomaiskyi (Lozova raion, Kharkiv "
     "oblast).", AIR, [_s(RU)], (49.38, 36.22), 0),
    ("fresh11", "2024-10-14", "Russian forces shelled the village of Verbolozne in the Velykyi Burluk hromada "
     "(Kupiansk raion, Kharkiv oblast).", SH, [_s(RU)], (50.06, 37.39), 0),
    ("fresh11", "2025-04-13", "two Russian ballistic missiles hit the centre of Sumy, killing 35 people.", SH,
     [_s(RU), _s(CIV_UA)], (50.91, 34.80), 35),
    ("fresh11", "2024-06-19", "Russian forces fired mortars at Krasnopillia (Sumy raion), wounding a woman.", SH,
     [_s(RU), _s(CIV_UA)], (50.77, 35.27), 0),
    ("fresh11", "2024-09-09", "a Russian drone hit an industrial site in Okhtyrka (Sumy oblast), causing a fire.",
     AIR, [_s(RU)], (50.31, 34.90), 0),
    ("fresh11", "2024-03-05", "Russian forces shelled the village of Kozhukhivtsi in the Velyka Pysarivka hromada "
     "(Okhtyrka raion, Sumy oblast), killing a man.", SH, [_s(RU), _s(CIV_UA)], (50.42, 35.48), 1),
    ("fresh11", "2024-01-23", "Russian forces shelled Horodnia (Chernihiv raion, Chernihiv oblast) from across the "
     "border.", SH, [_s(RU)], (51.89, 31.60), 0),
    ("fresh11", "2024-06-30", "Russian forces shelled a bus stop in Kherson, killing two people.", SH,
     [_s(RU), _s(CIV_UA)], (46.64, 32.61), 2),
    ("fresh11", "2024-08-05", "Russian forces shelled Nikopol (Dnipropetrovsk oblast) across the Kakhovka reservoir, "
     "killing a man.", SH, [_s(RU), _s(CIV_UA)], (47.57, 34.39), 1),
    ("fresh11", "2023-07-31", "a Russian ballistic missile hit a hotel in Kryvyi Rih, wounding 12 people.", SH,
     [_s(RU), _s(CIV_UA)], (47.91, 33.39), 0),
    ("fresh11", "2024-04-05", "Russian missiles struck an industrial enterprise in Zaporizhzhia, killing four "
     "employees.", SH, [_s(RU), _s(CIV_UA)], (47.84, 35.14), 4),
    ("fresh11", "2024-02-17", "Russian forces shelled Huliaipole (Polohy raion, Zaporizhzhia oblast), wounding two "
     "residents.", SH, [_s(RU), _s(CIV_UA)], (47.66, 36.26), 0),
    ("fresh11", "2023-08-02", "Russian missiles hit a grain terminal in the port of Mykolaiv.", SH, [_s(RU)],
     (46.97, 31.99), 0),
    ("fresh11", "2024-10-16", "Russian drones struck port infrastructure in Chornomorsk (Odesa oblast), wounding a "
     "guard.", AIR, [_s(RU), _s(CIV_UA)], (46.30, 30.66), 0),
    ("fresh11", "2022-07-14", "Russian cruise missiles hit the centre of Vinnytsia, killing 27 people.", SH,
     [_s(RU), _s(CIV_UA)], (49.23, 28.47), 27),
    ("fresh11", "2023-04-28", "a Russian missile struck an apartment building in Uman (Cherkasy oblast), killing 23 "
     "people.", SH, [_s(RU), _s(CIV_UA)], (48.75, 30.22), 23),
    ("fresh11", "2024-12-13", "Russian drones struck an energy facility in Bila Tserkva (Kyiv oblast).", AIR,
     [_s(RU)], (49.80, 30.11), 0),
    ("fresh11", "2023-05-16", "Ukrainian air defence shot down Russian cruise missiles over Kyiv.", DWU,
     [_s(UA), _s(RU)], (50.45, 30.52), 0),
    ("fresh11", "2018-06-12", "NAF forces shelled Marinka (Donetsk oblast), wounding two Ukrainian soldiers.", SH,
     [_s(NAF), _s(UA)], (47.94, 37.50), 0),
    ("fresh11", "2015-02-10", "Ukrainian forces and NAF fighters fought near Shyrokyne (Donetsk oblast).", AC,
     [_s(UA), _s(NAF)], (47.10, 37.82), 0),
    ("fresh11", "2019-03-21", "a NAF sniper killed a Ukrainian soldier near Pisky (Donetsk oblast).", AC,
     [_s(NAF), _s(UA)], (48.09, 37.65), 1),
    ("fresh11", "2022-06-08", "Russian forces abducted a local official in occupied Kakhovka (Kherson oblast).",
     "Abduction/forced disappearance", [_s(RU), _s(CIV_UA, "Government of Ukraine (2019-)")], (46.81, 33.48), 0),
    ("fresh11", "2023-09-15", "a Ukrainian drone hit a Russian ammunition depot near occupied Tokmak (Zaporizhzhia "
     "oblast).", AIR, [_s(UA), _s(RU)], (47.25, 35.71), 0),
    ("fresh11", "2023-06-22", "Ukrainian missiles struck a Russian command post in occupied Alchevsk (Luhansk "
     "oblast).", SH, [_s(UA), _s(RU)], (48.47, 38.80), 0),
    ("fresh11", "2022-06-03", "Ukrainian troops repelled a Russian assault near Bilohorivka (Sievierodonetsk raion, "
     "Luhansk oblast).", AC, [_s(UA), _s(RU)], (48.93, 38.25), 0),
    # Russia's border and deep rear, Crimea
    ("fresh11", "2023-12-30", "Ukrainian rockets hit the centre of Belgorod, killing 25 people.", SH,
     [_s(UA), _s(CIV_RU)], (50.60, 36.59), 25),
    ("fresh11", "2024-03-25", "Ukrainian drones struck a car in Grayvoron (Belgorod oblast), wounding two men.", AIR,
     [_s(UA), _s(CIV_RU)], (50.48, 35.67), 0),
    ("fresh11", "2024-08-09", "Ukrainian forces clashed with Russian troops in Sudzha (Kursk oblast).", AC,
     [_s(UA), _s(RU)], (51.19, 35.27), 0),
    ("fresh11", "2024-10-06", "Ukrainian forces shelled Rylsk (Kursk oblast), damaging a power line.", SH, [_s(UA)],
     (51.57, 34.68), 0),
    ("fresh11", "2024-09-21", "Russian air defence shot down Ukrainian drones over Kursk.", DWU, [_s(RU), _s(UA)],
     (51.73, 36.19), 0),
    ("fresh11", "2024-02-11", "Ukrainian forces shelled Pogar (Bryansk oblast), wounding a woman.", SH,
     [_s(UA), _s(CIV_RU)], (52.55, 33.26), 0),
    ("fresh11", "2025-01-08", "Ukrainian drones struck a fuel depot serving the Engels air base (Saratov oblast).",
     AIR, [_s(UA), _s(RU)], (51.48, 46.21), 0),
    ("fresh11", "2024-05-01", "Ukrainian drones hit an oil refinery in Ryazan, causing a fire.", AIR, [_s(UA)],
     (54.63, 39.74), 0),
    ("fresh11", "2024-06-12", "Ukrainian drones attacked the oil refinery in Novoshakhtinsk (Rostov oblast).", AIR,
     [_s(UA)], (47.76, 39.93), 0),
    ("fresh11", "2023-09-22", "Ukrainian missiles hit the Black Sea Fleet headquarters in Sevastopol.", SH,
     [_s(UA), _s(RU)], (44.61, 33.52), 0),
    ("fresh11", "2024-05-16", "Ukrainian missiles struck a Russian airfield near Dzhankoi (Crimea).", SH,
     [_s(UA), _s(RU)], (45.71, 34.39), 0),
    # Belarus, Moldova, Armenia and Azerbaijan, Georgia
    ("fresh11", "2020-08-10", "police detained dozens of protesters in Minsk after the presidential election.",
     "Protest with intervention", [_s("Protesters (Belarus)"), _s("Police Forces of Belarus (1994-)")],
     (53.90, 27.56), 0),
    ("fresh11", "2022-09-18", "thousands rallied in Chisinau against rising energy prices.", "Peaceful protest",
     [_s("Protesters (Moldova)")], (47.01, 28.86), 0),
    ("fresh11", "2022-09-13", "Azerbaijani forces fired on Armenian positions near Jermuk (Vayots Dzor province).",
     AC, [_s("Military Forces of Azerbaijan (2003-)"), _s("Military Forces of Armenia (2018-)")], (39.84, 45.67), 0),
    ("fresh11", "2024-05-26", "hundreds rallied in Yerevan demanding the prime minister's resignation.",
     "Peaceful protest", [_s("Protesters (Armenia)")], (40.18, 44.51), 0),
    ("fresh11", "2024-05-11", "thousands marched in Tbilisi against the foreign agents bill.", "Peaceful protest",
     [_s("Protesters (Georgia)")], (41.70, 44.79), 0),
    # Myanmar
    ("fresh11", "2023-10-09", "a military airstrike hit a camp for displaced people near Laiza (Kachin state), "
     "killing 29 people.", AIR, [_s(MM), _s(CIV_MM)], (24.76, 97.56), 29),
    ("fresh11", "2024-01-15", "AA fighters clashed with military troops near Paletwa (Chin state).", AC,
     [_s("AA: Arakan Army"), _s(MM)], (21.30, 92.85), 0),
    ("fresh11", "2023-11-14", "TNLA fighters attacked military positions in Kyaukme (Shan state).", AC,
     [_s("TNLA: Ta'ang National Liberation Army"), _s(MM)], (22.54, 97.03), 0),
    ("fresh11", "2024-03-08", "KIA fighters clashed with military troops near Bhamo (Kachin state).", AC,
     [_s("KIA: Kachin Independence Army",
         "KIO/KIA: Kachin Independence Organization/Kachin Independence Army"), _s(MM)], (24.26, 97.23), 0),
    ("fresh11", "2023-05-20", "the military shelled a village in Mindat township (Chin state), wounding two "
     "civilians.", SH, [_s(MM), _s(CIV_MM)], (21.37, 93.97), 0),
    ("fresh11", "2022-12-02", "PDF fighters ambushed a military convoy near Gangaw (Magway region), killing four "
     "soldiers.", AC, [_s(MM_PDF), _s(MM)], (22.17, 94.13), 4),
    ("fresh11", "2021-03-27", "security forces fired on protesters in Myingyan (Mandalay region), killing five.",
     "Excessive force against protesters", [_s(MM, "Police Forces of Myanmar (2021-)"), _s("Protesters (Myanmar)")],
     (21.46, 95.39), 5),
    ("fresh11", "2021-02-15", "hundreds marched against the coup in Dawei (Tanintharyi region).", "Peaceful protest",
     [_s("Protesters (Myanmar)")], (14.08, 98.19), 0),
    ("fresh11", "2022-07-06", "soldiers torched houses in a village of Kani township (Sagaing region).",
     "Looting/property destruction", [_s(MM), _s(CIV_MM)], (22.43, 94.85), 0),  # unsure
    ("fresh11", "2017-08-25", "ARSA fighters attacked police posts in Maungdaw township (Rakhine state), killing 12 "
     "members of the security forces.", AC, [_s("ARSA: Arakan Rohingya Salvation Army"),
                                             _s("Police Forces of Myanmar (2016-2021)")], (20.82, 92.37), 12),
    ("fresh11", "2023-11-04", "MNDAA fighters clashed with military troops near Laukkai (Shan state).", AC,
     [_s("MNDAA: Myanmar National Democratic Alliance Army"), _s(MM)], (23.69, 98.76), 0),
    ("fresh11", "2021-04-21", "police arrested a journalist in Yangon.", "Arrests",
     [_s("Police Forces of Myanmar (2021-)"), _s(CIV_MM)], (16.80, 96.16), 0),  # unsure
)
CLASSES = ("qualified", "context", "cross", "actors", "held", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
           "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11")
HELD = {"held": "held!", "fresh": "fresh!", "fresh2": "fresh2!", "fresh3": "fresh3!", "fresh4": "fresh4!",
        "fresh5": "fresh5!", "fresh6": "fresh6!", "fresh7": "fresh7!", "fresh8": "fresh8!", "fresh9": "fresh9!",
        "fresh10": "fresh10!", "fresh11": "fresh11!"}
FIELDS = ("type", "pair", "place", "day", "deaths", "all")


def scored(event, got: tuple, day: str, sub: str, slots: list, point: tuple, deaths: int) -> dict:
    """The note's fields right or wrong: sub-event type, actor pair, point within 25 km, day and deaths."""
    if event is None:
        return {f: False for f in FIELDS}
    place = event.place
    near = place is not None and place.lat is not None and haversine_km(place.lat, place.lon, *point) <= 25
    out = {"type": event.sub_event_type == sub, "pair": pair_ok(got, slots), "place": near,
           "day": str(event.event_date) == day, "deaths": (event.fatalities or 0) == deaths}
    return {**out, "all": all(out.values())}


def where(event, point: tuple) -> str:
    """The event's place and its distance from the gold point, for the failures list."""
    place = event.place if event else None
    if place is None or place.lat is None:
        return "unplaced"
    return f"{place.name} ({place.country}) {haversine_km(place.lat, place.lon, *point):.0f} km"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show-failures", action="store_true")
    ap.add_argument("--only", help="comma-separated classes: " + ",".join(CLASSES))
    args = ap.parse_args()
    only = set(args.only.split(",")) if args.only else None
    pipe = Pipeline().load(["en"])
    right, total, failures = Counter(), Counter(), []
    for cls, day, note, sub, slots, point, deaths in NOTES:
        if only and cls not in only:
            continue
        text, event, got = coded_note(pipe, day, note, "ukraine")
        marks = scored(event, got, day, sub, slots, point, deaths)
        for key in (cls, HELD.get(cls, "studied"), "all"):
            total[key] += 1
            for f in FIELDS:
                right[key, f] += marks[f]
        if not marks["all"] and (cls != "fresh11" or (only and cls in only)):  # the held-out group's when named
            wrong = ",".join(f for f in FIELDS[:-1] if not marks[f])
            failures.append(f"{cls}\t{wrong}\tgot {event.sub_event_type if event else None} | "
                            f"{' / '.join(str(x) for x in got)} | {where(event, point)} | "
                            f"{event.event_date if event else None} | {event.fatalities if event else None}\t{text}")
    print("| class | notes | " + " | ".join(FIELDS) + " |")
    for key in [c for c in CLASSES if total[c]] + ["studied", *HELD.values(), "all"]:
        if total[key]:
            print(f"| {key} | {total[key]} | " + " | ".join(f"{right[key, f] / total[key]:.3f}" for f in FIELDS)
                  + " |")
    if args.show_failures:
        print("\n".join(failures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
