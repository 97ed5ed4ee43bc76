"""Who is acted upon in a clause: the phrases a trigger's recipient cues name (objects, cue
prepositions, target phrases, an object pronoun's antecedent), in the order the entry gives them, and
the one an event noun's act is undergone by ("fait l'objet d'une enquête", "came under attack")."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from spacy.tokens import Token

from sanderling.actors.matcher import Hit
from sanderling.actors.resolve import ActorResolver, ArticleMemory
from sanderling.events import syntax as sx
from sanderling.events.agents import AgentFinder
from sanderling.events.setting import attribution
from sanderling.events.syntax import Scope
from sanderling.events.triggers import Candidate, match_entry, trailing_phrase
from sanderling.lexicon.load import fold
from sanderling.lexicon.schema import Lexicon
from sanderling.nlp.tokens import OF_PREPS
from sanderling.records import ActorRef


class RecipientFinder:
    """Built once per language, on the :class:`AgentFinder` it asks who acts; :meth:`begin` gives it
    the sentence being read."""

    def __init__(self, *, lexicon: Lexicon, resolver: ActorResolver, agents: AgentFinder) -> None:
        self._lex = lexicon
        self._g = lexicon.grammar
        self._resolver = resolver
        self._agents = agents
        self._scope = Scope()

    def begin(self, scope: Scope) -> None:
        self._scope = scope

    def undergoer(self, noun: Token, type_: str, hits: dict[int, Hit]) -> tuple[Token, Token | None] | None:
        """The one an event noun's act is done to, when the clause says it was undergone ("fait
        l'objet d'une enquête", "a été la cible d'une attaque", "came under attack", "a subi une
        attaque", "was subjected to torture"), and who does it, when the clause says so ("a soumis
        l'Iran à des sanctions", "placed Ukraine under blockade", "came under fire from X")."""
        g = self._g
        verb = noun.head.head if fold(noun.head.lemma_) in g.undergo_objects else noun.head
        if verb.pos_ in ("VERB", "AUX") and any(c.dep_ in sx.OBJ and fold(c.lemma_) in g.undergo_objects for c in verb.children):
            return _pair(self._agents.inherited_subject(verb))
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
            return (others[0], self._agents.inherited_subject(up)) if others and not passive else self._undergone_by(up, self._agents.inherited_subject(up), hits)
        if up.pos_ == "VERB" and f"{fold(up.lemma_)} {prep}" in g.undergo_phrases and not others:
            return _pair(self._agents.inherited_subject(up))  # "est tombée dans une embuscade", "fell into an ambush"
        # ("a essuyé samedi des tirs": the French parser reads the object's article "des" as a preposition)
        if up.pos_ == "VERB" and fold(up.lemma_) in g.undergo_verbs and noun.dep_ in sx.OBJ and (case is None or prep in OF_PREPS) and not passive:
            return self._undergone_by(up, self._agents.inherited_subject(up), hits)  # "a subi une attaque", "suffered an attack"
        if up.pos_ == "VERB" and fold(up.lemma_) in g.impose_verbs and prep in g.dative_preps:
            # "a été soumis à la torture", "was subjected to torture"; in the active "a soumis l'Iran à
            # des sanctions" the subject does it to the object ("a soumis une plainte" submits it)
            if passive:
                return self._undergone_by(up, self._agents.inherited_subject(up), hits)
            return (others[0], self._agents.inherited_subject(up)) if others else None
        if up.pos_ in ("NOUN", "ADJ") and fold(up.lemma_) in g.undergo_nouns:  # "victime" is tagged either way
            if any(c.dep_ == "cop" for c in up.children):
                return _pair(sx.subject(up))  # "a été la cible d'une attaque"
            if up.dep_ == "attr":
                return _pair(sx.subject(up.head))  # "was the target of an attack"
        return None

    def pitted(self, noun: Token, hits: dict[int, Hit]) -> tuple[Token, Token | None] | None:
        """The two sides an event noun sets against each other as the subject of "opposer" ("des combats
        ont opposé l'armée aux rebelles", "fighting pitted the army against rebels"): the object, then
        the party after à or against, or the object's second conjunct ("opposé l'armée et les rebelles");
        or the object alone when it names both ("opposé soldats équatoriens et péruviens")."""
        # (or in a relative clause on the noun: "les affrontements qui ont opposé la police aux manifestants")
        # (its subject the relative word right after the noun's phrase)
        relative = [c for c in noun.children if c.dep_ in ("acl:relcl", "relcl") and any(s.dep_ == "nsubj" and s.pos_ in ("PRON", "DET") and s.i < c.i for s in c.children)]
        verb = relative[0] if relative else noun.head if noun.dep_ in ("nsubj", "nsubj:pass") else noun
        if verb.pos_ != "VERB" or fold(verb.lemma_) not in self._g.pitting_verbs:
            return None
        first = next((o for o in sx.objects(verb) if o.i not in self._scope.dates), None)
        if first is None or not self._agents.is_actorish(first, hits):
            return None
        preps = self._g.dative_preps | self._g.opposition_preps
        # (the French parser hangs "aux rebelles" on the object)
        sides = [obj for t in (verb, first) for case, obj in sx.prep_objects(t) if any(sx.prep_matches(case, p) for p in preps)]
        sides += [c for c in first.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
        second = next((s for s in sides if self._agents.is_actorish(s, hits)), None)
        if second is None and not sides:
            # "ont opposé jeudi soldats équatoriens et péruviens": both sides in one phrase, the actors
            return first, None
        return None if second is None else (first, second)

    def _undergone_by(self, verb: Token, patient: Token | None, hits: dict[int, Hit]) -> tuple[Token, Token | None] | None:
        """``patient`` and who did it to them, if the verb says: "was subjected to torture by the
        police", "came under fire from Hezbollah fighters"."""
        if patient is None:
            return None
        by = sx.agent(verb, self._g)
        return patient, (by if by is not None and self._agents.is_actorish(by, hits) else self._agents.actor_after(verb, self._g.source_preps, hits))

    def named_before(self, noun: Token, actor_head: Token | None, hits: dict[int, Hit]) -> Token | None:
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

    def cues(self, cand: Candidate) -> tuple[str, ...]:
        """The phrases, in order, that may name the recipient: the entry's, or its type's."""
        if cand.entry.recipient is not None:
            return tuple(cand.entry.recipient)
        if cand.type == "MOBILIZE":
            return tuple(self._g.recipient_preps)  # "deployed troops": the object is the actor's own force
        if cand.type == "REQUEST":
            # "a demandé à l'Otan une brigade", "a sollicité un prêt auprès du FMI": the one asked before what is asked for
            return ("iobj", *self._g.dative_preps, "obj", *self._g.recipient_preps, *self._g.reciprocal_preps)
        return ("obj", "iobj", *self._g.recipient_preps, *self._g.reciprocal_preps)

    def heads(self, cand: Candidate, actor_head: Token | None, actor_countries: frozenset[str] = frozenset()) -> list[Token]:
        """Candidate recipient phrases in the order of the entry's cues (first known one wins)."""
        tok = cand.token
        cues = self.cues(cand)
        own = [tok, *(c for c in tok.children if c.dep_ == "xcomp")]
        bare = not any(c.dep_ in (*sx.OBJ, "ccomp", "xcomp") for c in tok.children)  # "condemned what he called…" has its own
        if tok.dep_ == "conj" and bare and tok.head.pos_ == "VERB" and tok.head.i < tok.i and tok.head.i not in self._scope.triggers and sx.subject(tok) is None and not sx.finite_auxiliary(tok):
            own.append(tok.head)  # "ont donné et livré des fournitures à la faculté": the phrases both verbs share
        if tok.pos_ == "NOUN" and (holder := sx.carrier(tok, self._g.carrier_nouns)) is not None:
            own.append(holder)  # "une tentative d'assassinat contre le vice-gouverneur": the attempt's phrases
        if (uttered := self._agents.uttered_by(tok)) is not None:
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
        # (or with a thing asked for, as the object: "demander qc à qn")
        asks_for = cand.type == "REQUEST" and any(o.pos_ == "NOUN" and o.i not in self._scope.hits for o in sx.objects(tok))
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
                        capital = found.i in self._scope.hits and self._scope.hits[found.i].kind == "country:capital"
                        if capital and asks and (found.dep_ == "obl:arg" or (found.head.i == tok.i and found.i < asked_at)):
                            addressed.append(found)
                        elif capital and asks_for and actor_countries and self._scope.hits[found.i].term.code not in actor_countries and found.head.i == tok.i and any(sx.prep_matches(cue, p) for p in self._g.dative_preps) and all(f.i != found.i for f in found_all):
                            # "Paris a demandé mercredi à Téhéran des explications": a known country asks
                            # another's capital (not "les ministres ont demandé à Bruxelles…", where they are)
                            found_all.append(found)
                        continue
                    if fold(found.text) in self._g.background_words:
                        continue  # "À l'issue d'un entretien…, il s'est engagé": a circumstance, not the one engaged
                    if self._attributed(found, carrier):
                        continue  # "…, according to Japanese officials": who reports it is no party
                    if all(f.i != found.i for f in found_all):
                        found_all.append(found)
            found_all += [f for f in addressed if all(g.i != f.i for g in found_all)]
        if tok.pos_ == "NOUN" and tok.dep_ in sx.SUBJ and tok.head.pos_ == "VERB" and tok.head.i not in self._scope.triggers:
            # "fighting broke out between X and Y", "des combats ont éclaté entre X et Y", "talks resumed
            # between X and Y": the parties hang on the verb the event noun is the subject of
            found_all += [obj for case, obj in sx.prep_objects(tok.head) if any(sx.prep_matches(case, p) for p in self._g.reciprocal_preps) and all(f.i != obj.i for f in found_all)]
        if tok.pos_ == "NOUN" and (light := self._agents.light_verb(tok)) is not None:
            # "a annoncé un renforcement de la coopération entre les deux pays": the French parser hangs
            # the phrase of the parties on the verb that announces the noun
            found_all += [obj for case, obj in sx.prep_objects(light) if obj.i > tok.i and any(sx.prep_matches(case, p) for p in self._g.reciprocal_preps) and all(f.i != obj.i for f in found_all)]
        return found_all

    def _clitic_antecedent(self, clitic: Token, actor_head: Token | None) -> Token | None:
        """The party an object pronoun of the trigger stands for: the last one named before it, outside
        the subject's phrase ("Chirac, qui a reçu le Premier ministre israélien, l'a pressé",
        "s'est tourné vers Paris, lui demandant"); a pronoun for the subject would be reflexive."""
        own = {t.i for t in self._resolver.phrase(actor_head)} if actor_head is not None else set()
        # the last object before it, when no party, is what it stands for ("a signé l'accord avec les
        # Etats-Unis puis l'a dénoncé": the agreement)
        last = next((t for t in reversed(clitic.doc[clitic.sent.start : clitic.i]) if t.dep_ in sx.OBJ and t.pos_ in ("NOUN", "PROPN")), None)
        if last is not None and not self._agents.is_actorish(last, self._scope.hits):
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
            return t if t.i not in own and self._agents.is_actorish(t, self._scope.hits) else None
        return None

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

    def _attributed(self, found: Token, carrier: Token) -> bool:
        """``found`` lies in an attribution phrase of ``carrier`` ("according to X", "selon X")."""
        t = found
        while True:
            if attribution(t, self._g):
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

    def undergone_infinitive(self, verb: Token) -> bool:
        """An infinitive under a reflexive verb that makes its subject undergo it (grammar key
        ``undergo_infinitive_verbs``: "s'est vu demander", "s'est vu refuser")."""
        head = verb.head
        return verb.dep_ == "xcomp" and "Inf" in verb.morph.get("VerbForm") and head.i < verb.i and fold(head.lemma_) in self._g.undergo_infinitive_verbs and sx.reflexive(head, self._g.reflexive_pronouns)

    def own_capital(self, head: Token, found: tuple[ActorRef, ...], actor_head: Token | None, hits: dict[int, Hit], memory: ArticleMemory, speaker: tuple[ActorRef, ...]) -> bool:
        """A capital in a phrase of place that is the actor's own capital: where the act is done, not
        whom it is done to."""
        if actor_head is None or head.i not in hits or hits[head.i].kind != "country:capital" or not sx.case_of(head):
            return False
        own = {a.country for a in self._resolver.resolve(actor_head, hits, memory, speaker=speaker) if a.country}
        return bool(own) and all(r.country in own for r in found)

    def _is_place(self, tok: Token) -> bool:
        return tok.ent_type_ in ("LOC", "GPE", "FAC") and not any(c.dep_ in ("amod",) for c in tok.children)


# what one can be made to undergo ("came under attack", "a subi des pressions"), unlike a framework
# ("under the agreement") or a favour
_UNDERGONE = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})

# The types whose object pronoun stands for a party ("l'a pressé", "l'a accusé", "l'a reçu").
_ON_PARTIES = frozenset({"REQUEST", "THREATEN", "ACCUSE", "SUPPORT", "CONSULT", "ASSAULT", "COERCE"})

# "des autorités", "du gouvernement": the preposition a target phrase is written with
_CASE_FORMS: Mapping[str, str] = MappingProxyType({"des": "de", "du": "de", "d'": "de", "aux": "a"})


def _attachment(obj: Token) -> Token:
    """The word a prepositional phrase hangs on ("movements" in "movements with Kyiv", either parser)."""
    return obj.head.head if obj.dep_ == "pobj" and obj.head.dep_ == "prep" else obj.head


def _pair(undergoer: Token | None) -> tuple[Token, None] | None:
    return None if undergoer is None else (undergoer, None)
