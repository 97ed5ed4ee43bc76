"""Who acts on whom in one clause: :class:`RoleFinder` weighs the actor and recipient phrases of a
trigger, read from the parse (who acts: :mod:`.agents`; who is acted upon: :mod:`.recipients`), into
its :class:`Roles`, and hands on the party a clause implies when the parse names none (:mod:`.setting`)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from sanderling.actors.matcher import Hit
from sanderling.actors.resolve import ActorResolver, ArticleMemory
from sanderling.events import syntax as sx
from sanderling.events.agents import PEOPLE_SECTORS, STATE_SECTORS, AgentFinder, known
from sanderling.events.recipients import RecipientFinder
from sanderling.events.setting import Setting, precise_country
from sanderling.events.syntax import Scope
from sanderling.events.triggers import Candidate, partner
from sanderling.lexicon.load import fold
from sanderling.lexicon.schema import Lexicon
from sanderling.nlp.tokens import BY_PREPS, OF_PREPS
from sanderling.records import ActorRef, PlaceRef

__all__ = ["PEOPLE_SECTORS", "STATE_SECTORS", "RoleFinder", "Roles", "known", "precise_country"]


@dataclass(frozen=True, slots=True)
class Roles:
    actor: tuple[ActorRef, ...]
    recipient: tuple[ActorRef, ...]
    actor_head: int | None
    recipient_head: int | None
    passive: bool = False  # the subject undergoes the act ("was arrested", "fait l'objet d'une enquête")


# acts whose noun names something said ("a request", "une offre", "the accusations")
_SPOKEN = frozenset({"REQUEST", "AGREE", "THREATEN", "ACCUSE", "SUPPORT"})


class RoleFinder:
    """Built once per language; :meth:`begin` gives it the sentence being read. It weighs the roles
    itself and asks its collaborators, which read the same sentence, what the parse says."""

    def __init__(self, *, lexicon: Lexicon, resolver: ActorResolver) -> None:
        self._g = lexicon.grammar
        self._resolver = resolver
        self._scope = Scope()
        self._agents = AgentFinder(lexicon=lexicon, resolver=resolver)
        self._recipients = RecipientFinder(lexicon=lexicon, resolver=resolver, agents=self._agents)
        self._setting = Setting(lexicon=lexicon, resolver=resolver)

    def begin(self, scope: Scope) -> None:
        self._scope = scope
        self._agents.begin(scope)
        self._recipients.begin(scope)
        self._setting.begin(scope)

    def inherited_subject(self, verb: Token) -> Token | None:
        """The subject ``verb`` has or inherits from the clause above (:meth:`AgentFinder.inherited_subject`)."""
        return self._agents.inherited_subject(verb)

    def find(self, cand: Candidate, hits: dict[int, Hit], memory: ArticleMemory, speaker: tuple[ActorRef, ...]) -> Roles:
        """The actor and recipient of ``cand``: its verb's subject and objects or its noun's doer and
        phrases, with the parser's usual slips mended (``speaker``, who reports the clause, resolves its
        speaker pronouns)."""
        tok = cand.token
        actor_head: Token | None = None
        patient: Token | None = None
        pitted: tuple[Token, Token | None] | None = None
        if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "ADJ" and cand.type == "AGREE"):  # "Manila is ready to give…"
            subj = self._agents.inherited_subject(tok)
            if tok.pos_ != "ADJ" and sx.is_passive(tok, self._g.reflexive_pronouns) and fold(tok.lemma_) not in self._g.etre_verbs:  # "sont convenus de": active
                patient = subj if subj is not None and subj.head.i == tok.i else None
                actor_head = self._agents.verb_agent(tok, hits)
                if actor_head is not None and "obj" not in self._recipients.cues(cand):
                    # the passive subject is the active object, a party acted on only where the object is one:
                    # "8.000 militaires ont été déployés par le gouvernement" are its own force (with no agent
                    # named, they stand for the side that deploys them)
                    patient = None
                if actor_head is None and cand.type == "AID" and subj is not None:
                    actor_head = self._agents.giver(subj, hits)
                if actor_head is None and cand.type == "ACCUSE" and fold(tok.lemma_) in self._g.summon_verbs:
                    actor_head = self._agents.summoner(tok, hits)
            elif self._recipients.undergone_infinitive(tok):
                # "X s'est vu demander par Y de…": X is asked, by Y
                patient = subj
                actor_head = sx.agent(tok, self._g) or sx.agent(tok.head, self._g)
            else:
                actor_head = subj
            if actor_head is not None and actor_head.pos_ in ("NOUN", "PROPN") and not self._agents.is_actorish(actor_head, hits) and (by := self._agents.launcher(actor_head, hits, through=cand.type in ("ASSAULT", "COERCE"))) is not None:
                actor_head = by  # "Des drones lancés par les paramilitaires ont frappé", "missiles fired by X hit": who launched them
            if (inverted := self._agents.inverted_accuser(tok, cand.type, hits, memory)) is not None:
                # "Les forces algériennes torturent des islamistes, a accusé jeudi Human Rights Watch": set
                # off after what it says, the accusation's own subject accuses, the said clause's is accused
                actor_head, patient = inverted
        else:
            actor_head = self._agents.nominal_agent(tok, hits)
            if actor_head is not None and (by := self._agents.agent_of_noun(tok, hits)) is not None and by.i == actor_head.i:
                # "the bombing of a Kurdish village by Turkish jets": with the doer named by "by", "of" names the target
                patient = next((obj for case, obj in sx.prep_objects(tok) if case.split()[0] in OF_PREPS and obj.i != by.i), None)
            if actor_head is None and (uttered := self._agents.uttered_by(tok)) is not None:
                actor_head = self._agents.verb_agent(uttered, hits)  # "des menaces ont été proférées par X", "threats were made by X"
            if actor_head is None and (holder := sx.carrier(tok, self._g.carrier_nouns)) is not None:
                actor_head = self._agents.nominal_agent(holder, hits) or self._agents.doer(holder, of=False)  # "une vague d'arrestations lancée par X"
                if actor_head is None and holder.dep_ in ("nsubj:pass", "nsubjpass"):
                    actor_head = sx.agent(holder.head, self._g)  # "une vague d'arrestations a été lancée par X"
            if actor_head is None and cand.type == "PROTEST":
                # "Les enseignants sont en grève", "Teachers have been on strike": the copula's subject
                # ("est contre la grève", "were at the demonstration" say nothing of who strikes)
                if any(c.dep_ == "cop" for c in tok.children) and any(c.dep_ == "case" and fold(c.text) in self._g.ongoing_preps for c in tok.children):
                    actor_head = sx.subject(tok)
                elif tok.dep_ == "pobj" and fold(tok.head.text) in self._g.ongoing_preps and tok.head.head.pos_ == "AUX":
                    actor_head = sx.subject(tok.head.head)
            if actor_head is None and cand.type == "PROTEST" and (marchers := self._agents.during_subject(tok, hits, memory)) is not None:
                actor_head = marchers  # "De jeunes Palestiniens ont lancé des pierres lors de manifestations": the protesters
            if (undergone := self._recipients.undergoer(tok, cand.type, hits)) is not None:
                # "Une ressortissante américaine fait l'objet d'une enquête en Italie": she is what the
                # act is done to; who does it is named by "par", if at all
                doer = undergone[1] or self._agents.actor_after(tok, BY_PREPS | self._g.source_preps, hits) or actor_head or self._agents.doer(tok, of=False)
                patient, actor_head = undergone[0], (doer if doer is not None and doer.i != undergone[0].i else None)
            elif (pitted := self._recipients.pitted(tok, hits)) is not None:
                actor_head, patient = pitted
        if patient is not None and tok.pos_ in ("VERB", "AUX") and not self._agents.is_actorish(patient, hits) and (doer := self._agents.doer(patient, of=False)) is not None and self._agents.is_actorish(doer, hits) and (actor_head is None or doer.i != actor_head.i):
            # "le plan présenté par l'UA a été rejeté", "the proposal put forward by Egypt was accepted":
            # a thing undergoes the act; whose it is, by its participle's agent, is the party acted on
            patient = doer
        recipient_head = patient
        recipient: tuple[ActorRef, ...] = ()
        cues = cand.entry.recipient or ()
        if patient is not None and tok.pos_ in ("VERB", "AUX") and cues and cand.type != "RETREAT":
            # "a été extradé vers la France", "was handed over to the tribunal": the passive subject is
            # the active object, the one moved; a phrase the entry names before "obj" says to whom
            # (not "troops were withdrawn from Kherson": those withdrawn are the ones retreating)
            before = cues[: cues.index("obj")] if "obj" in cues else cues
            for case, obj in sx.prep_objects(tok):
                if any(sx.prep_matches(case, p) for p in before) and (found := known(self._resolver.resolve(obj, hits, memory, speaker=speaker))):
                    recipient, recipient_head = found, obj
                    break
        if recipient_head is None and cand.type == "REQUEST" and tok.pos_ in ("VERB", "AUX"):
            # "demanded that Britain release the tanker", "a exigé que Londres libère": the one told to act
            # the clause right after the verb or after its "that" (not "…, diplomats quoted X as saying")
            clauses = [c for c in tok.children if c.dep_ == "ccomp" and (c.left_edge.i == tok.i + 1 or any(g.dep_ == "mark" for g in c.children)) and fold(c.lemma_) not in self._g.speech_verbs]
            # an active clause: in "asked that its prisoners be repatriated" the subject is who benefits
            clauses = [c for c in clauses if not any(g.dep_ in ("aux:pass", "auxpass", "nsubj:pass", "nsubjpass") for g in c.children)]
            told = next((s for c in clauses if (s := sx.subject(c)) is not None and s.pos_ != "PRON" and self._agents.is_actorish(s, hits)), None)
            found = known(self._resolver.resolve(told, hits, memory, speaker=speaker)) if told is not None else ()
            # (the asker is resolved only when there is someone told to compare it with)
            asker = {a.country for a in self._resolver.resolve(actor_head, hits, memory, speaker=speaker) if a.country} if found and actor_head is not None else set()
            if found and not any(r.country in asker for r in found):
                recipient, recipient_head = found, told
        if recipient_head is None and not cand.entry.swap:
            # The object is an absorbed event noun: whose act it is names the recipient, by the
            # demonym on it ("rejected a US offer", "a rejeté une proposition indienne") or by its doer
            # ("prevented the demonstration staged by students", "denounced the repression by Serbia").
            # An accusation falls on whoever committed what it is about ("complained to the UN over
            # Israeli air raids" → Israel), wherever the parser hangs the act.
            # (not "a rejeté l'appel de l'Argentine à des négociations": a verb with an object of its own)
            bare = not any(o.i not in {a.token.i for a in cand.absorbed} for o in sx.objects(tok))
            for inner in cand.absorbed:
                direct = inner.token.dep_ in sx.OBJ and inner.token.head.i == tok.i
                # a refusal's "à" phrase is what is refused ("a opposé une fin de non-recevoir à l'exigence de
                # l'Otan", "s'oppose à la proposition russe"), wherever the parser hangs it: on the verb or
                # on the object's infinitive
                via = inner.token.head
                direct = direct or (cand.type == "REJECT" and inner.token.dep_ == "obl:arg" and ((via.i == tok.i and bare) or (via.dep_ == "acl" and "Inf" in via.morph.get("VerbForm") and via.head.dep_ in sx.OBJ and via.head.head.i == tok.i)))
                if not (direct or (cand.type == "ACCUSE" and inner.token.pos_ == "NOUN")):
                    continue
                if recipient := self._agents.nominal_country(inner.token, hits):
                    break
                # "la manifestation des étudiants", "tout déploiement de Casques bleus de l'ONU": those who protest or deploy;
                # a thing said is said by its "of" or "from" phrase ("turned down a request from the Taliban")
                spoken = inner.type in _SPOKEN and inner.token.pos_ == "NOUN"
                doer = self._agents.doer(inner.token, of=inner.type in ("PROTEST", "MOBILIZE") or spoken) or (self._agents.actor_after(inner.token, self._g.source_preps, hits) if spoken else None)
                if doer is not None and inner.type == cand.type and (sx.case_of(doer).split() or [""])[0] in OF_PREPS:
                    continue  # "exprimant le soutien de Pékin au général": the act itself, whose "de" is the actor
                found = known(self._resolver.resolve(doer, hits, memory, speaker=speaker)) if doer is not None else ()
                if found and (not spoken or any(r.country or r.sector == "IGO" for r in found)):  # (a body of states speaks too)
                    recipient, recipient_head = found, doer
                    break
        if recipient_head is None and not recipient:
            # (an offer's to-phrase and a request's capital are weighed against the actor's countries:
            # resolved for AGREE and REQUEST only)
            actor_countries = frozenset(r.country for r in self._resolver.resolve(actor_head, hits, memory, speaker=speaker) if r.country) if actor_head is not None and cand.type in ("AGREE", "REQUEST") else frozenset()
            home: tuple[tuple[ActorRef, ...], Token] | None = None
            for head in self._recipients.heads(cand, actor_head, actor_countries):
                if cand.type == "ACCUSE" and not self._agents.is_actorish(head, hits) and (doer := self._agents.doer(head, of=False)) is not None:
                    head = doer  # "enquête sur des crimes commis par des extrémistes": an accusation falls on who did it
                # (what is refused is whose its "of" phrase says: "la demande de l'ONU", "the plan of the UN")
                elif not self._agents.is_actorish(head, hits) and (doer := self._agents.doer(head, of=cand.type == "REJECT")) is not None and self._agents.is_actorish(doer, hits):
                    # "rejected calls by Kofi Annan", "protests against violations by the army", "will never
                    # accept quotas imposed by Brussels", "support for Bangladesh's bid": on whose they are
                    head = doer
                recipient = known(self._resolver.resolve(head, hits, memory, speaker=speaker))
                if not recipient and (named := self._recipients.named_before(head, actor_head, hits)) is not None:
                    head, recipient = named, known(self._resolver.resolve(named, hits, memory, speaker=speaker))
                if recipient and home is None and self._recipients.own_capital(head, recipient, actor_head, hits, memory, speaker):
                    # "Le Burundi a fermé le bureau de l'ONU à Bujumbura": where, when another phrase says
                    # whom (not "the rebels arrived in Rangoon for talks": the host)
                    home, recipient = (recipient, head), ()
                    continue
                if recipient:
                    recipient_head = head
                    break
            if not recipient and home is not None:
                recipient, recipient_head = home
        between = recipient_head is not None and (case := sx.case_of(recipient_head)) != "" and any(sx.prep_matches(case, p) for p in self._g.reciprocal_preps)
        if cand.entry.swap and recipient_head is not None and not between:  # "host a meeting between X and Y": a mediator
            actor_head, recipient_head = recipient_head, actor_head
            recipient = ()
        if recipient_head is None and not recipient:
            for inner in cand.absorbed:  # "a dénoncé les sanctions américaines": the sanctioning country
                if inner.token.pos_ not in ("VERB", "AUX") and (recipient := self._agents.nominal_country(inner.token, hits)):
                    break
        # (not "ECOWAS envoys held talks": a name the parser read as a verb heads the subject itself)
        if actor_head is not None and actor_head.dep_ == "csubj" and actor_head.i < tok.i and not (actor_head.pos_ == "PROPN" and actor_head.i in hits) and (objs := sx.objects(actor_head)):
            actor_head = objs[0]  # "Visiting Kazakh Foreign Minister Abenov held talks": the parser's clausal subject
        if actor_head is not None and actor_head.i in self._scope.dates:
            actor_head = None  # "a reçu jeudi son homologue": the parser's "jeudi" is no actor
        if cand.type == "CONSULT" and tok.pos_ not in ("VERB", "AUX") and recipient_head is None and not recipient and (other := partner(tok)) is not None:
            recipient = known(self._resolver.resolve(other, hits, memory, speaker=speaker))  # "un entretien à Accra avec son homologue"
            recipient_head = other if recipient else None
        if actor_head is None and cand.type == "CONSULT" and recipient and tok.pos_ not in ("VERB", "AUX"):
            actor_head = self._agents.talks_subject(tok)
        borrowed: tuple[ActorRef, ...] = ()
        if actor_head is None and patient is not None and cand.type == "ASSAULT" and tok.pos_ in ("VERB", "AUX"):
            actor_head, borrowed = self._agents.attack_doer(cand, hits)
        actor = known(self._resolver.resolve(actor_head, hits, memory, speaker=speaker)) if actor_head is not None else borrowed
        if not actor and tok.pos_ not in ("VERB", "AUX"):
            actor = self._agents.nominal_country(tok, hits)
        if not recipient and recipient_head is not None:
            recipient = known(self._resolver.resolve(recipient_head, hits, memory, speaker=speaker))
        if pitted is not None and (side := pitted[1]) is not None:  # "ont opposé l'armée et les rebelles": the second conjunct is the other side
            actor = tuple(a for a in actor if a.start is None or not side.left_edge.idx <= a.start <= side.right_edge.idx)
        actor = self._resolver.listed(actor, tok.doc, hits, exclude=frozenset(r.country for r in recipient if r.country))
        recipient = self._resolver.listed(recipient, tok.doc, hits, exclude=frozenset(a.country for a in actor if a.country))
        passive = (tok.pos_ in ("VERB", "AUX") and sx.is_passive(tok, self._g.reflexive_pronouns)) or (patient is not None and tok.pos_ not in ("VERB", "AUX"))
        return Roles(actor, recipient, actor_head.i if actor_head is not None else None, recipient_head.i if recipient_head is not None and recipient else None, passive)

    def people_expelled(self, roles: Roles, hits: dict[int, Hit], doc: Doc) -> bool:
        """The ones expelled are people named by nationality or as civilians, not a state, an
        organisation or its envoys."""
        if not roles.recipient or roles.recipient_head is None:
            return False
        head = doc[roles.recipient_head]
        named = ("country:name", "country:alias", "country:capital", "country:ambiguous", "org")
        # the head or its possessor ("suspended Niger's membership": the state's, not people's)
        by_name = any(t is not None and t.i in hits and hits[t.i].kind in named for t in (head, sx.possessor(head)))
        return not by_name and head.pos_ in ("NOUN", "PROPN") and all((r.sector is None or r.sector in PEOPLE_SECTORS) and r.name is None for r in roles.recipient)

    # What the setting implies (:class:`Setting`), for the extractor's later steps.

    def body_left(self, verb: Token, hits: dict[int, Hit], memory: ArticleMemory) -> tuple[ActorRef, ...]:
        return self._setting.body_left(verb, hits, memory)

    def home_country(self, place: PlaceRef | None, sent: Span, hits: dict[int, Hit]) -> str | None:
        return self._setting.home_country(place, sent, hits)

    def group_country(self, sent: Span, hits: dict[int, Hit]) -> str | None:
        return self._setting.group_country(sent, hits)

    def implicit_recipient(self, tok: Token, sent: Span, hits: dict[int, Hit], actor: tuple[ActorRef, ...], type_: str, place: PlaceRef | None) -> tuple[ActorRef, ...]:
        return self._setting.implicit_recipient(tok, sent, hits, actor, type_, place)

    def addressee(self, speech_verb: Token, hits: dict[int, Hit], memory: ArticleMemory) -> tuple[ActorRef, ...]:
        return self._setting.addressee(speech_verb, hits, memory)
