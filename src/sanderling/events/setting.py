"""The parties a clause's setting implies where its parse names none: another country the clause
names, else the actor's own (the implicit recipient); the country a domestic actor belongs to; the
addressee of a statement; the body one is put out of."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sanderling.actors.matcher import Hit
from sanderling.actors.resolve import ActorResolver, ArticleMemory, named_by_descent
from sanderling.events import syntax as sx
from sanderling.events.agents import known
from sanderling.events.syntax import Scope
from sanderling.lexicon.load import fold
from sanderling.lexicon.schema import Grammar, Lexicon
from sanderling.nlp.tokens import OF_PREPS, span_head
from sanderling.records import ActorRef, PlaceRef


class Setting:
    """Built once per language; :meth:`begin` gives it the sentence being read."""

    def __init__(self, *, lexicon: Lexicon, resolver: ActorResolver) -> None:
        self._g = lexicon.grammar
        self._resolver = resolver
        self._scope = Scope()

    def begin(self, scope: Scope) -> None:
        self._scope = scope

    def body_left(self, verb: Token, hits: dict[int, Hit], memory: ArticleMemory) -> tuple[ActorRef, ...]:
        """The organisation a passive subject is put out of ("a été suspendu des instances du
        Commonwealth", "was suspended from the African Union"): it is the one that suspends."""
        froms = OF_PREPS | self._g.source_preps
        phrases = [obj for case, obj in sx.prep_objects(verb) if case.split()[0] in froms]
        # the French parser may hang the phrase on a time phrase before it ("pour un an des instances")
        phrases += [obj for _, held in sx.prep_objects(verb) if held.i in self._scope.dates or held.dep_ == "obl:mod" for case, obj in sx.prep_objects(held) if case.split()[0] in froms]
        # (or make it the object after the weekday: "suspendue mercredi des instances")
        phrases += [c for c in verb.children if c.dep_ in sx.OBJ and (sx.case_of(c).split() or [""])[0] in OF_PREPS]
        for obj in phrases:
            # ("des instances du Commonwealth": the body's organs stand for it)
            for noun in (obj, *(o for case, o in sx.prep_objects(obj) if case.split()[0] in OF_PREPS)):
                refs = known(self._resolver.resolve(noun, hits, memory))
                if refs and all(r.sector == "IGO" for r in refs):
                    return refs
        return ()

    def home_country(self, place: PlaceRef | None, sent: Span, hits: dict[int, Hit]) -> str | None:
        """The one country a domestic actor with no nationality most likely belongs to: the country
        where the event happens, else the only country the sentence names, else the dateline's. The
        nationality of people and things often abroad ("gunmen killed two British tourists", "hackers
        defaced Danish websites", "protesters outside the Russian embassy") says nothing of where."""
        dateline = place is not None and (place.source or "").startswith("dateline")
        if not dateline and (where := precise_country(place)) is not None:
            return where
        named = {
            h.term.code for i, h in hits.items()
            if sent.start <= i < sent.end and h.kind.startswith("country:") and h.kind != "country:ambiguous" and not sx.abroad(sent.doc[i], self._g.abroad_nouns)
            and not named_by_descent(sent.doc[i], self._g.ethnic_markers)  # "ethnic Albanians" name no country the act is in
        }
        # the country beyond a border the place is near, when another is named ("près de la frontière burkinabè")
        inside = {h.term.code for i, h in hits.items() if sent.start <= i < sent.end and h.kind.startswith("country:") and not self._across_border(sent.doc[i])}
        named = (named & inside) or named
        if len(named) == 1:
            return named.pop()
        # the dateline next: "VILNIUS - Belarus freed 14 political prisoners" are Belarus's prisoners,
        # "PARIS - Police arrested two suspected ETA members" are French police
        if dateline:
            return precise_country(place)
        # last, "conceded to demands from UNITA": a national group or party names its country too
        return self.group_country(sent, hits)

    def _across_border(self, tok: Token) -> bool:
        """"près de la frontière burkinabè", "near the border with Burkina Faso": the country beyond
        a border the place is near is not where it happens."""
        up = tok.head.head if tok.dep_ == "pobj" else tok.head
        return up.i != tok.i and fold(up.lemma_) in self._g.border_nouns

    def group_country(self, sent: Span, hits: dict[int, Hit]) -> str | None:
        """The one country the sentence's national groups and parties name, if no country is named:
        "The army's delegation rejected a demand by the RSF" (at talks in Doha) is Sudan's army."""
        if any(h.kind.startswith("country:") for i, h in hits.items() if sent.start <= i < sent.end):
            return None
        groups = {h.term.country for i, h in hits.items() if sent.start <= i < sent.end and h.kind == "org" and h.term.country and h.term.country != h.term.code}
        return groups.pop() if len(groups) == 1 else None

    def implicit_recipient(self, tok: Token, sent: Span, hits: dict[int, Hit], actor: tuple[ActorRef, ...], type_: str, place: PlaceRef | None) -> tuple[ActorRef, ...]:
        """No recipient in the parse. PLOVER still codes one: another country the clause names
        ("demonstrators blocked a road over the United States' policies" → USA), else, for an act at
        home, the actor's own country ("Turkish authorities imposed a curfew" → TUR)."""
        own = {a.country for a in actor if a.country}
        if not own:
            return ()
        clause = tok
        for _ in range(3):  # a noun trigger's clause is its verb's ("announced a suspension of…")
            if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i:
                break
            clause = clause.head
        subject = sx.subject(clause)
        skip: set[int] = set(self._scope.dates)
        # The subject names the actor, not another party; but a passive's subject is what the act is
        # done to ("la passation du pouvoir au Sénégal a été saluée"), when the trigger is its verb or
        # lies in it (not in "deux soldats français ont été tués lors de l'attaque d'un camp": the
        # soldiers are not what the attack is on; and "sont convenues de…" is active, whatever the label)
        passive = subject is not None and subject.dep_ in ("nsubjpass", "nsubj:pass") and fold(clause.lemma_) not in self._g.etre_verbs and (clause.i == tok.i or subject.left_edge.i <= tok.i <= subject.right_edge.i)
        if subject is not None and not passive:
            skip.update(t.i for t in subject.subtree)
        for c in clause.children:  # "…, officials said": the attribution names no party
            if c.dep_ in ("parataxis", "ccomp") and fold(c.lemma_) in self._g.speech_verbs:
                skip.update(t.i for t in c.subtree)
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and (fold(c.lemma_) in self._g.speech_verbs or sx.subject(c) is not None):
                skip.update(t.i for t in c.subtree)  # "declared a truce and said it would resume talks in Doha": another clause
        for t in clause.subtree:  # "according to a statement read out in Quito", "selon des responsables japonais"
            if attribution(t, self._g):
                skip.update(g.i for g in t.subtree)
            # "Face aux pressions de Pékin, Washington a réaffirmé son soutien": a circumstance put before
            # the clause sets the scene (not "a cédé face aux pressions de la Cédéao", after the verb)
            opener = fold(t.text) if t.dep_ == "prep" else (sx.case_of(t).split() or [""])[0]  # "Despite", "Face aux"
            if t.head.i == clause.i and t.i < clause.i and opener in self._g.circumstance_cases:
                skip.update(g.i for g in t.subtree)
        taken = [(a.start, a.end) for a in actor if a.start is not None and a.end is not None]
        for t in sorted(clause.subtree, key=lambda t: t.i):
            h = hits.get(t.i)
            if t.i in skip or h is None or h.start != t.i:
                continue
            if h.kind == "region" and h.term.country and len(h.term.country) == 3 and h.term.country not in own:
                # "le retrait de ses troupes du Sud-Liban": a region inside one country names that country
                span = sent.doc[h.start : h.end]
                return (ActorRef(span.text, span.start_char, span.end_char, h.term.country, None, None, None, f"{h.term.rule}; inferred:clause-region"),)
            if not h.kind.startswith("country:"):
                continue
            if h.term.code in own or any(s <= t.idx < e for s, e in taken) or named_by_descent(t, self._g.ethnic_markers):
                continue  # "ethnic Hungarians" point at no country acted upon
            if type_ in ("ASSAULT", "COERCE", "THREATEN") and self._across_border(t):
                # "a pris un bastion à la frontière thaïlandaise", "a stronghold on the Thai border": where
                # the attack was, not whom it was against ("massed troops along the Colombian border" is)
                continue
            # "between the Emirates and Saudi Arabia", "to Iran, Libya, North Korea and Sudan": the whole list
            # The hit's own head is the first conjunct, so the list always holds this hit.
            refs: list[ActorRef] = []
            seed = span_head(sent.doc, h.start, h.end)
            modifier = h.kind == "country:demonym" or seed.dep_ in ("amod", "compound") or (seed.dep_ == "nmod" and seed.i < seed.head.i)
            members = ActorResolver.conjuncts(seed, any_tag=modifier)
            for conj in members:  # "les médiateurs américains et saoudiens": both demonyms
                ch = hits.get(conj.i)
                if ch is None or not ch.kind.startswith("country:") or ch.term.code in own or any(r.country == ch.term.code for r in refs):
                    continue
                span = sent.doc[ch.start : ch.end]
                refs.append(ActorRef(span.text, span.start_char, span.end_char, ch.term.code, None, None, None, f"{ch.term.rule}; inferred:clause-country"))
            # the parser may not join the list ("à la Pologne et à la Bulgarie"): its words still do
            return self._resolver.listed(tuple(refs), sent.doc, hits, exclude=frozenset(own))
        if len(own) > 1 or type_ not in _DOMESTIC_TYPES:
            return ()  # "X and Y agreed…": a compound actor acts with itself
        others = self._g.relation_nouns | self._g.counterpart_nouns
        if any(t.pos_ == "NOUN" and fold(t.text) in others and t.i not in skip and clause in (t.head, t.head.head) for t in clause.subtree):
            return ()  # "a exhorté son homologue", "accused its neighbour": another party, whose the sentence does not say
        if place is not None and place.country and len(place.country) == 3 and place.country not in own:
            # "Russian aircraft launched missiles at the port area" (in Odesa): the country it happened in.
            # A dateline lies outside the sentence: its text, without offsets into the parsed segment.
            dateline = (place.source or "").startswith("dateline")
            start, end = (None, None) if dateline else (place.start, place.end)
            return (ActorRef(place.text, start, end, place.country, None, None, None, f"inferred:event-country ({place.source}; no other party named)"),)
        first = next(a for a in actor if a.country)
        if first.name is not None and first.country == first.name:
            return ()  # a group with no country of its own ("claimed by the Islamic State group") has no home to act on
        # The evidence for that country is the actor's own mention: point at it.
        return (ActorRef(first.text, first.start, first.end, first.country, None, None, None, "inferred:domestic (no other party named: the actor's own country)"),)

    def addressee(self, speech_verb: Token, hits: dict[int, Hit], memory: ArticleMemory) -> tuple[ActorRef, ...]:
        """Who a statement is addressed to: "told Iraq", "issued a reminder to Iraq", "a rappelé à l'Irak"."""
        for c in speech_verb.children:
            target = None
            if c.dep_ in ("dative", "iobj", "dobj") and c.pos_ != "ADP":  # "told Iraq", "reminded Iraq"
                target = c
            elif c.dep_ in ("dative", "prep") and fold(c.text) == "to":
                target = next((g for g in c.children if g.dep_ == "pobj"), None)
            elif c.dep_ in ("obl", "obl:mod", "obl:arg") and any(sx.prep_matches(fold(g.text), fold("à")) for g in c.children if g.dep_ == "case"):
                target = c
            if target is not None and (refs := known(self._resolver.resolve(target, hits, memory))):
                return refs
        return ()


def attribution(t: Token, g: Grammar) -> bool:
    """``t`` opens an attribution phrase: "according (to X)", "(selon) X", "(d'après) X"."""
    return fold(t.text) in g.attribution_words or any(c.dep_ in ("case", "fixed") and fold(c.text) in g.attribution_words for c in t.children)


def precise_country(place: PlaceRef | None) -> str | None:
    """The country of a place found to city, region or country precision."""
    if place is not None and place.country and len(place.country) == 3 and place.precision in ("city", "admin1", "country"):
        return place.country
    return None


# Acts that, with no other party named, fall on the actor's own country (PLOVER's gold codes "Turkish
# authorities imposed a curfew" TUR → TUR). Not so for "condemned foreign interference" or "agreed".
_DOMESTIC_TYPES = frozenset({"PROTEST", "COERCE", "REQUEST", "CONCEDE", "THREATEN", "REJECT", "ASSAULT"})
