"""French wire shapes the fr_attacks probe set (data/probes/fr_attacks.tsv) found coded worse than
their English versions: the one blamed in a dative ("reprocher à X de…"), forces massed in an
agentless passive, and the parse repairs they need. Sentences of our own, not the probe lines."""

from __future__ import annotations

from datetime import date

import pytest

from sanderling import ActorRef, Coder, Event

DAY = date(2026, 3, 12)


def _one(coder: Coder, text: str, type_: str) -> Event:
    events = [e for e in coder.code(text, date=DAY) if e.type == type_]
    assert events, f"no {type_} event in {text!r}: got {[e.type for e in coder.code(text, date=DAY)]}"
    return events[0]


def _codes(refs: tuple[ActorRef, ...]) -> list[str]:
    return sorted(r.country or r.name or "" for r in refs)


PARTIES = [
    # lang, text, type, actor codes, recipient codes
    # "reprocher à X de…", "imputer à X la responsabilité de…": the dative is the one blamed, even a
    # capital, not what the clause after it names
    ("fr", "Bagdad a reproché mardi à Damas d'abriter des opposants irakiens.", "ACCUSE", ["IRQ"], ["SYR"]),
    ("fr", "Madrid a reproché mardi au Maroc son manque de coopération.", "ACCUSE", ["ESP"], ["MAR"]),
    ("fr", "Le président rwandais a imputé mercredi à Kinshasa la responsabilité des violences dans le Kivu.", "ACCUSE", ["RWA"], ["COD"]),
    # an attribution in a compound tense the parser made an adverbial clause: its subject read as its
    # object, the reported verb's object as its subject (a participle, "estimant", is no attribution)
    ("fr", "Khartoum a rejeté catégoriquement jeudi l'exigence de l'ONU d'un déploiement au Darfour d'une force internationale, a annoncé l'agence Suna.", "REJECT", ["SDN"], ["UNO"]),
    ("fr", "Le Soudan a rejeté jeudi l'exigence de l'ONU d'un déploiement au Darfour, estimant qu'elle violait sa souveraineté.", "REJECT", ["SDN"], ["UNO"]),
    # an act named by its noun, its doer by "par" before its object ("le bombardement par X de Y"):
    # the parser hangs the object on the doer, closed by its nationality adjective
    ("fr", "Le bombardement par l'aviation israélienne de plusieurs villages du sud du Liban a fait dix morts.", "ASSAULT", ["ISR"], ["LBN"]),
    # "a condamné dans les termes les plus fermes" is a condemnation, not a sentence to "prison ferme"
    ("fr", "L'ONU a condamné dans les termes les plus fermes le pilonnage par l'artillerie russe de la ville de Kharkiv.", "ACCUSE", ["UNO"], ["RUS"]),
    ("fr", "Un tribunal de Téhéran a condamné mardi un journaliste américain à dix ans de prison ferme.", "SANCTION", ["IRN"], ["USA"]),
    # "écossais": the Scottish courts or police are the United Kingdom's
    ("fr", "Tripoli a refusé mardi de remettre aux polices britannique et écossaise les deux suspects.", "REJECT", ["LBY"], ["GBR"]),
    ("fr", "Damas a refusé mardi de livrer aux justices écossaise et américaine deux agents des services secrets.", "REJECT", ["SYR"], ["GBR", "USA"]),
    # forces massed or deployed in an agentless passive are their own side's; the border is whom it faces
    ("fr", "Des milliers de soldats russes ont été déployés ces derniers jours le long de la frontière ukrainienne.", "MOBILIZE", ["RUS"], ["UKR"]),
    ("fr", "Des chars israéliens ont été massés près de la frontière libanaise, a-t-on appris de source militaire.", "MOBILIZE", ["ISR"], ["LBN"]),
    ("en", "Thousands of Turkish troops have been massed along the Syrian border in recent days.", "MOBILIZE", ["TUR"], ["SYR"]),
    # (with its agent named, the agent deploys and the place is where)
    ("fr", "Des casques bleus ont été déployés au Liban par l'ONU.", "MOBILIZE", ["UNO"], ["LBN"]),
]


@pytest.mark.parametrize(("lang", "text", "type_", "actor", "recipient"), PARTIES, ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(PARTIES)])
def test_parties(coders: dict[str, Coder], lang: str, text: str, type_: str, actor: list[str], recipient: list[str] | None) -> None:
    """(``None``: the recipient is not what the case is about.)"""
    e = _one(coders[lang], text, type_)
    assert _codes(e.actor) == actor
    if recipient is not None:
        assert _codes(e.recipient) == recipient


@pytest.mark.parametrize(
    ("text", "word", "head"),
    [
        # after an agent closed by its adjective, a "de" phrase with an article is the event noun's object
        ("Le bombardement par l'aviation turque de plusieurs villages kurdes a été condamné.", "villages", "bombardement"),
        # (not a name completing the agent)
        ("L'arrestation par les forces armées de la RDC de trois journalistes a été dénoncée.", "RDC", "forces"),
    ],
)
def test_an_object_after_an_agent_closed_by_its_adjective_is_the_noun_s(text: str, word: str, head: str) -> None:
    from sanderling.nlp import get_pipeline

    (tok,) = [t for t in get_pipeline("fr")(text) if t.text == word]
    assert tok.head.text == head


@pytest.mark.parametrize(
    ("text", "name", "head"),
    [
        # a first name spelt like an "-er" infinitive after a preposition is the name it governs
        ("Le Premier ministre israélien a imputé lundi à Yasser Arafat la responsabilité de la vague d'attentats.", "Yasser", "imputé"),
        ("Le gouvernement serbe a reproché mardi à Javier Solana son manque d'impartialité.", "Javier", "reproché"),
    ],
)
def test_a_first_name_read_as_an_infinitive_is_a_name(text: str, name: str, head: str) -> None:
    from sanderling.nlp import get_pipeline

    doc = get_pipeline("fr")(text)
    (tok,) = [t for t in doc if t.text == name]
    assert tok.pos_ == "PROPN" and tok.head.text == head
    assert doc[tok.i + 1].head.i == tok.i  # the rest of the name
    assert not any(c.dep_ == "obj" for c in tok.children)  # what followed it is the verb's again

