"""Threats and their look-alikes in French wire copy (data/probes/fr_threats.tsv): who threatens
whom in the shapes the French side coded wrong; the cases are in test_parties.py's PARTIES format,
and use its helpers."""

from __future__ import annotations

import pytest

from sanderling import Coder
from test_parties import _codes, _one

THREATS = [
    # lang, text, type, actor codes, recipient codes
    # forces deployed by a named agent are its own, no recipient; with none named they are the side
    # that deploys them
    ("fr", "Quelque 2.000 policiers ont été déployés samedi par le gouvernement kényan dans la capitale.", "MOBILIZE", ["KEN"], []),
    ("en", "Some 2,000 police officers were deployed on Saturday by the Kenyan government in the capital.", "MOBILIZE", ["KEN"], []),
    ("fr", "Des milliers de soldats turcs ont été massés le long de la frontière syrienne.", "MOBILIZE", ["TUR"], ["SYR"]),
    # an ultimatum refused is the issuer's, named as the subject of a relative clause (inverted or not)
    ("fr", "Le gouvernement ivoirien a rejeté l'ultimatum que lui avait adressé la veille la Cédéao.", "REJECT", ["CIV"], ["ECOWAS"]),
    ("fr", "Le gouvernement ivoirien a rejeté l'ultimatum que la Cédéao lui avait adressé.", "REJECT", ["CIV"], ["ECOWAS"]),
    ("en", "Baghdad rejected the ultimatum the Security Council had sent it.", "REJECT", ["IRQ"], ["UNSC"]),
    ("fr", "Le Hamas a rejeté la proposition que lui avait soumise l'Egypte.", "REJECT", ["PSE"], ["EGY"]),
    # "faire savoir à X que" + conditional: the one who lets it be known speaks, and a condition makes the
    # announced sanction a threat; said as done, it stays a sanction
    ("fr", "Londres a fait savoir au président zimbabwéen qu'il suspendrait sa coopération militaire avec le Zimbabwe si les expropriations continuaient.", "THREATEN", ["GBR"], ["ZWE"]),
    ("fr", "Rome a fait savoir au colonel Kadhafi qu'il suspendrait les vols vers la Libye si Tripoli refusait.", "THREATEN", ["ITA"], ["LBY"]),
    # "cesser" what was given (cooperation, aid, deliveries) is a sanction; with a condition, a threat;
    # "cesser le travail" stays a strike
    ("fr", "La Russie cessera ses livraisons de gaz à l'Ukraine si Kiev ne règle pas sa dette d'ici lundi.", "THREATEN", ["RUS"], ["UKR"]),
    ("fr", "Le Japon a cessé son aide au Burundi.", "SANCTION", ["JPN"], ["BDI"]),
    ("fr", "Les dockers ont cessé le travail dans le port d'Anvers.", "PROTEST", ["BEL"], None),
    # a threat as the subject of a passive: the agent utters it, the "contre" phrase (which the parser
    # hangs on the agent's name) names whom it is against
    ("fr", "De graves menaces ont été proférées mardi par l'Iran contre l'Arabie saoudite.", "THREATEN", ["IRN"], ["SAU"]),
    ("fr", "Des accusations ont été lancées par l'Inde contre le Pakistan.", "ACCUSE", ["IND"], ["PAK"]),
    ("fr", "La guerre de la Russie contre l'Ukraine a été condamnée par la France.", "ACCUSE", ["FRA"], ["RUS"]),
    # the NGOs one threatens to expel are the recipient, not the threatener's own authorities
    ("fr", "Les autorités éthiopiennes ont menacé d'expulser de l'Ogaden les organisations humanitaires occidentales.", "THREATEN", ["ETH"], [""]),
    # "laisser planer la menace de": a threat, its subject the threatener (not the act threatened)
    ("fr", "Le président ivoirien a laissé planer lundi la menace d'une rupture des relations diplomatiques avec le Burkina Faso.", "THREATEN", ["CIV"], ["BFA"]),
    # "ont de nouveau brandi la menace": the subject the parser hung on "de nouveau" is the verb's
    ("fr", "Les Etats-Unis ont de nouveau brandi jeudi la menace de sanctions contre la Syrie.", "THREATEN", ["USA"], ["SYR"]),
    ("fr", "Londres a annoncé qu'il a suspendu sa coopération militaire avec le Zimbabwe.", "SANCTION", ["GBR"], ["ZWE"]),
]


@pytest.mark.parametrize(("lang", "text", "type_", "actor", "recipient"), THREATS, ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(THREATS)])
def test_threat_parties(coders: dict[str, Coder], lang: str, text: str, type_: str, actor: list[str], recipient: list[str] | None) -> None:
    """(``None``: the recipient is not what the case is about.)"""
    e = _one(coders[lang], text, type_)
    assert _codes(e.actor) == actor
    if recipient is not None:
        assert _codes(e.recipient) == recipient


@pytest.mark.parametrize(
    ("text", "word", "dep", "head"),
    [
        # after "que", the noun set after the verb is its subject, the dative pronoun no subject
        ("L'Irak a rejeté l'ultimatum que lui avait adressé la veille le Conseil de sécurité.", "Conseil", "nsubj", "adressé"),
        ("L'Irak a rejeté l'ultimatum que lui avait adressé la veille le Conseil de sécurité.", "lui", "iobj", "adressé"),
        # a "que" clause with its own subject and object, hung on the one told, is what the verb says
        ("Rome a fait savoir au colonel Kadhafi qu'il suspendrait les vols si Tripoli refusait.", "suspendrait", "ccomp", "savoir"),
        # a noun with its own article after a from-phrase, with no "et", is the object, not a conjunct
        ("Le Kenya a menacé d'expulser du pays les organisations humanitaires étrangères.", "organisations", "obj", "expulser"),
        ("Les autorités éthiopiennes ont menacé d'expulser de l'Ogaden les organisations humanitaires occidentales.", "organisations", "obj", "expulser"),
        ("Le gouvernement a expulsé du Darfour et du Kordofan les observateurs.", "Kordofan", "conj", "Darfour"),
        # a true relative clause stays one
        ("Le ministre a reçu l'ambassadeur qu'il avait convoqué la veille.", "convoqué", "acl:relcl", "ambassadeur"),
    ],
)
def test_que_clauses_the_parser_misreads(coder_fr: Coder, text: str, word: str, dep: str, head: str) -> None:
    doc = coder_fr._language("fr").nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert (tok.dep_, tok.head.text) == (dep, head)


def test_an_if_clause_hung_on_a_noun_is_the_threat_s_condition(coder_fr: Coder) -> None:
    # the parser hangs "si Damas…" on "note": it is the condition of the threat, whose party is threatened
    text = "Le ministère turc a remis au chargé d'affaires syrien une note dans laquelle Ankara menace de recourir à la force si Damas continue d'abriter les rebelles."
    e = _one(coder_fr, text, "THREATEN")
    assert (_codes(e.actor), _codes(e.recipient)) == (["TUR"], ["SYR"])
