"""One parsed sentence → events: triggers merged per clause, actor and recipient from the parse,
negation and modality, PLOVER mode and contexts, date and place, with evidence."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from sanderling.actors.matcher import Hit
from sanderling.actors.resolve import ActorResolver, ArticleMemory
from sanderling.events import syntax as sx
from sanderling.events.clauses import ClauseReader
from sanderling.events.roles import PEOPLE_SECTORS, STATE_SECTORS, RoleFinder, Roles, known, precise_country
from sanderling.events.situate import INHERITED, Situator
from sanderling.events.triggers import (
    ASK_MODE,
    Candidate,
    derived_mode,
    find_candidates,
    is_background,
    match_entry,
    merge_clauses,
    ruled_out,
)
from sanderling.lexicon.load import fold
from sanderling.lexicon.schema import Lexicon, Ontology
from sanderling.nlp.tokens import OF_PREPS, covers, in_quotation
from sanderling.places.gazetteer import Gazetteer
from sanderling.records import (
    ActorRef,
    Article,
    Event,
    Evidence,
    PlaceRef,
    Sentence,
    stable_id,
)
from sanderling.time.expressions import DateMention, find_dates

COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
# What a mobilisation of civilians is for when it is a protest ("pour dénoncer", "to demand").
_GRIEVANCES = frozenset({"ACCUSE", "PROTEST", "REQUEST", "REJECT"})
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


class EventExtractor:
    """Built once per language from loaded resources; :meth:`extract` is called per sentence."""

    def __init__(self, *, lexicon: Lexicon, ontology: Ontology, resolver: ActorResolver, gazetteer: Gazetteer) -> None:
        self._scope = sx.Scope()
        self._lex = lexicon
        self._g = lexicon.grammar
        # words that put a phrase before or after the act (not during it): such a phrase is no cause of harm
        self._sequence_marks = lexicon.grammar.circumstance_marks | (lexicon.grammar.time_cases - lexicon.grammar.during_preps)
        self._onto = ontology
        self._resolver = resolver
        self._situator = Situator(lexicon=lexicon, ontology=ontology, resolver=resolver, gazetteer=gazetteer)
        self._finder = RoleFinder(lexicon=lexicon, resolver=resolver)
        self._clauses = ClauseReader(lexicon=lexicon)

    # -- entry point ---------------------------------------------------------------------------
    def extract(self, sent: Span, sentence: Sentence, article: Article, hits: dict[int, Hit], memory: ArticleMemory) -> list[Event]:
        # "Asia-Pacific Economic Cooperation": a word of an organisation's name is no event
        found = [c for c in find_candidates(sent, self._lex) if not (c.token.i in hits and hits[c.token.i].kind == "org")]
        cands = merge_clauses(found, self._lex, hits.keys())
        # "Two soldiers were killed when troops opened fire": the active attack of a when-clause under
        # an agentless passive attack names who attacked; it is that attack, not another
        when_attacks = {c.token.head.i: c for c in cands if c.type == "ASSAULT" and c.token.dep_ == "advcl" and sx.subject(c.token) is not None and not sx.is_passive(c.token, self._g.reflexive_pronouns)}
        lent: set[int] = set()  # the character offsets of when-clause attacks that named another's attackers
        mentions = find_dates(sent, self._lex.dates)
        dates = frozenset(i for m in mentions for i in range(m.start, m.end))
        _rehang_date_phrases(sent, mentions, self._g.agent_preps)
        self._clauses.begin(sx.Scope(dates, frozenset(), hits))  # the dates, for "a déclaré mercredi qu'…"
        main = [c for c in cands if self._clauses.subordinate(c.token) is None]
        if main:
            # "…will boycott the elections unless the president agrees to step down", "…Chaudhry, whom
            # they had taken hostage": conditions and relative clauses are background to the main event
            cands = main
        owners = {id(m): self._situator.owner(m, sent) for m in mentions}
        self._scope = sx.Scope(dates, frozenset(c.token.i for c in cands), hits)
        self._finder.begin(self._scope)
        self._clauses.begin(self._scope)
        events: list[Event] = []
        lowered = " " + " ".join(fold(t.text) for t in sent) + " "
        historical = any(f" {cue} " in lowered for cue in self._g.historical)
        restating: set[str] = set()  # nouns and participle asides, which may name again an act reported
        for cand in cands:
            event = self._build(cand, sent, sentence, article, hits, memory, mentions, owners, historical, when_attacks, lent)
            if event is not None:
                events.append(event)
                if cand.token.pos_ == "NOUN" or _participle_aside(cand.token):
                    restating.add(event.event_id)
        events = [e for e in events if e.evidence.trigger_start not in lent]  # (offsets in the parsed segment, as lent's)
        if not events:
            self._remember_definition(sent, hits, memory)
        events = _answered(_repeated(events, restating))
        if any(e.type == "PROTEST" for e in events):
            # PLOVER: the demand a protest makes ("a hunger strike to demand…") is its topic, not an event
            # and "began a hunger strike to protest against…" is one protest, not two
            purpose = {c.token.idx for c in cands if c.token.dep_ in ("advcl", "xcomp", "acl") and not sx.subject(c.token)}
            main_protests = {e.evidence.trigger_start for e in events if e.type == "PROTEST"} - purpose
            events = [e for e in events if not (e.evidence.trigger_start in purpose and (e.type == "REQUEST" or (e.type == "PROTEST" and main_protests)))]
        return events

    def _remember_definition(self, sent: Span, hits: dict[int, Hit], memory: ArticleMemory) -> None:
        """"Carmen Rojas is Peru's trade minister. She promised…", "X est la ministre péruvienne du
        Commerce. Elle a promis…": a sentence that only says who someone is tells whom "she" means."""
        root = sent.root
        if root.pos_ in ("AUX", "VERB") and fold(root.lemma_) in self._g.copula_verbs:  # English: "is" heads the clause
            attribute = next((c for c in root.children if c.dep_ in ("attr", "acomp")), None)
            subject = sx.subject(root)
        elif root.pos_ == "VERB" and fold(root.lemma_) in self._g.leader_verbs:
            # "Tesfay Gebremedhin commands Eritrea's forces", "X dirige l'armée malienne": one who leads a body speaks for it
            attribute = next(iter(sx.objects(root)), None)
            subject = sx.subject(root)
        else:  # French: the attribute heads it, with the copula as a dependent
            attribute = root if any(c.dep_ == "cop" for c in root.children) else None
            subject = sx.subject(root) if attribute is not None else None
        # the attribute's head is the office ("Peru's trade minister"), not someone related to one
        # ("a critic of the Russian president", "the Danish ambassador's driver")
        if attribute is None or subject is None or subject.pos_ != "PROPN" or attribute.i not in hits or hits[attribute.i].kind != "role":
            return
        who = known(self._resolver.resolve(subject, hits, memory))
        office = [r for r in known(self._resolver.resolve(attribute, hits, memory)) if r.country and (r.role or r.sector)]
        if len(office) != 1 or any(r.country for r in who):
            return  # a known person keeps their own record; only one office defines someone
        words = ActorResolver.phrase(subject)
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        name = sent.doc.char_span(start, end, alignment_mode="expand")
        text = name.text if name is not None else subject.text
        ref = replace(office[0], text=text, start=start, end=end, name=text, source=f"{office[0].source}; grammar:definition")
        memory.remember((ref,), subject=True)

    # -- one candidate -------------------------------------------------------------------------
    def _build(self, cand: Candidate, sent: Span, sentence: Sentence, article: Article, hits: dict[int, Hit], memory: ArticleMemory, mentions: list[DateMention], owners: dict[int, Token | None], historical: bool, when_attacks: Mapping[int, Candidate], lent: set[int]) -> Event | None:
        tok = cand.token
        speech_verb = self._clauses.speech_governor(tok)
        speaker: tuple[ActorRef, ...] = ()
        # "was quoted as saying he would…": the speaker is the one quoted (not in "pressed Damascus to
        # announce…", where the one pressed speaks)
        # "declared a truce and said it was ready to…": a conjoined verb of saying shares its subject
        # "dismissed the ceasefire, saying it would never negotiate": so does a participle set off after the clause
        shares = speech_verb is not None and (sx.uncontrolled(speech_verb) or speech_verb.dep_ == "conj" or (speech_verb.dep_ == "advcl" and speech_verb.head.pos_ in ("VERB", "AUX") and sx.set_off_participle(speech_verb)))
        # « Nous rejetons… », a déclaré l'ambassade : the French parser reads the inverted subject as an object
        inverted = next((o for o in sx.objects(speech_verb) if o.pos_ in ("NOUN", "PROPN")), None) if speech_verb is not None and speech_verb.i > tok.i and speech_verb.dep_ == "parataxis" else None
        if speech_verb is not None and (s := sx.subject(speech_verb) or (self._finder.inherited_subject(speech_verb) if shares else None) or inverted) is not None:
            speaker = self._resolver.resolve(s, hits, memory)
        roles = self._finder.find(cand, hits, memory, speaker)
        # a readiness entry ("ready to", "disposé à": conditioned on the infinitive's marker alone)
        readiness = cand.type == "AGREE" and bool(cand.entry.with_) and cand.entry.with_ <= {"to", "a"}
        if readiness and not cand.absorbed and not self._offer(tok, roles):
            return None  # "residents were ready to leave", "the vaccine is ready to be shipped", "warned that it was ready to…"
        if tok.pos_ not in ("VERB", "AUX") and is_background(tok, self._g, cand.entry):
            return None  # "à la suite de l'exécution de X", "in the wake of the attack": background, not news
        if tok.pos_ not in ("VERB", "AUX") and self._recurrence(tok):
            return None  # "the third such attack in a week": the act already reported, not a new one
        own_date = any(covers(tok, m.start, m.end) for m in mentions)
        in_subject = sx.stand_in(tok, self._g.carrier_nouns).dep_ in sx.SUBJ  # "Une série d'attentats a fait douze morts"
        if tok.pos_ not in ("VERB", "AUX") and roles.actor_head is None and not roles.actor and not roles.recipient and not in_subject and not own_date and not roles.passive:
            # "à l'issue de la rencontre", "face à la menace": a bare noun names no new event, unless it
            # is what the sentence reports ("Des combats ont éclaté", "Fighting erupted") or is dated
            # ("a rappelé l'attaque de lundi", "recalled Monday's attack")
            return None
        if cand.type == "COERCE" and tok.pos_ == "VERB" and any(c.dep_ in ("aux:pass", "auxpass") and "Imp" in c.morph.get("Tense") for c in tok.children):
            return None  # "alors qu'il était détenu par la police": a state of detention, not an arrest
        if cand.type == "ASSAULT" and self._by_hazard(tok, roles):
            return None  # "un cyclone a frappé la ville", "blessé suite à une chute": no one attacked
        negated = self._clauses.negated(tok)
        if tok.pos_ in ("VERB", "AUX"):
            tense = sx.verb_tense(tok, self._g, self._lex.lang)
        elif tok.dep_ in sx.OBJ | sx.SUBJ and tok.head.pos_ in ("VERB", "AUX"):
            tense = sx.verb_tense(tok.head, self._g, self._lex.lang)  # "will extend the curfew"
        else:
            tense = "present"
        # a direct quotation keeps its own tenses ("« Nous soutiendrions… »" is a conditional, not a future in the past)
        modality = self._clauses.modality(tok, tense, reported=speech_verb is not None and not in_quotation(tok), historical=historical)
        type_ = cand.type
        mode = derived_mode(cand)
        actor_refs, recipient_refs = roles.actor, roles.recipient
        rule_note = ""
        promised = next((a for a in cand.absorbed if a.type in ("ASSAULT", "COERCE") and a.token.dep_ == "xcomp" and a.token.head.i == tok.i), None)
        if type_ == "AGREE" and promised is not None and fold(tok.lemma_) not in self._g.consent_verbs:
            # "pledged to strike Iran's nuclear sites", "is ready to arrest them": an attack or a
            # coercion promised is a threat, as "vowed to" already says ("agreed to arrest the suspects
            # at the ICC's request" is a consent, still AGREE)
            type_, mode = "THREATEN", _THREAT_MODE.get((promised.type, promised.entry.mode), _THREAT_MODE.get((promised.type, None)))
            rule_note = f" [promised {promised.type}: THREATEN]"
        inner = next((a for a in cand.absorbed if a.type != "REJECT"), None)
        if type_ == "REJECT" and negated and inner is not None and fold(tok.lemma_) in self._g.exclusion_verbs:
            # "did not rule out cutting gas deliveries", "n'exclut pas une opération militaire": an act
            # held possible is announced, not refused (a threat or an offer, by the rules below)
            type_, mode, negated, modality = inner.type, inner.entry.mode, False, "intent"
            rule_note = f" [{inner.type} not ruled out: intent]"
        if type_ == "SANCTION" and mode == "expel" and self._finder.people_expelled(roles, hits, tok.doc):
            # PLOVER: expelling diplomats is SANCTION, deporting people is COERCE ("expelled 168 Liberians")
            type_, mode = "COERCE", "deport"
            rule_note = " [people expelled: COERCE deport]"
        if type_ == "ASSAULT" and roles.passive and roles.actor_head is None and not actor_refs and (when := when_attacks.get(tok.i)) is not None:
            subject = sx.subject(when.token)
            attackers = known(self._resolver.resolve(subject, hits, memory)) if subject is not None and subject.pos_ != "PRON" else ()
            # ("Russian soldiers were killed when Russian troops stormed a trench": not their own side)
            if attackers and not {a.country for a in attackers} & {r.country for r in recipient_refs if r.country}:
                actor_refs = attackers
                lent.add(when.token.idx)
                rule_note = f" [attackers from the when-clause: {when.entry.rule}]"
        if type_ == "RETREAT" and mode in ("disarm", "withdraw") and roles.passive and roles.actor_head is None and recipient_refs:
            # "a third of the guerrillas have been demobilized", "troops were withdrawn from…": those
            # disarmed or withdrawn are the ones retreating (not so those released, who are freed)
            actor_refs, recipient_refs = recipient_refs, ()
            rule_note = " [passive retreat: its subject retreats]"
        if type_ == "MOBILIZE" and tok.pos_ in ("VERB", "AUX") and roles.passive and roles.actor_head is None and recipient_refs:
            # "des milliers de soldats turcs ont été massés le long de la frontière", "troops were deployed
            # to…": the forces massed or deployed are the mobilising side's own, not whom it is aimed at
            actor_refs, recipient_refs = recipient_refs, ()
            rule_note = " [passive mobilisation: its subject's side mobilises]"
        # (a state, not people: "two diplomats were expelled from the UN mission" are expelled by the host)
        if type_ == "SANCTION" and mode in ("expel", "discontinue") and roles.passive and not known(actor_refs) and recipient_refs and all(r.sector is None and r.role is None for r in recipient_refs) and (body := self._finder.body_left(tok, hits, memory)):
            actor_refs = body  # "Le Zimbabwe a été suspendu des instances du Commonwealth"
            rule_note = " [suspended from an organisation: it acts]"
        if type_ == "RETREAT" and mode == "release" and roles.recipient_head is not None and self._held_by_others(tok.doc[roles.recipient_head], roles.actor, hits, memory):
            # PLOVER: freeing hostages someone else held ("freed 17 women held by the group") is a rescue, AID
            type_, mode = "AID", None
            rule_note = " [freed from other captors: AID]"
        if type_ == "MOBILIZE" and actor_refs and all(a.sector is not None and a.sector not in STATE_SECTORS for a in actor_refs) and any(a.type in _GRIEVANCES for a in cand.absorbed):
            # PLOVER's MOBILIZE is armed forces readying; "les cheminots se sont mobilisés pour dénoncer
            # leurs conditions de travail" is people taking to the streets: a protest
            type_, mode = "PROTEST", "demo"
            rule_note = " [civilians mobilised to voice a grievance: PROTEST]"
        protesters = roles.actor_head is not None and fold(tok.doc[roles.actor_head].lemma_) in self._g.protester_words
        if type_ == "ASSAULT" and mode in (None, "destroy", "primitive") and actor_refs and protesters:
            # PLOVER's riot is protesters' violence, meant to injure or damage: "demonstrators stormed
            # parliament and set it on fire", "des manifestants ont incendié le parlement local"
            type_, mode = "PROTEST", "riot"
            rule_note = " [violence by protesters: PROTEST riot]"
        if type_ == "PROTEST" and mode == "obstruct" and actor_refs and all(a.sector in STATE_SECTORS for a in actor_refs):
            # "Police erected barricades outside parliament": the state blocking a place restricts, it does not protest
            type_, mode = "COERCE", "restrict"
            rule_note = " [obstruction by state forces: COERCE restrict]"
        if speaker and speech_verb is not None and self._clauses.obligation(tok) and roles.actor_head is not None and tok.doc[roles.actor_head].pos_ == "PRON":
            # "reminded Iraq that it must cooperate", "a rappelé à l'Irak qu'il doit coopérer": the one
            # told is the one obliged, not the speaker
            actor_refs = self._finder.addressee(speech_verb, hits, memory) or actor_refs
        if speaker and self._clauses.obligation(tok) and actor_refs and _another_party(speaker, actor_refs, roles.actor_head is not None and tok.doc[roles.actor_head].pos_ != "PRON"):
            # "X a affirmé que Y devait coopérer", "X said Y must cooperate": X demands it of Y
            type_, mode = "REQUEST", ASK_MODE.get(type_, "change")
            actor_refs, recipient_refs = speaker, actor_refs
            rule_note = " [obligation in reported speech: REQUEST]"
        elif negated and (type_ == "AGREE" or (type_ in (*COOPERATIVE, "CONCEDE", "RETREAT") and modality in ("intent", "future")) or (type_, mode) == ("RETREAT", "access")):
            # "n'a pas rencontré son homologue" is a meeting that did not happen (negated CONSULT), not a refusal
            # "will not accept", "failed to reach agreement": a refusal is PLOVER's REJECT, not a negated AGREE;
            # so is "did not allow the aid trucks to cross": access withheld is access refused
            type_, mode, negated = "REJECT", (None if cand.type == "AGREE" else ASK_MODE.get(cand.type)), False
            rule_note = f" [negated {cand.type}: REJECT]"
        elif (modality in ("intent", "future") and type_ in ("ASSAULT", "COERCE", "SANCTION", "PROTEST")) or (
            self._clauses.conditional(tok) and type_ in ("ASSAULT", "COERCE", "SANCTION", "PROTEST", "RETREAT", "REJECT")
        ):
            # announced conflictual acts ("will boycott", "will extend the curfew") and acts made to
            # depend on a condition ("will withdraw unless…") are threats
            mode = _THREAT_MODE.get((type_, mode), _THREAT_MODE.get((type_, None)))
            rule_note = f" [announced {type_}: THREATEN]"
            type_ = "THREATEN"
        elif modality in ("intent", "future") and type_ in (*COOPERATIVE, "RETREAT", "CONCEDE") and (type_, mode) != ("RETREAT", "resign"):
            # (not "va démissionner", "will resign": a resignation offers nothing to another party)
            # PLOVER (after CAMEO's "express intent to…"): offers, promises and announced concessions
            # or withdrawals are AGREE ("will release the prime minister", "will evacuate the settlements")
            rule_note = f" [announced {type_}: AGREE]"
            type_, mode = "AGREE", None
        if cand.entry.type == "AGREE" and any(a.entry.type in COOPERATIVE for a in cand.absorbed) and modality == "asserted":
            modality = "intent"
        if mode is None:
            mode = self._mode_from_cues(type_, tok, sent)
        contexts = self._contexts(cand, sent)

        day = self._situator.event_date(cand, sent, sentence, article, memory, mentions, owners, speech_verb, tense, type_, self._scope.triggers)
        if modality == "historical" and day.text and day.precision == "day" and day.value is not None and article.date is not None and 0 <= (article.date - day.value).days <= 31:
            # "expressed regret on Thursday over forced labour during the war": the past is what the act is about
            modality = "asserted"
        place = self._situator.place(cand, hits, (roles.actor_head, roles.recipient_head), tuple(r.country for r in (*roles.actor, *roles.recipient) if r.country), article, memory, self._scope.triggers, self._scope.dates, _listed_tokens(sent, (*roles.actor, *roles.recipient)))
        warnings: list[str] = list(article.warnings)
        if day.warning:
            warnings.append(day.warning)
        info = self._onto.types[type_]
        if info.requires_recipient and not roles.recipient:
            warnings.append(f"PLOVER requires a recipient for {type_}; none found")

        recipient = _own_possessions(_fill_counterparts(recipient_refs, actor_refs), actor_refs, self._g.relation_nouns | self._g.captor_nouns)
        actor = _fill_counterparts(actor_refs, recipient)
        home = self._finder.home_country(place, sent, hits)
        # an army or a government facing a national group is that group's country, wherever the dateline
        # ("DOHA - The army's delegation rejected a demand by the RSF"); police act where they are
        forces = self._finder.group_country(sent, hits) if (place is None or (place.source or "").startswith("dateline")) else None
        # a visit happens abroad: where it happens says nothing of the visitor's country ("s'est rendu à Moscou")
        actor, recipient = (actor if mode == "visit" else _domestic(actor, home, forces)), _domestic(recipient, home, forces)
        # (else the one country the sentence names: "Ethnic Albanians have sworn to fight until they gain
        # control of villages near Macedonia's border with Bulgaria"; not the nationality of those acted
        # upon: "Ethnic Serbs attacked American peacekeepers")
        if (where := precise_country(place) or (home if home not in {r.country for r in recipient} else None)) is not None:
            actor, recipient = _residents(actor, where), _residents(recipient, where)
        between = _recipient_led_by(roles, tok.doc, self._g.reciprocal_preps)
        if type_ == "ASSAULT" and between:
            # "des affrontements entre soldats indiens et pakistanais": fighting between parties has them
            # all for actors and no recipient (PLOVER's reciprocal actors)
            actor, recipient = _merged_call(actor, recipient), ()
        elif type_ == "CONSULT" and not actor and recipient and between:
            # "les pourparlers entre les deux Corées ont repris": talks between parties, none hosting, have
            # them all for actors and no recipient; between a government and its own rebels they are the
            # country's own (coded X-X, as fighting at home is)
            actor, recipient = (recipient[:1], recipient[1:]) if len({r.country for r in recipient}) == 1 else (recipient, ())
        own = {a.country for a in actor if a.country}
        if len(own) > 1 and recipient and all(r.country in own for r in recipient):
            recipient = ()  # "Palestinians and Israelis failed to agree on the Palestinian offices": reciprocal
        against = type_ == "PROTEST" and _recipient_led_by(roles, tok.doc, self._g.opposition_preps)
        if not actor and type_ == "PROTEST" and home is not None and (roles.actor_head is None or tok.doc[roles.actor_head].pos_ != "PRON") and not (against and any(r.country == home for r in recipient)):
            # "youths torching cars in the Paris suburb of Nanterre", "MOSCOW - protesters rallied outside
            # the US embassy": protesters of no named nationality are the people of the country where
            # they protest: the place the sentence gives, else the one country it names (the PLOVER gold
            # codes "fundamentalists … demand the resignation of the Algerian president" as Algerians;
            # "a protest outside the Russian embassy", with no place, is then wrongly Russian; a protest
            # against that country's doings is not its people's), else the dateline's
            head = tok.doc[roles.actor_head] if roles.actor_head is not None else tok
            actor = (ActorRef(head.text, head.idx, head.idx + len(head.text), country=home, source="inferred:protesters (country where it happened)"),)
        if type_ == "CONSULT" and mode == "phone" and recipient:
            # PLOVER (compound and reciprocal actors): a call has no host and no visitor; all who
            # take part are the actor and no recipient is coded
            actor, recipient = _merged_call(actor, recipient), ()
        elif not known(recipient) and actor and not (type_ == "CONSULT" and _together(actor)):
            # "pounded residential districts": a target that names no party is no recipient; parties
            # named apart who talk together ("se sont entretenus… de la crise au Kosovo") talk with each
            # other: another country named is a topic (not so "des médiateurs américains et saoudiens",
            # one phrase; and "France and Germany expressed solidarity after the earthquake in Turkey"
            # is support for Turkey)
            recipient = (self._conditioned(cand, hits, memory, actor) if type_ == "THREATEN" else ()) or self._finder.implicit_recipient(tok, sent, hits, actor, type_, place)
        if type_ in ("COERCE", "ASSAULT") and recipient and home is not None and all(r.country is None and r.name is None and r.sector in PEOPLE_SECTORS for r in recipient):
            # "The army is holding thousands of refugees as human shields in the Jaffna peninsula": people
            # of no named nationality are those of the country where it happens (with no place or country
            # named, none: "Islamic State militants abducted students")
            recipient = tuple(replace(r, country=home, source=f"{r.source}; inferred:people of the country where it happened") for r in recipient)
        # (not "evacuated German citizens in Sudan": the people helped, not goods; for aid the actor's
        # countries are still ``own``: only protests and calls rewrite the actor above)
        if type_ == "AID" and place is not None and recipient and all(r.country in own and r.sector is None and r.role is None for r in recipient) and (where := precise_country(place)) is not None and where not in own:
            # "flew the first loads of American food aid into southern Somalia": the demonym on the aid
            # names the donor; the country it went to is the one helped
            dateline = (place.source or "").startswith("dateline")  # outside the parsed segment: no offsets
            recipient = (ActorRef(place.text, None if dateline else place.start, None if dateline else place.end, where, None, None, None, f"inferred:aid destination ({place.source})"),)
        if not actor and type_ == "ASSAULT" and (roles.actor_head is None or sent.doc[roles.actor_head].pos_ != "PRON"):
            # "A journalist was killed in a car bomb in Beirut": unknown attackers, coded as ICEWS codes
            # "Unidentified Forces (Lebanon)": in the country where it happened (else the victims')
            where = home or next((r.country for r in recipient if r.country and len(r.country) == 3), None)
            if where is not None:
                actor = (ActorRef(tok.text, tok.idx, tok.idx + len(tok.text), where, None, "unidentified attackers", None, "inferred:unidentified (country where it happened)"),)
        if not actor and roles.actor_head is None and (type_, mode) in _STATE_ACTS and roles.passive and place is not None and not (place.source or "").startswith("dateline") and (where := precise_country(place)) is not None:
            # "Two journalists were arrested in Minsk", "has been put under investigation in Italy": only
            # the state acts so, and the state is the one the sentence says it happened in (not the dateline)
            actor = (ActorRef(tok.text, tok.idx, tok.idx + len(tok.text), country=where, name="authorities", source="inferred:authorities (country where it happened, passive with no agent)"),)
        actor = _where_it_fights(actor, place)
        if precise_country(place) is None and type_ not in COOPERATIVE and type_ != "AGREE":
            actor, recipient = _across(actor, recipient), _across(recipient, actor)
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
        if day.precision == "day" and day.text and day.rule != INHERITED:
            memory.last_event_day = day.value
            # only a day on which something happened goes on to the next sentence
            happened = modality == "asserted" and not negated and (article.date is None or day.value is None or day.value <= article.date)
            if happened:
                memory.last_dated = (day, sentence.end)
        # With "recevoir"/"host" the grammatical subject is PLOVER's recipient: it stays the salient one.
        memory.remember(recipient if cand.entry.swap else actor, subject=True)
        memory.remember(actor if cand.entry.swap else recipient, subject=False)
        if (actor and recipient) or len(actor) > 1:
            memory.last_pair = (*actor, *recipient)
        return event

    def _by_hazard(self, tok: Token, roles: Roles) -> bool:
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

    def _held_by_others(self, freed: Token, actor: tuple[ActorRef, ...], hits: dict[int, Hit], memory: ArticleMemory) -> bool:
        """"17 women and children held by the group", "des otages détenus par les ravisseurs": an agent
        phrase on the freed names a captor other than the one who frees them (not "prisoners
        detained by Israeli forces" released by Israel)."""
        own = {a.country for a in actor if a.country}
        for t in ActorResolver.conjuncts(freed):
            for c in t.children:
                if c.dep_ not in ("acl", "relcl", "acl:relcl") or (captor := sx.agent(c, self._g)) is None:
                    continue
                refs = self._resolver.resolve(captor, hits, memory)
                theirs = {r.country for r in refs if r.country}
                # of no known country, "the group" is another captor, "le président" who pardoned them is the state's
                if not (theirs & own) and (theirs or not any(r.sector in STATE_SECTORS for r in refs)):
                    return True
        return False

    def _offer(self, ready: Token, roles: Roles) -> bool:
        """"Bolivia is willing to open its railway to Paraguayan freight": a readiness with no act of a
        type of its own is an offer when a state or an organisation is ready to do something itself
        (not a passive "ready to be shipped"), and not the content of a warning."""
        complement = next((c for c in ready.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        if complement is None or any(c.dep_ in ("aux:pass", "auxpass") for c in complement.children):
            return False
        if any(a.i in self._scope.triggers and (e := match_entry(a, self._lex)) is not None and e.type == "THREATEN" for a in ready.ancestors):
            return False
        return any(a.country and a.sector in (None, "GOV", "IGO", "MIL", "NGO") for a in roles.actor)

    def _conditioned(self, cand: Candidate, hits: dict[int, Hit], memory: ArticleMemory, actor: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
        """"threatened to ban voting if Hamas ran", "a menacé de bombarder si le Hamas tirait": the
        other party the condition is put to is the one threatened."""
        own = {a.country for a in actor if a.country}
        for t in (cand.token, *(a.token for a in cand.absorbed)):
            if (verb := self._clauses.condition(t)) is not None and (subject := sx.subject(verb)) is not None:
                party = known(self._resolver.resolve(subject, hits, memory))
                if party and all(p.country and p.country not in own for p in party):
                    return tuple(replace(p, source=f"{p.source}; inferred:condition (the party the threat's condition names)") for p in party)
        return ()

    def _recurrence(self, noun: Token) -> bool:
        """"in the third such attack", "la troisième attaque de ce type": a one-word marker stands before
        the noun (not "attacks such as…"), a phrase after it. A subject with its own verb is another
        act of that kind ("Samedi, une attaque de ce type avait visé l'aéroport")."""
        if noun.dep_ in sx.SUBJ:
            return False
        before = " " + " ".join(fold(t.text) for t in noun.subtree if noun.i - 3 <= t.i < noun.i) + " "
        after = " " + " ".join(fold(t.text) for t in noun.subtree if noun.i < t.i <= noun.i + 4) + " "
        return any(f" {m} " in (before if " " not in m else after) for m in self._g.recurrence_markers)

    @staticmethod
    def _someones(hazard: Token) -> bool:
        """"sniper fire", "le feu des soldats", "a wave of bombings", "un incendie criminel": someone's doing."""
        if any(m.dep_ == "compound" or fold(m.lemma_) in ("criminel", "criminal") for m in hazard.children):
            return True
        return any(w in OF_PREPS for case, _ in sx.prep_objects(hazard) for w in case.split())

    def _after(self, phrase: Token) -> bool:
        """"after the fall of the government": a phrase of sequence; "pendant un cyclone" is a cause."""
        return any(fold(c.text) in self._sequence_marks for c in phrase.children if c.dep_ in ("case", "fixed", "mark"))

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


# Sectors of actors who act at home: with no nationality given, they belong where the event happens.
_DOMESTIC = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "INS", "CVL", "BUS", "MED", "EDU", "REL", "LAB", "HLH", "SPY", "CRM", "ELI", "UAF", "AGR"})


def _domestic(side: tuple[ActorRef, ...], home: str | None, forces: str | None = None) -> tuple[ActorRef, ...]:
    out: list[ActorRef] = []
    for r in side:
        where = forces if forces is not None and r.sector in _PARTIES_TO_WAR else home
        out.append(replace(r, country=where, source=(r.source or "") + "; inferred:event-country") if where is not None and r.country is None and r.sector in _DOMESTIC else r)
    return tuple(out)


# Sectors that fight or govern in a civil conflict: they belong with the national group they face.
_PARTIES_TO_WAR = frozenset({"MIL", "GOV", "REB", "INS", "UAF"})


def _where_it_fights(side: tuple[ActorRef, ...], place: PlaceRef | None) -> tuple[ActorRef, ...]:
    """"A suicide bomber from the Islamic State group blew himself up inside a mosque in Kunduz": a
    group fighting across borders (its code stands for its country) is coded where the sentence says
    it acts (PLOVER gold), never by the country of whom it threatens or who fights it."""
    if place is None or (place.source or "").startswith("dateline") or place.precision not in ("city", "admin1") or (where := precise_country(place)) is None:
        return side
    return tuple(
        replace(r, country=where, source=(r.source or "") + "; inferred:where it acts") if r.sector in ("INS", "REB") and r.country is not None and r.country == r.name else r for r in side
    )


def _across(side: tuple[ActorRef, ...], other: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
    """"Ethnic Turks began a hunger strike against Sweden's decision": with no place to say where an
    ethnic group lives, it lives in the one country the other party belongs to."""
    # only a state's own authorities, or the state itself: "Ethnic Serbs attacked American peacekeepers" stay Serbs
    others = {r.country for r in other if r.country and len(r.country) == 3 and r.sector in (None, "GOV", "LEG", "JUD", "COP") and not (r.source and "grammar:ethnic" in r.source)}
    return _residents(side, next(iter(others))) if len(others) == 1 else side


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


# Acts that answer another's act: with no party named, the one answered is the recipient.
_ANSWERS = frozenset({"REJECT", "SUPPORT"})


def _recipient_led_by(roles: Roles, doc: Doc, preps: Iterable[str]) -> bool:
    """The recipient's phrase opens with one of ``preps`` ("entre…", "contre…")."""
    return roles.recipient_head is not None and any(sx.prep_matches(sx.case_of(doc[roles.recipient_head]), p) for p in preps)


def _participle_aside(tok: Token) -> bool:
    """A present participle set off after its clause ("…, charging its neighbour with…", "…, accusant…")."""
    return tok.pos_ == "VERB" and sx.present_participle(tok) and sx.set_off(tok)


def _repeated(events: list[Event], restating: set[str]) -> list[Event]:
    """"the withdrawal of US forces from Panama …, no deadline for complete withdrawal of the troops": a
    noun naming again an act the sentence reports, with no country of its own, is that act, not another;
    so is one with the same parties, on the same day or on none it names ("a reçu le président afghan,
    qui effectue sa première visite": the visit is the reception), and a participle set off after the
    clause ("lodged a protest with Albania, charging its neighbour with…": one accusation)."""
    def vague(e: Event) -> bool:
        return e.event_id in restating and not any(a.country for a in (*e.actor, *e.recipient))

    def again(e: Event, o: Event) -> bool:  # e names o's act again
        first = o.event_id not in restating or o.evidence.trigger_start < e.evidence.trigger_start
        return e.event_id in restating and first and o.type == e.type and (o.date == e.date or e.date_text is None) and _countries(o.actor) == _countries(e.actor) and _countries(o.recipient) == _countries(e.recipient)

    return [e for e in events if not any(o is not e and ((vague(e) and o.type == e.type and not vague(o) and any(a.country for a in o.actor)) or again(e, o)) for o in events)]


def _countries(side: tuple[ActorRef, ...]) -> frozenset[str]:
    return frozenset(a.country for a in side if a.country)


def _answered(events: list[Event]) -> list[Event]:
    """"X renewed his call for a meeting, but the Kremlin dismissed the idea": a refusal or a welcome
    that names no party answers the act reported before it in the sentence, whose actor is the
    recipient (not the refuser's own country)."""
    out: list[Event] = []
    for e in events:
        own = {a.country for a in e.actor if a.country}
        domestic = bool(e.recipient) and all((r.source or "").startswith("inferred:domestic") for r in e.recipient)
        if e.type in _ANSWERS and own and (domestic or not e.recipient):
            before = [p for p in out if p.evidence.trigger_start < e.evidence.trigger_start and p.actor and not ({a.country for a in p.actor if a.country} & own)]
            if before:
                asker = before[-1].actor
                e = replace(e, recipient=tuple(replace(a, source=f"{a.source or ''}; inferred:answered (actor of the act answered)") for a in asker))
        out.append(e)
    return out


def _another_party(speaker: tuple[ActorRef, ...], obliged: tuple[ActorRef, ...], named: bool) -> bool:
    """Whether those said to be obliged are not the speaker's side: another country, or, named (not by a
    pronoun) with both sectors known, another party of the same country ("the Colombian government said
    the FARC must free the hostages"; not "the US president said the United States must impose
    sanctions", the country's own plan)."""
    if {r.country for r in speaker} != {r.country for r in obliged}:
        return True
    return named and all(r.sector for r in (*speaker, *obliged)) and {r.sector for r in speaker} != {r.sector for r in obliged}


def _together(actor: tuple[ActorRef, ...]) -> bool:
    """Two or more countries named in phrases of their own ("Israël et la Jordanie")."""
    return len({a.country for a in actor if a.country}) > 1 and len({a.start for a in actor}) > 1


def _rehang_date_phrases(sent: Span, mentions: list[DateMention], agent_preps: frozenset[str]) -> None:
    """"La frappe menée dimanche par l'aviation israélienne contre un immeuble", "a libéré jeudi 14
    prisonniers": the French parser hangs the phrases after a weekday on the weekday, as if they
    qualified it; they are the verb's. A one-word weekday (no preposition of its own) under a verb
    gives its prepositional phrases back to the verb (the parse is edited in place)."""
    for m in mentions:
        if m.kind != "weekday" or m.end - m.start != 1:
            continue
        day = sent.doc[m.start]
        verb = day.head
        if verb.i == day.i or verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "case" for c in day.children):
            continue
        for child in list(day.children):
            if child.i > day.i and child.dep_ in ("nmod", "obl", "obl:arg", "obl:mod") and any(c.dep_ == "case" for c in child.children):
                child.head = verb
                child.dep_ = "obl:agent" if any(fold(c.text) in agent_preps for c in child.children if c.dep_ == "case") else "obl:arg"
