"""Who acts in a clause: the subject a verb has or inherits, the agent of a passive, the doer an event
noun names (its possessor, its "by" phrase, its light verb's subject, the one who issued it), and
whether a phrase names a party at all."""

from __future__ import annotations

from spacy.tokens import Token

from sanderling.actors.matcher import Hit
from sanderling.actors.resolve import ActorResolver, ArticleMemory
from sanderling.events import syntax as sx
from sanderling.events.syntax import Scope
from sanderling.events.triggers import Candidate, is_background, match_entry
from sanderling.lexicon.load import fold
from sanderling.lexicon.schema import Lexicon
from sanderling.nlp.tokens import BY_PREPS, OF_PREPS, after_auxiliary
from sanderling.records import ActorRef


class AgentFinder:
    """Built once per language; :meth:`begin` gives it the sentence being read."""

    def __init__(self, *, lexicon: Lexicon, resolver: ActorResolver) -> None:
        self._lex = lexicon
        self._g = lexicon.grammar
        self._resolver = resolver
        self._scope = Scope()

    def begin(self, scope: Scope) -> None:
        self._scope = scope

    def inherited_subject(self, verb: Token) -> Token | None:
        """The subject of ``verb``, or, where the parse gives it none, the one it shares with the clause
        it hangs on (a conjunct, a complement, a set-off participle), a few levels up; else a noun
        phrase before the verb that the parser did not make its subject."""
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
            if controller and controller[0].pos_ in ("NOUN", "PROPN") and self.is_actorish(controller[0], self._scope.hits):
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
        return own and sx.possessor(noun) is None and not any(self.is_actorish(c, self._scope.hits) for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i + 4)

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
        return head if self.is_actorish(head, self._scope.hits) else None

    def inverted_accuser(self, verb: Token, type_: str, hits: dict[int, Hit], memory: ArticleMemory) -> tuple[Token, Token | None] | None:
        """(speaker, party acted on) of an accusation, threat or demand set off after the clause it
        reports, its subject after it ("X torture des détenus, a accusé Y"): the clause's subject is
        accused or told; a threat whose clause says what the speaker's own side will do ("Israël
        frappera le Hezbollah, a averti le ministre israélien") falls on that clause's object."""
        if type_ not in ("ACCUSE", "THREATEN", "REQUEST") or (content := sx.said_before(verb)) is None or (type_ != "ACCUSE" and sx.told_as_past(content)):
            return None
        speaker = next(c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "obj") and c.i > verb.i and c.pos_ in ("NOUN", "PROPN"))
        target = next((c for c in content.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < content.i), None)
        # (the speaker is a party by its own words: "des excuses de Tokyo" is no one)
        if target is None or target.pos_ == "PRON" or not sx.named_by_own_words(speaker, hits.keys()) or not self.is_actorish(speaker, hits):
            return None
        if type_ != "ACCUSE":
            own = {a.country for a in self._resolver.resolve(speaker, hits, memory) if a.country}
            said = {a.country for a in self._resolver.resolve(target, hits, memory) if a.country}
            if not own and not any("Yes" in c.morph.get("Poss") for c in speaker.children):
                return None  # a speaker of no known side: which party is threatened is unsaid
            if not own:  # "…, a averti leur porte-parole": the clause's subject speaks through its own
                speaker = target
            if not own or own >= said:
                target = next((o for o in sx.objects(content) if self.is_actorish(o, hits)), None)
        return speaker, target

    def attack_doer(self, cand: Candidate, hits: dict[int, Hit]) -> tuple[Token | None, tuple[ActorRef, ...]]:
        """Who made the attack an agentless passive says the victims died in: "were killed in an Israeli
        drone strike", "tués lors d'une embuscade des jihadistes", "dans une attaque de missiles russes"."""
        for inner in cand.absorbed:
            noun = inner.token
            if inner.type != "ASSAULT" or noun.pos_ != "NOUN" or cand.token.i not in (noun.head.i, noun.head.head.i):
                continue
            if (by := self.agent_of_noun(noun, hits)) is not None:
                return by, ()  # "the shelling of Ukrainian positions by Russian artillery"
            by = self.doer(noun, of=True)
            # the doer's head word names a party ("by Boko Haram militants", "des jihadistes"); not a
            # target described by a nationality ("l'attaque d'un convoi français", "the shelling of
            # Ukrainian positions") or a place ("l'explosion d'une voiture piégée à Beyrouth")
            if by is not None and (by.i in hits or by.ent_type_ in ("PER", "PERSON", "ORG")):
                return by, ()
            if found := self.nominal_country(noun, hits):
                return None, found
            for case, weapon in sx.prep_objects(noun):  # "une attaque de missiles russes": the weapons' makers
                if case.split()[0] in OF_PREPS and fold(weapon.lemma_) in self._g.weapon_words and (found := self.nominal_country(weapon, hits)):
                    return None, found
        return None, ()

    def during_subject(self, noun: Token, hits: dict[int, Hit], memory: ArticleMemory) -> Token | None:
        """The subject of the active clause a "during" phrase on a protest noun hangs on, when it is
        people, not a state's force: "De jeunes Palestiniens ont eu recours à des jets de pierres lors de
        manifestations" are protesters; not "La police a tiré des gaz lacrymogènes lors de manifestations"."""
        marks = [noun.head, *(c for c in noun.children if c.dep_ in ("case", "fixed"))]
        if not any(fold(m.text) in self._g.during_preps for m in marks):
            return None
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or sx.is_passive(verb, self._g.reflexive_pronouns) or (subj := self.inherited_subject(verb)) is None or not self.is_actorish(subj, hits):
            return None
        refs = known(self._resolver.resolve(subj, hits, memory))
        return subj if refs and not any(r.sector in STATE_SECTORS for r in refs) else None

    def giver(self, goods: Token, hits: dict[int, Hit]) -> Token | None:
        """Who gives what an agentless passive of giving moves, by the agent of a participle in its
        phrase: "une tranche de l'aide promise au Soudan par l'Arabie saoudite a été versée"."""
        for t in goods.subtree:
            if t.dep_ in ("amod", "acl") and t.pos_ == "VERB" and (by := sx.agent(t, self._g)) is not None and self.is_actorish(by, hits):
                return by
        return None

    def summoner(self, verb: Token, hits: dict[int, Hit]) -> Token | None:
        """The seat of government or capital an envoy is summoned to, with no agent named ("a été convoqué
        au Quai d'Orsay", "was summoned to the Foreign Office"): its country summons him."""
        preps = self._g.dative_preps | self._g.locative_preps
        return next((obj for case, obj in sx.prep_objects(verb) if any(sx.prep_matches(case, p) for p in preps) and obj.i in hits and hits[obj.i].kind == "country:capital"), None)

    def uttered_by(self, noun: Token) -> Token | None:
        """The passive verb, no event of its own, whose subject the event noun is ("de nouvelles menaces
        ont été proférées par la Corée du Nord contre le Japon"): its agent and phrases are the noun's."""
        verb = noun.head
        if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj:pass", "nsubjpass") or verb.pos_ != "VERB" or verb.i in self._scope.triggers:
            return None
        return verb if sx.is_passive(verb, self._g.reflexive_pronouns) else None

    def verb_agent(self, verb: Token, hits: dict[int, Hit]) -> Token | None:
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
            if (by := sx.agent(clause, self._g)) is not None and self.is_actorish(by, hits):
                return by
        for date in (c for c in verb.children if c.i in self._scope.dates and c.i > verb.i):
            # "ont été critiqués mercredi par le gouvernement nigérian": the parser hangs the agent on the
            # date, or on the bare word that ends it ("ont été interpellés samedi matin par la police")
            ends = [c for c in date.children if c.i == date.i + 1 and c.dep_ == "nmod" and not any(g.dep_ in ("case", "det") for g in c.children)]
            for by in (g for t in (date, *ends) for g in t.children):
                if by.dep_ == "obl:agent" and self.is_actorish(by, hits):
                    return by
        return None

    def launcher(self, weapon: Token, hits: dict[int, Hit], *, through: bool) -> Token | None:
        """Who launched what did the act: "missiles fired by X", and, ``through`` a noun of number or
        measure for an attack, "une salve de roquettes tirées par X", "a barrage of shells fired by X"
        (not "ten tonnes of supplies donated by Qatar arrived": the donor did not arrive)."""
        contents = [obj for case, obj in sx.prep_objects(weapon) if through and case.split()[0] in OF_PREPS and obj.pos_ == "NOUN" and not self.is_actorish(obj, hits)]
        for noun in (weapon, *contents[:1]):
            if (by := self.doer(noun, of=False)) is not None and self.is_actorish(by, hits):
                return by
        return None

    def doer(self, noun: Token, *, of: bool) -> Token | None:
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
        return self.actor_after(noun, OF_PREPS | BY_PREPS if of else BY_PREPS, self._scope.hits)

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
            if (subj := sx.subject(c)) is not None and (subj.pos_ in ("NOUN", "PROPN") or subj.i in self._scope.hits) and self.is_actorish(subj, self._scope.hits):
                return subj
        return None

    def _agent_right_after(self, noun: Token) -> Token | None:
        """"a dénoncé la répression par la Serbie des troubles": the parser hung the agent phrase that
        follows the noun on the active verb above; right after the noun, it is the noun's."""
        doc, nxt = noun.doc, noun.right_edge.i + 1
        if nxt >= len(doc) or fold(doc[nxt].text) not in BY_PREPS or doc[nxt].dep_ != "case":
            return None
        by = doc[nxt].head
        if by.dep_ != "obl:agent" or by.head.pos_ not in ("VERB", "AUX") or sx.is_passive(by.head, self._g.reflexive_pronouns) or not self.is_actorish(by, self._scope.hits):
            return None
        return by

    def actor_after(self, noun: Token, preps: frozenset[str], hits: dict[int, Hit]) -> Token | None:
        """The first actor-like object of one of ``preps`` on ``noun`` ("l'offensive des rebelles")."""
        for case, obj in sx.prep_objects(noun):
            if case.split()[0] in preps and self.is_actorish(obj, hits):
                return obj
        return None

    def nominal_agent(self, noun: Token, hits: dict[int, Hit]) -> Token | None:
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
        if subj is not None and taken and subj.i not in self._scope.dates and (self.is_actorish(subj, hits) or fold(subj.text) in self._g.pronouns):
            # "Israel mounted its invasion of South Lebanon", "Italy announced a suspension of air
            # links with Serbia": the light verb's subject acts; "of X" is what is invaded or suspended
            return subj
        if head.pos_ in ("VERB", "AUX") and self._participates(head) and carrier.dep_ in (*sx.OBJ, "obl", "obl:arg", "pobj", "dobj"):
            return self.inherited_subject(head)  # "s'est jointe à une manifestation", "joined a march": a protester
        if noun.dep_ == "pobj" and head.dep_ == "prep" and self._participates(head.head):
            return self.inherited_subject(head.head)  # "took part in", "participated in a march"
        if (by := self.agent_of_noun(noun, hits)) is not None:
            return by  # "the expulsion of the ambassador by the junta": "by" names the doer, "of" what is done to
        if (by := self.actor_after(noun, OF_PREPS | BY_PREPS, hits)) is not None:
            return by
        # "X a lancé une offensive contre Y": the light verb's subject is the actor, actor-like or not
        return subj if noun.dep_ in sx.OBJ or partitive or taken else None

    def _participates(self, verb: Token) -> bool:
        """A verb of taking part: one word ("joined", "participer") or with the object that makes it one
        ("took part in", "a pris part à")."""
        if fold(verb.lemma_) in self._g.participation_verbs:
            return True
        return any(f"{fold(verb.lemma_)} {fold(o.lemma_)}" in self._g.participation_verbs for o in sx.objects(verb))

    def agent_of_noun(self, noun: Token, hits: dict[int, Hit]) -> Token | None:
        """The "by"/"par" phrase of an event noun, also where the parser hung it on the noun's "of"
        phrase ("l'expulsion de l'ambassadeur de France par la junte")."""
        if (by := self.actor_after(noun, BY_PREPS, hits)) is not None:
            return by
        for case, obj in sx.prep_objects(noun):
            if case.split()[0] in OF_PREPS and (by := self.actor_after(obj, BY_PREPS, hits)) is not None:
                return by
        verb = noun.head
        if noun.dep_ in ("nsubjpass", "nsubj:pass") and fold(verb.lemma_) in self._g.author_verbs:
            # "the extradition of X was carried out by the Greek authorities", "a été effectuée par"
            if (by := self.verb_agent(verb, hits)) is not None and self.is_actorish(by, hits):
                return by
        # "the expulsion of two Algerian diplomats, ordered by Bamako": who ordered it did it (one
        # orders an expulsion, not diplomats, wherever the parser hangs the participle)
        holders = [noun, *(obj for case, obj in sx.prep_objects(noun) if case.split()[0] in OF_PREPS)]
        for participle in (c for h in holders for c in h.children if c.dep_ == "acl" and c.pos_ == "VERB" and fold(c.lemma_) in self._g.author_verbs):
            if (by := self.verb_agent(participle, hits)) is not None and self.is_actorish(by, hits):
                return by
        return None

    def talks_subject(self, noun: Token) -> Token | None:
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

    def is_actorish(self, tok: Token, hits: dict[int, Hit]) -> bool:
        return any(t.i in hits and hits[t.i].kind in ("role", "org", "person") or (t.i in hits and hits[t.i].kind.startswith("country:")) or t.ent_type_ in ("PER", "PERSON", "ORG", "NORP") for t in self._resolver.phrase(tok))

    def nominal_country(self, noun: Token, hits: dict[int, Hit]) -> tuple[ActorRef, ...]:
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

    def light_verb(self, noun: Token) -> Token | None:
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


def known(refs: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
    """Drop members that resolved to nothing ("toute ingérence étrangère" is no entity)."""
    return tuple(r for r in refs if r.country or r.sector or r.name)


# Civilians named by what they are or do, not by a state or group ("refugees", "protesters", "students");
# and the state's own arms.
PEOPLE_SECTORS = frozenset({"CVL", "REF", "MED", "LAB", "EDU", "REL"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
_NATIONAL = frozenset({"country:demonym", "country:name", "country:alias", "country:ambiguous"})

# The verbal types: a participle of one is a reaction to the act it describes ("condemned by the UN")
_REACTIONS = frozenset({"ACCUSE", "SUPPORT", "REJECT", "REQUEST"})


def _reaction(verb: Token, lexicon: Lexicon) -> bool:
    """A verb of a verbal reaction to an act ("condemned", "welcomed", "salué"), whose agent did not do it."""
    entry = match_entry(verb, lexicon)
    return entry is not None and entry.type in _REACTIONS
