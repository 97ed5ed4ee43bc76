"""Who acts on whom in one clause: the actor and recipient phrases of a trigger, read from the parse
(subjects, agents, objects, cue prepositions, event nouns' doers), and the party a clause implies when
the parse names none."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from spacy.tokens import Doc, Span, Token

from sanderling.actors.matcher import Hit
from sanderling.actors.resolve import ActorResolver, ArticleMemory, named_by_descent
from sanderling.events import syntax as sx
from sanderling.events.syntax import Scope
from sanderling.events.triggers import Candidate, is_background, match_entry, partner, trailing_phrase
from sanderling.lexicon.load import fold
from sanderling.lexicon.schema import Lexicon
from sanderling.nlp.tokens import BY_PREPS, OF_PREPS, after_auxiliary, span_head
from sanderling.records import ActorRef, PlaceRef


@dataclass(frozen=True, slots=True)
class Roles:
    actor: tuple[ActorRef, ...]
    recipient: tuple[ActorRef, ...]
    actor_head: int | None
    recipient_head: int | None
    passive: bool = False  # the subject undergoes the act ("was arrested", "fait l'objet d'une enquête")


# acts whose noun names something said ("a request", "une offre", "the accusations")
_SPOKEN = frozenset({"REQUEST", "AGREE", "THREATEN", "ACCUSE", "SUPPORT"})
# what one can be made to undergo ("came under attack", "a subi des pressions"), unlike a framework
# ("under the agreement") or a favour
_UNDERGONE = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})


class RoleFinder:
    """Built once per language; :meth:`begin` gives it the sentence being read."""

    def __init__(self, *, lexicon: Lexicon, resolver: ActorResolver) -> None:
        self._lex = lexicon
        self._g = lexicon.grammar
        self._resolver = resolver
        self._scope = Scope()

    def begin(self, scope: Scope) -> None:
        self._scope = scope

    def inherited_subject(self, verb: Token) -> Token | None:
        t = verb
        for _ in range(5):
            s = sx.subject(t)
            if s is not None:
                return s
            if (s := sx.inverted_speaker(t, self._g)) is not None:
                return s  # "…, a annoncé le ministère, saluant une coopération": the ministry salutes
            if t.dep_ == "conj" and t.head.i in self._scope.dates and t.head.head.pos_ in ("VERB", "AUX") and t.head.head.i != t.head.i:
                t = t.head.head  # "a promis jeudi son soutien et a annoncé…": the parser joined the verb to the date
                continue
            if t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN") and after_auxiliary(t, ("avoir", "have")):
                return t.head  # "Les rebelles ont de nouveau rejeté": the parser lost the clause, not its subject
            if t.head.dep_ in sx.SUBJ and t.head.pos_ in ("NOUN", "PROPN") and sx.set_off_participle(t):
                return t.head  # "a affirmé un porte-parole, prévenant que…": the parser hangs the participle on its subject
            if t.dep_ == "acl" and (root := sx.rootless_subject(t)) is not None:
                return root
            if t.dep_ == "acl" and t.head.pos_ == "NOUN" and fold(t.head.lemma_) in self._g.speech_nouns and t.head.dep_ in sx.OBJ and fold(t.head.head.lemma_) in self._g.issue_verbs and (sx.gerund(t) or sx.present_participle(t)):
                t = t.head.head  # "issued a declaration demanding that…", "a publié une déclaration exigeant": its author speaks
                continue
            if t.dep_ == "acl" and sx.gerund(t):
                # "a salué ces libérations tout en appelant Minsk à…": the parser hangs the gerund on a noun;
                # its subject is the subject of the verb above
                v = t.head
                while v.head.i != v.i and v.pos_ not in ("VERB", "AUX"):
                    v = v.head
                if v.pos_ in ("VERB", "AUX") and v.i != t.i:
                    t = v
                    continue
            controller = sx.objects(t.head) if t.dep_ == "xcomp" and t.head.i not in self._scope.triggers and any(c.dep_ in ("mark", "aux") for c in t.children) else []
            if controller and controller[0].pos_ in ("NOUN", "PROPN") and self._is_actorish(controller[0], self._scope.hits):
                return controller[0]  # "a poussé l'aviation japonaise à faire décoller des chasseurs": the one pushed acts
            if (raiser := self._prospect_raiser(t)) is not None:
                t = raiser  # "raised the possibility of breaking ties", "a évoqué la possibilité de rompre"
                continue
            if t.dep_ == "acl" and t.pos_ == "VERB" and self._own_intent(t.head):
                t = t.head.head  # "announced its intention to lift", "a fait part de son intention de lever": the announcer's
                continue
            if t.dep_ in ("xcomp", "conj", "advcl", "ccomp", "acl", "acomp") and t.head.i != t.i:  # acomp: "is ready to contribute"
                t = t.head
                continue
            if t.dep_ == "csubj" and sx.set_off(t) and t.tag_ == "VBG" and t.head.dep_ in ("advcl", "conj") and t.head.head.i < t.i and t.head.head.pos_ in ("VERB", "AUX"):
                t = t.head.head  # "lodged a protest, charging its neighbour with…": the parser made it the subject of a later verb
                continue
            if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.pos_ == "VERB" and all(fold(o.lemma_) in self._g.prospect_nouns for o in sx.objects(t.head.head)):
                t = t.head.head  # "resorted to throwing stones", "raised the prospect on Tuesday of breaking"; not "accused Israel of killing"
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
            # ("Azerbaijan barred…": the English parser may call a name there a noun-phrase adverbial)
            if c.pos_ in ("NOUN", "PROPN") and (c.dep_ in ("obl:mod", "obl", "nmod", "dep") or (c.dep_ == "npadvmod" and c.pos_ == "PROPN")) and c.i not in self._scope.dates and not any(g.dep_ == "case" for g in c.children):
                return c
        return None

    def _prospect_raiser(self, verb: Token) -> Token | None:
        """The verb whose object is the possibility ``verb`` completes ("raised the possibility of
        breaking", "a évoqué la possibilité de rompre"): its subject is the one who would act."""
        noun = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb.head if verb.dep_ == "acl" else None
        if noun is None or noun.pos_ != "NOUN" or fold(noun.lemma_) not in self._g.prospect_nouns or noun.dep_ not in sx.OBJ or noun.head.pos_ != "VERB":
            return None
        return noun.head

    def _own_intent(self, noun: Token) -> bool:
        """A noun of the speaker's own plan, the object of a verb that is no event ("its intention", "sa
        volonté"): by its possessive, with no party of its own ("the UN plan"); not "a plot", which the
        one who uncovers it did not make."""
        if noun.pos_ != "NOUN" or noun.dep_ not in (*sx.OBJ, "obl:arg") or noun.head.pos_ != "VERB" or noun.head.i in self._scope.triggers:
            return False
        own = any(c.dep_ in ("poss", "det", "nmod:poss") and "Yes" in c.morph.get("Poss") for c in noun.children)
        return own and sx.possessor(noun) is None and not any(self._is_actorish(c, self._scope.hits) for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i + 4)

    def _after_fronted_phrase(self, verb: Token) -> Token | None:
        """"With the signing of a memorandum, the Sudanese government and SPLM/A have agreed…": the
        parser folds the subject into the fronted phrase; it is the noun phrase between the comma and
        the verb (with its auxiliaries)."""
        first = min([verb.i, *(c.i for c in verb.children if c.dep_ in sx.AUX_DEPS or c.dep_ == "neg")])
        last = verb.doc[first - 1] if first > verb.sent.start else None
        if last is None or last.pos_ not in ("NOUN", "PROPN") or last.i in self._scope.dates:
            return None
        comma = next((t.i for t in reversed(verb.doc[verb.sent.start : last.i]) if t.text == ","), None)
        if comma is None:
            return None
        head = last
        while head.head.i != head.i and comma < head.head.i < first and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head
        if head.head.i == verb.i or any(t.pos_ in ("VERB", "AUX") or t.dep_ == "case" for t in verb.doc[comma + 1 : head.i]):
            return None  # a phrase of the verb's own, or not a bare noun phrase
        return head if self._is_actorish(head, self._scope.hits) else None

    def find(self, cand: Candidate, hits: dict[int, Hit], memory: ArticleMemory, speaker: tuple[ActorRef, ...]) -> Roles:
        tok = cand.token
        actor_head: Token | None = None
        patient: Token | None = None
        pitted: tuple[Token, Token] | None = None
        if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "ADJ" and cand.type == "AGREE"):  # "Manila is ready to give…"
            subj = self.inherited_subject(tok)
            if tok.pos_ != "ADJ" and sx.is_passive(tok, self._g.reflexive_pronouns) and fold(tok.lemma_) not in self._g.etre_verbs:  # "sont convenus de": active
                patient = subj if subj is not None and subj.head.i == tok.i else None
                actor_head = self._verb_agent(tok, hits)
                if actor_head is not None and "obj" not in self._cues(cand):
                    # the passive subject is the active object, a party acted on only where the object is one:
                    # "8.000 militaires ont été déployés par le gouvernement" are its own force (with no agent
                    # named, they stand for the side that deploys them)
                    patient = None
                if actor_head is None and cand.type == "AID" and subj is not None:
                    actor_head = self._giver(subj, hits)
                if actor_head is None and cand.type == "ACCUSE" and fold(tok.lemma_) in self._g.summon_verbs:
                    actor_head = self._summoner(tok, hits)
            elif self._undergone_infinitive(tok):
                # "X s'est vu demander par Y de…": X is asked, by Y
                patient = subj
                actor_head = sx.agent(tok, self._g) or sx.agent(tok.head, self._g)
            else:
                actor_head = subj
            if actor_head is not None and actor_head.pos_ in ("NOUN", "PROPN") and not self._is_actorish(actor_head, hits) and (by := self._launcher(actor_head, hits, through=cand.type in ("ASSAULT", "COERCE"))) is not None:
                actor_head = by  # "Des drones lancés par les paramilitaires ont frappé", "missiles fired by X hit": who launched them
            if (inverted := self._inverted_accuser(tok, cand.type, hits, memory)) is not None:
                # "Les forces algériennes torturent des islamistes, a accusé jeudi Human Rights Watch": set
                # off after what it says, the accusation's own subject accuses, the said clause's is accused
                actor_head, patient = inverted
        else:
            actor_head = self._nominal_agent(tok, hits)
            if actor_head is not None and (by := self._agent_of_noun(tok, hits)) is not None and by.i == actor_head.i:
                # "the bombing of a Kurdish village by Turkish jets": with the doer named by "by", "of" names the target
                patient = next((obj for case, obj in sx.prep_objects(tok) if case.split()[0] in OF_PREPS and obj.i != by.i), None)
            if actor_head is None and (uttered := self._uttered_by(tok)) is not None:
                actor_head = self._verb_agent(uttered, hits)  # "des menaces ont été proférées par X", "threats were made by X"
            if actor_head is None and (holder := sx.carrier(tok, self._g.carrier_nouns)) is not None:
                actor_head = self._nominal_agent(holder, hits) or self._doer(holder, of=False)  # "une vague d'arrestations lancée par X"
                if actor_head is None and holder.dep_ in ("nsubj:pass", "nsubjpass"):
                    actor_head = sx.agent(holder.head, self._g)  # "une vague d'arrestations a été lancée par X"
            if actor_head is None and cand.type == "PROTEST":
                # "Les enseignants sont en grève", "Teachers have been on strike": the copula's subject
                # ("est contre la grève", "were at the demonstration" say nothing of who strikes)
                if any(c.dep_ == "cop" for c in tok.children) and any(c.dep_ == "case" and fold(c.text) in self._g.ongoing_preps for c in tok.children):
                    actor_head = sx.subject(tok)
                elif tok.dep_ == "pobj" and fold(tok.head.text) in self._g.ongoing_preps and tok.head.head.pos_ == "AUX":
                    actor_head = sx.subject(tok.head.head)
            if actor_head is None and cand.type == "PROTEST" and (marchers := self._during_subject(tok, hits, memory)) is not None:
                actor_head = marchers  # "De jeunes Palestiniens ont lancé des pierres lors de manifestations": the protesters
            if (undergone := self._undergoer(tok, cand.type, hits)) is not None:
                # "Une ressortissante américaine fait l'objet d'une enquête en Italie": she is what the
                # act is done to; who does it is named by "par", if at all
                doer = undergone[1] or self._actor_after(tok, BY_PREPS | self._g.source_preps, hits) or actor_head or self._doer(tok, of=False)
                patient, actor_head = undergone[0], (doer if doer is not None and doer.i != undergone[0].i else None)
            elif (pitted := self._pitted(tok, hits)) is not None:
                actor_head, patient = pitted
        if patient is not None and tok.pos_ in ("VERB", "AUX") and not self._is_actorish(patient, hits) and (doer := self._doer(patient, of=False)) is not None and self._is_actorish(doer, hits) and (actor_head is None or doer.i != actor_head.i):
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
            told = next((s for c in clauses if (s := sx.subject(c)) is not None and s.pos_ != "PRON" and self._is_actorish(s, hits)), None)
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
                if recipient := self._nominal_country(inner.token, hits):
                    break
                # "la manifestation des étudiants", "tout déploiement de Casques bleus de l'ONU": those who protest or deploy;
                # a thing said is said by its "of" or "from" phrase ("turned down a request from the Taliban")
                spoken = inner.type in _SPOKEN and inner.token.pos_ == "NOUN"
                doer = self._doer(inner.token, of=inner.type in ("PROTEST", "MOBILIZE") or spoken) or (self._actor_after(inner.token, self._g.source_preps, hits) if spoken else None)
                if doer is not None and inner.type == cand.type and (sx.case_of(doer).split() or [""])[0] in OF_PREPS:
                    continue  # "exprimant le soutien de Pékin au général": the act itself, whose "de" is the actor
                found = known(self._resolver.resolve(doer, hits, memory, speaker=speaker)) if doer is not None else ()
                if found and (not spoken or any(r.country or r.sector == "IGO" for r in found)):  # (a body of states speaks too)
                    recipient, recipient_head = found, doer
                    break
        if recipient_head is None and not recipient:
            # (an offer's to-phrase is weighed against the actor's countries: resolved for AGREE only)
            actor_countries = frozenset(r.country for r in self._resolver.resolve(actor_head, hits, memory, speaker=speaker) if r.country) if actor_head is not None and cand.type == "AGREE" else frozenset()
            home: tuple[tuple[ActorRef, ...], Token] | None = None
            for head in self._recipient_heads(cand, actor_head, actor_countries):
                if cand.type == "ACCUSE" and not self._is_actorish(head, hits) and (doer := self._doer(head, of=False)) is not None:
                    head = doer  # "enquête sur des crimes commis par des extrémistes": an accusation falls on who did it
                # (what is refused is whose its "of" phrase says: "la demande de l'ONU", "the plan of the UN")
                elif not self._is_actorish(head, hits) and (doer := self._doer(head, of=cand.type == "REJECT")) is not None and self._is_actorish(doer, hits):
                    # "rejected calls by Kofi Annan", "protests against violations by the army", "will never
                    # accept quotas imposed by Brussels", "support for Bangladesh's bid": on whose they are
                    head = doer
                recipient = known(self._resolver.resolve(head, hits, memory, speaker=speaker))
                if not recipient and (named := self._named_before(head, actor_head, hits)) is not None:
                    head, recipient = named, known(self._resolver.resolve(named, hits, memory, speaker=speaker))
                if recipient and home is None and self._own_capital(head, recipient, actor_head, hits, memory, speaker):
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
                if inner.token.pos_ not in ("VERB", "AUX") and (recipient := self._nominal_country(inner.token, hits)):
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
            actor_head = self._talks_subject(tok)
        borrowed: tuple[ActorRef, ...] = ()
        if actor_head is None and patient is not None and cand.type == "ASSAULT" and tok.pos_ in ("VERB", "AUX"):
            actor_head, borrowed = self._attack_doer(cand, hits)
        actor = known(self._resolver.resolve(actor_head, hits, memory, speaker=speaker)) if actor_head is not None else borrowed
        if not actor and tok.pos_ not in ("VERB", "AUX"):
            actor = self._nominal_country(tok, hits)
        if not recipient and recipient_head is not None:
            recipient = known(self._resolver.resolve(recipient_head, hits, memory, speaker=speaker))
        if pitted is not None:  # "ont opposé l'armée et les rebelles": the second conjunct is the other side
            side = pitted[1]
            actor = tuple(a for a in actor if a.start is None or not side.left_edge.idx <= a.start <= side.right_edge.idx)
        actor = self._resolver.listed(actor, tok.doc, hits, exclude=frozenset(r.country for r in recipient if r.country))
        recipient = self._resolver.listed(recipient, tok.doc, hits, exclude=frozenset(a.country for a in actor if a.country))
        passive = (tok.pos_ in ("VERB", "AUX") and sx.is_passive(tok, self._g.reflexive_pronouns)) or (patient is not None and tok.pos_ not in ("VERB", "AUX"))
        return Roles(actor, recipient, actor_head.i if actor_head is not None else None, recipient_head.i if recipient_head is not None and recipient else None, passive)

    def _inverted_accuser(self, verb: Token, type_: str, hits: dict[int, Hit], memory: ArticleMemory) -> tuple[Token, Token | None] | None:
        """(speaker, party acted on) of an accusation, threat or demand set off after the clause it
        reports, its subject after it ("X torture des détenus, a accusé Y"): the clause's subject is
        accused or told; a threat whose clause says what the speaker's own side will do ("Israël
        frappera le Hezbollah, a averti le ministre israélien") falls on that clause's object."""
        if type_ not in ("ACCUSE", "THREATEN", "REQUEST") or (content := sx.said_before(verb)) is None or (type_ != "ACCUSE" and sx.told_as_past(content)):
            return None
        speaker = next(c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "obj") and c.i > verb.i and c.pos_ in ("NOUN", "PROPN"))
        target = next((c for c in content.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < content.i), None)
        # (the speaker is a party by its own words: "des excuses de Tokyo" is no one)
        if target is None or target.pos_ == "PRON" or not sx.named_by_own_words(speaker, hits.keys()) or not self._is_actorish(speaker, hits):
            return None
        if type_ != "ACCUSE":
            own = {a.country for a in self._resolver.resolve(speaker, hits, memory) if a.country}
            said = {a.country for a in self._resolver.resolve(target, hits, memory) if a.country}
            if not own and not any("Yes" in c.morph.get("Poss") for c in speaker.children):
                return None  # a speaker of no known side: which party is threatened is unsaid
            if not own:  # "…, a averti leur porte-parole": the clause's subject speaks through its own
                speaker = target
            if not own or own >= said:
                target = next((o for o in sx.objects(content) if self._is_actorish(o, hits)), None)
        return speaker, target

    def _attack_doer(self, cand: Candidate, hits: dict[int, Hit]) -> tuple[Token | None, tuple[ActorRef, ...]]:
        """Who made the attack an agentless passive says the victims died in: "were killed in an Israeli
        drone strike", "tués lors d'une embuscade des jihadistes", "dans une attaque de missiles russes"."""
        for inner in cand.absorbed:
            noun = inner.token
            if inner.type != "ASSAULT" or noun.pos_ != "NOUN" or cand.token.i not in (noun.head.i, noun.head.head.i):
                continue
            if (by := self._agent_of_noun(noun, hits)) is not None:
                return by, ()  # "the shelling of Ukrainian positions by Russian artillery"
            by = self._doer(noun, of=True)
            # the doer's head word names a party ("by Boko Haram militants", "des jihadistes"); not a
            # target described by a nationality ("l'attaque d'un convoi français", "the shelling of
            # Ukrainian positions") or a place ("l'explosion d'une voiture piégée à Beyrouth")
            if by is not None and (by.i in hits or by.ent_type_ in ("PER", "PERSON", "ORG")):
                return by, ()
            if found := self._nominal_country(noun, hits):
                return None, found
            for case, weapon in sx.prep_objects(noun):  # "une attaque de missiles russes": the weapons' makers
                if case.split()[0] in OF_PREPS and fold(weapon.lemma_) in self._g.weapon_words and (found := self._nominal_country(weapon, hits)):
                    return None, found
        return None, ()

    def _during_subject(self, noun: Token, hits: dict[int, Hit], memory: ArticleMemory) -> Token | None:
        """The subject of the active clause a "during" phrase on a protest noun hangs on, when it is
        people, not a state's force: "De jeunes Palestiniens ont eu recours à des jets de pierres lors de
        manifestations" are protesters; not "La police a tiré des gaz lacrymogènes lors de manifestations"."""
        marks = [noun.head, *(c for c in noun.children if c.dep_ in ("case", "fixed"))]
        if not any(fold(m.text) in self._g.during_preps for m in marks):
            return None
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or sx.is_passive(verb, self._g.reflexive_pronouns) or (subj := self.inherited_subject(verb)) is None or not self._is_actorish(subj, hits):
            return None
        refs = known(self._resolver.resolve(subj, hits, memory))
        return subj if refs and not any(r.sector in STATE_SECTORS for r in refs) else None

    def _giver(self, goods: Token, hits: dict[int, Hit]) -> Token | None:
        """Who gives what an agentless passive of giving moves, by the agent of a participle in its
        phrase: "une tranche de l'aide promise au Soudan par l'Arabie saoudite a été versée"."""
        for t in goods.subtree:
            if t.dep_ in ("amod", "acl") and t.pos_ == "VERB" and (by := sx.agent(t, self._g)) is not None and self._is_actorish(by, hits):
                return by
        return None

    def _summoner(self, verb: Token, hits: dict[int, Hit]) -> Token | None:
        """The seat of government or capital an envoy is summoned to, with no agent named ("a été convoqué
        au Quai d'Orsay", "was summoned to the Foreign Office"): its country summons him."""
        preps = self._g.dative_preps | self._g.locative_preps
        return next((obj for case, obj in sx.prep_objects(verb) if any(sx.prep_matches(case, p) for p in preps) and obj.i in hits and hits[obj.i].kind == "country:capital"), None)

    def _uttered_by(self, noun: Token) -> Token | None:
        """The passive verb, no event of its own, whose subject the event noun is ("de nouvelles menaces
        ont été proférées par la Corée du Nord contre le Japon"): its agent and phrases are the noun's."""
        verb = noun.head
        if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj:pass", "nsubjpass") or verb.pos_ != "VERB" or verb.i in self._scope.triggers:
            return None
        return verb if sx.is_passive(verb, self._g.reflexive_pronouns) else None

    def _verb_agent(self, verb: Token, hits: dict[int, Hit]) -> Token | None:
        """The "by"/"par" agent of a passive verb, wherever the parser hung it."""
        return sx.agent(verb, self._g) or self._stranded_agent(verb, hits)

    def _stranded_agent(self, verb: Token, hits: dict[int, Hit]) -> Token | None:
        """"was accused of misusing funds by government officials": an active gerund takes no "by"
        agent, so a "by" phrase the parser hung on it belongs to the passive above."""
        # English "accused of misusing" (prep → pcomp); French "accusé d'avoir détourné" (xcomp/advcl)
        clauses = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
        clauses += [c for c in verb.children if c.dep_ in ("xcomp", "advcl", "acl")]
        for clause in clauses:
            if clause.pos_ != "VERB" or sx.is_passive(clause, self._g.reflexive_pronouns) or sx.subject(clause) is not None:
                continue
            if (by := sx.agent(clause, self._g)) is not None and self._is_actorish(by, hits):
                return by
        for date in (c for c in verb.children if c.i in self._scope.dates and c.i > verb.i):
            # "ont été critiqués mercredi par le gouvernement nigérian": the parser hangs the agent on the
            # date, or on the bare word that ends it ("ont été interpellés samedi matin par la police")
            ends = [c for c in date.children if c.i == date.i + 1 and c.dep_ == "nmod" and not any(g.dep_ in ("case", "det") for g in c.children)]
            for by in (g for t in (date, *ends) for g in t.children):
                if by.dep_ == "obl:agent" and self._is_actorish(by, hits):
                    return by
        return None

    def _undergoer(self, noun: Token, type_: str, hits: dict[int, Hit]) -> tuple[Token, Token | None] | None:
        """The one an event noun's act is done to, when the clause says it was undergone ("fait
        l'objet d'une enquête", "a été la cible d'une attaque", "came under attack", "a subi une
        attaque", "was subjected to torture"), and who does it, when the clause says so ("a soumis
        l'Iran à des sanctions", "placed Ukraine under blockade", "came under fire from X")."""
        g = self._g
        verb = noun.head.head if fold(noun.head.lemma_) in g.undergo_objects else noun.head
        if verb.pos_ in ("VERB", "AUX") and any(c.dep_ in sx.OBJ and fold(c.lemma_) in g.undergo_objects for c in verb.children):
            return _pair(self.inherited_subject(verb))
        if type_ not in _UNDERGONE:
            return None  # "under the agreement, Israel will withdraw": a framework, not something undergone
        up = noun.head
        case = next((c for c in noun.children if c.dep_ == "case"), None)  # French hangs the preposition on the noun
        if up.pos_ == "ADP":  # English hangs the noun on its preposition
            case, up = up, up.head
        if up.i == noun.i or up.pos_ not in ("VERB", "NOUN", "ADJ"):
            return None
        prep = fold(case.text) if case is not None else ""
        passive = up.pos_ == "VERB" and sx.is_passive(up, g.reflexive_pronouns)
        others = [o for o in sx.objects(up) if o.i != noun.i] if up.pos_ == "VERB" else []
        if up.pos_ == "VERB" and prep in g.undergo_preps:
            # "came under attack"; "placed Ukraine under blockade": an active verb's object undergoes it;
            # not "is under sanctions", a state
            return (others[0], self.inherited_subject(up)) if others and not passive else self._undergone_by(up, self.inherited_subject(up), hits)
        if up.pos_ == "VERB" and f"{fold(up.lemma_)} {prep}" in g.undergo_phrases and not others:
            return _pair(self.inherited_subject(up))  # "est tombée dans une embuscade", "fell into an ambush"
        # ("a essuyé samedi des tirs": the French parser reads the object's article "des" as a preposition)
        if up.pos_ == "VERB" and fold(up.lemma_) in g.undergo_verbs and noun.dep_ in sx.OBJ and (case is None or prep in OF_PREPS) and not passive:
            return self._undergone_by(up, self.inherited_subject(up), hits)  # "a subi une attaque", "suffered an attack"
        if up.pos_ == "VERB" and fold(up.lemma_) in g.impose_verbs and prep in g.dative_preps:
            # "a été soumis à la torture", "was subjected to torture"; in the active "a soumis l'Iran à
            # des sanctions" the subject does it to the object ("a soumis une plainte" submits it)
            if passive:
                return self._undergone_by(up, self.inherited_subject(up), hits)
            return (others[0], self.inherited_subject(up)) if others else None
        if up.pos_ in ("NOUN", "ADJ") and fold(up.lemma_) in g.undergo_nouns:  # "victime" is tagged either way
            if any(c.dep_ == "cop" for c in up.children):
                return _pair(sx.subject(up))  # "a été la cible d'une attaque"
            if up.dep_ == "attr":
                return _pair(sx.subject(up.head))  # "was the target of an attack"
        return None

    def _pitted(self, noun: Token, hits: dict[int, Hit]) -> tuple[Token, Token] | None:
        """The two sides an event noun sets against each other as the subject of "opposer" ("des combats
        ont opposé l'armée aux rebelles", "fighting pitted the army against rebels"): the object, then
        the party after à or against, or the object's second conjunct ("opposé l'armée et les rebelles")."""
        # (or in a relative clause on the noun: "les affrontements qui ont opposé la police aux manifestants")
        # (its subject the relative word right after the noun's phrase)
        relative = [c for c in noun.children if c.dep_ in ("acl:relcl", "relcl") and any(s.dep_ == "nsubj" and s.pos_ in ("PRON", "DET") and s.i < c.i for s in c.children)]
        verb = relative[0] if relative else noun.head if noun.dep_ in ("nsubj", "nsubj:pass") else noun
        if verb.pos_ != "VERB" or fold(verb.lemma_) not in self._g.pitting_verbs:
            return None
        first = next((o for o in sx.objects(verb) if o.i not in self._scope.dates), None)
        if first is None or not self._is_actorish(first, hits):
            return None
        preps = self._g.dative_preps | self._g.opposition_preps
        # (the French parser hangs "aux rebelles" on the object)
        sides = [obj for t in (verb, first) for case, obj in sx.prep_objects(t) if any(sx.prep_matches(case, p) for p in preps)]
        sides += [c for c in first.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
        second = next((s for s in sides if self._is_actorish(s, hits)), None)
        return None if second is None else (first, second)

    def _undergone_by(self, verb: Token, patient: Token | None, hits: dict[int, Hit]) -> tuple[Token, Token | None] | None:
        """``patient`` and who did it to them, if the verb says: "was subjected to torture by the
        police", "came under fire from Hezbollah fighters"."""
        if patient is None:
            return None
        by = sx.agent(verb, self._g)
        return patient, (by if by is not None and self._is_actorish(by, hits) else self._actor_after(verb, self._g.source_preps, hits))

    def _launcher(self, weapon: Token, hits: dict[int, Hit], *, through: bool) -> Token | None:
        """Who launched what did the act: "missiles fired by X", and, ``through`` a noun of number or
        measure for an attack, "une salve de roquettes tirées par X", "a barrage of shells fired by X"
        (not "ten tonnes of supplies donated by Qatar arrived": the donor did not arrive)."""
        contents = [obj for case, obj in sx.prep_objects(weapon) if through and case.split()[0] in OF_PREPS and obj.pos_ == "NOUN" and not self._is_actorish(obj, hits)]
        for noun in (weapon, *contents[:1]):
            if (by := self._doer(noun, of=False)) is not None and self._is_actorish(by, hits):
                return by
        return None

    def _doer(self, noun: Token, *, of: bool) -> Token | None:
        """Who does what an event noun names: "the demonstration staged by students", "the students'
        demonstration", and with ``of`` (nouns of acts that take no object, such as protests) "la
        manifestation des étudiants" ("the arrest of journalists" names whom it was done to)."""
        if (owner := sx.possessor(noun)) is not None:
            return owner
        # "les crimes présumés commis par X": the parser may hang the participle on another one
        # ("the attack, condemned by the United Nations": a reaction, not who did it)
        participles = [c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB" and not _reaction(c, self._lex)]
        for c in [*participles, *(g for p in participles for g in p.children if g.dep_ == "acl" and g.pos_ == "VERB")]:
            if (by := sx.agent(c, self._g)) is not None:
                return by
        if (stranded := self._agent_right_after(noun)) is not None:
            return stranded
        if (issuer := self._issuer(noun)) is not None:
            return issuer
        return self._actor_after(noun, OF_PREPS | BY_PREPS if of else BY_PREPS, self._scope.hits)

    def _issuer(self, noun: Token) -> Token | None:
        """"l'ultimatum que lui avait adressé l'Onusom", "the ultimatum UNOSOM had sent him": the subject
        of a relative clause that issues the noun (the noun is its object) is the noun's author."""
        for c in noun.children:
            if c.dep_ not in ("acl:relcl", "relcl", "acl") or c.pos_ != "VERB" or fold(c.lemma_) not in self._g.issue_verbs or sx.is_passive(c, self._g.reflexive_pronouns):
                continue
            # the noun is what is issued: the relative word is the object, or there is none and no object
            # ("the ultimatum UNOSOM had sent him"; not "la note dans laquelle Ankara menace")
            rel = [o for o in c.children if fold(o.text) in self._g.relative_pronouns]
            if not (any(o.dep_ in sx.OBJ for o in rel) or (not rel and not any(o.pos_ in ("NOUN", "PROPN") for o in sx.objects(c)))):
                continue
            if (subj := sx.subject(c)) is not None and (subj.pos_ in ("NOUN", "PROPN") or subj.i in self._scope.hits) and self._is_actorish(subj, self._scope.hits):
                return subj
        return None

    def _agent_right_after(self, noun: Token) -> Token | None:
        """"a dénoncé la répression par la Serbie des troubles": the parser hung the agent phrase that
        follows the noun on the active verb above; right after the noun, it is the noun's."""
        doc, nxt = noun.doc, noun.right_edge.i + 1
        if nxt >= len(doc) or fold(doc[nxt].text) not in BY_PREPS or doc[nxt].dep_ != "case":
            return None
        by = doc[nxt].head
        if by.dep_ != "obl:agent" or by.head.pos_ not in ("VERB", "AUX") or sx.is_passive(by.head, self._g.reflexive_pronouns) or not self._is_actorish(by, self._scope.hits):
            return None
        return by

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

    def _actor_after(self, noun: Token, preps: frozenset[str], hits: dict[int, Hit]) -> Token | None:
        """The first actor-like object of one of ``preps`` on ``noun`` ("l'offensive des rebelles")."""
        for case, obj in sx.prep_objects(noun):
            if case.split()[0] in preps and self._is_actorish(obj, hits):
                return obj
        return None

    def _nominal_agent(self, noun: Token, hits: dict[int, Hit]) -> Token | None:
        if (owner := sx.possessor(noun)) is not None:
            return owner
        carrier = self._held_object(noun)
        head = carrier.head
        # "a mis fin à sa médiation": an object with no article makes one predicate with its verb
        bare = carrier.i == noun.i and noun.dep_ in sx.OBJ and head.pos_ == "VERB" and head.i not in self._scope.triggers and fold(head.lemma_) in self._g.idiom_verbs and not any(c.dep_ in ("det", "nmod:poss", "poss") for c in noun.children)
        light = self._is_light(head) or bare
        # "ont organisé des manifestations" (the French parser reads "des" as a preposition)
        partitive = noun.dep_ in ("obl:arg", "obl") and any(fold(c.text) in ("des", "de", "du", "d'") for c in noun.children if c.dep_ == "case")
        # "a procédé à l'arrestation": the light verb's own complement, with its preposition
        taken = carrier.dep_ in sx.OBJ or (carrier.dep_ == "obl:arg" and noun.i == carrier.i)
        subj = self.inherited_subject(head) if light and (taken or partitive) else None
        if subj is not None and taken and subj.i not in self._scope.dates and (self._is_actorish(subj, hits) or fold(subj.text) in self._g.pronouns):
            # "Israel mounted its invasion of South Lebanon", "Italy announced a suspension of air
            # links with Serbia": the light verb's subject acts; "of X" is what is invaded or suspended
            return subj
        if head.pos_ in ("VERB", "AUX") and self._participates(head) and carrier.dep_ in (*sx.OBJ, "obl", "obl:arg", "pobj", "dobj"):
            return self.inherited_subject(head)  # "s'est jointe à une manifestation", "joined a march": a protester
        if noun.dep_ == "pobj" and head.dep_ == "prep" and self._participates(head.head):
            return self.inherited_subject(head.head)  # "took part in", "participated in a march"
        if (by := self._agent_of_noun(noun, hits)) is not None:
            return by  # "the expulsion of the ambassador by the junta": "by" names the doer, "of" what is done to
        if (by := self._actor_after(noun, OF_PREPS | BY_PREPS, hits)) is not None:
            return by
        # "X a lancé une offensive contre Y": the light verb's subject is the actor, actor-like or not
        return subj if noun.dep_ in sx.OBJ or partitive or taken else None

    def _named_before(self, noun: Token, actor_head: Token | None, hits: dict[int, Hit]) -> Token | None:
        """"lodged a protest with Albania, charging its neighbour with…": one's own neighbour, ally or
        partner is the other country named last before it in the sentence (not a plural, "its allies")."""
        if fold(noun.text) not in self._g.relation_nouns or "Sing" not in noun.morph.get("Number") or not any(c.dep_ in ("poss", "det", "nmod:poss") and "Yes" in c.morph.get("Poss") for c in noun.children):
            return None
        own = {t.i for t in actor_head.subtree} if actor_head is not None else set()
        codes = {hits[i].term.code for i in own if i in hits and hits[i].kind.startswith("country:")}
        for t in reversed(noun.doc[noun.sent.start : noun.i]):
            if t.i in hits and hits[t.i].kind in ("country:name", "country:alias") and t.i not in own and hits[t.i].term.code not in codes:
                return t
        return None

    def _participates(self, verb: Token) -> bool:
        """A verb of taking part: one word ("joined", "participer") or with the object that makes it one
        ("took part in", "a pris part à")."""
        if fold(verb.lemma_) in self._g.participation_verbs:
            return True
        return any(f"{fold(verb.lemma_)} {fold(o.lemma_)}" in self._g.participation_verbs for o in sx.objects(verb))

    def _agent_of_noun(self, noun: Token, hits: dict[int, Hit]) -> Token | None:
        """The "by"/"par" phrase of an event noun, also where the parser hung it on the noun's "of"
        phrase ("l'expulsion de l'ambassadeur de France par la junte")."""
        if (by := self._actor_after(noun, BY_PREPS, hits)) is not None:
            return by
        for case, obj in sx.prep_objects(noun):
            if case.split()[0] in OF_PREPS and (by := self._actor_after(obj, BY_PREPS, hits)) is not None:
                return by
        verb = noun.head
        if noun.dep_ in ("nsubjpass", "nsubj:pass") and fold(verb.lemma_) in self._g.author_verbs:
            # "the extradition of X was carried out by the Greek authorities", "a été effectuée par"
            if (by := self._verb_agent(verb, hits)) is not None and self._is_actorish(by, hits):
                return by
        # "the expulsion of two Algerian diplomats, ordered by Bamako": who ordered it did it (one
        # orders an expulsion, not diplomats, wherever the parser hangs the participle)
        holders = [noun, *(obj for case, obj in sx.prep_objects(noun) if case.split()[0] in OF_PREPS)]
        for participle in (c for h in holders for c in h.children if c.dep_ == "acl" and c.pos_ == "VERB" and fold(c.lemma_) in self._g.author_verbs):
            if (by := self._verb_agent(participle, hits)) is not None and self._is_actorish(by, hits):
                return by
        return None

    def _talks_subject(self, noun: Token) -> Token | None:
        """"X, speaking after talks with Y": the one who held talks with Y is the clause's subject, or
        the noun a participle describes."""
        t = noun
        while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
            if t.dep_ in sx.SUBJ:
                return None
            t = t.head
        if t.pos_ not in ("VERB", "AUX") or (t.i in self._scope.triggers and not is_background(noun, self._g)):
            return None  # "a tenu des entretiens avec X": the verb's own act; "à l'issue d'un entretien avec X, il s'est engagé": the subject's talks
        if t.dep_ in ("acl", "advcl") and t.head.pos_ in ("NOUN", "PROPN") and sx.subject(t) is None:
            return t.head  # "The minister, speaking after talks…": the parser hangs the participle on the noun
        return self.inherited_subject(t)

    def _is_actorish(self, tok: Token, hits: dict[int, Hit]) -> bool:
        return any(t.i in hits and hits[t.i].kind in ("role", "org", "person") or (t.i in hits and hits[t.i].kind.startswith("country:")) or t.ent_type_ in ("PER", "PERSON", "ORG", "NORP") for t in self._resolver.phrase(tok))

    def _nominal_country(self, noun: Token, hits: dict[int, Hit]) -> tuple[ActorRef, ...]:
        """"les frappes russes", "Israeli airstrikes": the demonym on the noun names the actor."""
        for c in noun.children:
            if c.dep_ == "nmod" and any(sx.prep_matches(sx.case_of(c), p) for p in self._g.dative_preps):
                continue  # "un ultimatum aux Serbes de Bosnie": to whom, a phrase of its own, not whose the act is
            if c.dep_ in ("amod", "compound", "nmod") and c.i in hits and hits[c.i].kind in _NATIONAL:
                # "les médiateurs américains et saoudiens", "U.S. and Saudi mediators": every member of the list
                members = [m for m in ActorResolver.conjuncts(c, any_tag=True) if m.i in hits and hits[m.i].kind in _NATIONAL]
                refs = {hits[m.i].term.code: ActorRef(m.text, m.idx, m.idx + len(m.text), hits[m.i].term.code, None, None, None, hits[m.i].term.rule) for m in members}
                return tuple(refs.values())
            if c.dep_ in ("compound", "nmod") and c.i in hits and hits[c.i].kind == "org":
                # "a United Nations appeal", "un appel des Nations unies": the organisation's own act
                h = hits[c.i]
                words = noun.doc[h.start : h.end]
                return (ActorRef(words.text, words.start_char, words.end_char, h.term.country, h.term.sector, h.term.code, None, h.term.rule),)
        return ()

    def _cues(self, cand: Candidate) -> tuple[str, ...]:
        """The phrases, in order, that may name the recipient: the entry's, or its type's."""
        if cand.entry.recipient is not None:
            return tuple(cand.entry.recipient)
        if cand.type == "MOBILIZE":
            return tuple(self._g.recipient_preps)  # "deployed troops": the object is the actor's own force
        if cand.type == "REQUEST":
            # "a demandé à l'Otan une brigade", "a sollicité un prêt auprès du FMI": the one asked before what is asked for
            return ("iobj", *self._g.dative_preps, "obj", *self._g.recipient_preps, *self._g.reciprocal_preps)
        return ("obj", "iobj", *self._g.recipient_preps, *self._g.reciprocal_preps)

    def _recipient_heads(self, cand: Candidate, actor_head: Token | None, actor_countries: frozenset[str] = frozenset()) -> list[Token]:
        """Candidate recipient phrases in the order of the entry's cues (first known one wins)."""
        tok = cand.token
        cues = self._cues(cand)
        own = [tok, *(c for c in tok.children if c.dep_ == "xcomp")]
        bare = not any(c.dep_ in (*sx.OBJ, "ccomp", "xcomp") for c in tok.children)  # "condemned what he called…" has its own
        if tok.dep_ == "conj" and bare and tok.head.pos_ == "VERB" and tok.head.i < tok.i and tok.head.i not in self._scope.triggers and sx.subject(tok) is None and not sx.finite_auxiliary(tok):
            own.append(tok.head)  # "ont donné et livré des fournitures à la faculté": the phrases both verbs share
        if tok.pos_ == "NOUN" and (holder := sx.carrier(tok, self._g.carrier_nouns)) is not None:
            own.append(holder)  # "une tentative d'assassinat contre le vice-gouverneur": the attempt's phrases
        if (uttered := self._uttered_by(tok)) is not None:
            own.append(uttered)  # "des menaces ont été proférées contre le Japon": the passive verb's phrases
        absorbed = [a.token for a in cand.absorbed if a.token.i not in {t.i for t in own}]
        # "a opposé une fin de non-recevoir à la demande du PAM": a noun's infinitive carries its phrases
        absorbed = [x for t in absorbed for x in (t, *(c for c in t.children if t.pos_ == "NOUN" and c.dep_ == "acl" and "Inf" in c.morph.get("VerbForm") and c.i not in {a.token.i for a in cand.absorbed}))]
        # The trigger's own phrases first ("lodged a protest with Albania, charging it with supporting
        # dissidents": Albania), then those of what it absorbed; in each, "held talks with X",
        # "s'est entretenu par téléphone avec X": the phrase may hang one level down.
        # The trigger's own phrases come before its complement's: "called on Turkey to respect press
        # freedom" is a call on Turkey, whatever the complement's object.
        tiers = [[*carriers, *(o for t in carriers for o in (*sx.objects(t), *(c for c in t.children if c.dep_ in ("obl", "obl:mod", "obl:arg", "pobj", "prep"))))] for carriers in (own[:1], own[1:], absorbed)]
        # "blocked streets in defiance of Chinese authorities", "au mépris des autorités": the target first
        found_all: list[Token] = [t for carrier in own for t in self._targets(carrier) if actor_head is None or t.i != actor_head.i]
        # the goods an AID entry names are no recipient only when a phrase says to whom ("to Moldova");
        # "trained Ukrainian soldiers", "a armé les rebelles": the object is the one helped
        # ("hand the chief over to Chile": the parser may hang the phrase on the particle)
        datives = [
            (carrier, obj) for carrier in own for t in (carrier, *(c for c in carrier.children if c.dep_ == "prt"))
            for case, obj in sx.prep_objects(t) if any(sx.prep_matches(case, p) for p in self._g.dative_preps)
        ]
        to_whom = bool(datives)
        # an offer to send or hand over goes to the other country or body its to-phrase names ("offered to
        # send a battalion to South Sudan"); not to a relay ("agreed to submit the protocol to the Turkish
        # parliament") or a go-between ("to hand over the hostages to the Red Cross")
        hits = self._scope.hits
        to_other = cand.type == "AGREE" and any(
            any(t.i in hits and ((hits[t.i].kind.startswith("country:") and hits[t.i].term.code not in actor_countries) or (hits[t.i].kind == "org" and hits[t.i].term.sector == "IGO")) for t in obj.subtree)
            for carrier, obj in datives if carrier.i != tok.i
        )
        # a request with a verb of what is asked ("a demandé à Téhéran de libérer…", "fait pression sur
        # Kiev pour ouvrir…") is made to its argument, even a capital; not "a appelé à Rome à la paix"
        asked = [c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and c.i > tok.i]
        asks = cand.type == "REQUEST" and any(c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" for c in tok.children)
        asked_at = min((c.left_edge.i for c in asked), default=-1)
        # an absorbed verb's own cues come first for its phrases: "refused to extradite a Kurdish
        # journalist to Turkey" is refused to Turkey, whom the extradition is to, not the one extradited
        inner = {a.token.i: a.entry.recipient for a in cand.absorbed if a.entry.recipient and a.token.pos_ == "VERB"}
        for carriers in tiers:
            addressed: list[Token] = []  # such capitals, after the tier's other phrases
            pairs = [(cue, carrier, True) for carrier in carriers for cue in inner.get(carrier.i, ())]
            pairs += [(cue, carrier, cand.entry.recipient is not None) for cue in cues for carrier in carriers]
            for cue, carrier, named in pairs:
                for found in self._by_cue(carrier, cue, deep=named and fold(cue) in self._g.partner_preps):
                    if (actor_head is not None and found.i == actor_head.i) or found.i in self._scope.dates:
                        continue
                    if found.i == tok.i or any(found.i == a.token.i for a in cand.absorbed):
                        continue
                    # (for acts on a party, not on a thing: in "la Russie l'a rejeté", "l'" is the plan)
                    if found.pos_ == "PRON" and cue in ("obj", "iobj") and carrier.i == tok.i and cand.type in _ON_PARTIES and fold(found.text) in self._g.object_clitics and (antecedent := self._clitic_antecedent(found, actor_head)) is not None:
                        found = antecedent  # "Chirac, qui a reçu Netanyahu, l'a pressé de…": the party named last
                    if found.pos_ == "PRON" and fold(found.text) in ("se", "s'", "lui", "leur", "it", "them") and cue in ("obj", "iobj"):
                        continue
                    if cue == "obj" and ((to_whom and cand.type == "AID") or (to_other and carrier.i != tok.i)):
                        # "provided photographs and intelligence to Macedonia", "offered to send a battalion
                        # to South Sudan": what is given or sent, not to whom
                        continue
                    # a place is the recipient only where the entry names the phrase ("arrived in Senegal",
                    # "extradé vers le Rwanda") or it is the capital a request is addressed to
                    if cue in self._g.locative_preps and self._is_place(found) and not named and not sx.dative_country(found, self._g, self._scope.hits):
                        # ("a demandé jeudi à Tbilissi de…": or a modifier the parser put before the verb asked)
                        if asks and (found.dep_ == "obl:arg" or (found.head.i == tok.i and found.i < asked_at)) and found.i in self._scope.hits and self._scope.hits[found.i].kind == "country:capital":
                            addressed.append(found)
                        continue
                    if fold(found.text) in self._g.background_words:
                        continue  # "À l'issue d'un entretien…, il s'est engagé": a circumstance, not the one engaged
                    if self._attributed(found, carrier):
                        continue  # "…, according to Japanese officials": who reports it is no party
                    if all(f.i != found.i for f in found_all):
                        found_all.append(found)
            found_all += [f for f in addressed if all(g.i != f.i for g in found_all)]
        if tok.pos_ == "NOUN" and tok.dep_ in sx.SUBJ and tok.head.pos_ == "VERB" and tok.head.i not in self._scope.triggers:
            # "fighting broke out between X and Y", "des combats ont éclaté entre X et Y": the parties hang on
            # the verb the event noun is the subject of
            found_all += [obj for case, obj in sx.prep_objects(tok.head) if any(sx.prep_matches(case, p) for p in self._g.reciprocal_preps) and all(f.i != obj.i for f in found_all)]
        if tok.pos_ == "NOUN" and (light := self._light_verb(tok)) is not None:
            # "a annoncé un renforcement de la coopération entre les deux pays": the French parser hangs
            # the phrase of the parties on the verb that announces the noun
            found_all += [obj for case, obj in sx.prep_objects(light) if obj.i > tok.i and any(sx.prep_matches(case, p) for p in self._g.reciprocal_preps) and all(f.i != obj.i for f in found_all)]
        if tok.pos_ == "NOUN" and tok.dep_ in sx.SUBJ and tok.head.pos_ == "VERB" and tok.head.i not in self._scope.triggers:
            # "de violents combats ont éclaté vendredi entre les forces kirghizes et tadjikes", "talks
            # resumed between X and Y": the parties' phrase hangs on the verb the event noun is subject of
            found_all += [obj for case, obj in sx.prep_objects(tok.head) if obj.i > tok.head.i and any(sx.prep_matches(case, p) for p in self._g.reciprocal_preps) and all(f.i != obj.i for f in found_all)]
        return found_all

    def _clitic_antecedent(self, clitic: Token, actor_head: Token | None) -> Token | None:
        """The party an object pronoun of the trigger stands for: the last one named before it, outside
        the subject's phrase ("Chirac, qui a reçu le Premier ministre israélien, l'a pressé",
        "s'est tourné vers Paris, lui demandant"); a pronoun for the subject would be reflexive."""
        own = {t.i for t in self._resolver.phrase(actor_head)} if actor_head is not None else set()
        # the last object before it, when no party, is what it stands for ("a signé l'accord avec les
        # Etats-Unis puis l'a dénoncé": the agreement)
        last = next((t for t in reversed(clitic.doc[clitic.sent.start : clitic.i]) if t.dep_ in sx.OBJ and t.pos_ in ("NOUN", "PROPN")), None)
        if last is not None and not self._is_actorish(last, self._scope.hits):
            return None
        # "a reçu le président ukrainien à Londres et l'a assuré…": a capital where it happened, not
        # whom (a "to" phrase that is also one of place; not "s'est tourné vers Paris")
        where = self._g.locative_preps & self._g.dative_preps
        for t in reversed(clitic.doc[clitic.sent.start : clitic.i]):
            if t.i in own or t.i in self._scope.dates or not (t.i in self._scope.hits or t.ent_type_ in ("PER", "ORG")):
                continue
            # up to the head of its phrase: "le Premier ministre israélien Benjamin Netanyahu", "le chef de la diplomatie syrienne"
            while t.head.i < t.i and (t.dep_ in ("flat:name", "flat", "appos", "amod") or (t.dep_ == "nmod" and t.head.i in self._scope.hits)):
                t = t.head
            if t.i in self._scope.hits and self._scope.hits[t.i].kind == "country:capital" and any(sx.prep_matches(sx.case_of(t), p) for p in where):
                continue
            return t if t.i not in own and self._is_actorish(t, self._scope.hits) else None
        return None

    def _light_verb(self, noun: Token) -> Token | None:
        """The support verb whose object is ``noun`` or the noun that carries it ("a annoncé un
        renforcement de la coopération")."""
        carrier = self._held_object(noun)
        return carrier.head if carrier.dep_ in sx.OBJ and self._is_light(carrier.head) else None

    def _held_object(self, noun: Token) -> Token:
        """``noun``, or the object noun (no event of its own) that holds it: "launched a mediation
        effort", "a lancé une initiative de médiation", "a annoncé un renforcement de la coopération"."""
        head = noun.head
        if noun.dep_ in ("compound", "nmod") and head.pos_ == "NOUN" and head.dep_ in sx.OBJ and head.i not in self._scope.triggers:
            return head
        if noun.dep_ == "conj" and head.i < noun.i:
            # "a annoncé la fermeture des frontières avec le Niger et la suspension des transactions": the
            # second of a list of objects is held as the first is, also where the parser joined the event
            # noun to the name that completes the first
            if head.pos_ == "PROPN":  # up to the object that name completes
                while head.dep_ in ("nmod", "flat:name") and head.head.i < head.i:
                    head = head.head
            if head.pos_ == "NOUN":
                return self._held_object(head)
        return noun

    def _is_light(self, verb: Token) -> bool:
        """A support verb with no event of its own ("a lancé", "announced")."""
        return verb.pos_ in ("VERB", "AUX") and fold(verb.lemma_) in self._g.support_verbs and verb.i not in self._scope.triggers

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

    def _attribution(self, t: Token) -> bool:
        """``t`` opens an attribution phrase: "according (to X)", "(selon) X", "(d'après) X"."""
        return fold(t.text) in self._g.attribution_words or any(c.dep_ in ("case", "fixed") and fold(c.text) in self._g.attribution_words for c in t.children)

    def _attributed(self, found: Token, carrier: Token) -> bool:
        """``found`` lies in an attribution phrase of ``carrier`` ("according to X", "selon X")."""
        t = found
        while True:
            if self._attribution(t):
                return True
            if t.i == carrier.i or t.head.i == t.i:
                return False
            t = t.head

    def _by_cue(self, tok: Token, cue: str, *, deep: bool = False) -> list[Token]:
        """The phrases of ``tok`` a recipient cue names; with ``deep`` (a partner cue the entry itself
        lists: "with", "avec"), also such a phrase at the end of its object."""
        if cue == "obj":
            # "a rejeté jeudi un appel": the French parser hangs the object on the date before it
            stray = [g for d in tok.children if d.i in self._scope.dates and d.i > tok.i for g in d.children if g.dep_ == "nmod" and g.i > d.i and g.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "case" for c in g.children)]
            # "a libéré mercredi 14 prisonniers": or makes it a bare modifier of the verb, after the date
            stray += [g for g in tok.children if g.dep_ in ("obl:mod", "obl") and g.pos_ in ("NOUN", "PROPN") and g.i not in self._scope.dates and not any(c.dep_ == "case" for c in g.children) and any(d in self._scope.dates for d in range(tok.i + 1, g.left_edge.i))]
            # "a une nouvelle fois rejeté une proposition": the parser made "a" the verb and took its object
            if tok.dep_ == "conj" and tok.head.lemma_ in ("avoir", "être") and tok.head.i < tok.i:
                stray += [o for o in sx.objects(tok.head) if o.i > tok.i]
            # "allow United Nations planes to land": the parser makes the one allowed the subject of the infinitive
            raised = [s for c in tok.children if c.dep_ in ("ccomp", "xcomp") and any(g.dep_ == "aux" and fold(g.text) == "to" for g in c.children) and (s := sx.subject(c)) is not None and s.i < c.i]
            return [*sx.objects(tok), *stray, *raised]
        if cue == "iobj":
            return sx.indirect_objects(tok)
        found = [obj for case, obj in sx.prep_objects(tok) if sx.prep_matches(case, cue)]
        if not found and deep:
            # "sharing satellite imagery of Russian troop movements with Kyiv": the parser hangs the
            # phrase the entry names on the object's last noun; a known party there is the verb's
            # (not where an event noun has its own: "soutien à l'Azerbaïdjan dans ses négociations avec l'Arménie")
            found = [p for obj in sx.objects(tok) if (p := trailing_phrase(obj, obj.right_edge.i, frozenset({fold(cue)}), within_clause=True)) is not None and p.i in self._scope.hits and match_entry(_attachment(p), self._lex) is None]
        return found

    def _undergone_infinitive(self, verb: Token) -> bool:
        """An infinitive under a reflexive verb that makes its subject undergo it (grammar key
        ``undergo_infinitive_verbs``: "s'est vu demander", "s'est vu refuser")."""
        head = verb.head
        return verb.dep_ == "xcomp" and "Inf" in verb.morph.get("VerbForm") and head.i < verb.i and fold(head.lemma_) in self._g.undergo_infinitive_verbs and sx.reflexive(head, self._g.reflexive_pronouns)

    def _own_capital(self, head: Token, found: tuple[ActorRef, ...], actor_head: Token | None, hits: dict[int, Hit], memory: ArticleMemory, speaker: tuple[ActorRef, ...]) -> bool:
        """A capital in a phrase of place that is the actor's own capital: where the act is done, not
        whom it is done to."""
        if actor_head is None or head.i not in hits or hits[head.i].kind != "country:capital" or not sx.case_of(head):
            return False
        own = {a.country for a in self._resolver.resolve(actor_head, hits, memory, speaker=speaker) if a.country}
        return bool(own) and all(r.country in own for r in found)

    def _is_place(self, tok: Token) -> bool:
        return tok.ent_type_ in ("LOC", "GPE", "FAC") and not any(c.dep_ in ("amod",) for c in tok.children)

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
            if self._attribution(t):
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


_NATIONAL = frozenset({"country:demonym", "country:name", "country:alias", "country:ambiguous"})

# "des autorités", "du gouvernement": the preposition a target phrase is written with
# Civilians named by what they are or do, not by a state or group ("refugees", "protesters", "students").
PEOPLE_SECTORS = frozenset({"CVL", "REF", "MED", "LAB", "EDU", "REL"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
_CASE_FORMS: Mapping[str, str] = MappingProxyType({"des": "de", "du": "de", "d'": "de", "aux": "a"})


def precise_country(place: PlaceRef | None) -> str | None:
    """The country of a place found to city, region or country precision."""
    if place is not None and place.country and len(place.country) == 3 and place.precision in ("city", "admin1", "country"):
        return place.country
    return None


def known(refs: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
    """Drop members that resolved to nothing ("toute ingérence étrangère" is no entity)."""
    return tuple(r for r in refs if r.country or r.sector or r.name)


# Acts that, with no other party named, fall on the actor's own country (PLOVER's gold codes "Turkish
# authorities imposed a curfew" TUR → TUR). Not so for "condemned foreign interference" or "agreed".
_DOMESTIC_TYPES = frozenset({"PROTEST", "COERCE", "REQUEST", "CONCEDE", "THREATEN", "REJECT", "ASSAULT"})

# The types whose object pronoun stands for a party ("l'a pressé", "l'a accusé", "l'a reçu").
_ON_PARTIES = frozenset({"REQUEST", "THREATEN", "ACCUSE", "SUPPORT", "CONSULT", "ASSAULT", "COERCE"})


# The verbal types: a participle of one is a reaction to the act it describes ("condemned by the UN")
_REACTIONS = frozenset({"ACCUSE", "SUPPORT", "REJECT", "REQUEST"})


def _reaction(verb: Token, lexicon: Lexicon) -> bool:
    """A verb of a verbal reaction to an act ("condemned", "welcomed", "salué"), whose agent did not do it."""
    entry = match_entry(verb, lexicon)
    return entry is not None and entry.type in _REACTIONS


def _attachment(obj: Token) -> Token:
    """The word a prepositional phrase hangs on ("movements" in "movements with Kyiv", either parser)."""
    return obj.head.head if obj.dep_ == "pobj" and obj.head.dep_ == "prep" else obj.head


def _pair(undergoer: Token | None) -> tuple[Token, None] | None:
    return None if undergoer is None else (undergoer, None)
