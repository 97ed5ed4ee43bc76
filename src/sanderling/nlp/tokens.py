"""Token tests shared by the actor resolver, the event coder and the situator (no imports of either:
no cycles)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

# Prepositions that say whose a noun is ("la manifestation des étudiants", "the invasion of Lebanon")
# and by whom it was done ("par la police", "by the police"), in both languages.
OF_PREPS = frozenset({"de", "d'", "du", "des", "of"})
BY_PREPS = frozenset({"by", "par"})


def after_auxiliary(tok: Token, lemmas: Collection[str] = ()) -> bool:
    """An auxiliary (with one of ``lemmas``, if given) stands just before ``tok``: a participle the
    parser hung on a noun as if it were an adjective ("Les rebelles ont de nouveau rejeté…") is really
    the clause's verb."""
    return any(t.pos_ == "AUX" and (not lemmas or t.lemma_.lower() in lemmas) for t in tok.doc[max(tok.i - 3, tok.sent.start) : tok.i])


def span_head(doc: Doc, start: int, end: int) -> Token:
    """The token of ``doc[start:end]`` whose head lies outside it (the first one if none does)."""
    return next((doc[i] for i in range(start, end) if not start <= doc[i].head.i < end or doc[i].head.i == i), doc[start])


def covers(tok: Token, start: int, end: int) -> bool:
    """Tokens ``start:end`` lie inside ``tok``'s subtree ("Monday's attack", "l'attaque de lundi")."""
    return tok.left_edge.i <= start and end <= tok.right_edge.i + 1


def in_quotation(tok: Token) -> bool:
    """``tok`` lies between quotation marks of its sentence (an odd number of them before it)."""
    return sum(1 for t in tok.doc[tok.sent.start : tok.i] if t.is_quote) % 2 == 1
