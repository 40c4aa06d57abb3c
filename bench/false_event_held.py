"""False-event held set: invented French and English general-news articles where no dated event should be coded, and
others where one real event is told near the same kinds of words.

    PYTHONPATH=.:bench .venv/bin/python bench/false_event_held.py [--show-failures] [--only ID] [--set held|studied|fresh|fresh2|fresh3|fresh4|fresh5|fresh6|fresh7|fresh8|fresh9|fresh10|fresh11|fresh12]

Issue 13: fr_dev2's held-out twin is mostly political news and world pages, and every dated event coded where an
ACLED coder codes none costs its precision. The false events of the earlier benches fall into classes: a figurative
word of violence (sport, markets, a debate), a past event retold as background with no date of its own, a plan or
a threat, a statement or a condemnation, the trial of an old act, the toll of a whole war, another article's
teaser ("Lire aussi", "Read more"), one event told twice (headline, lead, recap) made into two. ``HELD`` holds 44
articles written for this set before any rule was tuned (other countries and wordings than the benches studied:
Mali, Niger, Chad, Central Africa, Cameroon, Senegal, Guinea, Sudan, Nigeria, Somalia, Pakistan, Colombia,
Mozambique, Ukraine), 24 with no event and 20 with one. ``STUDIED`` holds six articles
written while the rules were fixed, one per class fixed. ``HELD`` was written in the thirty-fourth session and is
studied from the thirty-seventh; ``FRESH`` (26 articles, 18 French, 16 with no event: DR Congo, Cameroon, the Sahel,
Haiti, Ukraine, Lebanon, Gaza and the West Bank) is the thirty-seventh session's held-out group, studied from the
thirty-ninth session; ``FRESH2`` (28 articles, 19 French, 19 with no event: a reshuffle, an electoral calendar, trials,
donors' conferences, a minister's threat, ceasefire talks, anniversaries, yearly tolls, a general's interview,
sanctions lists, aid appeals; DR Congo, Central Africa, Guinea, Sudan, Mali, Niger, Burkina, Cameroon, Haiti, Ukraine,
Somalia, Yemen) is the thirty-ninth session's held-out group, studied from the fortieth session; ``FRESH3`` (28
articles, 19 French, 19 with no event: a reshuffle, a referendum campaign, a trial's adjournment, a mining contract,
a homily, a governor's tour, a dialogue's resolutions, a border reopening, UN reports, commemorations, a refugee
return, a transfer, flood tolls; DR Congo, Burkina, Benin, Niger, Senegal, Central Africa, Mali, Cameroon, Ukraine,
Mozambique, Sudan, South Sudan, Chad, Nigeria, Rwanda, Somalia, Kenya) is the fortieth session's held-out group,
studied from the forty-first session; ``FRESH4`` (28 articles, 19 French, 19 with no event: a reshuffle, a referendum
campaign, a trial's adjournment, mining deals, a homily, a governor's tour, a dialogue's resolutions, a border
reopening, UN tolls, commemorations, a refugee return, a transfer, flood tolls; Niger, Chad, Burkina, DR Congo, Mali,
Benin, Senegal, Central Africa, Ukraine, Haiti, Kenya, Nigeria, Sudan, South Sudan) is the forty-first session's
held-out group, studied from the forty-second session (its Doha prisoner exchange golded then as an Agreement);
``FRESH5`` (69 articles, 50 French, 51 with no event: reshuffles, budgets, electoral rolls, talks, decrees, senate
results, mining permits and contracts, IMF programmes, a roadmap, calls to march, summits, an epidemic, peace talks,
reconstruction and donors' conferences, disarmament timetables, famine and flood appeals, football and market
reports, a teaser, trials, commemorations, rights reports, a minister's threat, refugee returns, sanctions, a death
sentence in absentia, strikes of teachers; Mali, Niger, Cameroon, DR Congo, Burkina, Chad, Central Africa, Senegal,
Guinea, Togo, Nigeria, Ukraine, Gaza, Lebanon, Haiti, Sudan, Mozambique, Somalia, Benin, Syria, Myanmar, Pakistan,
Ethiopia, Kenya) is the forty-second session's held-out group, studied from the forty-third session; ``FRESH6`` (73
articles, 56 French, 55 with no event: a uranium decree, a transition charter, a factory opened, a pardon, a call to a
dead-city day, a peace accord's follow-up, cholera, a reshuffle, a UN mandate, a debt quarrel, a court's results, an
anniversary of repressed marches, an electoral campaign, cocoa prices with a teaser, a security emergency, a parallel
government, a suspended trial, a mission short of funds, air defences asked for, peace talks, yearly, quarterly and
war tolls, municipal results, an inquiry's report, a dialogue pact, a dam dispute, football, stock and oil markets
and a parliament told in words of violence, an appeal trial, a genocide commemoration, a blockade threatened, an
offensive announced, a rights report, refugees arriving, sanctions, a general's interview, a school year, a
candidacy, schools shut for want of fuel, a strike called, a police trial; in English a fuel rationing, service
chiefs replaced, an aid appeal, a loan, truce talks, border talks, a curfew extended, an IMF loan, talks offered, a
mission's exit; Mali, Niger, Burkina, Chad, DR Congo, Cameroon, Central Africa, Senegal, Guinea, Togo, Benin, Côte
d'Ivoire, Nigeria, Sudan, South Sudan, Somalia, Ukraine, Gaza, Lebanon, Syria, Haiti, Mozambique, Ethiopia, Rwanda,
Mauritania, Kenya, Pakistan, Myanmar) is the forty-third session's held-out group, run on 64e408b before any rule,
studied from the forty-fourth session; ``FRESH7`` (63 articles, 45 French, 43 with no event: a war budget, a gold
mine's settlement, a homage to the fallen, talks in Doha with fighting gone on for weeks, a currency rout, governors
named, an electoral calendar, an oil contract, a donors' conference, an electoral law, a budget debate in words of
fire, a court's results, a campaign under guard, a putsch trial adjourned, a call to three days of marches, air
defences asked for, Cairo talks, a reconstruction conference, indirect elections, a yearly gang toll, a gas project
resumed, a dam dispute, a football rout, police recruits, a minister's threat, a rights report, fuel convoys
attacked for weeks, a junta's speech, a school lockdown threatened, a military accord renewed, refugees arriving;
in English a war budget, a mine settlement, talks postponed, sanctions, a stock rout, an election law, a defence
budget, election results, a minerals deal, a police chief named, protests called, a U.N. vote; 20 with one dated act
among such news; Mali, Niger, Burkina, DR Congo, Cameroon, Central Africa, Chad, Sudan, Somalia, Senegal, Guinea,
Côte d'Ivoire, Benin, Togo, Ukraine, Gaza, Lebanon, Syria, Haiti, Mozambique, Ethiopia, Nigeria, Pakistan, Myanmar,
Kenya) is the forty-fourth session's held-out group, run on 1dda54c9 before any rule, studied from the forty-fifth
session; ``FRESH8`` (65 articles, 47 French, 45 with no event: a reshuffle with operations going on for months, power
cuts under strikes "qui visent depuis des semaines", truce talks that stall, peace talks offered, a parties' pact, a
follow-up committee's meeting, an anniversary of repressed marches, a threatened abduction of teachers, a curfew
extended, a football rout told in words of killing, crude that "est tombé" to a low, an IMF mission, a campaign
under guard, election results with 2019's violence as background, a trial adjourned, a mine nationalised, an
epidemic's end, fuel queues with convoys attacked, a reconstruction plan, a law on parties, elections put off, a gas
project resumed, the Nile dam quarrel, sanctions, a UN experts' report, a boycott, a memorial, parties dissolved, a
war toll, a state of emergency lifted, a dialogue with armed groups, peacekeepers cut, an election's appeals; in
English border talks ended "without a deal" with clashes months before, ceasefire talks stalled, a truce roadmap,
talks offered, oil at a low, a football "destroy", a curfew extended, an oversight committee, an election delayed, a
U.N. force, an election date, an IMF programme; 20 with one dated act among such news; Mali, Burkina, Niger, DR
Congo, Cameroon, Central Africa, Chad, Sudan, Haiti, Mozambique, Lebanon, Ukraine, Guinea, Gaza, Syria, Togo,
Senegal, Benin, Côte d'Ivoire, Ethiopia, Somalia, Nigeria, Pakistan, Myanmar, Kenya) is the forty-fifth session's
held-out group, run on 481aac0c before any rule, studied from the forty-sixth session; ``FRESH9`` (60 articles, 42
French, 40 with no event: a military programming law with incursions that "demeurent fréquentes", a forum in a region
"au cœur des affrontements", reinforcements promised, a cobalt contract signed, Doha talks put off again, a school
year under separatists who "tiennent" the countryside, a local electoral calendar, a new government, a yearly war
toll, refugees driven over a border since January, a Prime Minister named, a gas project restarted, a banking law
with strikes "presque chaque jour", Istanbul talks ended without a ceasefire with an offensive "tout au long de
l'été", a reconstruction conference, a constitutional declaration with last year's killings, a protest called for
Thursday, an austerity budget, "ville morte" days called, an army budget with attacks "multipliées ces derniers
mois", a campaign under guard with 2020's dead, a national dialogue with Fano clashes going on, a mission short of
funds, a ransom report, a trial put off, a football "correction", cocoa "massacré", a memorial to a camp's dead; in
English Jeddah talks "postponed again", a minerals deal signed, Al Shabaab holding the countryside, an offensive kept
up through the winter, a tax bill with demonstrations "two years ago" that turned deadly, a record budget, a yearly
gang toll, talks offered, an election date, emergency rule extended, protests called, Gaza talks stalled; 20 with one
dated act among such news; Mali, Burkina, Niger, DR Congo, Cameroon, Central Africa, Chad, Sudan, Haiti, Mozambique,
Lebanon, Ukraine, Gaza, Syria, Guinea, Senegal, Togo, Benin, Côte d'Ivoire, Ethiopia, Somalia, Nigeria, Kenya,
Pakistan, Myanmar) is the forty-sixth session's held-out group, run on 6705affe before any rule, studied from the
forty-seventh session; ``FRESH10`` (60 articles, 42 French, 40 with no event: a reshuffle with operations going on for
months, a parties' charter, crude "tombé" to a low, a peace accord's oversight committee with troops "restent
déployées", Luanda "pourparlers" with "les villes qu'ils occupent", a separatists' lockdown called, a curfew
prolonged, a defence budget with refugees for two years, a donors' conference, a new force "pour combattre les gangs"
due in June, a gas project resumed after Palma, a reconstruction plan, a security summit, a post-war committee, an
election decreed with last year's violence, a campaign under guard, a football "écrase", a dialogue resumed after
repressed marches, an IMF tranche, election results upheld, a regional president named, a mission cut, a ransom
report, a trial put off, cocoa in a "déroute", a homage to a camp's dead, health workers "déployés", refugees
returning; in English oil "fell to a three-year low", a football "thrashed" with its score in the headline, a debt
restructuring that "advances", border crossings closed since clashes "several months ago", a curfew extended, a
minerals partnership, a "new force to fight Haiti's gangs" in the headline, an exile's return with last election's
dead, a president's vow, border talks weeks after fire, an election phase, an army's claim of a month's raids; 20
with one dated act among such news; Mali, Burkina, Niger, DR Congo, Cameroon, Central Africa, Chad, Sudan, Haiti,
Mozambique, Lebanon, Ukraine, Gaza, Syria, Guinea, Senegal, Togo, Benin, Côte d'Ivoire, Ethiopia, Somalia, Nigeria,
Kenya, Pakistan, Myanmar) is the forty-seventh session's held-out group, run on ffee3caa before any rule, studied
from the forty-eighth session; ``FRESH11`` (60 articles, 42 French, 40 with no event: an artisanal gold-mining decree,
a general mobilisation prolonged, ministers' trial put off, a football "exécutent" and "massacré", a cobalt memorandum,
Doha talks on prisoners' releases that stall with fighting going on, a school year under separatists' dead-city days,
a UN mandate renewed, a Prime Minister named, a donors' conference with the war's toll, cholera in camps, a
transition council's rotating chair with gangs that control the capital, a UN budget for a force "chargée de
réprimer les gangs", an IMF mission, legislative elections with 2022's repressed marches, municipal results, a
defence budget with incursions "depuis plusieurs années", cocoa that "s'envole" in a "bataille acharnée", a
reconstruction bill, an energy conference with last winter's strikes, Cairo talks on "libérations d'otages et de
prisonniers", integration talks, a force majeure lifted, an electoral model rejected, a governor's security budget,
a dam protest, refugees returning under escort, a film festival under guard; in English a record budget while "the
military is battling Islamist insurgents", gold "smashes record", a cricket "demolish", Sudan talks "postponed
again", "Congo inks cobalt refining deal", a Tigray head named, protests called with deadly ones "two years ago", an
AU mission short of funds, "a new force to suppress Haiti's gangs" due in October, local results upheld with last
year's dead, emergency rule extended, border trade to reopen after clashes "earlier this year"; 20 with one dated
act among such news) is the forty-eighth session's held-out group, run on 5e7b1ab1 before any rule, studied from the
forty-ninth session; ``FRESH12`` (60 articles, 42 French, 40 with no event: a war's amended finance law, a
refoundation conference's report, a football "pulvérisent" and "carnage", a provincial electoral calendar with
territories under occupation, a mediator's roadmap with a withdrawal of foreign troops, a university reopened after
the separatists' burnings, a new government a year after the army's losses, peacekeepers cut, a minister "sous le
feu" of deputies, a presidential date with the repressed marches of a former regime, a cocoa "hécatombe", a park
reopened after incursions, an IMF disbursement, a London donors' conference with the war's toll, an electoral
calendar with gangs that control the capital, a winter energy plan after last winter's strikes, a plan to rebuild
border villages, Cairo talks on hostages and detainees, a constitutional committee, a gas site relaunched after
Palma, a federal calendar rejected with last year's clashes, an amnesty offered to bandits, a journalist's trial put
off, a march of support announced, a teachers' strike threatened, a uranium permit, an electoral court's rulings,
a flood toll; in English copper that "crashed" with stocks "pummelled", a football "massacre", gold seized in a tax
row, ceasefire talks that "collapsed", an election date with the army "fighting Fano militias since 2023", a budget
with Al Shabaab holding the countryside, police to deploy to Haiti next month, an IMF staff deal with last year's
attacks, a junta's voting phase with fighting that "rages", a tribunal upholding a governor with the vote's
violence, record grain exports despite strikes over the past year, Doha talks to resume with cities held; 20 with
one dated act among such news) is the forty-ninth session's held-out group, run on bc4d69f4 before any rule; its
failures print only when it is named (``--set fresh12 --show-failures``). None is taken from a dev text. Scoring is fr_figurative_stress's
(fr_world_stress's match: a gold event takes the best dated event of its ACLED type, place within 50 km; every
dated event left over is false); each set is scored apart. Nothing is written.
"""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fr_figurative_stress import code_and_score, report  # noqa: E402
from fr_world_stress import ABD, AC, AIR, ATT, IED, PP, SB, SH, ev  # noqa: E402

from sitrep.pipeline import Pipeline  # noqa: E402

PWI, MOB, AGR = "Protest with intervention", "Mob violence", "Agreement"

# places (general knowledge, town centres)
MOPTI, SEGOU, MENAKA, TILLABERI, NIAMEY, DORI = ((14.49, -4.20), (13.43, -6.26), (15.92, 2.40), (14.21, 1.45),
                                                  (13.51, 2.11), (14.03, -0.03))
BANGUI, BAMBARI, MAROUA, MORA, DOUALA = (4.36, 18.56), (5.76, 20.67), (10.59, 14.32), (11.05, 14.14), (4.05, 9.70)
DAKAR, CONAKRY, EL_FASHER, OMDURMAN = (14.69, -17.45), (9.54, -13.68), (13.63, 25.35), (15.64, 32.48)
MAIDUGURI, GUSAU, LAGOS, MOGADISHU = (11.85, 13.16), (12.16, 6.66), (6.52, 3.38), (2.04, 45.34)
PESHAWAR, QUETTA, SARAVENA, MACOMIA, KHARKIV = ((34.01, 71.58), (30.18, 66.98), (6.95, -71.88),
                                                (-11.97, 40.14), (49.99, 36.23))

# (id, publication date, text, events), as in fr_world_stress; an English article's day is an int (days before)
FR_NONE = [
    ("fr_anniv_massacre", date(2025, 3, 24), """Mali : cinq ans après, les familles de Ségou réclament toujours justice

SÉGOU (Agence) - Plusieurs centaines de proches des victimes se sont recueillis dimanche devant la stèle érigée à la mémoire des villageois tués lors du massacre de 2020, dans le cercle de Niono.

Les rescapés racontent encore la nuit où des hommes armés avaient encerclé le hameau et incendié les greniers. « Nos enfants ont été exécutés devant nous, et personne n'a jamais été jugé », confie une veuve, le regard fixe.

Le préfet a promis que l'enquête ouverte à l'époque serait relancée.""", []),

    ("fr_proces_embuscade_ancienne", date(2025, 5, 14), """Niger : ouverture à Niamey du procès de l'embuscade de 2021

NIAMEY (Agence) - Le procès de onze hommes accusés d'avoir participé à l'embuscade qui avait coûté la vie à une vingtaine de soldats près de Tillabéri, en 2021, s'est ouvert mardi devant le pôle judiciaire antiterroriste.

Selon l'acte d'accusation, les assaillants avaient attaqué la colonne militaire à l'aube avant de se replier vers la frontière malienne avec des armes et des véhicules. Les prévenus ont tous plaidé non coupable.

Les audiences doivent durer trois semaines.""", []),

    ("fr_bilan_guerre_soudan", date(2025, 4, 16), """Soudan : la guerre a fait au moins 60 000 morts, selon une étude

PORT-SOUDAN (Agence) - Le conflit qui oppose l'armée soudanaise aux Forces de soutien rapide depuis avril 2023 a fait au moins 60 000 morts, selon une étude publiée mardi par une équipe de chercheurs britanniques.

Les auteurs estiment que les combats, les bombardements et les massacres ne représentent qu'une partie des décès, la faim et les maladies tuant davantage que les armes. Plus de douze millions de personnes ont fui leur foyer.

L'ONU appelle à une trêve humanitaire que les deux camps refusent depuis des mois.""", []),

    ("fr_menace_communique", date(2025, 8, 6), """Sahel : un groupe jihadiste menace de frapper les convois de carburant

BAMAKO (Agence) - Le JNIM, branche sahélienne d'Al-Qaïda, a menacé mardi, dans un communiqué diffusé sur les réseaux sociaux, d'attaquer tout camion-citerne qui tenterait de rejoindre les grandes villes du pays.

Le mouvement affirme vouloir « asphyxier » les villes alliées du pouvoir et promet de cibler les chauffeurs qui braveraient son interdiction. Les transporteurs disent envisager de suspendre leurs rotations.

L'armée n'a pas réagi à ce communiqué.""", []),

    ("fr_plan_offensive_lac", date(2025, 10, 22), """Tchad : l'armée prépare une vaste offensive autour du lac

N'DJAMENA (Agence) - L'état-major tchadien a annoncé mardi le lancement prochain d'une opération d'envergure contre les combattants de Boko Haram retranchés dans les îles du lac Tchad.

Des renforts, des blindés et des hélicoptères doivent être acheminés vers Bol dans les prochaines semaines, a précisé un porte-parole, qui promet de « nettoyer » la zone avant la saison sèche.

Les organisations humanitaires redoutent de nouveaux déplacements de populations.""", []),

    ("fr_rugby_pilonnage", date(2025, 9, 29), """Rugby : les Lions de la Téranga s'imposent au terme d'un match de combat

DAKAR (Agence) - L'équipe du Sénégal de rugby a battu samedi la Côte d'Ivoire (24-17) au stade Iba-Mar-Diop, dans un match âpre où les deux paquets d'avants se sont rendu coup pour coup.

Les avants sénégalais ont pilonné la ligne adverse pendant vingt minutes avant d'inscrire l'essai décisif. « On a livré une vraie guerre devant », sourit le capitaine, l'arcade ouverte.

Les deux équipes se retrouveront en novembre pour la finale régionale.""", []),

    ("fr_budget_tirs_croises", date(2025, 11, 19), """Budget 2026 : le gouvernement sous le feu des critiques à l'Assemblée

YAOUNDÉ (Agence) - Le ministre des Finances a essuyé mardi des tirs croisés de l'opposition et de plusieurs élus de la majorité lors de la présentation du projet de loi de finances.

Les députés ont dénoncé une « saignée » des crédits de l'éducation et accusé l'exécutif de vouloir dynamiter le dialogue avec les syndicats. Un élu du Nord a fustigé un budget qui « assassine les régions ».

Le texte doit être voté avant la fin de la session.""", []),

    ("fr_cacao_teaser", date(2025, 6, 4), """Côte d'Ivoire : la récolte de cacao s'annonce en forte baisse

ABIDJAN (Agence) - La récolte intermédiaire de cacao devrait reculer de près de 20 % cette année, ont averti mardi les exportateurs, qui pointent la sécheresse et le vieillissement des vergers.

Les prix payés aux planteurs restent toutefois élevés, le gouvernement ayant relevé le prix bord champ en avril.

Lire aussi : Au Burkina, une embuscade contre un convoi fait une dizaine de morts près de Dori

Les exportateurs redoutent une nouvelle flambée des cours à Londres et à New York.""", []),

    ("fr_condamnation_ua", date(2025, 7, 9), """Centrafrique : l'Union africaine condamne les violences et appelle au dialogue

ADDIS-ABEBA (Agence) - Le Conseil de paix et de sécurité de l'Union africaine a condamné mardi « avec la plus grande fermeté » les attaques répétées contre les civils et les casques bleus en Centrafrique.

Dans un communiqué, l'organisation exhorte les groupes armés à déposer les armes et le gouvernement à relancer le dialogue prévu par l'accord de paix. Elle se dit préoccupée par les exactions signalées dans le centre du pays.

La mission de l'ONU doit voir son mandat renouvelé en novembre.""", []),

    ("fr_rapport_ong", date(2025, 2, 12), """Cameroun : un rapport accuse l'armée et les séparatistes d'exactions

YAOUNDÉ (Agence) - Une organisation de défense des droits humains a publié mardi un rapport accusant à la fois les forces de sécurité et les séparatistes anglophones d'avoir tué des dizaines de civils l'an dernier.

Le document recense des villages incendiés, des exécutions sommaires et des enlèvements contre rançon dans les régions du Nord-Ouest et du Sud-Ouest. Les enquêteurs ont interrogé plus de quatre-vingts témoins.

Le gouvernement a rejeté un rapport « partial ».""", []),

    ("fr_visite_ministre", date(2025, 12, 10), """Centrafrique : le ministre de la Défense en visite auprès des troupes à Bambari

BAMBARI (Agence) - Le ministre de la Défense s'est rendu mardi à Bambari pour saluer les soldats déployés dans la région, où plusieurs attaques de groupes armés ont été signalées ces derniers mois.

Devant les militaires, il a rendu hommage aux camarades tombés au combat et promis de nouveaux véhicules. « L'ennemi sera traqué jusque dans ses derniers retranchements », a-t-il lancé.

Le ministre doit poursuivre sa tournée à Bria.""", []),

    ("fr_campagne_guerre_chefs", date(2025, 9, 10), """Guinée : la guerre des chefs fait rage avant la présidentielle

CONAKRY (Agence) - À trois mois du scrutin, la bataille fait rage au sein de la coalition au pouvoir, où deux anciens ministres se disputent l'investiture.

Les deux camps se livrent une guérilla de communiqués et s'accusent mutuellement de vouloir « assassiner » le parti. Un cadre parle d'une « bombe à retardement » qui pourrait exploser lors de la convention.

La direction du parti a promis de trancher avant la fin du mois.""", []),
]

FR_ONE = [
    ("fr_ev_anniv_et_attaque", date(2025, 3, 26), """Mali : au lendemain d'une commémoration, des hommes armés tuent quatre villageois près de Mopti

MOPTI (Agence) - Des hommes armés ont tué quatre villageois mardi dans un hameau proche de Mopti, deux jours après une cérémonie à la mémoire des victimes du massacre de 2019 dans la même commune, selon un élu local.

Les assaillants, arrivés à moto, ont ouvert le feu sur des paysans qui travaillaient dans les champs. En 2019, plus d'une centaine d'habitants avaient été tués dans une attaque attribuée à une milice.

Les autorités n'ont pas commenté.""",
     [ev(ATT, ["Civilians"], MOPTI, "mardi", 4)]),

    ("fr_ev_condamnation_attaque", date(2025, 7, 2), """Niger : le gouvernement condamne l'attaque d'une mosquée près de Tillabéri

NIAMEY (Agence) - Des hommes armés ont attaqué vendredi une mosquée d'un village proche de Tillabéri pendant la prière, tuant sept fidèles, a annoncé lundi le gouvernement.

Dans un communiqué lu à la télévision, le porte-parole a condamné « cette attaque lâche » contre des croyants et décrété un deuil de trois jours. Il a promis que les auteurs de l'attaque seraient retrouvés.

La région de Tillabéri est la plus touchée par les violences jihadistes.""",
     [ev(ATT, ["Civilians"], TILLABERI, "vendredi", 7)]),

    ("fr_ev_plan_apres_attaque", date(2025, 10, 15), """Mali : l'armée annonce une riposte après l'attaque d'un poste à Ménaka

BAMAKO (Agence) - Des combattants de l'État islamique ont attaqué lundi un poste militaire à Ménaka, tuant trois soldats, selon une source sécuritaire.

L'état-major a promis mardi une « riposte vigoureuse » et annoncé l'envoi de renforts dans les prochains jours. Une opération de ratissage doit être lancée dans les environs de la ville.

Les habitants disent craindre de nouvelles attaques.""",
     [ev(AC, ["Islamic State", "Mali"], MENAKA, "lundi", 3)]),

    ("fr_ev_bilan_et_drone", date(2025, 4, 23), """Soudan : un drone frappe un marché d'El Fasher, la guerre a fait des dizaines de milliers de morts

PORT-SOUDAN (Agence) - Un drone a frappé mardi un marché d'El Fasher, tuant neuf civils, selon un groupe de secouristes qui accuse les Forces de soutien rapide.

Depuis avril 2023, la guerre a fait des dizaines de milliers de morts et plus de douze millions de déplacés, selon les Nations unies. El Fasher est assiégée depuis plus d'un an.

Les secouristes réclament un passage sûr pour l'aide.""",
     [ev(AIR, ["Rapid Support Forces", "Civilians"], EL_FASHER, "mardi", 9)]),

    ("fr_ev_derby_violences", date(2025, 11, 3), """Football : le derby de Douala tourne aux violences

DOUALA (Agence) - Le derby entre l'Union et le Caïman de Douala a été arrêté dimanche à la 70e minute, après que des supporters ont envahi la pelouse et se sont battus dans les tribunes.

Sur le terrain, l'attaquant de l'Union avait fusillé le gardien d'une frappe du gauche juste avant les incidents. Des groupes rivaux se sont ensuite affrontés à coups de pierres aux abords du stade, faisant une dizaine de blessés.

La fédération a ouvert une enquête.""",
     [ev(MOB, ["Rioters"], DOUALA, "dimanche")]),

    ("fr_ev_titre_et_chapeau", date(2025, 6, 18), """Sénégal : la police disperse une marche de l'opposition à Dakar

DAKAR (Agence) - La police a dispersé mardi à coups de grenades lacrymogènes une marche de l'opposition dans le centre de Dakar, a constaté un journaliste.

Plusieurs centaines de manifestants s'étaient rassemblés pour dénoncer l'arrestation d'un député. La dispersion de la marche a donné lieu à des échauffourées et à une vingtaine d'interpellations, selon la police.

L'opposition promet de redescendre dans la rue la semaine prochaine.""",
     [ev(PWI, ["Protesters", "Police"], DAKAR, "mardi")]),

    ("fr_ev_economie_enlevement", date(2025, 5, 21), """Extrême-Nord : le prix de l'oignon s'envole, des commerçants enlevés près de Mora

MAROUA (Agence) - Le sac d'oignons a doublé de prix en un mois sur les marchés de Maroua, une flambée qui étrangle les ménages et que les commerçants attribuent à l'insécurité sur les routes.

Lundi, des hommes armés ont enlevé cinq commerçants qui revenaient d'un marché hebdomadaire près de Mora, selon une source administrative. Une rançon a été réclamée aux familles.

Les grossistes demandent des escortes.""",
     [ev(ABD, ["Civilians"], MORA, "lundi")]),

    ("fr_ev_engin_et_teaser", date(2025, 8, 20), """Burkina : un engin explosif tue six personnes près de Dori

OUAGADOUGOU (Agence) - Six personnes ont été tuées mardi lorsque le minibus qui les transportait a sauté sur un engin explosif improvisé sur l'axe reliant Dori à Seytenga, selon des sources locales.

À lire aussi : Au Niger, des soldats tués dans une embuscade près de Tillabéri

La route avait été rouverte la semaine dernière après des travaux de déminage.""",
     [ev(IED, ["Civilians"], DORI, "mardi", 6)]),

    ("fr_ev_menace_puis_attaque", date(2025, 9, 17), """Centrafrique : un groupe armé qui menaçait Bambari attaque un village voisin

BANGUI (Agence) - Des combattants de l'UPC ont attaqué lundi un village situé à une vingtaine de kilomètres de Bambari, tuant deux habitants et pillant des boutiques, selon la mission de l'ONU.

Le groupe avait menacé la semaine dernière de « marcher sur Bambari » si ses chefs n'étaient pas associés au désarmement. Les casques bleus ont renforcé leurs patrouilles autour de la ville.

Le gouvernement appelle au calme.""",
     [ev(ATT, ["UPC", "Civilians"], BAMBARI, "lundi", 2)]),

    ("fr_ev_debat_et_manif", date(2025, 10, 8), """Guinée : sous le feu des critiques, le Premier ministre défend la nouvelle constitution

CONAKRY (Agence) - Le Premier ministre a essuyé mardi un tir nourri de questions des conseillers nationaux sur le projet de constitution, qu'il a défendu pendant quatre heures.

Au même moment, plusieurs centaines de jeunes ont manifesté pacifiquement devant le siège du Conseil national de la transition pour réclamer un calendrier électoral, avant de se disperser dans le calme.

Le texte sera soumis au référendum en décembre.""",
     [ev(PP, ["Protesters"], CONAKRY, "mardi")]),
]

EN_NONE = [
    ("en_cricket_bowler", date(2025, 2, 10), """Pakistan bowlers blow away visitors on day one in Peshawar

PESHAWAR (Wire) - Pakistan's fast bowlers tore through the visiting batting line-up on Sunday, dismissing them for 142 on the first day of the second test.

The left-arm quick fired in a barrage of short balls and destroyed the middle order, taking five wickets for 31 runs. "We went in all guns blazing," he said after play. The hosts reached 60 for one at stumps.

The series is level at one-all.""", []),

    ("en_markets_bloodbath", date(2025, 4, 8), """Bloodbath on Lagos bourse as banking shares crash

LAGOS (Wire) - Nigerian stocks suffered their worst day in two years on Monday, with banking shares slaughtered after the central bank raised capital requirements.

Traders described a massacre on the trading floor as the main index shed 6 percent. "Investors were shot down before they could sell," a broker said.

Analysts expect further losses this week.""", []),

    ("en_trial_old_bombing", date(2025, 6, 11), """Trial opens for suspects in 2021 Kampala bombings

KAMPALA (Wire) - Seven men went on trial on Tuesday over the twin suicide bombings that killed several people in central Kampala in November 2021.

Prosecutors told the court the accused had recruited the bombers and stored explosives in a rented house. The defendants denied the charges, and their lawyers said confessions had been obtained under torture.

The trial was adjourned to next month.""", []),

    ("en_war_toll_study", date(2025, 3, 12), """Tigray war may have killed hundreds of thousands, researchers say

ADDIS ABABA (Wire) - The two-year war in Ethiopia's Tigray region may have killed several hundred thousand people, most of them from hunger and lack of care, researchers said in a study published on Tuesday.

The report draws on surveys of families who lost relatives during the fighting between 2020 and 2022, when federal forces and their allies battled Tigrayan fighters. Massacres, shelling and airstrikes killed thousands of civilians.

The government has rejected previous estimates as exaggerated.""", []),

    ("en_threat_election", date(2025, 9, 24), """Insurgents warn of attacks ahead of Mozambique vote

MAPUTO (Wire) - Islamic State's affiliate in northern Mozambique has warned it will attack polling stations in Cabo Delgado during next month's elections, according to a statement seen by analysts.

The group urged residents to stay away from the vote and threatened to kill election officials. Security forces said they would deploy extra troops to the province.

Election officials said voting would go ahead as planned.""", []),

    ("en_plan_deployment", date(2025, 7, 16), """Nigeria to deploy troops to Zamfara after governors' meeting

ABUJA (Wire) - Nigeria will send thousands of troops to Zamfara state to fight armed bandits, the defence minister said on Tuesday after a meeting with governors of the northwest.

The operation will target camps in forests where gangs hold kidnapped villagers, he said, promising air support and new armoured vehicles. "We will crush them," he told reporters.

Governors asked for the troops to arrive before the harvest.""", []),

    ("en_anniversary_chibok", date(2025, 4, 16), """Chibok parents mark eleven years since schoolgirls were taken

MAIDUGURI (Wire) - Parents of the Chibok schoolgirls held a prayer service on Monday, eleven years after Boko Haram fighters seized 276 students from their dormitory in northeast Nigeria.

Dozens of the girls are still missing. "We have buried fathers who died waiting," said the leader of the parents' association, reading out the names of those who never came home.

Campaigners urged the government to do more to find the remaining captives.""", []),

    ("en_un_statement_sudan", date(2025, 8, 27), """UN chief urges ceasefire as Sudan fighting drags on

NEW YORK (Wire) - United Nations Secretary-General called on Tuesday for an immediate ceasefire in Sudan, saying attacks on civilians, markets and hospitals had become routine.

In a statement, he condemned the shelling of residential areas and the use of hunger as a weapon, and urged both the army and the Rapid Support Forces to return to talks.

Aid agencies say half the population needs food aid.""", []),

    ("en_business_teaser", date(2025, 5, 28), """Nigeria's fuel imports fall as new refinery ramps up

LAGOS (Wire) - Nigeria's petrol imports fell by a third in April as a new private refinery raised output, industry data showed on Tuesday.

Read more: Gunmen kill 12 villagers in Zamfara raid

Marketers said pump prices had eased in Lagos and Abuja, though rural areas still face shortages.""", []),

    ("en_politics_ambushed", date(2025, 10, 29), """Minister ambushed by reporters over missing funds

NAIROBI (Wire) - Kenya's health minister was ambushed by reporters at a news conference on Tuesday over millions of shillings missing from a hospital fund.

The minister came under fire from opposition senators, who accused him of killing an audit. He hit back, saying the attacks were politically motivated.

A Senate committee will question him next week.""", []),

    ("en_drought_kills", date(2025, 1, 22), """Drought kills livestock across northern Somalia

MOGADISHU (Wire) - Tens of thousands of goats and camels have died in northern Somalia after two failed rainy seasons, aid agencies said on Tuesday, warning that families were fleeing to towns.

"The drought is killing our herds one by one," said a herder near Garowe. Water prices have tripled in some villages.

The government has appealed for emergency funding.""", []),

    ("en_game_shooter", date(2025, 11, 12), """Lagos gamers flock to launch of war shooter

LAGOS (Wire) - Hundreds of gamers queued outside a Lagos mall on Tuesday for the launch of the latest instalment of a best-selling war shooter, whose missions include a raid on a rebel base.

Fans stormed the store when doors opened, and organisers said stock sold out within an hour. Players will battle online in a national tournament next month.

The publisher said Nigeria was one of its fastest-growing markets.""", []),
]

EN_ONE = [
    ("en_ev_shelling_and_toll", date(2025, 5, 7), """Russian shelling kills two in Kharkiv as war toll mounts

KYIV (Wire) - Russian shelling killed two people and wounded eleven in Kharkiv on Tuesday, the regional governor said.

The United Nations says more than 12,000 civilians have been killed in Ukraine since Russia's full-scale invasion in 2022, a figure it describes as an undercount.

Officials said a residential building and a school were damaged.""",
     [ev(SH, ["Russia", "Civilians"], KHARKIV, 1, 2)]),

    ("en_ev_statement_and_attack", date(2025, 2, 19), """Leaders condemn attack on Borno village that killed nine

MAIDUGURI (Wire) - Boko Haram fighters killed nine villagers in an attack on a village near Maiduguri on Monday, residents said.

The state governor condemned the attack as "barbaric" and promised to rebuild homes burned by the insurgents. The president, in a separate statement, ordered security chiefs to hunt down those responsible for the killings.

The village had been resettled only last year.""",
     [ev(ATT, ["Boko Haram", "Civilians"], MAIDUGURI, 2, 9)]),

    ("en_ev_trial_and_protest", date(2025, 3, 19), """Police fire tear gas outside Dakar court as trial of opposition figure opens

DAKAR (Wire) - Police fired tear gas on Tuesday to disperse supporters of an opposition leader who had gathered outside a Dakar court where he went on trial for defamation.

The charges date from a speech in 2023. Inside the court, his lawyers asked for the case to be thrown out.

The trial resumes on Thursday.""",
     [ev(PWI, ["Protesters", "Police"], DAKAR, 1)]),

    ("en_ev_derby_fans_clash", date(2025, 9, 15), """Rival fans clash after Lagos derby as striker fires winner

LAGOS (Wire) - Rival supporters fought with sticks and stones outside the stadium in Lagos on Sunday after a derby decided by a late strike, leaving several people injured, police said.

The home side's striker fired the winner in stoppage time, sparking celebrations that turned into brawls between groups of fans. Police said eight people were arrested.

The league said it would review the incident.""",
     [ev(MOB, ["Rioters"], LAGOS, 1)]),

    ("en_ev_headline_repeated", date(2025, 12, 3), """Gunmen kill six in Gusau mosque attack

GUSAU (Wire) - Gunmen killed six worshippers in an attack on a mosque in Gusau, the capital of Zamfara state, on Tuesday, police said.

The attack on the mosque happened during evening prayers, a police spokesman said, adding that the gunmen fled on motorcycles. Residents said the six dead were buried the same night.

Bandit gangs have killed hundreds of people in Zamfara in recent years.""",
     [ev(ATT, ["Civilians"], GUSAU, 1, 6)]),

    ("en_ev_plan_after_kidnap", date(2025, 8, 13), """Government vows operation after bandits abduct 20 near Gusau

ABUJA (Wire) - Armed bandits kidnapped twenty villagers on Monday in a raid on a village near Gusau, residents said.

The government said on Tuesday it would launch a military operation to free them, and promised to deploy more troops to the area.

Kidnappings for ransom have surged in the northwest.""",
     [ev(ABD, ["Civilians"], GUSAU, 2)]),

    ("en_ev_threat_then_blast", date(2025, 6, 25), """Suicide bomber strikes Mogadishu cafe days after al-Shabaab threat

MOGADISHU (Wire) - A suicide bomber blew himself up in a busy cafe in Mogadishu on Tuesday, killing five people, police said. Al-Shabaab claimed the attack.

Last week the group had threatened to strike government supporters in the capital during the holiday season.

The cafe is popular with civil servants.""",
     [ev(SB, ["Shabaab"], MOGADISHU, 1, 5)]),

    ("en_ev_blast_and_teaser", date(2025, 10, 15), """Roadside bomb kills three police officers near Quetta

QUETTA (Wire) - A roadside bomb killed three police officers when it struck their patrol vehicle on the outskirts of Quetta on Tuesday, officials said.

Also read: Militants storm checkpoint in Peshawar, killing four soldiers

No group has claimed the blast.""",
     [ev(IED, ["Police"], QUETTA, 1, 3)]),

    ("en_ev_second_telling", date(2025, 7, 30), """Insurgents raid Macomia village, burning homes

PEMBA (Wire) - Islamic State fighters raided a village near Macomia in Cabo Delgado province on Monday, beheading two men and burning dozens of homes, residents said.

"They came at night and set fire to our houses," one resident said of the raid. Local officials confirmed that two people had been killed in the attack on the village.

Thousands fled toward the coast.""",
     [ev(ATT, ["Islamic State", "Civilians"], MACOMIA, 2, 2)]),

    ("en_ev_oil_and_pipeline", date(2025, 4, 9), """Colombian oil output slips as rebels bomb pipeline

BOGOTA (Wire) - Colombia's oil output slipped in March, the energy ministry said, as attacks on pipelines and low prices weighed on production.

On Monday, ELN rebels bombed the Cano Limon pipeline near Saravena, causing a spill and halting pumping, the state oil company said.

Prices have fallen sharply this year amid a global glut.""",
     [ev(IED, ["National Liberation Army"], SARAVENA, 2)]),
]

HELD = [(a, "fr") for a in FR_NONE + FR_ONE] + [(a, "en") for a in EN_NONE + EN_ONE]

# one article per class the rules were fixed on (studied: the earlier benches' false events of that class)
STUDIED = [(a, "en") for a in [
    ("st_trial_act", date(2025, 5, 21), """Trial opens over 2022 killing of Gulu trader

GULU (Wire) - Four men went on trial on Tuesday in Gulu for the murder of a cattle trader in 2022.

Prosecutors said the men killed the trader on a road outside the town and took his money. All four deny the charges.""",
     []),
    ("st_war_toll", date(2025, 5, 21), """Aid appeal as Myanmar conflict drags on

BANGKOK (Wire) - The conflict has killed thousands of people across Myanmar, the UN said on Tuesday, appealing for funds.

Agencies say more than three million people have fled their homes.""", []),
    ("st_years_since", date(2025, 5, 21), """Nigeria marks three years since Owo church attack

OWO (Wire) - Worshippers held a service on Tuesday in memory of the dead, survivors said.""", []),
    ("st_trend", date(2025, 5, 21), """Goma traders reopen shops

GOMA (Wire) - Fighting around Goma has eased in recent days, residents said on Tuesday, and traders have reopened stalls.""",
     []),
    ("st_bill_budget", date(2025, 5, 21), """Kenyan senators kill bill

NAIROBI (Wire) - Senators killed a tax bill on Tuesday after the opposition launched a fierce attack on the budget.""",
     []),
    ("st_headline_ambush", date(2025, 5, 21), """Traders hit as militants ambush trucks

MOGADISHU (Wire) - Food prices rose again this month, traders say.

On Tuesday, al-Shabaab fighters ambushed a convoy of trucks near Beledweyne, killing two drivers, elders said.""",
     [ev(ATT, ["Shabaab", "Civilians"], (4.74, 45.20), 1, 2)]),
]]

# fresh: the thirty-seventh session's held-out group, written before any rule of that session was tuned (political
# news and world pages of the DR Congo, francophone Africa, Ukraine, the Middle East, the Sahel and Haiti)
KINSHASA, BUNIA, UVIRA, BENI = (-4.32, 15.31), (1.56, 30.25), (-3.40, 29.14), (0.49, 29.47)
KENSCOFF, TYR, DJIBO, ZAPORIJJIA, JENIN = ((18.45, -72.29), (33.27, 35.20), (14.10, -1.63), (47.84, 35.14),
                                           (32.46, 35.30))
FRESH_FR_NONE = [
    ("fr_fresh_revision_constitution", date(2025, 11, 5), """RDC : la révision de la Constitution enflamme la classe politique

KINSHASA (Agence) - L'opposition congolaise a promis mardi de « livrer bataille jusqu'au bout » contre le projet de révision de la Constitution défendu par le parti présidentiel, qu'elle accuse de préparer un troisième mandat.

« Ils veulent assassiner l'alternance », a lancé un ancien Premier ministre devant la presse, au siège de son parti à Kinshasa. Ses alliés rappellent les marches de 2018, réprimées à balles réelles, et disent ne pas craindre la rue.

Le secrétaire général de la majorité a répliqué que la commission chargée du texte rendrait ses conclusions d'ici décembre et qu'un référendum n'était « pas exclu ».""", []),

    ("fr_fresh_deplaces_ituri", date(2025, 9, 17), """Ituri : les déplacés du site de Plaine Savo réclament de l'aide

BUNIA (Agence) - Les quelque vingt mille déplacés installés sur le site de Plaine Savo, dans le territoire de Djugu, disent n'avoir reçu aucune ration alimentaire depuis trois mois, ont-ils déclaré mardi à une délégation provinciale.

La plupart ont fui leurs villages il y a plusieurs années, chassés par les incursions des miliciens de la CODECO et les représailles qui ont suivi. « Nous avons tout perdu, et maintenant on nous oublie », résume un chef de bloc.

Le gouverneur a promis l'envoi de vivres dans les prochains jours et demandé aux humanitaires de reprendre leurs distributions.""", []),

    ("fr_fresh_negociations_ukraine", date(2025, 6, 4), """Ukraine : nouveau cycle de pourparlers à Istanbul, sans percée

ISTANBUL (Agence) - Les délégations russe et ukrainienne se sont quittées lundi soir après à peine une heure de discussions, ne s'accordant que sur un nouvel échange de prisonniers.

Kiev avait exigé un cessez-le-feu inconditionnel de trente jours, rejeté par Moscou. La veille, le président ukrainien avait affirmé que la Russie avait tiré plus de quatre cents drones et une quarantaine de missiles sur le pays au cours de la semaine écoulée.

Les deux camps ont convenu de se revoir, sans fixer de date.""", []),

    ("fr_fresh_haiti_transition", date(2025, 8, 13), """Haïti : le Conseil présidentiel de transition nomme un nouveau Premier ministre

PORT-AU-PRINCE (Agence) - Le Conseil présidentiel de transition a désigné mardi un chef d'entreprise au poste de Premier ministre, le troisième depuis la mise en place de l'organe l'an dernier.

Le nouveau chef du gouvernement hérite d'un pays où les gangs contrôlent l'essentiel de la capitale et ont étendu leur emprise à l'Artibonite. Depuis l'assassinat du président Jovenel Moïse en 2021, aucune élection n'a pu être organisée.

Il a promis de « reprendre chaque quartier » et d'organiser un scrutin avant la fin du mandat du Conseil, en février.""", []),

    ("fr_fresh_aes_force_unifiee", date(2025, 12, 17), """Sahel : l'AES annonce le déploiement d'une force unifiée de 5 000 hommes

NIAMEY (Agence) - Les chefs d'état-major du Mali, du Burkina Faso et du Niger, réunis depuis lundi dans la capitale nigérienne, ont annoncé mardi la création d'une force unifiée chargée de « traquer les terroristes » dans la zone des trois frontières.

Ses premiers bataillons devraient être opérationnels au premier trimestre et pourront frapper des deux côtés des frontières, selon le communiqué final. Les trois régimes militaires ont quitté la Cédéao en début d'année.

Des diplomates ouest-africains doutent que les trois armées, déjà très sollicitées, puissent fournir les effectifs promis.""", []),

    ("fr_fresh_liban_reconstruction", date(2025, 3, 12), """Liban : la reconstruction coûtera 11 milliards de dollars, selon la Banque mondiale

BEYROUTH (Agence) - La reconstruction des zones détruites par la guerre entre Israël et le Hezbollah coûtera au moins 11 milliards de dollars, estime la Banque mondiale dans un rapport publié mardi.

Le conflit, qui s'est intensifié à l'automne avant la trêve de novembre, a fait plus de 4 000 morts au Liban et endommagé des dizaines de milliers de logements, notamment dans le Sud et la banlieue sud de Beyrouth.

Le gouvernement espère réunir les fonds lors d'une conférence des donateurs prévue au printemps.""", []),

    ("fr_fresh_proces_coup_kinshasa", date(2025, 1, 15), """RDC : la cour d'appel militaire confirme les peines du putsch manqué

KINSHASA (Agence) - La haute cour militaire a confirmé mardi la plupart des condamnations prononcées en première instance contre les hommes jugés pour la tentative de coup d'État de mai 2024.

Ce jour-là, un commando avait attaqué la résidence d'un responsable politique avant d'occuper brièvement le palais de la Nation, où ses chefs s'étaient filmés en brandissant un drapeau. Le meneur avait été abattu pendant la riposte de la garde républicaine.

Les avocats de la défense dénoncent un procès « expéditif » et annoncent un pourvoi.""", []),

    ("fr_fresh_foot_leopards", date(2025, 10, 15), """Football : les Léopards écrasent la Mauritanie et croient encore au Mondial

KINSHASA (Agence) - La RDC a étrillé la Mauritanie (4-0) mardi au stade des Martyrs, au terme d'un match à sens unique.

Les attaquants congolais ont bombardé le but adverse dès l'entame, et le gardien mauritanien a fini par craquer sur une frappe lointaine. « On les a asphyxiés », s'est réjoui le sélectionneur, qui a salué une équipe « affamée ».

Les Léopards disputeront les barrages en novembre.""", []),

    ("fr_fresh_menace_gaza", date(2025, 8, 20), """Proche-Orient : un ministre israélien menace de raser Gaza-ville

JÉRUSALEM (Agence) - Le ministre israélien de la Défense a menacé mardi de « détruire » Gaza-ville si le Hamas ne libérait pas les otages encore détenus dans l'enclave, au moment où l'armée prépare une offensive sur la principale ville du territoire.

« Les portes de l'enfer s'ouvriront », a-t-il écrit sur les réseaux sociaux. Des dizaines de milliers de réservistes doivent être rappelés dans les prochaines semaines.

Le Qatar et l'Égypte poursuivent leurs efforts de médiation pour arracher une trêve.""", []),

    ("fr_fresh_cameroun_opposition", date(2025, 10, 29), """Cameroun : l'opposant revendique la victoire et appelle à la mobilisation

YAOUNDÉ (Agence) - Le principal candidat de l'opposition a de nouveau revendiqué mardi sa victoire à l'élection présidentielle et appelé ses partisans à se tenir prêts à « défendre leur vote » dans la rue, avant la proclamation des résultats par le Conseil constitutionnel.

Le ministre de l'Administration territoriale a mis en garde contre toute tentative de « trouble à l'ordre public » et rappelé que seule l'institution est habilitée à proclamer les résultats.

Des chancelleries occidentales ont appelé les deux camps à la retenue.""", []),

    ("fr_fresh_genocost", date(2025, 8, 5), """RDC : journée du souvenir pour les victimes des guerres de l'Est

KINSHASA (Agence) - Les autorités congolaises ont célébré samedi la journée du « Genocost », consacrée à la mémoire des millions de Congolais morts dans les conflits qui ravagent l'est du pays depuis les années 1990.

Au cours d'une cérémonie au boulevard du Trente-Juin, des survivants ont évoqué les massacres de villages entiers, les viols de masse et les pillages des ressources minières. Le président a dénoncé « l'indifférence du monde ».

Des bougies ont été allumées dans plusieurs paroisses de la capitale.""", []),
]

FRESH_FR_ONE = [
    ("fr_fresh_ev_bunia_gouverneur", date(2025, 6, 11), """Ituri : le gouverneur militaire sous pression après une nouvelle tuerie

BUNIA (Agence) - Des élus provinciaux de l'Ituri ont réclamé mardi le départ du gouverneur militaire, deux jours après le raid contre un village du territoire de Djugu où six civils ont été tués dimanche par des miliciens de la CODECO.

Selon la société civile locale, les assaillants ont fait irruption dans le village à l'aube, à quelque 30 km de Bunia, et ont tué six habitants à l'arme blanche avant de se retirer.

L'état de siège, instauré en 2021, devait ramener la paix dans la province. Les élus rappellent que des centaines de civils ont été tués depuis lors et exigent un retour des autorités civiles.""",
     [ev(ATT, ["CODECO", "Civilians"], BUNIA, 3, 6)]),

    ("fr_fresh_ev_zaporijjia_pourparlers", date(2025, 7, 23), """Ukraine : deux morts à Zaporijjia à la veille d'une réunion à Istanbul

KIEV (Agence) - Une frappe de drones russes a tué deux personnes dans la nuit de lundi à mardi à Zaporijjia, a annoncé le gouverneur régional, alors que Kiev et Moscou doivent se retrouver mercredi à Istanbul.

Les drones ont touché un immeuble d'habitation et un entrepôt. Le président ukrainien a de nouveau appelé ses alliés à livrer davantage de systèmes de défense antiaérienne.

Les précédentes sessions de pourparlers n'avaient débouché que sur des échanges de prisonniers.""",
     [ev(AIR, ["Russia"], ZAPORIJJIA, (1, 2), 2)]),

    ("fr_fresh_ev_kenscoff_gangs", date(2025, 4, 9), """Haïti : Kenscoff à son tour visée par les gangs

PORT-AU-PRINCE (Agence) - Des membres armés d'une coalition de gangs ont attaqué lundi plusieurs quartiers de Kenscoff, sur les hauteurs de la capitale haïtienne, tuant quatre habitants et incendiant des maisons, ont indiqué les autorités locales.

Cette commune, longtemps épargnée, sert de refuge à de nombreux déplacés de Port-au-Prince. La police nationale dit avoir dépêché des renforts.

Le Conseil présidentiel de transition a promis mardi de rétablir l'ordre « dans les meilleurs délais », une promesse répétée depuis des mois sans effet.""",
     [ev(ATT, ["Civilians"], KENSCOFF, 2, 4)]),

    ("fr_fresh_ev_niamey_marche", date(2025, 3, 17), """Niger : des milliers de manifestants à Niamey pour soutenir la souveraineté

NIAMEY (Agence) - Plusieurs milliers de personnes ont défilé samedi à Niamey pour soutenir le régime militaire et réclamer la fermeture des dernières représentations occidentales, sans incident.

Les manifestants brandissaient des drapeaux russes et des portraits du chef de la junte. Un responsable d'une organisation de la société civile a menacé de « marcher sur » l'ambassade de l'Union européenne si ses diplomates ne quittaient pas le pays.

Le gouvernement a annoncé la tenue prochaine d'assises nationales.""",
     [ev(PP, ["Protesters"], NIAMEY, 2, 0)]),

    ("fr_fresh_ev_tyr_frappe", date(2025, 4, 22), """Liban : un mort dans une frappe israélienne près de Tyr malgré la trêve

BEYROUTH (Agence) - Une frappe de drone israélienne a visé lundi une voiture sur une route proche de Tyr, dans le sud du Liban, tuant son conducteur, a indiqué le ministère libanais de la Santé.

L'armée israélienne a affirmé avoir visé un membre du Hezbollah. Le comité chargé de surveiller le cessez-le-feu conclu en novembre doit se réunir jeudi à Naqoura.

Israël conserve des positions sur cinq collines du sud du Liban, dont Beyrouth exige le retrait.""",
     [ev(AIR, ["Israel"], TYR, 1, 1)]),

    ("fr_fresh_ev_djibo_marche", date(2025, 5, 30), """Burkina : onze civils tués dans l'attaque d'un marché près de Djibo

OUAGADOUGOU (Agence) - Des hommes armés ont tué onze civils jeudi dans un marché hebdomadaire proche de Djibo, dans la province du Soum, ont rapporté des habitants.

Les assaillants, arrivés à moto, ont ouvert le feu sur les commerçants avant d'emporter du bétail. « Le marché du jeudi était le seul qui fonctionnait encore », déplore un habitant joint par téléphone.

L'attaque du marché n'a pas été revendiquée. Djibo vit sous blocus depuis plus de deux ans et n'est ravitaillée que par convois escortés.""",
     [ev(ATT, ["Civilians"], DJIBO, 1, 11)]),

    ("fr_fresh_ev_uvira_barricades", date(2025, 9, 10), """Sud-Kivu : à Uvira, des jeunes manifestent contre la nomination d'un officier

UVIRA (Agence) - Des centaines de jeunes ont érigé lundi des barricades dans plusieurs quartiers d'Uvira pour protester contre la nomination d'un officier qu'ils jugent proche des rebelles, avant d'être dispersés par la police à coups de gaz lacrymogène.

Les commerces sont restés fermés une bonne partie de la journée. Les organisateurs annoncent une nouvelle marche jeudi si la nomination n'est pas annulée.

Le maire a appelé au calme et promis de transmettre leurs revendications à Kinshasa.""",
     [ev(PWI, ["Protesters"], UVIRA, 2, 0)]),
]

FRESH_EN_NONE = [
    ("en_fresh_peace_signing", date(2025, 6, 30), """Congo and Rwanda sign peace deal in Washington

WASHINGTON (Wire) - The foreign ministers of Congo and Rwanda signed a peace agreement in Washington on Friday, pledging to end a conflict that has killed thousands in eastern Congo this year.

M23 rebels seized Goma in January and Bukavu weeks later in an offensive that Congo and UN experts say was backed by Rwandan troops. Kigali denies arming the group.

The deal commits Rwanda to withdraw its forces within 90 days. The rebels, who were not party to the talks, said they would fight on unless their own demands were met.""", []),

    ("en_fresh_gaza_talks", date(2025, 7, 16), """Gaza ceasefire talks stall in Doha over withdrawal maps

DOHA (Wire) - Indirect talks between Israel and Hamas on a Gaza ceasefire stalled on Tuesday over how far Israeli troops would pull back, two officials briefed on the talks said.

The war has killed more than 58,000 Palestinians, according to the enclave's health ministry, since Hamas-led fighters stormed southern Israel in October 2023.

Mediators hope to present a revised proposal later this week.""", []),

    ("en_fresh_sanctions_russia", date(2025, 7, 23), """EU adopts new sanctions package targeting Russian oil

BRUSSELS (Wire) - European Union governments adopted a new package of sanctions against Russia on Friday, lowering the price cap on Russian crude and blacklisting dozens more tankers of its shadow fleet.

Officials said the measures aimed to choke off the revenue funding Moscow's war, which has seen Russia step up its missile and drone barrages on Ukrainian cities this summer.

Slovakia had blocked the package for weeks before lifting its veto.""", []),

    ("en_fresh_niamey_embassy_trial", date(2025, 5, 7), """Niger court jails protesters over 2023 embassy assault

NIAMEY (Wire) - A court in Niamey sentenced six men to prison on Tuesday for taking part in the assault on the French embassy that followed the July 2023 coup.

Prosecutors said the men had scaled the embassy wall, set fire to a door and torn down a plaque during the rally. Their lawyers said they would appeal.

France closed the embassy later that year.""", []),

    ("en_fresh_haiti_security_council", date(2025, 10, 1), """UN backs tougher force to take on Haiti's gangs

UNITED NATIONS (Wire) - The UN Security Council voted on Tuesday to turn the Kenyan-led mission in Haiti into a larger gang suppression force with powers to detain gang members.

The new force, of up to 5,500 personnel, would hunt gang leaders and secure roads and ports, diplomats said. The gangs control most of Port-au-Prince and have killed thousands of people this year, according to UN figures.

Washington and Panama drafted the resolution.""", []),
]

FRESH_EN_ONE = [
    ("en_fresh_ev_jenin_strike", date(2025, 1, 22), """Israeli drone strike kills three in Jenin as West Bank raid widens

JERUSALEM (Wire) - An Israeli drone strike killed three people in Jenin on Tuesday, Palestinian health officials said, as the army launched what it called a large-scale operation in the northern West Bank.

The military said it had hit a group of militants. Defence officials said the operation could last several days.

Israeli forces have raided the Jenin camp repeatedly since the start of the Gaza war.""",
     [ev(AIR, ["Israel"], JENIN, 1, 3)]),

    ("en_fresh_ev_kharkiv_bombs", date(2025, 6, 12), """Russian glide bombs hit Kharkiv, killing two

KYIV (Wire) - Russian glide bombs struck a residential district of Kharkiv on Wednesday, killing two people and wounding 17, the regional governor said.

Read more: Zelensky urges allies to fund drone production

Russian forces have pounded the city since the start of the full-scale invasion in 2022, killing hundreds of its residents.""",
     [ev(AIR, ["Russia"], (49.99, 36.23), 1, 2)]),

    ("en_fresh_ev_beni_adf", date(2025, 9, 3), """Militants kill nine near Beni as Congo talks drag on

BENI (Wire) - Suspected ADF militants killed nine people in an overnight raid on a farming village near Beni on Sunday, local officials said.

"They came with machetes and went from house to house," a village chief said of the raid, adding that several families were missing.

In Doha, negotiators for the government and M23 rebels have yet to sign a final deal.""",
     [ev(ATT, ["Civilians"], BENI, 3, 9)]),
]

FRESH = [(a, "fr") for a in FRESH_FR_NONE + FRESH_FR_ONE] + [(a, "en") for a in FRESH_EN_NONE + FRESH_EN_ONE]

# FRESH2: the thirty-ninth session's held-out group (28 articles, 19 French, 19 with no event), written before any
# rule of that session and run on main; not studied until its last round.
BUTEMBO, FADA, MOKOLO, EL_OBEID, DNIPRO = ((0.13, 29.29), (12.06, 0.36), (10.74, 13.80), (13.18, 30.22),
                                           (48.46, 35.05))
SUMY, BAMENDA = (50.91, 34.80), (5.96, 10.15)

FRESH2_FR_NONE = [
    ("fr2_remaniement_kinshasa", date(2025, 8, 8), """RDC : un remaniement qui fait la part belle aux fidèles du chef de l'État

KINSHASA (Agence) - Le président Félix Tshisekedi a signé jeudi soir les ordonnances portant réaménagement du gouvernement, qui compte désormais cinquante-trois membres dont quatre ministres d'État.

Le portefeuille de la Défense change de mains : son nouveau titulaire hérite d'un front oriental où l'armée a perdu Goma puis Bukavu au début de l'année, et où les insurgés de l'AFC/M23 administrent toujours de larges pans des deux Kivus.

Plusieurs figures de l'opposition font leur entrée dans l'équipe, une ouverture saluée par les uns comme un geste d'unité nationale et dénoncée par les autres comme une « opération de débauchage ». La première réunion du conseil des ministres est attendue lundi.""", []),

    ("fr2_calendrier_centrafrique", date(2025, 6, 27), """Centrafrique : l'Autorité nationale des élections publie le calendrier des scrutins groupés

BANGUI (Agence) - Les Centrafricains voteront le 28 décembre pour élire leur président, leurs députés et, pour la première fois depuis près de quarante ans, leurs conseillers municipaux, a annoncé jeudi l'Autorité nationale des élections (ANE).

Le dépôt des candidatures s'ouvrira en septembre. L'opposition, regroupée au sein du BRDC, menace de boycotter un scrutin qu'elle juge « taillé sur mesure » après la réforme constitutionnelle de 2023 qui a supprimé la limite des mandats.

Lors de la présidentielle de 2020, des rebelles avaient empêché le vote dans de nombreuses localités et lancé une offensive jusqu'aux portes de la capitale. La mission de l'ONU promet cette fois de sécuriser l'acheminement du matériel électoral.""", []),

    ("fr2_proces_stade_conakry", date(2025, 4, 2), """Guinée : le procès en appel du massacre du 28-Septembre renvoyé à juin

CONAKRY (Agence) - La cour d'appel de Conakry a renvoyé mardi au 10 juin l'examen des recours dans le dossier du massacre du stade du 28-Septembre, à la demande des avocats de la défense qui réclamaient plus de temps pour consulter les pièces.

En septembre 2009, des militaires avaient ouvert le feu sur des opposants réunis dans le stade, tuant au moins 156 personnes et violant plus d'une centaine de femmes. L'ancien chef de la junte, condamné en première instance à vingt ans de réclusion pour crimes contre l'humanité, a depuis bénéficié d'une grâce présidentielle.

Les associations de victimes dénoncent « une justice au ralenti » et demandent que les indemnisations promises soient enfin versées.""", []),

    ("fr2_conference_soudan", date(2025, 4, 16), """Soudan : à Londres, les bailleurs promettent 800 millions de livres sans obtenir de trêve

LONDRES (Agence) - Une conférence internationale sur le Soudan s'est achevée mardi à Londres sur des promesses d'aide de plus de 800 millions de livres, mais sans accord sur un mécanisme de dialogue entre les belligérants, aucun d'eux n'ayant été invité.

Deux ans après le début de la guerre entre l'armée et les paramilitaires des Forces de soutien rapide, des dizaines de milliers de personnes ont été tuées et près de treize millions déplacées. Au Darfour, les camps de déplacés autour d'El Fasher sont assiégés depuis des mois et la famine y a été déclarée.

Le ministre britannique des Affaires étrangères a appelé les puissances régionales à cesser d'armer les deux camps. Le gouvernement soudanais a protesté contre son exclusion des débats.""", []),

    ("fr2_menace_ministre_uvira", date(2025, 3, 5), """RDC : Kinshasa promet de « répondre par tous les moyens » si les rebelles marchent sur Uvira

KINSHASA (Agence) - Le porte-parole du gouvernement congolais a averti mardi que toute progression des rebelles vers Uvira serait considérée comme « une déclaration de guerre totale » à laquelle l'armée répondrait « par tous les moyens ».

Selon des sources sécuritaires, des colonnes de combattants se seraient rapprochées ces derniers jours de la plaine de la Ruzizi. Des milliers d'habitants ont déjà franchi la frontière burundaise par crainte de combats.

Le ministre a aussi accusé Kigali de préparer une nouvelle offensive, ce que le Rwanda dément. Le Conseil de sécurité doit se réunir jeudi sur la situation dans l'Est.""", []),

    ("fr2_doha_cessez_le_feu", date(2025, 7, 21), """RDC-M23 : à Doha, une déclaration de principes sans calendrier de retrait

DOHA (Agence) - Les délégués de Kinshasa et ceux de l'AFC/M23 ont signé samedi à Doha une déclaration de principes qui les engage à un cessez-le-feu permanent et à négocier un accord de paix global d'ici le mois d'août.

Le texte ne dit rien du retrait des rebelles des villes qu'ils contrôlent. Sur le terrain, les deux parties s'accusent mutuellement d'avoir violé la trêve à plusieurs reprises ces dernières semaines dans les territoires de Masisi et de Walikale.

« C'est un premier pas, pas une fin », a résumé un diplomate qatari. Les négociateurs doivent se retrouver dans dix jours pour discuter des prisonniers.""", []),

    ("fr2_anniv_ogossagou", date(2025, 3, 24), """Mali : six ans après Ogossagou, les survivants attendent toujours un procès

MOPTI (Agence) - Une cérémonie sobre s'est tenue dimanche à Mopti pour marquer le sixième anniversaire de la tuerie d'Ogossagou, où plus de 150 habitants peuls avaient été massacrés par des miliciens le 23 mars 2019.

Ce matin-là, des hommes armés de fusils et de machettes avaient encerclé le village, tuant hommes, femmes et enfants et brûlant les cases. Une seconde attaque avait frappé le même village moins d'un an plus tard.

« On nous avait promis la justice, on a eu le silence », déplore un responsable d'une association peule. Le ministère de la Justice assure que l'instruction suit son cours.""", []),

    ("fr2_rapport_kst_ituri", date(2025, 1, 29), """Ituri : au moins 1 500 civils tués en 2024, selon un rapport

BUNIA (Agence) - Au moins 1 500 civils ont été tués en Ituri au cours de l'année 2024, selon le rapport annuel d'un collectif d'ONG de défense des droits de l'homme publié mardi à Bunia.

Le document attribue la majorité de ces meurtres aux miliciens de la CODECO et aux rebelles ougandais des ADF, qui multiplient les incursions dans les territoires de Djugu, d'Irumu et de Mambasa. Les enlèvements ont également doublé en un an.

Les auteurs demandent la levée de l'état de siège, en vigueur depuis 2021, qu'ils jugent « inefficace ». Le gouverneur militaire n'a pas souhaité commenter.""", []),

    ("fr2_entretien_general", date(2025, 10, 2), """« Nous reprendrons chaque village » : entretien avec le chef d'état-major nigérien

NIAMEY (Agence) - Dans un entretien accordé à notre rédaction, le chef d'état-major des armées revient sur une année de lutte contre les groupes jihadistes dans la région de Tillabéri.

« Nous avons neutralisé des centaines de terroristes depuis janvier, détruit leurs bases et récupéré des motos par dizaines », affirme-t-il, sans fournir de bilan vérifiable. Il reconnaît des pertes « douloureuses » dans les rangs de l'armée, notamment lors de l'embuscade qui avait visé une patrouille près de la frontière malienne au printemps.

Interrogé sur le départ des partenaires occidentaux, le général assure que les drones turcs ont « changé la donne ». « Nous reprendrons chaque village, un par un », promet-il.""", []),

    ("fr2_sanctions_ue_wagner", date(2025, 5, 21), """L'Union européenne sanctionne des responsables de l'Africa Corps russe au Mali

BRUXELLES (Agence) - Les Vingt-Sept ont ajouté mardi onze personnes et quatre entités à leur liste de sanctions, parmi lesquelles plusieurs commandants du groupe Wagner et de son successeur, l'Africa Corps, déployés au Mali et en Centrafrique.

Bruxelles les accuse d'avoir participé à des exécutions sommaires de civils lors d'opérations conjointes avec l'armée malienne, notamment dans le centre du pays en 2022. Leurs avoirs sont gelés et ils sont interdits de séjour dans l'Union.

Bamako a dénoncé une « ingérence » et rappelé que la présence russe relevait d'un « choix souverain ».""", []),

    ("fr2_appel_haiti", date(2025, 2, 12), """Haïti : l'ONU lance un appel de 900 millions de dollars pour six millions de personnes

PORT-AU-PRINCE (Agence) - Les Nations unies ont lancé mardi un appel humanitaire de 908 millions de dollars pour venir en aide à six millions d'Haïtiens, soit plus de la moitié de la population, en 2025.

L'an dernier, plus de 5 600 personnes ont été tuées dans les violences des gangs, qui contrôlent l'essentiel de la capitale et ont étendu leur emprise au département de l'Artibonite. Plus d'un million de personnes ont dû quitter leur foyer.

L'appel de l'an dernier n'avait été financé qu'à 43 %, a rappelé la coordonnatrice humanitaire, qui redoute une « année encore plus sombre ».""", []),

    ("fr2_censure_assemblee", date(2025, 10, 9), """Assemblée : le gouvernement échappe de justesse à la censure, la majorité en lambeaux

PARIS (Agence) - Le gouvernement a survécu mercredi à une motion de censure déposée par la gauche, rejetée à dix-huit voix près, au terme d'une séance où les coups ont plu de tous les bancs.

Le Premier ministre a été « fusillé » par ses propres alliés, a résumé un député centriste, après que plusieurs élus de la majorité ont refusé de voter contre la motion. L'opposition a promis de « dynamiter » le budget en commission.

Le chef de l'État, qui s'exprimera dimanche, entend sortir de cette guerre de tranchées avant l'examen du projet de loi de finances.""", []),

    ("fr2_mali_partis_dissous", date(2025, 5, 15), """Mali : la junte dissout les partis politiques, l'opposition dénonce un « coup de force »

BAMAKO (Agence) - Les autorités de transition maliennes ont dissous mardi par décret l'ensemble des partis politiques et des organisations à caractère politique, au nom de la « rationalisation » de la vie publique.

Cette décision intervient quelques jours après une rare manifestation d'opposants à Bamako, qui réclamaient le retour à l'ordre constitutionnel, et la disparition de deux responsables politiques, enlevés selon leurs proches par des hommes se présentant comme des agents de la sécurité d'État.

Les principaux partis ont annoncé leur intention de saisir la Cour suprême. Le gouvernement promet une nouvelle charte des partis d'ici décembre.""", []),
]

FRESH2_FR_ONE = [
    ("fr2_ev_djugu_codeco", date(2025, 11, 12), """Ituri : sept civils tués dans une attaque près de Bunia, la société civile réclame des renforts

BUNIA (Agence) - Sept civils ont été tués dans la nuit de dimanche à lundi lors d'une incursion de miliciens de la CODECO dans un village situé à une vingtaine de kilomètres au nord de Bunia, ont rapporté des notables du secteur.

Les assaillants, armés de machettes et de fusils, ont aussi incendié une dizaine de maisons avant de se retirer vers la forêt. « C'est la troisième attaque en un mois », déplore le porte-voix de la société civile locale, qui réclame le déploiement de renforts.

La mission de l'ONU a dit condamner « ces violences répétées ». En 2024, plus de 1 500 civils avaient été tués dans la province, selon un collectif d'ONG.""",
     [ev(ATT, ["CODECO", "Civilians"], BUNIA, (2, 3), 7)]),

    ("fr2_ev_butembo_ville_morte", date(2025, 2, 19), """Butembo : ville morte et marche des commerçants contre l'insécurité

BUTEMBO (Agence) - Les activités ont été paralysées mardi à Butembo, où les commerçants ont observé une journée ville morte avant de marcher jusqu'à la mairie pour dénoncer la multiplication des meurtres et des enlèvements dans la ville.

Les manifestants, plusieurs centaines selon la police, ont remis un mémorandum au maire. La marche s'est déroulée dans le calme. Ils menacent de reconduire le mouvement chaque semaine si rien ne change.

La semaine dernière, la société civile avait recensé une quinzaine de personnes tuées depuis janvier dans les quartiers périphériques, la plupart attribuées à des bandits armés.""",
     [ev(PP, ["Protesters"], BUTEMBO, 1, 0)]),

    ("fr2_ev_dnipro_missile", date(2025, 6, 25), """Ukraine : un missile russe tue quatre personnes à Dnipro à la veille d'un échange de prisonniers

KIEV (Agence) - Un missile balistique russe s'est abattu mardi sur un quartier résidentiel de Dnipro, tuant quatre personnes et en blessant une vingtaine, a annoncé le chef de l'administration régionale.

Cette frappe survient alors que Kiev et Moscou doivent procéder mercredi à un nouvel échange de prisonniers, convenu lors des derniers pourparlers d'Istanbul. Le président ukrainien a de nouveau réclamé des systèmes de défense antiaérienne supplémentaires.

Depuis le début de l'invasion à grande échelle, en février 2022, la ville a été visée à des dizaines de reprises.""",
     [ev(SH, ["Russia"], DNIPRO, 1, 4)]),

    ("fr2_ev_fada_attaque", date(2025, 9, 24), """Burkina : l'armée dit avoir repoussé une attaque contre un camp près de Fada N'Gourma

OUAGADOUGOU (Agence) - L'armée burkinabè a affirmé mardi avoir repoussé la veille une attaque de « terroristes » contre un de ses détachements près de Fada N'Gourma, dans l'est du pays, et en avoir tué « plusieurs dizaines ».

Selon une source sécuritaire, les combats ont duré plusieurs heures et une dizaine de soldats ont aussi été tués. L'attaque a été revendiquée par le JNIM, lié à Al-Qaïda.

Le chef de l'État avait promis en début de mois une « offensive générale » dans l'Est, où les groupes jihadistes imposent un blocus à plusieurs localités.""",
     [ev(AC, ["JNIM", "Burkina Faso"], FADA, 2)]),

    ("fr2_ev_mokolo_enlevement", date(2025, 12, 3), """Extrême-Nord : cinq personnes enlevées près de Mokolo, les rançons flambent

MAROUA (Agence) - Cinq personnes, dont deux enfants, ont été enlevées lundi soir par des hommes armés dans un village proche de Mokolo, dans le département du Mayo-Tsanaga, a-t-on appris auprès des autorités locales.

Les ravisseurs réclament plusieurs millions de francs CFA à leurs familles. Ces dernières années, les enlèvements contre rançon sont devenus la principale menace dans la région, devant les incursions de Boko Haram, selon un rapport publié le mois dernier.

Le gouverneur a annoncé le renforcement des patrouilles sur les axes ruraux.""",
     [ev(ABD, ["Civilians"], MOKOLO, 2)]),

    ("fr2_ev_el_obeid_drone", date(2025, 9, 10), """Soudan : une frappe de drone sur El Obeid pendant que Washington pousse pour une trêve

PORT-SOUDAN (Agence) - Une frappe de drone attribuée aux Forces de soutien rapide a touché lundi un marché d'El Obeid, dans le Kordofan, tuant six civils, selon une source médicale.

Les paramilitaires, qui encerclent partiellement la ville, n'ont pas commenté. L'armée affirme pour sa part avoir détruit plusieurs de leurs véhicules dans la région ces derniers jours.

Les États-Unis, l'Arabie saoudite, l'Égypte et les Émirats ont proposé la veille une trêve humanitaire de trois mois, que ni l'une ni l'autre des parties n'a encore acceptée.""",
     [ev(AIR, ["Rapid Support Forces", "Civilians"], EL_OBEID, 2, 6)]),
]

FRESH2_EN_NONE = [
    ("en2_sudan_premier", date(2025, 5, 21), """Sudan's army chief names former UN official as prime minister

PORT SUDAN (Wire) - Sudan's army chief on Monday appointed a former United Nations official as prime minister, the first civilian to hold the post since the war began in April 2023, the sovereign council said.

The appointment comes as the army seeks to shore up its legitimacy after retaking Khartoum in March. The rival Rapid Support Forces have announced their own parallel government in areas they control in Darfur.

Diplomats said the new premier would have to form a cabinet of technocrats within weeks.""", []),

    ("en2_icc_trial_car", date(2025, 9, 17), """ICC opens trial of ex-militia chief over 2014 Central African killings

THE HAGUE (Wire) - The International Criminal Court on Tuesday opened the trial of a former anti-balaka commander accused of ordering the murder of Muslim civilians in western Central African Republic in 2014.

Prosecutors said fighters under his command attacked villages, looted homes and killed dozens of people as they fled. The defendant pleaded not guilty to all eleven counts of war crimes and crimes against humanity.

The trial is expected to last about two years.""", []),

    ("en2_donors_yemen", date(2025, 2, 26), """Aid agencies seek $2.5 billion for Yemen as funding dries up

GENEVA (Wire) - The United Nations and aid agencies appealed on Tuesday for $2.5 billion to help more than 19 million Yemenis this year, warning that cuts by major donors threatened food, water and health programmes.

A decade of war between the Houthis and the Saudi-backed government has killed hundreds of thousands of people, directly or through hunger and disease. Houthi attacks on shipping in the Red Sea have also driven up the cost of imports.

Officials said last year's plan was barely half funded.""", []),

    ("en2_sanctions_haiti", date(2025, 6, 4), """U.S. sanctions Haitian gang leaders and former lawmaker

WASHINGTON (Wire) - The United States on Monday imposed sanctions on two leaders of Haiti's Viv Ansanm gang coalition and a former senator accused of supplying them with weapons and money.

The Treasury said the coalition had carried out massacres, kidnappings and sexual violence across Port-au-Prince and blocked fuel terminals to extort the government. Washington designated it a foreign terrorist organisation last month.

All assets of the three men under U.S. jurisdiction are frozen.""", []),

    ("en2_aid_workers_record", date(2025, 8, 19), """Record number of aid workers killed in 2024, U.N. says

GENEVA (Wire) - A record 383 aid workers were killed around the world in 2024, most of them in Gaza, the United Nations said on Tuesday, marking World Humanitarian Day.

Sudan and South Sudan followed, according to a database kept by an independent research group. Many of the victims were local staff shot at checkpoints or killed in air strikes on convoys and warehouses.

The U.N. aid chief called for those responsible to be held to account.""", []),

    ("en2_somali_general", date(2025, 4, 9), """Somali army chief vows to drive al Shabaab out of Middle Shabelle by year-end

MOGADISHU (Wire) - Somalia's army chief said on Tuesday his forces would drive al Shabaab out of the Middle Shabelle region before December, after the militants retook several towns in a spring offensive.

"We lost ground, we will win it back," he told reporters, adding that new recruits trained abroad would be sent to the front in the coming weeks. He did not give a toll for the fighting, in which local elders say dozens of soldiers have been killed since February.

An African Union force is due to reduce its troop numbers by June.""", []),
]

FRESH2_EN_ONE = [
    ("en2_ev_mogadishu_mortars", date(2025, 3, 19), """Mortar shells land near Mogadishu airport as leaders meet on security

MOGADISHU (Wire) - Several mortar shells struck near Mogadishu's main airport on Tuesday as regional leaders met inside the fortified zone to discuss security, police said. One shell hit a house, wounding three people.

Al Shabaab said it had fired the rounds. The group regularly targets the airport zone, which houses embassies and U.N. offices.

The leaders ended their meeting with a pledge to coordinate operations against the militants.""",
     [ev(SH, ["Shabaab"], MOGADISHU, 1, 0)]),

    ("en2_ev_sumy_bus", date(2025, 7, 2), """Russian drone hits bus in Sumy region, killing driver

KYIV (Wire) - A Russian drone struck a passenger bus in the Sumy region on Tuesday, killing the driver and wounding nine passengers, the regional military administration said.

The attack came a day after Ukrainian and Russian delegations failed to agree on a new round of talks. Russia has massed troops near the border north of Sumy in recent months, and Ukraine's commander-in-chief said last week he expected a push on the city.

Sumy lies about 30 km from the border.""",
     [ev(AIR, ["Russia", "Civilians"], SUMY, 1, 1)]),

    ("en2_ev_bamenda_soldiers", date(2025, 10, 8), """Separatists kill two soldiers in Bamenda days before Cameroon election

YAOUNDE (Wire) - Anglophone separatists killed two soldiers at a checkpoint in Bamenda on Monday, military sources said, days before Sunday's presidential election.

Separatist groups have called for a boycott of the vote and imposed lockdowns across the North-West and South-West regions. The conflict, which began in 2017, has killed more than 6,000 people, according to the International Crisis Group.

The government says it has deployed extra troops to secure polling stations.""",
     [ev(AC, ["Ambazonia", "Cameroon"], BAMENDA, 2, 2)]),
]

FRESH2 = [(a, "fr") for a in FRESH2_FR_NONE + FRESH2_FR_ONE] + [(a, "en") for a in FRESH2_EN_NONE + FRESH2_EN_ONE]

# FRESH3: the fortieth session's held-out group (28 articles, 19 French, 19 with no event), written before any rule
# of that session and run on main; not studied until its last round.
KWAMOUTH, TERA, KISANGANI, KOLOKANI, ZAPORIJJIA = ((-3.18, 16.20), (14.01, 0.75), (0.52, 25.19), (13.57, -8.03),
                                                   (47.84, 35.14))
KOLOFATA, TINZAOUATEN, BALCAD, NAIROBI3 = (11.16, 14.02), (19.95, 2.93), (2.36, 45.39), (-1.29, 36.82)

FRESH3_FR_NONE = [
    ("fr3_remaniement_ouaga", date(2026, 2, 11), """Burkina : un nouveau gouvernement de « combat » autour du capitaine Traoré

OUAGADOUGOU (Agence) - Le Premier ministre a rendu publique mardi soir la liste d'une équipe gouvernementale resserrée à vingt-trois portefeuilles, dont cinq confiés à des officiers, après la démission collective présentée la semaine dernière.

Le ministère de la Sécurité revient à un commissaire divisionnaire réputé proche du chef de l'État. Son prédécesseur avait été critiqué après la série d'assauts jihadistes qui avaient endeuillé la région du Sahel l'an passé, dont celui qui avait coûté la vie à plusieurs dizaines de volontaires près de Djibo.

La passation des charges est prévue jeudi. Le nouveau gouvernement devra présenter sous trois mois une feuille de route sur la reconquête du territoire et le retour des déplacés.""", []),

    ("fr3_referendum_campagne", date(2026, 3, 18), """Bénin : la campagne référendaire s'ouvre dans un climat de méfiance

COTONOU (Agence) - La campagne pour le référendum sur la nouvelle Constitution s'est ouverte mardi à minuit, pour deux semaines de meetings, de caravanes et de débats radiophoniques avant le vote fixé au 5 avril.

Le texte, qui crée un Sénat et allonge le mandat présidentiel à sept ans, divise la classe politique. Une partie de l'opposition appelle à voter non, une autre au boycott, rappelant les législatives de 2019 dont elle avait été exclue et les heurts meurtriers qui avaient suivi à Cotonou et à Savè.

La Commission électorale assure que tous les bureaux seront ouverts, y compris dans le nord, où des groupes armés venus du Sahel ont multiplié les incursions ces dernières années.""", []),

    ("fr3_proces_renvoi_beni", date(2026, 4, 22), """Beni : le procès des présumés auteurs de la tuerie de Mamove renvoyé au mois prochain

BENI (Agence) - La cour militaire opérationnelle siégeant à Beni a renvoyé mardi au 19 mai le procès de quatorze prévenus poursuivis pour leur participation présumée à la tuerie de Mamove, faute de traducteur pour deux d'entre eux.

Selon l'accusation, les assaillants avaient fait irruption dans le village à la tombée de la nuit, tué plusieurs dizaines d'habitants à l'arme blanche et emporté du bétail vers le parc national des Virunga. Les prévenus rejettent tous les faits qui leur sont reprochés.

Les avocats des parties civiles déplorent un nouveau report, le troisième depuis l'ouverture des audiences en janvier. « Les familles attendent depuis trop longtemps », a plaidé l'un d'eux.""", []),

    ("fr3_contrat_minier", date(2026, 5, 6), """Lualaba : Kinshasa signe un contrat de cobalt avec un consortium émirati

KOLWEZI (Agence) - Le ministre des Mines a paraphé mardi à Kolwezi un contrat de partage de production portant sur deux concessions de cuivre et de cobalt, avec à la clé un investissement annoncé de 1,2 milliard de dollars sur cinq ans.

L'accord prévoit la construction d'une usine de traitement et la réinstallation de plusieurs milliers de creuseurs artisanaux. En 2023, l'évacuation d'un site voisin par les forces de l'ordre avait donné lieu à des affrontements et à des accusations de brutalités, rappellent les ONG locales.

La société civile du Lualaba exige que le texte soit publié intégralement, comme le prévoit le Code minier. Le ministère promet de le mettre en ligne « dans les prochains jours ».""", []),

    ("fr3_homelie_eveque", date(2026, 4, 6), """Bukavu : à Pâques, l'archevêque dénonce « une terre arrosée de sang »

BUKAVU (Agence) - Devant des milliers de fidèles réunis dimanche à la cathédrale Notre-Dame de la Paix, l'archevêque de Bukavu a livré une homélie sévère contre « tous ceux qui font commerce de la mort » dans l'Est du pays.

« On tue nos jeunes, on viole nos mères, on pille nos champs, et le monde regarde ailleurs », a lancé le prélat, qui a aussi appelé les fidèles à refuser la haine ethnique et à « désarmer les cœurs ». Il a cité les villages de Kalehe et de Walungu vidés par les violences ces dernières années.

À la sortie de la messe, plusieurs paroissiens ont salué « une parole de courage ». L'archidiocèse annonce une marche de prière pour la paix à la Pentecôte.""", []),

    ("fr3_tournee_gouverneur", date(2026, 6, 10), """Tanganyika : le gouverneur en tournée à Nyunzu promet des routes et des écoles

KALEMIE (Agence) - Le gouverneur du Tanganyika a achevé mardi une tournée de cinq jours dans le territoire de Nyunzu, où il a inauguré deux centres de santé et lancé les travaux de réhabilitation de la route vers Kabalo.

Devant les notables, il a promis de « tourner la page » des affrontements entre communautés qui avaient embrasé la province il y a quelques années, quand des villages entiers avaient été incendiés et des milliers de familles jetées sur les routes. « Nous ne voulons plus de miliciens, nous voulons des enseignants », a-t-il lancé.

Les chefs coutumiers lui ont remis un cahier de doléances portant sur les conflits fonciers et le manque d'eau potable.""", []),

    ("fr3_dialogue_resolutions", date(2026, 7, 8), """Niger : les assises nationales recommandent de dialoguer avec les groupes armés

NIAMEY (Agence) - Les participants aux assises nationales sur la sécurité ont adopté mardi à Niamey une centaine de résolutions, dont l'ouverture de « canaux de discussion » avec les combattants nigériens des groupes armés prêts à déposer les armes.

Le document recommande aussi la création de comités locaux de vigilance, le recrutement de dix mille soldats supplémentaires et une amnistie pour les repentis n'ayant pas de sang sur les mains. Il rappelle que les attaques contre les villages de l'ouest ont fait des centaines de victimes civiles depuis 2021.

Le chef de l'État doit recevoir le rapport final à la fin du mois. Plusieurs associations de victimes ont dit leur inquiétude face à une amnistie qu'elles jugent « prématurée ».""", []),

    ("fr3_frontiere_reouverture", date(2026, 9, 2), """Bénin-Niger : la frontière rouverte, les camionneurs soulagés à Malanville

MALANVILLE (Agence) - Des centaines de camions ont franchi mardi le pont sur le fleuve Niger, rouvert à la circulation après plus de deux ans de fermeture consécutive à la brouille entre Cotonou et Niamey.

Les deux gouvernements se sont engagés à relancer l'oléoduc et à partager des renseignements sur les groupes armés actifs dans le parc W, où plusieurs embuscades avaient visé les forces béninoises ces dernières années. Une commission mixte se réunira chaque trimestre.

« Nous avons perdu des mois de travail », témoigne un transporteur, qui espère que les tracasseries aux postes de contrôle disparaîtront avec la réouverture.""", []),

    ("fr3_rapport_onu_enfants", date(2026, 6, 24), """RDC : l'ONU recense plus de 4 000 violations graves contre des enfants en un an

NEW YORK (Agence) - La République démocratique du Congo reste l'un des pays où les enfants paient le plus lourd tribut aux conflits, selon le rapport annuel du secrétaire général de l'ONU sur les enfants et les conflits armés publié mardi.

Le document recense plus de 4 000 violations graves vérifiées dans le pays l'an dernier : des enfants tués ou mutilés, recrutés par des groupes armés, enlevés ou victimes de violences sexuelles. Les miliciens et les rebelles en commettent la majorité, mais l'armée régulière figure aussi sur la liste.

Au niveau mondial, les Nations unies font état d'un record de violations depuis la création du mécanisme de surveillance, il y a une vingtaine d'années.""", []),

    ("fr3_commemoration_thiaroye", date(2026, 12, 2), """Sénégal : à Thiaroye, l'hommage aux tirailleurs et la question des archives

DAKAR (Agence) - Des officiels, des descendants de tirailleurs et des centaines d'élèves se sont réunis mardi au cimetière militaire de Thiaroye pour honorer la mémoire des soldats africains tombés le 1er décembre 1944.

Ce jour-là, des tirailleurs rapatriés qui réclamaient le paiement de leurs arriérés de solde avaient été fauchés par les tirs de l'armée coloniale française. Le nombre exact de victimes reste inconnu et fait toujours l'objet de recherches.

Le Premier ministre a de nouveau demandé à Paris l'ouverture de toutes ses archives sur le drame. Un comité d'historiens doit rendre ses conclusions l'an prochain.""", []),

    ("fr3_retour_refugies", date(2026, 3, 4), """Centrafrique : premiers convois de rapatriement volontaire depuis le Cameroun

GAROUA-BOULAÏ (Agence) - Un premier convoi de plus de trois cents réfugiés centrafricains a quitté mardi le site de Gado pour regagner la région de la Nana-Mambéré, dans le cadre du programme de rapatriement volontaire appuyé par le HCR.

Beaucoup avaient fui en 2014 les violences entre groupes armés qui avaient ravagé l'ouest du pays, quand des quartiers entiers avaient été incendiés. Chaque famille reçoit un kit de réinstallation et une somme en espèces pour reconstruire.

Le HCR espère rapatrier dix mille personnes d'ici la fin de l'année, mais s'inquiète de l'insécurité qui persiste sur certains axes.""", []),

    ("fr3_transfert_attaquant", date(2026, 7, 22), """Football : l'attaquant malien qui a fusillé la Ligue 1 rejoint la Premier League

PARIS (Agence) - Le meilleur buteur du dernier championnat de France s'est engagé mardi pour cinq saisons avec un club londonien, pour un transfert estimé à 55 millions d'euros, record pour un joueur malien.

Auteur de vingt-six buts, l'attaquant avait massacré les défenses adverses tout au long de la saison, avant d'assassiner les espoirs de son ancien club formateur d'un triplé lors de la dernière journée. « Un tueur dans la surface », résume son entraîneur.

Le joueur, qui a grandi à Bamako, a promis de revenir disputer la Coupe d'Afrique avec les Aigles.""", []),

    ("fr3_inondations_bilan", date(2026, 9, 16), """Niger : les inondations ont fait 214 morts depuis juin, selon un nouveau bilan

NIAMEY (Agence) - Les pluies diluviennes qui s'abattent sur le Niger depuis le début de la saison ont fait 214 morts et plus de 400 000 sinistrés, selon un bilan publié mardi par le ministère de l'Action humanitaire.

La région de Maradi est la plus touchée, devant Zinder et Tillabéri, où des milliers de maisons en banco se sont effondrées et des champs entiers ont été emportés par les eaux. Le fleuve a atteint à Niamey son plus haut niveau depuis des décennies.

Le gouvernement a débloqué un fonds d'urgence et appelle les habitants des berges à évacuer. Les rentrées scolaires pourraient être repoussées dans plusieurs communes.""", []),
]

FRESH3_FR_ONE = [
    ("fr3_ev_kwamouth_mobondo", date(2026, 5, 13), """Kwamouth : quatre villageois tués par des miliciens Mobondo, le gouverneur attendu sur place

BANDUNDU (Agence) - Quatre habitants d'un village du territoire de Kwamouth ont été tués mardi à l'aube par des miliciens Mobondo, qui ont aussi brûlé plusieurs cases avant de disparaître dans la brousse, selon l'administrateur du territoire.

Le conflit, né en 2022 d'une dispute sur les redevances coutumières entre Teke et Yaka, a fait des centaines de morts et chassé des dizaines de milliers de personnes. Un programme de désarmement lancé l'an dernier peine à convaincre les combattants.

Le gouverneur de la province du Maï-Ndombe est attendu vendredi à Kwamouth, où il doit présider une réunion de sécurité avec les chefs coutumiers.""",
     [ev(ATT, ["Mobondo", "Civilians"], KWAMOUTH, "mardi", 4)]),

    ("fr3_ev_tera_embuscade", date(2026, 3, 10), """Niger : dix soldats tués dans une embuscade près de Téra, à la veille des assises

NIAMEY (Agence) - Dix soldats nigériens ont été tués dimanche dans une embuscade tendue par des combattants de l'État islamique au Sahel contre une patrouille près de Téra, dans la région de Tillabéri, a annoncé lundi soir le ministère de la Défense.

Selon le communiqué, « plusieurs dizaines de terroristes » ont été neutralisés lors de la riposte et des motos ont été saisies. Les assaillants sont venus de la zone des trois frontières, théâtre de violences récurrentes depuis une décennie.

Cette attaque survient alors que s'ouvrent cette semaine à Niamey des assises nationales sur la sécurité, censées déboucher sur une nouvelle stratégie contre les groupes armés.""",
     [ev(AC, ["Islamic State", "Niger"], TERA, "dimanche", 10)]),

    ("fr3_ev_kisangani_enseignants", date(2026, 10, 15), """Kisangani : les enseignants marchent pour leurs primes, la rentrée compromise

KISANGANI (Agence) - Plusieurs centaines d'enseignants du secteur public ont marché mercredi dans les rues de Kisangani jusqu'au gouvernorat de la Tshopo pour réclamer le paiement de leurs primes, impayées depuis cinq mois.

Les manifestants, encadrés par la police, ont déposé un mémorandum avant de se disperser dans le calme. Leur syndicat menace de prolonger la grève entamée à la rentrée si le gouvernement ne tient pas ses promesses d'ici la fin du mois.

En 2024 déjà, un mouvement similaire avait paralysé les écoles de la province pendant plusieurs semaines.""",
     [ev(PP, ["Protesters"], KISANGANI, "mercredi", 0)]),

    ("fr3_ev_kolokani_convoi", date(2026, 11, 6), """Mali : un convoi de citernes attaqué près de Kolokani, l'armée dit avoir riposté

BAMAKO (Agence) - Des combattants du JNIM ont attaqué jeudi un convoi de camions-citernes escorté par l'armée malienne près de Kolokani, sur l'axe reliant Bamako à la frontière mauritanienne, ont indiqué des sources sécuritaires et des transporteurs.

Les échanges de tirs ont duré près de deux heures. L'état-major affirme avoir « repoussé l'ennemi », sans donner de bilan, tandis que des chauffeurs font état de plusieurs camions incendiés.

Depuis plus d'un an, le groupe lié à Al-Qaïda impose un blocus sur les importations de carburant, provoquant de longues files d'attente aux stations-service de la capitale.""",
     [ev(AC, ["JNIM", "Mali"], KOLOKANI, "jeudi")]),

    ("fr3_ev_zaporijjia_drones", date(2026, 2, 16), """Ukraine : deux morts dans une attaque de drones sur Zaporijjia, pendant les pourparlers de Genève

KIEV (Agence) - Deux personnes ont été tuées et sept blessées dans la nuit de samedi à dimanche par une attaque de drones russes sur Zaporijjia, dans le sud-est de l'Ukraine, a annoncé le chef de l'administration militaire régionale.

Un immeuble d'habitation et une station-service ont été touchés. L'attaque a eu lieu alors que des délégations ukrainienne, russe et américaine poursuivaient à Genève des discussions sur un éventuel cessez-le-feu aérien, sans avancée notable selon plusieurs diplomates.

Depuis le début de l'invasion, la ville, située à une cinquantaine de kilomètres de la ligne de front, est visée presque chaque semaine.""",
     [ev(AIR, ["Russia", "Civilians"], ZAPORIJJIA, ("samedi", "dimanche"), 2)]),

    ("fr3_ev_kolofata_deux", date(2026, 1, 14), """Extrême-Nord : trois civils tués à Kolofata, les habitants de Mora réclament des militaires

MAROUA (Agence) - Trois civils ont été tués lundi soir lors d'une incursion de combattants de Boko Haram dans un quartier de Kolofata, près de la frontière nigériane, ont rapporté des notables. Les combattants ont emporté des vivres et du bétail.

Mardi, plusieurs centaines d'habitants de Mora ont marché pacifiquement jusqu'à la sous-préfecture pour réclamer le retour d'un détachement militaire retiré de leur localité le mois dernier.

Selon le gouverneur de la région, une quarantaine de personnes ont été tuées dans le département du Mayo-Sava depuis le début de l'année dernière.""",
     [ev(ATT, ["Boko Haram", "Civilians"], KOLOFATA, "lundi", 3), ev(PP, ["Protesters"], MORA, "mardi", 0)]),
]

FRESH3_EN_NONE = [
    ("en3_mozambique_cabinet", date(2026, 2, 4), """Mozambique president reshuffles cabinet, names new defence minister

MAPUTO (Wire) - Mozambique's president on Tuesday replaced his defence and interior ministers in a reshuffle that also saw the finance portfolio handed to a former central bank official, the presidency said.

The new defence minister inherits an insurgency in Cabo Delgado province that has dragged on since 2017, with Islamic State-linked fighters still raiding villages along the coast despite the presence of Rwandan troops. TotalEnergies is weighing whether to restart its halted gas project in the province.

The new ministers are due to be sworn in on Thursday.""", []),

    ("en3_un_panel_sudan", date(2026, 4, 15), """U.N. experts say weapons keep flowing into Darfur despite embargo

NEW YORK (Wire) - Weapons and drones continue to reach the warring sides in Sudan's Darfur region in breach of a U.N. arms embargo, a panel of experts said in a report seen by Reuters on Tuesday.

The report details cargo flights landing at airstrips in neighbouring countries and documents the use of long-range drones in attacks on cities held by the army. It estimates that fighting in North Darfur alone displaced more than a million people last year.

The Security Council is due to discuss the findings next week.""", []),

    ("en3_machar_trial", date(2026, 3, 25), """South Sudan court adjourns Machar treason trial for a month

JUBA (Wire) - A special court in Juba on Tuesday adjourned the treason trial of South Sudan's suspended first vice president Riek Machar until late April, after defence lawyers challenged its jurisdiction.

Prosecutors accuse Machar and several co-defendants of links to a militia that overran an army base in Nasir in March 2025, killing dozens of soldiers and a general. The defence says the charges are politically motivated.

Machar's supporters gathered outside the court but were kept at a distance by security forces. Diplomats fear the case could unravel the 2018 peace deal.""", []),

    ("en3_chad_border_aid", date(2026, 8, 12), """Chad lets aid trucks cross into Darfur through Adre for three more months

N'DJAMENA (Wire) - Chad on Tuesday extended for three months its authorisation for U.N. aid convoys to cross into Sudan's Darfur region through the Adre border post, the main route for food into the famine-hit area.

Aid officials welcomed the decision but said convoys still faced looting and shelling inside Sudan, where trucks had been hit in attacks on the road to El Geneina in past months.

More than 800,000 Sudanese refugees now live in camps in eastern Chad, according to the U.N. refugee agency.""", []),

    ("en3_floods_nigeria", date(2026, 6, 3), """Death toll from Nigeria floods rises to 170, emergency agency says

ABUJA (Wire) - The death toll from floods that swept through towns in Nigeria's Niger state last week has risen to 170, with dozens still missing, the national emergency management agency said on Tuesday.

Rescuers pulled more bodies from the mud and debris along the river, where torrential rain caused a dam upstream to overflow. More than 3,000 homes were destroyed, officials said.

The government has promised relief funds and said it would review the safety of dams across the country.""", []),

    ("en3_kwibuka_commemoration", date(2026, 4, 8), """Rwanda marks 32 years since genocide with call to fight denial

KIGALI (Wire) - Rwanda on Tuesday began a week of national mourning to mark 32 years since the 1994 genocide against the Tutsi, in which more than 800,000 people were killed in about a hundred days.

President Paul Kagame lit a flame at the Kigali Genocide Memorial, where more than 250,000 victims are buried, and warned against the spread of denial online. Survivors recounted how militias had hunted down their relatives at roadblocks and in churches.

Commemorations are held across the country until Monday.""", []),
]

FRESH3_EN_ONE = [
    ("en3_ev_tinzaouaten_drone", date(2026, 5, 19), """Mali drone strike kills five near Algerian border, Algiers protests

ALGIERS (Wire) - A Malian army drone strike killed five civilians near Tinzaouaten on the border with Algeria on Sunday, local Tuareg officials said, prompting Algeria to summon Mali's ambassador on Monday.

The Malian army said it had targeted "terrorists" preparing an attack. Relations between the two neighbours have been strained since Algeria shot down a Malian drone in the same area last year.

Tuareg separatist groups said the victims were herders watering their animals at a well.""",
     [ev(AIR, ["Mali", "Civilians"], TINZAOUATEN, 2, 5)]),

    ("en3_ev_balcad_clash", date(2026, 9, 23), """Somali troops clash with al Shabaab near Balcad as parliament debates poll law

MOGADISHU (Wire) - Somali government forces fought al Shabaab militants for several hours on Tuesday near Balcad, about 30 km north of Mogadishu, after the militants attacked a military base, a military officer said.

The officer said four soldiers and at least a dozen militants were killed. Al Shabaab said it had overrun the base, which the army denied.

In Mogadishu, lawmakers were debating a disputed electoral law that opposition leaders say would let the president extend his term.""",
     [ev(AC, ["Shabaab", "Somalia"], BALCAD, 1)]),

    ("en3_ev_nairobi_teargas", date(2026, 6, 26), """Kenyan police fire tear gas at protesters marking anniversary of deadly demonstrations

NAIROBI (Wire) - Kenyan police fired tear gas and water cannon on Thursday to disperse hundreds of protesters who marched in central Nairobi to mark two years since the storming of parliament, witnesses said.

In June 2024, dozens of people were killed when police opened fire on demonstrators opposed to a finance bill. Rights groups say no officer has been convicted over the deaths.

The interior ministry said several people had been arrested for looting shops.""",
     [ev(PWI, ["Protesters", "Police"], NAIROBI3, 1)]),
]

FRESH3 = [(a, "fr") for a in FRESH3_FR_NONE + FRESH3_FR_ONE] + [(a, "en") for a in FRESH3_EN_NONE + FRESH3_EN_ONE]

# FRESH4: the forty-first session's held-out group (28 articles, 19 French, 19 with no event), written before any
# rule of that session and run on main; not studied until its last round.
BENI4, DJIBO4, DIFFA4, KHERSON4, BOSSANGOA4 = ((0.49, 29.47), (14.10, -1.63), (13.32, 12.61), (46.64, 32.61),
                                               (6.49, 17.45))
ZIGUINCHOR4, BAMA4, MANDERA4, KADUGLI4 = (12.56, -16.27), (11.52, 13.69), (3.94, 41.86), (11.01, 29.72)
DOHA4 = (25.29, 51.53)

FRESH4_FR_NONE = [
    ("fr4_remaniement_niamey", date(2026, 5, 13), """Niger : le général Tiani remanie son gouvernement, la Défense change de mains

NIAMEY (Agence) - Un décret lu mardi soir à la télévision publique a rendu publique la composition d'un gouvernement remanié, marqué par l'arrivée d'un nouveau ministre de la Défense et le départ de trois ministres civils.

Le nouveau titulaire de la Défense, un colonel-major passé par l'état-major des opérations, hérite d'un dossier lourd. Les attaques attribuées à l'État islamique au Sahel dans la zone des trois frontières ont coûté la vie à de nombreux soldats ces deux dernières années, et l'armée peine à sécuriser les axes menant à Ouallam.

La cérémonie de passation est annoncée pour vendredi. Les syndicats d'enseignants, eux, attendent surtout des gestes sur les arriérés de salaires.""", []),

    ("fr4_referendum_tchad", date(2026, 9, 9), """Tchad : la campagne pour le référendum sur la décentralisation démarre dans l'indifférence

N'DJAMENA (Agence) - Banderoles aux couleurs du « oui », caravanes de motos et concerts gratuits : la campagne pour le référendum sur la décentralisation s'est ouverte lundi dans la capitale, sans véritable adversaire en face.

La principale coalition d'opposition a appelé ses militants à rester chez eux le jour du scrutin, prévu le 27 septembre. Ses dirigeants rappellent la répression sanglante des manifestations d'octobre 2022, dont les victimes attendent toujours un procès.

Le ministre de l'Administration territoriale promet des bureaux de vote jusque dans les îles du lac Tchad, où l'armée mène depuis des années des opérations contre Boko Haram.""", []),

    ("fr4_proces_renvoye_ouaga", date(2026, 3, 5), """Burkina : le procès des militaires poursuivis pour la tuerie de Karma renvoyé au mois de mai

OUAGADOUGOU (Agence) - Le tribunal militaire de Ouagadougou a renvoyé mercredi au 14 mai le procès de sept soldats accusés d'avoir participé aux exécutions du village de Karma, dans le nord du pays, en avril 2023.

La défense a obtenu le report en invoquant l'absence de deux témoins clés et la communication tardive de pièces du dossier. Les familles des victimes, venues en nombre, ont exprimé leur colère à la sortie de l'audience.

Selon les organisations de défense des droits humains, plusieurs dizaines d'habitants avaient été tués ce jour-là par des hommes en tenue militaire.""", []),

    ("fr4_contrat_cobalt", date(2026, 6, 18), """RDC : Kinshasa signe un contrat géant pour le cobalt avec un consortium du Golfe

KINSHASA (Agence) - Le gouvernement congolais a signé mercredi avec un consortium émirien un contrat de plusieurs milliards de dollars portant sur l'exploitation de deux gisements de cuivre et de cobalt dans la province du Lualaba.

Le ministre des Mines a salué « un partenariat gagnant-gagnant » assorti de la construction d'une raffinerie à Kolwezi. La société civile s'interroge sur les clauses fiscales, tenues secrètes à ce stade.

Ce contrat intervient alors que l'est du pays reste en proie à la guerre : les mines de coltan de Rubaya, dans le Nord-Kivu, sont contrôlées depuis 2024 par les rebelles du M23, que Kinshasa accuse de piller ses ressources.""", []),

    ("fr4_homelie_butembo", date(2026, 4, 6), """Butembo : à Pâques, l'évêque dénonce « l'indifférence » face aux massacres

BUTEMBO (Agence) - Devant une cathédrale comble, l'évêque de Butembo-Beni a consacré dimanche son homélie de Pâques aux victimes des violences qui endeuillent le Grand Nord du Nord-Kivu depuis plus de dix ans.

« On tue nos frères à la machette, on brûle nos villages, et le monde regarde ailleurs », a lancé le prélat, appelant les fidèles à ne pas céder à la haine ni à la vengeance. Il a cité les paroisses désertées de la chefferie des Bashu, où les rebelles ougandais des ADF ont multiplié les incursions.

À la sortie de la messe, de nombreux fidèles ont entonné des chants de paix.""", []),

    ("fr4_tournee_gouverneur_ituri", date(2026, 7, 22), """Ituri : le gouverneur militaire entame une tournée dans le territoire de Djugu

BUNIA (Agence) - Le gouverneur militaire de l'Ituri a entamé lundi une tournée d'une semaine dans le territoire de Djugu, où il entend « écouter les communautés » et relancer le désarmement des miliciens.

À Fataki, il a rencontré des chefs coutumiers et des responsables de sites de déplacés, qui lui ont rappelé les attaques de la milice CODECO contre les camps l'an dernier. « Nous dormons avec la peur au ventre », a témoigné une représentante des femmes.

Le gouverneur a promis le renforcement des positions des FARDC autour des sites et l'ouverture d'un centre de regroupement pour les miliciens qui déposeront les armes.""", []),

    ("fr4_dialogue_resolutions_bamako", date(2026, 2, 26), """Mali : les assises nationales recommandent le dialogue avec les groupes armés

BAMAKO (Agence) - Les assises nationales pour la paix ont clos mercredi leurs travaux à Bamako en adoptant une centaine de résolutions, dont l'ouverture d'un dialogue « sans tabou » avec les groupes armés maliens, jihadistes compris.

Les délégués recommandent aussi la prorogation de la transition, la création de comités locaux de réconciliation et le retour de l'administration dans les cercles où elle a fui face à l'insécurité. Plusieurs intervenants ont évoqué les blocus imposés par le JNIM à des localités du centre, qui privent les habitants de vivres.

Le président de la transition doit recevoir le rapport final la semaine prochaine.""", []),

    ("fr4_frontiere_benin_niger", date(2026, 1, 21), """Bénin-Niger : la frontière rouverte après deux ans et demi de fermeture

MALANVILLE (Agence) - Des dizaines de camions chargés de ciment et de riz ont franchi mardi le pont sur le fleuve Niger entre Malanville et Gaya, au premier jour de la réouverture officielle de la frontière entre le Bénin et le Niger.

Les transporteurs ont laissé éclater leur joie après des mois d'attente. La fermeture, décidée par Niamey après le coup d'État de juillet 2023, avait asphyxié les commerces des deux rives et bloqué les exportations de pétrole par l'oléoduc.

Les deux gouvernements ont convenu de patrouilles conjointes le long du fleuve, où des groupes armés ont attaqué des postes de police ces dernières années.""", []),

    ("fr4_rapport_onu_kivu", date(2026, 5, 7), """RDC : plus de 1 200 civils tués au premier trimestre, selon le bureau onusien chargé des droits humains

KINSHASA (Agence) - Au moins 1 214 civils ont été tués dans des conflits armés en RDC entre janvier et mars, indique le rapport trimestriel du bureau conjoint onusien chargé des droits humains, publié mercredi.

Le Nord-Kivu et l'Ituri concentrent plus de huit violations sur dix. Le rapport attribue la majorité des tueries aux ADF et à la CODECO, mais pointe aussi des exécutions commises par des militaires et des miliciens wazalendo.

Le Bureau recommande des enquêtes judiciaires et appelle les autorités à protéger les sites de déplacés, régulièrement visés.""", []),

    ("fr4_commemoration_thiaroye", date(2026, 12, 2), """Sénégal : Thiaroye commémore ses tirailleurs, Paris sous pression

DAKAR (Agence) - Le Sénégal a commémoré mardi le massacre de Thiaroye, où des dizaines de tirailleurs africains qui réclamaient leur solde avaient été abattus par l'armée coloniale française le 1er décembre 1944.

Le Premier ministre a déposé une gerbe au cimetière militaire et réclamé l'ouverture complète des archives françaises. Des historiens estiment que le nombre réel de victimes reste inconnu, les fosses n'ayant jamais été toutes identifiées.

Des élèves ont lu des lettres de tirailleurs et une exposition a été inaugurée au musée des forces armées.""", []),

    ("fr4_retour_refugies_rca", date(2026, 10, 14), """Centrafrique : 2 000 réfugiés rentrent du Cameroun dans le cadre du rapatriement volontaire

BERBÉRATI (Agence) - Un convoi de camions du HCR a ramené mardi quelque 2 000 réfugiés centrafricains du Cameroun vers la préfecture de la Mambéré-Kadéï, dans le cadre d'un programme de rapatriement volontaire.

Beaucoup avaient fui en 2013 et 2014, lorsque les violences entre la Seleka et les anti-balaka ravageaient l'ouest du pays. Ils reçoivent un kit de réinstallation, des semences et une aide en espèces pour trois mois.

Les autorités locales assurent que la sécurité est revenue, même si des éléments armés circulent encore dans la zone frontalière.""", []),

    ("fr4_transfert_attaquant", date(2026, 8, 27), """Football : l'attaquant malien qui a fusillé les gardiens de Ligue 1 file en Arabie saoudite

PARIS (Agence) - L'avant-centre international malien, meilleur buteur du dernier championnat de France, s'est engagé mardi pour trois saisons avec un club de Riyad, pour un transfert estimé à 45 millions d'euros.

Auteur de 24 buts, dont un triplé qui avait massacré la défense parisienne en mars, le joueur de 26 ans avait été décisif lors de la dernière Coupe d'Afrique des nations. Son club formateur de Bamako touchera une part de l'indemnité.

Les supporters regrettent le départ d'un « tueur » des surfaces, qui n'aura disputé que deux saisons en France.""", []),

    ("fr4_inondations_niger", date(2026, 8, 19), """Niger : les inondations ont fait 58 morts depuis juin

NIAMEY (Agence) - Les pluies diluviennes qui s'abattent sur le Niger depuis le début de la saison ont fait 58 morts et plus de 90 000 sinistrés, selon un bilan du ministère de l'Action humanitaire publié lundi.

Les régions de Maradi, Zinder et Tahoua sont les plus touchées. Des centaines de maisons en banco se sont effondrées et des champs entiers ont été emportés par les eaux. À Niamey, le fleuve a atteint un niveau d'alerte.

Le gouvernement a débloqué une enveloppe d'urgence et demande aux habitants des zones inondables de se reloger.""", []),
]

FRESH4_FR_ONE = [
    ("fr4_ev_beni_adf", date(2026, 3, 11), """Beni : neuf civils tués par les ADF, la ville en deuil à la veille de la visite du ministre

BENI (Agence) - Neuf civils ont été tués lundi soir dans le quartier de Rwangoma, en périphérie de Beni, lors d'une incursion attribuée aux rebelles des ADF, a annoncé le maire de la ville. Plusieurs maisons ont été incendiées.

Le ministre de l'Intérieur est attendu jeudi à Beni pour une réunion de sécurité. La société civile annonce une journée ville morte et réclame des opérations conjointes plus efficaces entre les FARDC et l'armée ougandaise.

Depuis 2014, les massacres attribués à ce groupe se comptent par centaines dans la région.""",
     [ev(ATT, ["ADF", "Civilians"], BENI4, "lundi", 9)]),

    ("fr4_ev_djibo_assaut", date(2026, 6, 10), """Burkina : l'armée repousse un assaut jihadiste contre Djibo

OUAGADOUGOU (Agence) - L'armée burkinabè a repoussé lundi une attaque de grande envergure menée par des combattants du JNIM contre le détachement militaire de Djibo, dans la province du Soum, selon des sources sécuritaires.

Les combats ont duré plusieurs heures et les assaillants ont laissé des dizaines de corps sur le terrain, affirme l'état-major, qui ne donne pas de bilan de ses propres pertes. La ville est soumise à un blocus depuis plus de trois ans.

Le président de la transition a salué « la bravoure » des soldats lors d'un discours mardi, promettant de « poursuivre la reconquête ».""",
     [ev(AC, ["JNIM", "Burkina Faso"], DJIBO4, "lundi")]),

    ("fr4_ev_diffa_enlevement", date(2026, 4, 29), """Niger : six personnes enlevées près de Diffa, les éleveurs inquiets

DIFFA (Agence) - Six personnes, dont deux commerçants, ont été enlevées dans la nuit de dimanche à lundi dans un village proche de Diffa par des hommes armés soupçonnés d'appartenir à Boko Haram, ont indiqué des sources locales.

Les ravisseurs réclament une rançon, selon un proche d'une victime. La région, frontalière du Nigeria, a connu une accalmie relative ces derniers mois après des années d'attaques.

Un forum sur la cohabitation entre éleveurs et agriculteurs, prévu la semaine prochaine à Diffa, a été maintenu par le gouverneur.""",
     [ev(ABD, ["Boko Haram", "Civilians"], DIFFA4, ("dimanche", "lundi"))]),

    ("fr4_ev_kherson_obus", date(2026, 11, 18), """Ukraine : deux morts dans des bombardements sur Kherson, Kiev plaide à Bruxelles

KIEV (Agence) - Deux habitants de Kherson ont été tués et quatre blessés mardi matin par des tirs d'artillerie russes sur un quartier résidentiel et un marché, a annoncé le chef de l'administration militaire régionale.

Le même jour, le chef de la diplomatie ukrainienne plaidait à Bruxelles pour le déblocage d'une nouvelle enveloppe d'aide européenne, évoquant « une guerre d'usure » contre les villes du front.

Kherson, reprise par les forces ukrainiennes en novembre 2022, est pilonnée depuis la rive gauche du Dniepr.""",
     [ev(SH, ["Russia", "Civilians"], KHERSON4, "mardi", 2)]),

    ("fr4_ev_bossangoa_accrochage", date(2026, 7, 8), """Centrafrique : accrochage entre l'armée et des rebelles près de Bossangoa

BANGUI (Agence) - Des éléments des forces armées centrafricaines ont affronté dimanche des combattants de la Coalition des patriotes pour le changement (CPC) à une vingtaine de kilomètres de Bossangoa, dans l'Ouham, selon une source militaire.

Trois rebelles ont été tués et un soldat blessé, selon la même source. Le gouvernement affirme que la CPC, affaiblie, ne contrôle plus aucune ville du pays.

Les élections locales, plusieurs fois reportées, doivent se tenir à la fin de l'année.""",
     [ev(AC, ["CPC", "Central African Republic"], BOSSANGOA4, "dimanche", 3)]),

    ("fr4_ev_ziguinchor_marche", date(2026, 2, 13), """Ziguinchor : les étudiants marchent pour réclamer le paiement de leurs bourses

ZIGUINCHOR (Agence) - Plusieurs centaines d'étudiants de l'université Assane-Seck ont marché jeudi dans le calme jusqu'à la gouvernance de Ziguinchor pour exiger le paiement de trois mois de bourses impayées.

Les manifestants ont remis un mémorandum au gouverneur, qui a promis de le transmettre au ministre de l'Enseignement supérieur. En 2023, des heurts entre étudiants et forces de l'ordre avaient fait des blessés sur le campus.

Le collectif menace d'une grève illimitée si rien n'est fait d'ici la fin du mois.""",
     [ev(PP, ["Protesters"], ZIGUINCHOR4, "jeudi", 0)]),
]

FRESH4_EN_NONE = [
    ("en4_doha_talks", date(2026, 3, 4), """Congo and M23 rebels agree on prisoner exchange at Doha talks

DOHA (Wire) - Congo's government and the M23 rebel group agreed on Tuesday to exchange prisoners and to set up a joint mechanism to monitor a ceasefire, Qatar's foreign ministry said after a new round of talks.

The agreement does not address the withdrawal of the rebels from Goma and Bukavu, which they seized early last year in an offensive that killed thousands. Both sides accuse each other of violating the truce in the highlands of South Kivu.

Mediators said a final peace deal could be signed within weeks, though previous deadlines have slipped.""",
     # settled in the forty-second session: ACLED codes a pact signed between a government and a rebel group
     [ev(AGR, ["Democratic Republic of Congo", "M23"], DOHA4, 1)]),

    ("en4_haiti_un_toll", date(2026, 7, 16), """Gang violence killed over 1,500 people in Haiti in three months, U.N. says

PORT-AU-PRINCE (Wire) - Gang violence left at least 1,520 dead and upwards of 600 injured in gang violence in Haiti between April and June, the U.N. human rights office said on Wednesday in its quarterly report.

The report said most of the killings took place in the capital and in the Artibonite valley, and also recorded kidnappings, sexual violence and killings by self-defence groups. It said security operations using explosive drones had killed civilians.

The U.N. called on member states to fund the gang suppression force authorised by the Security Council.""", []),

    ("en4_kenya_trial_adjourned", date(2026, 10, 7), """Kenyan court adjourns trial of police officers over protester's death

NAIROBI (Wire) - A Kenyan court on Tuesday adjourned until November the murder trial of three police officers accused of shooting dead a street vendor during anti-government protests last year, after the prosecution asked for more time.

The vendor's family, who sat through the short hearing, said they had lost faith in the justice system. Rights groups say more than 60 people were killed by police during the protests.

The officers, who are out on bail, deny the charges.""", []),

    ("en4_niger_uranium", date(2026, 5, 20), """Niger signs uranium deal with Russian firm after seizing French mine

NIAMEY (Wire) - Niger's military government on Tuesday signed an agreement with a Russian state-linked company to develop a uranium deposit in the northern Agadez region, the mines ministry said.

The deal comes a year after Niger took control of a mine run by France's Orano, which has launched arbitration proceedings. Analysts say insecurity in the north, where armed groups and smugglers operate, could delay any new project.

Officials did not disclose the value of the agreement.""", []),

    ("en4_south_sudan_floods", date(2026, 9, 30), """Floods displace more than 300,000 in South Sudan, aid agencies say

JUBA (Wire) - Floods have displaced more than 300,000 people across South Sudan since July, with Jonglei and Unity states worst hit, the U.N. humanitarian office said on Tuesday.

Aid agencies said access was hampered by washed-out roads and by insecurity, after attacks on aid convoys in past months. Cholera cases are rising in camps for displaced people.

The government has appealed for international help to build dykes along the Nile.""", []),

    ("en4_bucha_anniversary", date(2026, 3, 31), """Ukraine marks four years since Bucha liberation, vows justice

KYIV (Wire) - Ukrainian officials and foreign diplomats laid flowers in Bucha on Tuesday to mark four years since Russian troops withdrew from the town near Kyiv, leaving behind streets strewn with bodies.

Investigators say more than 450 civilians were killed in the town during the occupation, many of them shot at close range. Russia denies its forces committed any crimes there.

Ukraine's prosecutor general said 15 Russian soldiers had been convicted in absentia over the killings.""", []),
]

FRESH4_EN_ONE = [
    ("en4_ev_bama_base", date(2026, 4, 22), """Nigerian troops repel jihadist attack on base in Borno, army says

MAIDUGURI (Wire) - Nigerian troops on Monday repelled an attack by Islamic State West Africa Province fighters on a military base in Bama, in northeastern Borno state, killing 20 of the insurgents, the army said.

Two soldiers were wounded, an army spokesman said in a statement. Residents said the fighting lasted more than three hours before jets arrived.

The governor of Borno has urged the federal government to recruit more troops, saying insurgents had regrouped around Lake Chad.""",
     [ev(AC, ["Islamic State", "Nigeria"], BAMA4, 2, 20)]),

    ("en4_ev_mandera_ied", date(2026, 8, 12), """Roadside bomb kills four Kenyan police officers near Somali border

NAIROBI (Wire) - Four Kenyan police officers were killed on Tuesday when their vehicle struck a roadside bomb in Mandera county near the border with Somalia, police said, blaming al Shabaab militants.

The officers were escorting a bus on the road to Mandera town. Kenya has suffered repeated attacks by the group since sending troops into Somalia in 2011.

Lawmakers from the region called for the reopening of the border to be put off.""",
     [ev(IED, ["Shabaab", "Police"], MANDERA4, 1, 4)]),

    ("en4_ev_kadugli_shelling", date(2026, 1, 28), """Shelling kills seven in besieged Sudanese city of Kadugli

PORT SUDAN (Wire) - Artillery shelling by the paramilitary Rapid Support Forces killed seven civilians in Kadugli, capital of Sudan's South Kordofan state, on Monday, a local medical group said.

The city has been under siege for months, and the U.N. has warned of famine conditions there. The RSF could not be reached.

Talks on a humanitarian truce brokered by the United States and Saudi Arabia have stalled.""",
     [ev(SH, ["Rapid Support Forces", "Civilians"], KADUGLI4, 2, 7)]),
]

FRESH4 = [(a, "fr") for a in FRESH4_FR_NONE + FRESH4_FR_ONE] + [(a, "en") for a in FRESH4_EN_NONE + FRESH4_EN_ONE]

# FRESH5: the forty-second session's held-out group (69 articles, 50 French, 51 with no event), written before any
# rule of that session and run on main; its failures print only when it is named (``--set fresh5``).
GOMA5, KAYA5, GAO5, KOUSSERI5, BOUAR5, UVIRA5 = ((-1.68, 29.23), (13.09, -1.08), (16.27, -0.04), (12.08, 15.03),
                                                 (5.93, 15.60), (-3.40, 29.14))
FADA5, TAHOUA5, BAMENDA5, KANDI5, TYR5, BRIA5 = ((12.06, 0.36), (14.89, 5.26), (5.96, 10.15), (11.13, 2.94),
                                                 (33.27, 35.20), (6.54, 21.99))
PORT_AU_PRINCE5, SUMY5, BAIDOA5, BANNU5, KADUNA5, PEMBA5 = ((18.54, -72.34), (50.91, 34.80), (3.11, 43.65),
                                                            (32.99, 70.60), (10.52, 7.44), (-12.97, 40.52))

FRESH5_FR_NONE = [
    ("fr5_remaniement_bamako", date(2026, 2, 10), """Mali : un nouveau gouvernement de 28 ministres, la Défense reste aux militaires

BAMAKO (Agence) - Le président de la transition a nommé lundi soir un nouveau gouvernement de 28 membres, dont cinq femmes, selon un décret lu à la télévision nationale. Le ministre de la Défense conserve son portefeuille, tout comme celui de la Réconciliation.

Ce remaniement intervient après plusieurs mois de tensions avec les partis politiques, dissous au printemps dernier, et alors que le pays fait face à un blocus imposé par les jihadistes sur plusieurs axes routiers.

Le nouveau Premier ministre a promis de « faire de la sécurité et de l'énergie les deux priorités » de son équipe.""", []),

    ("fr5_budget_niger", date(2026, 1, 14), """Niger : le budget 2026 adopté, la sécurité absorbe un tiers des dépenses

NIAMEY (Agence) - Le Conseil consultatif de la refondation a adopté mardi la loi de finances pour 2026, qui consacre près d'un tiers des dépenses à la défense et à la sécurité, a annoncé le ministre des Finances.

« Nous sommes en guerre contre le terrorisme, et cette guerre a un coût », a déclaré le ministre devant les conseillers, évoquant les attaques qui ont frappé la région de Tillabéri ces dernières années.

Les recettes pétrolières devraient progresser grâce à l'oléoduc vers le Bénin.""", []),

    ("fr5_cameroun_presidentielle", date(2026, 3, 3), """Cameroun : l'opposition dénonce un fichier électoral « truqué » avant les municipales

YAOUNDÉ (Agence) - Plusieurs partis d'opposition ont dénoncé lundi un fichier électoral « truqué » à l'approche des élections municipales et législatives, accusant l'organe électoral d'avoir radié des milliers d'électeurs dans les régions anglophones.

« Ceux qui ont fui les violences dans le Nord-Ouest et le Sud-Ouest ne peuvent pas voter », a affirmé un responsable de l'opposition devant des journalistes à Yaoundé.

Elecam rejette ces accusations et assure que la révision des listes a respecté la loi.""", []),

    ("fr5_rdc_dialogue_doha", date(2026, 4, 7), """RDC : Kinshasa et l'AFC/M23 reprennent les discussions à Doha

KINSHASA (Agence) - Les délégations du gouvernement congolais et de la rébellion AFC/M23 ont repris lundi à Doha des discussions sur la mise en œuvre de la déclaration de principes signée l'an dernier, selon la médiation qatarie.

Les deux parties s'accusent mutuellement de violer le cessez-le-feu dans les territoires de Masisi et de Walikale, où des combats ont été signalés ces dernières semaines. Kinshasa exige le retrait des rebelles de Goma et de Bukavu avant toute autre concession.

Un nouveau cycle de discussions est prévu à la fin du mois.""", []),

    ("fr5_burkina_mobilisation", date(2026, 5, 19), """Burkina : le gouvernement prolonge la mobilisation générale d'un an

OUAGADOUGOU (Agence) - Le conseil des ministres a adopté mercredi un décret prolongeant d'un an la mobilisation générale et la mise en garde décrétées en 2023 pour faire face aux groupes armés, a indiqué le porte-parole du gouvernement.

Ce dispositif permet à l'État de réquisitionner des personnes et des biens pour les besoins de la défense. Des organisations de défense des droits humains accusent les autorités de s'en servir pour enrôler de force des journalistes et des opposants.

Le gouvernement affirme que plus de 70 % du territoire est désormais sous contrôle de l'État.""", []),

    ("fr5_tchad_legislatives", date(2026, 6, 23), """Tchad : les résultats des sénatoriales partielles proclamés

N'DJAMENA (Agence) - L'Agence nationale de gestion des élections a proclamé lundi les résultats provisoires des sénatoriales partielles, remportées par le Mouvement patriotique du salut dans sept des huit circonscriptions en jeu.

Le principal parti d'opposition, qui avait appelé au boycott, dénonce « une mascarade ». Son dirigeant, condamné l'an dernier à vingt ans de prison, reste détenu.

Le taux de participation n'a pas été communiqué.""", []),

    ("fr5_centrafrique_mines", date(2026, 2, 24), """Centrafrique : une société chinoise obtient un permis aurifère près de Bozoum

BANGUI (Agence) - Le gouvernement centrafricain a attribué lundi un permis d'exploitation aurifère à une société chinoise dans la préfecture de l'Ouham-Pendé, près de Bozoum, selon un décret présidentiel.

La zone a été le théâtre de violences entre groupes armés et forces gouvernementales appuyées par les instructeurs russes ces dernières années, et des ouvriers chinois y avaient été tués en 2023 sur un site minier.

Des associations citoyennes exigent que le contrat soit rendu public.""", []),

    ("fr5_senegal_dette", date(2026, 3, 17), """Sénégal : le FMI et Dakar s'entendent sur un nouveau programme

DAKAR (Agence) - Le Fonds monétaire international et le gouvernement sénégalais sont parvenus lundi à un accord au niveau des services sur un nouveau programme de financement, après la révélation l'an dernier d'une dette cachée, a annoncé le FMI.

Le Premier ministre a salué « une victoire de la transparence » lors d'un meeting à Dakar, tout en attaquant violemment l'ancien régime, qu'il accuse d'avoir « massacré les finances publiques ».

Le programme doit encore être approuvé par le conseil d'administration.""", []),

    ("fr5_guinee_constitution", date(2026, 4, 14), """Guinée : le nouveau Premier ministre présente sa feuille de route

CONAKRY (Agence) - Le Premier ministre guinéen a présenté lundi devant le Conseil national de la transition sa feuille de route, centrée sur l'organisation des législatives et la relance des grands chantiers miniers de Simandou.

Il a promis des « sanctions exemplaires » contre les auteurs des violences lors des manifestations de l'opposition, qui ont fait des dizaines de morts depuis 2021 selon les organisations de défense des droits humains.

Les députés de la transition doivent se prononcer la semaine prochaine.""", []),

    ("fr5_togo_municipales", date(2026, 5, 5), """Togo : l'opposition appelle à manifester contre la nouvelle Constitution

LOMÉ (Agence) - Une coalition de partis d'opposition et d'associations citoyennes a appelé lundi à des manifestations pacifiques le 15 mai, partout au Togo, contre le passage à la Ve République, qu'elle juge « illégitime ».

Les précédentes manifestations, en juin dernier, avaient été dispersées par les forces de l'ordre et plusieurs personnes avaient été tuées à Lomé, selon l'opposition. Le gouvernement avait parlé de « casseurs ».

Le ministre de l'Administration territoriale a rappelé que toute manifestation doit être déclarée.""", []),

    ("fr5_nigeria_sanctions_ecowas", date(2026, 7, 8), """Cédéao : le sommet d'Abuja appelle au dialogue avec l'AES

ABUJA (Agence) - Les chefs d'État de la Cédéao, réunis dimanche à Abuja, ont appelé au « dialogue » avec les pays de l'Alliance des États du Sahel (Mali, Burkina Faso, Niger) et proposé une coopération contre le terrorisme, selon le communiqué final.

Le président en exercice a évoqué « la menace jihadiste qui descend vers les pays côtiers », citant les attaques qui ont visé le nord du Bénin et du Togo au cours des derniers mois.

Le prochain sommet se tiendra à Freetown.""", []),

    ("fr5_rdc_ebola_ituri", date(2026, 8, 4), """RDC : une nouvelle épidémie d'Ebola déclarée en Ituri

BUNIA (Agence) - Le ministère congolais de la Santé a déclaré lundi une épidémie d'Ebola dans la zone de santé de Mambasa, en Ituri, après la confirmation de trois cas, dont deux mortels.

Les équipes de riposte craignent que l'insécurité, entretenue par les groupes armés qui opèrent dans la région, ne complique le suivi des contacts, comme lors de l'épidémie de 2018-2020 où des centres de traitement avaient été attaqués.

Une campagne de vaccination doit débuter cette semaine.""", []),

    ("fr5_mali_or_barrick", date(2026, 3, 31), """Mali : l'État et Barrick concluent un accord sur la mine de Loulo-Gounkoto

BAMAKO (Agence) - Le gouvernement malien et le groupe minier canadien Barrick ont annoncé lundi un accord mettant fin à un long différend fiscal, qui avait conduit à la saisie de plusieurs tonnes d'or et à l'arrestation de quatre employés du groupe.

Aux termes de l'accord, la compagnie versera plusieurs centaines de milliards de francs CFA à l'État et la mine, à l'arrêt depuis des mois, reprendra sa production.

Les employés détenus seront libérés, selon une source proche du dossier.""", []),

    ("fr5_ukraine_negociations", date(2026, 2, 17), """Ukraine : nouvelle session de pourparlers à Genève, sans avancée sur les territoires

GENÈVE (Agence) - Les délégations ukrainienne et russe ont achevé lundi à Genève une nouvelle session de pourparlers sous l'égide des États-Unis, sans avancée sur la question des territoires occupés, selon des sources diplomatiques.

Moscou exige le retrait des forces ukrainiennes de l'ensemble du Donbass, ce que Kiev refuse. Pendant les discussions, les frappes de drones se sont poursuivies de part et d'autre, ont rapporté les deux camps, sans donner de précisions.

Un échange de prisonniers a toutefois été évoqué pour les prochaines semaines.""", []),

    ("fr5_gaza_reconstruction", date(2026, 3, 10), """Gaza : une conférence au Caire chiffre la reconstruction à 70 milliards de dollars

LE CAIRE (Agence) - Une conférence internationale réunie lundi au Caire a chiffré à 70 milliards de dollars le coût de la reconstruction de la bande de Gaza, dévastée par plus de deux ans de guerre entre Israël et le Hamas.

Les participants ont appelé au respect du cessez-le-feu, fragilisé par des frappes israéliennes et des tirs sporadiques au cours des dernières semaines. Plus de 70 000 Palestiniens ont été tués depuis octobre 2023, selon le ministère de la Santé du Hamas.

Les donateurs arabes conditionnent leur aide à un plan de gouvernance du territoire.""", []),

    ("fr5_liban_desarmement", date(2026, 4, 21), """Liban : le gouvernement adopte un calendrier pour le désarmement du Hezbollah

BEYROUTH (Agence) - Le Conseil des ministres libanais a adopté lundi un calendrier pour placer toutes les armes sous le contrôle de l'État d'ici à la fin de l'année, une décision que le Hezbollah a aussitôt rejetée.

« Nous ne rendrons pas nos armes tant qu'Israël occupe notre terre et frappe nos villages », a déclaré un député du mouvement chiite, en référence aux frappes israéliennes qui se poursuivent dans le Sud malgré la trêve.

L'armée libanaise doit présenter un plan détaillé dans un mois.""", []),

    ("fr5_haiti_transition", date(2026, 2, 9), """Haïti : le Conseil présidentiel de transition cède la place, incertitude à Port-au-Prince

PORT-AU-PRINCE (Agence) - Le mandat du Conseil présidentiel de transition a pris fin samedi sans accord sur sa succession, laissant le Premier ministre seul à la tête de l'exécutif, ont indiqué des sources gouvernementales.

Les gangs, qui contrôlent la majeure partie de la capitale, ont menacé de « mettre le feu » à la ville si des élections étaient organisées sans eux, dans une vidéo diffusée sur les réseaux sociaux.

La force de répression des gangs autorisée par l'ONU attend toujours l'essentiel de ses effectifs.""", []),

    ("fr5_soudan_famine", date(2026, 5, 26), """Soudan : l'ONU alerte sur la famine au Kordofan

PORT-SOUDAN (Agence) - Le Programme alimentaire mondial a averti lundi que la famine s'étendait au Kordofan, où des centaines de milliers de personnes sont prises au piège des combats entre l'armée et les Forces de soutien rapide.

Selon l'agence onusienne, les convois humanitaires ne parviennent plus à Kadougli et à Dilling, assiégées depuis des mois. « Les gens mangent des feuilles », a déclaré sa représentante.

Le PAM dit avoir besoin de 500 millions de dollars pour les six prochains mois.""", []),

    ("fr5_mozambique_gaz", date(2026, 6, 2), """Mozambique : TotalEnergies relance son projet gazier au Cabo Delgado

MAPUTO (Agence) - TotalEnergies a annoncé lundi la levée de la force majeure sur son projet de gaz naturel liquéfié au Cabo Delgado, suspendu depuis l'attaque jihadiste de Palma en 2021.

Le groupe assure que la sécurité s'est « nettement améliorée » grâce à la présence des troupes rwandaises, même si des insurgés affiliés à l'État islamique restent actifs dans plusieurs districts de la province.

Les travaux doivent reprendre d'ici à la fin de l'année.""", []),

    ("fr5_foot_can_douala", date(2026, 1, 20), """Football : les Lions indomptables écrasent le Gabon et filent en quarts

DOUALA (Agence) - Le Cameroun a écrasé le Gabon (4-0) lundi soir au stade Japoma de Douala et s'est qualifié pour les quarts de finale. Les Lions indomptables ont bombardé le but adverse dès l'entame et tué tout suspense avant la pause.

« Nous avons fait une démonstration de force », a savouré le sélectionneur, dont l'attaque a fusillé le gardien gabonais à quatre reprises.

Le Cameroun affrontera le Nigeria samedi.""", []),

    ("fr5_bourse_krach", date(2026, 4, 28), """Marchés : la Bourse de Lagos dévisse, les valeurs bancaires massacrées

LAGOS (Agence) - La Bourse de Lagos a chuté de 6 % lundi, sa pire séance depuis cinq ans, les valeurs bancaires étant littéralement massacrées après l'annonce d'une hausse des fonds propres exigés par la banque centrale.

« C'est une hémorragie », résume un courtier, qui voit dans cette chute l'explosion d'une bulle formée ces derniers mois.

Les autorités boursières ont appelé au calme.""", []),

    ("fr5_lire_aussi_kidal", date(2026, 5, 12), """Mali : les cours du coton au plus haut, les producteurs de Sikasso satisfaits

SIKASSO (Agence) - La Compagnie malienne pour le développement des textiles a relevé lundi le prix d'achat du coton graine, une décision saluée par les producteurs de la région de Sikasso, premier bassin cotonnier du pays.

« Cette année, la pluie a été au rendez-vous et les prix suivent », se réjouit un producteur de Koutiala.

Lire aussi : Kidal, deux ans après la reprise de la ville par l'armée et Wagner

La campagne agricole doit débuter en juin.""", []),

    ("fr5_proces_beni_militaires", date(2026, 6, 16), """RDC : à Beni, le procès de militaires accusés d'avoir tué des civils renvoyé

BENI (Agence) - La cour militaire opérationnelle du Nord-Kivu a renvoyé lundi au 30 juin le procès de cinq militaires des FARDC accusés d'avoir abattu quatre civils lors d'une patrouille dans le territoire de Beni en janvier, faute de témoins.

Selon l'accusation, les soldats avaient ouvert le feu sur des motocyclistes qui refusaient de s'arrêter à une barrière. Les familles dénoncent la lenteur de la justice militaire.

Les prévenus plaident la légitime défense.""", []),

    ("fr5_commemoration_yirgou", date(2026, 1, 6), """Burkina : sept ans après Yirgou, les familles attendent toujours le procès

KAYA (Agence) - Des proches des victimes du massacre de Yirgou se sont réunis dimanche à Kaya pour commémorer le septième anniversaire de la tuerie, au cours de laquelle des dizaines de Peuls avaient été tués par des miliciens koglweogo en janvier 2019.

« Nos pères ont été massacrés et leurs assassins vivent libres », a déclaré un porte-parole des familles, qui réclame l'ouverture du procès.

Le ministère de la Justice assure que l'instruction est « en cours ».""", []),

    ("fr5_rapport_hrw_mali", date(2026, 7, 21), """Mali : un rapport accuse l'armée et ses alliés russes d'exécutions sommaires

NAIROBI (Agence) - L'armée malienne et ses alliés russes de l'Africa Corps ont exécuté sommairement au moins 40 civils peuls dans le centre du pays entre janvier et juin, affirme un rapport publié lundi par une organisation de défense des droits humains.

Le rapport documente des exécutions dans les régions de Mopti et de Ségou, où des villageois auraient été arrêtés lors d'opérations militaires puis retrouvés morts. Les autorités maliennes n'ont pas réagi.

L'organisation appelle l'Union africaine à ouvrir une enquête.""", []),

    ("fr5_niger_menace_ministre", date(2026, 8, 18), """Niger : le ministre de la Défense promet d'« écraser » les terroristes

TILLABÉRI (Agence) - En visite lundi dans la région de Tillabéri, le ministre de la Défense du Niger a promis d'« écraser jusqu'au dernier » les combattants de l'État islamique au Sahel, qu'il accuse d'être soutenus par des « puissances étrangères ».

Il a annoncé l'envoi de renforts et de drones dans la zone des trois frontières, théâtre d'attaques répétées contre l'armée et les villageois depuis plusieurs années.

Le ministre doit se rendre mardi à Ayorou.""", []),

    ("fr5_centrafrique_rapatries", date(2026, 9, 8), """Centrafrique : 2 000 réfugiés rapatriés de la RDC vers Mobaye

BANGUI (Agence) - Plus de 2 000 réfugiés centrafricains ont été rapatriés cette semaine de la RDC vers Mobaye, dans la Basse-Kotto, dans le cadre d'un programme de retour volontaire du HCR.

Ces familles avaient fui en 2021 les violences entre la coalition rebelle CPC et les forces gouvernementales. « Nous rentrons, mais nos maisons ont été brûlées », raconte un père de famille.

Le HCR prévoit d'organiser dix autres convois d'ici à la fin de l'année.""", []),

    ("fr5_nigeria_ministre_visite", date(2026, 10, 13), """Nigeria : le président promet des renforts après la visite de ses ministres dans l'État du Plateau

JOS (Agence) - Le président nigérian a promis lundi l'envoi de renforts dans l'État du Plateau, après le rapport de la délégation ministérielle qui s'y est rendue la semaine dernière à la suite des violences entre agriculteurs et éleveurs.

Les tueries de ces derniers mois ont fait des centaines de morts dans les districts de Bokkos et de Bassa, selon Amnesty International.

Le gouverneur a salué « un engagement fort ».""", []),

    ("fr5_rdc_bilan_humanitaire", date(2026, 11, 10), """RDC : plus de sept millions de déplacés, selon l'OCHA

KINSHASA (Agence) - Le nombre de déplacés internes en RDC a dépassé sept millions, un record, a indiqué lundi le Bureau de coordination des affaires humanitaires de l'ONU dans son rapport trimestriel.

La majorité d'entre eux ont fui les combats au Nord-Kivu, au Sud-Kivu et en Ituri, où des centaines de civils ont été tués ces trois derniers mois selon l'ONU.

L'OCHA indique que son plan de réponse n'est financé qu'à 18 %.""", []),

    ("fr5_somalie_election", date(2026, 4, 13), """Somalie : le président et les États fédérés toujours divisés sur le mode de scrutin

MOGADISCIO (Agence) - La conférence nationale consultative s'est achevée dimanche à Mogadiscio sans accord sur le mode de scrutin des prochaines élections, le Puntland et le Jubaland ayant boycotté les travaux.

Le président défend le suffrage universel direct, quand ses opposants réclament un retour au système indirect par les clans. Les shebab, qui contrôlent de larges zones rurales, menacent de frapper les bureaux de vote.

Le mandat du Parlement expire en avril.""", []),

    ("fr5_burkina_proces_journaliste", date(2026, 11, 24), """Burkina : un journaliste condamné à dix ans de prison pour « apologie du terrorisme »

OUAGADOUGOU (Agence) - Le tribunal de grande instance de Ouagadougou a condamné lundi un journaliste d'une radio locale à dix ans de prison pour « apologie du terrorisme », pour avoir diffusé un entretien avec un chef jihadiste.

Ses avocats dénoncent un procès politique. Le journaliste avait été interpellé en mars à son domicile par des hommes en civil.

Reporters sans frontières appelle à sa libération immédiate.""", []),

    ("fr5_cameroun_anglophones_dialogue", date(2026, 10, 6), """Cameroun : des chefs traditionnels anglophones réclament un cessez-le-feu

BAMENDA (Agence) - Une quarantaine de chefs traditionnels du Nord-Ouest et du Sud-Ouest ont appelé lundi, à l'issue d'une réunion à Bamenda, à un cessez-le-feu entre l'armée et les séparatistes, pour permettre la rentrée scolaire.

« Nos enfants n'ont pas vu l'école depuis des années », a déclaré l'un d'eux. Les séparatistes imposent régulièrement des journées « villes mortes » et ont incendié des écoles au cours du conflit, qui a fait plus de 6 000 morts depuis 2017.

Le gouverneur de la région a salué l'initiative.""", []),

    ("fr5_tchad_soudan_refugies", date(2026, 6, 30), """Tchad : l'afflux de réfugiés soudanais se poursuit à Adré

ADRÉ (Agence) - Plus de 15 000 réfugiés soudanais sont arrivés à Adré, dans l'est du Tchad, au cours des deux dernières semaines, fuyant les combats au Darfour, a indiqué lundi le HCR.

Beaucoup racontent avoir été attaqués sur la route par des hommes armés. « Ils ont tué mon mari devant moi et pris nos ânes », témoigne une femme arrivée d'El Geneina.

Le camp, prévu pour 50 000 personnes, en accueille aujourd'hui plus du triple.""", []),

    ("fr5_benin_parc_w", date(2026, 9, 15), """Bénin : le gouvernement annonce le recrutement de 5 000 soldats pour le Nord

COTONOU (Agence) - Le gouvernement béninois a annoncé lundi le recrutement de 5 000 soldats supplémentaires pour l'opération Mirador, déployée dans le nord du pays face aux incursions jihadistes venues du Burkina Faso et du Niger.

Le porte-parole du gouvernement a rappelé que plusieurs dizaines de militaires ont été tués dans des attaques autour des parcs W et de la Pendjari depuis 2021.

Les candidats ont jusqu'au 30 septembre pour s'inscrire.""", []),

    ("fr5_ukraine_sanctions", date(2026, 10, 20), """L'UE adopte un nouveau paquet de sanctions contre la Russie

BRUXELLES (Agence) - Les Vingt-Sept ont adopté lundi un vingtième paquet de sanctions contre la Russie, visant notamment sa flotte fantôme de pétroliers et des fabricants de drones, a annoncé la présidence du Conseil de l'UE.

La cheffe de la diplomatie européenne a dénoncé les bombardements russes « qui plongent les villes ukrainiennes dans le noir », alors que l'hiver arrive.

Moscou a promis une « riposte ».""", []),

    ("fr5_syrie_elections", date(2026, 3, 24), """Syrie : les nouveaux députés prêtent serment à Damas

DAMAS (Agence) - Les membres de la nouvelle Assemblée du peuple syrienne, désignés en partie par des collèges électoraux et en partie par le président de transition, ont prêté serment lundi à Damas.

Les provinces de Soueïda et du Nord-Est, contrôlées par des forces qui contestent l'autorité de Damas, n'ont pas participé au processus. Les violences confessionnelles de l'an dernier sur la côte et à Soueïda pèsent encore sur la transition.

L'Assemblée doit examiner en priorité une loi sur la justice transitionnelle.""", []),

    ("fr5_rdc_condamnation_kabila", date(2026, 9, 29), """RDC : l'ancien président Kabila condamné à mort par contumace, ses partisans dénoncent une « vengeance »

KINSHASA (Agence) - La Haute Cour militaire a condamné par contumace lundi l'ancien président Joseph Kabila à la peine de mort pour trahison et crimes de guerre, l'accusant d'avoir armé l'AFC/M23 en sous-main.

Ses partisans dénoncent « une vengeance politique ». L'ancien chef de l'État, dont on ignore le lieu de résidence, avait séjourné à Goma l'an dernier, alors sous contrôle rebelle.

La peine de mort n'est plus appliquée en RDC depuis 2003.""", []),

    ("fr5_mali_greve_enseignants", date(2026, 11, 3), """Mali : les enseignants en grève illimitée, les écoles fermées

BAMAKO (Agence) - Les syndicats d'enseignants du Mali ont entamé lundi une grève illimitée pour réclamer le paiement de primes, laissant fermées la plupart des écoles publiques du pays, a constaté notre correspondant.

Au nord comme au centre du pays, des centaines d'écoles étaient déjà fermées à cause de l'insécurité, selon l'Unicef.

Le gouvernement a appelé les syndicats au dialogue.""", []),
]

FRESH5_FR_ONE = [
    ("fr5_ev_goma_manif", date(2026, 2, 17), """Goma : des habitants manifestent contre les taxes de l'AFC/M23, tirs en l'air

GOMA (Agence) - Plusieurs centaines d'habitants de Goma ont manifesté lundi contre les nouvelles taxes imposées par l'administration de l'AFC/M23 aux petits commerçants, avant d'être dispersés par des tirs en l'air des rebelles, selon des témoins.

Aucune victime n'a été signalée. La rébellion, qui contrôle la ville depuis l'an dernier, accuse « des agents de Kinshasa » d'avoir organisé la marche.

Les négociations de Doha doivent reprendre la semaine prochaine.""",
     [ev(PWI, ["Protesters", "M23"], GOMA5, "lundi")]),

    ("fr5_ev_kaya_attaque", date(2026, 3, 18), """Burkina : une dizaine de civils tués près de Kaya, selon des sources locales

KAYA (Agence) - Une dizaine de civils ont été tués mardi par des hommes armés dans un village situé à une vingtaine de kilomètres de Kaya, dans le Centre-Nord, ont indiqué à l'Agence des sources locales et sécuritaires.

Les assaillants, arrivés à moto, ont ouvert le feu sur des habitants réunis au marché avant de piller des boutiques. Le gouvernement n'a pas communiqué sur cette attaque.

La région du Centre-Nord accueille des centaines de milliers de déplacés depuis 2019.""",
     [ev(ATT, ["Civilians"], KAYA5, "mardi", 10)]),

    ("fr5_ev_gao_drone", date(2026, 4, 22), """Mali : l'armée dit avoir « neutralisé » des terroristes par frappe de drone près de Gao

BAMAKO (Agence) - L'armée malienne a annoncé mardi avoir « neutralisé plusieurs terroristes » lors d'une frappe de drone lundi dans la région de Gao, à une trentaine de kilomètres de la ville, contre un rassemblement de l'État islamique.

Le communiqué ne précise pas le nombre de victimes. Des habitants affirment que des éleveurs figurent parmi les morts, ce que l'armée dément.

L'armée mène des frappes aériennes régulières dans le nord depuis le départ de la Minusma.""",
     [ev(AIR, ["Mali", "Islamic State"], GAO5, "lundi")]),

    ("fr5_ev_kousseri_bokoharam", date(2026, 5, 20), """Cameroun : trois soldats tués dans une attaque de Boko Haram près de Kousseri

MAROUA (Agence) - Trois soldats camerounais ont été tués dans la nuit de lundi à mardi lors d'une attaque de Boko Haram contre un poste militaire proche de Kousseri, dans l'Extrême-Nord, a appris l'Agence de sources sécuritaires.

Les militaires ont riposté et plusieurs assaillants ont été tués, selon les mêmes sources. Le gouverneur de la région s'est rendu sur place mardi.

Les attaques de Boko Haram ont repris dans le département du Logone-et-Chari ces derniers mois.""",
     [ev(AC, ["Boko Haram", "Cameroon"], KOUSSERI5, ("lundi", "mardi"), 3)]),

    ("fr5_ev_bouar_3r", date(2026, 6, 17), """Centrafrique : affrontements entre l'armée et les 3R près de Bouar

BANGUI (Agence) - Des affrontements ont opposé lundi les forces armées centrafricaines, appuyées par des paramilitaires russes, aux rebelles du groupe 3R près de Bouar, dans la Nana-Mambéré, a indiqué un porte-parole de l'armée.

Le bilan n'est pas connu. Les habitants de plusieurs villages ont fui vers la ville, selon une ONG.

Le groupe 3R, qui s'était rallié à l'accord de paix l'an dernier, avait repris les armes en mai.""",
     [ev(AC, ["Central African Republic", "3R"], BOUAR5, "lundi")]),

    ("fr5_ev_uvira_wazalendo", date(2026, 7, 15), """Sud-Kivu : heurts entre des wazalendo et l'armée à Uvira, deux morts

UVIRA (Agence) - Deux personnes ont été tuées mardi à Uvira lors d'échanges de tirs entre des miliciens wazalendo et des militaires des FARDC, après une dispute à une barrière, selon la société civile locale.

Le calme est revenu dans la soirée après l'intervention des autorités. Les wazalendo, qui combattent aux côtés de l'armée contre l'AFC/M23, sont régulièrement accusés d'exactions.

Le gouverneur a annoncé une enquête.""",
     [ev(AC, ["Wazalendo", "Democratic Republic of Congo"], UVIRA5, "mardi", 2)]),  # unsure: the militia's name

    ("fr5_ev_fada_enlevement", date(2026, 8, 26), """Burkina : une vingtaine de femmes enlevées près de Fada N'Gourma

FADA N'GOURMA (Agence) - Une vingtaine de femmes qui ramassaient du bois ont été enlevées lundi par des hommes armés non identifiés à une quinzaine de kilomètres de Fada N'Gourma, dans l'Est, ont rapporté des sources locales.

En 2023, plus de soixante femmes avaient été enlevées dans la province voisine du Soum, avant d'être libérées.

Les autorités n'ont pas réagi.""",
     [ev(ABD, ["Civilians"], FADA5, "lundi")]),

    ("fr5_ev_tahoua_manif", date(2026, 9, 16), """Niger : manifestation à Tahoua contre les délestages électriques

TAHOUA (Agence) - Des centaines de personnes ont manifesté pacifiquement mardi à Tahoua pour dénoncer les coupures d'électricité à répétition, qui durent parfois plus de douze heures par jour, a constaté un correspondant.

Les manifestants, encadrés par des associations de jeunes, ont remis un mémorandum au gouverneur. La société d'électricité invoque une baisse des importations en provenance du Nigeria.

Le gouvernement promet une amélioration d'ici à décembre.""",
     [ev(PP, ["Protesters"], TAHOUA5, "mardi")]),

    ("fr5_ev_bamenda_separatistes", date(2026, 10, 14), """Cameroun : quatre civils tués par des séparatistes présumés à Bamenda

BAMENDA (Agence) - Quatre civils, dont un enseignant, ont été tués lundi soir à Bamenda par des séparatistes armés présumés qui leur reprochaient de ne pas respecter le mot d'ordre de « ville morte », selon une source administrative.

Des chefs coutumiers du Nord-Ouest avaient appelé la semaine dernière à un cessez-le-feu pour permettre la rentrée scolaire.

Le conflit dans les régions anglophones a fait plus de 6 000 morts depuis 2017.""",
     [ev(ATT, ["Ambazonian", "Civilians"], BAMENDA5, "lundi", 4)]),

    ("fr5_ev_kandi_jnim", date(2026, 11, 11), """Bénin : deux policiers tués dans l'attaque d'un commissariat près de Kandi

COTONOU (Agence) - Deux policiers ont été tués dans la nuit de lundi à mardi lors de l'attaque d'un commissariat près de Kandi, dans le nord du Bénin, par des hommes armés venus du Niger voisin, a indiqué une source sécuritaire.

L'attaque n'a pas été revendiquée, mais les autorités soupçonnent le JNIM, actif dans la zone depuis plusieurs années.

Le gouvernement a annoncé le mois dernier le recrutement de 5 000 soldats.""",
     [ev(ATT, ["Police"], KANDI5, ("lundi", "mardi"), 2)]),  # unsure: Attack, not Armed clash

    ("fr5_ev_tyr_frappe", date(2026, 5, 6), """Liban : un mort dans une frappe israélienne près de Tyr

BEYROUTH (Agence) - Une personne a été tuée mardi dans une frappe de drone israélienne contre une voiture près de Tyr, dans le sud du Liban, a annoncé le ministère libanais de la Santé.

L'armée israélienne a affirmé avoir visé un membre du Hezbollah. Les frappes se poursuivent malgré le cessez-le-feu conclu en novembre 2024.

Le gouvernement libanais a adopté le mois dernier un calendrier pour le désarmement du mouvement.""",
     [ev(AIR, ["Israel"], TYR5, "mardi", 1)]),

    ("fr5_ev_bria_upc", date(2026, 12, 1), """Centrafrique : des éléments armés attaquent un convoi de commerçants près de Bria

BANGUI (Agence) - Des hommes armés ont attaqué lundi un convoi de commerçants sur l'axe Bria-Ippy, tuant trois personnes et emportant des marchandises, a déclaré le maire de Bria.

Les assaillants appartiendraient à une branche dissidente de l'UPC, selon des sources locales. La Minusca a déployé une patrouille sur l'axe.

Cet axe est régulièrement le théâtre d'attaques depuis le début de l'année.""",
     [ev(ATT, ["Civilians"], BRIA5, "lundi", 3)]),
]

FRESH5_EN_NONE = [
    ("en5_nigeria_budget", date(2026, 1, 28), """Nigeria's Senate passes record budget with big rise in defence spending

ABUJA (Wire) - Nigeria's Senate on Tuesday passed a record 55 trillion naira budget for 2026, with defence and security the largest single item, as the country battles jihadists in the northeast and armed gangs in the northwest.

The defence minister told senators that the military needed more drones and helicopters to take the fight to bandits who have kidnapped thousands of people in recent years.

The bill now goes to the president for his assent.""", []),

    ("en5_somalia_drought", date(2026, 3, 25), """Drought puts 4 million Somalis at risk of hunger, U.N. warns

MOGADISHU (Wire) - Around 4 million Somalis face acute hunger after a third failed rainy season, the U.N. said on Tuesday, warning that aid cuts and insecurity were hampering the response.

Al Shabaab militants control large parts of the countryside and have blocked aid deliveries in the past, aid workers say.

The U.N. appeal for Somalia is less than a fifth funded.""", []),

    ("en5_ukraine_energy_talks", date(2026, 11, 17), """Ukraine seeks more air defences as winter approaches

KYIV (Wire) - Ukraine's prime minister on Monday urged Western partners to speed up deliveries of air defence systems, saying Russian strikes had knocked out more than half of the country's power generation over the past year.

Speaking at an energy conference in Kyiv, he said the government had prepared backup heating for hospitals and schools.

Germany announced an additional Patriot system earlier this month.""", []),

    ("en5_gaza_ceasefire_talks", date(2026, 6, 9), """Mediators push for second phase of Gaza truce

CAIRO (Wire) - Egyptian, Qatari and U.S. mediators met Hamas and Israeli officials in Cairo on Monday to push for the second phase of the Gaza ceasefire, including the deployment of an international stabilisation force, two sources said.

Both sides accuse each other of violating the truce, under which Israeli strikes have continued in parts of the enclave. Gaza health authorities say more than 300 Palestinians have been killed since the ceasefire took effect.

No date was set for the next round.""", []),

    ("en5_myanmar_election", date(2026, 1, 13), """Myanmar junta-backed party claims victory in staggered election

YANGON (Wire) - The military-backed Union Solidarity and Development Party said on Monday it had won a majority of seats in Myanmar's staggered election, which critics have dismissed as a sham.

Voting did not take place in large areas held by resistance groups and ethnic armies, where fighting has continued since the 2021 coup. The United Nations says thousands of civilians have been killed in air strikes since then.

Results for the final phase are expected next month.""", []),

    ("en5_pakistan_imf", date(2026, 5, 13), """Pakistan agrees budget targets with IMF, raises military spending

ISLAMABAD (Wire) - Pakistan has agreed budget targets with the International Monetary Fund for the coming fiscal year, including a 20% rise in military spending, the finance ministry said on Tuesday.

The increase follows last year's clashes with India and a surge in militant attacks in Khyber Pakhtunkhwa and Balochistan provinces.

Parliament is expected to vote on the budget next month.""", []),

    ("en5_haiti_un_force", date(2026, 4, 8), """U.N. Security Council extends Haiti gang suppression force mandate

UNITED NATIONS (Wire) - The U.N. Security Council on Tuesday extended the mandate of the gang suppression force in Haiti for a year, but diplomats said the force still lacked troops and funding.

Gangs control about 90% of Port-au-Prince and have expanded into the Centre and Artibonite departments, where they have massacred villagers over the past year, the U.N. says.

Kenya, which led the previous mission, has said it will keep its police officers in Haiti.""", []),

    ("en5_sudan_talks_jeddah", date(2026, 8, 19), """Sudan's army rejects U.S.-backed truce proposal

PORT SUDAN (Wire) - Sudan's army-led government on Tuesday rejected a U.S.-backed proposal for a three-month humanitarian truce, saying it would allow the Rapid Support Forces to regroup.

The RSF said it accepted the proposal. The war, which began in April 2023, has killed tens of thousands and displaced more than 12 million people.

The U.S. envoy said he would continue consultations with both sides.""", []),

    ("en5_drc_mining_deal", date(2026, 7, 1), """Congo, U.S. sign minerals partnership as Rwanda peace deal falters

KINSHASA (Wire) - Democratic Republic of Congo and the United States signed a strategic minerals partnership on Tuesday, giving U.S. firms priority access to cobalt, copper and lithium projects, the presidency said.

The deal comes a year after Washington brokered a peace agreement between Congo and Rwanda, whose implementation has stalled as M23 rebels kept control of Goma and Bukavu.

Details of the financing were not disclosed.""", []),

    ("en5_ethiopia_tigray", date(2026, 10, 27), """Ethiopia's Tigray leaders warn of new war over disputed land

MEKELLE (Wire) - Leaders of Ethiopia's Tigray region warned on Monday that the failure to return displaced people to western Tigray could trigger a new war, four years after a peace deal ended a conflict that killed hundreds of thousands.

Federal officials accused a faction of the Tigray People's Liberation Front of seeking to derail the agreement. Diplomats say troops have massed on both sides of the border with Eritrea.

The African Union called for restraint.""", []),

    ("en5_mali_football", date(2026, 2, 3), """Football: Mali's Eagles crush Sudan to reach quarter-finals

CASABLANCA (Wire) - Mali thrashed Sudan 5-0 on Monday to book their place in the Africa Cup of Nations quarter-finals, with their forwards shooting down any hope of a comeback before half-time.

"We killed the game early," Mali's coach said after his side's biggest win of the tournament.

Mali face Senegal on Saturday.""", []),

    ("en5_kenya_protest_anniversary", date(2026, 6, 26), """Kenyan activists plan marches to mark anniversary of deadly protests

NAIROBI (Wire) - Kenyan activists said on Thursday they would hold marches across the country next week to mark the anniversary of the 2024 protests against tax rises, in which dozens of people were killed by police.

Police said they would not allow any gathering near parliament, which protesters stormed during the demonstrations two years ago.

Rights groups urged the government to respect the right to protest.""", []),

    ("en5_lebanon_donors", date(2026, 9, 22), """Donors pledge $1 billion for Lebanon's army at Paris conference

PARIS (Wire) - Donors pledged about $1 billion to support Lebanon's army at a conference in Paris on Monday, as Beirut moves to disarm Hezbollah south of the Litani river.

Israel has kept up near-daily strikes in southern Lebanon since the November 2024 ceasefire, saying it is targeting Hezbollah members and infrastructure.

France's foreign minister said the army was "the backbone of the Lebanese state".""", []),
]

FRESH5_EN_ONE = [
    ("en5_ev_sumy_missile", date(2026, 4, 15), """Russian missile strike on Sumy kills five, Ukraine says

KYIV (Wire) - A Russian ballistic missile struck the centre of the northeastern Ukrainian city of Sumy on Tuesday, killing five people and wounding 23, regional officials said.

The strike came as Ukrainian and Russian delegations prepared for another round of talks in Geneva. Russia's defence ministry did not comment.

Sumy, about 30 km from the Russian border, has been hit repeatedly since the start of the war.""",
     [ev(SH, ["Russia", "Civilians"], SUMY5, 1, 5)]),

    ("en5_ev_baidoa_shabaab", date(2026, 5, 27), """Al Shabaab mortar attack hits Baidoa, three killed

MOGADISHU (Wire) - Three civilians were killed on Monday when mortar shells fired by al Shabaab militants hit a residential area of Baidoa, the capital of Somalia's South West state, a local official said.

Al Shabaab said on a website it had targeted a base of African Union troops. The group has been fighting to topple the federal government since 2006.

The government has announced a new offensive against the group in Bay region.""",
     [ev(SH, ["Shabaab", "Civilians"], BAIDOA5, 2, 3)]),

    ("en5_ev_bannu_attack", date(2026, 7, 22), """Militants attack police station in northwest Pakistan, four officers killed

PESHAWAR (Wire) - Militants attacked a police station in Bannu district in northwest Pakistan late on Monday, killing four officers in a gunfight that lasted several hours, police said.

The Pakistani Taliban claimed responsibility. Attacks in Khyber Pakhtunkhwa province have surged since the group ended a ceasefire with the government in 2022.

Security forces launched a search operation in the area on Tuesday.""",
     [ev(AC, ["Tehrik-i-Taliban", "Police"], BANNU5, 2, 4)]),

    ("en5_ev_kaduna_abduction", date(2026, 9, 9), """Gunmen kidnap 30 villagers in Nigeria's Kaduna state

KADUNA (Wire) - Gunmen abducted at least 30 people, mostly women and children, in a raid on a village in Nigeria's Kaduna state on Monday, residents and a local lawmaker said.

Police said officers had been deployed to rescue the victims. Kidnappings for ransom by armed gangs known locally as bandits have plagued northwest Nigeria for years.

The state government last year signed peace deals with some gang leaders.""",
     [ev(ABD, ["Civilians"], KADUNA5, 2)]),

    ("en5_ev_haiti_gang_attack", date(2026, 10, 21), """Gang attack in Haiti capital kills at least 12, residents flee

PORT-AU-PRINCE (Wire) - Gang members killed at least 12 people and set homes on fire in an attack on a neighbourhood of Port-au-Prince on Monday, residents and a human rights group said.

Hundreds of residents fled to a nearby school. The Viv Ansanm gang coalition has been trying to extend its control over the remaining parts of the capital.

The U.N. Security Council extended the gang suppression force's mandate earlier this year.""",
     [ev(ATT, ["Viv Ansanm", "Civilians"], PORT_AU_PRINCE5, 2, 12)]),

    ("en5_ev_pemba_protest", date(2026, 11, 18), """Protesters in Mozambique's Pemba demand jobs at gas project

MAPUTO (Wire) - Hundreds of young people marched peacefully in Pemba, the capital of Mozambique's Cabo Delgado province, on Tuesday to demand jobs at the restarted TotalEnergies gas project, local media reported.

The protesters handed a petition to the provincial governor, who promised to raise their concerns with the company.

The province has been hit by an Islamist insurgency since 2017.""",
     [ev(PP, ["Protesters"], PEMBA5, 1)]),
]

FRESH5 = [(a, "fr") for a in FRESH5_FR_NONE + FRESH5_FR_ONE] + [(a, "en") for a in FRESH5_EN_NONE + FRESH5_EN_ONE]

# FRESH6: the forty-third session's held-out group (62 articles, 44 French, 44 with no event), written before any
# rule of that session and run on 64e408b; its failures print only when it is named (``--set fresh6``).
MENAKA6, DIFFA6, DJIBO6, BUNIA6, RUTSHURU6, BANGUI6 = ((15.92, 2.40), (13.32, 12.61), (14.10, -1.63), (1.56, 30.25),
                                                      (-1.18, 29.45), (4.36, 18.56))
CONAKRY6, MORA6, KUMBA6, KHAN_YOUNES6, EL_OBEID6, KENSCOFF6 = ((9.54, -13.68), (11.05, 14.14), (4.64, 9.45),
                                                               (31.35, 34.30), (13.18, 30.22), (18.45, -72.29))
DAPAONG6, KHERSON6, BELEDWEYNE6, GUSAU6, TURBAT6, MONYWA6 = ((10.86, 0.21), (46.64, 32.61), (4.74, 45.20),
                                                             (12.16, 6.66), (26.00, 63.05), (22.11, 95.14))

FRESH6_FR_NONE = [
    ("fr6_niger_uranium", date(2027, 1, 12), """Niger : la junte confie l'exploitation de la mine d'Arlit à une société d'État

NIAMEY (Agence) - Le gouvernement nigérien a adopté lundi en conseil des ministres un décret transférant l'exploitation de la mine d'uranium d'Arlit à une nouvelle société publique, après la rupture avec l'ancien opérateur français.

Le ministre des Mines a assuré que les premières cargaisons partiraient « d'ici décembre », sans préciser vers quel acheteur. L'ancien opérateur a saisi un tribunal arbitral international.

Les syndicats de la mine réclament le paiement de plusieurs mois d'arriérés de salaires.""", []),

    ("fr6_mali_charte", date(2027, 1, 19), """Mali : la nouvelle charte de la transition prolonge le mandat du président jusqu'en 2031

BAMAKO (Agence) - Le Conseil national de transition a adopté lundi, à l'unanimité des votants, une révision de la charte qui accorde au chef de l'État un mandat de cinq ans renouvelable, a constaté l'Agence.

Les partis politiques, dissous depuis près de deux ans, n'ont pas été consultés. Plusieurs figures de la société civile, en exil, dénoncent « une confiscation du pouvoir ».

Le texte doit encore être promulgué dans les quinze jours.""", []),

    ("fr6_burkina_usine", date(2027, 1, 26), """Burkina : le chef de l'État inaugure une usine de transformation de coton à Koudougou

OUAGADOUGOU (Agence) - Le président de la transition a inauguré lundi à Koudougou une usine d'égrenage et de filature présentée comme le symbole de la « souveraineté économique » du pays.

Dans son discours, il a rendu hommage aux soldats et aux volontaires tombés ces derniers mois sur le front, et promis que les villages désertés par leurs habitants seraient bientôt réoccupés.

L'usine doit employer 1 200 personnes à terme.""", []),

    ("fr6_tchad_grace", date(2027, 2, 2), """Tchad : un opposant condamné à vingt ans de prison gracié par le président

N'DJAMENA (Agence) - Le président tchadien a signé lundi un décret de grâce en faveur d'un ancien Premier ministre devenu opposant, condamné l'an dernier pour « incitation à la révolte » après les violences intercommunautaires de Mandakao.

L'opposant, détenu à la prison de haute sécurité de Koro Toro, devrait être libéré dans les prochains jours, selon ses avocats.

Son parti salue « un geste d'apaisement » mais réclame la libération de tous les détenus politiques.""", []),

    ("fr6_rdc_constitution", date(2027, 2, 9), """RDC : l'opposition appelle à une journée ville morte contre la révision de la Constitution

KINSHASA (Agence) - Une coalition de partis d'opposition et de mouvements citoyens a appelé lundi les habitants de Kinshasa à observer une journée « ville morte » la semaine prochaine pour protester contre le projet de révision constitutionnelle.

Les organisateurs promettent ensuite des marches dans toutes les provinces. Le gouvernement affirme que la réforme sera soumise à un référendum « libre et transparent ».

La police a prévenu qu'elle disperserait tout rassemblement non autorisé.""", []),

    ("fr6_rdc_rwanda_washington", date(2027, 2, 16), """RDC-Rwanda : le comité de suivi de l'accord de Washington se réunit sans percée

KINSHASA (Agence) - Le comité conjoint chargé de surveiller l'application de l'accord de paix entre Kinshasa et Kigali s'est réuni lundi à Washington, sans parvenir à fixer de calendrier pour le retrait des troupes rwandaises.

La délégation congolaise a présenté un rapport sur les combats qui ont opposé ces derniers mois l'armée et ses alliés aux rebelles dans le Masisi et le Lubero. Kigali dément toute présence de ses soldats sur le sol congolais.

La prochaine réunion est prévue en avril.""", []),

    ("fr6_rdc_cholera", date(2027, 2, 23), """RDC : le choléra progresse au Kasaï, plus de 300 décès depuis janvier

KANANGA (Agence) - L'épidémie de choléra qui frappe la province du Kasaï central a fait plus de 300 morts depuis le début de l'année, a annoncé lundi le ministère de la Santé, qui déplore le manque d'eau potable dans les zones rurales.

Des équipes de vaccination ont été déployées dans cinq zones de santé. Médecins sans frontières a ouvert deux centres de traitement à Kananga.

Les autorités appellent les habitants à faire bouillir l'eau de consommation.""", []),

    ("fr6_cameroun_gouvernement", date(2027, 3, 2), """Cameroun : un gouvernement resserré, la crise anglophone confiée à un nouveau ministre

YAOUNDÉ (Agence) - Le président camerounais a nommé lundi soir un gouvernement de 35 membres, contre plus de 60 auparavant, et créé un ministère délégué chargé de la reconstruction des régions du Nord-Ouest et du Sud-Ouest.

Le conflit entre l'armée et les séparatistes dans ces deux régions a fait plus de 6 000 morts depuis 2017, selon des ONG. Le nouveau ministre a promis d'« ouvrir toutes les portes du dialogue ».

La passation de service aura lieu jeudi.""", []),

    ("fr6_centrafrique_minusca", date(2027, 3, 9), """Centrafrique : le Conseil de sécurité renouvelle le mandat de la Minusca pour un an

NEW YORK (Agence) - Le Conseil de sécurité de l'ONU a prolongé lundi d'un an le mandat de la mission de maintien de la paix en Centrafrique, tout en réduisant de 500 hommes son plafond de troupes.

Bangui a salué la décision mais demande une levée totale de l'embargo sur les armes. Plusieurs diplomates ont exprimé leur inquiétude face à la persistance de groupes armés dans le nord-ouest et le sud-est du pays.

Le prochain rapport du secrétaire général est attendu en juin.""", []),

    ("fr6_senegal_dette", date(2027, 3, 16), """Sénégal : le Premier ministre accuse l'ancien régime d'avoir « maquillé » la dette

DAKAR (Agence) - Le Premier ministre sénégalais a accusé lundi devant l'Assemblée nationale l'ancien régime d'avoir dissimulé plusieurs milliards de dollars de dette, et promis des poursuites contre les responsables.

Il a aussi évoqué les manifestations de 2021 à 2024, au cours desquelles des dizaines de jeunes avaient été tués par les forces de l'ordre, affirmant que « justice sera rendue » aux familles.

L'opposition dénonce une « chasse aux sorcières ».""", []),

    ("fr6_guinee_presidentielle", date(2027, 3, 23), """Guinée : la Cour suprême valide la victoire du général à la présidentielle

CONAKRY (Agence) - La Cour suprême guinéenne a proclamé lundi les résultats définitifs de l'élection présidentielle, confirmant la victoire dès le premier tour du chef de la junte avec plus de 86 % des voix.

Les principaux partis d'opposition, suspendus, avaient appelé au boycott du scrutin. Leurs dirigeants, en exil, parlent d'une « élection sans adversaire ».

L'investiture est prévue le mois prochain au stade du 28-Septembre.""", []),

    ("fr6_togo_anniversaire", date(2027, 6, 22), """Togo : un an après les manifestations de juin, les familles des victimes attendent une enquête

LOMÉ (Agence) - Des proches des manifestants tués en juin dernier à Lomé ont réclamé lundi, devant des journalistes, l'ouverture d'une enquête indépendante sur la répression des marches contre la réforme constitutionnelle.

Selon des organisations de la société civile, au moins sept personnes avaient été tuées et des dizaines d'autres arrêtées lors de ces journées de mobilisation. Le gouvernement n'a jamais reconnu de responsabilité.

Un collectif d'avocats prévoit de saisir la Cour de justice de la Cédéao.""", []),

    ("fr6_benin_campagne", date(2027, 3, 30), """Bénin : ouverture de la campagne présidentielle, la sécurité du Nord au cœur des débats

COTONOU (Agence) - La campagne pour l'élection présidentielle s'est ouverte lundi au Bénin, avec deux candidats en lice après l'exclusion du principal parti d'opposition.

Le candidat du pouvoir a promis de doubler les effectifs déployés dans les départements de l'Alibori et de l'Atacora, où des jihadistes venus du Sahel ont multiplié les attaques contre l'armée ces dernières années.

Le scrutin est prévu le 12 avril.""", []),

    ("fr6_cote_ivoire_cacao", date(2027, 4, 6), """Côte d'Ivoire : le prix du cacao aux planteurs relevé pour la campagne intermédiaire

ABIDJAN (Agence) - Le Conseil café-cacao a relevé lundi le prix garanti aux producteurs pour la campagne intermédiaire, une hausse saluée par les coopératives de San-Pédro et de Soubré.

« Les planteurs vont enfin toucher le fruit de leur travail », a réagi le président d'une coopérative, qui dénonce toutefois les retards de paiement.

Lire aussi : Au Burkina, une embuscade meurtrière contre un convoi de ravitaillement

Le pays assure près de 40 % de la production mondiale de fèves.""", []),

    ("fr6_nigeria_urgence", date(2027, 4, 13), """Nigeria : le président décrète l'état d'urgence sécuritaire et annonce 50 000 recrutements

ABUJA (Agence) - Le président nigérian a décrété lundi un « état d'urgence sécuritaire » et ordonné le recrutement de 30 000 policiers et de 20 000 soldats supplémentaires, dans une allocution télévisée.

Cette annonce fait suite à une série d'enlèvements massifs d'écoliers et de fidèles dans les États de Kebbi, de Niger et de Kwara ces derniers mois. Les nouvelles recrues seront formées « dans les plus brefs délais », a-t-il assuré.

L'opposition juge ces mesures tardives.""", []),

    ("fr6_soudan_gouvernement_parallele", date(2027, 4, 20), """Soudan : les FSR installent leur « gouvernement de paix » à Nyala

PORT-SOUDAN (Agence) - L'alliance dirigée par les Forces de soutien rapide a présenté lundi à Nyala, au Darfour, les membres de son « gouvernement de paix et d'unité », que le pouvoir de Port-Soudan qualifie d'« illégitime ».

Le ministère soudanais des Affaires étrangères a appelé la communauté internationale à ne pas reconnaître cette administration. La guerre entre l'armée et les paramilitaires dure depuis avril 2023.

Aucun pays n'a encore annoncé de relations avec ce gouvernement.""", []),

    ("fr6_soudan_sud_proces", date(2027, 4, 27), """Soudan du Sud : le procès du premier vice-président suspendu

JUBA (Agence) - Le procès du premier vice-président sud-soudanais, accusé de trahison et de meurtre après l'attaque d'une base de l'armée à Nasir en 2025, a été suspendu lundi jusqu'à nouvel ordre, ont indiqué ses avocats.

La défense dénonce un dossier « politique » et réclame la libération de son client, assigné à résidence depuis près de deux ans. L'ONU redoute un retour à la guerre civile.

Les élections générales ont été reportées à 2028.""", []),

    ("fr6_somalie_aussom", date(2027, 5, 4), """Somalie : la mission de l'Union africaine menacée faute de financement

MOGADISCIO (Agence) - Le représentant de l'Union africaine en Somalie a averti lundi que la mission de soutien et de stabilisation pourrait devoir réduire ses effectifs dès juillet faute de financement, lors d'une réunion avec les bailleurs.

Plusieurs pays contributeurs de troupes n'ont pas été payés depuis des mois. Les shebab ont repris ces derniers mois plusieurs localités du Moyen-Shabelle, selon des responsables locaux.

Le gouvernement fédéral appelle l'ONU à prendre le relais.""", []),

    ("fr6_ukraine_energie", date(2027, 5, 11), """Ukraine : Kiev réclame des systèmes de défense aérienne avant l'hiver

KIEV (Agence) - Le président ukrainien a réclamé lundi à ses alliés européens de nouveaux systèmes de défense antiaérienne pour protéger le réseau électrique, lors d'une visite à Berlin.

Les frappes russes de missiles et de drones qui visent depuis des semaines les centrales et les sous-stations ont privé des centaines de milliers de foyers de courant. Le chancelier allemand a promis une nouvelle livraison d'ici l'automne.

Les deux dirigeants ont aussi évoqué le financement de la reconstruction.""", []),

    ("fr6_ukraine_istanbul", date(2027, 5, 18), """Russie-Ukraine : nouveau cycle de pourparlers à Istanbul, sans accord sur un cessez-le-feu

ISTANBUL (Agence) - Les délégations russe et ukrainienne se sont retrouvées lundi à Istanbul pour un nouveau cycle de négociations, qui s'est achevé sans accord sur un cessez-le-feu, selon le ministère turc des Affaires étrangères.

Moscou exige toujours le retrait des forces ukrainiennes de la région de Donetsk. Kiev refuse toute cession de territoire et réclame des garanties de sécurité.

Les deux parties ont convenu de se revoir « dans les prochaines semaines ».""", []),

    ("fr6_gaza_bilan", date(2027, 5, 25), """Gaza : plus de 72 000 morts depuis le début de la guerre, selon le ministère de la Santé

GAZA (Agence) - Le ministère de la Santé de Gaza a publié lundi un nouveau bilan faisant état de plus de 72 000 morts depuis octobre 2023, dont une majorité de femmes et d'enfants, ainsi que de milliers de disparus sous les décombres.

Ce bilan inclut des centaines de corps retrouvés depuis l'entrée en vigueur du cessez-le-feu. L'ONU estime que la reconstruction prendra plus d'une décennie.

Israël conteste la méthode de calcul du ministère.""", []),

    ("fr6_liban_municipales", date(2027, 6, 1), """Liban : le Hezbollah et Amal remportent les municipales dans le Sud

BEYROUTH (Agence) - Les listes soutenues par le Hezbollah et le mouvement Amal ont remporté la quasi-totalité des conseils municipaux du Liban-Sud, selon les résultats annoncés lundi par le ministère de l'Intérieur.

Le scrutin s'est tenu dans des villages en partie détruits par la guerre, alors qu'Israël mène des frappes régulières dans la région malgré le cessez-le-feu de novembre 2024.

Le Premier ministre a salué « une victoire de la démocratie ».""", []),

    ("fr6_syrie_commission", date(2027, 6, 8), """Syrie : la commission d'enquête sur les violences du littoral remet son rapport

DAMAS (Agence) - La commission nationale chargée d'enquêter sur les massacres de civils alaouites sur le littoral en mars 2025 a remis lundi son rapport final au président syrien, qui promet de traduire les responsables en justice.

Le rapport recense plus de 1 400 morts et identifie près de 300 suspects, parmi lesquels des membres de factions intégrées à l'armée. Les familles des victimes doutent de la volonté des autorités.

Le rapport n'a pas été rendu public dans son intégralité.""", []),

    ("fr6_haiti_bilan_trimestre", date(2027, 7, 6), """Haïti : 1 500 personnes tuées par les gangs en trois mois, selon l'ONU

PORT-AU-PRINCE (Agence) - Plus de 1 500 personnes ont été tuées et 600 blessées entre avril et juin dans des violences liées aux gangs, a indiqué lundi le bureau des Nations unies en Haïti dans son rapport trimestriel.

La majorité des victimes ont été touchées lors d'attaques de gangs contre des quartiers de la capitale et des communes de l'Artibonite, mais aussi lors d'opérations de la police et de frappes de drones, selon le rapport.

L'ONU appelle au déploiement rapide de la nouvelle force internationale.""", []),

    ("fr6_mozambique_dialogue", date(2027, 7, 13), """Mozambique : le président et l'opposant Mondlane signent un pacte de dialogue

MAPUTO (Agence) - Le président mozambicain et le principal opposant ont signé lundi à Maputo un engagement pour un « dialogue national inclusif », censé tourner la page des contestations post-électorales.

Les manifestations qui avaient suivi les élections d'octobre 2024 avaient fait plus de 300 morts, selon des ONG. Le texte prévoit une réforme de la commission électorale et une amnistie pour les manifestants.

Les travaux doivent débuter en septembre.""", []),

    ("fr6_ethiopie_barrage", date(2027, 7, 20), """Éthiopie : le Caire dénonce le remplissage du grand barrage de la Renaissance

LE CAIRE (Agence) - L'Égypte a dénoncé lundi la poursuite du remplissage du grand barrage de la Renaissance, sur le Nil bleu, estimant qu'Addis-Abeba menace « la sécurité hydrique » de cent millions d'Égyptiens.

Le ministre égyptien de l'Irrigation a affirmé que son pays se réservait « le droit de prendre toutes les mesures » pour défendre ses intérêts. L'Éthiopie assure que le barrage ne nuira pas aux pays en aval.

Les négociations sont au point mort depuis 2023.""", []),

    ("fr6_foot_aigles", date(2027, 1, 26), """Football : les Aigles du Mali fusillent les Comores et filent en demi-finales

RABAT (Agence) - Le Mali a écrasé lundi les Comores (4-0) en quart de finale de la Coupe d'Afrique des nations, grâce à un doublé de son attaquant vedette, qui a crucifié le gardien adverse à deux reprises en dix minutes.

« On les a tués dès la première mi-temps », s'est réjoui le sélectionneur malien après la rencontre. Les Comoriens, sans munitions, n'ont jamais trouvé la faille.

Les Aigles affronteront le Maroc vendredi.""", []),

    ("fr6_bourse_brvm", date(2027, 8, 3), """Bourse : hécatombe sur les valeurs télécoms à la BRVM

ABIDJAN (Agence) - La Bourse régionale des valeurs mobilières a vécu lundi une séance noire, les valeurs des télécommunications étant littéralement massacrées après l'annonce d'une nouvelle taxe sur les transferts d'argent.

« Les investisseurs ont pris la fuite », résume un analyste, qui parle d'un « carnage » sur les titres les plus échangés de la place.

L'indice principal a perdu plus de 6 % en une journée.""", []),

    ("fr6_senat_torpille", date(2027, 8, 10), """Sénégal : la majorité torpille la proposition de loi de l'opposition sur les médias

DAKAR (Agence) - Les députés de la majorité ont torpillé lundi la proposition de loi de l'opposition sur la dépénalisation des délits de presse, rejetée par 120 voix contre 25 au terme d'une séance houleuse.

Un député de l'opposition a accusé le gouvernement de vouloir « bâillonner » la presse et d'avoir « exécuté » le texte sans débat. La majorité a répliqué par une salve de critiques contre « les fossoyeurs de la République ».

Un projet gouvernemental doit être présenté à l'automne.""", []),

    ("fr6_guinee_proces_appel", date(2027, 8, 17), """Guinée : ouverture du procès en appel du massacre du 28-Septembre

CONAKRY (Agence) - Le procès en appel des auteurs présumés du massacre du stade du 28-Septembre, au cours duquel plus de 150 personnes avaient été tuées et des dizaines de femmes violées en 2009, s'est ouvert lundi devant la cour d'appel de Conakry.

L'ancien chef de la junte, condamné en première instance à vingt ans de prison pour crimes contre l'humanité puis gracié, n'était pas présent. Les parties civiles dénoncent cette grâce.

Les audiences doivent durer plusieurs mois.""", []),

    ("fr6_rwanda_kwibuka", date(2027, 4, 13), """Rwanda : le pays commémore le 33e anniversaire du génocide des Tutsi

KIGALI (Agence) - Le président rwandais a allumé lundi la flamme du souvenir au mémorial de Gisozi, à Kigali, lançant une semaine de deuil national en mémoire des victimes du génocide des Tutsi de 1994.

Plus de 800 000 personnes, en majorité des Tutsi, avaient été massacrées en cent jours. Des rescapés ont témoigné devant des milliers de personnes réunies au stade.

Des cérémonies se tiendront dans tous les districts du pays.""", []),

    ("fr6_jnim_blocus_kayes", date(2027, 8, 24), """Mali : le JNIM menace d'imposer un blocus sur la région de Kayes

BAMAKO (Agence) - Le JNIM, lié à Al-Qaïda, a menacé lundi, dans un message audio, de bloquer toutes les routes menant à Kayes et à Nioro du Sahel si les transporteurs continuaient de ravitailler l'armée.

Le groupe promet de « frapper sans pitié » les camions qui braveraient son interdiction. Les autorités régionales appellent les chauffeurs à circuler sous escorte.

L'armée n'a pas commenté ce message.""", []),

    ("fr6_niger_operation_prevue", date(2027, 8, 31), """Niger : l'armée annonce une opération d'envergure dans le nord de Tillabéri

NIAMEY (Agence) - Le chef d'état-major des armées nigériennes a annoncé lundi le lancement, dans les prochaines semaines, d'une opération terrestre et aérienne contre l'État islamique dans le nord de la région de Tillabéri.

Des renforts et des drones doivent être acheminés vers Ouallam et Banibangou, a-t-il précisé, promettant de « traquer les terroristes jusque dans leurs derniers retranchements ».

Des habitants redoutent des représailles contre les villages.""", []),

    ("fr6_hrw_burkina", date(2027, 9, 7), """Burkina : un rapport accuse l'armée et les VDP d'avoir tué des centaines de civils en 2026

OUAGADOUGOU (Agence) - L'organisation Human Rights Watch a accusé lundi l'armée burkinabè et les Volontaires pour la défense de la patrie d'avoir exécuté plusieurs centaines de civils peuls au cours de l'année écoulée, dans un rapport de 90 pages.

Selon l'ONG, les soldats et leurs supplétifs ont encerclé des villages, rassemblé les hommes et les ont abattus, en représailles à des attaques jihadistes. Le gouvernement rejette un rapport « mensonger ».

L'ONG réclame une enquête internationale.""", []),

    ("fr6_mauritanie_refugies", date(2027, 9, 14), """Mauritanie : afflux de réfugiés maliens au camp de Mbera

NOUAKCHOTT (Agence) - Plus de 10 000 réfugiés maliens sont arrivés au camp de Mbera, dans le sud-est de la Mauritanie, depuis juillet, a indiqué lundi le Haut-Commissariat des Nations unies pour les réfugiés.

Les nouveaux arrivants disent avoir fui les exactions commises ces derniers mois contre des villages de la région de Tombouctou, où des habitants ont été tués et des troupeaux emportés.

Le HCR appelle à une aide d'urgence pour faire face aux besoins en eau.""", []),

    ("fr6_rdc_sanctions_usa", date(2027, 9, 21), """RDC : Washington sanctionne deux responsables de l'AFC/M23 et un commandant des wazalendo

KINSHASA (Agence) - Le Trésor américain a annoncé lundi des sanctions contre deux dirigeants de la rébellion AFC/M23 et un chef de milice wazalendo, accusés d'exactions contre des civils dans le Nord-Kivu.

Leurs avoirs aux États-Unis sont gelés. Le gouvernement congolais a salué des mesures « courageuses », tandis que la rébellion dénonce une décision « partiale ».

Les pourparlers de Doha sont suspendus depuis juillet.""", []),

    ("fr6_general_entretien", date(2027, 9, 28), """« Nous ne laisserons pas un mètre de terrain » : entretien avec le chef d'état-major de l'armée tchadienne

N'DJAMENA (Agence) - Dans un entretien accordé à l'Agence, le chef d'état-major de l'armée tchadienne revient sur la lutte contre Boko Haram dans la province du Lac et sur la menace que fait peser la guerre au Soudan sur l'est du pays.

« Nos hommes ont repoussé des dizaines d'attaques ces dernières années. Quand l'ennemi frappe, nous frappons plus fort », affirme le général, qui réclame davantage de moyens aériens.

Il se dit favorable à une force régionale commune avec le Niger et le Nigeria.""", []),

    ("fr6_cameroun_rentree", date(2027, 9, 7), """Cameroun : une rentrée scolaire sous tension dans le Nord-Ouest

BAMENDA (Agence) - Des milliers d'élèves des régions anglophones ont repris lundi le chemin de l'école, mais de nombreux établissements restent fermés dans les zones rurales du Nord-Ouest, selon des responsables de l'éducation.

Les séparatistes avaient appelé au boycott de la rentrée et menacé les enseignants. Ces dernières années, des écoles ont été incendiées et des enseignants enlevés dans plusieurs départements.

Le gouverneur a promis de sécuriser les établissements.""", []),

    ("fr6_centrafrique_campagne", date(2027, 10, 5), """Centrafrique : le président sortant investi candidat, l'opposition dénonce un troisième mandat

BANGUI (Agence) - Le parti au pouvoir a investi lundi le chef de l'État sortant comme candidat à la présidentielle de décembre, lors d'un congrès à Bangui, malgré les critiques de l'opposition qui dénonce un troisième mandat « anticonstitutionnel ».

Le président a promis de poursuivre le désarmement des groupes armés, qu'il accuse d'avoir « pris en otage » le pays pendant une décennie.

L'opposition réunie au sein d'un bloc appelle au boycott.""", []),

    ("fr6_mali_ecoles_carburant", date(2027, 10, 12), """Mali : les écoles de Bamako fermées deux semaines faute de carburant

BAMAKO (Agence) - Le ministère de l'Éducation a annoncé lundi la fermeture des écoles et des universités de Bamako pendant deux semaines, en raison de la pénurie de carburant qui paralyse les transports.

Le blocus imposé par les jihadistes sur les axes reliant la capitale aux pays voisins a provoqué de longues files d'attente aux stations-service. Des dizaines de citernes ont été incendiées depuis le début du blocus.

Le gouvernement promet des convois escortés par l'armée.""", []),

    ("fr6_niger_manif_prevue", date(2027, 10, 19), """Niger : des syndicats annoncent une grève générale contre la hausse des prix du carburant

NIAMEY (Agence) - Une intersyndicale a annoncé lundi une grève générale de trois jours à partir du 2 novembre pour protester contre la hausse des prix du carburant décidée par le gouvernement.

Les syndicats menacent de descendre dans la rue si la mesure n'est pas retirée. Le ministre du Commerce affirme que la hausse est « indispensable » pour financer l'effort de guerre.

Les transporteurs ont déjà suspendu leurs activités.""", []),

    ("fr6_bilan_annuel_acled", date(2027, 1, 12), """Sahel : 2026, l'année la plus meurtrière depuis le début de la crise, selon un observatoire

DAKAR (Agence) - Plus de 12 000 personnes ont été tuées au Burkina Faso, au Mali et au Niger en 2026, ce qui en fait l'année la plus meurtrière depuis le début de la crise sécuritaire, selon un rapport publié lundi par un observatoire indépendant.

Le Burkina concentre plus de la moitié des victimes. Les attaques contre des civils, le plus souvent attribuées aux groupes jihadistes mais aussi aux forces armées, ont progressé de 30 % en un an.

Les auteurs s'inquiètent de l'extension des violences vers les pays côtiers.""", []),

    ("fr6_kenya_proces_policiers", date(2027, 11, 2), """Kenya : des policiers jugés pour la mort d'un blogueur en garde à vue

NAIROBI (Agence) - Trois policiers accusés d'avoir causé la mort d'un blogueur en garde à vue en 2025 ont comparu lundi devant la Haute Cour de Nairobi, qui a fixé la date de leur procès au mois de janvier.

La mort du jeune homme, arrêté pour avoir critiqué un haut responsable de la police, avait déclenché une vague de manifestations à travers le pays.

Les accusés ont plaidé non coupable.""", []),
]

FRESH6_FR_ONE = [
    ("fr6_ev_menaka_ei", date(2027, 2, 9), """Mali : une quinzaine de civils tués par l'État islamique près de Ménaka

MÉNAKA (Agence) - Une quinzaine de civils ont été tués lundi par des combattants de l'État islamique au Sahel dans un hameau situé à une trentaine de kilomètres de Ménaka, ont indiqué des élus locaux.

Les assaillants ont rassemblé les hommes du village avant de les exécuter, et ont emporté le bétail. Des centaines d'habitants ont fui vers la ville.

La région de Ménaka est en proie aux violences jihadistes depuis plusieurs années.""",
     [ev(ATT, ["Islamic State", "Civilians"], MENAKA6, "lundi", 15)]),

    ("fr6_ev_diffa_bokoharam", date(2027, 3, 16), """Niger : cinq soldats tués dans une attaque de Boko Haram près de Diffa

NIAMEY (Agence) - Cinq soldats nigériens ont été tués lundi soir lors d'une attaque de combattants de Boko Haram contre une position de l'armée à une quinzaine de kilomètres de Diffa, a annoncé le ministère de la Défense dans un communiqué.

Une dizaine d'assaillants ont été « neutralisés » lors de la riposte, selon le communiqué. Les opérations de ratissage se poursuivent.

La région de Diffa, frontalière du Nigeria, accueille des dizaines de milliers de réfugiés.""",
     [ev(AC, ["Boko Haram", "Niger"], DIFFA6, "lundi", 15)]),

    ("fr6_ev_djibo_convoi", date(2027, 4, 20), """Burkina : un convoi de ravitaillement attaqué près de Djibo

OUAGADOUGOU (Agence) - Un convoi de ravitaillement escorté par l'armée a été attaqué lundi par des combattants du JNIM à une vingtaine de kilomètres de Djibo, dans le nord du Burkina, ont indiqué des sources sécuritaires.

Les combats ont duré plusieurs heures et des soldats ont été tués, selon ces sources, qui n'ont pas donné de bilan précis. Plusieurs camions ont été incendiés.

Djibo est soumise à un blocus depuis 2022.""",
     [ev(AC, ["JNIM", "Burkina Faso"], DJIBO6, "lundi")]),

    ("fr6_ev_bunia_codeco", date(2027, 5, 18), """Ituri : des miliciens CODECO attaquent un site de déplacés, huit morts

BUNIA (Agence) - Huit déplacés ont été tués dans la nuit de dimanche à lundi lors d'une attaque de miliciens CODECO contre un site de déplacés du territoire de Djugu, à une quarantaine de kilomètres de Bunia, selon la société civile.

Les assaillants, armés de machettes et de fusils, ont incendié plusieurs abris. Des Casques bleus sont arrivés sur les lieux après le départ des miliciens.

Le gouverneur de l'Ituri a condamné une attaque « barbare ».""",
     [ev(ATT, ["CODECO", "Civilians"], BUNIA6, ("dimanche", "lundi"), 8)]),

    ("fr6_ev_rutshuru_m23", date(2027, 6, 15), """Nord-Kivu : combats entre le M23 et des wazalendo près de Rutshuru

GOMA (Agence) - Des combats ont opposé lundi les combattants de l'AFC/M23 à des miliciens wazalendo dans plusieurs villages situés au nord de Rutshuru-centre, ont rapporté des sources locales.

Les affrontements ont poussé des centaines de familles à fuir vers Kiwanja. Aucun bilan n'a été communiqué.

Les deux camps s'accusent mutuellement de violer le cessez-le-feu.""",
     [ev(AC, ["M23"], RUTSHURU6, "lundi")]),

    ("fr6_ev_bangui_etudiants", date(2027, 6, 29), """Centrafrique : les étudiants de Bangui manifestent pour réclamer leurs bourses

BANGUI (Agence) - Plusieurs centaines d'étudiants de l'université de Bangui ont manifesté lundi dans le calme devant le ministère de l'Enseignement supérieur pour réclamer le paiement de plusieurs mois d'arriérés de bourses.

Une délégation a été reçue par le ministre, qui a promis un paiement avant la fin du mois. Les étudiants menacent de reprendre la mobilisation si la promesse n'est pas tenue.

L'université connaît des grèves à répétition depuis plusieurs années.""",
     [ev(PP, ["Protesters"], BANGUI6, "lundi")]),

    ("fr6_ev_conakry_lacrymogene", date(2027, 7, 27), """Guinée : une manifestation contre les coupures d'électricité dispersée à Conakry

CONAKRY (Agence) - La police a dispersé lundi à coups de gaz lacrymogène des habitants de la banlieue de Conakry qui protestaient contre les coupures d'électricité à répétition, selon des témoins.

Les manifestants avaient bloqué la route principale avec des pneus. Plusieurs jeunes ont été interpellés, d'après un responsable de quartier.

Le ministre de l'Énergie promet un retour à la normale d'ici deux semaines.""",
     [ev(PWI, ["Protesters", "Police"], CONAKRY6, "lundi")]),

    ("fr6_ev_mora_enlevement", date(2027, 8, 17), """Cameroun : une dizaine de personnes enlevées par Boko Haram dans l'Extrême-Nord

MAROUA (Agence) - Une dizaine d'habitants d'un village du Mayo-Sava, près de Mora, ont été enlevés dans la nuit de dimanche à lundi par des combattants de Boko Haram, ont indiqué des autorités locales.

Les assaillants ont aussi pillé des boutiques et emporté du bétail. Une rançon serait réclamée aux familles, selon un chef traditionnel.

Les enlèvements se multiplient dans la région depuis le début de l'année.""",
     [ev(ABD, ["Boko Haram", "Civilians"], MORA6, ("dimanche", "lundi"))]),

    ("fr6_ev_kumba_embuscade", date(2027, 9, 21), """Cameroun : deux gendarmes tués dans une embuscade près de Kumba

BUEA (Agence) - Deux gendarmes ont été tués lundi dans une embuscade tendue par des séparatistes armés sur la route de Kumba, dans la région du Sud-Ouest, a appris l'Agence de sources sécuritaires.

Les assaillants ont ouvert le feu sur une patrouille avant de se replier dans la forêt. Une opération de ratissage a été lancée.

Le conflit dans les régions anglophones dure depuis 2017.""",
     [ev(AC, ["Cameroon"], KUMBA6, "lundi", 2)]),

    ("fr6_ev_khan_younes_frappe", date(2027, 10, 12), """Gaza : trois morts dans une frappe israélienne à Khan Younès

GAZA (Agence) - Trois Palestiniens ont été tués lundi dans une frappe aérienne israélienne contre une tente de déplacés à Khan Younès, dans le sud de la bande de Gaza, selon la Défense civile.

L'armée israélienne affirme avoir visé « un terroriste » qui s'approchait de ses troupes. Le cessez-le-feu est régulièrement violé depuis son entrée en vigueur.

Les négociations sur la deuxième phase de l'accord piétinent.""",
     [ev(AIR, ["Israel"], KHAN_YOUNES6, "lundi", 3)]),

    ("fr6_ev_el_obeid_drone", date(2027, 10, 26), """Soudan : une frappe de drone des FSR fait six morts à El-Obeid

PORT-SOUDAN (Agence) - Six civils ont été tués lundi par une frappe de drone attribuée aux Forces de soutien rapide sur un marché d'El-Obeid, capitale du Kordofan-Nord, a indiqué un réseau de médecins.

Les paramilitaires n'ont pas commenté. La ville est menacée depuis des mois par l'avancée des FSR dans le Kordofan.

L'ONU a appelé à la protection des civils.""",
     [ev(AIR, ["Rapid Support Forces", "Civilians"], EL_OBEID6, "lundi", 6)]),

    ("fr6_ev_kenscoff_gang", date(2027, 11, 9), """Haïti : des gangs attaquent Kenscoff, plusieurs maisons incendiées

PORT-AU-PRINCE (Agence) - Des membres de la coalition de gangs Viv Ansanm ont attaqué lundi plusieurs quartiers de Kenscoff, sur les hauteurs de Port-au-Prince, tuant au moins quatre habitants et incendiant des maisons, selon des élus locaux.

Des centaines de familles ont fui vers Pétion-Ville. La police a indiqué avoir envoyé des renforts.

Les gangs contrôlent l'essentiel de la capitale.""",
     [ev(ATT, ["Viv Ansanm", "Civilians"], KENSCOFF6, "lundi", 4)]),

    ("fr6_ev_dapaong_jnim", date(2027, 11, 16), """Togo : des soldats tués dans une attaque jihadiste dans la région des Savanes

LOMÉ (Agence) - Plusieurs soldats togolais ont été tués lundi lors de l'attaque d'un poste militaire par des combattants jihadistes dans la région des Savanes, à une quarantaine de kilomètres de Dapaong, selon des sources sécuritaires.

Le gouvernement n'a pas communiqué de bilan officiel. L'attaque n'a pas été revendiquée, mais le JNIM est actif dans la zone frontalière du Burkina.

Le nord du Togo est sous état d'urgence depuis 2022.""",
     [ev(AC, ["Togo"], DAPAONG6, "lundi")]),
]

FRESH6_EN_NONE = [
    ("en6_mali_fuel", date(2027, 2, 16), """Mali's junta rations fuel as jihadist blockade bites

BAMAKO (Wire) - Mali's transitional government on Monday limited fuel sales to 20 litres per vehicle in the capital, as a blockade imposed by al Qaeda-linked militants on the main supply roads entered its fifth month.

The JNIM group has attacked dozens of fuel convoys since September, officials say. Long queues formed outside petrol stations in Bamako.

The government said escorted convoys would arrive from Senegal next week.""", []),

    ("en6_nigeria_army_chief", date(2027, 3, 2), """Nigeria's president replaces service chiefs amid rising insecurity

ABUJA (Wire) - Nigeria's president on Monday replaced the chiefs of the army, navy and air force, his spokesman said, the second such shake-up in three years.

The move follows a string of mass abductions and attacks on military bases in the northwest and northeast in recent months. The new army chief previously led operations against Boko Haram in Borno.

Lawmakers welcomed the change but called for more funding for the police.""", []),

    ("en6_sudan_appeal", date(2027, 3, 30), """U.N. seeks record $5 billion for Sudan as famine spreads

GENEVA (Wire) - The United Nations on Monday appealed for a record $5 billion in aid for Sudan this year, warning that famine had spread to at least ten areas, including parts of Darfur and Kordofan.

The war between the army and the Rapid Support Forces has displaced more than 12 million people since April 2023. Aid agencies say access to El Fasher and Kadugli remains blocked.

Last year's appeal was less than a third funded.""", []),

    ("en6_ukraine_eu_loan", date(2027, 4, 27), """EU approves 50 billion euro loan for Ukraine backed by frozen Russian assets

BRUSSELS (Wire) - European Union finance ministers on Monday approved a 50 billion euro loan to Ukraine, to be repaid from the proceeds of frozen Russian central bank assets, the bloc's presidency said.

Kyiv says it needs the money to keep its army funded and to repair power plants damaged by Russian strikes. Russia called the decision "theft".

The first tranche is expected in June.""", []),

    ("en6_gaza_phase_two", date(2027, 6, 15), """Gaza truce talks stall over disarmament of Hamas

CAIRO (Wire) - Talks in Cairo on the second phase of the Gaza ceasefire ended on Monday without agreement on the disarmament of Hamas, Egyptian officials said.

Israel insists the group must hand over its weapons before any further withdrawal of its troops. Hamas says it will not disarm while Israeli forces remain in the enclave.

Mediators plan to meet again next week.""", []),

    ("en6_pak_afghan_talks", date(2027, 7, 20), """Pakistan and Afghanistan hold border talks in Istanbul

ISTANBUL (Wire) - Pakistani and Afghan Taliban officials met in Istanbul on Monday for talks on border security, Turkey's foreign ministry said, months after deadly clashes along their frontier.

Islamabad accuses Kabul of sheltering Pakistani Taliban fighters who have killed hundreds of soldiers and police officers. The Taliban government denies the charge.

The border crossings at Torkham and Chaman remain closed to trade.""", []),

    ("en6_myanmar_emergency", date(2027, 8, 3), """Myanmar's military government extends curfew in 60 townships

NAYPYITAW (Wire) - Myanmar's military-led government on Monday extended martial law and night curfews in 60 townships for another 90 days, state media reported, citing continued fighting with resistance groups.

Most of the townships are in Sagaing, Magway and Rakhine, where the army has lost ground to armed groups since 2023.

Opposition groups dismissed the junta's election plans as a sham.""", []),

    ("en6_somalia_debt", date(2027, 8, 31), """IMF approves new loan for Somalia, praises reforms

MOGADISHU (Wire) - The International Monetary Fund's board on Monday approved a three-year, $100 million loan for Somalia, praising the government's progress in collecting taxes.

Officials said the funds would help pay soldiers' salaries as the country takes over security duties from African Union troops. Al Shabaab still controls large parts of the countryside.

Somalia reached debt relief under the HIPC initiative in 2023.""", []),

    ("en6_ethiopia_fano_offer", date(2027, 9, 28), """Ethiopia offers talks to Fano militias in Amhara

ADDIS ABABA (Wire) - Ethiopia's prime minister on Monday offered peace talks to Fano militias fighting federal forces in the Amhara region, saying the government was ready to meet "anywhere, at any time".

Fighting in Amhara since 2023 has killed thousands and shut schools and clinics across the region, according to aid groups. A Fano spokesman said the offer was "not serious".

The African Union welcomed the proposal.""", []),

    ("en6_haiti_kenya_exit", date(2027, 10, 19), """Kenyan police prepare to leave Haiti as new force takes over

PORT-AU-PRINCE (Wire) - Kenyan police officers who led a U.N.-backed mission against Haiti's gangs will begin leaving next month as a new gang suppression force takes over, Haiti's transitional government said on Monday.

The Kenyan-led mission struggled with a lack of funding and equipment. Gangs control about 90% of the capital, according to the U.N.

The new force is expected to number 5,500 personnel.""", []),

    ("en6_football_senegal", date(2027, 11, 23), """Football: Senegal destroy Ghana to top qualifying group

DAKAR (Wire) - Senegal crushed Ghana 4-0 in Dakar on Monday to top their World Cup qualifying group, with their striker firing a hat-trick in a ruthless first-half assault.

"We buried them early," Senegal's captain said. Ghana's coach admitted his side had been "massacred" in midfield.

Senegal play Gabon on Friday.""", []),

    ("en6_markets_oil", date(2027, 11, 30), """Oil majors hammered as crude prices plunge

LONDON (Wire) - Shares of oil majors were hammered on Monday as crude prices fell to a four-year low, wiping out billions of dollars in market value in a bloodbath for energy stocks.

Analysts blamed a surge in supply and weak demand from China. Nigerian and Angolan bonds also slumped.

Brent crude settled below $55 a barrel.""", []),
]

FRESH6_EN_ONE = [
    ("en6_ev_kherson_shelling", date(2027, 2, 23), """Russian shelling kills two in Ukraine's Kherson

KYIV (Wire) - Russian shelling killed two civilians and wounded six in the southern Ukrainian city of Kherson on Monday, the regional governor said.

A residential building and a bus stop were hit, he said. Russian troops across the Dnipro shell the city almost daily.

Ukraine's foreign minister called for more sanctions on Moscow.""",
     [ev(SH, ["Russia", "Civilians"], KHERSON6, 1, 2)]),

    ("en6_ev_beledweyne_bomb", date(2027, 5, 11), """Suicide bomber kills seven at army base in central Somalia

MOGADISHU (Wire) - A suicide car bomber killed seven soldiers at an army base on the outskirts of Beledweyne, in central Somalia, on Monday, a military officer said.

Al Shabaab claimed responsibility for the attack in a statement. The base is used by troops fighting the group in Hiiraan region.

The government said the attack would not halt its offensive.""",
     [ev(SB, ["Shabaab", "Somalia"], BELEDWEYNE6, 1, 7)]),

    ("en6_ev_zamfara_bandits", date(2027, 7, 13), """Gunmen kill 18 villagers in northwest Nigeria

GUSAU (Wire) - Gunmen on motorcycles killed 18 people in an attack on a village in Nigeria's Zamfara state on Monday, a local official and residents said.

The attackers also burned houses and stole cattle before fleeing into a nearby forest. Police confirmed the attack but gave no toll.

Armed gangs have killed thousands of people in the region in recent years.""",
     [ev(ATT, ["Civilians"], GUSAU6, 1, 18)]),

    ("en6_ev_kech_labourers", date(2027, 9, 14), """Gunmen kill six labourers in Pakistan's Balochistan

QUETTA (Wire) - Gunmen shot dead six construction workers from Punjab province near Turbat in Balochistan's Kech district on Monday, police said.

No group claimed responsibility, but Baloch separatists have killed dozens of workers from other provinces in recent years.

The provincial government announced compensation for the victims' families.""",
     [ev(ATT, ["Civilians"], TURBAT6, 1, 6)]),

    ("en6_ev_sagaing_airstrike", date(2027, 10, 5), """Myanmar air strike kills 11 in Sagaing village, residents say

BANGKOK (Wire) - A Myanmar military air strike on a village near Monywa in the Sagaing region killed 11 civilians, including four children, on Monday, residents and a local resistance group said.

A jet dropped two bombs on a monastery where displaced people were sheltering, residents said. The military did not respond to requests for comment.

The junta has stepped up air strikes on areas held by its opponents.""",
     [ev(AIR, ["Myanmar", "Civilians"], MONYWA6, 1, 11)]),
]

FRESH6 = [(a, "fr") for a in FRESH6_FR_NONE + FRESH6_FR_ONE] + [(a, "en") for a in FRESH6_EN_NONE + FRESH6_EN_ONE]

# FRESH7: the forty-fourth session's held-out group (63 articles, 45 French, 43 with no event), written before any
# rule of that session and run on 1dda54c9; its failures print only when it is named (``--set fresh7``).
DOUENTZA7, FADA7, OUALLAM7, OICHA7, WALIKALE7, BAMENDA7 = ((15.00, -2.95), (12.06, 0.36), (14.32, 2.09),
                                                           (0.70, 29.52), (-1.42, 28.05), (5.96, 10.15))
BOCARANGA7, NDJAMENA7, EL_FASHER7, MIREBALAIS7, MOCIMBOA7, TYR7 = ((6.99, 15.64), (12.11, 15.04), (13.63, 25.35),
                                                                    (18.83, -72.10), (-11.35, 40.35), (33.27, 35.20))
KHARKIV7, LOME7, MOGADISHU7, MONGUNO7, BANNU7, HPAKANT7 = ((49.99, 36.23), (6.13, 1.22), (2.04, 45.34),
                                                           (12.67, 13.61), (32.99, 70.60), (25.61, 96.31))
GONDAR7, DIAPAGA7 = (12.60, 37.47), (12.07, 1.79)

FRESH7_FR_NONE = [
    ("fr7_mali_budget", date(2028, 1, 11), """Mali : l'Assemblée de transition adopte un budget de guerre

BAMAKO (Agence) - Les membres du Conseil national de transition ont voté lundi la loi de finances pour 2028, dont près d'un tiers des dépenses iront à la défense alors que le pays combat les groupes jihadistes sur plusieurs fronts.

Le ministre de l'Économie a défendu des choix « dictés par la survie de la nation ». Les syndicats d'enseignants regrettent le gel des recrutements.

Le texte prévoit aussi une hausse des taxes sur les télécommunications.""", []),

    ("fr7_niger_accord_minier", date(2028, 1, 18), """Niger : l'État et une société minière canadienne trouvent un accord sur l'or de Samira

NIAMEY (Agence) - Le gouvernement nigérien et la société minière qui exploitait le gisement aurifère de Samira ont conclu lundi un règlement à l'amiable mettant fin à leur différend fiscal, a annoncé le ministère des Mines.

La société versera une somme non précisée au Trésor et pourra reprendre la production d'ici l'été. Ses cadres expatriés avaient quitté le pays l'an dernier.

L'opposition en exil dénonce un accord « négocié dans l'opacité ».""", []),

    ("fr7_burkina_hommage", date(2028, 1, 25), """Burkina : une journée d'hommage national aux combattants tombés

OUAGADOUGOU (Agence) - Le Burkina a observé lundi une journée d'hommage aux soldats et aux volontaires pour la défense de la patrie morts au front, marquée par une cérémonie au cimetière militaire de la capitale.

Le chef de l'État a déposé une gerbe et promis que « chaque goutte de sang versé sera vengée ». Aucun chiffre officiel de pertes n'a été communiqué depuis deux ans.

Des minutes de silence ont été observées dans les écoles.""", []),

    ("fr7_rdc_doha_pourparlers", date(2028, 2, 1), """RDC : nouveau round de pourparlers à Doha entre Kinshasa et l'AFC/M23

KINSHASA (Agence) - Les délégations du gouvernement congolais et des rebelles AFC/M23 ont repris lundi à Doha leurs discussions sur un accord de paix global, sous médiation qatarie.

Sur le terrain, les affrontements se sont poursuivis ces dernières semaines dans les hauts plateaux du Sud-Kivu, selon des sources locales. Chaque camp accuse l'autre de violer le cessez-le-feu.

Les médiateurs espèrent une signature avant la fin du trimestre.""", []),

    ("fr7_rdc_franc_deroute", date(2028, 2, 8), """RDC : le franc congolais s'effondre, carnage sur le marché des changes

KINSHASA (Agence) - Le franc congolais a perdu lundi près de 8 % face au dollar, un véritable carnage pour les cambistes du boulevard du 30-Juin, qui ont vu leurs réserves fondre en quelques heures.

« On s'est fait massacrer », résume un changeur de la Gombe. La Banque centrale promet d'intervenir pour stopper l'hémorragie.

Les prix des produits importés ont déjà commencé à grimper.""", []),

    ("fr7_cameroun_gouverneurs", date(2028, 2, 15), """Cameroun : le président nomme de nouveaux gouverneurs dans huit régions

YAOUNDÉ (Agence) - Le chef de l'État camerounais a signé lundi un décret nommant de nouveaux gouverneurs dans huit des dix régions du pays, dont le Nord-Ouest et le Sud-Ouest, en proie à la crise anglophone.

Le nouveau gouverneur de l'Extrême-Nord, un ancien préfet, aura la charge de la lutte contre Boko Haram dans une région où les incursions restent fréquentes.

Les passations de service sont prévues dans la semaine.""", []),

    ("fr7_centrafrique_calendrier", date(2028, 2, 22), """Centrafrique : l'Autorité nationale des élections publie le calendrier des scrutins locaux

BANGUI (Agence) - L'Autorité nationale des élections a publié lundi le calendrier des premières élections municipales depuis près de quarante ans, fixées à la fin de l'année.

L'opposition juge le délai trop court pour recenser les électeurs dans les préfectures où sévissent encore des groupes armés. La MINUSCA a promis un appui logistique.

Le dépôt des listes s'ouvrira en septembre.""", []),

    ("fr7_tchad_petrole", date(2028, 2, 29), """Tchad : N'Djamena signe un nouveau contrat pétrolier avec une firme asiatique

N'DJAMENA (Agence) - Le gouvernement tchadien a signé lundi avec une compagnie pétrolière asiatique un contrat de partage de production portant sur deux blocs du bassin de Doba, a annoncé le ministère du Pétrole.

Le ministre a salué un accord « gagnant-gagnant ». Des associations locales réclament la publication du contrat.

Le pétrole représente plus de la moitié des recettes de l'État.""", []),

    ("fr7_soudan_conference", date(2028, 3, 7), """Soudan : les donateurs promettent deux milliards de dollars à Londres

LONDRES (Agence) - Une conférence internationale réunie lundi à Londres a permis de récolter près de deux milliards de dollars pour venir en aide aux Soudanais, sans aucun engagement des belligérants en faveur d'une trêve.

Près de trois ans de guerre entre l'armée et les paramilitaires ont chassé plus de douze millions de personnes de chez elles et plongé une partie du Darfour dans la famine.

Ni l'armée ni les FSR n'étaient invitées.""", []),

    ("fr7_somalie_loi_electorale", date(2028, 3, 14), """Somalie : le Parlement adopte la loi sur le suffrage universel, l'opposition boycotte

MOGADISCIO (Agence) - Le Parlement somalien a adopté lundi une loi instaurant le suffrage universel direct pour les prochaines élections, en l'absence des députés de l'opposition qui ont boycotté la séance.

Les États du Puntland et du Jubaland rejettent la réforme. Les shebab, qui contrôlent encore de larges pans du territoire, ont menacé de perturber tout scrutin.

Le vote doit encore être promulgué par le président.""", []),

    ("fr7_senegal_debat", date(2028, 3, 21), """Sénégal : un député de l'opposition tire à boulets rouges sur le gouvernement

DAKAR (Agence) - Lors du débat d'orientation budgétaire, lundi à l'Assemblée nationale, un député de l'opposition a tiré à boulets rouges sur la politique économique du gouvernement, qu'il accuse de « tuer l'investissement ».

Le Premier ministre a répliqué en dénonçant « une opposition qui a pillé le pays pendant douze ans ». La séance a été suspendue à deux reprises.

Le vote du budget rectificatif est attendu jeudi.""", []),

    ("fr7_guinee_referendum", date(2028, 3, 28), """Guinée : la Cour suprême valide les résultats des législatives

CONAKRY (Agence) - La Cour suprême guinéenne a validé lundi les résultats définitifs des élections législatives, qui donnent une large majorité aux partisans du chef de l'État.

Les principaux partis d'opposition, qui avaient appelé au boycott, dénoncent une « mascarade ». La participation officielle s'élève à 61 %.

La nouvelle Assemblée doit être installée le mois prochain.""", []),

    ("fr7_cote_ivoire_campagne", date(2028, 4, 4), """Côte d'Ivoire : ouverture de la campagne des municipales sous haute surveillance

ABIDJAN (Agence) - La campagne pour les élections municipales s'est ouverte lundi en Côte d'Ivoire, où les autorités ont déployé des milliers de policiers pour éviter une répétition des violences électorales du passé.

En 2020, des affrontements entre partisans de camps rivaux avaient fait des dizaines de morts dans plusieurs villes du pays. Les candidats ont signé une charte de bonne conduite.

Le scrutin est prévu le 26 avril.""", []),

    ("fr7_benin_proces_putsch", date(2028, 4, 11), """Bénin : le procès des auteurs présumés de la tentative de putsch renvoyé

COTONOU (Agence) - Le procès d'une quinzaine de militaires et de civils accusés d'avoir participé à la tentative de coup d'État de décembre 2025 a été renvoyé lundi au mois prochain par la Cour de répression des infractions économiques et du terrorisme.

Les avocats de la défense réclament l'accès à l'intégralité du dossier. Les accusés sont poursuivis pour « atteinte à la sûreté de l'État ».

Le gouvernement assure que l'ordre constitutionnel n'a jamais été menacé.""", []),

    ("fr7_togo_mobilisation", date(2028, 4, 18), """Togo : l'opposition appelle à trois jours de mobilisation contre la nouvelle Constitution

LOMÉ (Agence) - Une coalition de partis d'opposition et de mouvements citoyens a appelé lundi les Togolais à manifester pendant trois jours, à partir de la semaine prochaine, contre la réforme constitutionnelle.

Le ministre de la Sécurité a rappelé que toute manifestation sur la voie publique doit être déclarée. Les organisateurs disent vouloir défiler « pacifiquement ».

La réforme a fait passer le pays à un régime parlementaire.""", []),

    ("fr7_ukraine_defense", date(2028, 4, 25), """Ukraine : Kiev réclame de nouveaux systèmes antiaériens à ses alliés

KIEV (Agence) - Le président ukrainien a réclamé lundi à ses alliés européens une dizaine de nouvelles batteries de défense antiaérienne, lors d'une réunion du groupe de contact à Ramstein.

Les frappes russes de missiles et de drones sur les infrastructures énergétiques se sont intensifiées depuis le début du printemps, d'après l'aviation ukrainienne. Plusieurs régions subissent des coupures d'électricité.

Berlin a annoncé une nouvelle enveloppe d'aide militaire.""", []),

    ("fr7_gaza_negociations", date(2028, 5, 2), """Gaza : reprise des négociations indirectes au Caire

LE CAIRE (Agence) - Des délégations israélienne et du Hamas ont repris lundi au Caire des négociations indirectes sur la deuxième phase de l'accord de cessez-le-feu, sous l'égide de l'Égypte, du Qatar et des États-Unis.

Selon le ministère de la Santé de Gaza, la guerre a fait plus de 70 000 morts depuis octobre 2023. L'entrée de l'aide humanitaire reste au cœur des discussions.

Aucune date n'a été fixée pour une nouvelle session.""", []),

    ("fr7_liban_reconstruction", date(2028, 5, 9), """Liban : une conférence sur la reconstruction du Sud réunit les bailleurs à Beyrouth

BEYROUTH (Agence) - Des représentants d'une trentaine de pays et d'institutions se sont réunis lundi à Beyrouth pour financer la reconstruction des villages du Sud détruits par les frappes israéliennes lors de la guerre de 2024.

La Banque mondiale estime les besoins à onze milliards de dollars. Le gouvernement libanais conditionne le déploiement de l'armée à la frontière à l'arrivée des fonds.

Israël maintient des troupes sur cinq positions en territoire libanais.""", []),

    ("fr7_syrie_legislatives", date(2028, 5, 16), """Syrie : les collèges électoraux désignent les nouveaux députés

DAMAS (Agence) - Les collèges électoraux de Syrie ont désigné lundi les deux tiers des membres de la nouvelle Assemblée du peuple, le reste devant être nommé par le président de transition.

Le scrutin n'a pas eu lieu dans les provinces de Soueïda, de Hassaké et de Raqqa, faute d'accord avec les autorités locales. Les observateurs dénoncent un processus « opaque ».

L'Assemblée siégera pour un mandat de trente mois.""", []),

    ("fr7_haiti_bilan_annuel", date(2028, 5, 23), """Haïti : plus de 5 000 personnes tuées par les gangs l'an dernier, selon l'ONU

PORT-AU-PRINCE (Agence) - Les violences des gangs ont fait plus de 5 000 morts en Haïti en 2027, selon un rapport du Bureau intégré des Nations unies publié lundi, qui relève une extension des attaques aux départements de l'Artibonite et du Centre.

Le rapport pointe aussi des exécutions sommaires attribuées à des groupes d'autodéfense et à des policiers. Plus d'un million de personnes sont déplacées.

L'ONU appelle à renforcer la nouvelle force de répression des gangs.""", []),

    ("fr7_mozambique_gnl", date(2028, 5, 30), """Mozambique : le géant gazier relance son projet de GNL au Cabo Delgado

MAPUTO (Agence) - Le groupe énergétique français a annoncé lundi la reprise des travaux de son projet de gaz naturel liquéfié à Afungi, suspendu depuis l'attaque jihadiste contre Palma en 2021.

La province de Cabo Delgado reste en proie à une insurrection islamiste qui a fait plus de 6 000 morts depuis 2017, selon des chercheurs. Les troupes rwandaises assurent la sécurité du site.

La production doit débuter en 2030.""", []),

    ("fr7_ethiopie_barrage", date(2028, 6, 6), """Éthiopie : l'Égypte dénonce une nouvelle phase de remplissage du grand barrage

LE CAIRE (Agence) - L'Égypte a dénoncé lundi dans un communiqué la nouvelle phase de remplissage du Grand barrage de la Renaissance annoncée par Addis-Abeba, qu'elle qualifie de « menace existentielle ».

Le Caire a saisi une nouvelle fois le Conseil de sécurité de l'ONU. L'Éthiopie assure que le barrage ne réduira pas le débit du Nil en aval.

Les négociations tripartites sont au point mort depuis 2023.""", []),

    ("fr7_football_fennecs", date(2028, 6, 13), """Football : les Fennecs écrasent la Mauritanie et s'envolent en tête

ALGER (Agence) - L'Algérie a écrasé la Mauritanie (5-0) lundi à Alger en éliminatoires de la Coupe du monde, un véritable massacre orchestré par un avant-centre qui a fusillé le gardien à trois reprises.

« Nous les avons exécutés en première période », s'est réjoui le sélectionneur. Son homologue a reconnu une « défaite humiliante ».

Les Fennecs affronteront le Bénin en septembre.""", []),

    ("fr7_nigeria_recrutement", date(2028, 6, 20), """Nigeria : Abuja annonce le recrutement de 30 000 policiers

ABUJA (Agence) - Le président nigérian a annoncé lundi le recrutement de 30 000 policiers supplémentaires pour faire face à l'insécurité, marquée par les enlèvements de masse dans le Nord-Ouest et les attaques jihadistes dans le Nord-Est.

Les nouvelles recrues seront formées en six mois, a précisé l'inspecteur général de la police. Les gouverneurs réclament de leur côté la création de polices d'État.

Le Nigeria compte environ un policier pour 600 habitants.""", []),

    ("fr7_rdc_menace_ministre", date(2028, 6, 27), """RDC : le ministre de la Défense promet d'« écraser » les rebelles

KINSHASA (Agence) - Le ministre congolais de la Défense a promis lundi devant l'Assemblée nationale d'« écraser » les rebelles AFC/M23 si les pourparlers de Doha échouaient, affirmant que l'armée était « prête à reprendre chaque village ».

Les députés de l'opposition lui ont reproché des promesses « répétées depuis trois ans ». Le ministre a annoncé l'achat de nouveaux drones d'attaque.

Le budget de la défense a doublé en deux ans.""", []),

    ("fr7_burkina_rapport_hrw", date(2028, 7, 4), """Burkina : une ONG accuse l'armée d'exécutions sommaires dans l'Est

NAIROBI (Agence) - Une organisation de défense des droits humains accuse, dans un rapport publié lundi, l'armée burkinabè et ses supplétifs d'avoir exécuté sommairement plus de 200 civils dans la région de l'Est au cours de l'année 2027.

Le rapport s'appuie sur les témoignages de rescapés réfugiés au Togo et au Bénin. Le gouvernement n'a pas répondu aux sollicitations.

L'ONG réclame une enquête indépendante.""", []),

    ("fr7_mali_carburant", date(2028, 7, 11), """Mali : la pénurie de carburant prive Bamako d'électricité

BAMAKO (Agence) - Les coupures d'électricité atteignent désormais vingt heures par jour dans plusieurs quartiers de Bamako, a reconnu lundi la société nationale d'électricité, faute de gasoil pour ses centrales.

Les attaques contre les convois de camions-citernes se sont poursuivies sur les axes venant du Sénégal et de la Côte d'Ivoire, selon les transporteurs. Les files d'attente s'allongent devant les stations.

Le gouvernement promet l'arrivée d'un convoi sous escorte.""", []),

    ("fr7_niger_discours", date(2028, 7, 18), """Niger : le chef de la junte défend son bilan trois ans après le coup d'État

NIAMEY (Agence) - Dans un discours à la nation diffusé lundi soir, le chef de la junte nigérienne a défendu son bilan, trois ans après le renversement du président élu, et assuré que l'armée avait « repris l'initiative » face aux jihadistes.

Il a annoncé la création d'un fonds de solidarité alimenté par une taxe sur les importations. L'ancien président reste détenu dans sa résidence.

Aucune date n'a été fixée pour un retour à un pouvoir civil.""", []),

    ("fr7_cameroun_rentree", date(2028, 7, 25), """Cameroun : les séparatistes menacent de paralyser la rentrée dans le Nord-Ouest

BAMENDA (Agence) - Des groupes séparatistes anglophones ont appelé lundi, dans des messages diffusés sur les réseaux sociaux, à un « confinement » de deux semaines au moment de la rentrée scolaire dans les régions du Nord-Ouest et du Sud-Ouest.

Ils menacent de s'en prendre aux enseignants et aux élèves qui braveraient la consigne. Le gouverneur a promis de sécuriser les établissements.

Des centaines d'écoles restent fermées depuis 2017.""", []),

    ("fr7_centrafrique_wagner", date(2028, 8, 1), """Centrafrique : Bangui renouvelle l'accord avec les instructeurs russes

BANGUI (Agence) - Le gouvernement centrafricain a renouvelé lundi pour cinq ans l'accord de coopération militaire qui le lie à la Russie, a annoncé le ministre de la Défense.

Les instructeurs russes, présents depuis 2018, ont aidé l'armée à reprendre plusieurs villes aux groupes armés, a-t-il rappelé. Des ONG leur reprochent des exactions contre les civils.

Le nombre d'instructeurs n'a pas été précisé.""", []),

    ("fr7_tchad_soudan_refugies", date(2028, 8, 8), """Tchad : l'afflux de réfugiés soudanais reprend à Adré

ADRÉ (Agence) - Plus de 4 000 réfugiés soudanais sont arrivés à Adré la semaine dernière, fuyant les combats au Darfour, a indiqué lundi l'agence onusienne chargée des réfugiés.

Les nouveaux arrivants racontent des villages pillés et incendiés au Darfour-Occidental ces derniers mois. Les camps de l'Est du Tchad accueillent déjà près d'un million de personnes.

L'agence dit n'avoir reçu que 20 % des fonds demandés.""", []),
]

FRESH7_FR_ONE = [
    ("fr7_ev_douentza_jnim", date(2028, 1, 18), """Mali : des soldats tués dans une attaque du JNIM près de Douentza

BAMAKO (Agence) - Plusieurs soldats maliens ont été tués lundi lors d'une attaque de combattants du JNIM contre un poste de l'armée situé à une vingtaine de kilomètres de Douentza, dans le centre du pays, selon des sources sécuritaires.

L'armée affirme avoir « neutralisé » des dizaines d'assaillants. Le poste a été partiellement incendié.

Le centre du Mali est le théâtre de violences jihadistes depuis 2015.""",
     [ev(AC, ["JNIM", "Mali"], DOUENTZA7, "lundi")]),

    ("fr7_ev_fada_civils", date(2028, 2, 8), """Burkina : une vingtaine de civils tués près de Fada N'Gourma

OUAGADOUGOU (Agence) - Une vingtaine de civils ont été tués lundi par des hommes armés dans un village situé à une trentaine de kilomètres de Fada N'Gourma, dans l'Est du Burkina, ont rapporté des habitants.

Les assaillants, arrivés à moto, ont tiré sur les hommes réunis au marché avant de repartir vers la forêt. Les survivants ont fui vers Fada.

Aucun bilan officiel n'a été publié.""",
     [ev(ATT, ["Civilians"], FADA7, "lundi", 20)]),

    ("fr7_ev_ouallam_ei", date(2028, 3, 14), """Niger : six soldats tués par l'État islamique près d'Ouallam

NIAMEY (Agence) - Six soldats nigériens ont été tués lundi dans une embuscade tendue par des combattants de l'État islamique au Sahel à une quinzaine de kilomètres d'Ouallam, dans la région de Tillabéri, a indiqué le ministère de la Défense.

Plusieurs assaillants ont été tués lors de la riposte, selon le communiqué. Des renforts aériens ont été dépêchés sur place.

La région de Tillabéri, frontalière du Mali, est la plus touchée par les violences.""",
     [ev(AC, ["Islamic State", "Niger"], OUALLAM7, "lundi", 6)]),

    ("fr7_ev_oicha_adf", date(2028, 4, 11), """RDC : les ADF tuent douze civils près d'Oicha

BENI (Agence) - Douze civils ont été tués dans la nuit de dimanche à lundi lors d'une attaque de rebelles des ADF contre un village proche d'Oicha, dans le territoire de Beni, a indiqué l'administrateur du territoire.

Les assaillants ont tué leurs victimes à l'arme blanche et incendié des maisons. Les FARDC disent poursuivre les rebelles dans la forêt.

Les ADF ont fait allégeance à l'État islamique en 2019.""",
     [ev(ATT, ["ADF", "Civilians"], OICHA7, ("dimanche", "lundi"), 12)]),

    ("fr7_ev_walikale_m23", date(2028, 5, 16), """Nord-Kivu : combats entre les FARDC et le M23 près de Walikale

GOMA (Agence) - De violents combats ont opposé lundi l'armée congolaise aux rebelles du M23 à une vingtaine de kilomètres de Walikale-centre, dans le Nord-Kivu, d'après des habitants et des militaires.

Les habitants de plusieurs villages ont fui vers le centre de Walikale. Aucun bilan n'était disponible en fin de journée.

Les pourparlers de Doha n'ont pas mis fin aux hostilités.""",
     [ev(AC, ["M23", "Democratic Republic of Congo"], WALIKALE7, "lundi")]),

    ("fr7_ev_bamenda_enlevement", date(2028, 6, 13), """Cameroun : un chef traditionnel enlevé par des séparatistes près de Bamenda

BAMENDA (Agence) - Un chef traditionnel a été enlevé lundi par des séparatistes armés à son domicile, dans un village situé à la périphérie de Bamenda, chef-lieu de la région du Nord-Ouest, selon des sources locales.

Ses ravisseurs réclament une rançon, selon sa famille. Les chefs traditionnels sont régulièrement ciblés par les séparatistes, qui les accusent de collaborer avec Yaoundé.

La crise anglophone dure depuis 2016.""",
     [ev(ABD, ["Ambazonian", "Civilians"], BAMENDA7, "lundi")]),

    ("fr7_ev_bocaranga_3r", date(2028, 6, 27), """Centrafrique : des éleveurs tués par des rebelles du 3R près de Bocaranga

BANGUI (Agence) - Quatre éleveurs ont été tués lundi par des combattants du groupe armé 3R dans un campement situé près de Bocaranga, dans le nord-ouest de la Centrafrique, a indiqué la MINUSCA.

Les assaillants ont emporté une centaine de têtes de bétail. Une patrouille de Casques bleus a été dépêchée sur place.

Le 3R avait signé un accord de paix avec le gouvernement en 2019.""",
     [ev(ATT, ["3R", "Civilians"], BOCARANGA7, "lundi", 4)]),

    ("fr7_ev_ndjamena_etudiants", date(2028, 7, 11), """Tchad : des étudiants dispersés à coups de gaz lacrymogène à N'Djamena

N'DJAMENA (Agence) - La police a dispersé lundi à coups de gaz lacrymogène plusieurs centaines d'étudiants qui manifestaient devant le ministère de l'Enseignement supérieur à N'Djamena pour réclamer le paiement de leurs bourses.

Une vingtaine d'étudiants ont été interpellés, selon leur syndicat. Le ministère promet un versement « dans les prochains jours ».

Les bourses n'ont pas été payées depuis cinq mois.""",
     [ev(PWI, ["Protesters", "Police"], NDJAMENA7, "lundi")]),

    ("fr7_ev_el_fasher_obus", date(2028, 8, 1), """Soudan : des obus des FSR tuent neuf civils à El-Fasher

PORT-SOUDAN (Agence) - Neuf civils ont été tués lundi par des tirs d'obus des Forces de soutien rapide sur un marché d'El-Fasher, au Darfour-Nord, a indiqué un réseau de médecins.

Une trentaine de personnes ont été blessées, selon la même source. Les paramilitaires n'ont pas commenté.

La ville est au centre des combats entre l'armée et les FSR.""",
     [ev(SH, ["Rapid Support Forces", "Civilians"], EL_FASHER7, "lundi", 9)]),

    ("fr7_ev_mirebalais_gangs", date(2028, 8, 15), """Haïti : des gangs attaquent Mirebalais, cinq morts

PORT-AU-PRINCE (Agence) - Au moins cinq personnes ont été tuées lundi lors d'une attaque de membres de la coalition de gangs Viv Ansanm contre plusieurs quartiers de Mirebalais, dans le département du Centre, selon la police.

Des maisons et un commissariat ont été incendiés. Des centaines d'habitants ont fui vers les hauteurs.

La police a dépêché des renforts depuis la capitale.""",
     [ev(ATT, ["Viv Ansanm", "Civilians"], MIREBALAIS7, "lundi", 5)]),

    ("fr7_ev_mocimboa_insurges", date(2028, 9, 12), """Mozambique : des insurgés décapitent trois villageois près de Mocímboa da Praia

MAPUTO (Agence) - Trois villageois ont été décapités lundi par des insurgés liés à l'État islamique dans un village situé au sud de Mocímboa da Praia, dans la province de Cabo Delgado, d'après des habitants.

Les assaillants ont également pillé des boutiques avant de s'enfuir. Des centaines d'habitants ont trouvé refuge dans la ville.

L'insurrection a fait plus de 6 000 morts depuis 2017.""",
     [ev(ATT, ["Islamic State", "Civilians"], MOCIMBOA7, "lundi", 3)]),

    ("fr7_ev_tyr_drone", date(2028, 10, 3), """Liban : un drone israélien tue deux hommes près de Tyr

BEYROUTH (Agence) - Deux hommes ont été tués lundi par une frappe de drone israélien contre leur voiture sur une route près de Tyr, dans le sud du Liban, a annoncé le ministère libanais de la Santé.

L'armée israélienne a affirmé avoir visé un membre du Hezbollah. Israël poursuit ses frappes malgré le cessez-le-feu de novembre 2024.

Le président libanais a dénoncé une « violation flagrante » de la trêve.""",
     [ev(AIR, ["Israel"], TYR7, "lundi", 2)]),

    ("fr7_ev_kharkiv_drones", date(2028, 10, 17), """Ukraine : trois morts dans une attaque de drones russes sur Kharkiv

KIEV (Agence) - Trois personnes ont été tuées et une quinzaine blessées lundi soir par une attaque de drones russes sur un quartier résidentiel de Kharkiv, a annoncé le maire de la ville.

Un immeuble de neuf étages a été touché et plusieurs voitures ont brûlé. Les secours ont travaillé toute la nuit.

Kharkiv, à une trentaine de kilomètres de la frontière russe, est régulièrement visée.""",
     [ev(AIR, ["Russia", "Civilians"], KHARKIV7, "lundi", 3)]),

    ("fr7_ev_lome_marche", date(2028, 11, 7), """Togo : des milliers de manifestants défilent à Lomé contre la vie chère

LOMÉ (Agence) - Plusieurs milliers de personnes ont défilé lundi dans le calme à Lomé, à l'appel de syndicats et de partis d'opposition, pour protester contre la hausse des prix des produits de première nécessité.

Les manifestants ont remis une motion au ministère du Commerce. Aucun incident n'a été signalé.

Les syndicats menacent d'une grève générale si les prix ne baissent pas.""",
     [ev(PP, ["Protesters"], LOME7, "lundi")]),
]

FRESH7_EN_NONE = [
    ("en7_nigeria_budget", date(2028, 1, 4), """Nigeria's lawmakers pass record budget as country battles insurgents

ABUJA (Wire) - Nigeria's National Assembly on Monday passed a record 60 trillion naira budget for 2028, with security taking the largest share as the country battles jihadists in the northeast and armed gangs in the northwest.

The finance minister said higher oil output would fund the spending. Critics said the revenue forecasts were unrealistic.

President's assent is expected this week.""", []),

    ("en7_burkina_mine_settlement", date(2028, 2, 15), """Burkina Faso settles tax dispute with gold miner

OUAGADOUGOU (Wire) - Burkina Faso's government and a London-listed gold miner reached a settlement on Monday ending a two-year dispute over back taxes, the mining ministry said.

Under the deal, the company will pay $150 million and cede a larger stake in its main mine to the state. The company's shares rose 6% in London.

The junta has tightened control over the mining sector since taking power.""", []),

    ("en7_sudan_talks", date(2028, 3, 21), """Sudan peace talks postponed again as army rejects mediators' draft

PORT SUDAN (Wire) - Talks between Sudan's army and the paramilitary Rapid Support Forces, due to resume in Jeddah this week, were postponed on Monday after the army rejected a draft agreement, mediators said.

The war, now in its fourth year, has killed tens of thousands of people and caused the world's largest displacement crisis.

The RSF said it remained committed to negotiations.""", []),

    ("en7_eu_sanctions", date(2028, 4, 18), """EU adopts new sanctions package against Russia

BRUSSELS (Wire) - European Union governments on Monday adopted a new package of sanctions against Russia, targeting its shadow fleet of oil tankers and banks in third countries.

Hungary lifted its veto after winning an exemption for its gas imports. Russia has pressed its offensive in eastern Ukraine throughout the spring.

The package is the bloc's twentieth since the 2022 invasion.""", []),

    ("en7_markets_bloodbath", date(2028, 5, 9), """Tech stocks slaughtered in global sell-off

NEW YORK (Wire) - Technology shares were slaughtered on Monday as investors fled the carnage in chipmakers, with the Nasdaq suffering its worst day in three years.

"It was a massacre from the opening bell," one trader said. Asian markets were braced for more losses.

Gold rose to a record high.""", []),

    ("en7_somalia_election_law", date(2028, 6, 6), """Somalia's president signs election law despite opposition boycott

MOGADISHU (Wire) - Somalia's president on Monday signed into law a bill introducing one-person, one-vote elections, defying opposition leaders and two federal member states who say the process is rigged.

Al Shabaab, which has waged an insurgency since 2006, controls much of the countryside where voters would have to register.

The first local polls are planned for next year.""", []),

    ("en7_pakistan_imf", date(2028, 7, 4), """Pakistan raises defence spending in IMF-backed budget

ISLAMABAD (Wire) - Pakistan's government on Monday unveiled a budget raising defence spending by a fifth, months after its deadliest clashes with India in decades, while meeting targets agreed with the International Monetary Fund.

The finance minister said tax collection would rise by 18%. Opposition lawmakers walked out of the chamber in protest at new levies on salaried workers.

Parliament is expected to approve the budget this month.""", []),

    ("en7_myanmar_results", date(2028, 8, 8), """Myanmar's military-backed party declared winner of election

BANGKOK (Wire) - Myanmar's election commission on Monday declared the military-backed party the winner of a multi-phase election that Western governments dismissed as a sham.

Voting did not take place in large parts of the country held by resistance groups, and fighting has continued in parts of Rakhine and Sagaing states, residents said.

The new parliament is due to convene next month.""", []),

    ("en7_drc_minerals", date(2028, 9, 5), """Congo signs minerals deal with U.S. firms

KINSHASA (Wire) - Democratic Republic of Congo on Monday signed agreements giving U.S. companies access to copper and cobalt projects, part of a broader deal that accompanied its peace accord with Rwanda.

Rebels of the M23 still control the main cities of the east, which they seized in early 2025.

Officials said the first investments would be announced within months.""", []),

    ("en7_haiti_police_chief", date(2028, 10, 10), """Haiti names new police chief as gangs expand

PORT-AU-PRINCE (Wire) - Haiti's transitional council on Monday named a new national police chief, the third in two years, as gangs extend their reach beyond the capital.

Gangs have taken control of several towns in the Artibonite and Centre departments over the past year, forcing tens of thousands of people to flee.

The new chief pledged to "take back every street".""", []),

    ("en7_kenya_protest_plan", date(2028, 11, 14), """Kenyan opposition calls nationwide protests against tax bill

NAIROBI (Wire) - Kenya's opposition on Monday called for nationwide protests next week against a finance bill that would raise taxes on fuel and mobile money.

Police warned they would not allow demonstrators near parliament. Protests against a similar bill in 2024 turned deadly when police opened fire on crowds.

Lawmakers are due to vote on the bill on Thursday.""", []),

    ("en7_un_gaza_vote", date(2028, 12, 5), """U.N. General Assembly demands Gaza aid access; Israel rejects vote

NEW YORK (Wire) - The U.N. General Assembly on Monday adopted a resolution demanding unhindered humanitarian access to Gaza, with 150 votes in favour and 10 against.

Israel's ambassador called the resolution "shameful". Aid groups say restrictions on trucks entering the enclave have continued despite the ceasefire.

The resolution is not binding.""", []),
]

FRESH7_EN_ONE = [
    ("en7_ev_mogadishu_mortars", date(2028, 1, 25), """Mortar shells hit Mogadishu neighbourhood, killing four

MOGADISHU (Wire) - Mortar shells fired by al Shabaab militants landed in a residential area near Mogadishu's airport on Monday, killing four civilians, police said.

The group said in a statement it had targeted the airport. Such attacks on the capital have become less frequent.

The government vowed to hunt down those responsible.""",
     [ev(SH, ["Shabaab", "Civilians"], MOGADISHU7, 1, 4)]),

    ("en7_ev_monguno_iswap", date(2028, 3, 28), """Islamic State fighters attack army base in northeast Nigeria

MAIDUGURI (Wire) - Fighters of Islamic State West Africa Province attacked a military base in Monguno in Nigeria's Borno state on Monday, killing five soldiers, two military sources said.

The troops repelled the attack after a gunfight that lasted several hours, the sources said. The army did not comment.

ISWAP has stepped up attacks on bases in Borno this year.""",
     [ev(AC, ["Islamic State", "Nigeria"], MONGUNO7, 1, 5)]),

    ("en7_ev_bannu_bomb", date(2028, 5, 23), """Roadside bomb kills three police officers in northwest Pakistan

PESHAWAR (Wire) - A roadside bomb killed three police officers on patrol in Bannu district of Khyber Pakhtunkhwa province on Monday, officials said.

No group claimed responsibility, but the Pakistani Taliban have repeatedly targeted police in the area.

The provincial chief minister condemned the attack.""",
     [ev(IED, ["Pakistan"], BANNU7, 1, 3)]),

    ("en7_ev_hpakant_airstrike", date(2028, 8, 22), """Myanmar air strike kills seven in jade mining town, residents say

BANGKOK (Wire) - A Myanmar military air strike on the jade mining town of Hpakant in Kachin state killed seven civilians on Monday, residents and a local aid worker said.

A jet bombed a market area controlled by the Kachin Independence Army, they said. The junta did not comment.

The military has relied increasingly on air power against resistance groups.""",
     [ev(AIR, ["Myanmar", "Civilians"], HPAKANT7, 1, 7)]),

    ("en7_ev_gondar_fano", date(2028, 10, 24), """Ethiopian troops clash with Fano militia near Gondar

ADDIS ABABA (Wire) - Ethiopian federal troops fought Fano militiamen on the outskirts of Gondar in the Amhara region on Monday, residents said, with heavy gunfire heard for hours.

Residents said several fighters were killed but gave no figure. The government did not comment.

The conflict in Amhara began in 2023.""",
     [ev(AC, ["Fano", "Ethiopia"], GONDAR7, 1)]),

    ("en7_ev_diapaga_soldiers", date(2028, 12, 12), """Jihadists kill 14 soldiers in eastern Burkina Faso

OUAGADOUGOU (Wire) - Jihadist fighters killed 14 soldiers in an attack on an army detachment near Diapaga in eastern Burkina Faso on Monday, two security sources said.

The al Qaeda-linked JNIM claimed the attack. The army said it had killed dozens of the attackers.

The east of the country borders Niger, Benin and Togo.""",
     [ev(AC, ["JNIM", "Burkina Faso"], DIAPAGA7, 1, 14)]),
]

FRESH7 = [(a, "fr") for a in FRESH7_FR_NONE + FRESH7_FR_ONE] + [(a, "en") for a in FRESH7_EN_NONE + FRESH7_EN_ONE]

# FRESH8: the forty-fifth session's held-out group (60 articles, 42 French, 40 with no event), written before any
# rule of that session and run on 481aac0c; its failures print only when it is named (``--set fresh8``).
TENENKOU8, DJIBO8, TERA8, BENI8, MASISI8, KUMBA8 = ((14.46, -4.92), (14.10, -1.63), (14.01, 0.75), (0.49, 29.47),
                                                   (-1.40, 28.82), (4.64, 9.45))
BAMBARI8, MOUNDOU8, EL_OBEID8, SAINT_MARC8, MACOMIA8, NABATIEH8 = ((5.76, 20.67), (8.57, 16.08), (13.18, 30.22),
                                                                   (19.11, -72.69), (-12.25, 40.13), (33.38, 35.48))
ZAPORIJJIA8, CONAKRY8, GUSAU8, MIRAN_SHAH8, MYAWADDY8, BELEDWEYNE8 = ((47.84, 35.14), (9.54, -13.68), (12.16, 6.66),
                                                                      (33.00, 70.07), (16.69, 98.51), (4.74, 45.20))
NAIROBI8, KHAN_YOUNIS8 = (-1.29, 36.82), (31.34, 34.30)

FRESH8_FR_NONE = [
    ("fr8_mali_remaniement", date(2029, 1, 9), """Mali : un nouveau ministre de la Défense dans le gouvernement remanié

BAMAKO (Agence) - Le chef de la transition malienne a procédé lundi à un remaniement du gouvernement, confiant le portefeuille de la Défense à un colonel jusque-là chef d'état-major adjoint, selon un décret lu à la télévision publique.

Ce changement intervient alors que l'armée et ses alliés russes mènent depuis plusieurs mois des opérations dans les régions centrales et septentrionales. Le ministre sortant devient ambassadeur.

Trois ministres civils quittent l'équipe, qui compte désormais vingt-huit membres.""", []),

    ("fr8_ukraine_reseau_electrique", date(2029, 1, 16), """Ukraine : Kiev réclame des générateurs avant le pic de l'hiver

KIEV (Agence) - La ministre ukrainienne de l'Énergie a lancé lundi un appel aux partenaires européens pour obtenir des générateurs et des transformateurs, alors que les frappes russes qui visent depuis des semaines le réseau électrique imposent des coupures de plusieurs heures par jour.

Selon l'opérateur national, près de la moitié des capacités de production ont été endommagées depuis l'automne. Les écoles de plusieurs régions ont avancé leurs vacances.

L'Union européenne doit examiner la demande jeudi.""", []),

    ("fr8_gaza_treve_impasse", date(2029, 1, 23), """Gaza : les pourparlers sur une nouvelle trêve piétinent au Caire

LE CAIRE (Agence) - Les discussions indirectes sur une prolongation de la trêve à Gaza se sont achevées lundi au Caire sans avancée notable, les médiateurs égyptiens et qatariens évoquant des « divergences persistantes » sur le retrait des troupes israéliennes.

Une nouvelle session pourrait se tenir la semaine prochaine. Les deux camps s'accusent mutuellement de bloquer le processus.

L'acheminement de l'aide reste très en deçà des besoins, selon les agences de l'ONU.""", []),

    ("fr8_soudan_offre_dialogue", date(2029, 1, 30), """Soudan : le chef de l'armée se dit prêt à des pourparlers de paix

PORT-SOUDAN (Agence) - Le chef de l'armée soudanaise a affirmé lundi être disposé à participer à des pourparlers de paix avec les Forces de soutien rapide, à condition que celles-ci évacuent les villes qu'elles occupent, lors d'un discours devant des officiers.

Les paramilitaires n'ont pas réagi dans l'immédiat. Plusieurs initiatives de médiation ont échoué depuis le début de la guerre en avril 2023.

La guerre a fait des dizaines de milliers de morts et plus de douze millions de déplacés.""", []),

    ("fr8_rca_pacte_partis", date(2029, 2, 6), """Centrafrique : partis et société civile signent un pacte pour des élections apaisées

BANGUI (Agence) - Une trentaine de partis politiques et d'associations centrafricaines ont signé lundi à Bangui un pacte de bonne conduite en vue des élections locales, sous l'égide de l'Autorité nationale des élections.

Les signataires s'engagent à renoncer aux discours de haine et à respecter les résultats. Deux partis d'opposition ont refusé de s'y associer, dénonçant un texte « de façade ».

Le scrutin est prévu dans six mois.""", []),

    ("fr8_rdc_comite_suivi", date(2029, 2, 13), """RDC : le comité de suivi de l'accord de paix se réunit à Kinshasa

KINSHASA (Agence) - Le comité mixte chargé de veiller à l'application de l'accord de paix conclu par Kinshasa et Kigali a tenu lundi à Kinshasa sa quatrième réunion, en présence d'observateurs américains et qatariens.

Les participants ont « pris acte des progrès » dans l'échange d'informations sécuritaires, selon le communiqué final, mais aucun calendrier n'a été fixé pour le retrait des troupes étrangères.

La prochaine réunion se tiendra à Kigali.""", []),

    ("fr8_togo_anniversaire_marches", date(2029, 2, 20), """Togo : l'opposition commémore les marches réprimées de l'an dernier

LOMÉ (Agence) - Plusieurs centaines de militants de l'opposition togolaise se sont recueillis lundi dans un temple de Lomé en mémoire des manifestants tués lors des marches contre la réforme constitutionnelle, il y a un an.

Ces rassemblements avaient été dispersés à balles réelles, selon les organisations de défense des droits humains, qui avaient recensé sept morts. Le gouvernement avait parlé de « casseurs ».

Les familles réclament toujours une enquête indépendante.""", []),

    ("fr8_cameroun_menace_enseignants", date(2029, 2, 27), """Cameroun : des séparatistes menacent d'enlever les enseignants qui rouvriront les écoles

BAMENDA (Agence) - Des groupes séparatistes anglophones ont menacé lundi, dans une vidéo diffusée sur les réseaux sociaux, d'enlever tout enseignant qui reprendrait les cours dans les écoles publiques du Nord-Ouest.

Le délégué régional de l'Éducation a appelé les parents à ne pas céder à l'intimidation et annoncé le renforcement de la sécurité autour des établissements.

La crise anglophone dure depuis 2016.""", []),

    ("fr8_burkina_couvre_feu", date(2029, 3, 6), """Burkina : le couvre-feu prolongé de trois mois dans la région de l'Est

FADA N'GOURMA (Agence) - Le gouverneur de la région de l'Est a prolongé lundi de trois mois le couvre-feu nocturne en vigueur dans plusieurs provinces, ainsi que l'interdiction de circuler à moto entre 19 heures et 5 heures.

Les commerçants se plaignent de l'effondrement de leur activité. Les autorités invoquent la « persistance de la menace terroriste ».

Ces mesures avaient été instaurées il y a deux ans.""", []),

    ("fr8_cote_ivoire_foot", date(2029, 3, 13), """Football : les Éléphants écrasent la Gambie et filent vers le Mondial

ABIDJAN (Agence) - La Côte d'Ivoire a écrasé la Gambie (5-0) lundi soir au stade d'Ebimpé, détruisant la défense adverse dès la première demi-heure, et se rapproche de la qualification pour la Coupe du monde.

L'attaquant vedette a inscrit un triplé. « Nous les avons massacrés dans les duels », s'est réjoui le sélectionneur.

Les Éléphants se déplacent au Gabon en juin pour un match décisif.""", []),

    ("fr8_tchad_petrole", date(2029, 3, 20), """Tchad : la chute du brut menace le budget de l'État

N'DJAMENA (Agence) - Le prix du baril est tombé lundi à son plus bas niveau depuis quatre ans, une mauvaise nouvelle pour le Tchad, dont les recettes pétrolières financent près de la moitié du budget, a reconnu le ministre des Finances.

Le gouvernement prépare une loi de finances rectificative. Les syndicats redoutent des retards dans le paiement des salaires.

Le pays exporte son brut par l'oléoduc qui traverse le Cameroun.""", []),

    ("fr8_senegal_fmi", date(2029, 3, 27), """Sénégal : reprise des discussions avec le FMI sur un nouveau programme

DAKAR (Agence) - Une mission du Fonds monétaire international est arrivée lundi à Dakar pour reprendre les discussions sur un nouveau programme d'aide, suspendues après la révélation d'une dette cachée.

Le Premier ministre a promis une « transparence totale » sur les comptes publics. L'opposition accuse le gouvernement d'avoir perdu deux ans.

La mission doit durer deux semaines.""", []),

    ("fr8_guinee_campagne", date(2029, 4, 3), """Guinée : ouverture de la campagne pour les législatives

CONAKRY (Agence) - La campagne pour les élections législatives s'est ouverte lundi en Guinée, en l'absence des principaux partis d'opposition, dont les dirigeants sont en exil ou suspendus.

Policiers et militaires ont été déployés dans les grandes villes. Lors des précédentes contestations, en 2022 et 2023, des dizaines de manifestants avaient été tués, selon les organisations de défense des droits humains.

Le scrutin aura lieu dans trois semaines.""", []),

    ("fr8_benin_resultats", date(2029, 4, 10), """Bénin : le parti au pouvoir rafle la majorité des sièges

COTONOU (Agence) - La commission électorale béninoise a proclamé lundi les résultats provisoires des législatives, qui donnent une large majorité aux deux partis de la mouvance présidentielle.

Le principal parti d'opposition, qui n'a obtenu aucun siège, dénonce une « mascarade ». Les législatives de 2019, disputées sans l'opposition, avaient été suivies de violences meurtrières à Cotonou et dans le centre du pays.

La Cour constitutionnelle doit valider les résultats.""", []),

    ("fr8_tchad_proces_renvoye", date(2029, 4, 17), """Tchad : le procès d'opposants renvoyé au mois prochain

N'DJAMENA (Agence) - Le procès de plusieurs dirigeants d'un parti d'opposition, poursuivis pour « atteinte à l'ordre constitutionnel », a été renvoyé lundi au mois prochain par le tribunal de N'Djamena, à la demande de la défense.

Les prévenus sont détenus depuis les heurts qui avaient opposé des militants aux forces de l'ordre dans la capitale l'an dernier. Leurs avocats dénoncent un dossier « vide ».

Une centaine de partisans s'étaient massés devant le palais de justice.""", []),

    ("fr8_niger_uranium", date(2029, 4, 24), """Niger : Niamey nationalise une mine d'uranium exploitée par un groupe étranger

NIAMEY (Agence) - Le gouvernement nigérien a adopté lundi en conseil des ministres une ordonnance nationalisant la société qui exploitait une mine d'uranium près d'Arlit, dans le nord du pays.

L'exploitant, qui avait perdu le contrôle opérationnel du site l'an dernier, a annoncé qu'il saisirait l'arbitrage international. Les autorités estiment que le pays a été « spolié pendant des décennies ».

Le Niger cherche de nouveaux acheteurs pour son minerai.""", []),

    ("fr8_rdc_fin_epidemie", date(2029, 5, 1), """RDC : fin de l'épidémie d'Ebola dans le Kasaï

KINSHASA (Agence) - Le ministre congolais de la Santé a déclaré lundi la fin de l'épidémie d'Ebola apparue il y a quatre mois dans la province du Kasaï, après quarante-deux jours sans nouveau cas.

L'épidémie a fait une quarantaine de morts. La vaccination de plusieurs milliers de contacts a permis de l'endiguer, selon l'OMS.

Il s'agissait de la seizième épidémie dans le pays.""", []),

    ("fr8_mali_carburant", date(2029, 5, 8), """Mali : les files d'attente s'allongent devant les stations-service de Bamako

BAMAKO (Agence) - Des centaines d'automobilistes patientaient encore lundi devant les stations-service de Bamako, où l'essence se fait rare depuis que les convois de citernes venus du Sénégal et de la Côte d'Ivoire sont régulièrement pris pour cible par les jihadistes.

Le gouvernement a annoncé la fermeture des écoles pour deux semaines et des escortes renforcées pour les camions. Le prix du litre a doublé au marché noir.

Les transporteurs menacent de suspendre leurs rotations.""", []),

    ("fr8_liban_reconstruction", date(2029, 5, 15), """Liban : Beyrouth réclame des fonds pour reconstruire le Sud

BEYROUTH (Agence) - Le gouvernement libanais a présenté lundi aux bailleurs un plan de reconstruction des villages du Sud, chiffré à plusieurs milliards de dollars, lors d'une réunion organisée avec la Banque mondiale.

Les frappes israéliennes se sont poursuivies ces derniers mois malgré le cessez-le-feu, selon les autorités, qui dénoncent des violations quasi quotidiennes. Des dizaines de milliers d'habitants n'ont pas pu regagner leur village.

Les donateurs conditionnent leur aide à des réformes.""", []),

    ("fr8_syrie_declaration", date(2029, 5, 22), """Syrie : le président par intérim promulgue une loi sur les partis

DAMAS (Agence) - Le président syrien par intérim a promulgué lundi une loi autorisant la création de partis politiques, une première depuis la chute de l'ancien régime, selon l'agence officielle.

Les opposants kurdes estiment que le texte exclut les formations régionales. Les violences confessionnelles sur la côte, il y a plusieurs mois, avaient fait des centaines de morts parmi les alaouites.

Une commission électorale doit être nommée d'ici l'été.""", []),

    ("fr8_haiti_elections_reportees", date(2029, 5, 29), """Haïti : les élections de nouveau reportées

PORT-AU-PRINCE (Agence) - Le Conseil électoral provisoire haïtien a annoncé lundi le report des élections générales prévues à l'automne, invoquant l'insécurité qui empêche l'ouverture de bureaux de vote dans une grande partie du pays.

Les gangs contrôlent la quasi-totalité de la capitale et étendent leur emprise dans l'Artibonite. Le dernier scrutin remonte à 2016.

Aucune nouvelle date n'a été fixée.""", []),

    ("fr8_mozambique_gaz", date(2029, 6, 5), """Mozambique : le chantier gazier du Cabo Delgado redémarre

MAPUTO (Agence) - Le groupe pétrolier français a annoncé lundi la reprise des travaux de son projet de gaz naturel liquéfié dans le Cabo Delgado, suspendus depuis l'attaque jihadiste contre la ville de Palma en 2021.

Les insurgés affiliés à l'État islamique restent actifs dans plusieurs districts de la province, selon les observateurs. Le gouvernement assure que la zone du projet est sécurisée par les troupes rwandaises.

Le premier cargo est attendu dans quatre ans.""", []),

    ("fr8_ethiopie_barrage", date(2029, 6, 12), """Éthiopie : nouvelle passe d'armes avec l'Égypte sur le barrage du Nil

ADDIS-ABEBA (Agence) - Le Premier ministre éthiopien a rejeté lundi les « menaces » du Caire au sujet du grand barrage de la Renaissance, assurant que l'ouvrage ne privera « personne d'une goutte d'eau ».

L'Égypte a saisi le Conseil de sécurité de l'ONU, accusant Addis-Abeba d'agir unilatéralement. Le Soudan réclame un accord contraignant sur le remplissage.

Les négociations sont suspendues depuis deux ans.""", []),

    ("fr8_ue_sanctions_russie", date(2029, 6, 19), """L'UE adopte un nouveau train de sanctions contre la Russie

BRUXELLES (Agence) - Les Vingt-Sept ont adopté lundi un nouveau paquet de sanctions contre la Russie, visant sa flotte de pétroliers et plusieurs banques, a annoncé la présidence du Conseil.

Moscou a dénoncé des mesures « illégales » et promis une riposte. La guerre en Ukraine, déclenchée en février 2022, est entrée dans sa huitième année.

Les ministres doivent aussi discuter d'un prêt à Kiev.""", []),

    ("fr8_rdc_rapport_experts", date(2029, 6, 26), """RDC : des experts de l'ONU accusent Kigali de soutenir toujours le M23

NEW YORK (Agence) - Le groupe d'experts des Nations unies sur la RDC affirme, dans un rapport consulté lundi, que plusieurs milliers de soldats rwandais opèrent toujours aux côtés des rebelles de l'AFC/M23 dans le Nord-Kivu.

Le rapport évoque aussi l'exploitation illégale du coltan dans les zones rebelles. Kigali dément et accuse Kinshasa de collaborer avec les FDLR.

Le document doit être examiné par le Conseil de sécurité.""", []),

    ("fr8_somalie_boycott", date(2029, 7, 3), """Somalie : l'opposition boycotte la commission électorale

MOGADISCIO (Agence) - Une coalition de partis d'opposition somaliens a annoncé lundi qu'elle ne reconnaîtrait pas la commission électorale nommée par le président, qu'elle accuse de préparer un scrutin « taillé sur mesure ».

Le Puntland et le Jubaland ont également rejeté le calendrier. Les shebab contrôlent toujours de larges zones rurales du centre et du sud.

Le mandat du président expire l'an prochain.""", []),

    ("fr8_cote_ivoire_memoire", date(2029, 7, 10), """Côte d'Ivoire : une stèle pour les victimes de la crise post-électorale

ABIDJAN (Agence) - Le ministre de la Réconciliation a inauguré lundi à Abobo une stèle à la mémoire des victimes de la crise post-électorale de 2010-2011, qui avait fait plus de 3 000 morts.

Des associations de victimes ont boycotté la cérémonie, estimant que les responsables des massacres n'ont jamais été jugés.

Le gouvernement promet de nouvelles indemnisations.""", []),

    ("fr8_burkina_partis_dissous", date(2029, 7, 17), """Burkina : la junte dissout les partis politiques

OUAGADOUGOU (Agence) - Le gouvernement burkinabè a adopté lundi un décret dissolvant l'ensemble des partis et formations politiques du pays, dont les biens seront transférés à l'État, a annoncé le ministre de l'Administration territoriale.

Les activités des partis étaient suspendues depuis le coup d'État de 2022. Le ministre a justifié la mesure par la nécessité de « refonder » la vie politique.

Aucune date d'élection n'est envisagée.""", []),

    ("fr8_gaza_bilan_guerre", date(2029, 7, 24), """Gaza : le bilan de la guerre dépasse un nouveau seuil, selon le ministère

GAZA (Agence) - Le ministère de la Santé du territoire a annoncé lundi que le nombre de morts depuis le début de la guerre dépassait désormais un nouveau seuil, en comptant les corps retrouvés sous les décombres depuis l'entrée en vigueur du cessez-le-feu.

L'ONU estime que la majorité des victimes sont des femmes et des enfants. Israël conteste ces chiffres.

Les équipes de la défense civile manquent d'engins pour déblayer les ruines.""", []),

    ("fr8_nigeria_etat_urgence", date(2029, 7, 31), """Nigeria : fin de l'état d'urgence dans l'État de Rivers

ABUJA (Agence) - Le président nigérian a levé lundi l'état d'urgence décrété six mois plus tôt dans l'État pétrolier de Rivers et rétabli le gouverneur suspendu dans ses fonctions.

La crise politique locale avait fait craindre des attaques contre les oléoducs, comme lors des années de violences dans le delta du Niger. L'opposition salue un retour « à la légalité ».

Le gouverneur a promis la réconciliation.""", []),

    ("fr8_niger_dialogue_nord", date(2029, 8, 7), """Niger : la junte annonce un dialogue avec les groupes armés du Nord

NIAMEY (Agence) - Le chef de la junte nigérienne a annoncé lundi la création d'un comité chargé de mener un dialogue avec les groupes armés de la région d'Agadez qui accepteraient de déposer les armes.

Un mouvement rebelle touareg a posé comme préalable la libération de ses membres détenus. Les attaques contre l'oléoduc vers le Bénin ont inquiété les investisseurs l'an dernier.

Le comité doit rendre ses conclusions en décembre.""", []),

    ("fr8_rca_mandat_minusca", date(2029, 8, 14), """Centrafrique : la Minusca réduit ses effectifs faute de financement

BANGUI (Agence) - La mission de l'ONU en Centrafrique a annoncé lundi le retrait de plusieurs centaines de Casques bleus d'ici la fin de l'année, en raison de coupes budgétaires décidées à New York.

Les humanitaires craignent un regain de violences dans le Nord-Ouest et le Sud-Est, où des groupes armés restent actifs. Le gouvernement assure que l'armée et ses partenaires russes prendront le relais.

La mission compte environ 14 000 personnels.""", []),

    ("fr8_cameroun_presidentielle", date(2029, 8, 21), """Cameroun : le Conseil constitutionnel rejette les recours de l'opposition

YAOUNDÉ (Agence) - Le Conseil constitutionnel camerounais a rejeté lundi l'ensemble des recours déposés par les candidats d'opposition contre les résultats de l'élection présidentielle, ouvrant la voie à la prestation de serment du président réélu.

Les contestations qui avaient suivi l'annonce des résultats le mois dernier avaient fait plusieurs morts à Douala et à Garoua, selon l'opposition. Le gouvernement n'a jamais publié de bilan.

La cérémonie d'investiture est prévue la semaine prochaine.""", []),
]

FRESH8_FR_ONE = [
    ("fr8_ev_tenenkou_jnim", date(2029, 1, 16), """Mali : attaque jihadiste contre un camp militaire près de Ténenkou

BAMAKO (Agence) - Des combattants du JNIM ont attaqué lundi un camp de l'armée malienne situé près de Ténenkou, dans la région de Mopti, provoquant des combats de plusieurs heures, ont indiqué des sources locales et sécuritaires.

L'armée a fait état de quatre soldats tués et affirme avoir repoussé les assaillants. Le groupe lié à Al-Qaïda a revendiqué l'attaque.

La veille, le gouvernement avait annoncé un nouveau plan de sécurisation du centre.""",
     [ev(AC, ["JNIM", "Mali"], TENENKOU8, "lundi", 4)]),

    ("fr8_ev_djibo_civils", date(2029, 2, 13), """Burkina : au moins quinze civils tués près de Djibo

OUAGADOUGOU (Agence) - Au moins quinze civils ont été tués lundi par des hommes armés dans un hameau situé à une dizaine de kilomètres de Djibo, dans le nord du Burkina, selon des habitants joints par téléphone.

Les assaillants ont également emporté du bétail. Djibo, ville sous blocus jihadiste depuis des années, est ravitaillée par les airs.

Les autorités n'ont pas communiqué sur l'attaque.""",
     [ev(ATT, ["Civilians"], DJIBO8, "lundi", 15)]),

    ("fr8_ev_tera_ei", date(2029, 3, 13), """Niger : des soldats tués dans une embuscade près de Téra

NIAMEY (Agence) - Neuf soldats nigériens ont été tués lundi dans une embuscade tendue par des combattants de l'État islamique au Sahel près de Téra, dans l'ouest du pays, a annoncé le ministère de la Défense dans un communiqué.

Une vingtaine d'assaillants ont été « neutralisés » lors de la riposte, selon le texte. Un hélicoptère a été envoyé en appui.

La junte a récemment annoncé un recrutement massif de soldats.""",
     [ev(AC, ["Islamic State", "Niger"], TERA8, "lundi", 9)]),

    ("fr8_ev_beni_adf", date(2029, 4, 10), """RDC : les ADF tuent une dizaine de civils près de Beni

BENI (Agence) - Une dizaine de civils ont été tués lundi à la machette par des rebelles ADF dans un village situé à une quinzaine de kilomètres de Beni (Nord-Kivu), a indiqué un responsable de la société civile locale.

Les assaillants ont incendié plusieurs maisons avant de se replier dans la forêt. L'armée a lancé une opération de ratissage.

Les ADF ont prêté allégeance à l'État islamique en 2019.""",
     [ev(ATT, ["ADF", "Civilians"], BENI8, "lundi", 10)]),

    ("fr8_ev_masisi_wazalendo", date(2029, 5, 8), """RDC : combats entre le M23 et des Wazalendo dans le Masisi

GOMA (Agence) - Des combats ont opposé lundi les insurgés de l'AFC/M23 à des miliciens Wazalendo près du centre de Masisi, au Nord-Kivu, poussant des centaines de familles à fuir, selon des sources locales.

Chaque camp affirme avoir infligé de lourdes pertes à l'autre, sans donner de chiffre. Les pourparlers de paix entre Kinshasa et les rebelles reprennent la semaine prochaine.

Les Wazalendo refusent d'être liés par les accords signés à Doha.""",
     [ev(AC, ["M23", "Wazalendo"], MASISI8, "lundi")]),

    ("fr8_ev_kumba_enlevement", date(2029, 6, 5), """Cameroun : un maire enlevé par des séparatistes près de Kumba

BUEA (Agence) - Le maire d'une commune rurale du Sud-Ouest a été enlevé lundi par des hommes armés se réclamant des séparatistes ambazoniens, à une vingtaine de kilomètres de Kumba, a indiqué une source administrative.

Ses ravisseurs réclament une rançon. Plusieurs élus locaux ont été enlevés dans la région ces dernières années.

Le gouverneur a dépêché des renforts dans la zone.""",
     [ev(ABD, ["Ambazonian", "Civilians"], KUMBA8, "lundi")]),

    ("fr8_ev_bambari_upc", date(2029, 7, 3), """Centrafrique : des éleveurs tués par des rebelles de l'UPC près de Bambari

BANGUI (Agence) - Six éleveurs ont été tués lundi par des combattants de l'UPC dans un campement situé au nord de Bambari, dans le centre de la Centrafrique, selon une source humanitaire.

Le groupe armé, signataire du texte de paix conclu en 2019, est accusé de racketter les transhumants de la zone. La Minusca a ouvert une enquête.

Les déplacés affluent vers Bambari.""",
     [ev(ATT, ["UPC", "Civilians"], BAMBARI8, "lundi", 6)]),

    ("fr8_ev_moundou_etudiants", date(2029, 7, 31), """Tchad : des étudiants dispersés à coups de gaz lacrymogène à Moundou

N'DJAMENA (Agence) - La police a dispersé lundi à coups de gaz lacrymogène plusieurs centaines d'étudiants qui manifestaient à Moundou, deuxième ville du pays, contre le retard de paiement de leurs bourses.

Une dizaine de manifestants ont été interpellés, selon leur syndicat. Le ministre de l'Enseignement supérieur a promis un versement avant la fin du mois.

Les étudiants menacent de reprendre leur mouvement.""",
     [ev(PWI, ["Protesters", "Police"], MOUNDOU8, "lundi")]),

    ("fr8_ev_el_obeid_obus", date(2029, 8, 28), """Soudan : des obus des FSR tuent cinq civils à El-Obeid

PORT-SOUDAN (Agence) - Des tirs d'artillerie des Forces de soutien rapide ont tué cinq civils lundi dans un quartier résidentiel d'El-Obeid, capitale du Kordofan-Nord, selon un réseau de médecins.

L'armée tient la ville, que les paramilitaires tentent d'encercler depuis des mois. Les obus sont tombés près d'un marché.

L'ONU a appelé à protéger les civils du Kordofan.""",
     [ev(SH, ["Rapid Support Forces", "Civilians"], EL_OBEID8, "lundi", 5)]),

    ("fr8_ev_saint_marc_gang", date(2029, 9, 25), """Haïti : un gang attaque un quartier de Saint-Marc

PORT-AU-PRINCE (Agence) - Des membres d'un gang armé ont attaqué lundi un quartier de Saint-Marc, dans le département de l'Artibonite, tuant au moins huit habitants et incendiant des maisons, selon la mairie.

La police a envoyé des renforts depuis la capitale. Les gangs de la coalition Viv Ansanm cherchent à contrôler la route nationale qui relie Port-au-Prince au nord.

Des centaines de familles ont fui vers les villes voisines.""",
     [ev(ATT, ["Viv Ansanm", "Civilians"], SAINT_MARC8, "lundi", 8)]),

    ("fr8_ev_macomia_insurges", date(2029, 10, 23), """Mozambique : des insurgés décapitent des villageois près de Macomia

MAPUTO (Agence) - Des insurgés se réclamant de l'État islamique ont tué quatre villageois lundi, dont trois décapités, dans un village du district de Macomia, au Cabo Delgado, a rapporté un chef local.

Les habitants ont fui vers le chef-lieu du district. L'armée et les troupes rwandaises ont été déployées dans la zone.

La province est en proie à une insurrection depuis 2017.""",
     [ev(ATT, ["Islamic State", "Civilians"], MACOMIA8, "lundi", 4)]),

    ("fr8_ev_nabatieh_drone", date(2029, 11, 20), """Liban : une frappe de drone israélienne tue deux personnes près de Nabatieh

BEYROUTH (Agence) - Une frappe de drone israélienne a visé lundi une voiture sur une route proche de Nabatieh, dans le sud du Liban, tuant ses deux occupants, a annoncé le ministère de la Santé.

L'armée israélienne a affirmé avoir visé un membre du Hezbollah. Le président libanais a dénoncé une « violation flagrante » du cessez-le-feu.

Des négociations sur le tracé de la frontière sont au point mort.""",
     [ev(AIR, ["Israel"], NABATIEH8, "lundi", 2)]),

    ("fr8_ev_zaporijjia_missiles", date(2029, 12, 4), """Ukraine : des missiles russes frappent Zaporijjia, trois morts

KIEV (Agence) - Trois personnes ont été tuées lundi lorsque des missiles russes ont frappé un quartier d'habitation de Zaporijjia, dans le sud-est de l'Ukraine, a annoncé le gouverneur régional.

Une quinzaine de personnes ont été blessées et un immeuble partiellement détruit. Les négociateurs des deux pays doivent se retrouver à Genève la semaine prochaine.

La ville se trouve à une cinquantaine de kilomètres de la ligne de front.""",
     [ev(SH, ["Russia", "Civilians"], ZAPORIJJIA8, "lundi", 3)]),

    ("fr8_ev_conakry_manifestation", date(2029, 12, 18), """Guinée : heurts entre manifestants et forces de l'ordre à Conakry

CONAKRY (Agence) - Les forces de l'ordre ont dispersé lundi à coups de gaz lacrymogène des jeunes qui protestaient contre les coupures d'électricité dans la banlieue de Conakry, où des barricades ont été dressées sur l'axe principal.

Plusieurs personnes ont été blessées, selon des témoins. Le gouvernement a promis un retour à la normale d'ici la fin de la semaine.

Les manifestations sont interdites en Guinée depuis 2022.""",
     [ev(PWI, ["Protesters", "Police"], CONAKRY8, "lundi")]),
]

FRESH8_EN_NONE = [
    ("en8_pak_afghan_talks", date(2029, 1, 9), """Pakistan, Afghanistan end border talks without deal

ISLAMABAD (Wire) - Talks between Pakistani and Afghan Taliban officials on reopening the main border crossings ended on Monday without a deal, Pakistan's foreign ministry said.

The crossings have been shut since deadly clashes between the two countries' forces several months ago. Traders say thousands of lorries are stranded on both sides.

The ministry said contacts would continue.""", []),

    ("en8_gaza_truce_stall", date(2029, 2, 6), """Gaza ceasefire talks stall over disarmament

CAIRO (Wire) - Talks on the next phase of the Gaza ceasefire stalled on Monday after Hamas rejected a proposal that would require it to hand over its weapons, two officials briefed on the negotiations said.

Mediators from Egypt and Qatar were expected to present a new draft later this month. Israel has said it will not withdraw further until the group disarms.

Aid agencies say shelter materials remain scarce.""", []),

    ("en8_sudan_roadmap", date(2029, 3, 6), """U.S., regional powers propose Sudan truce roadmap

WASHINGTON (Wire) - The United States, Saudi Arabia, the United Arab Emirates and Egypt on Monday proposed a roadmap for a three-month humanitarian truce in Sudan, to be followed by talks on a civilian government.

Neither the army nor the Rapid Support Forces immediately responded. The war has displaced more than 12 million people since April 2023.

Diplomats said both sides had rejected similar proposals in the past.""", []),

    ("en8_russia_offers_talks", date(2029, 4, 3), """Kremlin offers new round of talks with Ukraine in Istanbul

MOSCOW (Wire) - The Kremlin said on Monday it was ready to hold a new round of direct talks with Ukraine in Istanbul, but repeated its demand that Kyiv withdraw from the regions Moscow claims.

Ukraine's foreign minister said Kyiv would not negotiate "under ultimatums". Russian forces have kept up attacks along the front in recent weeks.

Turkey said it was ready to host the meeting.""", []),

    ("en8_nigeria_oil_low", date(2029, 5, 1), """Nigeria's budget under strain as oil falls to four-year low

ABUJA (Wire) - Brent crude fell to a four-year low on Monday, putting pressure on Nigeria's budget, which assumes a price well above current levels, the finance minister said.

The naira weakened against the dollar. Oil theft and attacks on pipelines in the Niger Delta have kept output below target for years.

The government is expected to revise its spending plans.""", []),

    ("en8_football_destroy", date(2029, 6, 5), """Super Eagles destroy Benin to keep World Cup hopes alive

LAGOS (Wire) - Nigeria crushed Benin 4-0 in Uyo on Monday, with their strikers tearing apart the visitors' defence in a one-sided qualifier.

"We killed the game in the first half," the coach said. Nigeria now need a win away in South Africa to top the group.

The final round of qualifiers is in October.""", []),

    ("en8_kenya_curfew", date(2029, 7, 3), """Kenya extends dusk-to-dawn curfew in Lamu county

NAIROBI (Wire) - Kenya's interior ministry on Monday extended by 90 days a dusk-to-dawn curfew in parts of Lamu county near the Somali border, citing the threat from al Shabaab.

The curfew was first imposed after militant attacks on villages and buses several years ago. Local leaders say it has hurt fishing and farming.

Security forces are also conducting operations in the Boni forest.""", []),

    ("en8_drc_oversight_meeting", date(2029, 8, 7), """Congo-Rwanda oversight committee meets in Washington

WASHINGTON (Wire) - A joint committee overseeing the peace agreement between Democratic Republic of Congo and Rwanda met in Washington on Monday and agreed to meet again in two months, the State Department said.

It gave no details on the withdrawal of Rwandan troops, which U.N. experts say are still deployed in eastern Congo alongside M23 rebels.

Fighting between the rebels and pro-government militias has continued in the highlands of South Kivu.""", []),

    ("en8_myanmar_vote_delay", date(2029, 9, 4), """Myanmar junta delays second phase of election

BANGKOK (Wire) - Myanmar's military government on Monday postponed the second phase of its election in dozens of townships, citing security concerns, state media reported.

Resistance groups control large parts of the country, and the military has carried out air strikes on areas outside its control for years. Western governments have called the vote a sham.

The junta did not give a new date.""", []),

    ("en8_haiti_gang_force", date(2029, 10, 2), """U.N. approves larger force to fight Haiti's gangs

NEW YORK (Wire) - The U.N. Security Council on Monday authorised a new force of up to 5,500 personnel to combat gangs in Haiti, replacing a Kenyan-led mission that struggled for lack of funds.

Gangs control most of the capital, Port-au-Prince, and have pushed into neighbouring regions. More than 5,000 people were killed in gang violence last year, according to the United Nations.

Officials said the first troops could arrive early next year.""", []),

    ("en8_ethiopia_election_date", date(2029, 11, 6), """Ethiopia sets date for national election

ADDIS ABABA (Wire) - Ethiopia's electoral board said on Monday the country would hold its national election in June, though voting may not take place in parts of the Amhara and Oromiya regions because of insecurity.

The federal government has been fighting Fano militias in Amhara since 2023. Opposition parties have complained of arrests of their members.

The ruling Prosperity Party is expected to win.""", []),

    ("en8_somalia_debt", date(2029, 12, 4), """Somalia wins new IMF support as debt relief advances

MOGADISHU (Wire) - The International Monetary Fund on Monday approved a new three-year programme for Somalia, saying the country had made progress on revenue collection and public finance reforms.

Al Shabaab militants still control large rural areas and carry out frequent attacks in the capital. The government spends a large share of its budget on security.

The programme includes a disbursement of about $100 million.""", []),
]

FRESH8_EN_ONE = [
    ("en8_ev_gusau_abduction", date(2029, 1, 23), """Gunmen kidnap 25 villagers in northwest Nigeria

KANO (Wire) - Gunmen abducted 25 people, most of them women, from a village near Gusau in Nigeria's Zamfara state on Monday, residents and a local official said.

The attackers arrived on motorcycles and shot into the air before rounding up residents, the official said. Police said they were working to rescue the captives.

Kidnapping for ransom is widespread in Nigeria's northwest.""",
     [ev(ABD, ["Civilians"], GUSAU8, 1)]),

    ("en8_ev_miran_shah_checkpoint", date(2029, 3, 20), """Militants attack checkpoint in Pakistan's North Waziristan, four soldiers killed

PESHAWAR (Wire) - Militants attacked a security checkpoint near Miran Shah in North Waziristan on Monday, killing four soldiers in an exchange of fire that lasted several hours, the military said.

Six attackers were also killed, the military's media wing said. The Pakistani Taliban claimed responsibility.

Violence in the region has risen since talks between Islamabad and the group collapsed.""",
     [ev(AC, ["Tehrik-i-Taliban", "Pakistan"], MIRAN_SHAH8, 1, 10)]),

    ("en8_ev_myawaddy_clash", date(2029, 5, 15), """Fighting erupts near Myanmar border town of Myawaddy

BANGKOK (Wire) - Fighting broke out between Myanmar's army and Karen rebels on the outskirts of Myawaddy on Monday, sending hundreds of residents across the border into Thailand, Thai officials said.

Gunfire and explosions could be heard from the Thai town of Mae Sot. It was not clear whether there were casualties.

Myawaddy is a key trade hub on the border.""",
     [ev(AC, ["Myanmar", "Karen"], MYAWADDY8, 1)]),

    ("en8_ev_beledweyne_bomb", date(2029, 7, 17), """Suicide bomber kills six at army base in central Somalia

MOGADISHU (Wire) - A suicide bomber drove an explosives-laden car into an army base in Beledweyne in central Somalia on Monday, killing six soldiers, a military officer said.

Al Shabaab said it carried out the attack. The base hosts troops preparing for an offensive against the group.

The government condemned the attack.""",
     [ev(SB, ["Shabaab", "Somalia"], BELEDWEYNE8, 1, 6)]),

    ("en8_ev_nairobi_protest", date(2029, 9, 18), """Kenyan police fire tear gas at protesters in Nairobi

NAIROBI (Wire) - Kenyan police fired tear gas at hundreds of protesters in central Nairobi on Monday who were demonstrating against the rising cost of living and the killing of a blogger in police custody.

Several people were arrested, a police spokesman said. Rights groups have accused the police of using excessive force at previous protests.

Parliament is due to debate a new finance bill next month.""",
     [ev(PWI, ["Protesters", "Police"], NAIROBI8, 1)]),

    ("en8_ev_khan_younis_strike", date(2029, 11, 13), """Israeli strike kills three in Khan Younis despite truce, medics say

CAIRO (Wire) - An Israeli air strike killed three Palestinians in Khan Younis in southern Gaza on Monday, medics said, as mediators met in Cairo to discuss the next phase of the ceasefire.

The Israeli military said it had targeted militants who approached its troops. Hamas accused Israel of violating the truce.

Each side has accused the other of breaches since the ceasefire took effect.""",
     [ev(AIR, ["Israel"], KHAN_YOUNIS8, 1, 3)]),
]

FRESH8 = [(a, "fr") for a in FRESH8_FR_NONE + FRESH8_FR_ONE] + [(a, "en") for a in FRESH8_EN_NONE + FRESH8_EN_ONE]

# FRESH9: the forty-sixth session's held-out group (60 articles, 42 French, 40 with no event), written before any
# rule of that session and run on 6705affe; its failures print only when it is named (``--set fresh9``).
DOUENTZA9, FADA9, OUALLAM9, OICHA9, SAKE9, KOLOFATA9 = ((15.00, -2.95), (12.06, 0.36), (14.32, 2.09), (0.70, 29.52),
                                                      (-1.57, 29.04), (11.17, 14.01))
BOCARANGA9, NDJAMENA9, EL_FASHER9, MIREBALAIS9, MOCIMBOA9, TYR9 = ((7.02, 15.62), (12.11, 15.04), (13.63, 25.35),
                                                                  (18.83, -72.10), (-11.35, 40.35), (33.27, 35.20))
DNIPRO9, ZIGUINCHOR9, FUNTUA9, AFGOOYE9, BANNU9, SHWEBO9 = ((48.46, 35.05), (12.58, -16.27), (11.52, 7.31),
                                                            (2.14, 45.12), (32.99, 70.60), (22.57, 95.70))
DEIR_AL_BALAH9, MOMBASA9 = (31.42, 34.35), (-4.04, 39.67)

FRESH9_FR_NONE = [
    ("fr9_mali_budget_defense", date(2030, 1, 15), """Mali : les députés de la transition adoptent une loi de programmation militaire

BAMAKO (Agence) - Le Conseil national de transition a adopté lundi une loi de programmation militaire qui prévoit l'achat de drones, d'hélicoptères et de véhicules blindés sur cinq ans, selon le texte consulté par notre correspondant.

Dans le centre du pays, les incursions des groupes armés demeurent fréquentes et plusieurs axes routiers restent impraticables pendant la saison des pluies.

Le ministre des Finances a assuré que l'effort ne pèserait pas sur les salaires des fonctionnaires.""", []),

    ("fr9_burkina_forum_djibo", date(2030, 1, 29), """Burkina : un forum sur la cohésion sociale s'ouvre à Kaya

OUAGADOUGOU (Agence) - Plusieurs centaines de chefs coutumiers, de responsables religieux et de représentants des déplacés se sont réunis lundi à Kaya pour un forum de trois jours consacré à la cohésion sociale.

La région, longtemps au cœur des affrontements entre l'armée et les jihadistes, accueille à elle seule près d'un demi-million de déplacés internes, selon le gouverneur.

Les recommandations du forum doivent être remises au président avant la fin du mois.""", []),

    ("fr9_niger_visite_renforts", date(2030, 2, 12), """Niger : le ministre de la Défense promet des renforts dans le Tillabéri

NIAMEY (Agence) - En visite lundi à Tillabéri, le ministre de la Défense du Niger a promis l'envoi prochain de renforts et de nouveaux moyens aériens dans la zone dite des trois frontières.

« Nos soldats ne seront plus seuls face à l'ennemi », a-t-il déclaré devant les troupes, sans préciser le calendrier de ce déploiement.

Le ministre a également rencontré des élus locaux qui réclament la réouverture des marchés hebdomadaires fermés depuis l'an dernier.""", []),

    ("fr9_rdc_contrat_cobalt", date(2030, 2, 26), """RDC : Kinshasa signe un contrat minier avec un consortium asiatique

KINSHASA (Agence) - Le gouvernement congolais a signé lundi un contrat de partenariat avec un consortium asiatique pour l'exploitation d'un gisement de cobalt et de cuivre dans le Lualaba, a annoncé le ministère des Mines.

Le contrat prévoit la construction d'une raffinerie et d'une centrale hydroélectrique. La société civile réclame la publication intégrale du texte.

Dans l'est du pays, plusieurs sites miniers échappent toujours au contrôle de l'État.""", []),

    ("fr9_rdc_pourparlers_reportes", date(2030, 3, 12), """RDC : les pourparlers de Doha de nouveau reportés

KINSHASA (Agence) - La reprise des pourparlers entre Kinshasa et l'AFC/M23, prévue lundi à Doha, a été reportée une nouvelle fois, a indiqué une source proche de la médiation qatarienne.

Les deux délégations ne s'entendent pas sur l'ordre du jour, Kinshasa exigeant d'abord un cessez-le-feu effectif sur le terrain.

Aucune nouvelle date n'a été fixée.""", []),

    ("fr9_cameroun_rentree", date(2030, 3, 26), """Cameroun : la rentrée scolaire reste timide dans le Nord-Ouest

YAOUNDÉ (Agence) - Le ministre de l'Enseignement de base a lancé lundi à Bamenda une campagne pour le retour des élèves dans les classes, dans une région où de nombreuses écoles sont fermées depuis des années.

Les groupes séparatistes tiennent encore une grande partie des zones rurales et imposent régulièrement des journées de confinement.

Selon l'Unicef, plus de deux cent mille enfants restent privés d'école dans les deux régions anglophones.""", []),

    ("fr9_centrafrique_calendrier", date(2030, 4, 9), """Centrafrique : l'autorité électorale publie le calendrier des élections locales

BANGUI (Agence) - L'Autorité nationale des élections a publié lundi le calendrier des élections municipales et régionales, dont le premier tour est fixé au mois de décembre.

L'opposition dénonce un fichier électoral incomplet. Dans plusieurs préfectures du nord-ouest, des groupes armés restent actifs et l'enrôlement des électeurs n'a pas pu avoir lieu.

Les partenaires internationaux ont promis de financer une partie du scrutin.""", []),

    ("fr9_tchad_gouvernement", date(2030, 4, 23), """Tchad : un nouveau gouvernement de trente-cinq membres

N'DJAMENA (Agence) - Le Premier ministre tchadien a rendu publique lundi soir la composition de son nouveau gouvernement, qui compte trente-cinq membres dont neuf femmes.

Le ministère de la Sécurité publique change de titulaire, alors que les tensions entre éleveurs et agriculteurs persistent dans le sud du pays.

Le premier Conseil des ministres se tiendra jeudi.""", []),

    ("fr9_soudan_bilan_annuel", date(2030, 5, 7), """Soudan : une année de guerre a coûté la vie à plus de vingt mille personnes, selon une ONG

PORT-SOUDAN (Agence) - Plus de vingt mille personnes ont été tuées au Soudan au cours des douze derniers mois, selon un rapport publié lundi par une organisation qui recense les violences politiques.

Le Darfour et le Kordofan concentrent la majorité des victimes. Le rapport souligne que les frappes de drones sont devenues la principale cause de mortalité parmi les civils.

L'organisation appelle le Conseil de sécurité à élargir l'embargo sur les armes.""", []),

    ("fr9_soudan_deplaces", date(2030, 5, 21), """Soudan : le HCR s'alarme de l'afflux de réfugiés au Tchad

GENÈVE (Agence) - Le Haut-Commissariat des Nations unies pour les réfugiés a averti lundi que ses camps de l'est du Tchad étaient saturés, les violences au Darfour ayant contraint des dizaines de milliers de personnes à franchir la frontière depuis le début de l'année.

Le HCR dit n'avoir reçu qu'un quart des fonds demandés pour cette crise.

Les nouveaux arrivants sont surtout des femmes et des enfants.""", []),

    ("fr9_haiti_premier_ministre", date(2030, 6, 4), """Haïti : le Conseil présidentiel nomme un nouveau Premier ministre

PORT-AU-PRINCE (Agence) - Le Conseil présidentiel de transition a nommé lundi un ancien ministre des Finances au poste de Premier ministre, le troisième en deux ans.

Le nouveau chef du gouvernement hérite d'un pays où les gangs contrôlent l'essentiel de la capitale et des routes qui la relient au reste du territoire.

Il a promis de présenter sa feuille de route d'ici deux semaines.""", []),

    ("fr9_mozambique_gaz", date(2030, 6, 18), """Mozambique : le chantier gazier de l'Afungi redémarre

MAPUTO (Agence) - Le consortium mené par un groupe pétrolier européen a annoncé lundi la reprise des travaux de son projet de gaz naturel liquéfié dans la péninsule d'Afungi, à l'arrêt depuis plusieurs années.

La province de Cabo Delgado est le théâtre depuis 2017 d'une insurrection qui a fait des milliers de morts. Des soldats rwandais assurent la sécurité du site.

Le projet doit entrer en production dans quatre ans.""", []),

    ("fr9_liban_parlement", date(2030, 7, 2), """Liban : le Parlement adopte la loi sur la restructuration bancaire

BEYROUTH (Agence) - Le Parlement libanais a adopté lundi une loi sur la restructuration des banques, réclamée depuis des années par le Fonds monétaire international.

Dans le sud du pays, les frappes israéliennes se poursuivent presque chaque jour malgré le cessez-le-feu, selon les autorités locales.

Le texte doit encore être promulgué par le président.""", []),

    ("fr9_ukraine_istanbul", date(2030, 7, 16), """Ukraine : les discussions d'Istanbul s'achèvent sans accord

ISTANBUL (Agence) - Les délégations russe et ukrainienne se sont séparées lundi à Istanbul sans parvenir à un accord sur un cessez-le-feu, après deux jours de discussions sous médiation turque.

Sur le terrain, l'armée russe a accentué sa pression sur le front de l'est tout au long de l'été, selon les analystes militaires.

Un nouvel échange de prisonniers a toutefois été évoqué.""", []),

    ("fr9_gaza_conference", date(2030, 7, 30), """Gaza : une conférence sur la reconstruction réunit les bailleurs au Caire

LE CAIRE (Agence) - Une conférence internationale consacrée à la reconstruction de Gaza s'est ouverte lundi au Caire, en présence de représentants d'une soixantaine de pays.

L'Égypte a présenté un plan chiffré à plusieurs dizaines de milliards de dollars. Selon l'ONU, la grande majorité des bâtiments du territoire ont été endommagés ou détruits pendant la guerre.

Les promesses de dons seront annoncées mardi.""", []),

    ("fr9_syrie_declaration", date(2030, 8, 13), """Syrie : le président signe une déclaration constitutionnelle révisée

DAMAS (Agence) - Le président syrien a signé lundi une version révisée de la déclaration constitutionnelle qui encadre la période de transition, selon l'agence officielle.

Le texte crée un conseil chargé de la justice transitionnelle, une revendication des familles des victimes des tueries survenues sur la côte l'an dernier.

Les organisations kurdes jugent le texte insuffisant.""", []),

    ("fr9_guinee_campagne", date(2030, 8, 27), """Guinée : l'opposition appelle à manifester jeudi contre le nouveau code électoral

CONAKRY (Agence) - Une coalition de partis d'opposition a appelé lundi ses partisans à descendre dans la rue jeudi à Conakry pour protester contre le nouveau code électoral, qu'elle juge taillé sur mesure pour le pouvoir.

Les manifestations sont interdites depuis plusieurs années en Guinée. Le gouvernement a mis en garde contre « tout trouble à l'ordre public ».

Le code doit être promulgué avant la fin du mois.""", []),

    ("fr9_senegal_budget", date(2030, 9, 10), """Sénégal : le gouvernement présente un budget d'austérité

DAKAR (Agence) - Le gouvernement sénégalais a présenté lundi en Conseil des ministres un projet de loi de finances marqué par une forte réduction des dépenses de fonctionnement, dans l'attente d'un nouveau programme avec le FMI.

Le ministre des Finances a évoqué une dette « bien plus lourde qu'annoncé » par l'ancien régime.

Les syndicats d'enseignants menacent de déclencher une grève.""", []),

    ("fr9_togo_ville_morte", date(2030, 9, 24), """Togo : la société civile appelle à trois journées « ville morte »

LOMÉ (Agence) - Un collectif d'associations citoyennes a appelé lundi les Togolais à observer trois journées « ville morte » la semaine prochaine pour dénoncer la hausse des prix des carburants.

Le ministre de la Sécurité a rappelé que toute manifestation sur la voie publique devait être déclarée.

La précédente journée de ce type, en juin, avait été largement suivie à Lomé.""", []),

    ("fr9_benin_loi_programmation", date(2030, 10, 8), """Bénin : l'Assemblée vote une rallonge budgétaire pour l'armée

COTONOU (Agence) - L'Assemblée nationale béninoise a voté lundi une rallonge budgétaire destinée aux forces armées déployées dans le nord du pays.

Les attaques attribuées à des groupes jihadistes venus du Sahel se sont multipliées ces derniers mois près des frontières avec le Burkina et le Niger.

Le texte a été adopté à l'unanimité des députés présents.""", []),

    ("fr9_civ_campagne", date(2030, 10, 22), """Côte d'Ivoire : la campagne présidentielle s'ouvre sous haute sécurité

ABIDJAN (Agence) - La campagne pour l'élection présidentielle s'est ouverte lundi en Côte d'Ivoire, où plus de quarante mille policiers et gendarmes ont été mobilisés pour sécuriser le scrutin.

Les violences qui avaient entouré l'élection de 2020 avaient fait quelque quatre-vingts morts, selon les autorités de l'époque.

Le premier tour est prévu dans deux semaines.""", []),

    ("fr9_ethiopie_dialogue", date(2030, 11, 5), """Éthiopie : la commission de dialogue national tient ses consultations en Amhara

ADDIS-ABEBA (Agence) - La commission éthiopienne du dialogue national a ouvert lundi à Bahir Dar des consultations avec les représentants de la région Amhara.

Les affrontements entre l'armée fédérale et les milices Fano se poursuivent dans plusieurs zones de la région, où l'état d'urgence a été levé l'an dernier.

Les miliciens n'ont pas été invités aux discussions.""", []),

    ("fr9_somalie_mission", date(2030, 11, 19), """Somalie : la mission de l'Union africaine manque de fonds

MOGADISCIO (Agence) - Le chef de la mission de l'Union africaine en Somalie a averti lundi que ses troupes pourraient devoir réduire leurs opérations faute de financement, lors d'une réunion avec les bailleurs.

Les soldats de la mission n'ont pas perçu leurs indemnités depuis six mois. Les shebab restent capables de frapper la capitale, a-t-il rappelé.

L'Union européenne doit annoncer sa contribution le mois prochain.""", []),

    ("fr9_nigeria_rapport_enlevements", date(2030, 12, 3), """Nigeria : les enlèvements contre rançon restent courants, selon un rapport

LAGOS (Agence) - Les enlèvements contre rançon demeurent courants dans le nord-ouest et le centre du Nigeria, selon un rapport publié lundi par un cabinet de conseil en sécurité basé à Lagos.

Le document estime que les familles ont versé plusieurs millions de dollars aux ravisseurs au cours de l'année écoulée.

Le gouvernement affirme avoir renforcé la surveillance des forêts utilisées comme repaires.""", []),

    ("fr9_mali_proces_ajourne", date(2030, 12, 17), """Mali : le procès d'un ancien Premier ministre renvoyé au mois prochain

BAMAKO (Agence) - La Cour suprême du Mali a renvoyé lundi au mois prochain le procès d'un ancien Premier ministre poursuivi pour détournement de fonds publics, à la demande de la défense.

L'ancien chef du gouvernement, détenu depuis plusieurs mois, conteste les accusations. Ses avocats dénoncent un dossier « politique ».

L'audience a duré moins d'une heure.""", []),

    ("fr9_burkina_football", date(2030, 1, 15), """Football : les Étalons écrasent le Niger et filent en quart de finale

OUAGADOUGOU (Agence) - Les Étalons du Burkina ont infligé une véritable correction au Niger lundi soir (4-0), un carton qui propulse l'équipe en quart de finale du tournoi régional.

Les Nigériens, exécutés en moins de vingt minutes, n'ont jamais trouvé la parade face à l'attaque burkinabè.

Le Burkina affrontera le Ghana samedi.""", []),

    ("fr9_cacao_marches", date(2030, 2, 12), """Marchés : le cacao s'effondre, les planteurs ivoiriens inquiets

ABIDJAN (Agence) - Les cours du cacao ont plongé lundi à Londres et à New York, perdant plus de dix pour cent en une séance, une hémorragie qui inquiète les planteurs d'Afrique de l'Ouest.

Les négociants évoquent une récolte meilleure que prévu au Ghana et en Côte d'Ivoire. « Le marché a été massacré », résume un courtier.

Le prix garanti aux producteurs sera révisé en octobre.""", []),

    ("fr9_niger_commemoration", date(2030, 12, 17), """Niger : hommage aux soldats tombés à Inates

NIAMEY (Agence) - Les autorités nigériennes ont rendu hommage lundi aux soldats tués lors de l'attaque du camp d'Inates, survenue il y a plusieurs années, au cours d'une cérémonie à Niamey.

Des gerbes ont été déposées devant le monument aux morts en présence des familles. L'attaque, revendiquée par l'État islamique, avait été l'une des plus meurtrières de l'histoire de l'armée nigérienne.

Un livre de témoignages a été remis au chef de l'État.""", []),
]

FRESH9_FR_ONE = [
    ("fr9_ev_douentza_jnim", date(2030, 1, 15), """Mali : des soldats tués dans une attaque près de Douentza

BAMAKO (Agence) - Des combattants du JNIM ont attaqué lundi un poste de l'armée malienne près de Douentza, dans le centre du pays, déclenchant des échanges de tirs nourris, selon des sources sécuritaires.

Trois soldats ont été tués, a précisé une source militaire. Les assaillants se sont repliés vers la forêt.

La veille, le gouverneur avait inauguré un nouveau marché à bétail dans la ville.""",
     [ev(AC, ["JNIM", "Mali"], DOUENTZA9, "lundi", 3)]),

    ("fr9_ev_fada_civils", date(2030, 1, 29), """Burkina : huit civils tués dans un village près de Fada N'Gourma

OUAGADOUGOU (Agence) - Huit civils ont été tués lundi par des hommes armés non identifiés dans un village situé à une vingtaine de kilomètres de Fada N'Gourma, dans l'est du Burkina, ont rapporté des habitants.

Les assaillants, arrivés à moto, ont tiré sur des hommes réunis près d'un puits avant de repartir.

Aucun bilan officiel n'a été publié.""",
     [ev(ATT, ["Civilians"], FADA9, "lundi", 8)]),

    ("fr9_ev_ouallam_ei", date(2030, 2, 12), """Niger : six soldats tués dans une embuscade près de Ouallam

NIAMEY (Agence) - Six militaires nigériens ont été tués lundi dans une embuscade tendue par des combattants de l'État islamique au Sahel près de Ouallam, dans la région de Tillabéri, a indiqué le ministère de la Défense.

L'armée affirme avoir « neutralisé » une dizaine d'assaillants lors de la riposte.

Cette zone frontalière du Mali est régulièrement visée par le groupe.""",
     [ev(AC, ["Islamic State", "Niger"], OUALLAM9, "lundi", 16)]),

    ("fr9_ev_oicha_adf", date(2030, 2, 26), """RDC : douze civils tués par les ADF près d'Oicha

BENI (Agence) - Douze civils ont été tués lundi lors d'une attaque attribuée aux rebelles des ADF dans un village proche d'Oicha, dans le territoire de Beni, a annoncé l'administrateur du territoire.

Plusieurs maisons ont été incendiées et des habitants sont portés disparus. L'armée a lancé des opérations de ratissage.

Les ADF ont prêté allégeance à l'État islamique.""",
     [ev(ATT, ["ADF", "Civilians"], OICHA9, "lundi", 12)]),

    ("fr9_ev_sake_combats", date(2030, 3, 12), """RDC : combats entre l'armée et le M23 près de Sake

GOMA (Agence) - Des combats ont opposé lundi l'armée congolaise aux rebelles du M23 sur les collines qui surplombent Sake, à l'ouest de Goma, selon des sources locales et militaires.

Les détonations d'armes lourdes ont poussé des centaines d'habitants à fuir vers Goma. Aucun bilan n'était disponible dans la soirée.

Les pourparlers de Doha sont au point mort depuis plusieurs semaines.""",
     [ev(AC, ["M23", "Democratic Republic of Congo"], SAKE9, "lundi")]),

    ("fr9_ev_kolofata_bokoharam", date(2030, 3, 26), """Cameroun : trois civils tués par Boko Haram à Kolofata

MAROUA (Agence) - Des combattants de Boko Haram ont fait irruption lundi soir dans un quartier de Kolofata, dans l'Extrême-Nord du Cameroun, tuant trois civils et pillant des commerces, selon une autorité locale.

Les assaillants ont pris la fuite à l'arrivée des militaires. La localité, proche de la frontière nigériane, a déjà été visée à plusieurs reprises.

Le gouverneur a appelé la population à la vigilance.""",
     [ev(ATT, ["Boko Haram", "Civilians"], KOLOFATA9, "lundi", 3)]),

    ("fr9_ev_bocaranga_3r", date(2030, 4, 9), """Centrafrique : affrontements entre l'armée et les 3R près de Bocaranga

BANGUI (Agence) - Les forces armées centrafricaines et des combattants du groupe armé 3R se sont affrontés lundi près de Bocaranga, dans le Nord-Ouest centrafricain, faisant deux morts parmi les soldats, selon une source militaire.

Les rebelles ont été repoussés vers la frontière camerounaise, selon la même source.

Le groupe avait quitté l'accord de paix de 2019 quelques mois après sa signature.""",
     [ev(AC, ["3R", "Central African"], BOCARANGA9, "lundi", 2)]),

    ("fr9_ev_ndjamena_manifestation", date(2030, 4, 23), """Tchad : des manifestants dispersés à N'Djamena

N'DJAMENA (Agence) - La police tchadienne a dispersé lundi à coups de gaz lacrymogène plusieurs centaines de jeunes qui manifestaient à N'Djamena contre les coupures d'électricité, selon des témoins.

Une dizaine de personnes ont été interpellées. Le ministre de l'Énergie a promis une amélioration d'ici la fin du mois.

L'opposition a dénoncé une répression disproportionnée.""",
     [ev(PWI, ["Protesters", "Police"], NDJAMENA9, "lundi")]),

    ("fr9_ev_el_fasher_obus", date(2030, 5, 7), """Soudan : des obus des FSR tuent cinq civils à El-Fasher

PORT-SOUDAN (Agence) - Cinq civils ont été tués lundi par des tirs d'obus des Forces de soutien rapide sur un marché d'El-Fasher, capitale du Darfour-Nord, selon un collectif de médecins.

Une quinzaine de personnes ont été blessées. Les FSR n'ont pas réagi.

La ville est assiégée depuis plus d'un an.""",
     [ev(SH, ["Rapid Support Forces", "Civilians"], EL_FASHER9, "lundi", 5)]),

    ("fr9_ev_mirebalais_gang", date(2030, 6, 4), """Haïti : un gang attaque Mirebalais, quatre morts

PORT-AU-PRINCE (Agence) - Des membres de la coalition de gangs Viv Ansanm ont attaqué lundi la ville de Mirebalais, dans le centre d'Haïti, tuant quatre habitants et incendiant un commissariat, selon la mairie.

Des centaines de familles ont fui vers les localités voisines. La police a demandé des renforts.

Le Premier ministre a convoqué une réunion de crise.""",
     [ev(ATT, ["Viv Ansanm", "Civilians"], MIREBALAIS9, "lundi", 4)]),

    ("fr9_ev_mocimboa_insurges", date(2030, 6, 18), """Mozambique : des insurgés tuent trois villageois près de Mocímboa da Praia

MAPUTO (Agence) - Des insurgés liés à l'État islamique ont tué lundi trois villageois et incendié des maisons dans un village proche de Mocímboa da Praia, dans la province de Cabo Delgado, selon des sources locales.

Les habitants ont fui vers la ville. Les forces rwandaises et mozambicaines ont été déployées dans la zone.

Le projet gazier voisin n'a pas été touché.""",
     [ev(ATT, ["Islamic State", "Civilians"], MOCIMBOA9, "lundi", 3)]),

    ("fr9_ev_tyr_drone", date(2030, 7, 2), """Liban : un mort dans une frappe de drone israélienne près de Tyr

BEYROUTH (Agence) - Une frappe de drone israélienne a visé lundi une voiture près de Tyr, dans le sud du Liban, tuant un homme, a annoncé le ministère libanais de la Santé.

L'armée israélienne a affirmé avoir visé un membre du Hezbollah.

Le Liban a dénoncé une nouvelle violation du cessez-le-feu.""",
     [ev(AIR, ["Israel"], TYR9, "lundi", 1)]),

    ("fr9_ev_dnipro_missiles", date(2030, 7, 16), """Ukraine : quatre morts dans une frappe de missiles sur Dnipro

KIEV (Agence) - Quatre personnes ont été tuées lundi dans une frappe de missiles russes sur Dnipro, dans le centre-est de l'Ukraine, a annoncé le gouverneur de la région.

Un immeuble d'habitation et un entrepôt ont été touchés. Une trentaine de personnes ont été blessées.

Kiev réclame de nouveaux systèmes de défense aérienne.""",
     [ev(SH, ["Russia", "Civilians"], DNIPRO9, "lundi", 4)]),

    ("fr9_ev_ziguinchor_etudiants", date(2030, 9, 10), """Sénégal : heurts entre étudiants et policiers à Ziguinchor

DAKAR (Agence) - Des étudiants de l'université de Ziguinchor qui protestaient lundi contre le retard du paiement de leurs bourses ont été dispersés par la police à coups de grenades lacrymogènes, selon des témoins.

Plusieurs étudiants ont été blessés et une dizaine interpellés. Les cours ont été suspendus.

Le ministre de l'Enseignement supérieur a annoncé le versement des bourses d'ici vendredi.""",
     [ev(PWI, ["Protesters", "Police"], ZIGUINCHOR9, "lundi")]),
]

FRESH9_EN_NONE = [
    ("en9_sudan_talks_postponed", date(2030, 1, 29), """Sudan peace talks postponed again as mediators seek guarantees

CAIRO (Wire) - Peace talks between Sudan's army and the paramilitary Rapid Support Forces, due to resume in Jeddah on Monday, have been postponed again, two diplomats said.

Mediators are seeking guarantees that both sides will allow aid convoys into besieged cities before the delegations meet, the diplomats said.

No new date has been set.""", []),

    ("en9_drc_minerals_deal", date(2030, 2, 26), """Congo signs minerals deal with U.S. firm

KINSHASA (Wire) - Congo's government signed a deal on Monday with a U.S. mining company to develop a lithium deposit in the southeast, the mines ministry said.

The agreement comes as the M23 rebels hold several mining areas in the east. Washington has been pushing for a wider minerals-for-security arrangement.

The company said production could begin within three years.""", []),

    ("en9_somalia_elections", date(2030, 3, 26), """Somalia's parliament approves plan for direct elections

MOGADISHU (Wire) - Somalia's parliament approved on Monday a plan to hold the country's first direct elections in decades, the speaker said.

Critics say a national vote is not possible while Al Shabaab holds large parts of the countryside in the south and centre.

The electoral commission is expected to publish a timetable next month.""", []),

    ("en9_ukraine_summit_analysis", date(2030, 4, 23), """Analysis: Kyiv heads to summit weaker on the battlefield

KYIV (Wire) - Ukrainian officials head to a summit of Western allies this week with their forces under strain, after Russia kept up its push in the east through the winter.

Diplomats said the meeting, due to open on Thursday, would focus on air defence and financing for next year.

Russia has said it will not attend any talks that include the summit's host.""", []),

    ("en9_kenya_finance_bill", date(2030, 5, 21), """Kenya's lawmakers begin debate on new tax bill

NAIROBI (Wire) - Kenyan lawmakers began debating a new finance bill on Monday that would raise taxes on mobile money and fuel, setting up a test for the government.

Demonstrations against a similar tax bill two years ago turned deadly, and rights groups have urged police to show restraint if protests resume.

The vote is due next week.""", []),

    ("en9_nigeria_defence_budget", date(2030, 6, 18), """Nigeria's president signs record budget

ABUJA (Wire) - Nigeria's president signed a record budget into law on Monday, with defence and security taking the largest share, his spokesman said.

The military is fighting Islamist insurgents in the northeast and armed gangs in the northwest.

The budget assumes an oil price of $70 a barrel.""", []),

    ("en9_haiti_yearly_toll", date(2030, 7, 16), """Gang violence killed more than 4,000 in Haiti last year, U.N. says

PORT-AU-PRINCE (Wire) - Gang violence killed more than 4,000 people in Haiti last year, the United Nations human rights office said in a report on Monday.

The report said the capital and the Artibonite region accounted for most of the dead, where gangs have expanded their territory.

The office called for more funding for the Kenyan-led security mission.""", []),

    ("en9_pakistan_talks_offered", date(2030, 8, 13), """Afghan Taliban offer to mediate between Pakistan and militants

ISLAMABAD (Wire) - Afghanistan's Taliban government offered on Monday to host talks between Pakistan and the Pakistani Taliban, a spokesman said.

Pakistan has blamed the group for a wave of attacks on its security forces this year and has repeatedly said it will not negotiate.

Pakistan's foreign ministry did not respond to the offer.""", []),

    ("en9_ethiopia_election_date", date(2030, 9, 24), """Ethiopia sets date for general election

ADDIS ABABA (Wire) - Ethiopia's electoral board said on Monday it would hold a general election in June next year.

Voting may not be possible in parts of Amhara, where the army has been fighting Fano militias, the board's chairwoman said.

Opposition parties have demanded the release of jailed politicians.""", []),

    ("en9_myanmar_emergency", date(2030, 10, 22), """Myanmar's junta extends emergency rule in dozens of townships

BANGKOK (Wire) - Myanmar's military government extended emergency rule in dozens of townships on Monday, state media said, ahead of a second round of voting.

Much of the country remains contested between the army and ethnic armed groups and resistance forces.

The junta has said the election will restore stability.""", []),

    ("en9_mali_protest_call", date(2030, 11, 19), """Mali's exiled opposition calls for Friday protests

DAKAR (Wire) - A coalition of Mali's exiled opposition figures called on Monday for protests in Bamako on Friday against the junta's decision to extend its rule.

Political parties were dissolved earlier this year and public gatherings are banned.

The junta has warned that any unrest will be punished.""", []),

    ("en9_gaza_talks_stalled", date(2030, 12, 3), """Gaza ceasefire talks stall over hostage releases

CAIRO (Wire) - Talks on extending the Gaza ceasefire stalled on Monday over the sequence of hostage and prisoner releases, two Egyptian officials said.

Israel's cabinet is due to meet on Wednesday to discuss the mediators' latest proposal.

Aid deliveries have fallen since the start of the month, U.N. agencies said.""", []),
]

FRESH9_EN_ONE = [
    ("en9_ev_funtua_abduction", date(2030, 1, 15), """Gunmen abduct 30 people in Nigeria's Katsina state

KANO (Wire) - Gunmen abducted 30 people, including children, from a village near Funtua in Nigeria's Katsina state on Monday, a local official said.

The attackers stormed the village at night and marched the captives into a nearby forest, residents said.

Police said a rescue operation was under way.""",
     [ev(ABD, ["Civilians"], FUNTUA9, 1)]),

    ("en9_ev_afgooye_clash", date(2030, 3, 12), """Five soldiers killed as Al Shabaab attacks base near Afgooye

MOGADISHU (Wire) - Al Shabaab fighters attacked a Somali army base near Afgooye on Monday, killing five soldiers in a gunbattle that lasted two hours, a military officer said.

The army said it repelled the attack. The group said it had seized weapons.

The base lies on a main road west of the capital.""",
     [ev(AC, ["Shabaab", "Somalia"], AFGOOYE9, 1, 5)]),

    ("en9_ev_bannu_police", date(2030, 5, 7), """Militants attack police post in Pakistan's Bannu

PESHAWAR (Wire) - Militants attacked a police post in Bannu in northwestern Pakistan on Monday, killing three policemen before they were driven off, police said.

The Pakistani Taliban claimed the attack. Two militants were killed in the exchange of fire.

Attacks on police have risen in the province this year.""",
     [ev(AC, ["Tehrik-i-Taliban", "Police"], BANNU9, 1, 5)]),

    ("en9_ev_shwebo_airstrike", date(2030, 8, 27), """Myanmar air strike kills nine in Sagaing village, residents say

BANGKOK (Wire) - A Myanmar military air strike killed nine people in a village near Shwebo in the Sagaing region on Monday, residents and a local resistance group said.

The strike hit a school building being used as a shelter. The military did not comment.

The region is a stronghold of anti-junta resistance forces.""",
     [ev(AIR, ["Myanmar", "Civilians"], SHWEBO9, 1, 9)]),

    ("en9_ev_deir_al_balah_strike", date(2030, 10, 8), """Israeli strike kills four in Deir al-Balah, Gaza medics say

CAIRO (Wire) - An Israeli air strike killed four Palestinians in Deir al-Balah in central Gaza on Monday, medics said.

The Israeli military said it had struck militants planning an attack. Hamas called the strike a breach of the ceasefire.

Mediators are due to meet in Cairo later this week.""",
     [ev(AIR, ["Israel"], DEIR_AL_BALAH9, 1, 4)]),

    ("en9_ev_mombasa_teargas", date(2030, 11, 5), """Kenyan police fire tear gas at protesters in Mombasa

NAIROBI (Wire) - Kenyan police fired tear gas on Monday at hundreds of people protesting in Mombasa against the demolition of market stalls, witnesses said.

Several people were arrested. The county government said the stalls had been built illegally.

Traders vowed to return on Tuesday.""",
     [ev(PWI, ["Protesters", "Police"], MOMBASA9, 1)]),
]

FRESH9 = [(a, "fr") for a in FRESH9_FR_NONE + FRESH9_FR_ONE] + [(a, "en") for a in FRESH9_EN_NONE + FRESH9_EN_ONE]

# FRESH10: the forty-seventh session's held-out group (60 articles, 42 French, 40 with no event), written before any
# rule of that session and run on ffee3caa; its failures print only when it is named (``--set fresh10``).
NIONO10, DJIBO10, TERA10, BENI10, MASISI10, MOKOLO10 = ((14.25, -5.99), (14.10, -1.63), (14.01, 0.75), (0.49, 29.47),
                                                      (-1.40, 28.81), (10.74, 13.80))
PAOUA10, KENSCOFF10, NABATIEH10, ZAPORIJJIA10, LOME10 = ((7.24, 16.44), (18.45, -72.29), (33.38, 35.48),
                                                         (47.84, 35.14), (6.13, 1.22))
TSAFE10, BAIDOA10, DERA_ISMAIL_KHAN10, MONYWA10, KHAN_YOUNIS10, KISUMU10 = ((11.96, 6.92), (3.11, 43.65),
                                                                            (31.83, 70.90), (22.11, 95.13),
                                                                            (31.34, 34.30), (-0.09, 34.77))

FRESH10_FR_NONE = [
    ("fr10_mali_remaniement", date(2031, 1, 7), """Mali : la junte remanie le gouvernement, trois ministères changent de titulaire

BAMAKO (Agence) - Un décret lu lundi soir à la télévision nationale a nommé de nouveaux titulaires à la tête des ministères de l'Énergie, de l'Éducation et des Affaires religieuses.

Le ministre de la Défense et celui de la Sécurité restent en poste, alors que l'armée mène depuis plusieurs mois des opérations dans les régions centrales et septentrionales.

Le premier conseil des ministres de la nouvelle équipe doit se tenir jeudi.""", []),

    ("fr10_burkina_pacte_partis", date(2031, 1, 21), """Burkina : des partis signent une charte de bonne conduite pour la transition

OUAGADOUGOU (Agence) - Une quinzaine de formations politiques ont paraphé lundi à Ouagadougou une charte par laquelle elles s'engagent à soutenir les autorités de la transition et à renoncer à tout appel à manifester.

Plusieurs partis d'opposition, dont les activités sont suspendues depuis l'an dernier, n'ont pas été invités à la cérémonie.

Le texte doit être transmis au chef de l'État dans les prochains jours.""", []),

    ("fr10_niger_petrole_cours", date(2031, 2, 4), """Niger : la chute des cours du brut pèse sur le budget

NIAMEY (Agence) - Le baril de brut est tombé lundi à son plus bas niveau depuis trois ans sur les marchés internationaux, une mauvaise nouvelle pour le Niger, qui comptait sur ses exportations par l'oléoduc vers le Bénin.

Le ministre des Finances a annoncé une révision de la loi de finances et un gel des recrutements dans la fonction publique.

Les syndicats ont prévenu qu'ils s'opposeraient à toute baisse des salaires.""", []),

    ("fr10_rdc_comite_suivi", date(2031, 2, 18), """RDC : le comité de suivi de l'accord de paix se réunit à Kinshasa

KINSHASA (Agence) - Le comité chargé de superviser la mise en œuvre de l'accord de paix signé avec le Rwanda s'est réuni lundi à Kinshasa pour sa troisième session, en présence des facilitateurs américains et qatariens.

Les participants ont constaté des retards dans le retrait des troupes étrangères, qui restent déployées dans plusieurs localités du Nord-Kivu selon Kinshasa.

La prochaine session est prévue en avril à Kigali.""", []),

    ("fr10_rdc_pourparlers_luanda", date(2031, 3, 4), """RDC : des pourparlers entre le gouvernement et les rebelles s'ouvrent à Luanda

KINSHASA (Agence) - Des délégations du gouvernement congolais et de l'AFC/M23 ont entamé lundi à Luanda des pourparlers sous l'égide de la médiation angolaise, a annoncé la présidence angolaise.

Les discussions portent sur un cessez-le-feu durable et sur l'échange de prisonniers. Kinshasa exige le départ des rebelles des villes qu'ils occupent avant tout accord politique.

Les combats se poursuivent depuis des mois sur plusieurs fronts du Nord-Kivu.""", []),

    ("fr10_cameroun_ville_morte", date(2031, 3, 18), """Cameroun : les séparatistes décrètent un confinement de dix jours dans le Nord-Ouest

YAOUNDÉ (Agence) - Des groupes séparatistes ont appelé les habitants des régions anglophones à rester chez eux pendant dix jours à partir de la semaine prochaine, à l'approche de la fête nationale.

Les autorités ont promis que les écoles et les marchés resteraient ouverts et que des forces supplémentaires seraient déployées à Bamenda et à Buea.

Les précédents confinements avaient paralysé l'activité économique pendant plusieurs jours.""", []),

    ("fr10_centrafrique_couvre_feu", date(2031, 4, 1), """Centrafrique : le couvre-feu prolongé de trois mois dans l'Ouham

BANGUI (Agence) - Le gouvernement centrafricain a prolongé lundi de trois mois le couvre-feu en vigueur dans la préfecture de l'Ouham, où des groupes armés restent actifs selon les autorités.

La circulation des motos demeure interdite entre 18 heures et 6 heures. Les commerçants de Bossangoa se plaignent d'une baisse de leurs ventes.

Le préfet a appelé la population à collaborer avec les forces de défense.""", []),

    ("fr10_tchad_budget", date(2031, 4, 15), """Tchad : l'Assemblée adopte un collectif budgétaire

N'DJAMENA (Agence) - L'Assemblée nationale tchadienne a adopté lundi une loi de finances rectificative qui augmente de 15 % les crédits de la défense et de la sécurité.

Le gouvernement justifie cet effort par la situation à la frontière soudanaise, où affluent depuis deux ans des centaines de milliers de réfugiés fuyant la guerre.

Les députés de l'opposition ont voté contre le texte.""", []),

    ("fr10_soudan_conference_londres", date(2031, 4, 29), """Soudan : une conférence humanitaire à Londres promet deux milliards de dollars

LONDRES (Agence) - Les bailleurs réunis lundi à Londres ont promis près de deux milliards de dollars pour l'aide humanitaire au Soudan, où la guerre entre l'armée et les Forces de soutien rapide a déplacé plus de douze millions de personnes.

Les organisateurs ont appelé les belligérants à ouvrir des couloirs pour l'acheminement de l'aide vers le Darfour et le Kordofan.

Aucun représentant des deux camps n'avait été invité.""", []),

    ("fr10_haiti_force_gangs", date(2031, 5, 13), """Haïti : une nouvelle force internationale pour combattre les gangs attendue en juin

PORT-AU-PRINCE (Agence) - Les premiers éléments de la nouvelle force internationale chargée de combattre les gangs en Haïti doivent arriver en juin, a annoncé lundi le Premier ministre haïtien.

Cette force doit succéder à la mission multinationale déployée depuis deux ans, qui n'a pas réussi à reprendre le contrôle de la capitale.

Les gangs contrôlent toujours la majeure partie de Port-au-Prince et des routes qui en sortent.""", []),

    ("fr10_mozambique_gaz", date(2031, 5, 27), """Mozambique : TotalEnergies confirme la reprise des travaux à Afungi

MAPUTO (Agence) - Le groupe TotalEnergies a confirmé lundi la reprise complète des travaux de son projet gazier d'Afungi, dans la province de Cabo Delgado, suspendus après l'attaque jihadiste de Palma en 2021.

Le gouvernement mozambicain assure que la sécurité du site est garantie par ses forces et par les troupes rwandaises.

Des attaques sporadiques sont encore signalées dans les districts voisins.""", []),

    ("fr10_liban_reconstruction", date(2031, 6, 10), """Liban : Beyrouth présente un plan de reconstruction du Sud

BEYROUTH (Agence) - Le gouvernement libanais a présenté lundi un plan de reconstruction des villages du Sud détruits pendant la guerre de 2024, dont le coût est estimé à onze milliards de dollars.

Le Premier ministre a appelé les pays du Golfe à financer le programme. Des milliers de familles attendent toujours de pouvoir rentrer chez elles.

L'armée israélienne maintient des positions sur plusieurs collines le long de la frontière.""", []),

    ("fr10_ukraine_sommet", date(2031, 6, 24), """Ukraine : un sommet européen sur les garanties de sécurité à Paris

PARIS (Agence) - Une vingtaine de chefs d'État et de gouvernement se sont réunis lundi à Paris pour discuter des garanties de sécurité à offrir à l'Ukraine en cas de cessez-le-feu avec la Russie.

Le président ukrainien a remercié ses alliés, tout en soulignant que les bombardements russes sur les villes ukrainiennes n'avaient pas cessé.

Aucune décision sur l'envoi de troupes n'a été annoncée.""", []),

    ("fr10_gaza_commission", date(2031, 7, 8), """Gaza : le comité de gestion de l'après-guerre tient sa première réunion au Caire

LE CAIRE (Agence) - Le comité technocratique chargé d'administrer la bande de Gaza a tenu lundi sa première réunion au Caire, en présence de représentants égyptiens, qatariens et de l'Autorité palestinienne.

Les membres ont discuté de la réouverture des écoles et de la remise en état du réseau d'eau. Le Hamas a dit ne pas s'opposer aux travaux du comité.

Le cessez-le-feu reste fragile, chaque camp accusant l'autre de violations.""", []),

    ("fr10_syrie_elections", date(2031, 7, 22), """Syrie : le président fixe la date des élections législatives

DAMAS (Agence) - Le président syrien a signé lundi un décret fixant au mois d'octobre les premières élections législatives depuis la chute de l'ancien régime.

L'opposition kurde réclame que les régions du nord-est puissent voter. Les violences confessionnelles de l'an dernier sur la côte restent dans toutes les mémoires.

Un comité doit publier les listes électorales d'ici à septembre.""", []),

    ("fr10_guinee_campagne", date(2031, 8, 5), """Guinée : la campagne présidentielle s'ouvre sous haute surveillance

CONAKRY (Agence) - La campagne pour l'élection présidentielle s'est ouverte lundi en Guinée, avec des milliers de policiers et de gendarmes déployés dans la capitale et les principales villes de l'intérieur.

Les principaux partis d'opposition, dissous l'an dernier, ne présentent pas de candidat. Leurs dirigeants appellent au boycott du scrutin.

Le vote est prévu dans trois semaines.""", []),

    ("fr10_senegal_foot", date(2031, 8, 19), """Football : le Sénégal écrase la Mauritanie et file en phase finale

DAKAR (Agence) - Les Lions de la Teranga ont écrasé lundi la Mauritanie 4-0 au stade Abdoulaye-Wade de Diamniadio et se qualifient pour la phase finale de la Coupe d'Afrique.

Les Mauritaniens, réduits à dix dès la demi-heure, ont été balayés par une équipe sénégalaise sans pitié en seconde période.

Le sélectionneur a salué « une démonstration de force » de ses joueurs.""", []),

    ("fr10_togo_dialogue", date(2031, 9, 2), """Togo : le gouvernement et l'opposition relancent le dialogue politique

LOMÉ (Agence) - Le gouvernement togolais et une coalition de partis d'opposition ont repris lundi à Lomé un dialogue interrompu depuis deux ans, sur la réforme du code électoral.

Les manifestations de l'an dernier contre la nouvelle Constitution, durement réprimées, ont été évoquées par plusieurs intervenants.

Les participants se retrouveront la semaine prochaine.""", []),

    ("fr10_benin_dette", date(2031, 9, 16), """Bénin : le FMI approuve une nouvelle tranche de son programme

COTONOU (Agence) - Le conseil d'administration du FMI a approuvé lundi le décaissement d'une nouvelle tranche de 120 millions de dollars en faveur du Bénin, saluant la progression des réformes fiscales.

Le gouvernement a rappelé que les dépenses de sécurité avaient fortement augmenté depuis les attaques jihadistes dans le nord du pays.

Le programme prend fin l'an prochain.""", []),

    ("fr10_cote_ivoire_resultats", date(2031, 9, 30), """Côte d'Ivoire : la Cour constitutionnelle valide les résultats des législatives

ABIDJAN (Agence) - La Cour constitutionnelle a validé lundi les résultats définitifs des élections législatives, qui donnent une large majorité au parti au pouvoir.

Elle a rejeté la plupart des recours de l'opposition, qui dénonçait des fraudes dans plusieurs circonscriptions de l'ouest.

Le scrutin s'était déroulé dans le calme, selon les observateurs.""", []),

    ("fr10_ethiopie_tigre", date(2031, 10, 14), """Éthiopie : tensions politiques au Tigré après le limogeage du président régional

ADDIS-ABEBA (Agence) - Le gouvernement fédéral éthiopien a nommé lundi un nouveau président de l'administration intérimaire du Tigré, après des mois de rivalités au sein du TPLF.

Les partisans de l'ancien dirigeant dénoncent une décision illégale. Des observateurs craignent une reprise des combats, deux ans après la fin de la guerre qui a fait des centaines de milliers de morts.

Le nouveau président doit prêter serment jeudi à Mekele.""", []),

    ("fr10_somalie_mission", date(2031, 10, 28), """Somalie : la mission de l'Union africaine réduit ses effectifs faute de fonds

MOGADISCIO (Agence) - La mission de l'Union africaine en Somalie va réduire ses effectifs de trois mille soldats d'ici à la fin de l'année, faute de financement, a annoncé lundi son commandant.

Les shebab tiennent encore de vastes zones rurales du centre et du sud du pays, selon un rapport des Nations unies.

Les États contributeurs de troupes réclament une contribution obligatoire des membres de l'ONU.""", []),

    ("fr10_nigeria_rapport", date(2031, 11, 11), """Nigeria : les enlèvements contre rançon ont coûté des millions, selon un rapport

LAGOS (Agence) - Les familles nigérianes ont versé des dizaines de millions de dollars de rançons au cours des douze derniers mois, selon un rapport publié lundi par un cabinet de conseil de Lagos.

Le nord-ouest du pays reste le plus touché, où des bandes armées attaquent régulièrement les villages et les routes.

Le gouvernement a annoncé la création d'une unité spéciale de lutte contre les enlèvements.""", []),

    ("fr10_mali_proces", date(2031, 11, 25), """Mali : le procès de l'ancien Premier ministre renvoyé à janvier

BAMAKO (Agence) - La Cour suprême malienne a renvoyé lundi au mois de janvier le procès de l'ancien Premier ministre poursuivi pour atteinte aux biens publics, à la demande de la défense.

L'ancien chef du gouvernement, détenu depuis six mois, n'a pas comparu. Ses avocats dénoncent un dossier politique.

L'audience a duré moins d'une heure.""", []),

    ("fr10_bourse_cacao", date(2031, 12, 9), """Marchés : le cacao dégringole, les producteurs ivoiriens inquiets

ABIDJAN (Agence) - Les cours du cacao ont plongé de 12 % lundi à Londres, emportés par des prévisions de récolte record en Afrique de l'Ouest.

Les analystes parlent d'une véritable déroute pour les spéculateurs qui avaient parié sur la hausse. Les coopératives craignent que le prix garanti aux planteurs soit revu à la baisse.

Le Conseil café-cacao se réunit vendredi.""", []),

    ("fr10_burkina_commemoration", date(2031, 12, 23), """Burkina : hommage aux soldats tombés à Djibo

OUAGADOUGOU (Agence) - Une cérémonie d'hommage aux soldats tombés lors de l'attaque du camp militaire de Djibo, il y a deux ans, s'est tenue lundi à Ouagadougou en présence du chef de l'État.

Les noms de plusieurs dizaines de militaires ont été lus devant les familles. Un monument doit être érigé dans la capitale.

Le chef de l'État a promis que « le sacrifice des héros ne sera pas vain ».""", []),

    ("fr10_rdc_campagne_deployes", date(2031, 1, 7), """RDC : campagne de vaccination contre le choléra dans l'Ituri

BUNIA (Agence) - Des centaines d'agents de santé déployés dans l'Ituri ont lancé lundi une campagne de vaccination contre le choléra, qui vise plus de cinq cent mille personnes dans les camps de déplacés.

Les équipes ne pourront pas accéder à certaines zones en raison de l'insécurité, où opèrent des miliciens de la Codeco et des rebelles ADF, selon le ministère de la Santé.

L'épidémie a déjà causé plus de deux cents décès depuis le début de l'année.""", []),

    ("fr10_niger_retour_refugies", date(2031, 1, 21), """Niger : retour de réfugiés nigérians dans l'État de Borno

DIFFA (Agence) - Plus de deux mille réfugiés nigérians installés depuis des années dans la région de Diffa ont regagné lundi l'État de Borno, dans le cadre d'un programme de rapatriement volontaire.

Ils avaient fui les violences de Boko Haram il y a près de dix ans. Les autorités de Borno promettent de les reloger dans des villages reconstruits.

Le HCR s'inquiète de la sécurité dans certaines zones de retour.""", []),
]

FRESH10_FR_ONE = [
    ("fr10_ev_niono_jnim", date(2031, 2, 4), """Mali : quatre soldats tués dans une attaque près de Niono

BAMAKO (Agence) - Quatre soldats maliens ont été tués lundi lors d'une attaque de combattants du JNIM contre un poste militaire près de Niono, dans la région de Ségou, selon une source sécuritaire.

Les assaillants ont été repoussés après plus d'une heure de combats, a précisé la même source.

Le centre du pays est le théâtre d'attaques régulières depuis des années.""",
     [ev(AC, ["JNIM", "Mali"], NIONO10, "lundi", 4)]),

    ("fr10_ev_djibo_civils", date(2031, 2, 18), """Burkina : des civils tués près de Djibo

OUAGADOUGOU (Agence) - Au moins dix civils ont été tués lundi par des hommes armés dans un hameau proche de Djibo, dans le nord du Burkina, ont rapporté des habitants joints par téléphone.

Les assaillants ont ouvert le feu sur des femmes qui puisaient de l'eau avant de s'enfuir, selon ces sources.

Les autorités n'ont pas commenté.""",
     [ev(ATT, ["Civilians"], DJIBO10, "lundi", 10)]),

    ("fr10_ev_tera_embuscade", date(2031, 3, 4), """Niger : sept militaires tués dans une embuscade près de Téra

NIAMEY (Agence) - Sept militaires nigériens ont été tués lundi dans une embuscade tendue par des combattants de l'État islamique au Sahel près de Téra, dans la région de Tillabéri, a annoncé le ministère de la Défense.

Les assaillants ont emporté des armes et deux véhicules, selon le communiqué.

Le ministère a annoncé des opérations de ratissage dans la zone.""",
     [ev(AC, ["Islamic State", "Niger"], TERA10, "lundi", 7)]),

    ("fr10_ev_beni_adf", date(2031, 3, 18), """RDC : douze civils tués par les ADF près de Beni

BENI (Agence) - Douze civils ont été tués lundi dans une attaque attribuée aux rebelles ADF dans un village situé au nord de Beni, dans la province du Nord-Kivu, a indiqué la société civile locale.

Les victimes ont été tuées à l'arme blanche dans leurs champs. Plusieurs maisons ont été incendiées.

L'armée a annoncé le lancement d'une traque des assaillants.""",
     [ev(ATT, ["ADF", "Civilians"], BENI10, "lundi", 12)]),

    ("fr10_ev_masisi_m23", date(2031, 4, 1), """RDC : combats entre le M23 et les wazalendo dans le Masisi

GOMA (Agence) - Des combats ont opposé lundi les rebelles du M23 à des miliciens wazalendo près de Masisi-centre, dans le Nord-Kivu, faisant au moins cinq morts parmi les combattants, selon des sources locales.

Les affrontements ont poussé des centaines d'habitants à fuir vers les collines voisines.

Les pourparlers de paix entre Kinshasa et les rebelles sont au point mort.""",
     [ev(AC, ["M23", "Wazalendo"], MASISI10, "lundi", 5)]),

    ("fr10_ev_mokolo_enlevement", date(2031, 4, 15), """Cameroun : six personnes enlevées par Boko Haram près de Mokolo

MAROUA (Agence) - Six personnes, dont deux enfants, ont été enlevées lundi par des combattants de Boko Haram dans un village proche de Mokolo, dans l'Extrême-Nord du Cameroun, a indiqué une autorité locale.

Les ravisseurs ont emmené leurs otages en direction de la frontière nigériane.

Une rançon a été exigée, selon des proches des victimes.""",
     [ev(ABD, ["Boko Haram", "Civilians"], MOKOLO10, "lundi")]),

    ("fr10_ev_paoua_attaque", date(2031, 4, 29), """Centrafrique : quatre villageois tués près de Paoua

BANGUI (Agence) - Quatre villageois ont été tués lundi par des hommes armés dans une localité proche de Paoua, dans le nord-ouest de la Centrafrique, selon une source humanitaire.

Les assaillants, présentés comme des membres du groupe 3R, ont également pillé des boutiques avant de se retirer.

Des milliers d'habitants de la zone vivent déjà dans des camps de déplacés.""",
     [ev(ATT, ["3R", "Civilians"], PAOUA10, "lundi", 4)]),

    ("fr10_ev_conakry_marche", date(2031, 5, 13), """Guinée : des manifestants dispersés à coups de gaz lacrymogènes à Conakry

CONAKRY (Agence) - Les forces de l'ordre ont dispersé lundi à coups de gaz lacrymogènes des centaines de manifestants qui réclamaient la libération de militants détenus, dans la banlieue de Conakry, selon des témoins.

Une dizaine de personnes ont été interpellées. Aucun blessé grave n'a été signalé.

Les manifestations sont interdites dans le pays depuis plusieurs années.""",
     [ev(PWI, ["Protesters", "Police"], CONAKRY, "lundi")]),

    ("fr10_ev_omdurman_obus", date(2031, 5, 27), """Soudan : des obus des FSR tuent neuf civils à Omdurman

PORT-SOUDAN (Agence) - Des obus tirés par les Forces de soutien rapide ont tué neuf civils lundi dans un marché d'Omdurman, ville jumelle de Khartoum, a annoncé le ministère de la Santé.

Une trentaine de blessés ont été transportés à l'hôpital. Les FSR n'ont pas commenté.

La guerre entre l'armée et les FSR dure depuis plusieurs années.""",
     [ev(SH, ["Rapid Support", "Civilians"], OMDURMAN, "lundi", 9)]),

    ("fr10_ev_kenscoff_gangs", date(2031, 6, 10), """Haïti : des gangs attaquent Kenscoff, au moins six morts

PORT-AU-PRINCE (Agence) - Des membres de la coalition de gangs Viv Ansanm ont attaqué lundi plusieurs quartiers de Kenscoff, sur les hauteurs de Port-au-Prince, tuant au moins six habitants, selon la mairie.

Des dizaines de maisons ont été incendiées et des centaines de familles ont fui vers la capitale.

La police a annoncé l'envoi de renforts.""",
     [ev(ATT, ["Viv Ansanm", "Civilians"], KENSCOFF10, "lundi", 6)]),

    ("fr10_ev_macomia_insurges", date(2031, 6, 24), """Mozambique : attaque jihadiste près de Macomia

MAPUTO (Agence) - Des insurgés se réclamant de l'État islamique ont attaqué lundi un village proche de Macomia, dans la province de Cabo Delgado, tuant trois civils, ont rapporté des habitants.

Les assaillants ont incendié des habitations et emporté des vivres avant de fuir vers la forêt.

Le projet gazier de la province a repris l'an dernier.""",
     [ev(ATT, ["Islamic State", "Civilians"], MACOMIA, "lundi", 3)]),

    ("fr10_ev_nabatieh_drone", date(2031, 7, 8), """Liban : une frappe de drone israélienne tue deux hommes près de Nabatieh

BEYROUTH (Agence) - Une frappe de drone israélienne a visé lundi une voiture près de Nabatieh, dans le sud du Liban, tuant deux hommes, a annoncé le ministère de la Santé.

L'armée israélienne a affirmé avoir visé des membres du Hezbollah. Le cessez-le-feu conclu en 2024 est régulièrement violé, selon Beyrouth.

Le président libanais a dénoncé une « agression ».""",
     [ev(AIR, ["Israel"], NABATIEH10, "lundi", 2)]),

    ("fr10_ev_zaporijjia_missiles", date(2031, 7, 22), """Ukraine : des missiles russes frappent Zaporijjia, cinq morts

KIEV (Agence) - Des missiles russes ont frappé lundi des immeubles d'habitation à Zaporijjia, dans le sud de l'Ukraine, tuant cinq personnes, a annoncé le gouverneur régional.

Une vingtaine de blessés ont été hospitalisés. Les secours cherchaient encore des survivants dans les décombres dans la soirée.

Kiev a appelé ses alliés à lui livrer davantage de systèmes de défense antiaérienne.""",
     [ev(SH, ["Russia", "Civilians"], ZAPORIJJIA10, "lundi", 5)]),

    ("fr10_ev_lome_etudiants", date(2031, 8, 5), """Togo : des étudiants dispersés par la police à Lomé

LOMÉ (Agence) - La police a dispersé lundi à coups de gaz lacrymogènes des étudiants de l'université de Lomé qui protestaient contre la hausse des frais d'inscription, selon des témoins.

Plusieurs étudiants ont été interpellés. Le ministre de l'Enseignement supérieur a appelé au calme.

Un syndicat étudiant a appelé à une nouvelle manifestation jeudi.""",
     [ev(PWI, ["Protesters", "Police"], LOME10, "lundi")]),
]

FRESH10_EN_NONE = [
    ("en10_oil_low", date(2031, 1, 7), """Oil slides to three-year low as supply glut deepens

LONDON (Wire) - Brent crude fell to a three-year low on Monday as rising output from producers outside OPEC+ outweighed concerns over supply disruptions in the Middle East.

Analysts said prices could slip further in the coming weeks. Shares of oil majors dropped sharply in early trading.

Nigeria and Angola, which rely on crude for most of their export earnings, face widening budget gaps.""", []),

    ("en10_football_rout", date(2031, 2, 4), """Nigeria crush Ghana 4-1 to reach final

LAGOS (Wire) - Nigeria's Super Eagles thrashed Ghana on Monday, scoring three goals in the second half to set up a final against Morocco.

The Black Stars were torn apart by Nigeria's forwards after the break, and their coach admitted his side had been outplayed.

The final will be played in Rabat on Saturday.""", []),

    ("en10_debt_deal", date(2031, 3, 4), """Ethiopia's debt restructuring advances after creditor deal

ADDIS ABABA (Wire) - Ethiopia reached an agreement in principle with its official creditors on Monday to restructure about $8 billion of debt, the finance ministry said.

The deal clears the way for the next disbursement of an IMF loan. Talks with private bondholders are still under way.

The government has been squeezed by the cost of conflicts in the Amhara and Oromia regions.""", []),

    ("en10_border_talks_ago", date(2031, 4, 1), """Sudan and South Sudan agree to reopen border crossings

JUBA (Wire) - Sudan and South Sudan agreed on Monday to reopen two border crossings closed since deadly clashes near the frontier several months ago, officials said.

The deal was reached at a meeting of a joint committee in Juba. Traders welcomed the decision, saying fuel and food prices had soared.

The crossings are expected to reopen next week.""", []),

    ("en10_curfew_lamu", date(2031, 5, 13), """Kenya extends dusk-to-dawn curfew in parts of Lamu

NAIROBI (Wire) - Kenya's interior ministry on Monday extended by 60 days a dusk-to-dawn curfew in parts of Lamu county, citing the continued threat from Al Shabaab militants.

The curfew covers several villages near the Boni forest, where security forces remain deployed.

Residents say the restrictions have hurt fishing and farming.""", []),

    ("en10_dr_congo_minerals", date(2031, 6, 10), """U.S. and Congo sign minerals partnership

WASHINGTON (Wire) - The United States and the Democratic Republic of Congo signed a partnership on Monday giving American firms priority access to cobalt, copper and lithium projects, the State Department said.

Congolese officials hope the deal will bring investment and security support to the country's east, where M23 rebels still hold large areas.

Rights groups urged transparency over the terms.""", []),

    ("en10_haiti_force_headline", date(2031, 7, 8), """New force to fight Haiti's gangs wins U.N. backing

UNITED NATIONS (Wire) - The U.N. Security Council on Monday approved a new international force to fight Haiti's armed gangs, replacing a Kenyan-led mission that struggled to restore order.

The force is expected to number about 5,500 police and soldiers. Diplomats said funding remained uncertain.

Gangs control most of the capital, Port-au-Prince, according to U.N. estimates.""", []),

    ("en10_mozambique_election", date(2031, 8, 5), """Mozambique's opposition leader says he will return to run for president

MAPUTO (Wire) - Mozambique's main opposition figure said on Monday he would return from exile to contest next year's presidential election.

His supporters staged weeks of protests after the last election, in which scores of people were killed by security forces.

The ruling party dismissed his announcement.""", []),

    ("en10_somalia_statement", date(2031, 9, 2), """Somali president vows to defeat Al Shabaab within a year

MOGADISHU (Wire) - Somalia's president vowed on Monday to drive Al Shabaab out of its remaining strongholds within a year, in a speech to parliament.

He said government forces and clan militias had retaken dozens of towns since the start of the offensive. Analysts say the militants still control much of the countryside.

Lawmakers approved an increase in the defence budget.""", []),

    ("en10_pakistan_talks", date(2031, 10, 14), """Pakistan and Afghanistan hold talks on border security

ISLAMABAD (Wire) - Pakistani and Afghan officials met in Doha on Monday for talks on border security, weeks after the two sides exchanged fire along their frontier.

Pakistan wants Kabul to act against militants it says use Afghan soil to plan attacks. The Taliban government denies sheltering them.

No statement was issued after the meeting.""", []),

    ("en10_myanmar_election", date(2031, 11, 11), """Myanmar junta sets date for second phase of elections

BANGKOK (Wire) - Myanmar's military government said on Monday it would hold a second phase of voting in December in townships where polling was postponed because of fighting.

Resistance groups have called the elections a sham. Fighting continues in large parts of the country.

Several Western governments have said they will not recognise the results.""", []),

    ("en10_nigeria_claim", date(2031, 12, 9), """Nigeria's army says it killed 40 militants in air raids this month

ABUJA (Wire) - Nigeria's military said on Monday that air raids over the past weeks had killed about 40 militants in the northeast, including several commanders.

A defence spokesman said operations would continue until the insurgents were defeated.

The claims could not be independently verified.""", []),
]

FRESH10_EN_ONE = [
    ("en10_ev_tsafe_abduction", date(2031, 1, 21), """Gunmen abduct 25 villagers in Nigeria's Zamfara state

KANO (Wire) - Gunmen abducted 25 villagers, most of them women, near Tsafe in Nigeria's Zamfara state on Monday, police said.

The attackers arrived on motorcycles and fired into the air before rounding up their victims, residents said.

Police said officers had been deployed to rescue the captives.""",
     [ev(ABD, ["Civilians"], TSAFE10, 1)]),

    ("en10_ev_baidoa_clash", date(2031, 3, 18), """Al Shabaab attacks army base near Baidoa

MOGADISHU (Wire) - Al Shabaab fighters attacked a Somali army base near Baidoa on Monday, killing four soldiers in a gunbattle that lasted several hours, a local official said.

The army said it had repelled the assault. Al Shabaab said its fighters had overrun the base.

Baidoa is the administrative capital of South West State.""",
     [ev(AC, ["Shabaab", "Somalia"], BAIDOA10, 1, 4)]),

    ("en10_ev_dikhan_checkpost", date(2031, 5, 27), """Militants attack police checkpoint in Pakistan's Dera Ismail Khan

PESHAWAR (Wire) - Militants attacked a police checkpoint in Dera Ismail Khan on Monday, killing two policemen in a gunfight that lasted several hours, police said.

The Pakistani Taliban claimed responsibility for the attack.

Attacks on security forces have increased in the province.""",
     [ev(AC, ["Tehrik-i-Taliban", "Police"], DERA_ISMAIL_KHAN10, 1, 2)]),

    ("en10_ev_monywa_airstrike", date(2031, 7, 22), """Myanmar air strike kills seven near Monywa

BANGKOK (Wire) - A Myanmar military air strike killed seven people in a village near Monywa in the Sagaing region on Monday, a local resistance group said.

The strike hit a monastery where displaced families were sheltering, residents said. The junta did not respond to requests for comment.

The region has seen heavy fighting since the 2021 coup.""",
     [ev(AIR, ["Myanmar", "Civilians"], MONYWA10, 1, 7)]),

    ("en10_ev_khan_younis_strike", date(2031, 9, 16), """Israeli strike kills three in Khan Younis, medics say

CAIRO (Wire) - An Israeli air strike killed three Palestinians in Khan Younis in southern Gaza on Monday, medics said.

The Israeli military said it had targeted militants who approached its troops. Hamas said the strike violated the truce.

Ceasefire talks are due to resume in Cairo.""",
     [ev(AIR, ["Israel"], KHAN_YOUNIS10, 1, 3)]),

    ("en10_ev_kisumu_teargas", date(2031, 11, 25), """Kenyan police fire tear gas at protesters in Kisumu

NAIROBI (Wire) - Kenyan police fired tear gas on Monday at hundreds of people protesting in Kisumu against rising fuel prices, witnesses said.

Several people were arrested. The protesters blocked roads with burning tyres before police dispersed them.

Opposition leaders have called for more protests next week.""",
     [ev(PWI, ["Protesters", "Police"], KISUMU10, 1)]),
]

FRESH10 = [(a, "fr") for a in FRESH10_FR_NONE + FRESH10_FR_ONE] + [(a, "en") for a in FRESH10_EN_NONE + FRESH10_EN_ONE]

# FRESH11: the forty-eighth session's held-out group (60 articles, 42 French, 40 with no event), written before any
# rule of that session and run on 5e7b1ab1; its failures print only when it is named (``--set fresh11``).
BANDIAGARA11, KAYA11, OUALLAM11, BUTEMBO11, RUTSHURU11, BOSSANGOA11 = ((14.35, -3.61), (13.09, -1.08), (14.32, 2.09),
                                                                      (0.14, 29.29), (-1.19, 29.45), (6.49, 17.45))
BOL11, EL_OBEID11, CROIX_DES_BOUQUETS11, MOCIMBOA11, TYR11, DNIPRO11 = ((13.46, 14.72), (13.18, 30.22),
                                                                       (18.58, -72.23), (-11.35, 40.35),
                                                                       (33.27, 35.20), (48.46, 35.05))
ABIDJAN11, KAURA_NAMODA11, AFGOYE11, BANNU11, SHWEBO11, DEIR_AL_BALAH11, NAKURU11 = (
    (5.35, -4.01), (12.59, 6.59), (2.14, 45.12), (32.99, 70.60), (22.57, 95.70), (31.42, 34.35), (-0.30, 36.07))

FRESH11_FR_NONE = [
    ("fr11_mali_code_minier", date(2032, 1, 6), """Mali : un décret durcit les règles de l'orpaillage artisanal

BAMAKO (Agence) - Le conseil des ministres a adopté lundi un décret qui soumet les sites d'orpaillage artisanal à une autorisation préfectorale renouvelable chaque année.

Selon le gouvernement, une partie de ces sites échappe à tout contrôle de l'État et sert à financer les groupes armés qui circulent dans le centre et le sud-ouest du pays.

Les associations d'orpailleurs dénoncent une mesure qui menace des dizaines de milliers d'emplois.""", []),

    ("fr11_burkina_mobilisation", date(2032, 1, 20), """Burkina : la mobilisation générale prolongée d'un an

OUAGADOUGOU (Agence) - Le gouvernement de transition a prorogé lundi pour douze mois le décret de mobilisation générale, qui permet de réquisitionner personnes et biens pour les besoins de la lutte contre le terrorisme.

Le texte facilite aussi le recrutement de volontaires pour la défense de la patrie, engagés aux côtés de l'armée dans la plupart des provinces.

Des organisations de la société civile reprochent aux autorités de s'en servir pour enrôler des voix critiques.""", []),

    ("fr11_niger_proces_ministres", date(2032, 2, 10), """Niger : le procès d'anciens ministres renvoyé au mois prochain

NIAMEY (Agence) - La Cour d'État a renvoyé lundi au 10 mars le procès de quatre anciens ministres du gouvernement renversé en juillet 2023, poursuivis pour détournement de deniers publics.

Les avocats de la défense avaient demandé un délai pour prendre connaissance de nouvelles pièces versées au dossier.

Les prévenus sont détenus depuis bientôt trois ans.""", []),

    ("fr11_rdc_foot_leopards", date(2032, 2, 24), """Football : les Léopards exécutent les Étalons et filent en demi-finale

KINSHASA (Agence) - Les Léopards de la RDC ont exécuté le Burkina Faso (3-0) lundi soir, au terme d'un match à sens unique disputé devant un stade comble.

Les attaquants congolais ont massacré la défense burkinabè dès la première période, avant d'achever leur adversaire sur un coup franc à l'heure de jeu.

Les joueurs de Kinshasa affronteront le vainqueur de la rencontre entre le Maroc et l'Égypte.""", []),

    ("fr11_rdc_cobalt_partenariat", date(2032, 3, 9), """RDC : Kinshasa et Washington concluent un partenariat sur le cobalt

KINSHASA (Agence) - Le gouvernement congolais et un consortium américain ont signé lundi à Kinshasa un protocole d'accord portant sur l'exploitation et le raffinage du cobalt et du cuivre du Katanga.

Le texte prévoit la construction d'une raffinerie à Kolwezi et la réhabilitation d'un corridor ferroviaire vers la côte angolaise.

L'opposition réclame la publication intégrale du contrat.""", []),

    ("fr11_rdc_doha_prisonniers", date(2032, 3, 23), """RDC : à Doha, les discussions sur les libérations de prisonniers piétinent

KINSHASA (Agence) - Les délégations du gouvernement congolais et de l'AFC/M23 n'ont pas réussi lundi à s'entendre sur les listes de prisonniers à libérer, au terme d'une nouvelle semaine de discussions à Doha.

La médiation qatarie a proposé un échange par étapes, sous la supervision du Comité international de la Croix-Rouge, que Kinshasa juge prématuré.

Les combats se poursuivent dans les territoires de Masisi et de Walikale, selon des sources locales.""", []),

    ("fr11_cameroun_rentree", date(2032, 4, 6), """Cameroun : une rentrée scolaire sous tension dans le Nord-Ouest

BAMENDA (Agence) - Les écoles du Nord-Ouest ont rouvert lundi leurs portes, mais de nombreuses salles de classe sont restées vides dans les arrondissements ruraux, selon des enseignants.

Les séparatistes anglophones imposent régulièrement des journées « villes mortes » et menacent les parents qui envoient leurs enfants à l'école.

Le gouverneur a promis de renforcer la présence des forces de défense autour des établissements.""", []),

    ("fr11_centrafrique_minusca", date(2032, 4, 20), """Centrafrique : le mandat de la Minusca renouvelé pour un an

BANGUI (Agence) - Le Conseil de sécurité de l'ONU a renouvelé lundi pour un an le mandat de la Minusca, en réduisant de cinq cents hommes son plafond de troupes.

Le gouvernement centrafricain souhaitait un retrait plus rapide des casques bleus, qu'il accuse de passivité face aux groupes armés actifs dans le nord-ouest.

Les élections locales doivent se tenir en décembre.""", []),

    ("fr11_tchad_premier_ministre", date(2032, 5, 11), """Tchad : un nouveau Premier ministre nommé

N'DJAMENA (Agence) - Le président tchadien a nommé lundi un nouveau Premier ministre, un ancien ministre des Finances chargé de former un gouvernement « resserré » dans les prochains jours.

Son prédécesseur avait été critiqué pour la gestion des inondations de l'an dernier et la hausse du prix du carburant.

L'opposition, qui boycotte les institutions, n'a pas réagi.""", []),

    ("fr11_soudan_conference_geneve", date(2032, 5, 25), """Soudan : les donateurs réunis à Genève promettent une aide insuffisante

GENÈVE (Agence) - Les pays donateurs réunis lundi à Genève ont promis près d'un milliard de dollars pour le Soudan, moins de la moitié des besoins estimés par les Nations unies.

La guerre qui oppose depuis avril 2023 l'armée aux Forces de soutien rapide a fait des dizaines de milliers de morts et chassé plus de douze millions de personnes de leurs foyers.

Les agences humanitaires réclament l'ouverture de nouveaux points de passage vers le Darfour.""", []),

    ("fr11_soudan_cholera", date(2032, 6, 8), """Soudan : le choléra se propage dans les camps du Darfour

KHARTOUM (Agence) - Plus de deux mille cas de choléra ont été recensés en deux semaines dans les camps de déplacés du Darfour, a indiqué lundi Médecins sans frontières.

L'organisation a déployé des équipes supplémentaires et installé des centres de traitement près de Tawila, où ont afflué des familles chassées par les combats.

Le manque d'eau potable aggrave la situation, selon l'ONG.""", []),

    ("fr11_haiti_conseil", date(2032, 6, 22), """Haïti : la présidence du conseil de transition change de mains

PORT-AU-PRINCE (Agence) - Un nouveau coordonnateur a pris lundi la présidence tournante du Conseil présidentiel de transition, lors d'une cérémonie organisée à la Villa d'Accueil.

Il a promis de rétablir la sécurité avant les élections, alors que les gangs contrôlent l'essentiel de la capitale et des routes qui la relient au reste du pays.

Aucune date n'a été fixée pour le scrutin.""", []),

    ("fr11_haiti_financement_force", date(2032, 7, 6), """Haïti : l'ONU approuve le financement de la force contre les gangs

NEW YORK (Agence) - L'Assemblée générale des Nations unies a approuvé lundi un budget de 800 millions de dollars pour la force chargée de réprimer les gangs en Haïti, dont les premiers contingents doivent arriver à l'automne.

Plusieurs pays africains et caribéens ont promis des troupes, sans préciser leurs effectifs.

La mission kényane, qui l'a précédée, avait manqué de moyens.""", []),

    ("fr11_senegal_fmi_dette", date(2032, 7, 20), """Sénégal : reprise des discussions avec le FMI sur la dette cachée

DAKAR (Agence) - Une mission du Fonds monétaire international est arrivée lundi à Dakar pour reprendre les discussions sur un nouveau programme, suspendues depuis la révélation d'une dette non déclarée.

Le ministre des Finances s'est dit confiant dans la conclusion d'un accord d'ici décembre.

Les syndicats craignent de nouvelles mesures d'austérité.""", []),

    ("fr11_guinee_legislatives", date(2032, 8, 10), """Guinée : les législatives fixées au mois de décembre

CONAKRY (Agence) - Un décret lu lundi soir à la télévision publique a fixé au 14 décembre les élections législatives, les premières depuis la prise du pouvoir par l'armée.

L'opposition réclame la libération de ses militants et le retour des partis dissous, en rappelant la répression des manifestations de 2022 dans l'axe Hamdallaye-Bambéto.

La campagne doit s'ouvrir à la mi-novembre.""", []),

    ("fr11_togo_municipales", date(2032, 8, 24), """Togo : le parti au pouvoir remporte les municipales

LOMÉ (Agence) - Le parti au pouvoir a remporté plus des trois quarts des sièges de conseillers municipaux, selon les résultats provisoires proclamés lundi par la commission électorale.

L'opposition dénonce des fraudes et annonce des recours devant la Cour suprême.

Le taux de participation ne dépasse pas 40 %.""", []),

    ("fr11_benin_budget_defense", date(2032, 9, 7), """Bénin : le budget de la défense en forte hausse

COTONOU (Agence) - Le gouvernement a présenté lundi à l'Assemblée nationale un projet de loi de finances qui augmente de 30 % les crédits de la défense, pour financer le recrutement de cinq mille soldats.

Le nord du pays est confronté depuis plusieurs années aux incursions de groupes jihadistes venus du Burkina et du Niger voisins.

Le texte doit être voté en décembre.""", []),

    ("fr11_civ_cacao_flambee", date(2032, 9, 21), """Côte d'Ivoire : le cacao s'envole, les planteurs attendent leur part

ABIDJAN (Agence) - Les cours du cacao ont bondi lundi de 8 % à Londres, pulvérisant leur record historique, sur fond de craintes pour la récolte ouest-africaine.

Les planteurs ivoiriens réclament une hausse du prix garanti, que le gouvernement doit annoncer au début de la campagne.

Les exportateurs se livrent une bataille acharnée pour sécuriser les fèves.""", []),

    ("fr11_liban_reconstruction", date(2032, 10, 12), """Liban : la Banque mondiale chiffre la reconstruction du Sud

BEYROUTH (Agence) - La reconstruction des localités du Sud-Liban coûtera près de onze milliards de dollars, selon un rapport de la Banque mondiale présenté lundi à Beyrouth.

Des milliers de maisons ont été détruites pendant la guerre entre Israël et le Hezbollah, et de nombreux habitants n'ont toujours pas pu rentrer chez eux.

Le gouvernement espère réunir des donateurs au printemps.""", []),

    ("fr11_ukraine_energie_paris", date(2032, 10, 26), """Ukraine : une conférence à Paris pour réparer le réseau électrique

PARIS (Agence) - Une trentaine de pays réunis lundi à Paris ont promis des transformateurs, des générateurs et des fonds pour réparer le réseau électrique ukrainien avant l'hiver.

Les frappes russes répétées contre les centrales et les sous-stations ont privé des millions d'Ukrainiens de courant pendant des heures chaque jour l'hiver dernier.

Kiev réclame aussi des systèmes de défense aérienne supplémentaires.""", []),

    ("fr11_gaza_caire_phase", date(2032, 11, 9), """Gaza : au Caire, les négociations sur la deuxième phase de la trêve marquent le pas

LE CAIRE (Agence) - Les médiateurs égyptiens et qataris ont poursuivi lundi au Caire leurs discussions sur la deuxième phase de la trêve à Gaza, qui prévoit de nouvelles libérations d'otages et de prisonniers.

Les deux parties restent divisées sur le retrait des troupes israéliennes et sur l'avenir de la gouvernance de l'enclave.

Une nouvelle séance est prévue la semaine prochaine.""", []),

    ("fr11_syrie_integration", date(2032, 11, 23), """Syrie : les discussions sur l'intégration des forces kurdes se poursuivent

DAMAS (Agence) - Des responsables du gouvernement syrien et des Forces démocratiques syriennes se sont de nouveau réunis lundi à Damas pour discuter de l'intégration des combattants kurdes dans l'armée nationale.

Aucun calendrier n'a été arrêté, selon un communiqué de la présidence. Les deux camps divergent sur le sort des institutions civiles du nord-est.

Washington pousse les deux parties à conclure d'ici décembre.""", []),

    ("fr11_mozambique_gaz_reprise", date(2032, 12, 7), """Mozambique : TotalEnergies lève la force majeure sur son projet gazier

MAPUTO (Agence) - TotalEnergies a annoncé lundi la levée de la force majeure qui pesait sur son projet de gaz naturel liquéfié au Cabo Delgado, suspendu depuis 2021.

Le groupe estime que la sécurité s'est améliorée autour du site d'Afungi, où des troupes rwandaises sont déployées aux côtés de l'armée mozambicaine.

Des insurgés restent actifs dans plusieurs districts de la province, selon des chercheurs.""", []),

    ("fr11_somalie_modele_electoral", date(2032, 1, 20), """Somalie : le Puntland rejette le modèle électoral de Mogadiscio

MOGADISCIO (Agence) - Les autorités du Puntland ont rejeté lundi le projet de suffrage universel direct adopté par le Parlement fédéral, qu'elles jugent contraire à la Constitution provisoire.

Le Jubaland avait déjà suspendu sa coopération avec le gouvernement fédéral l'an dernier.

Les partenaires internationaux appellent au dialogue avant les élections prévues l'an prochain.""", []),

    ("fr11_nigeria_gouverneur_budget", date(2032, 2, 24), """Nigeria : le gouverneur de Borno présente un budget de sécurité

MAIDUGURI (Agence) - Le gouverneur de l'État de Borno a présenté lundi à l'Assemblée de l'État un budget qui consacre près d'un quart des dépenses à la sécurité et à la réinstallation des déplacés.

L'armée combat depuis plus de quinze ans les jihadistes de Boko Haram et de l'État islamique en Afrique de l'Ouest dans la région.

Le gouverneur veut fermer les derniers camps de déplacés d'ici deux ans.""", []),

    ("fr11_ethiopie_barrage", date(2032, 3, 23), """Éthiopie : l'Égypte proteste contre le remplissage du barrage

ADDIS-ABEBA (Agence) - L'Égypte a adressé lundi une lettre au Conseil de sécurité pour protester contre une nouvelle phase de remplissage du Grand barrage de la Renaissance, qu'elle juge contraire au droit international.

Addis-Abeba affirme que l'ouvrage ne nuit pas aux pays en aval et appelle à reprendre les négociations.

Le Soudan n'a pas réagi.""", []),

    ("fr11_mali_deuil_retour", date(2032, 4, 20), """Mali : retour des réfugiés de Mauritanie, sous escorte

BAMAKO (Agence) - Un premier convoi de quatre cents réfugiés maliens venus de Mbera, en Mauritanie, est arrivé lundi à Nara, escorté par l'armée, a annoncé le Haut-Commissariat des Nations unies pour les réfugiés.

Ces familles avaient fui les violences qui ont frappé la région au cours des dernières années.

D'autres convois doivent suivre d'ici la fin de la saison sèche.""", []),

    ("fr11_burkina_fespaco", date(2032, 5, 11), """Burkina : le Fespaco s'ouvre sous haute sécurité

OUAGADOUGOU (Agence) - La biennale du cinéma africain s'est ouverte lundi soir à Ouagadougou en présence du chef de l'État, sous un important dispositif de sécurité.

Une centaine de films sont en compétition. Plusieurs réalisateurs étrangers ont renoncé au déplacement en raison de l'insécurité qui frappe une grande partie du pays.

Le palmarès sera proclamé samedi.""", []),
]

FRESH11_FR_ONE = [
    ("fr11_ev_bandiagara_jnim", date(2032, 1, 20), """Mali : trois soldats tués lors de l'assaut d'un poste près de Bandiagara

BAMAKO (Agence) - Trois soldats maliens ont été tués lundi lorsque des combattants du JNIM ont attaqué un poste de l'armée près de Bandiagara, dans le centre du pays, a indiqué une source militaire.

Les militaires ont riposté et les assaillants se sont repliés vers la brousse, selon cette source.

La région est privée de foires hebdomadaires depuis le début de l'année.""",
     [ev(AC, ["JNIM", "Mali"], BANDIAGARA11, "lundi", 3)]),

    ("fr11_ev_kaya_civils", date(2032, 2, 10), """Burkina : des villageois tués près de Kaya

OUAGADOUGOU (Agence) - Au moins huit villageois ont été tués lundi par des hommes armés non identifiés dans un hameau situé à une vingtaine de kilomètres de Kaya, dans le Centre-Nord, selon des habitants.

Les assaillants, arrivés à moto, ont tiré sur des hommes qui travaillaient dans un jardin maraîcher.

Des milliers de déplacés vivent à Kaya depuis plusieurs années.""",
     [ev(ATT, ["Civilians"], KAYA11, "lundi", 8)]),

    ("fr11_ev_ouallam_embuscade", date(2032, 3, 9), """Niger : une patrouille prise en embuscade près de Ouallam

NIAMEY (Agence) - Cinq militaires nigériens ont été tués lundi dans une embuscade tendue par des combattants de l'État islamique au Sahel près de Ouallam, dans la région de Tillabéri, a indiqué le ministère de la Défense.

Une quinzaine d'assaillants ont été « neutralisés » lors de la riposte, selon le communiqué.

Le ministère n'a pas précisé le nombre de blessés.""",
     [ev(AC, ["Islamic State", "Niger"], OUALLAM11, "lundi", 20)]),

    ("fr11_ev_butembo_adf", date(2032, 4, 6), """RDC : des civils tués par les ADF près de Butembo

BUTEMBO (Agence) - Neuf civils ont été tués lundi lors d'une incursion des rebelles ADF dans un village situé à l'ouest de Butembo, dans le Nord-Kivu, a annoncé l'administrateur du territoire.

Les assaillants ont également enlevé plusieurs personnes et pillé des boutiques avant de se retirer.

L'armée a lancé des recherches dans la forêt voisine.""",
     [ev(ATT, ["ADF", "Civilians"], BUTEMBO11, "lundi", 9)]),

    ("fr11_ev_rutshuru_m23", date(2032, 5, 11), """RDC : combats entre le M23 et des Wazalendo près de Rutshuru

GOMA (Agence) - Des combats ont opposé lundi les combattants de l'AFC/M23 à des miliciens wazalendo dans plusieurs villages proches de Rutshuru, dans le Nord-Kivu, d'après des notables.

Au moins six combattants ont été tués, selon un notable de la zone. Des centaines de familles ont fui vers les localités voisines.

Les deux camps s'accusent mutuellement d'avoir déclenché les hostilités.""",
     [ev(AC, ["M23", "Wazalendo"], RUTSHURU11, "lundi", 6)]),

    ("fr11_ev_mora_boko_haram", date(2032, 6, 8), """Cameroun : des militaires tués par Boko Haram près de Mora

YAOUNDÉ (Agence) - Deux militaires camerounais ont été tués lundi lors d'une attaque de combattants de Boko Haram contre un poste avancé près de Mora, dans l'Extrême-Nord, a appris l'Agence de sources sécuritaires.

Les assaillants ont été repoussés après un échange de tirs, selon ces sources.

Le gouverneur de la région a annoncé la fermeture temporaire de deux marchés frontaliers.""",
     [ev(AC, ["Boko Haram", "Cameroon"], MORA, "lundi", 2)]),

    ("fr11_ev_bossangoa_civils", date(2032, 7, 6), """Centrafrique : des éleveurs tués près de Bossangoa

BANGUI (Agence) - Quatre éleveurs peuls ont été tués lundi par des miliciens anti-balaka près de Bossangoa, dans la préfecture de l'Ouham, selon une source de la Minusca.

Les assaillants ont emporté une partie du bétail, a précisé cette source.

La préfecture connaît un regain de tensions entre agriculteurs et éleveurs à l'approche de la transhumance.""",
     [ev(ATT, ["Anti-balaka", "Civilians"], BOSSANGOA11, "lundi", 4)]),  # unsure: actor name

    ("fr11_ev_bol_boko_haram", date(2032, 8, 10), """Tchad : une position de l'armée attaquée près de Bol

N'DJAMENA (Agence) - Des combattants de Boko Haram ont attaqué lundi une position de l'armée tchadienne sur une île du lac Tchad, près de Bol, tuant quatre soldats, a indiqué l'état-major.

L'armée affirme avoir tué une dizaine d'assaillants lors de la riposte.

Le président a convoqué un conseil de défense.""",
     [ev(AC, ["Boko Haram", "Chad"], BOL11, "lundi", 14)]),

    ("fr11_ev_el_obeid_fsr", date(2032, 9, 7), """Soudan : des obus des FSR s'abattent sur El-Obeid

KHARTOUM (Agence) - Des tirs d'artillerie des Forces de soutien rapide ont frappé lundi plusieurs quartiers d'El-Obeid, capitale du Kordofan-Nord, tuant sept civils, selon un comité de médecins.

Un marché et une école ont été touchés, selon la même source.

La ville est encerclée par les paramilitaires depuis plusieurs mois.""",
     [ev(SH, ["Rapid Support", "Civilians"], EL_OBEID11, "lundi", 7)]),

    ("fr11_ev_croix_des_bouquets", date(2032, 10, 12), """Haïti : des habitants tués dans une attaque de gangs à Croix-des-Bouquets

PORT-AU-PRINCE (Agence) - Des membres de la coalition de gangs Viv Ansanm ont tué lundi au moins cinq habitants lors d'une attaque contre un quartier de Croix-des-Bouquets, a indiqué la police.

Plusieurs maisons ont été incendiées et des dizaines de familles ont fui, selon des témoins.

La police a annoncé l'envoi de renforts.""",
     [ev(ATT, ["Viv Ansanm", "Civilians"], CROIX_DES_BOUQUETS11, "lundi", 5)]),

    ("fr11_ev_mocimboa_insurges", date(2032, 11, 9), """Mozambique : trois villageois décapités près de Mocímboa da Praia

MAPUTO (Agence) - Des insurgés liés à l'État islamique ont tué lundi trois villageois dans un hameau proche de Mocímboa da Praia, au Cabo Delgado, selon une source locale.

Les victimes ont été décapitées alors qu'elles coupaient du bois, a précisé cette source.

Des familles ont quitté la zone pour rejoindre le chef-lieu du district.""",
     [ev(ATT, ["Islamic State", "Civilians"], MOCIMBOA11, "lundi", 3)]),

    ("fr11_ev_tyr_drone", date(2032, 12, 7), """Liban : un mort dans une frappe de drone israélienne près de Tyr

BEYROUTH (Agence) - Une frappe de drone israélienne a visé lundi une voiture près de Tyr, dans le sud du Liban, tuant un homme, a indiqué le ministère libanais de la Santé.

L'armée israélienne a affirmé avoir visé un membre du Hezbollah.

Le cessez-le-feu en vigueur prévoit le retrait des combattants du mouvement au nord du Litani.""",
     [ev(AIR, ["Israel"], TYR11, "lundi", 1)]),

    ("fr11_ev_dnipro_missiles", date(2032, 3, 9), """Ukraine : des missiles russes frappent Dnipro

KIEV (Agence) - Des missiles russes ont frappé lundi un quartier résidentiel de Dnipro, dans le centre-est de l'Ukraine, tuant six personnes, a indiqué le gouverneur régional.

Un immeuble de neuf étages a été en partie détruit, selon les secours.

Le président ukrainien a de nouveau réclamé des systèmes de défense aérienne.""",
     [ev(SH, ["Russia", "Civilians"], DNIPRO11, "lundi", 6)]),

    ("fr11_ev_abidjan_marche", date(2032, 6, 22), """Côte d'Ivoire : des commerçants marchent à Abidjan contre la hausse des taxes

ABIDJAN (Agence) - Plusieurs centaines de commerçants ont défilé lundi dans le quartier d'Adjamé, à Abidjan, pour protester contre la hausse des taxes municipales, a constaté l'Agence.

La marche s'est déroulée dans le calme. Les manifestants ont remis une pétition au maire de la commune.

Le conseil municipal doit se réunir la semaine prochaine.""",
     [ev(PP, ["Protesters"], ABIDJAN11, "lundi")]),
]

FRESH11_EN_NONE = [
    ("en11_nigeria_budget_insurgents", date(2032, 1, 6), """Nigeria unveils record budget with big rise in security spending

ABUJA (Wire) - Nigeria's president presented a record 2033 budget to lawmakers on Monday, raising defence and police spending by a third.

The military is battling Islamist insurgents in the northeast and armed gangs that kidnap for ransom in the northwest, while separatist unrest persists in the southeast.

Lawmakers are expected to pass the bill by December.""", []),

    ("en11_gold_record", date(2032, 2, 10), """Gold smashes record as investors seek safety

LONDON (Wire) - Gold prices surged to a record high on Monday, blowing past $4,000 an ounce as investors fled riskier assets.

Mining shares in Ghana and Mali rallied, while the dollar was hammered against major currencies.

Analysts said the rally could run further if central banks keep buying.""", []),

    ("en11_cricket_demolish", date(2032, 3, 9), """Pakistan demolish Sri Lanka to seal series

KARACHI (Wire) - Pakistan's bowlers destroyed Sri Lanka's batting line-up on Monday, bowling them out for 98 to win the third one-day international by eight wickets and seal the series.

Sri Lanka's captain said his side had been crushed by pace and swing.

The teams meet again in a Twenty20 series next month.""", []),

    ("en11_sudan_talks_delayed", date(2032, 4, 6), """Sudan peace talks delayed again as mediators seek guarantees

CAIRO (Wire) - Talks between Sudan's army and the Rapid Support Forces that were due to open on Monday have been postponed again, mediators said, without giving a new date.

The war, now in its fourth year, has killed tens of thousands of people and displaced millions.

Aid groups have urged both sides to agree at least to a humanitarian truce.""", []),

    ("en11_congo_inks_cobalt", date(2032, 5, 11), """Congo inks cobalt refining deal with U.S. consortium

KINSHASA (Wire) - Democratic Republic of Congo signed a deal on Monday with a U.S.-backed consortium to build a cobalt refinery in the southern province of Lualaba, the mines ministry said.

The agreement is part of a broader push by Washington to secure critical minerals supplies.

Fighting between government forces and M23 rebels continues in the country's east, far from the mining belt.""", []),

    ("en11_tigray_leader", date(2032, 6, 8), """Ethiopia names new head of Tigray interim administration

ADDIS ABABA (Wire) - Ethiopia's prime minister appointed a new head of Tigray's interim administration on Monday, the fourth since a peace deal ended a two-year war in 2022.

The region's dominant party has split into rival factions, raising fears of renewed instability.

Many people displaced by the war have yet to return home.""", []),

    ("en11_kenya_protests_called", date(2032, 7, 6), """Kenyan opposition calls for nationwide protests over tax plan

NAIROBI (Wire) - Kenya's opposition called on Monday for nationwide protests next week against a proposed finance bill that would raise taxes on fuel and mobile money.

Protests against a similar bill two years ago turned deadly when police opened fire on crowds.

The government said it was open to amendments.""", []),

    ("en11_somalia_au_funding", date(2032, 8, 10), """African Union mission in Somalia faces funding gap

MOGADISHU (Wire) - The African Union's mission in Somalia is short of $100 million for this year, its head told reporters on Monday, warning that troop-contributing countries may cut numbers.

Al Shabaab still controls large parts of central and southern Somalia.

The U.N. Security Council is due to discuss the mission's financing next month.""", []),

    ("en11_haiti_force_timeline", date(2032, 9, 7), """First troops of Haiti anti-gang force to arrive in October, U.N. says

NEW YORK (Wire) - The first contingent of a new force to suppress Haiti's gangs will arrive in October, a U.N. official said on Monday.

Gangs control most of Port-au-Prince and have expanded into the central Artibonite region.

Several countries have yet to confirm their troop pledges.""", []),

    ("en11_mozambique_court", date(2032, 10, 12), """Mozambique court upholds local election results

MAPUTO (Wire) - Mozambique's Constitutional Council upheld the results of municipal elections on Monday, rejecting appeals from opposition parties.

Post-election protests last year left hundreds dead in clashes with police.

Opposition leaders said they would not call supporters onto the streets.""", []),

    ("en11_myanmar_emergency", date(2032, 11, 9), """Myanmar junta extends emergency rule in dozens of townships

BANGKOK (Wire) - Myanmar's military government extended emergency rule on Monday in 60 townships where it said security did not allow normal administration.

The army is fighting ethnic armed groups and resistance forces across much of the country.

A second phase of voting is planned for next year.""", []),

    ("en11_pak_afghan_trade", date(2032, 12, 7), """Pakistan and Afghanistan agree to reopen border trade

ISLAMABAD (Wire) - Pakistan and Afghanistan agreed on Monday to reopen their main border crossings for trade, officials said, after talks in Doha.

The crossings have been largely closed since deadly border clashes between the two countries' forces earlier this year.

Truckers stranded on both sides welcomed the decision.""", []),
]

FRESH11_EN_ONE = [
    ("en11_ev_kaura_namoda_abduction", date(2032, 1, 20), """Gunmen kidnap 30 villagers in Nigeria's Zamfara

KANO (Wire) - Gunmen abducted 30 villagers, including children, in a village near Kaura Namoda in Nigeria's Zamfara state on Monday, police and residents said.

The attackers stormed the village at night and marched their captives into the bush.

Police said a rescue operation was under way.""",
     [ev(ABD, ["Civilians"], KAURA_NAMODA11, 1)]),

    ("en11_ev_afgoye_ied", date(2032, 3, 23), """Roadside bomb kills three Somali soldiers near Afgoye

MOGADISHU (Wire) - A roadside bomb struck a Somali army vehicle near Afgoye on Monday, killing three soldiers, a military officer said.

Al Shabaab claimed responsibility for the blast in a statement on a website linked to the group.

Afgoye lies on the main road west of Mogadishu.""",
     [ev(IED, ["Shabaab", "Somalia"], AFGOYE11, 1, 3)]),

    ("en11_ev_bannu_police", date(2032, 5, 25), """Militants attack police station in Pakistan's Bannu

PESHAWAR (Wire) - Militants attacked a police station in Bannu on Monday night, killing three policemen in a gunfight that lasted two hours, police said.

The Pakistani Taliban claimed the attack. Two militants were killed, police said.

Attacks on police have risen in Khyber Pakhtunkhwa province.""",
     [ev(AC, ["Tehrik-i-Taliban", "Police"], BANNU11, 1, 5)]),

    ("en11_ev_shwebo_airstrike", date(2032, 7, 20), """Myanmar air strike kills nine in Sagaing village

BANGKOK (Wire) - A Myanmar military air strike killed nine people in a village near Shwebo in the Sagaing region on Monday, residents and a local resistance group said.

The bombs hit a school and several houses, residents said. The junta did not comment.

Sagaing has been a stronghold of resistance to military rule.""",
     [ev(AIR, ["Myanmar", "Civilians"], SHWEBO11, 1, 9)]),

    ("en11_ev_deir_al_balah_strike", date(2032, 9, 21), """Israeli strike kills four in central Gaza, hospital says

CAIRO (Wire) - An Israeli air strike killed four Palestinians in Deir al-Balah in central Gaza on Monday, a hospital official said.

The Israeli military said it had struck militants planning an attack on its troops.

Mediators are pressing both sides to move to the next phase of the ceasefire.""",
     [ev(AIR, ["Israel"], DEIR_AL_BALAH11, 1, 4)]),

    ("en11_ev_nakuru_teargas", date(2032, 11, 23), """Kenyan police tear-gas traders protesting in Nakuru

NAIROBI (Wire) - Kenyan police fired tear gas on Monday to disperse hundreds of market traders protesting in Nakuru against the demolition of their stalls, witnesses said.

The traders had blocked a main road with stones and burning tyres.

County officials said the market would be rebuilt.""",
     [ev(PWI, ["Protesters", "Police"], NAKURU11, 1)]),
]

FRESH11 = [(a, "fr") for a in FRESH11_FR_NONE + FRESH11_FR_ONE] + [(a, "en") for a in FRESH11_EN_NONE + FRESH11_EN_ONE]

# FRESH12: the forty-ninth session's held-out group (60 articles, 42 French, 40 with no event), written before any
# rule of that session and run on bc4d69f4; its failures print only when it is named (``--set fresh12``).
DJIBO12, MENAKA12, TERA12, OICHA12, MASISI12, KOLOFATA12 = ((14.10, -1.63), (15.92, 2.40), (14.01, 0.75),
                                                            (0.70, 29.52), (-1.40, 28.82), (11.17, 14.01))
BAGA_SOLA12, KAGA_BANDORO12, NYALA12, MIREBALAIS12, MUEDA12, KHERSON12 = ((13.53, 14.32), (6.99, 19.18),
                                                                         (12.05, 24.88), (18.83, -72.10),
                                                                         (-11.66, 39.55), (46.64, 32.61))
NABATIEH12, LOME12, MANDERA12, DERA_ISMAIL_KHAN12, BIRNIN_GWARI12, KALAY12, KHAN_YOUNIS12, GONDAR12 = (
    (33.38, 35.48), (6.13, 1.22), (3.94, 41.86), (31.83, 70.90), (10.66, 6.54), (23.19, 94.06), (31.34, 34.30),
    (12.60, 37.47))

FRESH12_FR_NONE = [
    ("fr12_mali_loi_rectificative", date(2033, 1, 4), """Mali : une loi de finances rectificative pour financer l'effort de guerre

BAMAKO (Agence) - Le Conseil national de transition a voté lundi une loi de finances rectificative qui porte à près d'un quart du budget la part consacrée à la défense et à la sécurité.

Le ministre de l'Économie a justifié cet effort par les attaques jihadistes qui frappent les régions du centre et du nord depuis plus de dix ans.

Les syndicats redoutent un gel des recrutements dans l'enseignement et la santé.""", []),

    ("fr12_niger_refondation_rapport", date(2033, 1, 18), """Niger : les assises de la refondation remettent leurs recommandations

NIAMEY (Agence) - Les participants aux assises nationales de la refondation ont remis lundi leur rapport final au chef de l'État, au terme de trois semaines de travaux.

Le document recommande d'ouvrir un dialogue avec les groupes armés qui sèment la terreur dans les zones rurales de l'ouest, tout en renforçant les effectifs de l'armée.

Il propose aussi une transition de cinq ans renouvelable.""", []),

    ("fr12_burkina_foot_pulverisent", date(2033, 2, 1), """Football : les Étalons pulvérisent la Guinée-Bissau

OUAGADOUGOU (Agence) - Les Étalons du Burkina ont pulvérisé la Guinée-Bissau (4-0) lundi soir au stade du 4-Août, un véritable carnage pour des visiteurs dépassés dès le coup d'envoi.

L'avant-centre burkinabè a fusillé le gardien adverse à deux reprises avant la pause, puis ses coéquipiers ont achevé le travail en seconde période.

Le Burkina prend la tête de son groupe de qualification.""", []),

    ("fr12_rdc_calendrier_provinciales", date(2033, 2, 15), """RDC : la commission électorale publie le calendrier des provinciales

KINSHASA (Agence) - La commission électorale nationale indépendante a publié lundi le calendrier des élections provinciales, fixées au mois de novembre dans vingt-trois provinces.

Le scrutin est reporté sine die au Nord-Kivu, où plusieurs territoires restent sous l'occupation des rebelles du M23, a précisé le président de la commission.

L'opposition dénonce un calendrier taillé sur mesure pour le pouvoir.""", []),

    ("fr12_rdc_feuille_de_route_luanda", date(2033, 3, 1), """RDC-Rwanda : le médiateur propose une nouvelle feuille de route

KINSHASA (Agence) - Le médiateur angolais a soumis lundi aux deux capitales une feuille de route qui prévoit le retrait progressif des troupes étrangères de l'est congolais et le démantèlement des milices hostiles à Kigali.

Kinshasa et Kigali ont promis de donner leur réponse dans un délai de quinze jours.

Les précédentes tentatives de médiation avaient échoué sur le calendrier du retrait.""", []),

    ("fr12_cameroun_universite_bamenda", date(2033, 3, 15), """Cameroun : l'université de Bamenda rouvre ses amphithéâtres

YAOUNDÉ (Agence) - L'université de Bamenda a repris lundi les cours en présentiel, pour la première fois depuis quatre ans, sous la protection d'un dispositif militaire renforcé.

Les séparatistes anglophones avaient incendié plusieurs salles de classe et enlevé des étudiants au plus fort de la crise, obligeant l'établissement à fermer.

Le recteur a appelé les parents à renvoyer leurs enfants sur le campus.""", []),

    ("fr12_tchad_nouveau_gouvernement", date(2033, 3, 29), """Tchad : un nouveau gouvernement de trente-deux membres

N'DJAMENA (Agence) - Le Premier ministre a dévoilé lundi soir la composition de son gouvernement, qui compte trente-deux membres dont huit femmes.

Le ministère de la Défense change de titulaire, un an après les lourdes pertes subies par l'armée face à Boko Haram sur les îles du lac Tchad.

Le nouveau ministre, un général de division, était jusqu'ici chef d'état-major de l'armée de terre.""", []),

    ("fr12_rca_minusca_reduction", date(2033, 4, 12), """Centrafrique : la Minusca va réduire ses effectifs faute de moyens

BANGUI (Agence) - La mission des Nations unies en Centrafrique va réduire d'un cinquième ses effectifs d'ici à la fin de l'année, a annoncé lundi son chef, en raison de coupes dans le budget du maintien de la paix.

Plusieurs bases de l'est et du nord-ouest seront fermées et leurs casques bleus redéployés vers les grandes villes.

Des élus locaux craignent un retour des groupes armés dans les préfectures abandonnées.""", []),

    ("fr12_senegal_debat_budget", date(2033, 4, 26), """Sénégal : le ministre des Finances sous le feu des députés

DAKAR (Agence) - Les députés de l'opposition ont tiré à boulets rouges lundi sur le ministre des Finances, lors de l'examen du projet de loi de finances à l'Assemblée nationale.

Le ministre a riposté en accusant ses prédécesseurs d'avoir maquillé les comptes publics, avant que la séance ne soit suspendue dans la confusion.

Le vote est prévu la semaine prochaine.""", []),

    ("fr12_guinee_presidentielle_date", date(2033, 5, 10), """Guinée : la présidentielle fixée au mois de décembre

CONAKRY (Agence) - Un décret lu lundi soir à la télévision nationale a fixé au 14 décembre le premier tour de l'élection présidentielle, plusieurs fois repoussée.

Les partis d'opposition, dont plusieurs dirigeants vivent en exil, demandent la libération des militants détenus et rappellent la répression sanglante des marches de l'opposition sous l'ancien régime.

Le gouvernement promet un scrutin « inclusif et apaisé ».""", []),

    ("fr12_cacao_hecatombe", date(2033, 5, 24), """Matières premières : hécatombe sur le marché du cacao

ABIDJAN (Agence) - Les cours du cacao ont dégringolé lundi à Londres et à New York, provoquant une véritable hécatombe chez les négociants qui avaient parié sur la poursuite de la hausse.

En une séance, la tonne a perdu près de quinze pour cent, sous l'effet de prévisions de récolte meilleures que prévu en Côte d'Ivoire et au Ghana.

Les planteurs craignent une baisse du prix garanti la saison prochaine.""", []),

    ("fr12_benin_parc_pendjari", date(2033, 6, 7), """Bénin : le parc de la Pendjari rouvre partiellement aux visiteurs

COTONOU (Agence) - Les autorités béninoises ont annoncé lundi la réouverture partielle du parc national de la Pendjari aux touristes, fermé depuis plusieurs années.

Le nord du pays a été la cible d'incursions répétées de groupes jihadistes venus des pays voisins, et seuls les circuits du sud du parc seront accessibles, sous escorte.

Les opérateurs touristiques espèrent un retour des visiteurs européens.""", []),

    ("fr12_cote_ivoire_fmi_decaissement", date(2033, 6, 21), """Côte d'Ivoire : le FMI approuve un nouveau décaissement

ABIDJAN (Agence) - Le conseil d'administration du Fonds monétaire international a approuvé lundi le décaissement de 480 millions de dollars en faveur de la Côte d'Ivoire, dans le cadre de son programme de réformes.

Le Fonds salue une croissance robuste mais appelle à mieux mobiliser les recettes fiscales.

Une nouvelle revue est prévue en décembre.""", []),

    ("fr12_soudan_conference_londres", date(2033, 7, 5), """Soudan : une conférence humanitaire à Londres recueille deux milliards de dollars

LONDRES (Agence) - Une conférence des donateurs réunie lundi à Londres a recueilli deux milliards de dollars de promesses pour venir en aide aux victimes de la guerre au Soudan.

Le conflit entre l'armée et les Forces de soutien rapide a fait des dizaines de milliers de morts et chassé plus de douze millions de personnes de leurs foyers, selon les Nations unies.

Les organisateurs ont appelé les belligérants à laisser passer les convois d'aide.""", []),

    ("fr12_haiti_conseil_electoral", date(2033, 7, 19), """Haïti : le conseil électoral promet des élections l'an prochain

PORT-AU-PRINCE (Agence) - Le conseil électoral provisoire a présenté lundi un calendrier qui prévoit un référendum constitutionnel puis des élections générales dans le courant de l'année prochaine.

Les gangs armés contrôlent toujours l'essentiel de la capitale et plusieurs routes nationales, ce qui rend l'inscription des électeurs incertaine dans de nombreuses communes.

La communauté internationale a salué une « étape importante ».""", []),

    ("fr12_ukraine_energie_hiver", date(2033, 8, 2), """Ukraine : Kiev se prépare à un nouvel hiver sous les bombes

KIEV (Agence) - Le ministre ukrainien de l'Énergie a présenté lundi un plan de protection des centrales et des sous-stations en vue de l'hiver, financé en partie par l'Union européenne.

Les frappes russes de l'hiver dernier avaient détruit près de la moitié des capacités de production du pays, provoquant des coupures de courant de plusieurs heures par jour.

Le plan prévoit l'installation de milliers de générateurs dans les hôpitaux et les écoles.""", []),

    ("fr12_liban_villages_frontaliers", date(2033, 8, 16), """Liban : un plan pour reconstruire les villages frontaliers

BEYROUTH (Agence) - Le gouvernement libanais a adopté lundi un plan de reconstruction des villages du sud détruits pendant la guerre entre Israël et le Hezbollah, évalué à trois milliards de dollars.

Des milliers de familles n'ont toujours pas pu regagner leurs maisons, rasées par les bombardements ou les démolitions.

Beyrouth compte sur les pays du Golfe pour financer l'essentiel des travaux.""", []),

    ("fr12_gaza_caire_phase", date(2033, 8, 30), """Gaza : nouvelles discussions au Caire sur la suite de la trêve

LE CAIRE (Agence) - Des négociateurs israéliens et du Hamas sont attendus mardi au Caire pour discuter de la prochaine phase de la trêve, qui doit prévoir la remise des derniers otages et la libération de centaines de détenus palestiniens.

Les médiateurs égyptiens et qataris espèrent un accord avant la fin du mois.

La bande de Gaza reste en grande partie en ruines.""", []),

    ("fr12_syrie_comite_constitution", date(2033, 9, 13), """Syrie : un comité chargé de rédiger la nouvelle constitution

DAMAS (Agence) - La présidence syrienne a nommé lundi les cinquante membres d'un comité chargé de rédiger une constitution permanente dans un délai de dix-huit mois.

Des représentants kurdes et druzes en font partie, une demande de longue date des partenaires occidentaux de Damas, qui s'inquiétaient des violences communautaires des derniers mois.

Le comité tiendra sa première réunion le mois prochain.""", []),

    ("fr12_mozambique_gnl_chantier", date(2033, 9, 27), """Mozambique : le chantier gazier d'Afungi relancé

MAPUTO (Agence) - Le consortium mené par TotalEnergies a annoncé lundi la reprise complète des travaux de son usine de gaz naturel liquéfié d'Afungi, dans la province du Cabo Delgado.

Le chantier avait été suspendu après l'attaque de la ville voisine de Palma par des insurgés liés à l'État islamique, il y a plusieurs années.

Les premières exportations sont attendues d'ici à trois ans.""", []),

    ("fr12_somalie_jubaland_modele", date(2033, 10, 11), """Somalie : le Jubaland rejette le calendrier électoral fédéral

MOGADISCIO (Agence) - Les autorités du Jubaland ont rejeté lundi le calendrier électoral publié par le gouvernement fédéral, qu'elles jugent contraire à l'accord de partage du pouvoir.

Les relations entre Kismayo et Mogadiscio se sont dégradées depuis que leurs forces se sont affrontées près de la frontière kényane l'an dernier.

Des diplomates appellent les deux camps à reprendre le dialogue.""", []),

    ("fr12_nigeria_zamfara_amnistie", date(2033, 10, 25), """Nigeria : le gouverneur de Zamfara propose une amnistie aux bandits

KANO (Agence) - Le gouverneur de l'État de Zamfara a proposé lundi une amnistie aux bandits armés qui déposeront les armes d'ici à la fin de l'année, une offre déjà faite par ses prédécesseurs sans grand succès.

Ces bandes, qui pillent les villages et enlèvent des habitants contre rançon, terrorisent les campagnes du nord-ouest depuis une décennie.

L'opposition locale juge la mesure naïve.""", []),

    ("fr12_mali_proces_journaliste", date(2033, 11, 8), """Mali : le procès d'un journaliste renvoyé à janvier

BAMAKO (Agence) - Le tribunal de la commune IV de Bamako a renvoyé lundi au 12 janvier le procès d'un journaliste poursuivi pour « atteinte au crédit de l'État », après un article sur les pertes de l'armée.

Ses avocats dénoncent une procédure destinée à intimider la presse.

Le journaliste est en détention provisoire depuis le mois d'août.""", []),

    ("fr12_burkina_marche_annoncee", date(2033, 11, 22), """Burkina : une marche de soutien à la transition annoncée pour samedi

OUAGADOUGOU (Agence) - Une coordination d'associations proches du pouvoir a appelé lundi les habitants de la capitale à une grande marche samedi pour soutenir les autorités de la transition face aux « ennemis de la patrie ».

Les organisateurs attendent des dizaines de milliers de personnes place de la Nation.

Aucune manifestation de l'opposition n'a été autorisée depuis deux ans.""", []),

    ("fr12_rdc_enseignants_menace", date(2033, 12, 6), """RDC : les enseignants menacent de paralyser les écoles

KINSHASA (Agence) - Les syndicats d'enseignants du secteur public ont donné lundi un ultimatum de deux semaines au gouvernement, menaçant de déclencher une grève illimitée si leurs primes ne sont pas versées.

Le ministre de l'Éducation affirme que les arriérés seront payés avant la fin du mois.

Une grève similaire avait fermé les écoles pendant plusieurs semaines il y a deux ans.""", []),

    ("fr12_niger_uranium_licence", date(2033, 12, 20), """Niger : Niamey attribue un permis d'uranium à une société russe

NIAMEY (Agence) - Le gouvernement nigérien a attribué lundi à une société russe un permis d'exploitation d'uranium dans la région d'Agadez, quelques mois après avoir retiré celui d'un groupe français.

Le ministre des Mines a salué un partenariat « gagnant-gagnant ».

La société doit investir plus d'un milliard de dollars sur dix ans.""", []),

    ("fr12_cameroun_conseil_constitutionnel", date(2033, 1, 18), """Cameroun : le Conseil constitutionnel rejette les recours de l'opposition

YAOUNDÉ (Agence) - Le Conseil constitutionnel a rejeté lundi l'ensemble des recours déposés par l'opposition contre les résultats des élections législatives, confirmant la large majorité du parti au pouvoir.

Les opposants dénoncent des fraudes massives, en particulier dans les régions anglophones, où la participation a été très faible en raison de l'insécurité entretenue par les groupes séparatistes.

Les nouveaux députés siégeront dès la semaine prochaine.""", []),

    ("fr12_tchad_inondations_bilan", date(2033, 9, 13), """Tchad : les inondations ont fait plus de cinquante morts depuis juillet

N'DJAMENA (Agence) - Les pluies diluviennes qui s'abattent sur le Tchad depuis le mois de juillet ont fait au moins 54 morts et détruit des dizaines de milliers d'habitations, a annoncé lundi le ministère de l'Action humanitaire.

Les provinces du sud et la capitale sont les plus touchées.

Le gouvernement a lancé un appel à l'aide internationale.""", []),
]

FRESH12_FR_ONE = [
    ("fr12_ev_djibo_jnim", date(2033, 1, 4), """Burkina : des soldats tués dans l'attaque d'un détachement près de Djibo

OUAGADOUGOU (Agence) - Six soldats burkinabè ont été tués lundi lorsque des jihadistes du JNIM ont attaqué un détachement militaire à la sortie de Djibo, dans le Sahel, ont indiqué des sources sécuritaires.

L'armée a répliqué avec l'appui de drones et affirme avoir repoussé les assaillants vers le nord.

La ville est sous blocus des groupes armés depuis plusieurs années.""",
     [ev(AC, ["JNIM", "Burkina Faso"], DJIBO12, "lundi", 6)]),

    ("fr12_ev_menaka_civils", date(2033, 2, 1), """Mali : des éleveurs tués par l'État islamique près de Ménaka

BAMAKO (Agence) - Au moins onze éleveurs ont été tués lundi par des combattants de l'État islamique au Sahel dans un campement situé au sud de Ménaka, selon des élus locaux.

Les assaillants ont emporté des centaines de têtes de bétail avant de repartir vers la frontière nigérienne.

La région de Ménaka est confrontée à une crise humanitaire persistante.""",
     [ev(ATT, ["Islamic State", "Civilians"], MENAKA12, "lundi", 11)]),

    ("fr12_ev_tera_embuscade", date(2033, 3, 1), """Niger : un convoi militaire tombe dans une embuscade près de Téra

NIAMEY (Agence) - Quatre militaires nigériens ont été tués lundi dans l'embuscade d'un convoi de ravitaillement par un groupe armé à proximité de Téra, dans l'ouest du pays, a annoncé l'armée dans un communiqué.

Selon le texte, les soldats ont repoussé l'attaque et saisi des motos et des armes.

Le convoi a pu rejoindre sa destination dans la soirée.""",
     [ev(AC, ["Niger"], TERA12, "lundi", 4)]),

    ("fr12_ev_oicha_adf", date(2033, 3, 29), """RDC : des civils tués par les ADF près d'Oicha

BENI (Agence) - Au moins douze civils ont été tués lundi par des rebelles ADF dans des champs proches d'Oicha, dans le territoire de Beni, a annoncé la société civile locale.

Les victimes ont été surprises au travail, selon un responsable local, qui signale aussi plusieurs disparus.

Les habitants des villages voisins ont fui vers le centre d'Oicha.""",
     [ev(ATT, ["ADF", "Civilians"], OICHA12, "lundi", 12)]),

    ("fr12_ev_masisi_m23", date(2033, 4, 26), """RDC : de violents combats entre l'armée et le M23 dans le Masisi

GOMA (Agence) - De violents combats ont opposé lundi l'armée congolaise aux rebelles du M23 sur les collines entourant Masisi-centre, dans le Nord-Kivu, ont rapporté des habitants.

Les échanges de tirs ont duré plusieurs heures et poussé des centaines de familles à se réfugier dans les églises.

Aucun bilan n'était disponible dans la soirée.""",
     [ev(AC, ["M23", "Democratic Republic of Congo"], MASISI12, "lundi")]),

    ("fr12_ev_kolofata_enlevement", date(2033, 5, 24), """Cameroun : des villageois enlevés par Boko Haram près de Kolofata

MAROUA (Agence) - Des combattants de Boko Haram ont enlevé lundi soir sept personnes, dont trois femmes, dans un village proche de Kolofata, dans l'Extrême-Nord, ont indiqué des sources locales.

Les ravisseurs sont arrivés à pied et sont repartis vers la frontière nigériane avec leurs otages.

Les enlèvements contre rançon se multiplient dans ce département.""",
     [ev(ABD, ["Boko Haram", "Civilians"], KOLOFATA12, "lundi")]),

    ("fr12_ev_baga_sola_armee", date(2033, 6, 21), """Tchad : une position de l'armée attaquée près de Baga Sola

N'DJAMENA (Agence) - Des combattants de Boko Haram ont attaqué lundi une position de l'armée tchadienne près de Baga Sola, dans la province du Lac, faisant cinq morts parmi les soldats, selon une source militaire.

Les assaillants, arrivés en pirogues, ont été repoussés après plusieurs heures de combat.

L'armée a lancé une opération de ratissage sur les îles voisines.""",
     [ev(AC, ["Boko Haram", "Chad"], BAGA_SOLA12, "lundi", 5)]),

    ("fr12_ev_kaga_bandoro_civils", date(2033, 7, 19), """Centrafrique : des commerçants abattus sur la route de Kaga-Bandoro

BANGUI (Agence) - Au moins six civils ont été tués lundi par des hommes armés sur l'axe reliant Kaga-Bandoro à Mbrès, dans le centre-nord du pays, a indiqué la Minusca.

Les victimes, des commerçants qui se rendaient au marché, ont été abattues à un faux barrage.

La mission onusienne a dépêché une patrouille sur les lieux.""",
     [ev(ATT, ["Civilians"], KAGA_BANDORO12, "lundi", 6)]),

    ("fr12_ev_nyala_frappe", date(2033, 8, 16), """Soudan : une frappe aérienne de l'armée fait des morts à Nyala

KHARTOUM (Agence) - Une frappe aérienne de l'armée soudanaise a tué au moins neuf personnes lundi dans un quartier de Nyala, la capitale du Darfour-Sud tenue par les Forces de soutien rapide, selon des secouristes.

Les bombes ont touché un marché et des maisons voisines, selon les mêmes sources.

L'armée n'a pas commenté.""",
     [ev(AIR, ["Sudan", "Civilians"], NYALA12, "lundi", 9)]),

    ("fr12_ev_mirebalais_gangs", date(2033, 9, 13), """Haïti : des gangs attaquent Mirebalais, plusieurs morts

PORT-AU-PRINCE (Agence) - Des membres de la coalition de gangs Viv Ansanm ont attaqué lundi la ville de Mirebalais, dans le Centre, tuant au moins dix habitants et incendiant des maisons, selon des responsables locaux.

Des centaines de familles ont fui vers les localités voisines.

La police affirme avoir envoyé des renforts.""",
     [ev(ATT, ["Viv Ansanm", "Civilians"], MIREBALAIS12, "lundi", 10)]),

    ("fr12_ev_mueda_insurges", date(2033, 10, 11), """Mozambique : des insurgés attaquent un village près de Mueda

MAPUTO (Agence) - Des insurgés liés à l'État islamique ont attaqué lundi un village situé au sud de Mueda, dans la province du Cabo Delgado, décapitant deux habitants et incendiant des dizaines de cases, selon des sources locales.

Les survivants ont trouvé refuge à Mueda.

Les forces rwandaises et mozambicaines ont été déployées dans le secteur.""",
     [ev(ATT, ["Islamic State", "Civilians"], MUEDA12, "lundi", 2)]),

    ("fr12_ev_kherson_obus", date(2033, 11, 8), """Ukraine : trois morts dans des bombardements russes sur Kherson

KIEV (Agence) - Trois personnes ont été tuées lundi dans des tirs d'artillerie russes sur des quartiers résidentiels de Kherson, dans le sud de l'Ukraine, a annoncé le gouverneur régional.

Un autobus et plusieurs immeubles ont été touchés, selon la même source.

La ville est visée quasi quotidiennement depuis la rive gauche du Dniepr.""",
     [ev(SH, ["Russia", "Civilians"], KHERSON12, "lundi", 3)]),

    ("fr12_ev_nabatieh_drone", date(2033, 12, 6), """Liban : une frappe de drone israélien tue deux personnes près de Nabatieh

BEYROUTH (Agence) - Une frappe de drone israélien a visé lundi une voiture près de Nabatieh, dans le sud du Liban, tuant ses deux occupants, a annoncé le ministère libanais de la Santé.

L'armée israélienne a affirmé avoir visé un membre du Hezbollah.

Le cessez-le-feu en vigueur depuis plusieurs années est régulièrement violé.""",
     [ev(AIR, ["Israel"], NABATIEH12, "lundi", 2)]),

    ("fr12_ev_lome_dispersion", date(2033, 12, 20), """Togo : une manifestation de commerçantes dispersée à Lomé

LOMÉ (Agence) - La police togolaise a dispersé lundi à coups de gaz lacrymogène plusieurs centaines de commerçantes qui manifestaient devant le grand marché de Lomé contre la hausse des taxes municipales, ont rapporté des témoins.

Plusieurs manifestantes ont été interpellées, selon un syndicat.

La mairie a promis de recevoir une délégation.""",
     [ev(PWI, ["Protesters", "Police"], LOME12, "lundi")]),
]

FRESH12_EN_NONE = [
    ("en12_copper_crash", date(2033, 1, 4), """Copper crashes as Chinese demand fears mount

LONDON (Wire) - Copper prices crashed on Monday, suffering their steepest one-day fall in two years as weak factory data from China spooked investors.

Zambian and Congolese mining stocks were pummelled, and the rand was battered against the dollar.

Traders said the sell-off could deepen if Beijing holds back on stimulus.""", []),

    ("en12_football_rout", date(2033, 2, 15), """Super Eagles crush Black Stars in qualifier rout

LAGOS (Wire) - Nigeria's Super Eagles thrashed Ghana 5-1 in Lagos on Monday, a massacre that left the visitors' coach facing calls to resign.

Nigeria's striker tore the Ghanaian defence apart with a hat-trick before half-time.

The win keeps Nigeria top of their qualifying group.""", []),

    ("en12_mali_gold_seized", date(2033, 3, 15), """Mali seizes gold stocks in tax row with miner

BAMAKO (Wire) - Mali's government seized three tonnes of gold from a Canadian-owned mine on Monday, escalating a dispute over unpaid taxes and a new mining code, the company said.

The company said it would seek international arbitration.

Mali's military rulers have pressed foreign miners for a larger share of revenue since taking power.""", []),

    ("en12_sudan_talks_collapse", date(2033, 4, 12), """Sudan ceasefire talks collapse in Jeddah

CAIRO (Wire) - Ceasefire talks between Sudan's army and the Rapid Support Forces collapsed on Monday after the two delegations failed to agree on the withdrawal of fighters from cities, mediators said.

The war has raged since April 2023, killing tens of thousands and driving millions from their homes.

The mediators said they would keep in contact with both sides.""", []),

    ("en12_ethiopia_election_date", date(2033, 5, 10), """Ethiopia sets national election for June

ADDIS ABABA (Wire) - Ethiopia's electoral board said on Monday that the national election would be held in June, though voting may not take place in parts of Amhara.

The federal army has been fighting Fano militias in the region since 2023, and much of the countryside remains beyond government control.

Opposition parties called for the release of detained members.""", []),

    ("en12_somalia_budget", date(2033, 6, 7), """Somalia's parliament approves record budget

MOGADISHU (Wire) - Somalia's parliament approved a record budget on Monday, with most of the increase going to the army and to paying civil servants' arrears.

Al Shabaab militants still hold large parts of the countryside in the south and centre, and government troops depend on foreign partners for air support.

Donors have pressed Mogadishu to raise more revenue at home.""", []),

    ("en12_haiti_kenya_contingent", date(2033, 7, 5), """More Kenyan police to deploy to Haiti next month

NAIROBI (Wire) - Kenya will send another 600 police officers to Haiti next month to reinforce the international force fighting gangs in Port-au-Prince, the interior minister said on Monday.

The force has struggled to dislodge gangs that control most of the capital and its main roads.

The United Nations said funding for the mission remains short.""", []),

    ("en12_pakistan_imf_review", date(2033, 8, 2), """IMF staff reach deal with Pakistan on loan review

ISLAMABAD (Wire) - The International Monetary Fund and Pakistan reached a staff-level agreement on Monday on the next review of a $7 billion loan programme, unlocking a payment of $1 billion.

Pakistan faces rising security costs after militant attacks surged last year in Khyber Pakhtunkhwa and Balochistan.

The agreement still needs the approval of the IMF's board.""", []),

    ("en12_myanmar_election_phase", date(2033, 8, 30), """Myanmar junta announces next phase of voting

BANGKOK (Wire) - Myanmar's military government said on Monday that a further phase of voting would be held in 40 townships next month, after earlier rounds that critics dismissed as a sham.

Fighting rages in much of the country, and voting has been called off in areas held by resistance forces and ethnic armies.

Western governments have refused to recognise the results.""", []),

    ("en12_nigeria_tribunal_upholds", date(2033, 9, 27), """Nigerian tribunal upholds governor's election win

ABUJA (Wire) - An election tribunal on Monday upheld the victory of the governor of Rivers state, dismissing the opposition's claims of rigging.

The vote was marred by violence in several local areas, where thugs snatched ballot boxes and clashed with party agents, observers said at the time.

The opposition said it would appeal to the Supreme Court.""", []),

    ("en12_ukraine_grain_record", date(2033, 10, 25), """Ukraine's grain exports hit record through Black Sea ports

KYIV (Wire) - Ukraine exported a record volume of grain through its Black Sea ports last month, the agriculture ministry said on Monday, despite repeated Russian strikes on port infrastructure in Odesa over the past year.

Exporters said insurance costs had fallen as shipping traffic recovered.

The ministry expects the harvest to exceed last year's.""", []),

    ("en12_drc_mining_truce_talks", date(2033, 11, 22), """Congo, M23 rebels to resume talks in Doha next week

KINSHASA (Wire) - Congo's government and the M23 rebels will resume talks in Doha next week on a permanent ceasefire and the exchange of prisoners, Qatari mediators said on Monday.

The rebels still control the cities of Goma and Bukavu, which they seized in early 2025.

Previous rounds ended without a deal.""", []),
]

FRESH12_EN_ONE = [
    ("en12_ev_mandera_ied", date(2033, 1, 18), """Roadside bomb kills four Kenyan police near Mandera

NAIROBI (Wire) - A roadside bomb hit a Kenyan police vehicle near Mandera close to the Somali border on Monday, killing four officers, police said.

Police blamed Al Shabaab militants, who have planted similar devices along roads in the area.

The wounded were flown to Nairobi.""",
     [ev(IED, ["Shabaab", "Police"], MANDERA12, 1, 4)]),

    ("en12_ev_dera_ismail_khan_checkpoint", date(2033, 3, 29), """Militants storm checkpoint in Pakistan's Dera Ismail Khan

PESHAWAR (Wire) - Militants attacked a security checkpoint in Dera Ismail Khan on Monday, killing two soldiers in an exchange of fire, the military said.

Four attackers were killed, the military said. The Pakistani Taliban claimed the assault.

The district borders the former tribal areas.""",
     [ev(AC, ["Tehrik-i-Taliban", "Pakistan"], DERA_ISMAIL_KHAN12, 1, 6)]),

    ("en12_ev_birnin_gwari_abduction", date(2033, 5, 24), """Bandits abduct travellers on Nigeria's Birnin Gwari road

KANO (Wire) - Armed bandits abducted at least 18 travellers on the road near Birnin Gwari in Nigeria's Kaduna state on Monday, police and survivors said.

The gunmen blocked the road and forced passengers out of two buses before leading them into the forest.

Security forces have launched a search.""",
     [ev(ABD, ["Civilians"], BIRNIN_GWARI12, 1)]),

    ("en12_ev_kalay_airstrike", date(2033, 7, 19), """Myanmar air strike kills seven near Kalay

BANGKOK (Wire) - A Myanmar military air strike killed seven civilians in a village near Kalay in the Sagaing region on Monday, residents said.

The jets dropped bombs on a monastery where displaced families were sheltering, residents said. The junta did not comment.

Resistance forces have been fighting the army in the area for years.""",
     [ev(AIR, ["Myanmar", "Civilians"], KALAY12, 1, 7)]),

    ("en12_ev_khan_younis_strike", date(2033, 9, 13), """Israeli strike kills three in Khan Younis, medics say

CAIRO (Wire) - An Israeli air strike killed three Palestinians in Khan Younis in the southern Gaza Strip on Monday, medics said.

The Israeli military said it had targeted militants who approached its troops.

Mediators are working to keep the ceasefire in place.""",
     [ev(AIR, ["Israel"], KHAN_YOUNIS12, 1, 3)]),

    ("en12_ev_gondar_drone", date(2033, 11, 8), """Drone strike kills civilians near Ethiopia's Gondar

ADDIS ABABA (Wire) - A drone strike killed at least eight civilians at a market near Gondar in Ethiopia's Amhara region on Monday, residents and a health worker said.

Residents blamed the federal army, which has used drones against Fano militias in the region. The government did not comment.

The wounded were taken to Gondar's hospital.""",
     [ev(AIR, ["Ethiopia", "Civilians"], GONDAR12, 1, 8)]),
]

FRESH12 = [(a, "fr") for a in FRESH12_FR_NONE + FRESH12_FR_ONE] + [(a, "en") for a in FRESH12_EN_NONE + FRESH12_EN_ONE]

SETS = {"held": HELD, "studied": STUDIED, "fresh": FRESH, "fresh2": FRESH2, "fresh3": FRESH3, "fresh4": FRESH4,
        "fresh5": FRESH5, "fresh6": FRESH6, "fresh7": FRESH7, "fresh8": FRESH8,
        "fresh9": FRESH9, "fresh10": FRESH10, "fresh11": FRESH11, "fresh12": FRESH12}
# held out: their failures print only when the set is named
HELD_OUT = ("fresh12",)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show-failures", action="store_true")
    ap.add_argument("--only", help="comma-separated article ids")
    ap.add_argument("--set", choices=sorted(SETS), help="one set (default: each, scored apart)")
    args = ap.parse_args()
    names = [args.set] if args.set else list(SETS)
    pipe = Pipeline().load(["en", "fr"])
    for name in names:
        chosen = [(a, lang) for a, lang in SETS[name] if not args.only or a[0] in args.only.split(",")]
        if not chosen:
            continue
        print(f"== {name}")
        report(*code_and_score(pipe, chosen), args.show_failures and (name not in HELD_OUT or args.set == name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
