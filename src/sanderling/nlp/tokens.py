"""Token tests shared by the actor resolver and the event coder (no imports of either: no cycles)."""

from __future__ import annotations

from spacy.tokens import Token


def after_auxiliary(tok: Token) -> bool:
    """An auxiliary stands just before ``tok``: a participle the parser hung on a noun as if it were
    an adjective ("Les rebelles ont de nouveau rejeté…") is really the clause's verb."""
    return any(t.pos_ == "AUX" for t in tok.doc[max(tok.i - 3, tok.sent.start) : tok.i])
