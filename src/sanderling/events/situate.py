"""When and where an event happened: the date expression that belongs to its clause (resolved
against the statement day in reported speech, or the publication day) and the place named by a
locative phrase of the clause, the target, or the dateline."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Span, Token

from sanderling.actors.matcher import Hit
from sanderling.actors.resolve import ActorResolver, ArticleMemory
from sanderling.events import syntax as sx
from sanderling.events.triggers import Candidate
from sanderling.lexicon.load import fold
from sanderling.lexicon.schema import Lexicon, Ontology
from sanderling.nlp.tokens import covers, span_head
from sanderling.places.gazetteer import Gazetteer
from sanderling.records import Article, DateRef, PlaceRef, Sentence
from sanderling.time.expressions import DateMention, resolve

VERBAL = frozenset({"verbal_cooperation", "verbal_conflict"})
INHERITED = "previous-sentence"  # DateRef.rule of a day taken from the sentence before: never passed on


class Situator:
    """Dates and places of events; built once per language from loaded resources."""

    def __init__(self, *, lexicon: Lexicon, ontology: Ontology, resolver: ActorResolver, gazetteer: Gazetteer) -> None:
        self._lex = lexicon
        self._g = lexicon.grammar
        self._onto = ontology
        self._resolver = resolver
        self._gaz = gazetteer
        # "Depuis Kiev, le président a condamné…": where it was said from is no background
        self._background_words = lexicon.grammar.background_words - lexicon.grammar.source_preps

    def owner(self, m: DateMention, sent: Span) -> Token | None:
        doc = sent.doc
        if m.marker == "sequence":
            # "two days after police shot…": the clause or noun the "after" opens, not the verb it hangs on
            after = doc[m.end - 1]
            if after.dep_ in ("mark", "case"):
                return after.head
            return next((c for c in after.children if c.dep_ == "pobj"), None)
        t = span_head(doc, m.start, m.end)
        while True:
            if t.pos_ in ("VERB", "AUX") and t.dep_ not in sx.AUX_DEPS and not (m.start <= t.i < m.end):
                return t
            if t.head.i == t.i:
                return t
            t = t.head

    def event_date(self, cand: Candidate, sent: Span, sentence: Sentence, article: Article, memory: ArticleMemory, mentions: list[DateMention], owners: dict[int, Token | None], speech_verb: Token | None, tense: str, type_: str, triggers: frozenset[int]) -> DateRef:
        """The day the event happened: its own date expression (against the statement day in reported
        speech), else the statement day, else the day of the story the sentence goes on with, else the
        publication date."""
        pub = article.date
        lang = self._lex.lang
        rule = f"{lang}/dates.yaml"
        anchor = pub
        speech_date: DateRef | None = None
        if speech_verb is not None:
            for m in mentions:
                if (o := owners[id(m)]) is not None and o.i == speech_verb.i:
                    speech_date = resolve(m, pub, tense="past", rule=rule)
                    if speech_date.value is not None:
                        anchor = speech_date.value
                    break
        mine_tokens = {cand.token.i, *(a.token.i for a in cand.absorbed)}
        chain = cand.token
        while chain.dep_ in ("xcomp",) and chain.head.i != chain.i:  # "a décidé jeudi de renforcer"
            chain = chain.head
            mine_tokens.add(chain.i)
        clause = {t.i for t in self.clause_tokens(cand, triggers)}
        noun = cand.token.pos_ not in ("VERB", "AUX")
        tok = cand.token
        doc = sent.doc
        # A date inside another event noun is that event's ("condemned…and recalled Monday's attack").
        others = [doc[i] for i in triggers if i not in mine_tokens and doc[i].pos_ not in ("VERB", "AUX") and not covers(doc[i], tok.i, tok.i + 1)]
        verb = _verb_above(tok)
        first = sx.first_conjunct(tok)  # "clashed with the rebels on Saturday and freed 17 hostages"
        own = [
            m
            for m in mentions
            if not any(covers(n, m.start, m.end) for n in others)
            and (o := owners[id(m)]) is not None
            and (m.marker != "sequence" or o.i in mine_tokens)  # "two days after…" dates only the clause it opens
            and (
                o.i in mine_tokens
                # not "infrastructure damaged by last month's floods", "les armes saisies l'an dernier": a
                # participle describing a noun has its own time, unless it names a day of the story ("a
                # dispersé les manifestants rassemblés jeudi soir": then)
                or (o.i in clause and not (o.dep_ == "acl" and o.head.pos_ in ("NOUN", "PROPN") and o.pos_ == "VERB" and m.kind in ("period", "month", "year")))
                # "the attack of Monday", "Monday's attack": the noun's own date
                or (noun and covers(tok, m.start, m.end))
                # "a annoncé jeudi des sanctions", "speaking on Thursday after talks": the carrying verb's date
                or (noun and o.i == verb.i and (m.start > tok.i or verb.i not in triggers))
            )
        ]
        if not own and first is not None:  # "…on Tuesday and freed 17 hostages" (but "…and freed them on Wednesday")
            own = [m for m in mentions if m.marker != "sequence" and (o := owners[id(m)]) is not None and o.i == first.i]
        if not own and len(mentions) == 1 and speech_date is None and mentions[0].marker != "sequence":
            o = owners[id(mentions[0])]
            if o is None or o.i == sent.root.i or o.i == cand.token.i:
                own = mentions
        if own:
            m = own[0]
            base = anchor
            host = self._host_day(m, mentions, owners, anchor, rule) if m.marker == "sequence" else None
            if host is not None:
                base = host  # "resigned on Thursday, two days after police shot…": two days before Thursday
            elif m.is_anchored:  # "la veille": the day before the statement, or before the last dated event
                base = speech_date.value if speech_date and speech_date.value else memory.last_event_day or anchor
            # An impossible or unresolvable date stays null with its reason: never a wrong day.
            # "said he would travel in two days", "se rend à Pékin dans deux jours": ahead of the statement
            ahead = tense == "future" or (tense in ("conditional", "present") and m.kind == "ahead")
            return resolve(m, base, tense="future" if ahead else "past", rule=rule)
        if speech_date is None:
            # "Le ministre, s'exprimant jeudi, a promis…": the fronted participle dates the statement
            for m in mentions:
                o = owners[id(m)]
                if o is not None and o.dep_ in ("acl", "advcl") and o.i < cand.token.i and fold(o.lemma_) in self._g.statement_participles:
                    speech_date = resolve(m, pub, tense="past", rule=rule)
                    break
        verbal = self._onto.types[type_].quad in VERBAL
        if speech_date is not None and speech_date.value is not None and (verbal or tense == "past"):
            # also for past acts: "have massed fighters, a spokesman said on Sunday" happened by Sunday,
            # so the statement day is never further from the truth than the publication date
            return speech_date
        if not mentions and tense == "past" and memory.last_dated is not None and not verbal:
            # "…rallied on Friday. Police fired tear gas and arrested 23 people": the story goes on that
            # day, in the next sentence of the same paragraph. A reaction in words ("The EU welcomed the
            # releases") is news of the day it is reported.
            day, end = memory.last_dated
            if not article.text[end : sentence.start].strip(" \t"):
                return replace(day, rule=INHERITED)
        return DateRef(pub, None, "publication" if pub else "none", None, None, "publication-date", warning=None if pub else "no publication date")

    @staticmethod
    def _host_day(m: DateMention, mentions: list[DateMention], owners: dict[int, Token | None], anchor: date | None, rule: str) -> date | None:
        """The day of the clause a "two days after…" clause hangs on, from that clause's own date."""
        clause = owners[id(m)]
        if clause is None or clause.head.i == clause.i:
            return None
        host = clause.head
        for other in mentions:
            if other is not m and other.marker != "sequence" and (o := owners[id(other)]) is not None and o.i == host.i:
                return resolve(other, anchor, tense="past", rule=rule).value
        return None

    def place(self, cand: Candidate, hits: dict[int, Hit], heads: tuple[int | None, int | None], countries: tuple[str, ...], article: Article, memory: ArticleMemory, triggers: frozenset[int], dates: frozenset[int] = frozenset(), parties: frozenset[int] = frozenset()) -> PlaceRef | None:
        """A locative phrase of the clause, the target when it is a place, else the dateline city."""
        # the parties' countries, then those the sentence names ("un camp de l'armée malienne"), then the article's last
        named = tuple(dict.fromkeys(h.term.code for h in hits.values() if h.kind.startswith("country:") and h.term.code and len(h.term.code) == 3))
        context = countries + named + ((memory.last_country.country,) if memory.last_country and memory.last_country.country else ())
        # "in mid-July" is a time, not a place; "à l'Iran, à la Syrie et à la Russie" lists recipients
        taken = (set(heads) - {None}) | dates | parties
        clause = self.clause_tokens(cand, triggers)
        found = self._locative(cand, clause, hits, heads, taken, context)
        if found is None or found.precision == "country":
            # "la police palestinienne de Jéricho", "de la ville assiégée de Gorazde", "the Red Crescent in
            # Bam, Iran": a city the clause names, if it lies in the country found (or none was)
            city = self._clause_city(clause, hits, taken, context)
            if city is not None and (found is None or city.country == found.country):
                return city
        if found is not None:
            return found
        if (first := sx.first_conjunct(cand.token)) is not None:
            # "clashed with Boko Haram near Bama and freed 17 hostages": the freeing was there too
            head = Candidate(first, cand.entry)
            head_clause = self.clause_tokens(head, triggers)
            found = self._locative(head, head_clause, hits, heads, taken, context) or self._clause_city(head_clause, hits, taken, context)
            if found is not None:
                return found
        if heads[1] is not None and cand.type != "REQUEST":
            # "Israël a frappé Beyrouth", "arrived in Dakar": a city attacked, sent to or visited is where it
            # happened, and so is a recipient named by a locative phrase ("closed its embassy in Tehran")
            # ("à"/"to" is also the dative of a gift or an apology: only a city, and only for acts done there)
            target = cand.token.doc[heads[1]]
            case = sx.case_of(target)
            locative = case != "" and any(sx.prep_matches(case, p) for p in self._g.locative_preps) and not any(sx.prep_matches(case, p) for p in self._g.dative_preps)
            there = cand.type in ("ASSAULT", "MOBILIZE") or cand.entry.mode in ("visit", "withdraw")
            if locative or there:
                # the city the phrase names first ("l'ambassade de France à Niamey"), else, after a locative, the phrase's place
                place = self._clause_city(list(target.subtree), hits, set(), context) or self._place_of(target, hits, context)
                if place is not None and (locative or place.precision == "city"):
                    return place
        if article.dateline_place:
            city, _, _ = article.dateline_place.partition("(")
            name = city.split("/")[0].strip().title()
            place = self._gaz.city(name, article.dateline_place, None, None, context=context)
            if place is None and (code := self._dateline_country(article.dateline or "")) is not None:
                # a town the gazetteer lacks, in the country named after it ("UJUNG PANDANG, Indonesia",
                # "UJUNG PANDANG (Indonésie)")
                place = self._gaz.country(code, article.dateline_place, None, None, "country")
            if place is not None:
                start = article.text.find(article.dateline_place)
                return replace(place, start=start, end=start + len(article.dateline_place), source=f"dateline:{place.source}")
        return None

    def _dateline_country(self, dateline: str) -> str | None:
        """The country a dateline names after its place, between commas or in brackets."""
        return next((code for part in re.split(r"[,()]", dateline)[1:] if (code := self._country_named(part.strip())) is not None), None)

    def _country_named(self, text: str) -> str | None:
        """The country whose name or alias ``text`` is, whole ("Indonésie", "Royaume-Uni")."""
        words = tuple(fold(w) for w in text.replace("-", " - ").split())
        if not words:
            return None
        kinds = ("country:name", "country:alias", "country:official")
        return next((t.code for t in self._lex.terms.get(words[0], ()) if t.kind in kinds and t.tokens == words), None)

    def _locative(self, cand: Candidate, clause: list[Token], hits: dict[int, Hit], heads: tuple[int | None, int | None], taken: set[int], context: tuple[str, ...]) -> PlaceRef | None:
        for carrier in clause:
            for case, obj in sx.prep_objects(carrier):
                if obj.i in taken or not any(sx.prep_matches(case, p) for p in self._g.locative_preps) or self._background(obj):
                    continue
                if sx.dative_country(obj, self._g, hits):
                    continue  # "a présenté ses excuses à la Gambie": a dative
                place = self._place_of(obj, hits, context)
                if place is not None:
                    return place
        for obj in sx.objects(cand.token):  # "ont frappé Kharkiv", "shelled Donetsk": the target is the place
            if obj.i != heads[1] and (obj.ent_type_ in ("LOC", "GPE") or obj.i in hits and hits[obj.i].kind == "region"):
                place = self._place_of(obj, hits, context)
                if place is not None:
                    return place
        return None

    def _clause_city(self, clause: list[Token], hits: dict[int, Hit], taken: set[int], context: tuple[str, ...]) -> PlaceRef | None:
        for t in sorted(clause, key=lambda t: t.i):
            # "au Croissant-Rouge de Bam": the tagger may read the town as part of the organisation's name
            seat = t.head.i in hits and hits[t.head.i].kind == "org" and t.head.i < t.i and any(c.dep_ == "case" for c in t.children)
            if t.i in taken or (t.ent_type_ not in ("LOC", "GPE", "FAC") and not seat) or t.pos_ != "PROPN" or (t.i > 0 and t.doc[t.i - 1].ent_type_ == t.ent_type_ and t.doc[t.i - 1].pos_ == "PROPN"):
                continue
            if t.i in hits and not hits[t.i].kind.startswith("country:capital"):
                continue  # countries, demonyms, organisations and roles are not cities
            if t.i in hits and (t.dep_ in sx.SUBJ or (t.dep_ == "conj" and (t.head.dep_ in sx.SUBJ or t.head.i in taken))):
                continue  # "after Paris criticised…", "Pékin et Islamabad ont signé", "a accusé Washington et Londres": a capital that acts or is acted upon is its government
            place = self._city(_propn_span(t), context)
            if place is not None:
                return replace(place, source="geonames:clause")
        return None

    def clause_tokens(self, cand: Candidate, triggers: frozenset[int]) -> list[Token]:
        """The trigger's clause: its subtree, without the clauses of other triggers or reported speech."""
        out: list[Token] = []
        stack = [cand.token]
        subject = sx.stand_in(cand.token, self._g.carrier_nouns)  # "Une tentative d'assassinat a été déjouée en Sibérie"
        if subject.dep_ in sx.SUBJ and subject.head.i not in triggers:
            stack = [subject.head]  # "Des combats ont éclaté dans le nord du Mali": the verb's clause
        absorbed = {a.token.i for a in cand.absorbed} | {cand.token.i}
        while stack:
            t = stack.pop()
            out.append(t)
            for c in t.children:
                # "tué lors d'une fusillade dans le sud-est de la Serbie": the act it happened during is
                # in the same place; other events' phrases are theirs
                during = fold(t.text) in self._g.during_preps or any(fold(g.text) in self._g.during_preps for g in c.children if g.dep_ in ("case", "fixed", "prep"))
                if c.i in triggers and c.i not in absorbed and not during:
                    continue
                if c.dep_ in ("ccomp", "parataxis", "acl:relcl", "relcl") and c.pos_ in ("VERB", "AUX"):
                    continue
                if c.dep_ == "acl" and c.pos_ == "VERB" and "Inf" in c.morph.get("VerbForm") and c.i not in absorbed:
                    continue  # "contre la décision de la Suède de les renvoyer en Bulgarie": where they would be sent, not where they protest
                if c.i not in absorbed and self._background(c):
                    continue  # "en raison de sa couverture de la guerre en Ukraine": the cause's place is not the act's
                stack.append(c)
        return sorted(out, key=lambda t: t.i)

    def _background(self, phrase: Token) -> bool:
        words = self._background_words
        if phrase.dep_ == "prep":
            return fold(phrase.text) in words
        if phrase.pos_ not in ("NOUN", "PROPN", "PRON"):
            return False
        marks = [c for c in phrase.children if c.dep_ in ("case", "fixed") or (c.dep_ == "advmod" and c.i < phrase.i)]
        # "après l'attaque", "en raison de…", "au lendemain de…": the mark or the phrase's own noun
        return any(fold(c.text) in words for c in marks) or (bool(marks) and fold(phrase.text) in words)

    def _place_of(self, obj: Token, hits: dict[int, Hit], context: tuple[str, ...]) -> PlaceRef | None:
        for t in ActorResolver.phrase(obj):
            h = hits.get(t.i)
            if h is not None and h.kind == "region" and h.term.code:
                span = t.doc[h.start : h.end]
                if h.term.country:  # a region inside one country: that country's centroid, flagged admin1
                    inside = self._gaz.country(h.term.country, span.text, span.start_char, span.end_char, h.term.rule)
                    return replace(inside, name=span.text, precision="admin1") if inside else None
                return self._gaz.region(span.text, span.text, span.start_char, span.end_char, h.term.rule)
        for t in ActorResolver.phrase(obj):
            h = hits.get(t.i)
            if h is not None and h.kind in ("country:name", "country:official", "country:alias", "country:ambiguous") and h.term.code:
                words = t.doc[h.start : h.end]
                top = words.root
                if (top.dep_ == "compound" and top.head.pos_ == "NOUN" and fold(top.head.text) not in self._g.border_nouns) or sx.abroad(top, self._g.abroad_nouns):
                    continue  # "outside the US embassy in Seoul", "devant l'ambassade de Russie": whose embassy, not where
                return self._gaz.country(h.term.code, words.text, words.start_char, words.end_char, h.term.rule)
        for t in ActorResolver.phrase(obj):
            # "à Sivas": the French model may tag a capitalised place name as a common noun
            if (t.i in hits and hits[t.i].kind in ("country:demonym", "org")) or (t.pos_ == "NOUN" and t.is_lower):
                continue  # "near the Thai border", "à la gare de Busan", "à l'Union européenne": a nationality, an organisation or a common noun, not a city GeoNames spells so
            if any(c.dep_ == "compound" and c.i in hits and c.i < t.i for c in t.children):
                continue  # "at Tehran University": an institution named after a place is no town of its own
            if t.pos_ == "PROPN" or t.ent_type_ in ("LOC", "GPE") or (t.dep_ == "compound" and t.text.istitle()) or (t.i == obj.i and t.text.istitle() and t.i > t.sent.start):
                place = self._city(_propn_span(t), context)
                if place is not None:
                    return place
        return None

    def _city(self, span: Span, context: tuple[str, ...]) -> PlaceRef | None:
        """The city a name spells; with the capitalised article before it when that names one ("à La
        Paz" is Bolivia's, not a Mexican town called Paz; "La Havane", "La Haye")."""
        doc = span.doc
        if span.start > 0 and doc[span.start - 1].pos_ == "DET" and doc[span.start - 1].text.istitle():
            whole = doc[span.start - 1 : span.end]
            if (place := self._gaz.city(whole.text, whole.text, whole.start_char, whole.end_char, context=context, qualified=_qualified(whole))) is not None:
                return place
        return self._gaz.city(span.text, span.text, span.start_char, span.end_char, context=context, qualified=_qualified(span))


def _propn_span(t: Token) -> Span:
    doc = t.doc
    start, end = t.i, t.i + 1
    # "Port Sudan airport": the name's words point at each other either way ("Port" → "Sudan" as a compound)
    while end < len(doc) and doc[end].pos_ == "PROPN" and (doc[end].head.i in (t.i, end - 1) or doc[end - 1].head.i == end):
        end += 1
    return doc[start:end]


def _verb_above(tok: Token) -> Token:
    """The nearest verb governing ``tok`` (itself if none): "speaking on Thursday after talks" → speaking."""
    t = tok
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        t = t.head
    return t


def _qualified(span: Span) -> bool:
    """A place name followed by its region or country: "Moscow, Idaho", "Moscow, dans l'Idaho", "Lagos, Portugal"."""
    doc = span.doc
    after = doc[span.end : min(span.end + 4, len(doc))]
    return len(after) >= 2 and after[0].text == "," and any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in after[1:])
