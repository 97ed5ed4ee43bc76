"""Actors that resolved to no entity, and so lost their event (PLOVER codes no event without a named
actor): organisations, unions and regions missing from the lexicons, and sentence shapes whose
actor the role rules did not reach."""

from __future__ import annotations

import pytest

from sanderling import Coder
from test_parties import DAY, _one
from test_parties import _entity_codes as _codes


@pytest.mark.parametrize(
    ("lang", "text", "type_", "actor", "recipient"),
    [
        # an NGO, a national union and a region inside one country name the actor
        ("fr", "L'ONG Save the Children a accusé l'armée soudanaise de bloquer l'aide humanitaire.", "ACCUSE", ["SAVECHILDREN"], ["SDN"]),
        ("en", "Save the Children accused the Sudanese army of blocking humanitarian aid.", "ACCUSE", ["SAVECHILDREN"], ["SDN"]),
        ("fr", "La Confédération coréenne des syndicats a organisé une manifestation à Séoul.", "PROTEST", ["KOR"], ["KOR"]),
        ("en", "The Korean Confederation of Trade Unions staged a rally in Seoul.", "PROTEST", ["KOR"], ["KOR"]),
        ("fr", "Des mineurs du Kouzbass ont manifesté devant le siège de la compagnie.", "PROTEST", ["RUS"], ["RUS"]),
        ("en", "Miners from Kuzbass protested outside the company's headquarters.", "PROTEST", ["RUS"], ["RUS"]),
    ],
)
def test_a_named_body_missing_from_the_lexicon_is_the_actor(coders: dict[str, Coder], lang: str, text: str, type_: str, actor: list[str], recipient: list[str]) -> None:
    ev = _one(coders[lang], text, type_)
    assert (_codes(ev.actor), _codes(ev.recipient)) == (actor, recipient)


def test_a_name_written_as_the_clause_it_is_spelt_like_is_no_organisation(coder_en: Coder) -> None:
    ev = _one(coder_en, "Rescuers promised to save the children trapped under the rubble, the Turkish government said.", "AGREE")
    assert "SAVECHILDREN" not in _codes(ev.actor) + _codes(ev.recipient)


@pytest.mark.parametrize(
    ("lang", "text", "type_", "actor", "recipient"),
    [
        # the parties' "entre" phrase hangs on the verb the event noun is the subject of
        ("fr", "De violents affrontements ont éclaté samedi entre les forces arméniennes et azerbaïdjanaises.", "ASSAULT", ["ARM", "AZE"], []),
        ("en", "Heavy clashes broke out on Saturday between Armenian and Azerbaijani forces.", "ASSAULT", ["ARM", "AZE"], []),
        ("fr", "Les pourparlers ont repris jeudi entre le Soudan et le Soudan du Sud.", "CONSULT", ["SDN", "SSD"], []),
        # talks between parties no one hosts have them all for actors; one country's own are X-X
        ("fr", "Les discussions entre l'Inde et le Pakistan ont repris lundi.", "CONSULT", ["IND", "PAK"], []),
        ("en", "Talks between Israel and Syria resumed on Monday.", "CONSULT", ["ISR", "SYR"], []),
        ("fr", "Une rencontre a eu lieu mardi entre le gouvernement colombien et l'opposition colombienne.", "CONSULT", ["COL"], ["COL"]),
        # a host stays the actor, the parties its recipients
        ("fr", "Le Qatar a accueilli mardi des pourparlers entre le Soudan et le Tchad.", "CONSULT", ["QAT"], ["SDN", "TCD"]),
    ],
)
def test_the_parties_between_whom_it_happens_are_the_actors(coders: dict[str, Coder], lang: str, text: str, type_: str, actor: list[str], recipient: list[str]) -> None:
    ev = _one(coders[lang], text, type_)
    assert (_codes(ev.actor), _codes(ev.recipient)) == (actor, recipient)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a town the gazetteer lacks, with its country in brackets: the police are that country's
        ("TOGOBALA (Mali), 3 mai (AFP) - La police a tiré sur des manifestants.", ["MLI"]),
        # with no country in the dateline, none is guessed
        ("TOGOBALA, 3 mai (AFP) - La police a tiré sur des manifestants.", ["COP"]),
    ],
)
def test_the_bracketed_country_of_a_dateline_is_where_it_happens(coder_fr: Coder, text: str, actor: list[str]) -> None:
    assert _codes(_one(coder_fr, text, "ASSAULT").actor) == actor


def test_a_dateline_keeps_its_bracketed_country_not_its_agency() -> None:
    from sanderling.ingest.datelines import find_dateline

    found = find_dateline("AMBON (Indonésie), 20 janv (AFP) - Les autorités ont décrété un couvre-feu.")
    assert found is not None and found[0].place == "AMBON (Indonésie)"
    found = find_dateline("PARIS (AFP) - Le gouvernement a annoncé une réforme.")
    assert found is not None and found[0].place == "PARIS"


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        # an envoy summoned, with no agent, to a seat of government or a capital: its country summons
        ("fr", "L'ambassadeur de Russie a été convoqué lundi à Varsovie.", ["POL"], ["RUS"]),
        ("fr", "Le chargé d'affaires iranien a été convoqué mardi au Quai d'Orsay après l'arrestation d'un Français.", ["FRA"], ["IRN"]),
        ("en", "The Russian envoy was summoned to the State Department on Tuesday.", ["USA"], ["RUS"]),
        # a named agent stays the actor
        ("fr", "Le chargé d'affaires russe a été convoqué mardi à Paris par le ministère polonais des Affaires étrangères.", ["POL"], ["RUS"]),
    ],
)
def test_an_envoy_summoned_to_a_seat_of_government_is_summoned_by_its_country(coders: dict[str, Coder], lang: str, text: str, actor: list[str], recipient: list[str]) -> None:
    ev = _one(coders[lang], text, "ACCUSE")
    assert (_codes(ev.actor), _codes(ev.recipient)) == (actor, recipient)


def test_ministers_convened_in_a_capital_are_not_summoned_by_it(coder_fr: Coder) -> None:
    ev = _one(coder_fr, "Les ministres ont été convoqués à Bruxelles pour un sommet.", "CONSULT")
    assert "BEL" not in _codes(ev.actor)


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        # a protest noun in a "during" phrase: the people who act in the clause it hangs on protest
        ("fr", "Des étudiants iraniens ont incendié des voitures lors de manifestations contre le régime.", ["IRN"]),
        ("en", "Young Palestinians threw stones during protests against the Israeli army.", ["PSE"]),
        # not a state's force acting during them
        ("fr", "La police iranienne a tiré des gaz lacrymogènes lors de manifestations contre le régime.", []),
        ("en", "Iranian police fired tear gas during protests against the government.", []),
    ],
)
def test_people_acting_during_protests_are_the_protesters(coders: dict[str, Coder], lang: str, text: str, actor: list[str]) -> None:
    ev = _one(coders[lang], text, "PROTEST")
    assert _codes(ev.actor) == actor


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # goods moved in an agentless passive: the agent of the participle in their phrase gives them
        ("Une partie de l'aide promise au Niger par le Japon a été livrée lundi à Niamey.", ["JPN"], ["NER"]),
        ("Les fonds promis au Tchad par la Banque mondiale ont été versés mardi.", ["WB"], ["TCD"]),
    ],
)
def test_goods_given_by_a_participle_s_agent_are_its_gift(coder_fr: Coder, text: str, actor: list[str], recipient: list[str]) -> None:
    ev = _one(coder_fr, text, "AID")
    assert (_codes(ev.actor), _codes(ev.recipient)) == (actor, recipient)


def test_a_thing_rejected_is_still_its_author_s() -> None:
    from sanderling.nlp import get_pipeline

    # the agent hung on the participle's "à" phrase goes to the participle; the plan's author stays the recipient
    doc = get_pipeline("fr")("Le plan présenté au Conseil par l'Union africaine a été rejeté lundi par le Soudan.")
    (by,) = [t for t in doc if t.text == "Union"]
    assert by.head.text == "présenté" and by.dep_ == "obl:agent"


def test_the_plan_presented_by_a_body_is_that_body_s(coder_fr: Coder) -> None:
    ev = _one(coder_fr, "Le plan présenté au Conseil par l'Union africaine a été rejeté lundi par le Soudan.", "REJECT")
    assert (_codes(ev.actor), _codes(ev.recipient)) == (["SDN"], ["AU"])


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a bare definite "organisation" stands for the last organisation named, and the "de" phrase
        # the parser hung on the weekday goes back to the agent before it
        ("La demande de la Palestine a été rejetée mardi par le conseil exécutif de l'Unesco.", ["UNESCO"]),
        ("L'Unesco s'est réunie à Paris. La demande de la Palestine a été rejetée mardi par le conseil exécutif de l'organisation.", ["UNESCO"]),
        # a described organisation is its own
        ("L'Unesco a condamné l'attaque, et l'organisation terroriste a revendiqué l'attentat contre le musée.", ["INS"]),
    ],
)
def test_the_organisation_is_the_last_one_named(coder_fr: Coder, text: str, actor: list[str]) -> None:
    ev = [e for e in coder_fr.code(text, date=DAY) if e.type in ("REJECT", "ASSAULT")][-1]
    assert sorted(r.country or r.name or r.sector or "" for r in ev.actor) == actor


def test_a_country_put_out_of_the_organisation_stays_the_recipient(coder_fr: Coder) -> None:
    ev = _one(coder_fr, "Les dirigeants de l'Union africaine ont suspendu samedi le Mali de l'organisation.", "SANCTION")
    assert (_codes(ev.actor), _codes(ev.recipient)) == (["AU"], ["MLI"])
