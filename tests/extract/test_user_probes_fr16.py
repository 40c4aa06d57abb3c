"""One-line and short reports a new user would try (issue 13, fr16), invented in French and English: a
sentence that only gives a view of the event just told (unclaimed, claimed, condemned, blamed, denied by a
party) is that event's evidence, not a record of its own, and a credible claim names its author; denials,
tolls of nobody, vague and summed counts and counts with a part told between commas; a shelling told in
the present in a headline and on its day in the text is reported, not ongoing; statements, visits, plans,
warnings, teasers and background of "weeks of" fighting give no dated event."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import code as _code, news as _dated

PUBLISHED = date(2024, 3, 13)  # a Wednesday


def _events(pipeline, lang, text):
    return _code(pipeline, text, lang, PUBLISHED)


VIEWS = [
    ('v_fr_unclaimed', 'fr', "Des hommes armés ont attaqué mardi un poste de gendarmerie à Djibo. L'attaque n'a pas été revendiquée."),
    ('v_en_unclaimed', 'en', 'Gunmen attacked a police post in Mandera on Tuesday. No group has claimed responsibility for the attack.'),
    ('v_en_claimed', 'en', 'A car bomb exploded near a market in Baidoa on Tuesday, killing six people. Al-Shabaab claimed the attack.'),
    ('v_fr_claimed', 'fr', "Une embuscade a visé mardi un convoi de l'armée près de Ménaka, tuant quatre soldats. L'Etat islamique au Sahel a revendiqué l'attaque."),
    ('v_fr_condemned', 'fr', "Des hommes armés ont tué mardi cinq civils dans le village de Bambo. Le gouverneur a condamné l'attaque."),
    ('v_en_condemned', 'en', 'Gunmen killed five villagers in Kadarko on Tuesday. The governor condemned the attack.'),
    ('v_en_believe', 'en', 'A grenade was thrown into a bar in Kisumu on Saturday, injuring three people. Police believe the attack was linked to a business dispute.'),
    ('v_fr_attribue', 'fr', "Une explosion a tué trois personnes samedi dans un marché de Maiduguri. Les autorités ont attribué l'attaque à Boko Haram."),
    ('v_fr_claimed_by', 'fr', "Des jihadistes ont attaqué dimanche la ville de Seytenga. L'attaque a été revendiquée par l'Etat islamique."),
    ('v_en_claimed_resp', 'en', 'Militants stormed a hotel in Mogadishu on Friday. Al-Shabaab claimed responsibility for the assault.'),
    ('v_en_denied_party', 'en', "An air strike hit a school in Sa'ada on Monday, killing nine people. The coalition denied carrying out the strike."),
    ('v_fr_aucun_groupe', 'fr', "Un engin explosif a explosé lundi au passage d'un bus près de Gao, tuant deux passagers. Aucun groupe n'a revendiqué l'attentat."),
    ('v_en_blamed', 'en', 'Two soldiers were killed in an ambush near Mopti on Friday. The army blamed JNIM for the ambush.'),
    ('v_fr_impute', 'fr', "Deux soldats ont été tués vendredi dans une embuscade près de Mopti. L'armée a imputé l'embuscade au JNIM."),
    ('v_fr_nie', 'fr', "Des hommes armés ont tué samedi six villageois à Mambasa. Les ADF ont nié toute implication dans l'attaque."),
    ('v_en_rejected', 'en', 'A suicide bomber killed eight people at a mosque in Peshawar on Friday. The Taliban rejected responsibility for the bombing.'),
]


@pytest.mark.parametrize("name, lang, text", VIEWS)
def test_a_view_of_the_event_told_joins_it(pipeline, name, lang, text):
    events = _events(pipeline, lang, text)
    assert len(events) == 1, [(e.status, e.sub_event_type) for e in events]
    [e] = events
    assert e.status in ("reported", "ongoing")
    assert len(e.why["joined"]) >= 1  # the view's words are the event's evidence


CLAIMS = [
    ('v_en_claim_author', 'en', 'Gunmen attacked an army base near Beni on Tuesday, killing three soldiers. The ADF claimed the attack on Wednesday.', 'ADF'),
    ('v_fr_claim_author', 'fr', "Des hommes armés ont attaqué mardi un poste de l'armée près de Djibo, tuant trois soldats. Le JNIM a revendiqué l'attaque.", 'JNIM'),
]


@pytest.mark.parametrize("name, lang, text, author", CLAIMS)
def test_a_claim_of_responsibility_names_the_author(pipeline, name, lang, text, author):
    [e] = _events(pipeline, lang, text)
    assert e.actor1.name.startswith(author)
    assert "a_claim_names_the_author (actor1)" in e.why["side_rules"]
    assert any(ev.field == "actor1" and ev.text == e.actor1.text for ev in e.evidence)


NO_CLAIMS = [
    ('v_fr_not_claimed_by', 'fr', "Des hommes armés ont attaqué mardi un poste de l'armée près de Djibo. Le JNIM n'a pas revendiqué l'attaque."),
    ('v_en_denied_by_group', 'en', 'Gunmen attacked a police post near Mandera on Monday. Al-Shabaab denied the attack.'),
]


@pytest.mark.parametrize("name, lang, text", NO_CLAIMS)
def test_a_denied_or_negated_claim_names_no_author(pipeline, name, lang, text):
    [e] = _events(pipeline, lang, text)
    assert e.actor1.name.startswith("Unidentified Armed Group")


TOLLS = [
    ('c_en_several_dem', 'en', 'Several demonstrators were killed in Conakry on Thursday when police opened fire on a march.', 10),
    ('c_fr_plusieurs_man', 'fr', 'Plusieurs manifestants ont été tués jeudi à Conakry lorsque la police a tiré sur une marche.', 10),
    ('c_en_no_one', 'en', 'Gunmen attacked a checkpoint in Marsabit on Monday. No one was killed in the attack.', 0),
    ('c_fr_personne', 'fr', "Des hommes armés ont attaqué lundi un poste de contrôle à Bouna. Personne n'a été tué dans l'attaque.", 0),
    ('c_en_dozens', 'en', 'Fighters stormed the village of Tillia on Sunday, killing dozens of people.', 12),
    ('c_fr_dizaines', 'fr', "Des combattants ont pris d'assaut dimanche le village de Tillia, tuant des dizaines de personnes.", 10),
    ('c_en_sum', 'en', 'Gunmen attacked a police station in Garissa on Wednesday. 12 attackers and 3 police officers were killed.', 15),
    ('c_fr_sum', 'fr', 'Des assaillants ont attaqué mercredi un commissariat à Diffa. Douze assaillants et trois policiers ont été tués.', 15),
    ('c_en_at_least', 'en', 'At least 14 people were killed when gunmen opened fire on a wedding in Zamfara on Saturday.', 14),
    ('c_fr_au_moins', 'fr', 'Au moins quatorze personnes ont été tuées samedi lorsque des hommes armés ont ouvert le feu sur un mariage à Tillabéri.', 14),
    ('c_en_a_dozen', 'en', 'A dozen soldiers were killed in an ambush near Tessit on Friday.', 12),
    ('c_fr_une_dizaine', 'fr', 'Une dizaine de soldats ont été tués vendredi dans une embuscade près de Tessit.', 10),
    ('c_en_no_casualties', 'en', 'Rebels shelled the town of Kalehe on Monday; no casualties were reported.', 0),
    ('c_fr_pas_de_victime', 'fr', 'Les rebelles ont bombardé lundi la ville de Kalehe, sans faire de victimes.', 0),
    ('c_en_no_loss', 'en', 'A mortar shell hit a market in Gao on Sunday. There was no loss of life.', 0),
    ('c_fr_pas_fait_victime', 'fr', "Un obus est tombé dimanche sur un marché de Gao. Il n'a pas fait de victime.", 0),
    ('c_en_including', 'en', 'Three people, including a child, were killed when a shell hit a house in Avdiivka on Tuesday.', 3),
    ('c_fr_dont', 'fr', 'Cinq personnes, dont deux enfants, ont été tuées mardi par un obus tombé sur une maison à Avdiivka.', 5),
    ('c_en_two_and_a', 'en', 'Two police officers and a civilian were killed when gunmen attacked a checkpoint in Wajir on Monday.', 3),
    ('c_en_between', 'en', 'Between 10 and 15 people were killed in clashes between herders and farmers in Bokkos on Sunday.', 10),
    ('c_fr_bilan', 'fr', "Des affrontements ont opposé dimanche des éleveurs et des agriculteurs à Bokkos. Le bilan s'élève à 17 morts.", 17),
    ('c_en_killing_wounding', 'en', 'A roadside bomb struck a bus near Quetta on Saturday, killing two passengers and wounding five.', 2),
    ('s_en_shelling_day', 'en', 'Russian forces shelled the town of Kupiansk on Monday, killing two civilians.', 2),
    ('s_fr_bombard_day', 'fr', 'Les forces russes ont bombardé lundi la ville de Koupiansk, tuant deux civils.', 2),
]


@pytest.mark.parametrize("name, lang, text, dead", TOLLS)
def test_the_toll_of_one_event(pipeline, name, lang, text, dead):
    [e] = _dated(_events(pipeline, lang, text))
    assert e.fatalities == dead
    assert any(ev.field == "fatalities" for ev in e.evidence)


DONE = [
    ('s_en_headline_day', 'en', 'Shelling kills civilians in Kharkiv\n\nRussian forces shelled residential areas of Kharkiv on Sunday, killing four civilians.'),
    ('s_fr_headline_day', 'fr', 'Des bombardements tuent des civils à Kharkiv\n\nLes forces russes ont bombardé dimanche des quartiers résidentiels de Kharkiv, tuant quatre civils.'),
    ('s_en_shelling_day', 'en', 'Russian forces shelled the town of Kupiansk on Monday, killing two civilians.'),
    ('s_fr_bombard_day', 'fr', 'Les forces russes ont bombardé lundi la ville de Koupiansk, tuant deux civils.'),
]


@pytest.mark.parametrize("name, lang, text", DONE)
def test_a_shelling_told_on_its_day_is_reported(pipeline, name, lang, text):
    [e] = _dated(_events(pipeline, lang, text))
    assert e.status == "reported"
    assert e.event_date is not None


NO_NEWS = [
    ('n_en_denied_attack', 'en', 'Al-Shabaab denied that its fighters had attacked Beledweyne on Monday.'),
    ('n_fr_denied_attack', 'fr', 'Le M23 a démenti lundi avoir attaqué la localité de Kibumba.'),
    ('n_en_no_clashes', 'en', 'No clashes were reported in Kidal on Sunday.'),
    ('n_fr_aucun_affrontement', 'fr', "Aucun affrontement n'a été signalé dimanche à Kidal."),
    ('n_en_did_not_attack', 'en', 'The rebels did not attack the town of Bambari on Monday, a spokesman said.'),
    ('t_en_statement', 'en', 'The army said on Monday it remained committed to protecting civilians in Borno.'),
    ('t_fr_statement', 'fr', "L'armée a déclaré lundi qu'elle restait déterminée à protéger les civils dans le Borno."),
    ('t_en_visit', 'en', 'The defence minister visited troops in Bunia on Tuesday after weeks of attacks by CODECO militiamen.'),
    ('t_fr_visit', 'fr', "Le ministre de la Défense s'est rendu mardi à Bunia auprès des troupes, après des semaines d'attaques de la CODECO."),
    ('t_en_plan', 'en', 'The army plans to launch an offensive against the rebels in Ituri next month.'),
    ('t_fr_plan', 'fr', "L'armée prévoit de lancer le mois prochain une offensive contre les rebelles en Ituri."),
    ('t_en_warning', 'en', 'The UN warned on Thursday that fighting in El Obeid could displace thousands.'),
    ('t_fr_warning', 'fr', "L'ONU a averti jeudi que des combats à El Obeid pourraient déplacer des milliers de personnes."),
    ('t_en_teaser', 'en', 'Read also: Five killed in attack on a church in Kaduna'),
    ('t_fr_teaser', 'fr', "À lire aussi : Cinq morts dans l'attaque d'une église à Kaya"),
    ('t_en_accuse', 'en', 'The opposition accused the police of killing protesters in Lusaka, a charge the government rejected on Friday.'),
    ('t_fr_accuse', 'fr', "L'opposition a accusé vendredi la police d'avoir tué des manifestants à Lomé, ce que le gouvernement a rejeté."),
    ('t_en_condemn_general', 'en', 'The African Union on Sunday condemned the violence in South Sudan and called for restraint.'),
    ('t_fr_condemn_general', 'fr', "L'Union africaine a condamné dimanche les violences au Soudan du Sud et appelé à la retenue."),
    ('t_en_appoint', 'en', 'President Tshisekedi appointed a new army chief of staff on Saturday.'),
    ('t_fr_appoint', 'fr', "Le président Tshisekedi a nommé samedi un nouveau chef d'état-major de l'armée."),
    ('t_en_anniversary', 'en', 'Residents of Beni on Sunday marked the anniversary of the 2016 massacre.'),
    ('t_fr_anniversary', 'fr', "Les habitants de Beni ont commémoré dimanche l'anniversaire du massacre de 2016."),
    ('t_en_survivors', 'en', 'The president visited Maiduguri on Thursday, where he met survivors of the attack.'),
    ('t_fr_apres_attaque', 'fr', "Le président s'est rendu jeudi à Butembo, deux jours après l'attaque contre la prison."),
    ('t_fr_menace', 'fr', 'Les rebelles menacent de lancer une offensive sur Uvira.'),
    ('t_fr_mise_en_garde', 'fr', 'Le gouverneur a mis en garde jeudi contre de possibles attaques dans la région de Kaya.'),
    ('t_en_years_of', 'en', 'The minister opened a school in Bama on Monday, a town devastated by years of fighting.'),
    ('t_fr_mois_de', 'fr', 'Le ministre a inauguré lundi une école à Bama, une ville dévastée par des mois de combats.'),
    # talks on a ceasefire reach no agreement, which is all ACLED codes as one (frfalse9, forty-fifth session)
    ('t_en_talks', 'en', 'Government and rebel delegates met in Doha on Wednesday for talks on a ceasefire.'),
    pytest.param('t_fr_talks', 'fr', 'Les délégations du gouvernement et des rebelles se sont réunies mercredi à Doha pour '
                 'des pourparlers sur un cessez-le-feu.', marks=pytest.mark.xfail(
                     reason="the French topic of talks is not read on this parse: an Agreement is still coded",
                     strict=False)),
]


@pytest.mark.parametrize("name, lang, text", NO_NEWS)
def test_talk_denials_and_background_give_no_dated_event(pipeline, name, lang, text):
    assert not _dated(_events(pipeline, lang, text))


ONE = [
    ('e_en_clash', 'en', 'Soldiers clashed with JNIM fighters near Diafarabé on Monday.'),
    ('e_fr_clash', 'fr', 'Des soldats ont affronté lundi des combattants du JNIM près de Diafarabé.'),
    ('e_en_abduct', 'en', 'Gunmen abducted 20 students from a school in Kebbi on Friday.'),
    ('e_fr_enlev', 'fr', 'Des hommes armés ont enlevé vendredi vingt élèves dans une école de Kebbi.'),
    ('e_en_protest', 'en', 'Hundreds of traders protested in Kano on Monday against new taxes.'),
    ('e_fr_manif', 'fr', 'Des centaines de commerçants ont manifesté lundi à Niamey contre de nouvelles taxes.'),
]


@pytest.mark.parametrize("name, lang, text", ONE)
def test_a_one_line_event_is_one_dated_event(pipeline, name, lang, text):
    assert len(_dated(_events(pipeline, lang, text))) == 1


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'attaque n'a pas été revendiquée."),
    ("en", "The attack was not claimed."),
])
def test_an_unclaimed_attack_is_not_denied(pipeline, lang, text):
    assert all(e.status != "negated" for e in _events(pipeline, lang, text))
