"""One parsed sentence → events: triggers merged per clause, actor and recipient from the parse,
negation and modality, PLOVER mode and contexts, date and place, with evidence."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType

from spacy.tokens import Doc, Span, Token

from sanderling.actors.matcher import Hit
from sanderling.actors.resolve import ActorResolver, ArticleMemory, named_by_descent
from sanderling.events import syntax as sx
from sanderling.events.situate import Situator
from sanderling.events.triggers import (
    ASK_MODE,
    Candidate,
    derived_mode,
    find_candidates,
    is_background,
    merge_clauses,
    ruled_out,
)
from sanderling.lexicon.load import fold
from sanderling.lexicon.schema import Lexicon, Ontology
from sanderling.nlp.tokens import BY_PREPS, OF_PREPS, after_auxiliary, covers, span_head
from sanderling.places.gazetteer import Gazetteer
from sanderling.records import (
    ActorRef,
    Article,
    Event,
    Evidence,
    Modality,
    PlaceRef,
    Sentence,
    stable_id,
)
from sanderling.time.expressions import DateMention, find_dates

COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
# The THREATEN mode an announced act takes (PLOVER's THREATEN modes).
_THREAT_MODE: dict[tuple[str, str | None], str | None] = {
    ("ASSAULT", None): "violence",
    ("COERCE", "arrest"): "arrest",
    ("COERCE", None): "restrict",
    ("COERCE", "deport"): "expel",
    ("SANCTION", "expel"): "expel",
    ("SANCTION", None): "relations",
    ("PROTEST", None): None,
}


@dataclass(frozen=True, slots=True)
class _Roles:
    actor: tuple[ActorRef, ...]
    recipient: tuple[ActorRef, ...]
    actor_head: int | None
    recipient_head: int | None


class EventExtractor:
    """Built once per language from loaded resources; :meth:`extract` is called per sentence."""

    def __init__(self, *, lexicon: Lexicon, ontology: Ontology, resolver: ActorResolver, gazetteer: Gazetteer) -> None:
        self._date_tokens: frozenset[int] = frozenset()
        self._trigger_tokens: frozenset[int] = frozenset()
        self._hits: dict[int, Hit] = {}
        self._lex = lexicon
        self._g = lexicon.grammar
        self._onto = ontology
        self._resolver = resolver
        self._situator = Situator(lexicon=lexicon, ontology=ontology, resolver=resolver, gazetteer=gazetteer)

    # -- entry point ---------------------------------------------------------------------------
    def extract(self, sent: Span, sentence: Sentence, article: Article, hits: dict[int, Hit], memory: ArticleMemory) -> list[Event]:
        # "Asia-Pacific Economic Cooperation": a word of an organisation's name is no event
        found = [c for c in find_candidates(sent, self._lex) if not (c.token.i in hits and hits[c.token.i].kind == "org")]
        cands = merge_clauses(found, self._lex)
        main = [c for c in cands if self._subordinate(c.token) is None]
        if main:
            # "…will boycott the elections unless the president agrees to step down", "…Chaudhry, whom
            # they had taken hostage": conditions and relative clauses are background to the main event
            cands = main
        mentions = find_dates(sent, self._lex.dates)
        owners = {id(m): self._situator.owner(m, sent) for m in mentions}
        self._date_tokens = frozenset(i for m in mentions for i in range(m.start, m.end))
        self._trigger_tokens = frozenset(c.token.i for c in cands)
        self._hits = hits
        events: list[Event] = []
        lowered = " " + " ".join(fold(t.text) for t in sent) + " "
        historical = any(f" {cue} " in lowered for cue in self._g.historical)
        for cand in cands:
            event = self._build(cand, sent, sentence, article, hits, memory, mentions, owners, historical)
            if event is not None:
                events.append(event)
        if any(e.type == "PROTEST" for e in events):
            # PLOVER: the demand a protest makes ("a hunger strike to demand…") is its topic, not an event
            # and "began a hunger strike to protest against…" is one protest, not two
            purpose = {c.token.idx for c in cands if c.token.dep_ in ("advcl", "xcomp", "acl") and not sx.subject(c.token)}
            main_protests = {e.evidence.trigger_start for e in events if e.type == "PROTEST"} - purpose
            events = [e for e in events if not (e.evidence.trigger_start in purpose and (e.type == "REQUEST" or (e.type == "PROTEST" and main_protests)))]
        return events

    # -- one candidate -------------------------------------------------------------------------
    def _build(self, cand: Candidate, sent: Span, sentence: Sentence, article: Article, hits: dict[int, Hit], memory: ArticleMemory, mentions: list[DateMention], owners: dict[int, Token | None], historical: bool) -> Event | None:
        tok = cand.token
        speech_verb = self._speech_governor(tok)
        speaker: tuple[ActorRef, ...] = ()
        # "was quoted as saying he would…": the speaker is the one quoted (not in "pressed Damascus to
        # announce…", where the one pressed speaks)
        if speech_verb is not None and (s := sx.subject(speech_verb) or (self._inherited_subject(speech_verb) if _uncontrolled(speech_verb) else None)) is not None:
            speaker = self._resolver.resolve(s, hits, memory)
        roles = self._roles(cand, hits, memory, speaker)
        if tok.pos_ not in ("VERB", "AUX") and is_background(tok, cand.entry):
            return None  # "à la suite de l'exécution de X", "in the wake of the attack": background, not news
        own_date = any(covers(tok, m.start, m.end) for m in mentions)
        if tok.pos_ not in ("VERB", "AUX") and roles.actor_head is None and not roles.actor and not roles.recipient and tok.dep_ not in sx.SUBJ and not own_date:
            # "à l'issue de la rencontre", "face à la menace": a bare noun names no new event, unless it
            # is what the sentence reports ("Des combats ont éclaté", "Fighting erupted") or is dated
            # ("a rappelé l'attaque de lundi", "recalled Monday's attack")
            return None
        if cand.type == "ASSAULT" and self._by_hazard(tok, roles):
            return None  # "un cyclone a frappé la ville", "blessé suite à une chute": no one attacked
        negated = self._negated(tok)
        if tok.pos_ in ("VERB", "AUX"):
            tense = sx.verb_tense(tok, self._g, self._lex.lang)
        elif tok.dep_ in sx.OBJ | sx.SUBJ and tok.head.pos_ in ("VERB", "AUX"):
            tense = sx.verb_tense(tok.head, self._g, self._lex.lang)  # "will extend the curfew"
        else:
            tense = "present"
        modality = self._modality(tok, tense, reported=speech_verb is not None, historical=historical)
        type_ = cand.type
        mode = derived_mode(cand)
        actor_refs, recipient_refs = roles.actor, roles.recipient
        rule_note = ""
        if type_ == "SANCTION" and mode == "expel" and self._people_expelled(roles, hits, tok.doc):
            # PLOVER: expelling diplomats is SANCTION, deporting people is COERCE ("expelled 168 Liberians")
            type_, mode = "COERCE", "deport"
            rule_note = " [people expelled: COERCE deport]"
        if speaker and speech_verb is not None and self._obligation(tok) and roles.actor_head is not None and tok.doc[roles.actor_head].pos_ == "PRON":
            # "reminded Iraq that it must cooperate", "a rappelé à l'Irak qu'il doit coopérer": the one
            # told is the one obliged, not the speaker
            actor_refs = self._addressee(speech_verb, hits, memory) or actor_refs
        if speaker and self._obligation(tok) and actor_refs and {r.country for r in speaker} != {r.country for r in actor_refs}:
            # "X a affirmé que Y devait coopérer", "X said Y must cooperate": X demands it of Y
            type_, mode = "REQUEST", ASK_MODE.get(type_, "change")
            actor_refs, recipient_refs = speaker, actor_refs
            rule_note = " [obligation in reported speech: REQUEST]"
        elif negated and (type_ == "AGREE" or (type_ in (*COOPERATIVE, "CONCEDE", "RETREAT") and modality in ("intent", "future"))):
            # "n'a pas rencontré son homologue" is a meeting that did not happen (negated CONSULT), not a refusal
            # "will not accept", "failed to reach agreement": a refusal is PLOVER's REJECT, not a negated AGREE
            type_, mode, negated = "REJECT", (None if cand.type == "AGREE" else ASK_MODE.get(cand.type)), False
            rule_note = f" [negated {cand.type}: REJECT]"
        elif (modality in ("intent", "future") and type_ in ("ASSAULT", "COERCE", "SANCTION", "PROTEST")) or (
            self._conditional(tok) and type_ in ("ASSAULT", "COERCE", "SANCTION", "PROTEST", "RETREAT", "REJECT")
        ):
            # announced conflictual acts ("will boycott", "will extend the curfew") and acts made to
            # depend on a condition ("will withdraw unless…") are threats
            mode = _THREAT_MODE.get((type_, mode), _THREAT_MODE.get((type_, None)))
            rule_note = f" [announced {type_}: THREATEN]"
            type_ = "THREATEN"
        elif modality in ("intent", "future") and type_ in (*COOPERATIVE, "RETREAT", "CONCEDE"):
            # PLOVER (after CAMEO's "express intent to…"): offers, promises and announced concessions
            # or withdrawals are AGREE ("will release the prime minister", "will evacuate the settlements")
            rule_note = f" [announced {type_}: AGREE]"
            type_, mode = "AGREE", None
        if cand.entry.type == "AGREE" and any(a.entry.type in COOPERATIVE for a in cand.absorbed) and modality == "asserted":
            modality = "intent"
        if mode is None:
            mode = self._mode_from_cues(type_, tok, sent)
        contexts = self._contexts(cand, sent)

        day = self._situator.event_date(cand, sent, article, memory, mentions, owners, speech_verb, tense, type_, self._trigger_tokens)
        place = self._situator.place(cand, hits, (roles.actor_head, roles.recipient_head), tuple(r.country for r in (*roles.actor, *roles.recipient) if r.country), article, memory, self._trigger_tokens, self._date_tokens, _listed_tokens(sent, (*roles.actor, *roles.recipient)))
        warnings: list[str] = list(article.warnings)
        if day.warning:
            warnings.append(day.warning)
        info = self._onto.types[type_]
        if info.requires_recipient and not roles.recipient:
            warnings.append(f"PLOVER requires a recipient for {type_}; none found")

        recipient = _own_possessions(_fill_counterparts(recipient_refs, actor_refs), actor_refs, self._g.relation_nouns)
        actor = _fill_counterparts(actor_refs, recipient)
        home = self._home_country(place, sent, hits)
        # a visit happens abroad: where it happens says nothing of the visitor's country ("s'est rendu à Moscou")
        actor, recipient = (actor if mode == "visit" else _domestic(actor, home)), _domestic(recipient, home)
        if (where := _precise_country(place)) is not None:
            actor, recipient = _residents(actor, where), _residents(recipient, where)
        own = {a.country for a in actor if a.country}
        if len(own) > 1 and recipient and all(r.country in own for r in recipient):
            recipient = ()  # "Palestinians and Israelis failed to agree on the Palestinian offices": reciprocal
        if type_ == "CONSULT" and mode == "phone" and recipient:
            # PLOVER (compound and reciprocal actors): a call has no host and no visitor; all who
            # take part are the actor and no recipient is coded
            actor, recipient = _merged_call(actor, recipient), ()
        elif not recipient and actor:
            recipient = self._implicit_recipient(tok, sent, hits, actor, type_, place)
        if not actor and type_ == "ASSAULT" and (roles.actor_head is None or sent.doc[roles.actor_head].pos_ != "PRON"):
            # "A journalist was killed in a car bomb in Beirut": unknown attackers, coded as ICEWS codes
            # "Unidentified Forces (Lebanon)": in the country where it happened (else the victims')
            where = home or next((r.country for r in recipient if r.country and len(r.country) == 3), None)
            if where is not None:
                actor = (ActorRef(tok.text, tok.idx, tok.idx + len(tok.text), where, None, "unidentified attackers", None, "inferred:unidentified (country where it happened)"),)
        if not actor and roles.actor_head is None and (type_, mode) in _STATE_ACTS and tok.pos_ in ("VERB", "AUX") and sx.is_passive(tok) and place is not None and not (place.source or "").startswith("dateline") and (where := _precise_country(place)) is not None:
            # "Two journalists were arrested in Minsk", "has been put under investigation in Italy": only
            # the state acts so, and the state is the one the sentence says it happened in (not the dateline)
            actor = (ActorRef(tok.text, tok.idx, tok.idx + len(tok.text), country=where, name="authorities", source="inferred:authorities (country where it happened, passive with no agent)"),)
        rule = cand.entry.rule + "".join(f" > {a.entry.rule}" for a in cand.absorbed) + rule_note
        evidence = Evidence(sentence.text, sentence.start, sentence.end, tok.text, tok.idx, tok.idx + len(tok.text), rule)
        confidence = _confidence(cand, actor, recipient, info.requires_recipient)
        event = Event(
            article_id=article.id,
            event_id=stable_id(article.id, sentence.start, tok.idx, type_),
            sentence_id=sentence.id,
            lang=self._lex.lang,
            type=type_,
            mode=mode,
            contexts=contexts,
            quad=info.quad,
            intensity=self._onto.intensity(type_, mode),
            actor=actor,
            recipient=recipient,
            date=day.value,
            date_text=day.text,
            date_precision=day.precision,
            location=place,
            negated=negated,
            modality=modality,
            evidence=evidence,
            confidence=confidence,
            warnings=tuple(warnings),
            publication_date=article.date,
            publication_date_source=article.date_source,
        )
        if day.precision == "day" and day.text:
            memory.last_event_day = day.value
        # With "recevoir"/"host" the grammatical subject is PLOVER's recipient: it stays the salient one.
        memory.remember(recipient if cand.entry.swap else actor, subject=True)
        memory.remember(actor if cand.entry.swap else recipient, subject=False)
        if (actor and recipient) or len(actor) > 1:
            memory.last_pair = (*actor, *recipient)
        return event

    # -- actor and recipient -------------------------------------------------------------------
    def _inherited_subject(self, verb: Token) -> Token | None:
        t = verb
        for _ in range(5):
            s = sx.subject(t)
            if s is not None:
                return s
            if t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN") and after_auxiliary(t, ("avoir", "have")):
                return t.head  # "Les rebelles ont de nouveau rejeté": the parser lost the clause, not its subject
            if t.dep_ == "acl" and (root := _rootless_subject(t)) is not None:
                return root
            if t.dep_ in ("xcomp", "conj", "advcl", "ccomp", "acl", "acomp") and t.head.i != t.i:  # acomp: "is ready to contribute"
                t = t.head
                continue
            if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.pos_ == "VERB" and not sx.objects(t.head.head):
                t = t.head.head  # "resorted to throwing stones"; not "accused Israel of killing"
                continue
            break
        # "Le ministre, s'exprimant jeudi…, a promis": the parser hangs the subject on the fronted
        # participle; it is the subject of the main verb too.
        for c in t.children:
            if c.dep_ == "advcl" and c.i < t.i and (s := sx.subject(c)) is not None and s.i < c.i:
                return s
        if (fronted := self._after_fronted_phrase(t)) is not None:
            return fronted
        # "Des insurgés …, ont affirmé": a bare noun phrase before the verb, mislabelled as a modifier
        for c in t.children:
            if c.i >= t.i:
                break
            if c.pos_ in ("NOUN", "PROPN") and c.dep_ in ("obl:mod", "obl", "nmod", "dep") and c.i not in self._date_tokens and not any(g.dep_ == "case" for g in c.children):
                return c
        return None

    def _after_fronted_phrase(self, verb: Token) -> Token | None:
        """"With the signing of a memorandum, the Sudanese government and SPLM/A have agreed…": the
        parser folds the subject into the fronted phrase; it is the noun phrase between the comma and
        the verb (with its auxiliaries)."""
        first = min([verb.i, *(c.i for c in verb.children if c.dep_ in sx.AUX_DEPS or c.dep_ == "neg")])
        last = verb.doc[first - 1] if first > verb.sent.start else None
        if last is None or last.pos_ not in ("NOUN", "PROPN") or last.i in self._date_tokens:
            return None
        comma = next((t.i for t in reversed(verb.doc[verb.sent.start : last.i]) if t.text == ","), None)
        if comma is None:
            return None
        head = last
        while head.head.i != head.i and comma < head.head.i < first and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head
        if head.head.i == verb.i or any(t.pos_ in ("VERB", "AUX") or t.dep_ == "case" for t in verb.doc[comma + 1 : head.i]):
            return None  # a phrase of the verb's own, or not a bare noun phrase
        return head if self._is_actorish(head, self._hits) else None

    def _roles(self, cand: Candidate, hits: dict[int, Hit], memory: ArticleMemory, speaker: tuple[ActorRef, ...]) -> _Roles:
        tok = cand.token
        actor_head: Token | None = None
        patient: Token | None = None
        if tok.pos_ in ("VERB", "AUX"):
            subj = self._inherited_subject(tok)
            if sx.is_passive(tok) and fold(tok.lemma_) not in self._g.etre_verbs:  # "sont convenus de": active
                patient = subj if subj is not None and subj.head.i == tok.i else None
                actor_head = sx.agent(tok, self._g)
            else:
                actor_head = subj
        else:
            actor_head = self._nominal_agent(tok, hits)
        recipient_head = patient
        recipient: tuple[ActorRef, ...] = ()
        if recipient_head is None and not cand.entry.swap:
            # The object is an absorbed event noun: whose act it is names the recipient, by the
            # demonym on it ("rejected a US offer", "a rejeté une proposition indienne") or by its doer
            # ("prevented the demonstration staged by students", "denounced the repression by Serbia").
            # An accusation falls on whoever committed what it is about ("complained to the UN over
            # Israeli air raids" → Israel), wherever the parser hangs the act.
            for inner in cand.absorbed:
                direct = inner.token.dep_ in sx.OBJ and inner.token.head.i == tok.i
                if not (direct or (cand.type == "ACCUSE" and inner.token.pos_ == "NOUN")):
                    continue
                if recipient := self._nominal_country(inner.token, hits):
                    break
                if (doer := self._doer(inner.token, of=inner.type == "PROTEST")) is not None and (recipient := _known(self._resolver.resolve(doer, hits, memory, speaker=speaker))):
                    recipient_head = doer
                    break
        if recipient_head is None and not recipient:
            for head in self._recipient_heads(cand, actor_head):
                recipient = _known(self._resolver.resolve(head, hits, memory, speaker=speaker))
                if recipient:
                    recipient_head = head
                    break
        between = recipient_head is not None and (case := sx.case_of(recipient_head)) != "" and any(sx.prep_matches(case, p) for p in self._g.reciprocal_preps)
        if cand.entry.swap and recipient_head is not None and not between:  # "host a meeting between X and Y": a mediator
            actor_head, recipient_head = recipient_head, actor_head
            recipient = ()
        if recipient_head is None and not recipient:
            for inner in cand.absorbed:  # "a dénoncé les sanctions américaines": the sanctioning country
                if inner.token.pos_ not in ("VERB", "AUX") and (recipient := self._nominal_country(inner.token, hits)):
                    break
        if actor_head is not None and actor_head.dep_ == "csubj" and actor_head.i < tok.i and (objs := sx.objects(actor_head)):
            actor_head = objs[0]  # "Visiting Kazakh Foreign Minister Abenov held talks": the parser's clausal subject
        if actor_head is not None and actor_head.i in self._date_tokens:
            actor_head = None  # "a reçu jeudi son homologue": the parser's "jeudi" is no actor
        if actor_head is None and cand.type == "CONSULT" and recipient and tok.pos_ not in ("VERB", "AUX"):
            actor_head = self._talks_subject(tok)
        actor = _known(self._resolver.resolve(actor_head, hits, memory, speaker=speaker)) if actor_head is not None else ()
        if not actor and tok.pos_ not in ("VERB", "AUX"):
            actor = self._nominal_country(tok, hits)
        if not recipient and recipient_head is not None:
            recipient = _known(self._resolver.resolve(recipient_head, hits, memory, speaker=speaker))
        actor = self._resolver.listed(actor, tok.doc, hits, exclude=frozenset(r.country for r in recipient if r.country))
        recipient = self._resolver.listed(recipient, tok.doc, hits, exclude=frozenset(a.country for a in actor if a.country))
        return _Roles(actor, recipient, actor_head.i if actor_head is not None else None, recipient_head.i if recipient_head is not None and recipient else None)

    def _doer(self, noun: Token, *, of: bool) -> Token | None:
        """Who does what an event noun names: "the demonstration staged by students", "the students'
        demonstration", and with ``of`` (nouns of acts that take no object, such as protests) "la
        manifestation des étudiants" ("the arrest of journalists" names whom it was done to)."""
        if (owner := _possessor(noun)) is not None:
            return owner
        for c in noun.children:
            if c.dep_ == "acl" and c.pos_ == "VERB" and (by := sx.agent(c, self._g)) is not None:
                return by
        return self._actor_after(noun, OF_PREPS | BY_PREPS if of else BY_PREPS, self._hits)

    def _actor_after(self, noun: Token, preps: frozenset[str], hits: dict[int, Hit]) -> Token | None:
        """The first actor-like object of one of ``preps`` on ``noun`` ("l'offensive des rebelles")."""
        for case, obj in sx.prep_objects(noun):
            if case.split()[0] in preps and self._is_actorish(obj, hits):
                return obj
        return None

    def _nominal_agent(self, noun: Token, hits: dict[int, Hit]) -> Token | None:
        if (owner := _possessor(noun)) is not None:
            return owner
        carrier = noun  # "launched a mediation effort", "a lancé une initiative de médiation": one noun up
        if noun.dep_ in ("compound", "nmod") and noun.head.pos_ == "NOUN" and noun.head.dep_ in sx.OBJ and noun.head.i not in self._trigger_tokens:
            carrier = noun.head
        head = carrier.head
        light = head.pos_ in ("VERB", "AUX") and fold(head.lemma_) in self._g.support_verbs and head.i not in self._trigger_tokens
        # "ont organisé des manifestations" (the French parser reads "des" as a preposition)
        partitive = noun.dep_ in ("obl:arg", "obl") and any(fold(c.text) in ("des", "de", "du", "d'") for c in noun.children if c.dep_ == "case")
        # "a procédé à l'arrestation": the light verb's own complement, with its preposition
        taken = carrier.dep_ in sx.OBJ or (carrier.dep_ == "obl:arg" and noun.i == carrier.i)
        subj = self._inherited_subject(head) if light and (taken or partitive) else None
        if subj is not None and taken and subj.i not in self._date_tokens and (self._is_actorish(subj, hits) or fold(subj.text) in self._g.pronouns):
            # "Israel mounted its invasion of South Lebanon", "Italy announced a suspension of air
            # links with Serbia": the light verb's subject acts; "of X" is what is invaded or suspended
            return subj
        if head.pos_ in ("VERB", "AUX") and fold(head.lemma_) in self._g.participation_verbs and carrier.dep_ in (*sx.OBJ, "obl", "obl:arg", "pobj", "dobj"):
            return self._inherited_subject(head)  # "s'est jointe à une manifestation", "joined a march": a protester
        if noun.dep_ == "pobj" and head.dep_ == "prep" and fold(head.head.lemma_) in self._g.participation_verbs:
            return self._inherited_subject(head.head)  # "took part in", "participated in a march"
        if (by := self._actor_after(noun, OF_PREPS | BY_PREPS, hits)) is not None:
            return by
        # "X a lancé une offensive contre Y": the light verb's subject is the actor, actor-like or not
        return subj if noun.dep_ in sx.OBJ or partitive or taken else None

    def _subordinate(self, tok: Token) -> str | None:
        """Whether the trigger sits in a condition ("unless…", "si…") or a relative clause."""
        doc = tok.doc
        t = tok
        while t.head.i != t.i:
            if t.pos_ in ("VERB", "AUX") and self._complement_of_date(t):
                t = t.head
                continue
            if t.pos_ in ("VERB", "AUX"):
                first = doc[t.left_edge.i]
                if t.dep_ in ("relcl", "acl:relcl") or (t.dep_ in ("ccomp", "acl", "advcl") and first.pos_ == "PRON" and fold(first.text) in _RELATIVE_PRONOUNS):
                    return "relative"  # the French parser reads "qu'ils avaient pris", "dont il menaçait" as complements
                if t.dep_ in ("acl", "advcl") and t.head.pos_ in ("NOUN", "PROPN", "ADJ") and "Pres" in t.morph.get("Tense") and "Part" in t.morph.get("VerbForm") and sx.subject(t) is None and fold(t.lemma_) not in self._g.statement_participles:
                    return "relative"  # "les exigences des rebelles lui demandant de…": a participle describing a noun
                if t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN") and sx.subject(t) is None and not after_auxiliary(t) and not _rootless(t) and fold(t.lemma_) not in self._g.statement_participles:
                    return "relative"  # "the curfew imposed after the coup", "les armes saisies l'an dernier"
                if t.dep_ == "advcl" and first.pos_ in ("SCONJ", "ADP") and fold(first.text) in _CIRCUMSTANCE_MARKS:
                    return "circumstance"  # "…, as the leaders sought to ease tensions"
                # the words that open the clause: "unless", "if", "à moins que" (parsed every which way)
                if t.dep_ in ("advcl", "ccomp", "conj") and (
                    self._names_condition(doc[max(t.left_edge.i - 2, 0) : t.left_edge.i + 1]) or (first.pos_ == "SCONJ" and fold(first.text) in ("if", "si", "s'"))
                ):
                    return "condition"
            t = t.head
        return None

    def _talks_subject(self, noun: Token) -> Token | None:
        """"X, speaking after talks with Y": the one who held talks with Y is the clause's subject, or
        the noun a participle describes."""
        t = noun
        while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
            if t.dep_ in sx.SUBJ:
                return None
            t = t.head
        if t.pos_ not in ("VERB", "AUX") or t.i in self._trigger_tokens:
            return None
        if t.dep_ in ("acl", "advcl") and t.head.pos_ in ("NOUN", "PROPN") and sx.subject(t) is None:
            return t.head  # "The minister, speaking after talks…": the parser hangs the participle on the noun
        return self._inherited_subject(t)

    def _is_actorish(self, tok: Token, hits: dict[int, Hit]) -> bool:
        return any(t.i in hits and hits[t.i].kind in ("role", "org", "person") or (t.i in hits and hits[t.i].kind.startswith("country:")) or t.ent_type_ in ("PER", "PERSON", "ORG", "NORP") for t in self._resolver.phrase(tok))

    def _nominal_country(self, noun: Token, hits: dict[int, Hit]) -> tuple[ActorRef, ...]:
        """"les frappes russes", "Israeli airstrikes": the demonym on the noun names the actor."""
        for c in noun.children:
            if c.dep_ in ("amod", "compound", "nmod") and c.i in hits and hits[c.i].kind in ("country:demonym", "country:name", "country:alias", "country:ambiguous"):
                h = hits[c.i]
                return (ActorRef(c.text, c.idx, c.idx + len(c.text), h.term.code, None, None, None, h.term.rule),)
            if c.dep_ in ("compound", "nmod") and c.i in hits and hits[c.i].kind == "org":
                # "a United Nations appeal", "un appel des Nations unies": the organisation's own act
                h = hits[c.i]
                words = noun.doc[h.start : h.end]
                return (ActorRef(words.text, words.start_char, words.end_char, h.term.country, h.term.sector, h.term.code, None, h.term.rule),)
        return ()

    def _recipient_heads(self, cand: Candidate, actor_head: Token | None) -> list[Token]:
        """Candidate recipient phrases in the order of the entry's cues (first known one wins)."""
        tok = cand.token
        if cand.entry.recipient is not None:
            cues = cand.entry.recipient
        elif cand.type == "MOBILIZE":
            cues = tuple(self._g.recipient_preps)  # "deployed troops": the object is the actor's own force
        else:
            cues = ("obj", "iobj", *self._g.recipient_preps, *self._g.reciprocal_preps)
        own = [tok, *(c for c in tok.children if c.dep_ == "xcomp")]
        absorbed = [a.token for a in cand.absorbed if a.token.i not in {t.i for t in own}]
        # The trigger's own phrases first ("lodged a protest with Albania, charging it with supporting
        # dissidents": Albania), then those of what it absorbed; in each, "held talks with X",
        # "s'est entretenu par téléphone avec X": the phrase may hang one level down.
        tiers = [[*carriers, *(o for t in carriers for o in (*sx.objects(t), *(c for c in t.children if c.dep_ in ("obl", "obl:mod", "obl:arg", "pobj", "prep"))))] for carriers in (own, absorbed)]
        # "blocked streets in defiance of Chinese authorities", "au mépris des autorités": the target first
        found_all: list[Token] = [t for carrier in own for t in self._targets(carrier) if actor_head is None or t.i != actor_head.i]
        for carriers in tiers:
            for cue in cues:
                for found in (f for carrier in carriers for f in self._by_cue(carrier, cue)):
                    if (actor_head is not None and found.i == actor_head.i) or found.i in self._date_tokens:
                        continue
                    if found.i == tok.i or any(found.i == a.token.i for a in cand.absorbed):
                        continue
                    if found.pos_ == "PRON" and fold(found.text) in ("se", "s'", "lui", "leur", "it", "them") and cue in ("obj", "iobj"):
                        continue
                    if cue in self._g.locative_preps and self._is_place(found):
                        continue
                    if all(f.i != found.i for f in found_all):
                        found_all.append(found)
        return found_all

    def _targets(self, tok: Token) -> list[Token]:
        """Objects of the grammar's target phrases ("in defiance of X", "en signe de protestation contre X"),
        however deep the parser nests the words of the phrase."""
        out: list[Token] = []

        def walk(t: Token, words: str, depth: int) -> None:
            for case, obj in sx.prep_objects(t):
                first = _CASE_FORMS.get(case.split()[0], case.split()[0])
                said = f"{words} {' '.join([first, *case.split()[1:]])}".strip()
                if said in self._g.target_phrases:
                    out.append(obj)
                elif depth < 3 and any(p.startswith(f"{said} {fold(obj.text)}") for p in self._g.target_phrases):
                    walk(obj, f"{said} {fold(obj.text)}", depth + 1)

        if self._g.target_phrases:
            walk(tok, "", 0)
        return out

    def _by_cue(self, tok: Token, cue: str) -> list[Token]:
        if cue == "obj":
            # "a rejeté jeudi un appel": the French parser hangs the object on the date before it
            stray = [g for d in tok.children if d.i in self._date_tokens and d.i > tok.i for g in d.children if g.dep_ == "nmod" and g.i > d.i and g.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "case" for c in g.children)]
            # "a une nouvelle fois rejeté une proposition": the parser made "a" the verb and took its object
            if tok.dep_ == "conj" and tok.head.lemma_ in ("avoir", "être") and tok.head.i < tok.i:
                stray += [o for o in sx.objects(tok.head) if o.i > tok.i]
            return [*sx.objects(tok), *stray]
        if cue == "iobj":
            return sx.indirect_objects(tok)
        return [obj for case, obj in sx.prep_objects(tok) if sx.prep_matches(case, cue)]

    def _is_place(self, tok: Token) -> bool:
        return tok.ent_type_ in ("LOC", "GPE", "FAC") and not any(c.dep_ in ("amod",) for c in tok.children)

    # -- negation and modality -----------------------------------------------------------------
    def _home_country(self, place: PlaceRef | None, sent: Span, hits: dict[int, Hit]) -> str | None:
        """The one country a domestic actor with no nationality most likely belongs to: the country
        where the event happens, else the only country the sentence names."""
        if (where := _precise_country(place)) is not None:
            return where
        named = {h.term.code for i, h in hits.items() if sent.start <= i < sent.end and h.kind.startswith("country:") and h.kind != "country:ambiguous"}
        return named.pop() if len(named) == 1 else None

    def _implicit_recipient(self, tok: Token, sent: Span, hits: dict[int, Hit], actor: tuple[ActorRef, ...], type_: str, place: PlaceRef | None) -> tuple[ActorRef, ...]:
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
        skip: set[int] = set(self._date_tokens)
        if subject is not None:
            skip.update(t.i for t in subject.subtree)
        for c in clause.children:  # "…, officials said": the attribution names no party
            if c.dep_ in ("parataxis", "ccomp") and fold(c.lemma_) in self._g.speech_verbs:
                skip.update(t.i for t in c.subtree)
        taken = [(a.start, a.end) for a in actor if a.start is not None and a.end is not None]
        for t in sorted(clause.subtree, key=lambda t: t.i):
            h = hits.get(t.i)
            if t.i in skip or h is None or h.start != t.i or not h.kind.startswith("country:"):
                continue
            if h.term.code in own or any(s <= t.idx < e for s, e in taken) or named_by_descent(t, self._g.ethnic_markers):
                continue  # "ethnic Hungarians" point at no country acted upon
            # "between the Emirates and Saudi Arabia", "to Iran, Libya, North Korea and Sudan": the whole list
            # The hit's own head is the first conjunct, so the list always holds this hit.
            refs: list[ActorRef] = []
            for conj in ActorResolver.conjuncts(span_head(sent.doc, h.start, h.end)):
                ch = hits.get(conj.i)
                if ch is None or not ch.kind.startswith("country:") or ch.term.code in own or any(r.country == ch.term.code for r in refs):
                    continue
                span = sent.doc[ch.start : ch.end]
                refs.append(ActorRef(span.text, span.start_char, span.end_char, ch.term.code, None, None, None, f"{ch.term.rule}; inferred:clause-country"))
            return tuple(refs)
        if len(own) > 1 or type_ not in _DOMESTIC_TYPES:
            return ()  # "X and Y agreed…": a compound actor acts with itself
        if place is not None and place.country and len(place.country) == 3 and place.country not in own:
            # "Russian aircraft launched missiles at the port area" (in Odesa): the country it happened in.
            # A dateline lies outside the sentence: its text, without offsets into the parsed segment.
            dateline = (place.source or "").startswith("dateline")
            start, end = (None, None) if dateline else (place.start, place.end)
            return (ActorRef(place.text, start, end, place.country, None, None, None, f"inferred:event-country ({place.source}; no other party named)"),)
        first = next(a for a in actor if a.country)
        # The evidence for that country is the actor's own mention: point at it.
        return (ActorRef(first.text, first.start, first.end, first.country, None, None, None, "inferred:domestic (no other party named: the actor's own country)"),)

    def _people_expelled(self, roles: _Roles, hits: dict[int, Hit], doc: Doc) -> bool:
        """The ones expelled are people named by nationality or as civilians, not a state, an
        organisation or its envoys."""
        if not roles.recipient or roles.recipient_head is None:
            return False
        head = doc[roles.recipient_head]
        by_name = head.i in hits and hits[head.i].kind in ("country:name", "country:alias", "country:capital", "country:ambiguous", "org")
        return not by_name and head.pos_ in ("NOUN", "PROPN") and all(r.sector in (None, "CVL", "MED", "LAB", "EDU", "REL", "REF") and r.name is None for r in roles.recipient)

    def _by_hazard(self, tok: Token, roles: _Roles) -> bool:
        """Whether the doer or the stated cause of a harm is a natural or accidental hazard ("un
        cyclone a frappé", "blessé suite à une chute", "destroyed by the flames"); not "after the
        fall of the government", "sniper fire", "un incendie criminel"."""
        doer = tok.doc[roles.actor_head] if roles.actor_head is not None else None
        if doer is not None and ruled_out(doer, self._lex):
            return True  # "a gas explosion destroyed…": the lexicon already says the doer is no attack
        # the doer, or the noun beside it when the parser made "un violent cyclone" an adjective's phrase
        near = [doer, *(c for c in doer.children if c.dep_ in ("amod", "compound"))] if doer is not None else []
        causes = [c for c in tok.children if c.dep_ in ("obl", "obl:agent", "obl:mod") and c.pos_ == "NOUN" and not self._after(c)]
        causes += [g for c in tok.children if c.dep_ in ("prep", "agent") and fold(c.text) in ("by", "in") for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
        # the doer's words are read whatever their tag ("cyclone" comes out an adverb); causes must be nouns
        return any(fold(t.lemma_) in self._g.hazard_nouns and not self._someones(t) for t in (*near, *causes))

    @staticmethod
    def _someones(hazard: Token) -> bool:
        """"sniper fire", "le feu des soldats", "a wave of bombings", "un incendie criminel": someone's doing."""
        if any(m.dep_ == "compound" or fold(m.lemma_) in ("criminel", "criminal") for m in hazard.children):
            return True
        return any(w in OF_PREPS for case, _ in sx.prep_objects(hazard) for w in case.split())

    @staticmethod
    def _after(phrase: Token) -> bool:
        return any(fold(c.text) in _CIRCUMSTANCE_MARKS or fold(c.text) in ("following", "avant", "before") for c in phrase.children if c.dep_ in ("case", "fixed", "mark"))

    def _conditional(self, tok: Token) -> bool:
        """The act depends on a condition ("will withdraw unless…", "à moins que…"): a threat."""
        holders = [tok] + ([tok.head] if tok.dep_ in ("ccomp", "xcomp") and tok.head.i != tok.i else [])
        doc = tok.doc
        for holder in holders:  # the parser often hangs "unless…" on the verb of saying
            for c in holder.children:
                if c.dep_ in ("advcl", "ccomp", "obl") and c.i > tok.i and any(fold(g.text) in self._g.conditions for g in c.children if g.dep_ in ("mark", "advmod", "case", "fixed")):
                    return True
                # "à moins que…": the French parser makes "à" an adverb with "moins" fixed to it
                if c.dep_ == "advmod" and c.i > tok.i and self._names_condition(doc[c.i : c.i + 2]):
                    return True
        return False

    def _names_condition(self, words: Span) -> bool:
        """The words opening a clause say "unless", "à moins que", "sauf si"…"""
        opening = " " + " ".join(fold(w.text) for w in words) + " "
        return any(f" {c} " in opening for c in self._g.conditions)

    def _obligation(self, tok: Token) -> bool:
        """"must/should cooperate", "doit coopérer", "il faut que": an obligation on the clause's subject."""
        t = tok
        for _ in range(3):  # "must be ready to mediate", "doivent être prêts à jouer les médiateurs"
            for c in t.children:
                if c.dep_ in sx.AUX_DEPS | {"aux"} and (fold(c.text) in self._g.obligation or fold(c.lemma_) in self._g.obligation):
                    return True
            head = t.head
            if t.dep_ in ("xcomp", "ccomp") and head.i != t.i and fold(head.lemma_) in self._g.obligation:
                return True
            to_adjective = t.dep_ in ("xcomp", "acl", "advcl") and head.pos_ == "ADJ" and fold(head.text) in self._g.intent_adjectives
            from_adjective = t.dep_ in ("acomp", "xcomp") and t.pos_ == "ADJ"  # "be ready", "être prêts"
            if head.i == t.i or not (to_adjective or from_adjective):
                break
            t = head
        return False

    def _speech_governor(self, tok: Token) -> Token | None:
        t = tok
        while t.head.i != t.i:
            if t.dep_ in ("acl", "ccomp") and t.head.pos_ == "NOUN" and fold(t.head.lemma_) in self._g.speech_nouns and t.head.head.pos_ in ("VERB", "AUX"):
                return t.head.head  # "issued a stern reminder that it must cooperate": the one who issued it speaks
            hung = self._complement_of_date(t)
            head = t.head.head if hung else t.head  # the verb the phrase depends on, as if the clause hung there
            if (hung or t.dep_ in ("ccomp", "parataxis", "xcomp", "advcl", "conj")) and (fold(head.lemma_) in self._g.speech_verbs or fold(head.lemma_) in self._g.denial_verbs):
                return head
            t = head
        return None

    def _addressee(self, speech_verb: Token, hits: dict[int, Hit], memory: ArticleMemory) -> tuple[ActorRef, ...]:
        """Who a statement is addressed to: "told Iraq", "issued a reminder to Iraq", "a rappelé à l'Irak"."""
        for c in speech_verb.children:
            target = None
            if c.dep_ in ("dative", "iobj", "dobj") and c.pos_ != "ADP":  # "told Iraq", "reminded Iraq"
                target = c
            elif c.dep_ in ("dative", "prep") and fold(c.text) == "to":
                target = next((g for g in c.children if g.dep_ == "pobj"), None)
            elif c.dep_ in ("obl", "obl:mod", "obl:arg") and any(sx.prep_matches(fold(g.text), fold("à")) for g in c.children if g.dep_ == "case"):
                target = c
            if target is not None and (refs := _known(self._resolver.resolve(target, hits, memory))):
                return refs
        return ()

    def _complement_of_date(self, t: Token) -> bool:
        """"ont déclaré mercredi qu'ils rencontreraient…", "a rappelé à l'Irak qu'il doit…": the French
        parser reads the that-clause as a relative clause on the weekday or on the one spoken to; it is
        the complement of the verb they depend on."""
        if t.dep_ not in ("acl:relcl", "acl") or fold(t.doc[t.left_edge.i].text) not in ("que", "qu'", "that"):
            return False
        head = t.head
        if head.i in self._date_tokens:
            return head.head.pos_ in ("VERB", "AUX")
        return head.dep_ in ("obl", "obl:mod", "obl:arg", "iobj") and fold(head.head.lemma_) in self._g.speech_verbs

    def _negated(self, tok: Token) -> bool:
        if sx.has_negation(tok, self._g):
            return True
        if tok.pos_ in ("NOUN", "PROPN") and any(fold(c.text) in ("aucun", "aucune", "no", "nul", "nulle") and c.dep_ in ("det", "amod", "advmod") for c in tok.children):
            return True
        t = tok
        while t.head.i != t.i:
            head = t.head
            if t.dep_ in ("xcomp", "obj", "dobj") and sx.has_negation(head, self._g) and fold(head.lemma_) not in self._g.speech_verbs:
                return True  # "ne compte pas attaquer"
            if t.dep_ in ("xcomp", "obl", "obl:arg", "advcl", "prep", "pcomp") and fold(head.lemma_) in self._g.failure_verbs and head.i not in self._trigger_tokens:
                return True  # "failed to reach agreement"; a REJECT trigger ("refused to") codes itself
            if fold(head.lemma_) in self._g.denial_verbs and t.dep_ in ("ccomp", "xcomp", "obj", "dobj", "advcl", "prep", "obl", "pcomp"):
                return True  # "X a démenti que…", "X denied that…": not the denied event
            if t.dep_ in ("ccomp", "advcl", "parataxis"):
                break
            t = head
        return False

    def _modality(self, tok: Token, tense: str, *, reported: bool, historical: bool) -> Modality:
        t = tok
        while t.head.i != t.i:
            if any(fold(c.text) in self._g.hypothetical and c.dep_ in ("mark", "advmod") and c.pos_ != "PRON" for c in t.children):  # "s'exprimant": a pronoun, not "s'il"
                return "hypothetical"
            head = t.head
            if t.dep_ == "advcl" and head.pos_ == "VERB" and fold(head.lemma_) in self._g.intent_verbs and any(c.dep_ == "aux" and c.tag_ == "TO" for c in t.children):
                return "intent"  # "have sworn to fight": the parser's infinitival adverbial is the complement
            if t.dep_ == "advcl" and head.pos_ == "VERB":
                break  # "X, s'exprimant après des entretiens, a promis…": the talks are no promise
            if t.dep_ in ("xcomp", "obl", "obl:arg", "prep", "pcomp", "ccomp", "acl", "obj", "dobj"):
                # a noun of intent that is the subject or the parser's root ("Volunteers from two charities
                # donated…") is who acts, not a plan; in object position it is one ("announced a plan for…")
                noun_subject = head.pos_ not in ("VERB", "AUX") and (head.dep_ in sx.SUBJ or head.dep_ == "ROOT")
                if fold(head.lemma_) in self._g.intent_verbs and head.i != tok.i and (t.dep_ in ("acl", "xcomp") or not noun_subject):
                    return "intent"
                if head.pos_ == "ADJ" and fold(head.text) in self._g.intent_adjectives:
                    return "intent"
            if t.dep_ in ("ccomp", "parataxis") or (t.dep_ == "advcl" and head.pos_ == "VERB"):
                break
            t = head
        if tense == "future":
            return "future"
        if tense == "conditional":
            return "future" if reported else "hypothetical"
        if historical:
            return "historical"
        return "asserted"

    # -- mode, contexts ------------------------------------------------------------------------
    def _clause_keys(self, tok: Token) -> list[str]:
        return [fold(t.text) for t in tok.subtree] + [fold(t.lemma_) for t in tok.subtree]

    def _mode_from_cues(self, type_: str, tok: Token, sent: Span) -> str | None:
        keys = self._clause_keys(tok)
        sent_keys = [fold(t.text) for t in sent] + [fold(t.lemma_) for t in sent]
        for pool in (keys, sent_keys):
            joined = " " + " ".join(pool) + " "
            for cue in self._lex.modes:
                if cue.type == type_ and any(f" {' '.join(c)} " in joined for c in cue.cues):
                    return cue.mode
        return None

    def _contexts(self, cand: Candidate, sent: Span) -> tuple[str, ...]:
        found = list(cand.entry.contexts)
        joined = " " + " ".join(fold(t.text) for t in sent) + " " + " ".join(fold(t.lemma_) for t in sent) + " "
        for cue in self._lex.contexts:
            if cue.context not in found and any(f" {' '.join(c)} " in joined for c in cue.cues):
                found.append(cue.context)
        return tuple(found)

def _possessor(noun: Token) -> Token | None:
    """"the students' demonstration", "Israel's invasion": the noun's possessor."""
    return next((c for c in noun.children if c.dep_ in ("poss", "nmod:poss") and c.pos_ in ("NOUN", "PROPN")), None)


def _rootless_subject(verb: Token) -> Token | None:
    """"Palestinian youths resorted to…", "Doctors from two American aid groups donated…": the parser
    made the subject the root and the finite verb a modifier of its last noun; with no other verb
    above, that modifier is the main clause and the root is its subject."""
    if verb.i != verb.head.i + 1 or any(c.dep_.startswith("aux") for c in verb.children):
        return None
    root = verb.head
    while root.dep_ != "ROOT":
        if root.dep_ not in ("pobj", "prep", "compound", "nmod", "amod", "appos") or root.head.i == root.i:
            return None  # a verb above: the modifier is a real relative or participle clause
        root = root.head
    if root.pos_ not in ("NOUN", "PROPN"):
        return None
    # a bare past participle is a passive headline ("Opposition leader arrested in Minsk") unless it
    # takes a clause the way "resorted to throwing" does
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return root
    active = any(c.dep_ == "dobj" for c in verb.children)  # "newspaper called on Arabs to unite": a clause or an object
    active = active or any(c.dep_ in ("xcomp", "advcl") and any(g.dep_ == "aux" and g.tag_ == "TO" for g in c.children) for c in verb.children)
    active = active or any(c.dep_ == "prep" and any(g.dep_ == "pcomp" for g in c.children) for c in verb.children)
    active = active or any(c.dep_ == "conj" and c.pos_ == "VERB" and any(g.dep_ == "dobj" for g in c.children) for c in verb.children)  # "donated and delivered goods"
    return root if verb.tag_ == "VBN" and active else None


def _rootless(verb: Token) -> bool:
    return _rootless_subject(verb) is not None


# "des autorités", "du gouvernement": the preposition a target phrase is written with
_CASE_FORMS: Mapping[str, str] = MappingProxyType({"des": "de", "du": "de", "d'": "de", "aux": "a"})


def _uncontrolled(verb: Token) -> bool:
    """A complement verb ("as saying", "to say") whose governing verb takes no object: its subject is
    the governing verb's."""
    if verb.dep_ == "xcomp":
        governor = verb.head
    elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        governor = verb.head.head
    else:
        return False
    return not sx.objects(governor) and not sx.indirect_objects(governor)


# Acts only a state performs: a passive one with no agent is by the authorities where it happened.
_STATE_ACTS = frozenset({("COERCE", "arrest"), ("COERCE", "deport"), ("ACCUSE", "investigate")})


def _merged_call(actor: tuple[ActorRef, ...], other: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
    """Both sides of a call as one actor list: the same mention once, and a caller's country that was
    only inferred from the other side's ("The minister called the Russian minister") dropped."""
    theirs = {r.country for r in other if r.country}
    own = [replace(a, country=None) if a.country in theirs and "inferred:" in (a.source or "") else a for a in actor]
    return (*own, *(r for r in other if all((r.start, r.end) != (a.start, a.end) for a in own)))


def _listed_tokens(sent: Span, refs: tuple[ActorRef, ...]) -> frozenset[int]:
    """The tokens of members added from a coordinated list: parties, not places."""
    return frozenset(t.i for r in refs if r.source and "grammar:list" in r.source for t in sent if r.start is not None and r.end is not None and r.start <= t.idx < r.end)


def _precise_country(place: PlaceRef | None) -> str | None:
    """The country of a place found to city, region or country precision."""
    if place is not None and place.country and len(place.country) == 3 and place.precision in ("city", "admin1", "country"):
        return place.country
    return None


def _known(refs: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
    """Drop members that resolved to nothing ("toute ingérence étrangère" is no entity)."""
    return tuple(r for r in refs if r.country or r.sector or r.name)


# Subordinators of time and circumstance: the clause they open sets the scene of the main event.
_CIRCUMSTANCE_MARKS = frozenset(fold(w) for w in ("as", "while", "whereas", "when", "alors", "tandis", "lorsque", "quand", "lorsqu'", "until", "jusqu'", "jusque", "after", "après"))  # compared folded
_RELATIVE_PRONOUNS = frozenset({"qui", "que", "qu'", "dont", "lequel", "laquelle", "lesquels", "auquel", "who", "whom", "which", "whose"})

# Sectors of actors who act at home: with no nationality given, they belong where the event happens.
_DOMESTIC = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "INS", "CVL", "BUS", "MED", "EDU", "REL", "LAB", "HLH", "SPY", "CRM", "ELI", "UAF", "AGR"})


# Acts that, with no other party named, fall on the actor's own country (PLOVER's gold codes "Turkish
# authorities imposed a curfew" TUR → TUR). Not so for "condemned foreign interference" or "agreed".
_DOMESTIC_TYPES = frozenset({"PROTEST", "COERCE", "REQUEST", "CONCEDE", "THREATEN", "REJECT", "ASSAULT"})


def _domestic(side: tuple[ActorRef, ...], home: str | None) -> tuple[ActorRef, ...]:
    if home is None:
        return side
    return tuple(
        replace(r, country=home, source=(r.source or "") + "; inferred:event-country") if r.country is None and r.sector in _DOMESTIC else r for r in side
    )


def _residents(side: tuple[ActorRef, ...], where: str) -> tuple[ActorRef, ...]:
    """"Serb forces killed three ethnic Albanians in southern Serbia": an ethnic group is coded by
    the country where it lives (PLOVER's gold, ICEWS), not by the one its name points to."""
    return tuple(
        replace(r, country=where, source=(r.source or "") + "; inferred:residence") if r.source and "grammar:ethnic" in r.source and r.country != where else r for r in side
    )


def _own_possessions(side: tuple[ActorRef, ...], actor: tuple[ActorRef, ...], relations: frozenset[str]) -> tuple[ActorRef, ...]:
    """"Le pays a rappelé son ambassadeur": what the actor possesses is the actor's country ("its
    allies" excepted)."""
    if not actor or not actor[0].country:
        return side
    possessive = ("son ", "sa ", "ses ", "leur ", "leurs ", "its ", "his ", "her ", "their ")
    return tuple(
        replace(r, country=actor[0].country, source=(r.source or "") + "; coref:possessive")
        if r.role != "counterpart" and r.text.lower().startswith(possessive) and not any(fold(w) in relations for w in r.text.split()[1:3])
        and (r.country is None or (r.source or "").endswith("coref:possessive"))
        else r
        for r in side
    )


def _fill_counterparts(side: tuple[ActorRef, ...], other: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
    """"son homologue malien": a counterpart holds the role and sector of the person it answers to,
    on the other side, or beside it in a compound actor ("le ministre russe et son homologue chinois")."""
    pool = other or tuple(r for r in side if r.role != "counterpart")
    if not pool:
        return side
    model = pool[0]
    return tuple(replace(r, sector=r.sector or model.sector, role=model.role or r.role) if r.role == "counterpart" else r for r in side)


def _confidence(cand: Candidate, actor: tuple[ActorRef, ...], recipient: tuple[ActorRef, ...], needs_recipient: bool) -> float:
    """A heuristic score (not a calibrated probability): verbal triggers with a resolved actor rank high."""
    score = 0.45 + (0.2 if cand.token.pos_ in ("VERB", "AUX") else 0.1)
    if any(a.country for a in actor):
        score += 0.15
    elif actor:
        score += 0.05
    if recipient and any(r.country for r in recipient):
        score += 0.1
    elif needs_recipient:
        score -= 0.1
    if cand.entry.with_:
        score += 0.05
    return round(min(score, 0.95), 2)
