"""Events whose actor the coder used to miss, now that an event with no actor is left out: subjects
the English parser cut off from their verb, light verbs, participation phrases, speakers of a set-off
participle, ethnic demonyms and unlisted bodies named by a generic head."""

from __future__ import annotations

import pytest

from sanderling import Coder
from test_parties import DAY, _one
from test_parties import _entity_codes as _codes


@pytest.mark.parametrize(
    ("lang", "text", "type_", "actor"),
    [
        # a relative clause set off by commas between the subject and its verb, which the parser then
        # hangs on the subject as a modifier (with a reporting clause as the root)
        ("en", "Canada, which has long backed the peace process, promised on Monday to send 300 peacekeepers to Mali, officials said.", "AGREE", ["CAN"]),
        ("en", "Egypt, which has hosted the talks for months, warned on Sunday that it would close the Rafah crossing, state media reported.", "THREATEN", ["EGY"]),
        # (a bare participle is still a passive headline: the one arrested does not arrest)
        ("en", "Belarusian opposition leader, who had fled to Lithuania, arrested in Minsk.", "COERCE", []),
    ],
)
def test_a_relative_clause_between_subject_and_verb(coders: dict[str, Coder], lang: str, text: str, type_: str, actor: list[str]) -> None:
    ev = _one(coders[lang], text, type_)
    assert _codes(ev.actor) == actor or (not actor and not ev.actor)


@pytest.mark.parametrize(
    ("lang", "text", "type_", "actor"),
    [
        # "clamped a curfew on X": a light verb, its subject imposes the curfew
        ("en", "Pakistani authorities clamped a curfew on Quetta on Monday.", "COERCE", ["PAK"]),
        ("en", "Pakistani authorities imposed a curfew on Quetta on Monday.", "COERCE", ["PAK"]),
    ],
)
def test_a_light_verb_s_subject_imposes(coders: dict[str, Coder], lang: str, text: str, type_: str, actor: list[str]) -> None:
    assert _codes(_one(coders[lang], text, type_).actor) == actor


@pytest.mark.parametrize(
    ("lang", "text", "type_", "actor"),
    [
        # an ethnic group of one country is that country's
        ("en", "Amhara fighters attacked a Tigrayan village near Humera.", "ASSAULT", ["ETH"]),
        ("fr", "Des combattants amhara ont attaqué un village tigréen près de Humera.", "ASSAULT", ["ETH"]),
    ],
)
def test_an_ethnic_demonym_of_one_country(coders: dict[str, Coder], lang: str, text: str, type_: str, actor: list[str]) -> None:
    assert _codes(_one(coders[lang], text, type_).actor) == actor


@pytest.mark.parametrize(
    ("lang", "text", "type_", "actor", "recipient"),
    [
        # "took part in", "a pris part à": a participation phrase of a verb and its object
        ("en", "Malaysian warships took part in joint exercises with the Thai navy.", "COOPERATE", ["MYS"], ["THA"]),
        ("fr", "Des navires malaisiens ont pris part à des exercices conjoints avec la marine thaïlandaise.", "COOPERATE", ["MYS"], ["THA"]),
        # (a verb with another object takes no part: "took control of")
        ("en", "Thai troops took control of the border post during joint exercises with Malaysian forces.", "COOPERATE", [], ["MYS"]),
    ],
)
def test_taking_part_in_an_event(coders: dict[str, Coder], lang: str, text: str, type_: str, actor: list[str], recipient: list[str]) -> None:
    ev = _one(coders[lang], text, type_)
    assert (_codes(ev.actor), _codes(ev.recipient)) == (actor, recipient)


@pytest.mark.parametrize(
    ("text", "type_", "actor"),
    [
        # a participle of saying set off after the clause speaks for the clause's subject
        ("Greece on Monday turned down the offer, saying it would never negotiate with the smugglers.", "REJECT", ["GRC"]),
        ("Kenya closed the border on Friday, saying it would not accept any more refugees.", "REJECT", ["KEN"]),
        # (a participle with a subject of its own is that subject's, here unnamed)
        ("Greece turned down the offer, officials saying they would never negotiate with Turkey.", "REJECT", []),
    ],
)
def test_a_set_off_participle_of_saying_speaks_for_the_subject(coders: dict[str, Coder], text: str, type_: str, actor: list[str]) -> None:
    events = [e for e in coders["en"].code(text, date=DAY) if e.type == type_ and e.evidence.trigger in ("negotiate", "accept")]
    assert events and _codes(events[0].actor) == actor


@pytest.mark.parametrize(
    ("lang", "text", "type_", "actor"),
    [
        # a body named "Association of…", "Foundation…" is a non-governmental one, and its members speak for it
        ("en", "Members of the Association of Arab Lawyers investigated the detention of 300 Egyptians.", "ACCUSE", ["NGO"]),
        ("fr", "Des membres de l'Association des avocats arabes ont enquêté sur la détention de 300 Égyptiens.", "ACCUSE", ["NGO"]),
        ("en", "The Bridges Foundation criticised the treatment of Syrian refugees.", "ACCUSE", ["NGO"]),
        # (a listed body named so keeps its own code)
        ("en", "The Association of Southeast Asian Nations criticised Myanmar.", "ACCUSE", ["ASEAN"]),
    ],
)
def test_an_association_is_a_non_governmental_body(coders: dict[str, Coder], lang: str, text: str, type_: str, actor: list[str]) -> None:
    assert _codes(_one(coders[lang], text, type_).actor) == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the subject of a clause a protest noun dates takes part in the protest
        ("Bahraini youths threw stones during protests against the arrest of opposition leaders.", ["BHR"]),
        ("Kurdish students resorted to burning tyres during demonstrations against the ban, witnesses said.", []),
        # (not the state's forces, who face it)
        ("Bahraini police fired rubber bullets during protests against the arrest of opposition leaders.", []),
    ],
)
def test_the_subject_of_a_clause_during_a_protest_protests(coders: dict[str, Coder], text: str, actor: list[str]) -> None:
    events = [e for e in coders["en"].code(text, date=DAY) if e.type == "PROTEST" and e.evidence.trigger in ("protests", "demonstrations")]
    assert [_codes(e.actor) for e in events][:1] in ([actor], []) and (events or not actor)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a participle set off after the clause, which the parser made the subject of a later verb
        ("Greece lodged an official protest with Turkey today, charging its neighbor with supporting smugglers here in what is said was tantamount to an act of war.", ["GRC"]),
    ],
)
def test_a_charge_set_off_after_the_clause_read_as_a_subject(coders: dict[str, Coder], text: str, actor: list[str]) -> None:
    events = [e for e in coders["en"].code(text, date=DAY) if e.type == "ACCUSE" and e.evidence.trigger == "charging"]
    assert events and _codes(events[0].actor) == actor


@pytest.mark.parametrize(
    ("lang", "text", "recipient"),
    [
        # one's own neighbour or partner is the other country named before it
        ("en", "Sudan closed its border with Chad on Monday, accusing its neighbour of arming rebels.", ["TCD"]),
        ("fr", "Le Soudan a fermé sa frontière avec le Tchad lundi, accusant son voisin d'armer les rebelles.", ["TCD"]),
        # (none named: no recipient; several: not that one country)
        ("en", "Sudan accused its neighbour of arming rebels.", []),
        ("en", "Sudan closed its border with Chad on Monday, accusing its allies of arming rebels.", ["SDN"]),
    ],
)
def test_one_s_own_neighbour_is_the_country_named_before(coders: dict[str, Coder], lang: str, text: str, recipient: list[str]) -> None:
    events = [e for e in coders[lang].code(text, date=DAY) if e.type == "ACCUSE" and e.evidence.trigger.startswith("accus")]
    assert events and _codes(events[0].actor) == ["SDN"] and [r.country for r in events[0].recipient if r.country] == recipient


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        # a dateline town the gazetteer lacks, qualified by its country: the police are that country's
        ("en", "KAMPUNG BARU, Malaysia, April 24 (Reuters) - Police arrested twenty students outside the university on Thursday.", ["MYS"]),
        ("fr", "KAMPUNG BARU (Malaisie), 24 avril (Reuters) - La police a arrêté jeudi vingt étudiants devant l'université.", ["MYS"]),
        # (an unqualified unknown town names no country)
        ("en", "KAMPUNG BARU, April 24 (Reuters) - Police arrested twenty students outside the university on Thursday.", ["COP"]),
    ],
)
def test_the_country_named_after_a_dateline_town(coders: dict[str, Coder], lang: str, text: str, actor: list[str]) -> None:
    assert _codes(_one(coders[lang], text, "COERCE").actor) == actor


@pytest.mark.parametrize(
    ("lang", "text", "type_", "actor"),
    [
        # a possibility the subject raises: the subject is the one who would act
        ("en", "Ghana's foreign minister raised the possibility of breaking diplomatic ties with Togo.", "SANCTION", ["GHA"]),
        ("en", "Ghana's foreign minister raised the prospect on Monday of breaking diplomatic ties with Togo.", "SANCTION", ["GHA"]),
        ("fr", "Le ministre ghanéen des Affaires étrangères a évoqué lundi la possibilité de rompre les relations diplomatiques avec le Togo.", "SANCTION", ["GHA"]),
    ],
)
def test_the_one_who_raises_a_possibility_would_act(coders: dict[str, Coder], lang: str, text: str, type_: str, actor: list[str]) -> None:
    assert _codes(_one(coders[lang], text, type_).actor) == actor


def test_an_accused_party_is_not_a_raised_possibility(coders: dict[str, Coder]) -> None:
    """"accused Togo of breaking ties": the one accused would act, not the accuser (the verb's object is
    no possibility noun)."""
    finder = coders["en"]._language("en").extractor._finder
    doc = coders["en"]._language("en").nlp("Ghana's foreign minister accused Togo of breaking diplomatic ties with Benin.")
    (breaking,) = [t for t in doc if t.text == "breaking"]
    subject = finder.inherited_subject(breaking)
    assert subject is None or subject.text != "minister"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a sentence that only says whom someone leads defines him: "he" is that body's
        ("Moses Kateregga commands Uganda's troops in the north. On Friday he withdrew his units from the border town of Bunagana.", ["UGA"]),
        # (what he commands is no body: nothing is defined)
        ("Moses Kateregga commands great respect in the north. On Friday he withdrew his units from the border town of Bunagana.", []),
    ],
)
def test_a_sentence_saying_whom_someone_leads_defines_him(coders: dict[str, Coder], text: str, actor: list[str]) -> None:
    assert [a.country for a in _one(coders["en"], text, "RETREAT").actor if a.country] == actor


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        # the parties of a fight hang on the verb the fight is the subject of: both are actors
        ("en", "Heavy clashes erupted on Sunday between Armenian and Azerbaijani troops.", ["ARM", "AZE"]),
        ("fr", "De violents affrontements ont éclaté dimanche entre soldats arméniens et azerbaïdjanais.", ["ARM", "AZE"]),
        # (a place phrase on the verb names no party)
        ("en", "Heavy clashes erupted on Sunday in Armenia.", ["ARM"]),
    ],
)
def test_the_parties_of_a_fight_that_broke_out_between_them(coders: dict[str, Coder], lang: str, text: str, actor: list[str]) -> None:
    ev = _one(coders[lang], text, "ASSAULT")
    assert (sorted({a.country for a in ev.actor if a.country}), ev.recipient) == (actor, ())


@pytest.mark.parametrize(
    ("text", "type_", "actor"),
    [
        # the parser made "said" the root with the main clause's subject as its own, and hid its real
        # subject ("its spokesman in Nairobi") in the clause before: the main verb's subject is its own
        ("The Sudanese rebel movement threatened on Monday to resume fighting if the government went ahead with plans to arrest its leaders, its spokesman in Nairobi said.", "THREATEN", ["SDN"]),
        # (a bare participle on the subject stays a passive description: "forced" is done to them)
        ("Villagers forced to leave their homes by the floods blocked the road, their leader said.", "PROTEST", []),
    ],
)
def test_a_subject_before_a_misparsed_attribution(coders: dict[str, Coder], text: str, type_: str, actor: list[str]) -> None:
    assert [a.country for a in _one(coders["en"], text, type_).actor if a.country] == actor
