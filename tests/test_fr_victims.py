"""Who was attacked, in French wire shapes where the victims or the attacker sit where the parser
does not look (the fr_victims probe set): an agent after a manner phrase or a time, "pris en
embuscade", "tomber sous le feu de", "essuyer des tirs", "le long de", a name after a date read as
the verb's predicate, a when-clause hung on the attribution; with test_parties.py's helpers."""

from __future__ import annotations

import pytest

from sanderling import Coder
from test_parties import DAY, _codes, _one

VICTIMS = [
    # a bare manner phrase ("par balles") is no agent; the "par" phrase after it is
    ("fr", "Un jeune Palestinien a été tué par balles dimanche par des soldats israéliens près de Naplouse.", "ASSAULT", ["ISR"], ["PSE"]),
    # (a lone agent without an article is still the agent: "par erreur" names no one, "par balles" alone neither)
    ("fr", "Deux policiers kényans ont été blessés par balles lundi à Nairobi.", "ASSAULT", ["KEN"], ["KEN"]),
    # the agent hung on the last word of the date ("samedi matin")
    ("fr", "Une vingtaine de manifestants ont été interpellés dimanche soir par la police ougandaise à Kampala.", "COERCE", ["UGA"], ["UGA"]),
    # "prendre en embuscade": ambushed, the passive subject undergoes it
    ("fr", "Une patrouille de l'armée malienne a été prise en embuscade mardi par des jihadistes nigériens près de Gao.", "ASSAULT", ["NER"], ["MLI"]),
    # "tomber sous le feu de X": X fired on the subject
    ("fr", "Une patrouille de casques bleus irlandais est tombée jeudi sous le feu de miliciens libanais.", "ASSAULT", ["LBN"], ["IRL"]),
    # "essuyer des tirs de X", the object's article read as a preposition
    ("fr", "Une patrouille de soldats néerlandais a essuyé lundi des tirs de miliciens serbes près de Srebrenica.", "ASSAULT", ["SRB"], ["NLD"]),
    # "le long de" is where, not whom: the "sur" phrase is the target
    ("fr", "L'armée pakistanaise a tiré jeudi des obus sur des positions indiennes le long de la frontière.", "ASSAULT", ["PAK"], ["IND"]),
    # a name after the date read as the verb's predicate is its object
    ("fr", "Beyrouth a accusé mardi Israël d'avoir bombardé un village du sud du Liban.", "ACCUSE", ["LBN"], ["ISR"]),
    # a counted object read as an adjunct ("onze employés") is still the object
    ("fr", "Les rebelles houthis ont arrêté onze employés de l'ONU à Sanaa.", "COERCE", ["YEM"], ["UNO"]),
    # (a stretch of time is not: the marchers did nothing to the hours)
    ("fr", "Des milliers d'étudiants ont défilé trois heures à Dacca.", "PROTEST", ["BGD"], ["BGD"]),
]


@pytest.mark.parametrize(("lang", "text", "type_", "actor", "recipient"), VICTIMS, ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(VICTIMS)])
def test_victims(coders: dict[str, Coder], lang: str, text: str, type_: str, actor: list[str], recipient: list[str]) -> None:
    e = _one(coders[lang], text, type_)
    assert _codes(e.actor) == actor
    assert _codes(e.recipient) == recipient


@pytest.mark.parametrize(
    "text",
    [
        # the fire of critics or of the spotlight is no attack
        "Le ministre est tombé sous le feu des critiques de l'opposition.",
        "Le gouvernement est sous le feu des projecteurs depuis le scandale.",
    ],
)
def test_fire_that_is_no_attack(coders: dict[str, Coder], text: str) -> None:
    assert "ASSAULT" not in [e.type for e in coders["fr"].code(text, date=DAY)]


def test_a_when_clause_hung_on_the_attribution_is_the_killing(coders: dict[str, Coder]) -> None:
    text = "Trois soldats britanniques ont été tués jeudi lorsque des talibans ont attaqué leur convoi dans le Helmand, a annoncé le ministère."
    events = [e for e in coders["fr"].code(text, date=DAY) if e.type == "ASSAULT"]
    assert len(events) == 1 and _codes(events[0].actor) == ["AFG"] and _codes(events[0].recipient) == ["GBR"]



@pytest.mark.parametrize(
    ("lang", "text", "type_"),
    [
        # a state's forces seizing a ship seize property; pirates seizing one hijack it
        ("fr", "Un garde-côte indien a arraisonné mardi un chalutier pakistanais au large de Bombay.", "COERCE"),
        ("en", "The Indian coast guard seized a Pakistani trawler off Mumbai on Tuesday.", "COERCE"),
        ("en", "Somali pirates seized a Greek-flagged tanker off the Horn of Africa on Friday.", "ASSAULT"),
    ],
)
def test_who_seizes_a_ship_says_whether_it_is_a_hijacking(coders: dict[str, Coder], lang: str, text: str, type_: str) -> None:
    assert [e.type for e in coders[lang].code(text, date=DAY)][:1] == [type_]


def test_the_target_of_fire_after_a_weekday(coder_fr: Coder) -> None:
    # "a été la cible mardi de tirs": the "de" phrase after the weekday is the target noun's, so the
    # convoy undergoes the fire
    e = _one(coder_fr, "Un convoi du Programme alimentaire mondial a été la cible mardi de tirs de rebelles près de Bunia.", "ASSAULT")
    assert _codes(e.recipient) == ["WFP"]


def test_the_object_after_a_time_of_day(coder_fr: Coder) -> None:
    # "à l'aube des positions": after a time of day, "des" is the object's article, not "de" + "les"
    e = _one(coder_fr, "L'aviation russe a bombardé jeudi à l'aube des positions ukrainiennes près de Bakhmout.", "ASSAULT")
    assert [r.text for r in e.recipient] == ["positions ukrainiennes"]


def test_fighting_that_pits_two_nationalities_of_one_noun(coder_fr: Coder) -> None:
    # "ont opposé soldats X et Y": both sides in the one object, both actors, no recipient
    e = _one(coder_fr, "De violents combats ont opposé mardi soldats érythréens et éthiopiens près de Badmé.", "ASSAULT")
    assert (_codes(e.actor), _codes(e.recipient)) == (["ERI", "ETH"], [])
