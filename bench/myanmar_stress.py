"""Myanmar stress set: invented notes and wire sentences on the war since the 2021 coup, in the manner of ACLED's
notes and of Myanmar Now, The Irrawaddy, RFA and DVB, each with the record an ACLED coder would write.

    PYTHONPATH=. .venv/bin/python bench/myanmar_stress.py [--show-failures] [--only CLASS,CLASS] [--no-mimu]

Myanmar is a tenth of ACLED's notes, and its shapes are its own: hundreds of named resistance groups (the NUG's
People's Defense Force battalions and township PDFs, local defence forces or PaKaFa, urban guerrillas, ethnic
armed organisations fighting jointly with them), the junta's army, police and Pyu Saw Htee militia, its raids and
arson of villages, air strikes and arrests, and places written as chains of units ("X village, Y township, Z
region", "X village tract", "in Y township's X village") with township names spelt several ways (MIMU's
"Yinmarbin" and the press's "Yinmabin"). Each note's gold, from general knowledge and ACLED's codebook and never
from a dev text: sub-event type, actor pair (a slot of several names takes any), associates, a point (the village
where MIMU lists it, else the township's seat; right within 25 km of it or of the township's seat), day and
fatalities. A name marked ``# unsure`` is ACLED's form as far as its conventions tell; its failures say what to
check, not what to fix. The villages are MIMU's (general knowledge of where they lie), none taken from a dev note.

The notes fall in classes (``--only``): pdf (a named township PDF or battalion), ldf (a local defence force),
joint (forces fighting together: actor1 and associates), eao (an ethnic armed organisation), raid (the junta's
raids and arson: Looting/property destruction against civilians), air (air and drone strikes), arrest, pst (Pyu
Saw Htee), chain (the chain forms of places) and spelling (townships spelt otherwise). The class ``held`` is a
second set of the same shapes in other townships and wordings, written before any rule was changed; it is studied
from the fortieth session on, whose held-out group is bench/ukraine_stress.py's ``fresh2`` (studied from the
forty-first, whose held-out group, Myanmar's notes among them, is that bench's ``fresh3``). The first dated event
of each note is scored; the actor pair as ``sitrep eval`` scores it (order-free, ACLED's period suffix aside),
through bench/actor_world_stress.py's helpers. ``--no-mimu`` reads the notes with MIMU's village table switched off (``SITREP_MIMU=0``). Nothing is
written.
"""
from __future__ import annotations

import os
import sys
from collections import Counter
from datetime import date

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))

MIL, POL, CIV = "Military Forces of Myanmar (2021-)", "Police Forces of Myanmar (2021-)", "Civilians (Myanmar)"
PDF, PST = "PDF: People's Defense Force", "Pyu Saw Htee"
KIA = "KIO/KIA: Kachin Independence Organization/Kachin Independence Army"
KNU = "KNU/KNLA: Karen National Union/Karen National Liberation Army"
KNDF, KA = "KNDF: Karenni Nationalities Defense Force", "KNPP/KA: Karenni National Progressive Party/Karenni Army"
AA, TNLA = "AA: Arakan Army", "PSLF/TNLA: Palaung State Liberation Front/Ta'ang National Liberation Army"
MNDAA, CNF = "MNDAA: Myanmar National Democratic Alliance Army", "CNF/CNA: Chin National Front/Chin National Army"
UAG = "Unidentified Armed Group (Myanmar)"
CLASH, ATTACK, LOOT = "Armed clash", "Attack", "Looting/property destruction"
AIR, ARREST, SHELL = "Air/drone strike", "Arrests", "Shelling/artillery/missile attack"
IED, ABDUCT = "Remote explosive/landmine/IED", "Abduction/forced disappearance"
TAKEN = (CLASH, "Non-state actor overtakes territory")  # a base taken in a fight: ACLED codes either (unsure)
RESISTANCE = (PDF, UAG, "Unidentified Anti-Coup Armed Group")  # an unnamed local force (unsure)

# township seats: the point ACLED codes a note at when it names no village it can place
SEAT = {
    "Kani": (22.44, 94.87), "Yinmabin": (22.08, 94.90), "Salingyi": (21.98, 95.08), "Budalin": (22.39, 95.15),
    "Ye-U": (22.76, 95.43), "Kanbalu": (23.20, 95.52), "Wetlet": (22.37, 95.79), "Ayadaw": (22.28, 95.46),
    "Gangaw": (22.17, 94.13), "Tilin": (21.70, 94.10), "Myaing": (21.62, 94.86), "Madaya": (22.21, 96.10),
    "Singu": (22.55, 96.00), "Mindat": (21.38, 93.97), "Falam": (22.91, 93.68), "Matupi": (21.60, 93.45),
    "Demoso": (19.54, 97.13), "Hpapun": (18.07, 97.44), "Kawkareik": (16.55, 98.24), "Kyaukkyi": (18.33, 96.75),
    "Hsipaw": (22.62, 97.30), "Kyaukme": (22.54, 97.03), "Namhsan": (22.97, 97.16), "Kutkai": (23.45, 97.93),
    "Waingmaw": (25.35, 97.43), "Momauk": (24.25, 97.35), "Kyauktaw": (20.85, 92.98), "Minbya": (20.37, 93.27),
    "Launglon": (13.98, 98.12), "Palaw": (12.97, 98.65), "Monywa": (22.11, 95.14), "Taze": (22.95, 95.38),
    "Khin-U": (22.77, 95.63), "Mawlaik": (23.64, 94.41), "Pakokku": (21.34, 95.08), "Myingyan": (21.46, 95.39),
    "Taungtha": (21.27, 95.43), "Natogyi": (21.42, 95.65), "Sagaing": (21.88, 95.98), "Shwebo": (22.57, 95.70),
    "Saw": (21.15, 94.15), "Loikaw": (19.68, 97.21), "Pekon": (19.87, 97.01), "Hakha": (22.65, 93.61),
    "Tedim": (23.38, 93.65), "Lashio": (22.94, 97.75), "Bhamo": (24.25, 97.23), "Hpakant": (25.61, 96.31),
    "Myawaddy": (16.69, 98.51), "Dawei": (14.08, 98.19), "Paletwa": (21.30, 92.85), "Mrauk-U": (20.59, 93.19),
    "Kalay": (23.19, 94.05), "Tamu": (24.22, 94.31), "Homalin": (24.87, 94.91), "Katha": (24.18, 96.34),
    "Kawlin": (23.79, 95.68), "Laukkaing": (23.69, 98.76), "Thandwe": (18.46, 94.37), "Kyaukpyu": (19.43, 93.55),
    "Shwegyin": (17.92, 96.88), "Myinmu": (21.93, 95.58), "Yesagyo": (21.63, 95.25), "Tabayin": (22.69, 95.35),
    "Seikphyu": (20.92, 94.79), "Mogok": (22.92, 96.51), "Indaw": (24.22, 96.14), "Pale": (21.93, 94.88),
}


def _s(*names: str) -> list[str]:
    return list(names)


def _n(cls, day, text, sub, slots, assoc, township, point=None, dead=0, published=None):
    """A note: its class, ISO day, text, sub-event type, actor slots, associates, township (its seat the fallback
    point), the village's point where the note names one MIMU places, fatalities, and the day it was published
    (the day after, unless a wire sentence dates itself from it)."""
    return {"cls": cls, "day": day, "text": text, "sub": sub, "slots": slots, "assoc": assoc, "township": township,
            "point": point or SEAT[township], "dead": dead, "published": published}


NOTES = (
    # a named township PDF or battalion
    _n("pdf", "2023-02-14", "On 14 February 2023, the Kani PDF ambushed a military column near Sin Oh village "
       "(Kani, Sagaing), killing four soldiers.", CLASH, [_s("People's Defense Force - Kani", PDF), _s(MIL)], [],
       "Kani", (22.61, 94.76), 4),
    _n("pdf", "2022-09-03", "On 3 September 2022, members of the Gangaw PDF fought junta troops for several hours in "
       "Kye village (Gangaw, Magway). No casualties were reported.", CLASH,
       [_s("People's Defense Force - Gangaw", PDF), _s(MIL)], [], "Gangaw", (22.02, 94.37)),
    _n("pdf", "2023-06-21", "On 21 June 2023, fighters of the Tilin township PDF attacked a police outpost in Tilin "
       "town (Magway), killing two policemen.", CLASH, [_s("People's Defense Force - Tilin", PDF), _s(POL)], [],
       "Tilin", None, 2),
    _n("pdf", "2022-12-09", "On 9 December 2022, PDF Battalion 4 of Mandalay region detonated a landmine against a "
       "military truck near Madaya town (Madaya, Mandalay), wounding several soldiers.", IED,
       [_s(PDF), _s(MIL)], [], "Madaya"),  # unsure: ACLED's name for a numbered battalion
    _n("pdf", "2024-01-18", "On 18 January 2024, the People's Defence Force of Myaing township clashed with "
       "military forces in Let Se Kan village (Myaing, Magway); two resistance fighters were killed.", CLASH,
       [_s("People's Defense Force - Myaing", PDF), _s(MIL)], [], "Myaing", (21.61, 95.03), 2),
    _n("pdf", "2023-04-02", "On 2 April 2023, resistance fighters of the Monywa PDF shot dead a ward administrator "
       "appointed by the junta in Monywa town (Sagaing).", ATTACK,
       [_s("People's Defense Force - Monywa", PDF), _s(CIV)], [], "Monywa", None, 1),
    # a local defence force (PaKaFa)
    _n("ldf", "2023-03-11", "On 11 March 2023, a local defence force (PaKaFa) of Ayadaw township clashed with "
       "junta troops raiding Wet Khe village (Ayadaw, Sagaing).", CLASH,
       [_s(*RESISTANCE, "People's Defense Force - Ayadaw"), _s(MIL)], [], "Ayadaw",
       (22.34, 95.55)),  # unsure: ACLED's name for a PaKaFa
    _n("ldf", "2022-07-26", "On 26 July 2022, members of a local defence force attacked a military camp in Khin-U "
       "town (Khin-U, Sagaing); one defence force member was killed.", CLASH,
       [_s(*RESISTANCE, "People's Defense Force - Khin-U"), _s(MIL)], [], "Khin-U", None, 1),  # unsure
    _n("ldf", "2023-10-05", "On 5 October 2023, the Taze local defence force fought soldiers near Chin Kone "
       "village (Taze, Sagaing).", CLASH, [_s(PDF, "People's Defense Force - Taze"), _s(MIL)], [], "Taze",
       (23.05, 95.33)),  # unsure
    _n("ldf", "2024-02-27", "On 27 February 2024, village defence members in Natogyi township (Mandalay) clashed "
       "with regime forces near Kyun Daunt village.", CLASH, [_s(*RESISTANCE, "People's Defense Force - Natogyi"), _s(MIL)],
       [], "Natogyi", (21.57, 95.73)),  # unsure
    # joint forces: actor1 and associates
    _n("joint", "2023-11-14", "On 14 November 2023, the KIA and the Bhamo PDF jointly attacked a military outpost "
       "near Momauk town (Momauk, Kachin).", CLASH, [_s(KIA, "People's Defense Force - Bhamo", PDF), _s(MIL)],
       ["People's Defense Force - Bhamo", KIA], "Momauk"),
    _n("joint", "2023-06-07", "On 7 June 2023, joint forces of the KNDF and the Karenni Army clashed with military "
       "troops in Demoso town (Demoso, Kayah), killing three soldiers.", CLASH, [_s(KNDF, KA), _s(MIL)],
       [KA, KNDF], "Demoso", None, 3),
    _n("joint", "2024-03-30", "On 30 March 2024, the KNLA and allied PDF fighters captured a military camp near "
       "Kawkareik (Kayin).", TAKEN, [_s(KNU, PDF), _s(MIL)], [PDF], "Kawkareik"),
    _n("joint", "2022-10-19", "On 19 October 2022, the Chin National Army and the Chinland Defense Force - Mindat "
       "attacked a police station in Mindat town (Chin).", CLASH,
       [_s(CNF, "Chinland Defense Force - Mindat"), _s(POL)], ["Chinland Defense Force - Mindat"], "Mindat"),
    _n("joint", "2023-08-23", "On 23 August 2023, combined resistance forces including the Kalay PDF and the Tamu "
       "PDF fought the military near Tamu (Sagaing).", CLASH,
       [_s("People's Defense Force - Kalay", "People's Defense Force - Tamu", PDF), _s(MIL)],
       ["People's Defense Force - Tamu"], "Tamu"),
    # an ethnic armed organisation
    _n("eao", "2023-10-27", "On 27 October 2023, the MNDAA attacked junta positions around Laukkaing (Shan), "
       "launching Operation 1027.", CLASH, [_s(MNDAA), _s(MIL)], [], "Laukkaing"),
    _n("eao", "2024-01-09", "On 9 January 2024, the Arakan Army seized a military base near Paletwa (Chin) after "
       "days of fighting.", TAKEN, [_s(AA), _s(MIL)], [], "Paletwa"),
    _n("eao", "2023-12-02", "On 2 December 2023, TNLA troops fought the military in Namhsan town (Namhsan, Shan); "
       "five soldiers were killed.", CLASH, [_s(TNLA), _s(MIL)], [], "Namhsan", None, 5),
    _n("eao", "2022-05-16", "On 16 May 2022, KIA fighters clashed with the Myanmar army near Hpakant (Kachin).",
       CLASH, [_s(KIA), _s(MIL)], [], "Hpakant"),
    _n("eao", "2023-05-04", "On 4 May 2023, the KNU's Brigade 5 attacked a junta outpost in Hpapun township "
       "(Kayin).", CLASH, [_s(KNU), _s(MIL)], [], "Hpapun"),
    # the junta's raids and arson of villages
    _n("raid", "2023-01-25", "On 25 January 2023, military troops raided Kywei Hpoe village (Kani, Sagaing) and "
       "set fire to about 80 houses.", LOOT, [_s(MIL), _s(CIV)], [], "Kani", (22.51, 94.85)),
    _n("raid", "2022-11-30", "On 30 November 2022, junta soldiers torched houses in Hlwe Te village (Budalin, "
       "Sagaing) after villagers fled.", LOOT, [_s(MIL), _s(CIV)], [], "Budalin", (22.40, 95.14)),
    _n("raid", "2023-07-13", "On 13 July 2023, a column of regime troops burned down Myin Taw village, Wetlet "
       "township, Sagaing region.", LOOT, [_s(MIL), _s(CIV)], [], "Wetlet", (22.37, 95.81)),
    _n("raid", "2024-04-22", "On 22 April 2024, soldiers entered Taung U village (Yesagyo, Magway), looted "
       "property and killed two elderly villagers.", ATTACK, [_s(MIL), _s(CIV)], [], "Yesagyo", (21.69, 95.04), 2),
    _n("raid", "2022-06-08", "On 8 June 2022, military forces shot dead three civilians during a raid on Ohn Chan "
       "village (Tabayin, Sagaing).", ATTACK, [_s(MIL), _s(CIV)], [], "Tabayin", (22.68, 95.24), 3),
    # air and drone strikes
    _n("air", "2023-09-14", "On 14 September 2023, a military jet bombed Kye village (Gangaw, Magway), killing "
       "seven civilians.", AIR, [_s(MIL), _s(CIV)], [], "Gangaw", (22.02, 94.37), 7),
    _n("air", "2024-02-03", "On 3 February 2024, junta aircraft struck a camp of displaced people near Falam "
       "(Chin), killing four people.", AIR, [_s(MIL), _s(CIV)], [], "Falam", None, 4),
    _n("air", "2023-03-20", "On 20 March 2023, a military helicopter fired on resistance positions near Matupi "
       "(Chin).", AIR, [_s(MIL), _s(*RESISTANCE, CNF, "Chinland Defense Force - Matupi")], [], "Matupi"),
    _n("air", "2024-05-12", "On 12 May 2024, PDF drones dropped bombs on a police station in Myingyan town "
       "(Mandalay), wounding two officers.", AIR, [_s(PDF, "People's Defense Force - Myingyan"), _s(POL)], [],
       "Myingyan"),
    # arrests
    _n("arrest", "2022-04-18", "On 18 April 2022, police arrested five young men accused of supporting the PDF in "
       "Shwebo town (Sagaing).", ARREST, [_s(POL, MIL), _s(CIV)], [], "Shwebo"),
    _n("arrest", "2023-08-02", "On 2 August 2023, junta troops detained 20 villagers in Inn Ma village (Myinmu, "
       "Sagaing).", ARREST, [_s(MIL), _s(CIV)], [], "Myinmu", (22.10, 95.64)),
    _n("arrest", "2024-06-15", "On 15 June 2024, the military council arrested a monk in Pakokku (Magway) for "
       "speaking against conscription.", ARREST, [_s(MIL, POL), _s(CIV)], [], "Pakokku"),
    # Pyu Saw Htee
    _n("pst", "2023-05-29", "On 29 May 2023, Pyu Saw Htee members shot dead a villager in Ta Zan village (Gangaw, "
       "Magway).", ATTACK, [_s(PST), _s(CIV)], [], "Gangaw", (21.98, 94.22), 1),
    _n("pst", "2022-08-14", "On 14 August 2022, junta soldiers together with Pyu Saw Htee militiamen burned houses in Kyaw Ywar "
       "village (Gangaw, Magway).", LOOT, [_s(MIL, PST), _s(CIV)], [PST], "Gangaw", (21.93, 94.36)),
    _n("pst", "2023-12-20", "On 20 December 2023, the Salingyi PDF clashed with a Pyu Saw Htee group in Kan Taw "
       "Thar village (Salingyi, Sagaing).", CLASH, [_s("People's Defense Force - Salingyi", PDF), _s(PST)], [],
       "Salingyi", (21.88, 95.13)),
    _n("pst", "2024-03-08", "On 8 March 2024, Pyusawhtee militiamen abducted two youths from Su Tat village "
       "(Tabayin, Sagaing).", ABDUCT, [_s(PST), _s(CIV)], [], "Tabayin", (22.52, 95.48)),
    # the chain forms of places
    _n("chain", "2023-02-06", "On 6 February 2023, junta soldiers killed two farmers in Zee Taw village, Khin-U "
       "township, Sagaing region.", ATTACK, [_s(MIL), _s(CIV)], [], "Khin-U", (22.69, 95.45), 2),
    _n("chain", "2022-12-28", "On 28 December 2022, military troops clashed with PDF fighters in Moe Kaung village "
       "tract, Kani township.", CLASH, [_s(MIL), _s(PDF, "People's Defense Force - Kani")], [], "Kani"),
    _n("chain", "2023-09-01", "On 1 September 2023, regime troops burned homes in Ayadaw township's Taung Hmwar "
       "village.", LOOT, [_s(MIL), _s(CIV)], [], "Ayadaw", (22.35, 95.51)),
    _n("chain", "2024-01-30", "On 30 January 2024, an explosion hit a military vehicle near Thone Se Pay village in "
       "Madaya township, Mandalay region, killing two soldiers.", IED, [_s(*RESISTANCE), _s(MIL)], [], "Madaya",
       (22.09, 96.04), 2),
    _n("chain", "2023-04-24", "On 24 April 2023, junta forces shelled Nat Pay village in Kanbalu township of "
       "Sagaing region.", SHELL, [_s(MIL), _s(CIV, "")], [], "Kanbalu", (23.17, 95.51)),
    # townships spelt otherwise
    _n("spelling", "2023-03-17", "On 17 March 2023, the army burned houses in Mauk Tha Yet village, Yinmarbin "
       "township (Sagaing).", LOOT, [_s(MIL), _s(CIV)], [], "Yinmabin", (22.12, 94.96)),
    _n("spelling", "2022-10-10", "On 10 October 2022, resistance fighters ambushed troops near Depayin (Sagaing), "
       "killing three soldiers.", CLASH, [_s(*RESISTANCE), _s(MIL)], [], "Tabayin", None, 3),  # unsure: an unnamed resistance force
    _n("spelling", "2024-02-21", "On 21 February 2024, the military shelled Kantbalu town (Sagaing).", SHELL,
       [_s(MIL), _s(CIV, "")], [], "Kanbalu"),
    _n("spelling", "2023-11-26", "On 26 November 2023, the KNDF attacked junta positions in Dimawso (Kayah).", CLASH,
       [_s(KNDF), _s(MIL)], [], "Demoso"),
    _n("spelling", "2023-07-04", "On 4 July 2023, fighting broke out between the military and the PDF in Kalaymyo "
       "(Sagaing).", CLASH, [_s(MIL), _s(PDF)], [], "Kalay"),
    _n("spelling", "2022-08-29", "On 29 August 2022, the TNLA clashed with soldiers near Thibaw (Shan).", CLASH,
       [_s(TNLA), _s(MIL)], [], "Hsipaw"),
    # wire sentences (Myanmar Now, The Irrawaddy, RFA, DVB)
    _n("pdf", "2023-07-18", "Fighters from the Yinmabin PDF said they killed six junta soldiers in a clash on "
       "Tuesday near the township's Kan Thar village, Myanmar Now reported.", CLASH,
       [_s("People's Defense Force - Yinmabin", PDF), _s(MIL)], [], "Yinmabin", (22.13, 94.95), 6,
       published="2023-07-19"),
    _n("raid", "2024-03-05", "Regime troops torched more than 100 homes in Wun Gyi village in Khin-U Township on "
       "Tuesday, residents told The Irrawaddy.", LOOT, [_s(MIL), _s(CIV)], [], "Khin-U", (22.68, 95.63),
       published="2024-03-07"),
    _n("air", "2023-10-09", "A junta airstrike on Monday hit a village in Hakha Township, killing three children, "
       "RFA reported.", AIR, [_s(MIL), _s(CIV)], [], "Hakha", None, 3, published="2023-10-10"),
    _n("arrest", "2022-11-14", "Junta forces arrested a schoolteacher in Dawei on Monday on charges of funding the "
       "resistance, DVB reported.", ARREST, [_s(MIL, POL), _s(CIV)], [], "Dawei", published="2022-11-15"),

    # held: written before any rule was changed, never studied; other townships, other wordings
    _n("held", "2023-01-12", "On 12 January 2023, the Shwebo PDF attacked a military checkpoint outside Shwebo "
       "town (Sagaing), killing one soldier.", CLASH, [_s("People's Defense Force - Shwebo", PDF), _s(MIL)], [],
       "Shwebo", None, 1),
    _n("held", "2022-06-30", "On 30 June 2022, fighters of the Pale township PDF clashed with regime troops near "
       "Pale (Sagaing).", CLASH, [_s("People's Defense Force - Pale", PDF), _s(MIL)], [], "Pale"),
    _n("held", "2024-04-09", "On 9 April 2024, the Sagaing PDF detonated a mine under a junta truck near Sagaing "
       "town (Sagaing), killing three soldiers.", IED, [_s("People's Defense Force - Sagaing", PDF), _s(MIL)],
       [], "Sagaing", None, 3),
    _n("held", "2023-08-16", "On 16 August 2023, the Launglon PDF and the KNLA fought military troops near Launglon "
       "(Tanintharyi).", CLASH, [_s("People's Defense Force - Launglon", PDF, KNU), _s(MIL)], [], "Launglon"),
    _n("held", "2022-03-22", "On 22 March 2022, a Singu township defence team shot at soldiers guarding a bridge in "
       "Singu (Mandalay).", CLASH, [_s(*RESISTANCE, "People's Defense Force - Singu"), _s(MIL)], [], "Singu"),  # unsure
    _n("held", "2023-05-19", "On 19 May 2023, PaKaFa members in Taungtha township (Mandalay) ambushed a police "
       "patrol, wounding two officers.", CLASH, [_s(*RESISTANCE, "People's Defense Force - Taungtha"), _s(POL)], [],
       "Taungtha"),  # unsure
    _n("held", "2024-06-02", "On 2 June 2024, the Kachin Independence Army and allied PDF units overran a junta "
       "base near Waingmaw (Kachin).", TAKEN, [_s(KIA, PDF), _s(MIL)], [PDF], "Waingmaw"),
    _n("held", "2023-12-11", "On 11 December 2023, the Karenni Army and the KNDF took a police station in Loikaw "
       "(Kayah), killing four policemen.", TAKEN, [_s(KA, KNDF), _s(POL)], [], "Loikaw", None, 4),
    _n("held", "2024-01-22", "On 22 January 2024, the Arakan Army captured a junta battalion headquarters in "
       "Kyauktaw (Rakhine).", TAKEN, [_s(AA), _s(MIL)], [], "Kyauktaw"),
    _n("held", "2023-11-20", "On 20 November 2023, TNLA and MNDAA troops fought the army around Kutkai (Shan).",
       CLASH, [_s(TNLA, MNDAA), _s(MIL)], [], "Kutkai"),
    _n("held", "2022-09-28", "On 28 September 2022, Chin National Front fighters ambushed a military column near "
       "Falam (Chin), killing five soldiers.", CLASH, [_s(CNF), _s(MIL)], [], "Falam", None, 5),
    _n("held", "2023-03-03", "On 3 March 2023, the KNLA attacked an army camp in Kyaukkyi township (Bago).", CLASH,
       [_s(KNU), _s(MIL)], [], "Kyaukkyi"),
    _n("held", "2024-05-25", "On 25 May 2024, the Kachin Independence Army shelled a military post near Bhamo "
       "(Kachin).", SHELL, [_s(KIA), _s(MIL)], [], "Bhamo"),
    _n("held", "2023-06-28", "On 28 June 2023, junta soldiers set fire to Pan Saing village (Kani, Sagaing), "
       "destroying some 40 houses.", LOOT, [_s(MIL), _s(CIV)], [], "Kani", (22.42, 94.89)),
    _n("held", "2022-12-15", "On 15 December 2022, a military column burned houses in Let Pan Kone village, Khin-U "
       "township.", LOOT, [_s(MIL), _s(CIV)], [], "Khin-U", (22.77, 95.72)),
    _n("held", "2024-02-11", "On 11 February 2024, regime troops looted and torched shops in Seikphyu town "
       "(Magway).", LOOT, [_s(MIL), _s(CIV)], [], "Seikphyu"),
    _n("held", "2023-04-16", "On 16 April 2023, soldiers raiding Hta Lin village (Tilin, Magway) killed four "
       "villagers and burned their homes.", ATTACK, [_s(MIL), _s(CIV)], [], "Tilin", (21.71, 94.08), 4),
    _n("held", "2022-10-24", "On 24 October 2022, military aircraft bombed a concert in Hpakant township (Kachin), "
       "killing dozens of people.", AIR, [_s(MIL), _s(CIV)], [], "Hpakant", None, 12),
    _n("held", "2024-03-14", "On 14 March 2024, a junta fighter jet dropped bombs on Minbya town (Rakhine), "
       "killing two civilians.", AIR, [_s(MIL), _s(CIV)], [], "Minbya", None, 2),
    _n("held", "2023-07-27", "On 27 July 2023, a military drone attacked Lente village (Falam, Chin), wounding a "
       "woman.", AIR, [_s(MIL), _s(CIV)], [], "Falam", (22.87, 93.72)),
    _n("held", "2024-01-04", "On 4 January 2024, resistance drones struck the police station in Kawlin town "
       "(Sagaing).", AIR, [_s(*RESISTANCE), _s(POL)], [], "Kawlin"),
    _n("held", "2022-05-09", "On 9 May 2022, police detained three students in Monywa (Sagaing) for taking part in "
       "a flash protest.", ARREST, [_s(POL), _s(CIV)], [], "Monywa"),
    _n("held", "2023-10-30", "On 30 October 2023, soldiers arrested the headman of Nar Pin village (Mawlaik, "
       "Sagaing).", ARREST, [_s(MIL), _s(CIV)], [], "Mawlaik", (23.72, 94.45)),
    _n("held", "2024-04-27", "On 27 April 2024, junta forces detained 15 men in Thandwe (Rakhine) to conscript "
       "them.", (ARREST, ABDUCT), [_s(MIL), _s(CIV)], [], "Thandwe"),
    _n("held", "2023-02-19", "On 19 February 2023, a Pyu Saw Htee group killed a couple in Si Mee village (Saw, "
       "Magway).", ATTACK, [_s(PST), _s(CIV)], [], "Saw", (21.00, 94.16), 2),
    _n("held", "2022-07-07", "On 7 July 2022, pro-junta Pyu Saw Htee militiamen set fire to houses in Myaing town "
       "(Magway).", LOOT, [_s(PST), _s(CIV)], [], "Myaing"),
    _n("held", "2023-09-22", "On 22 September 2023, the Pale PDF fought Pyu Saw Htee members near Taung Inn "
       "village (Tilin, Magway).", CLASH, [_s(PDF, "People's Defense Force - Pale"), _s(PST)], [], "Tilin",
       (21.88, 94.23)),
    _n("held", "2024-05-03", "On 3 May 2024, junta troops killed a farmer in Saung Tan village, Shwebo township, "
       "Sagaing region.", ATTACK, [_s(MIL), _s(CIV)], [], "Shwebo", (22.54, 95.56), 1),
    _n("held", "2022-11-05", "On 5 November 2022, soldiers and PDF fighters clashed in Si Pin village tract, "
       "Myinmu township.", CLASH, [_s(MIL), _s(PDF)], [], "Myinmu"),
    _n("held", "2023-08-08", "On 8 August 2023, regime forces raided Wetlet township's Zee Hpyu Kone village and "
       "detained ten villagers.", ARREST, [_s(MIL), _s(CIV)], [], "Wetlet", (22.33, 95.61)),
    _n("held", "2024-02-16", "On 16 February 2024, the army shelled Htein Ba Lar village in Natogyi township of "
       "Mandalay region.", SHELL, [_s(MIL), _s(CIV, "")], [], "Natogyi", (21.33, 95.87)),
    _n("held", "2023-06-12", "On 12 June 2023, junta troops torched Kyun Taw village, Seikphyu township (Magway).",
       LOOT, [_s(MIL), _s(CIV)], [], "Seikphyu", (21.01, 94.58)),
    _n("held", "2022-04-26", "On 26 April 2022, the military burned houses in Mingin (Sagaing).", LOOT,
       [_s(MIL), _s(CIV)], [], "Kalay", (22.87, 94.49)),
    _n("held", "2023-05-08", "On 8 May 2023, the KNDF ambushed a junta convoy near Demawso (Kayah).", CLASH,
       [_s(KNDF), _s(MIL)], [], "Demoso"),
    _n("held", "2024-03-19", "On 19 March 2024, the military shelled Papun town (Kayin).", SHELL, [_s(MIL), _s(CIV, "")],
       [], "Hpapun"),
    _n("held", "2023-12-27", "On 27 December 2023, the TNLA seized the army's camp in Kyaukmae (Shan).", TAKEN,
       [_s(TNLA), _s(MIL)], [], "Kyaukme"),
    _n("held", "2022-08-02", "Pyu Saw Htee gunmen abducted a village administrator from Ah Nyar Taw village in "
       "Gangaw Township on Tuesday, local people told Myanmar Now.", ABDUCT, [_s(PST), _s(CIV)], [], "Gangaw",
       (22.02, 94.07), published="2022-08-05"),
    _n("held", "2023-03-14", "Resistance fighters of the Mawlaik PDF killed four junta soldiers in an ambush on "
       "Tuesday, the group said.", CLASH, [_s("People's Defense Force - Mawlaik", PDF), _s(MIL)], [], "Mawlaik",
       None, 4, published="2023-03-15"),
    _n("held", "2024-02-05", "Junta jets bombed Kyaukpyu Township on Monday, killing five civilians, a local "
       "rescue group told RFA.", AIR, [_s(MIL), _s(CIV)], [], "Kyaukpyu", None, 5, published="2024-02-06"),
    _n("held", "2023-11-28", "Troops arrested eight young people in Katha on Tuesday, accusing them of contact "
       "with the PDF, DVB reported.", ARREST, [_s(MIL, POL), _s(CIV)], [], "Katha", published="2023-11-29"),
    _n("held", "2024-06-11", "Soldiers burned about 50 houses in Kyar Pan Nyo village, Ye-U Township, on Tuesday, "
       "residents told The Irrawaddy.", LOOT, [_s(MIL), _s(CIV)], [], "Ye-U", (22.79, 95.44),
       published="2024-06-13"),
)

CLASSES = ("pdf", "ldf", "joint", "eao", "raid", "air", "arrest", "pst", "chain", "spelling", "held")
FIELDS = ("type", "pair", "place", "day", "dead")


def coded(pipe, note: dict):
    """The note coded as an English article published the day after its events (or on its own day of
    publication), and its first dated event with an actor1."""
    from datetime import timedelta

    from sitrep.types import Article

    day = date.fromisoformat(note["day"])
    published = date.fromisoformat(note["published"]) if note["published"] else day + timedelta(days=1)
    events = pipe.code(Article(article_id="mm", text=note["text"], lang="en", published=published))
    return next((e for e in events if e.status in ("reported", "ongoing") and e.actor1), None)


def placed_right(event, note: dict) -> bool:
    """Within 25 km of the village's point or of the township's seat."""
    from sitrep.geo.distance import haversine_km

    place = event.place if event else None
    if place is None or place.lat is None:
        return False
    return any(haversine_km(place.lat, place.lon, lat, lon) <= 25
               for lat, lon in (note["point"], SEAT[note["township"]]))


def scores(event, note: dict) -> dict:
    """Each field right or not, the associates found."""
    from actor_world_stress import pair_ok

    got = (event.actor1.name if event and event.actor1 else None, event.actor2.name if event and event.actor2 else None)
    subs = note["sub"] if isinstance(note["sub"], tuple) else (note["sub"],)
    return {"type": bool(event) and event.sub_event_type in subs,
            "pair": bool(event) and pair_ok(got, note["slots"]),
            "place": placed_right(event, note),
            "day": bool(event) and event.event_date == date.fromisoformat(note["day"]),
            "dead": bool(event) and (event.fatalities or 0) == note["dead"],
            "assoc": joined(event, note["assoc"]), "got": got}


def joined(event, assoc: list[str]) -> list[str]:
    """The gold associates the event names: among either side's associates, or as an actor (forces that fought
    together: one of them is actor1, whichever the note names first)."""
    from actor_world_stress import _stem

    had = {_stem(a.name) for a in ((event.assoc_actor_1 + event.assoc_actor_2 + [event.actor1, event.actor2])
                                   if event else []) if a}
    return [a for a in assoc if _stem(a) in had]


def failure_line(event, note: dict, s: dict) -> str:
    """What a note got wrong: the fields, and what sitrep gave."""
    wrong = [f for f in FIELDS if not s[f]] + (["assoc"] if len(s["assoc"]) < len(note["assoc"]) else [])
    place = event.place if event else None
    where = f"{place.name} ({place.lat:.2f},{place.lon:.2f})" if place and place.lat is not None else "-"
    return (f"{note['cls']}\t{','.join(wrong)}\tgot {event.sub_event_type if event else None} | "
            f"{' / '.join(str(x) for x in s['got'])} | {where} | {event.event_date if event else None} | "
            f"{event.fatalities if event else None}\twant {'|'.join(note['sub']) if isinstance(note['sub'], tuple) else note['sub']} | {' / '.join('|'.join(x) for x in note['slots'])}"
            f" | {note['township']} | {note['day']} | {note['dead']}\t{note['text']}")


def main() -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show-failures", action="store_true", help="the failures (the held class's with --only held)")
    ap.add_argument("--only", help="comma-separated classes: " + ",".join(CLASSES))
    ap.add_argument("--no-mimu", action="store_true", help="switch MIMU's village table off (SITREP_MIMU=0)")
    args = ap.parse_args()
    if args.no_mimu:
        os.environ["SITREP_MIMU"] = "0"
    from sitrep.pipeline import Pipeline

    only = set(args.only.split(",")) if args.only else None
    pipe = Pipeline().load(["en"])
    right, total, assoc_ok, assoc_total = Counter(), Counter(), Counter(), Counter()
    failures = []
    for note in NOTES:
        if only and note["cls"] not in only:
            continue
        event = coded(pipe, note)
        s = scores(event, note)
        keys = (note["cls"], "studied" if note["cls"] != "held" else "held-all")
        for key in keys:
            total[key] += 1
            for f in FIELDS:
                right[key, f] += s[f]
            right[key, "all"] += all(s[f] for f in FIELDS)
            assoc_total[key] += len(note["assoc"])
            assoc_ok[key] += len(s["assoc"])
        studied = note["cls"] != "held" or (only and "held" in only)  # the held notes' failures only when asked
        if studied and (not all(s[f] for f in FIELDS) or len(s["assoc"]) < len(note["assoc"])):
            failures.append(failure_line(event, note, s))
    print(f"{sum(total[c] for c in CLASSES)} notes, MIMU {'off' if args.no_mimu else 'as installed'}")
    print("| class | notes | sub-event | pair | place 25 km | day | fatalities | all five | associates |")
    for key in [c for c in CLASSES if total[c]] + [k for k in ("studied", "held-all") if total[k]]:
        print(f"| {key} | {total[key]} | " + " | ".join(f"{right[key, f] / total[key]:.3f}" for f in FIELDS)
              + f" | {right[key, 'all'] / total[key]:.3f} | "
              + (f"{assoc_ok[key]}/{assoc_total[key]}" if assoc_total[key] else "-") + " |")
    if args.show_failures:
        print("\n".join(failures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
