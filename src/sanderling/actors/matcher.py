"""Find lexicon terms (roles, countries, organisations, known people) in a parsed document:
longest match first, on folded token text."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from sanderling.lexicon.load import fold
from sanderling.lexicon.schema import Lexicon, Namesake, Term


@dataclass(frozen=True, slots=True)
class Hit:
    start: int  # token index in the Doc
    end: int  # exclusive
    term: Term

    @property
    def kind(self) -> str:
        return self.term.kind


def find_terms(doc: Doc, lexicon: Lexicon) -> dict[int, Hit]:
    """Token index → the hit covering it (non-overlapping, longest match wins)."""
    keys = [fold(t.text) for t in doc]
    covered: dict[int, Hit] = {}
    i = 0
    while i < len(doc):
        best: Hit | None = None
        for term in lexicon.terms.get(keys[i], ()):
            n = len(term.tokens)
            if tuple(keys[i : i + n]) != term.tokens:
                continue
            if n == 1 and term.kind == "country:name" and doc[i].is_lower and doc[i].pos_ == "ADJ" and i > 0 and doc[i - 1].pos_ in ("NOUN", "ADJ"):
                # "la centrale syndicale argentine", "la diplomatie suisse": a country's name that is also
                # its feminine demonym, written lower-case after a noun, is the demonym
                term = replace(term, kind="country:demonym")
            if term.kind == "person" and n == 1 and _inside_other_name(doc, i, covered):
                continue
            if _acceptable(doc[i : i + n], term) and not _against_or_for(keys, i, term) and not _acronym_of_previous(doc, i, n, term) and not _currency(doc, i, n, term, lexicon.grammar.currency_words):
                best = Hit(i, i + n, term)
                break  # terms are sorted longest first
        if best is None:
            i += 1
            continue
        for j in range(best.start, best.end):
            covered[j] = best
        i = best.end
    _organisation_anaphors(doc, lexicon.grammar.organisation_nouns, covered)
    return covered


def _organisation_anaphors(doc: Doc, nouns: frozenset[str], covered: dict[int, Hit]) -> None:
    """"rejetée par la conférence générale de l'organisation" (after "l'Unesco"), "the organisation
    said": a bare definite organisation noun stands for the last organisation named before it (not
    "l'organisation terroriste", "the organisation of the summit": a description of its own)."""
    last: Hit | None = None
    for t in doc:
        if (h := covered.get(t.i)) is not None:
            last = h if h.kind == "org" else last
            continue
        definite = any(c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in t.children)
        bare = not any(c.dep_ in ("amod", "nmod", "compound", "acl", "prep", "appos", "flat:name") for c in t.children)
        # (not "a suspendu le Nigeria de l'organisation": what a name is put out of, no party of its own)
        # (a role is no name: "le porte-parole de l'organisation" is the organisation's)
        named = t.head.i != t.i and (t.head.pos_ == "PROPN" or (t.head.i in covered and covered[t.head.i].kind != "role"))
        if last is not None and fold(t.text) in nouns and t.pos_ == "NOUN" and definite and bare and not named:
            covered[t.i] = Hit(t.i, t.i + 1, last.term)


_WORD = re.compile(r"[\w-]+")


def cued_states(text: str, namesakes: tuple[Namesake, ...]) -> frozenset[str]:
    """The states whose words (``Namesake.cues``) an article uses: read once per article."""
    words = " " + " ".join(_WORD.findall(fold(text))) + " "
    return frozenset(n.other for n in namesakes if any(f" {cue} " in words for cue in n.cues))


def settle_namesakes(hits: dict[int, Hit], cued: frozenset[str], namesakes: tuple[Namesake, ...]) -> dict[int, Hit]:
    """A name two states share takes the other state when the article uses that state's words and
    none of the first's ("rebels in eastern Congo … north of Goma": the Democratic Republic)."""
    settled = dict(hits)
    for hit in dict.fromkeys(hits.values()):
        form = " ".join(hit.term.tokens)
        for n in namesakes:
            if hit.term.code == n.code and form in n.forms and n.other in cued and n.code not in cued:
                term = replace(hit.term, code=n.other, rule=f"{hit.term.rule}; tables/namesakes.tsv")
                for i in range(hit.start, hit.end):
                    settled[i] = Hit(hit.start, hit.end, term)
    return settled


def _against_or_for(keys: list[str], i: int, term: Term) -> bool:
    """"an anti-Syria journalist", "des séparatistes pro-russes": the country names a stance, not a
    nationality (PLOVER codes pro-Russian separatists in Ukraine as Ukrainian rebels)."""
    return term.kind.startswith("country:") and i >= 2 and keys[i - 1] == "-" and keys[i - 2] in ("anti", "pro")


def _acronym_of_previous(doc: Doc, i: int, n: int, term: Term) -> bool:
    """"Montenegro Municipality Association (AKK)": a bracketed acronym names the phrase before it,
    not the person who happens to share the initials."""
    return term.kind == "person" and n == 1 and doc[i].text.isupper() and 0 < i < len(doc) - 1 and doc[i - 1].text == "(" and doc[i + 1].text == ")"


def _currency(doc: Doc, i: int, n: int, term: Term, words: frozenset[str]) -> bool:
    """"50 millions de dollars américains", "US $50 million", "Canadian dollars": the country names a
    currency, not a party. A verb beside a name is no currency ("Russia pounds Kharkiv")."""
    if not term.kind.startswith("country:"):
        return False
    after = doc[i + n] if i + n < len(doc) else None
    if after is not None and not after.is_alpha and term.kind != "country:demonym" and not doc[i : i + n].text.isupper():
        after = None  # "US $50 million", but "gave Iraq $50 million": the symbol belongs to the amount
    before = doc[i - 1] if i > 0 and term.kind == "country:demonym" else None  # only French puts the nationality after
    return any(t is not None and fold(t.text) in words and t.pos_ != "VERB" for t in (after, before))


def _inside_other_name(doc: Doc, i: int, covered: dict[int, Hit]) -> bool:
    """"Saddam Haftar", "Dusko Tadic", "Winnie Mandela": one word of a known person's name beside
    another capitalised name that no term covers belongs to someone else."""
    def name_word(t: Token) -> bool:
        return t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha
    before = doc[i - 1] if i > 0 else None
    after = doc[i + 1] if i + 1 < len(doc) else None
    return (before is not None and name_word(before) and before.i not in covered) or (after is not None and name_word(after))


def _acceptable(span: Span, term: Term) -> bool:
    token = span[0]
    if term.kind == "country:ambiguous" or term.kind == "person":
        # "turkey", "jordan", surnames that are also words: only as capitalised names (not "le roi
        # Abdallah" either, which the table gives one of two kings)
        return token.text[:1].isupper()
    if term.kind.startswith("country:") and term.kind in ("country:name", "country:capital", "country:alias"):
        # (a longer name may begin with common words: "le département d'État", "the former Yugoslav
        # republic of Macedonia"; not two words, "south Georgia" in "police in south Georgia")
        return token.text[:1].isupper() or not token.is_alpha or (len(span) > 2 and any(t.text[:1].isupper() for t in span[1:]))
    if term.kind == "org" and len(span) == 2 and fold(token.text) in ("les", "the"):
        return span[1].text[:1].isupper()  # "les Quinze", "les Vingt-Sept", not "les quinze soldats"
    if term.kind == "org" and len(span) > 1 and token.pos_ in ("VERB", "AUX") and not any(t.text[:1].isupper() for t in span):
        return False  # "to save the children trapped": a name spelt like a clause, written as one
    if term.kind == "org" and len(term.tokens) == 1 and len(token.text) <= 3 and token.is_alpha:
        return token.text.isupper()  # "FAO", "WHO", not "the Fao peninsula" or "Who"
    return True
