"""French actor stress set: who struck whom in invented world-conflict dispatches.

    PYTHONPATH=. .venv/bin/python bench/fr_actor_stress.py [--show-failures] [--only ID]

Issue 13: on fr_dev2 the matched events' actor pair is the weakest field. These dispatches were written for this
set in the manner of RFI, AFP, BBC Afrique and Radio Okapi (not from any dev text: ``tools/ngram_check`` 0), each
with one of the shapes that decide the sides: a country as the subject of a strike ("la Russie a tiré"), a
weapon or air force of a demonym ("des missiles russes", "l'aviation russe"), the passive ("ont été tués par
des éléments de"), "attribuée à", "revendiquée par", "l'armée a repoussé une attaque de X" (X is actor1),
"accrochage entre X et Y", "frappe de drone de l'armée", "selon l'armée, des terroristes ont", a wave of
strikes signed once for the whole article, a force firing on demonstrators. Gold: sub-event type, actor1 and
actor2 as words of ACLED's names (None: no actor2; "?": not scored), day. A gold event takes the best dated
event of its ACLED event type; the actor pair is right when both sides are, in either order, as ``score_events``
reads them (a force against protesters is actor2, as ACLED codes it). Places are not scored here.
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from datetime import date

from fr_world_stress import ABD, AC, AIR, ATT, SB, SH, _day, coded_french, dated, print_failures, tally

from sitrep.normalise.taxonomy import event_type_of
from sitrep.text import fold

EF = "Excessive force against protesters"
RU, UA, IL = "Military Forces of Russia", "Military Forces of Ukraine", "Military Forces of Israel"
RSF, SAF, DRC = "Rapid Support Forces", "Military Forces of Sudan", "Military Forces of the Democratic Republic"
ML, BF, NE, NG = "Military Forces of Mali", "Military Forces of Burkina Faso", "Military Forces of Niger", "Military Forces of Nigeria"
HOUTHI, SHEBAB = "Supreme Political Council", "Al Shabaab"


def ev(sub, actor1, actor2, day):
    return {"sub": sub, "a1": actor1, "a2": actor2, "day": day}


# (id, publication date, text, events)
ARTICLES = [
    ("ukr_pays_sujet", date(2025, 3, 8), """Ukraine : Odessa de nouveau visée dans la nuit

KIEV (AFP) - La Russie a tiré dans la nuit de vendredi à samedi une salve de missiles balistiques sur Odessa, tuant quatre civils et endommageant des entrepôts du port, a annoncé le gouverneur régional Oleh Kiper.

Le port de la mer Noire est régulièrement pris pour cible depuis l'été.""",
     [ev(SH, RU, "?", ("vendredi", "samedi"))]),

    ("ukr_missiles_russes", date(2025, 2, 12), """Kharkiv : trois morts sous des missiles russes

Des missiles russes se sont abattus mercredi matin sur un quartier résidentiel de Kharkiv, tuant trois habitants et en blessant une dizaine, selon le maire Igor Terekhov. Un immeuble de cinq étages a été en partie détruit.""",
     [ev(SH, RU, "?", "mercredi")]),

    ("ukr_aviation_russe", date(2025, 4, 15), """Zaporijjia : l'aviation russe largue des bombes planantes

L'aviation russe a largué mardi plusieurs bombes guidées sur la périphérie de Zaporijjia, tuant deux personnes, a indiqué l'administration militaire régionale. Les secouristes fouillaient encore les décombres en soirée.""",
     [ev(AIR, RU, "?", "mardi")]),

    ("ukr_vague_signee", date(2025, 1, 20), """Ukraine : vaste attaque contre le réseau électrique

KIEV (RFI) - Moscou a lancé dans la nuit de dimanche à lundi une attaque combinée de missiles et de drones visant le réseau électrique ukrainien, selon l'opérateur national Ukrenergo. A Kiev, deux sous-stations ont été touchées et une partie de la rive gauche est privée de courant.

Des frappes ont également été signalées à Dnipro, où un entrepôt a pris feu, ainsi qu'à Lviv, dans l'ouest du pays, loin de la ligne de front.

Le président Volodymyr Zelensky a de nouveau réclamé davantage de systèmes de défense antiaérienne.""",
     [ev(SH, RU, "?", ("dimanche", "lundi")), ev(SH, RU, "?", ("dimanche", "lundi")),
      ev(SH, RU, "?", ("dimanche", "lundi"))]),

    ("ukr_ukraine_sujet", date(2025, 3, 14), """Russie : une raffinerie en feu après une attaque de drones

L'Ukraine a frappé dans la nuit de jeudi à vendredi une raffinerie de la région de Briansk avec une vague de drones, a affirmé le gouverneur régional Alexandre Bogomaz. Un incendie s'est déclaré sur le site, sans faire de victimes selon lui.""",
     [ev(AIR, UA, "?", ("jeudi", "vendredi"))]),

    ("ukr_frappes_russes_kherson", date(2025, 5, 6), """Kherson : un bus touché par une frappe russe

Une frappe russe a visé mardi un bus de ville à Kherson, tuant un chauffeur et un passager, a déclaré le chef de l'administration militaire régionale. La ville, sur la rive droite du Dniepr, est pilonnée presque chaque jour par l'artillerie déployée sur l'autre rive.""",
     [ev(SH, RU, "?", "mardi")]),

    ("ukr_moscou_drones_soumy", date(2025, 6, 3), """Soumy sous les drones

Les forces russes ont lancé mardi une trentaine de drones explosifs sur la ville de Soumy, dans le nord-est de l'Ukraine, tuant une femme, selon les autorités régionales. Des habitations et une école ont été endommagées.""",
     [ev(AIR, RU, "?", "mardi")]),

    ("isr_pays_sujet_liban", date(2025, 2, 18), """Liban : nouvelles frappes israéliennes dans le sud

BEYROUTH (AFP) - Israël a mené mardi des frappes aériennes dans le sud du Liban, visant selon l'armée israélienne des dépôts d'armes du Hezbollah près de Nabatiyé. Deux personnes ont été tuées, a indiqué le ministère libanais de la Santé.

Un cessez-le-feu est pourtant en vigueur depuis novembre.""",
     [ev(AIR, IL, "Hezbollah", "mardi")]),

    ("gaza_frappe_israelienne", date(2025, 4, 10), """Gaza : six morts dans une frappe sur un camp de déplacés

Une frappe israélienne a tué six personnes jeudi à l'aube dans un camp de déplacés de Khan Younès, dans le sud de la bande de Gaza, selon la Défense civile du territoire. Parmi les victimes figurent deux enfants.""",
     [ev(AIR, IL, "Civilians (Palestine)", "jeudi")]),

    ("iran_pays_sujet", date(2025, 6, 22), """Israël : des missiles iraniens frappent le sud

L'Iran a tiré samedi soir une nouvelle salve de missiles balistiques vers Israël. La plupart ont été interceptés, mais un projectile s'est écrasé près d'un hôpital de Beersheba, faisant plusieurs blessés légers, selon les secours israéliens.""",
     [ev(SH, "Military Forces of Iran", "?", "samedi")]),

    ("yemen_usa_houthis", date(2025, 4, 1), """Yémen : frappes américaines sur la province de Hodeïda

Les Etats-Unis ont frappé lundi des positions des rebelles houthis dans la province de Hodeïda, dans l'ouest du Yémen, a annoncé le commandement militaire américain pour le Moyen-Orient. Les Houthis ont fait état de quatre morts.""",
     [ev(AIR, "Military Forces of the United States", HOUTHI, "lundi")]),

    ("yemen_houthis_marib", date(2025, 2, 27), """Yémen : un drone houthi frappe un camp militaire à Marib

Une frappe de drone attribuée aux Houthis a touché jeudi un camp des forces gouvernementales dans la province de Marib, tuant trois soldats, selon une source militaire.""",
     [ev(AIR, HOUTHI, "?", "jeudi")]),

    ("mali_jnim_camp", date(2025, 5, 13), """Mali : le JNIM attaque un camp de l'armée dans le centre

BAMAKO (RFI) - Le JNIM, lié à Al-Qaïda, a attaqué lundi le camp militaire de Dioura, dans la région de Mopti, a indiqué une source sécuritaire. Plusieurs soldats maliens ont été tués, selon des élus locaux.""",
     [ev(AC, "JNIM", ML, "lundi")]),

    ("burkina_armee_repousse", date(2025, 3, 19), """Burkina Faso : l'armée dit avoir repoussé une attaque à Seytenga

L'armée burkinabè affirme avoir repoussé mardi une attaque de l'Etat islamique au Sahel contre son détachement de Seytenga, dans le nord du pays. Une vingtaine d'assaillants ont été neutralisés, selon un communiqué.""",
     [ev(AC, "Islamic State (Sahel)", BF, "mardi")]),

    ("niger_passif_embuscade", date(2025, 1, 24), """Niger : douze soldats tués dans une embuscade

Douze soldats nigériens ont été tués jeudi par des combattants de l'Etat islamique au Sahel dans une embuscade près de Tillabéri, a annoncé le ministère de la Défense. L'armée a lancé une opération de ratissage.""",
     [ev(AC, "Islamic State (Sahel)", NE, "jeudi")]),

    ("mali_revendiquee", date(2025, 7, 2), """Mali : l'attaque contre un poste militaire près de Kayes revendiquée

L'attaque menée mardi contre un poste militaire près de Kayes, dans l'ouest du Mali, a été revendiquée par le JNIM. L'armée malienne avait fait état de combats intenses et de pertes dans ses rangs.""",
     [ev(AC, "JNIM", ML, "mardi")]),

    ("mali_drone_armee", date(2025, 3, 17), """Mali : huit civils tués par une frappe de drone

Une frappe de drone de l'armée malienne a tué huit civils dimanche sur une foire hebdomadaire près de Léré, dans la région de Tombouctou, selon des habitants et un élu local. L'armée affirme avoir visé des terroristes.""",
     [ev(AIR, ML, "Civilians (Mali)", "dimanche")]),

    ("mali_africa_corps", date(2025, 6, 10), """Mali : des bergers tués près de Niono

Des éléments d'Africa Corps ont tué cinq bergers lundi près de Niono, dans le centre du Mali, selon des proches des victimes. Les paramilitaires russes accompagnaient une patrouille de l'armée.""",
     [ev(ATT, "Wagner", "Civilians (Mali)", "lundi")]),

    ("burkina_selon_armee", date(2025, 2, 9), """Burkina Faso : une attaque contre le détachement de Djibo

Selon l'armée, des terroristes ont attaqué samedi le détachement militaire de Djibo puis mis en fuite par les soldats et les Volontaires pour la défense de la patrie. Le bilan n'a pas été communiqué.""",
     [ev(AC, "?", BF, "samedi")]),

    ("rdc_adf_passif", date(2025, 3, 5), """Beni : quinze civils tués à Mangina

Au moins quinze civils ont été tués dans la nuit de mardi à mercredi par des rebelles ADF dans le village de Mangina, territoire de Beni, rapporte la société civile locale. Des maisons ont été incendiées.""",
     [ev(ATT, "ADF", "Civilians (Democratic Republic of Congo)", ("mardi", "mercredi"))]),

    ("rdc_m23_fardc_accrochage", date(2025, 2, 14), """Masisi : accrochage entre les FARDC et le M23

Un accrochage a opposé jeudi les FARDC aux rebelles du M23 dans le groupement de Kamuronza, en territoire de Masisi, rapporte Radio Okapi. Les tirs ont duré plusieurs heures.""",
     [ev(AC, "M23", DRC, "jeudi")]),

    ("rdc_codeco_attribuee", date(2025, 4, 14), """Djugu : sept morts sur un site de déplacés

Une attaque attribuée à la milice CODECO a fait sept morts dimanche sur le site de déplacés de Plaine Savo, en territoire de Djugu (Ituri), selon des sources humanitaires.""",
     [ev(ATT, "CODECO", "Civilians (Democratic Republic of Congo)", "dimanche")]),

    ("rdc_wazalendo_m23", date(2025, 5, 10), """Nord-Kivu : les Wazalendo attaquent des positions du M23

Des combattants Wazalendo ont attaqué samedi des positions du M23 près de Sake, à l'ouest de Goma, selon des sources locales. Les combats ont poussé des centaines de familles à fuir.""",
     [ev(AC, "Wazalendo", "M23", "samedi")]),

    ("rdc_fardc_repoussent_adf", date(2025, 1, 30), """Oicha : les FARDC repoussent une incursion des ADF

Les FARDC ont repoussé mercredi une incursion des ADF dans un quartier périphérique d'Oicha, territoire de Beni. Trois assaillants ont été neutralisés, selon un officier du secteur.""",
     [ev(AC, "ADF", DRC, "mercredi")]),

    ("soudan_fsr_bombardent", date(2025, 4, 12), """Soudan : le camp de Zamzam bombardé

Les Forces de soutien rapide ont bombardé vendredi le camp de déplacés de Zamzam, au sud d'El-Facher, tuant dix civils, selon un groupe de secouristes bénévoles.""",
     [ev(SH, RSF, "Civilians (Sudan)", "vendredi")]),

    ("soudan_drone_armee", date(2025, 3, 11), """Soudan : un marché de Nyala frappé par un drone

Un drone de l'armée soudanaise a frappé lundi un marché de Nyala, ville du Darfour-Sud tenue par les paramilitaires, tuant au moins douze personnes, selon des médecins.""",
     [ev(AIR, SAF, "?", "lundi")]),

    ("soudan_accrochage", date(2025, 2, 20), """Kordofan : combats à Babanousa

Des combats ont éclaté mercredi entre l'armée et les FSR aux abords de Babanousa, dans l'Ouest-Kordofan, selon des habitants. Les paramilitaires tentent depuis des mois de s'emparer de la base de la 22e division.""",
     [ev(AC, RSF, SAF, "mercredi")]),

    ("somalie_shebab_revendique", date(2025, 3, 25), """Somalie : attentat-suicide devant un restaurant de Mogadiscio

Les shebab ont revendiqué l'attentat-suicide qui a tué neuf personnes mardi devant un restaurant de Mogadiscio, très fréquenté par des fonctionnaires. Le kamikaze a actionné sa ceinture d'explosifs à l'entrée.""",
     [ev(SB, SHEBAB, "?", "mardi")]),

    ("somalie_armee_repousse", date(2025, 5, 16), """Somalie : attaque des shebab contre une base dans le Moyen-Chébéli

L'armée somalienne dit avoir repoussé jeudi une attaque des shebab contre sa base de Mahaday, dans le Moyen-Chébéli. Quinze combattants islamistes ont été tués, selon le ministère de l'Information.""",
     [ev(AC, SHEBAB, "Military Forces of Somalia", "jeudi")]),

    ("nigeria_iswap_base", date(2025, 3, 23), """Nigeria : l'ISWAP attaque une base de l'armée

Des combattants de l'ISWAP ont attaqué samedi une base de l'armée nigériane à Malam Fatori, dans l'Etat de Borno, selon deux sources sécuritaires. Des soldats ont été tués et des véhicules emportés.""",
     [ev(AC, "Islamic State (West Africa)", NG, "samedi")]),

    ("nigeria_boko_passif", date(2025, 1, 16), """Borno : huit agriculteurs tués

Huit agriculteurs ont été tués mercredi par des éléments de Boko Haram alors qu'ils travaillaient dans leurs champs près de Dikwa, dans l'Etat de Borno, ont indiqué des miliciens locaux.""",
     [ev(ATT, "Boko Haram", "Civilians (Nigeria)", "mercredi")]),

    ("nigeria_bandits_enlevement", date(2025, 2, 26), """Zamfara : une trentaine de villageois enlevés

Des bandits armés ont enlevé mardi une trentaine d'habitants du village de Kairu, dans l'Etat de Zamfara, dans le nord-ouest du Nigeria, selon la police locale.""",
     [ev(ABD, "?", "Civilians (Nigeria)", "mardi")]),

    ("tchad_boko_armee", date(2025, 4, 3), """Tchad : attaque de Boko Haram sur une position de l'armée

Boko Haram a attaqué mercredi une position de l'armée tchadienne sur une île du lac Tchad, près de Ngouboua, tuant six soldats, a annoncé l'état-major. L'armée a lancé une contre-offensive.""",
     [ev(AC, "Boko Haram", "Military Forces of Chad", "mercredi")]),

    ("haiti_viv_ansanm", date(2025, 3, 31), """Haïti : le commissariat de Mirebalais attaqué

La coalition de gangs Viv Ansanm a attaqué lundi le commissariat de Mirebalais, dans le Centre, obligeant les policiers à se replier, selon un responsable local.""",
     [ev(AC, "Viv Ansanm", "Police Forces of Haiti", "lundi")]),

    ("pakistan_frappes_afgh", date(2025, 3, 18), """Afghanistan : frappes pakistanaises dans le Paktika

Le Pakistan a mené dans la nuit de lundi à mardi des frappes aériennes dans la province afghane de Paktika, visant selon Islamabad des camps du TTP. Les talibans ont fait état de civils tués.""",
     [ev(AIR, "Military Forces of Pakistan", "?", ("lundi", "mardi"))]),

    ("pakistan_ttp_poste", date(2025, 4, 17), """Pakistan : six soldats tués au Waziristan du Nord

Des militants du TTP ont attaqué mercredi un poste de contrôle de l'armée au Waziristan du Nord, tuant six soldats, selon l'armée pakistanaise. Quatre assaillants ont été tués.""",
     [ev(AC, "Tehreek-i-Taliban Pakistan", "Military Forces of Pakistan", "mercredi")]),

    ("liban_hezbollah_roquettes", date(2024, 8, 9), """Israël : le Hezbollah tire des roquettes sur la Galilée

Le Hezbollah a tiré jeudi une trentaine de roquettes sur le nord d'Israël, visant selon lui une caserne près de Kiryat Shmona. La plupart ont été interceptées par la défense antiaérienne.""",
     [ev(SH, "Hezbollah", "?", "jeudi")]),

    ("gaza_hamas_embuscade", date(2024, 11, 8), """Gaza : le Hamas revendique une embuscade à Beit Hanoun

La branche armée du Hamas a revendiqué jeudi une embuscade contre des soldats israéliens à Beit Hanoun, dans le nord de la bande de Gaza. L'armée israélienne a confirmé la mort de deux militaires.""",
     [ev(AC, "Hamas", IL, "jeudi")]),

    ("mozambique_police_manifestants", date(2024, 11, 8), """Mozambique : la police tire sur des manifestants à Maputo

Les forces de l'ordre ont ouvert le feu jeudi sur des manifestants qui contestaient les résultats de la présidentielle à Maputo, tuant trois personnes, selon une ONG locale de défense des droits humains.""",
     [ev(EF, "Protesters (Mozambique)", "Police Forces of Mozambique", "jeudi")]),

    ("soudan_soldats_foule", date(2025, 1, 14), """Soudan : des soldats tirent sur un cortège à Omdurman

Des soldats ont tiré lundi sur un cortège de manifestants qui réclamaient un pouvoir civil à Omdurman, tuant deux jeunes, selon un comité de médecins.""",
     [ev(EF, "Protesters (Sudan)", SAF, "lundi")]),

    ("rdc_adf_revendique_ei", date(2025, 6, 19), """Ituri : une attaque contre des soldats près de Komanda

Des rebelles ADF ont tendu mercredi une embuscade à un convoi des FARDC près de Komanda, en Ituri, tuant quatre militaires, selon une source sécuritaire.""",
     [ev(AC, "ADF", DRC, "mercredi")]),
]


def _side(want, actor) -> bool:
    if want == "?":
        return True
    if want is None:
        return actor is None
    return actor is not None and fold(want) in fold(actor.name)


def _checks(gold, e, published) -> dict:
    pair = _side(gold["a1"], e.actor1) and _side(gold["a2"], e.actor2)
    pair = pair or _side(gold["a1"], e.actor2) and _side(gold["a2"], e.actor1)
    return {"sub": e.sub_event_type == gold["sub"], "actors": pair, "actor1": _side(gold["a1"], e.actor1),
            "date": e.event_date in _day(gold["day"], published)}


def score(article, events) -> list:
    """Each gold event takes the best unused dated event of its ACLED type."""
    _, published, _, golds = article
    left = dated(events)
    rows = []
    for gold in golds:
        same = [e for e in left if e.event_type == event_type_of(gold["sub"])]
        best = max(same, key=lambda e: sum(_checks(gold, e, published).values()), default=None)
        if best is not None:
            left.remove(best)
        rows.append((gold, best, _checks(gold, best, published) if best is not None else None))
    return rows


def _show(e) -> str:
    actors = " / ".join(a.name if a is not None else "-" for a in (e.actor1, e.actor2))
    return f"{e.sub_event_type} | {actors} | {e.event_date} | {e.trigger.text if e.trigger else ''}"


def main() -> int:
    args, articles, coded = coded_french(__doc__, ARTICLES, "AFP")
    total, failures = Counter(), []
    t0 = time.perf_counter()
    for article, events in coded:
        aid, published, text, _ = article
        lines = []
        for gold, e, checks in score(article, events):
            line = tally(total, e, checks, f"{gold['sub']} | {gold['a1']} / {gold['a2']} | {gold['day']}", _show)
            if line:
                lines.append(line)
        if lines:
            failures.append((aid, published, lines))
    n = total["gold"]
    print(f"{len(articles)} articles, {n} events, {time.perf_counter() - t0:.0f} s")
    print(f"found {total['found']}/{n}; actor pair {total['actors']}, actor1 {total['actor1']}, "
          f"sub-type {total['sub']}, day {total['date']}")
    if args.show_failures:
        print_failures(failures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
