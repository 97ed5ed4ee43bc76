"""How a clause stands: subordinate (condition, relative, circumstance) or main, reported by a verb of
saying, negated or denied, asserted or announced, hypothetical, obliged."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sanderling.events import syntax as sx
from sanderling.events.syntax import Scope
from sanderling.events.triggers import is_background
from sanderling.lexicon.load import fold
from sanderling.lexicon.schema import Lexicon
from sanderling.nlp.tokens import after_auxiliary
from sanderling.records import Modality



class ClauseReader:
    """Built once per language; :meth:`begin` gives it the sentence being read."""

    def __init__(self, *, lexicon: Lexicon) -> None:
        self._g = lexicon.grammar
        self._scope = Scope()

    def begin(self, scope: Scope) -> None:
        self._scope = scope

    def subordinate(self, tok: Token) -> str | None:
        """Whether the trigger sits in a condition ("unless…", "si…"), a relative clause or a clause of
        circumstance ("…, as the leaders sought…"): "condition", "relative", "circumstance" or None."""
        doc = tok.doc
        t = tok
        while t.head.i != t.i:
            if t.pos_ in ("VERB", "AUX") and self.complement_of_date(t):
                t = t.head
                continue
            if t.pos_ in ("VERB", "AUX"):
                first = doc[t.left_edge.i]
                if t.dep_ in ("relcl", "acl:relcl") or (t.dep_ in ("ccomp", "acl", "advcl", "xcomp") and first.pos_ == "PRON" and fold(first.text) in self._g.relative_pronouns) or self._after_relative_word(t) or self._set_off_relative(t):
                    return "relative"  # the French parser reads "qu'ils avaient pris", "dont il menaçait", "dont deux avaient simulé" as complements
                if t.dep_ == "conj" and sx.subject(t) is not None and sx.finite_auxiliary(t) and fold(self._opener(t).text) not in self._g.relative_openers:
                    return None  # "…, et le parquet a ouvert une enquête": a main clause, wherever the parser hangs it
                if t.dep_ in ("acl", "advcl") and t.head.pos_ in ("NOUN", "PROPN", "ADJ") and "Pres" in t.morph.get("Tense") and "Part" in t.morph.get("VerbForm") and sx.subject(t) is None and fold(t.lemma_) not in self._g.statement_participles and not sx.gerund(t) and not self._participial_clause(t):
                    return "relative"  # "les exigences des rebelles lui demandant de…": a participle describing a noun
                if t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN") and sx.subject(t) is None and not after_auxiliary(t) and not sx.rootless(t) and fold(t.lemma_) not in self._g.statement_participles and not sx.gerund(t) and not self._participial_clause(t):
                    return "relative"  # "the curfew imposed after the coup", "les armes saisies l'an dernier"
                if self._aside_on_subject(t):
                    return "relative"  # "Le ministre, arrivé lundi à Pékin pour une visite, a demandé…": as "who arrived"
                if self._participle_after_a_noun(t):
                    return "relative"  # "le dialogue avec le Pakistan, suspendu depuis…", "des Casques bleus venus superviser…"
                if t.dep_ in ("advcl", "acl") and first.pos_ in ("SCONJ", "ADP") and fold(first.text) in self._g.circumstance_marks | self._g.time_cases:
                    # "…, as the leaders sought to ease tensions", "après avoir rencontré…", "depuis que la
                    # Turquie a accusé…" (the French parser may hang it on a noun before it)
                    return "circumstance"
                # the words that open the clause: "unless", "if", "à moins que" (parsed every which way)
                if t.dep_ in ("advcl", "ccomp", "conj") and (
                    self._names_condition(doc[max(t.left_edge.i - 2, 0) : t.left_edge.i + 1]) or (first.pos_ == "SCONJ" and fold(first.text) in self._g.if_words)
                ):
                    return "condition"
            t = t.head
        return None

    def conditional(self, tok: Token) -> bool:
        """The act depends on a condition ("will withdraw unless…", "à moins que…"): a threat."""
        return self.condition(tok) is not None

    def condition(self, tok: Token) -> Token | None:
        """The head of the condition the act depends on, if any."""
        holders = [tok]
        while holders[-1].dep_ in ("ccomp", "xcomp") and holders[-1].head.i != holders[-1].i and len(holders) < 3:
            holders.append(holders[-1].head)  # ("a fait savoir qu'il suspendrait…": two verbs up, on "fait")
        doc = tok.doc
        for holder in holders:  # the parser often hangs "unless…" on the verb of saying
            for c in holder.children:
                if c.dep_ in ("advcl", "ccomp", "obl") and c.i > tok.i and any(fold(g.text) in self._g.conditions for g in c.children if g.dep_ in ("mark", "advmod", "case", "fixed")):
                    return c
                # "pourrait suspendre… si la coopération venait à faire défaut": the parser makes the
                # condition a conjunct, its "si" a word of the subject; it still opens the clause
                opening = doc[c.left_edge.i]
                if c.dep_ in ("advcl", "conj") and c.pos_ in ("VERB", "AUX") and tok.i < opening.i < c.i and (self._names_condition(doc[opening.i : min(opening.i + 3, c.i)]) or fold(opening.text) in self._g.if_words):
                    return c
                # "à moins que…": the French parser makes "à" an adverb with "moins" fixed to it
                if c.dep_ == "advmod" and c.i > tok.i and self._names_condition(doc[c.i : c.i + 2]):
                    return c
                # "suspendre les négociations si les États-Unis poursuivent…": hung on the object as
                # if it were a relative clause, but a clause that opens with "si" is a condition
                for g in c.children if c.dep_ in sx.OBJ else ():
                    if g.dep_ in ("acl", "acl:relcl", "relcl") and any(m.dep_ == "mark" and fold(m.text) in self._g.if_words for m in g.children):
                        return g
        return None

    @staticmethod
    def _aside_on_subject(participle: Token) -> bool:
        """A past participle between commas, between the subject and its verb, describes the subject
        (which the parser may hang on the participle)."""
        verb, doc = participle.head, participle.doc
        if participle.dep_ != "advcl" or not _bare_past_participle(participle) or participle.i > verb.i:
            return False
        subject = sx.subject(verb) or next((c for c in participle.children if c.dep_ in sx.SUBJ and c.i < participle.i), None)
        if subject is None or subject.right_edge.i + 2 != participle.i or doc[participle.i - 1].text != ",":
            return False
        right = participle.right_edge.i
        return right + 1 < verb.i and doc[right + 1].text == ","

    @staticmethod
    def _participle_after_a_noun(participle: Token) -> bool:
        """A bare past participle after the verb, right after a noun (or its comma), that the parser
        hung on the verb: it describes the noun as a relative clause would ("talks with Pakistan,
        broken off since…"); with an auxiliary, a subject or an object of its own it is a verb of the
        clause ("ont dispersé les manifestants, arrêté vingt personnes")."""
        verb, doc = participle.head, participle.doc
        if participle.dep_ not in ("advcl", "dep", "punct", "parataxis") or verb.pos_ not in ("VERB", "AUX") or verb.i > participle.i:
            return False
        if not _bare_past_participle(participle) or after_auxiliary(participle):
            return False
        if any(c.dep_ in sx.SUBJ or c.dep_ in sx.OBJ for c in participle.children):
            return False
        before = doc[participle.i - 1] if participle.i > participle.sent.start else None
        if before is not None and before.text == "," and before.i > participle.sent.start:
            before = doc[before.i - 1]
        return before is not None and (before.pos_ in ("NOUN", "PROPN", "ADJ") or before.text in (")", "»", "'", '"'))

    def _participial_clause(self, participle: Token) -> bool:
        """A participle set off by a comma that the parser hung on a noun but that speaks of the
        clause: on the subject, what its holder does besides ("a affirmé un porte-parole, prévenant
        que…"); on the object, with a verb of causing, what the act led to ("ont effectué une
        patrouille, poussant l'aviation japonaise à…")."""
        if not sx.set_off_participle(participle):
            return False
        noun = participle.head
        return noun.dep_ in sx.SUBJ or (noun.dep_ in ("obj", "dobj") and fold(participle.lemma_) in self._g.causative_verbs)

    @staticmethod
    def _opener(clause: Token) -> Token:
        """The first word of a coordinated clause after its conjunction ("et où …" → "où")."""
        return next((w for w in clause.subtree if w.pos_ != "CCONJ" and not w.is_punct), clause)

    def _after_relative_word(self, verb: Token) -> bool:
        """"au cours desquels 20 personnes ont été tuées": the parser may leave the relative word (here
        tagged an adjective) outside the clause, a few words before it."""
        if verb.dep_ not in ("advcl", "ccomp", "conj", "acl"):
            return False
        doc, left = verb.doc, verb.left_edge.i
        for w in reversed(doc[max(left - 4, verb.sent.start) : left]):
            if w.is_punct:
                return False
            if fold(w.text) in self._g.compound_relatives:
                return True
        return False

    def _set_off_relative(self, verb: Token) -> bool:
        """"des réfugiés sierra-léonais et libériens, que les autorités tiennent pour responsables…":
        a "que" clause set off by a comma after a noun describes that noun, though the parser may
        make it the complement of a verb that takes none (here "ont torturé")."""
        left = verb.left_edge.i
        if verb.dep_ != "ccomp" or left < 2 or fold(verb.doc[left].text) not in self._g.relative_pronouns:
            return False
        comma, before = verb.doc[left - 1], verb.doc[left - 2]
        said = self._g.speech_verbs | self._g.denial_verbs
        return comma.text == "," and before.pos_ in ("NOUN", "PROPN", "ADJ") and before.i not in self._scope.dates and fold(verb.head.lemma_) not in said

    def _names_condition(self, words: Span) -> bool:
        """The words opening a clause say "unless", "à moins que", "sauf si"…"""
        opening = " " + " ".join(fold(w.text) for w in words) + " "
        return any(f" {c} " in opening for c in self._g.conditions)

    def obligation(self, tok: Token) -> bool:
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

    def speech_governor(self, tok: Token) -> Token | None:
        t = tok
        while t.head.i != t.i:
            if t.dep_ in ("acl", "ccomp") and t.head.pos_ == "NOUN" and fold(t.head.lemma_) in self._g.speech_nouns and t.head.head.pos_ in ("VERB", "AUX"):
                return t.head.head  # "issued a stern reminder that it must cooperate": the one who issued it speaks
            hung = self.complement_of_date(t)
            head = t.head.head if hung else t.head  # the verb the phrase depends on, as if the clause hung there
            if (hung or t.dep_ in ("ccomp", "parataxis", "xcomp", "advcl", "conj")) and (fold(head.lemma_) in self._g.speech_verbs or fold(head.lemma_) in self._g.denial_verbs):
                return head
            # "a fait savoir qu'il…": a verb of saying in two words, whose first has the subject (the
            # parser hangs the clause on either)
            if t.dep_ == "ccomp" and head.dep_ == "xcomp" and f"{fold(head.head.lemma_)} {fold(head.lemma_)}" in self._g.speech_verbs:
                return head.head
            if t.dep_ == "ccomp" and any(c.dep_ == "xcomp" and f"{fold(head.lemma_)} {fold(c.lemma_)}" in self._g.speech_verbs for c in head.children):
                return head
            t = head
        # « Nous rejetons ces accusations », a déclaré l'ambassade : the French parser hangs the verb of
        # saying after a quotation on the quotation's verb (only after a closing quotation mark)
        return next((c for c in t.children if c.dep_ == "parataxis" and c.i > tok.i and fold(c.lemma_) in self._g.speech_verbs and any(q.is_quote for q in tok.doc[tok.i : c.i])), None)

    def complement_of_date(self, t: Token) -> bool:
        """"ont déclaré mercredi qu'ils rencontreraient…", "a rappelé à l'Irak qu'il doit…": the French
        parser reads the that-clause as a relative clause on the weekday or on the one spoken to; it is
        the complement of the verb they depend on."""
        if t.dep_ not in ("acl:relcl", "acl") or fold(t.doc[t.left_edge.i].text) not in ("que", "qu'", "that"):
            return False
        head = t.head
        if head.i in self._scope.dates:
            # right after the date ("a déclaré mercredi qu'…"; not "a libéré dimanche dix soldats qu'ils
            # détenaient", a relative clause on the object the parser hung on the date)
            between = t.doc[head.i + 1 : t.left_edge.i]
            return head.head.pos_ in ("VERB", "AUX") and all(w.i in self._scope.dates or w.is_punct for w in between)
        return head.dep_ in ("obl", "obl:mod", "obl:arg", "iobj") and fold(head.head.lemma_) in self._g.speech_verbs

    def negated(self, tok: Token) -> bool:
        if sx.has_negation(tok, self._g):
            return True
        if tok.pos_ in ("NOUN", "PROPN") and any(fold(c.text) in ("aucun", "aucune", "no", "nul", "nulle") and c.dep_ in ("det", "amod", "advmod") for c in tok.children):
            return True
        t = tok
        while t.head.i != t.i:
            head = t.head
            if t.dep_ in ("xcomp", "obj", "dobj", "obl:arg") and fold(head.lemma_) in self._g.hesitation_verbs:
                return False  # "n'hésiterait pas à riposter": a readiness to act, not a refusal
            if t.dep_ in ("xcomp", "obj", "dobj") and sx.has_negation(head, self._g) and fold(head.lemma_) not in self._g.speech_verbs:
                return True  # "ne compte pas attaquer"
            if t.dep_ in ("xcomp", "obl", "obl:arg", "advcl", "prep", "pcomp") and fold(head.lemma_) in self._g.failure_verbs and head.i not in self._scope.triggers and not (sx.subject(t) is not None and (sx.finite_auxiliary(t) or "Fin" in t.morph.get("VerbForm"))):
                # "failed to reach agreement"; a REJECT trigger ("refused to") codes itself; not "les
                # États-Unis ont opposé leur veto…, le Royaume-Uni s'abstenant": a clause of its own
                return True
            if fold(head.lemma_) in self._g.denial_verbs and t.dep_ in ("ccomp", "xcomp", "obj", "dobj", "advcl", "prep", "obl", "pcomp"):
                return True  # "X a démenti que…", "X denied that…": not the denied event
            if t.dep_ in ("ccomp", "advcl", "parataxis"):
                break
            t = head
        return False

    def modality(self, tok: Token, tense: str, *, reported: bool, historical: bool) -> Modality:
        t = tok
        # "pledged support after talks with his counterpart": the talks took place, whatever was pledged
        background = tok.pos_ not in ("VERB", "AUX") and is_background(tok, self._g)
        while t.head.i != t.i and not background:
            if any(fold(c.text) in self._g.hypothetical and c.dep_ in ("mark", "advmod") and c.pos_ != "PRON" for c in t.children):  # "s'exprimant": a pronoun, not "s'il"
                return "hypothetical"
            if t.dep_ in ("conj", "advcl") and sx.finite_auxiliary(t):
                break  # "s'est engagé à soutenir… et a dénoncé…": a clause of its own, not part of the promise
            head = t.head
            if t.dep_ == "advcl" and head.pos_ == "VERB" and fold(head.lemma_) in self._g.intent_verbs and any(c.dep_ == "aux" and c.tag_ == "TO" for c in t.children):
                return "intent"  # "have sworn to fight": the parser's infinitival adverbial is the complement
            if t.dep_ == "advcl" and head.pos_ == "VERB":
                break  # "X, s'exprimant après des entretiens, a promis…": the talks are no promise
            if t.dep_ in ("xcomp", "obl", "obl:arg", "prep", "pcomp", "ccomp", "acl", "obj", "dobj"):
                # a noun of intent that is the subject or the parser's root ("Volunteers from two charities
                # donated…") is who acts, not a plan; in object position it is one ("announced a plan for…")
                noun_subject = head.pos_ not in ("VERB", "AUX") and (head.dep_ in sx.SUBJ or head.dep_ == "ROOT")
                decided = t.dep_ in ("obj", "dobj") and t.pos_ == "NOUN" and fold(head.lemma_) in self._g.decision_verbs
                if fold(head.lemma_) in self._g.intent_verbs and head.i != tok.i and (t.dep_ in ("acl", "xcomp") or not noun_subject) and not decided:
                    return "intent"
                if head.pos_ == "ADJ" and fold(head.text) in self._g.intent_adjectives:
                    return "intent"
                if t.dep_ == "xcomp" and any(a.pos_ == "ADJ" and fold(a.text) in self._g.intent_adjectives and a.head.i in self._scope.dates for a in t.doc[head.i + 1 : t.i]):
                    return "intent"  # "s'est dite prête mercredi à jouer les médiateurs": the parser hangs "prête" on the date
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


def _bare_past_participle(tok: Token) -> bool:
    """A past participle with no auxiliary of its own ("arrivé lundi", "suspendu depuis…")."""
    return "Part" in tok.morph.get("VerbForm") and "Past" in tok.morph.get("Tense") and not any(c.dep_.startswith("aux") for c in tok.children)
