"""Actors that resolved to no entity, and so lost their event (PLOVER codes no event without a named
actor): organisations, unions and regions missing from the lexicons, and sentence shapes whose
actor the role rules did not reach."""

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
    return sorted(r.country or r.name or r.sector or "" for r in refs)


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
