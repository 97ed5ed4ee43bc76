"""Trigger words → event candidates, and the rule "one event per clause": a trigger in the
complement of another trigger ("a appelé à des négociations", "threatened to attack", "condemned
the bombing") is absorbed by it, lending it a mode where PLOVER says so."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from spacy.tokens import Span, Token

from sanderling.events.syntax import AUX_DEPS, SUBJ, finite_auxiliary, gerund, named_by_own_words, present_participle, reflexive, said_before, stand_in, told_as_past, verb_tense
from sanderling.nlp.repair import infinitives
from sanderling.nlp.tokens import after_auxiliary
from sanderling.lexicon.load import fold
from sanderling.lexicon.schema import Grammar, Lexicon, TriggerEntry

_POS = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}
# Dependencies through which a trigger may govern (and so absorb) another.
_ABSORB_DEPS = frozenset({"xcomp", "obj", "dobj", "obl", "obl:arg", "obl:mod", "obl:agent", "agent", "nmod", "pobj", "pcomp", "prep", "ccomp", "acl", "advcl", "iobj", "compound", "appos", "acomp"})


def is_background(tok: Token, grammar: Grammar, entry: TriggerEntry | None = None) -> bool:
    """A noun trigger inside a phrase of time or cause (grammar key ``background_words``: "à la suite de
    l'exécution", "in the wake of the attack"): a reference to an earlier event, not a new one; except
    talks with a named partner, which the subject held ("après des entretiens avec son homologue").
    Words of time that introduce a co-occurring event ("lors d'un entretien", "during talks") are not
    background words."""
    background = grammar.background_words
    if entry is not None and entry.type == "CONSULT" and partner(tok) is not None:
        return False
    t = tok
    for _ in range(4):
        if fold(t.text) in background or any(fold(c.text) in background for c in t.children if c.dep_ in ("case", "mark", "fixed", "advmod")):
            return True
        # (up through a conjunct, "à la suite des attaques et des enlèvements", and an infinitive under
        # the phrase's noun, "sous peine d'être pris sous le feu")
        infinitive = t.dep_ == "acl" and any("Inf" in v.morph.get("VerbForm") for v in (t, *(c for c in t.children if c.dep_.startswith("aux"))))
        if (t.dep_ not in ("nmod", "obl", "obl:mod", "obl:arg", "pobj", "prep", "pcomp", "conj") and not infinitive) or t.head.i == t.i:
            return False
        t = t.head
    return False

def partner(talks: Token) -> Token | None:
    """"after talks with his counterpart", "à l'issue d'un entretien à Accra avec son homologue": the
    "with" phrase after the noun in its phrase (the parser may hang it on a word in between)."""
    phrase = talks.head if talks.dep_ in ("nmod", "pobj") and talks.head.pos_ in ("NOUN", "ADP") else talks
    return trailing_phrase(talks, phrase.right_edge.i, frozenset({"with", "avec"}))


def trailing_phrase(tok: Token, last: int, preps: frozenset[str], *, within_clause: bool = False) -> Token | None:
    """The object of the first phrase opened by one of ``preps`` among the words after ``tok`` up to
    ``last``, before any punctuation (and, ``within_clause``, before any verb: "officials involved in
    trade with Venezuela" has its own "with")."""
    for t in tok.doc[tok.i + 1 : last + 1]:
        if t.is_punct or (within_clause and t.pos_ in ("VERB", "AUX")):
            return None
        if fold(t.text) in preps and t.dep_ in ("case", "prep"):
            return t.head if t.dep_ == "case" else next((o for o in t.children if o.dep_ == "pobj"), None)
    return None


# Triggers whose that-clause is their content, not another event ("demanded that X provide…").
_CONTENT_TAKERS = frozenset({"REQUEST", "THREATEN"})
# The mode a REQUEST or REJECT takes from the event asked for or refused (PLOVER's shared modes).
ASK_MODE = {"CONSULT": "meet", "AGREE": "meet", "AID": "assist", "COOPERATE": "assist", "SUPPORT": "assist", "RETREAT": "yield", "CONCEDE": "yield"}


@dataclass(frozen=True, slots=True)
class Candidate:
    token: Token
    entry: TriggerEntry
    absorbed: tuple[Candidate, ...] = ()

    @property
    def type(self) -> str:
        assert self.entry.type is not None
        return self.entry.type


def _child_keys(tok: Token, grammar: Grammar) -> set[str]:
    keys: set[str] = set()
    acting = _subject_deps(tok, grammar) | {"obl:agent", "agent"}
    for c in tok.children:
        if c.dep_ in acting:
            continue  # "les forces se sont retirées de deux positions", "interpellé par les autorités": who acts is not what the verb takes
        objs = [g for g in c.children if g.dep_ == "pobj"]
        if c.dep_ == "prep" and objs and all(g.ent_type_ in ("DATE", "TIME") for g in objs):
            continue  # "a strike on Monday" is no "strike on" a target
        if c.dep_ in ("conj", "parataxis") and any(g.dep_ in SUBJ for g in c.children):
            continue  # "ont été arrêtés et la manifestation s'est terminée": another clause's words
        if c.dep_ in ("ccomp", "advcl") and any(g.dep_ in SUBJ and fold(g.text) in grammar.relative_pronouns for g in c.children):
            continue  # "a condamné les raids, qui ont fait 60 morts": a relative clause the parser hung on the verb
        # "…, ont indiqué des responsables": the attribution's words are not what the verb takes (words
        # the parser hung on it from before it are: "a levé le blocus …, ont indiqué …")
        attribution = c.dep_ in ("parataxis", "advcl", "conj") and c.i > tok.i and fold(c.lemma_) in grammar.speech_verbs
        if c.dep_ in AUX_DEPS:
            keys.add(fold(c.lemma_))  # "est opposé": the auxiliary by its lemma only ("a" folds like the preposition "à")
            continue
        if _circumstantial(c, grammar):
            continue  # "a suspendu son aide, une semaine après l'expulsion…": the time phrase is not what is suspended
        if not attribution:
            keys.update(_keys_of(c))
        for g in c.children:  # "went on strike", "mis en garde à vue": one level further down
            if _circumstantial(g, grammar) or (attribution and g.i > c.i):
                continue
            if g.dep_ == "prep" and c.dep_ not in ("prep", "agent", "dative"):
                # a preposition inside the object ("calling it a reward for the militia") is not the
                # trigger's own ("calls for"); its object still counts ("the state of emergency")
                keys.update(k for p in g.children for k in _keys_of(p))
                continue
            keys.update(_keys_of(g))
            if g.dep_ == "prep":  # "lifted the state of emergency": through an English preposition
                keys.update(k for p in g.children for k in _keys_of(p))
    if tok.pos_ == "NOUN" and tok.dep_ == "obj" and not any(c.dep_ == "nmod" for c in tok.children):
        # "a mis fin à sa médiation": the parser hangs the noun's phrase on the verb, just after it
        keys.update(k for c in tok.head.children if c.dep_ == "obl:arg" and c.i > tok.i for k in _keys_of(c))
    return keys


def _keys_of(tok: Token) -> set[str]:
    """A word's text and lemma; not the lemma the French model gives some prepositions ("entre" →
    "entrer"), which would meet a verb's entry ("interdire … d'entrer")."""
    lemma, text = fold(tok.lemma_), fold(tok.text)
    return {text} if tok.pos_ == "ADP" and len(lemma) > len(text) else {text, lemma}


def _circumstantial(tok: Token, grammar: Grammar) -> bool:
    """A phrase of time ("après l'expulsion", "during the war"), or one of cause headed by a background
    word ("en représailles aux frappes", "in retaliation for"; not "a pris des représailles", an
    object); not "jusqu'à 13 000 réfugiés" (up to)."""
    cases = [fold(c.text) for c in tok.children if c.dep_ in ("case", "mark")]
    return any(c in grammar.time_cases for c in cases) or (bool(cases) and fold(tok.text) in grammar.background_words)


def _subject_deps(tok: Token, grammar: Grammar) -> set[str]:
    # with a reflexive "se", the parser's passive subject is the one acting ("les forces se sont retirées")
    return {"nsubj", "csubj", "expl:subj"} | ({"nsubj:pass"} if reflexive(tok, grammar.reflexive_pronouns) else set())


def _subject_keys(tok: Token, grammar: Grammar) -> set[str]:
    """The subject's head word ("des rebelles se sont rendus" → rebelle, rebelles; "le chef rebelle" →
    chef); when it is counted, also the words that modify it without a preposition ("cinq cents
    rebelles": the parser's head is "cents"; not "trois émissaires des rebelles")."""
    acting = _subject_deps(tok, grammar)
    keys: set[str] = set()
    for c in tok.children:
        if c.dep_ not in acting:
            continue
        words = [c]
        if c.pos_ == "NUM" or any(g.dep_ == "nummod" for g in c.children):
            for _ in range(2):
                words += [g for w in words for g in w.children if g not in words and (g.dep_ in _BARE_MODIFIERS or (g.dep_ == "nmod" and not any(k.dep_ == "case" for k in g.children)))]
        keys.update(k for t in words for k in (fold(t.lemma_), fold(t.text)))
    return keys


_BARE_MODIFIERS = frozenset({"amod", "compound", "flat", "nummod", "appos"})


def _lexicon_entry(tok: Token, lexicon: Lexicon) -> TriggerEntry | None:
    """The most specific entry whose conditions hold for ``tok`` (a null entry included); None if none."""
    pos = _POS.get(tok.pos_)
    if pos is None or tok.dep_ in AUX_DEPS or (pos in ("VERB", "ADJ") and tok.dep_ == "amod"):
        return None  # auxiliaries; participles and adjectives on a noun ("armed men", "le président déchu")
    if pos == "VERB" and tok.dep_ == "acl" and "Part" in tok.morph.get("VerbForm") and not any(c.dep_ not in ("punct", "advmod") for c in tok.children):
        # a bare participle after its noun ("le président déchu", "les otages libérés"), unless an
        # auxiliary stands just before it and the parser lost the clause ("ont de nouveau rejeté")
        if not after_auxiliary(tok):
            return None
    entries: tuple[TriggerEntry, ...] = ()
    for key in dict.fromkeys((fold(tok.lemma_), fold(tok.text))):
        entries = lexicon.triggers.get((key, pos), ())
        if entries:
            break
    if not entries and fold(tok.lemma_) == fold(tok.text) and (guess := infinitives(tok.text.lower())) is not None:
        # the lemmatizer gave up on a rare future or conditional with no subject pronoun to repair it by
        entries = next((e for lemma in guess[0] if (e := lexicon.triggers.get((fold(lemma), "VERB"), ()))), ())
    if not entries:
        return None
    keys: set[str] | None = None
    for entry in entries:
        if entry.reflexive and not reflexive(tok, lexicon.grammar.reflexive_pronouns):
            continue
        if entry.by and not (entry.by & _subject_keys(tok, lexicon.grammar)):
            continue
        if entry.with_ or entry.without:
            keys = keys if keys is not None else _child_keys(tok, lexicon.grammar)
            if entry.with_ and not (entry.with_ & keys):
                continue
            if entry.without & keys:
                continue
        return entry
    return None


def match_entry(tok: Token, lexicon: Lexicon) -> TriggerEntry | None:
    """The trigger entry ``tok`` fires, if any (entries of type null rule the word out)."""
    entry = _lexicon_entry(tok, lexicon)
    return entry if entry is not None and entry.type is not None else None


def ruled_out(tok: Token, lexicon: Lexicon) -> bool:
    """Whether a null entry says this word is no event here ("a gas explosion", "une explosion de gaz")."""
    entry = _lexicon_entry(tok, lexicon)
    return entry is not None and entry.type is None


def _warns_of_the_past(tok: Token, lexicon: Lexicon) -> bool:
    """"warned that no deadline had been set", "a averti qu'aucune date n'avait été fixée": a threat
    is of what will follow; a warning about what has happened is a statement."""
    if tok.pos_ != "VERB":
        return False
    # the that-clause right after the verb ("threatened to shell towns where, it said, 100 were killed": not "said")
    clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and c.left_edge.i == tok.i + 1), None)
    if clause is None or not any(c.dep_ in SUBJ for c in clause.children):
        return False
    # only a completed past ("had been set", "n'avait été fixée"): "warned that it had the capacity to
    # strike", "that Israel had crossed a red line and would pay" still threaten
    perfect = "Part" in clause.morph.get("VerbForm") and any(c.dep_ in AUX_DEPS and ("Past" in c.morph.get("Tense") or "Imp" in c.morph.get("Tense")) for c in clause.children)
    later = [c for c in clause.subtree if c.pos_ in ("VERB", "AUX") and c.i != clause.i and c.dep_ in ("conj", "xcomp", "advcl", "ccomp")]
    return perfect and not any(verb_tense(v, lexicon.grammar, lexicon.lang) in ("future", "conditional") for v in later)


def find_candidates(sent: Span, lexicon: Lexicon) -> list[Candidate]:
    found = []
    for tok in sent:
        entry = match_entry(tok, lexicon)
        if entry is not None and not (entry.type == "THREATEN" and _warns_of_the_past(tok, lexicon)):
            found.append(Candidate(tok, entry))
    return found


def _governor(cand: Candidate, by_token: dict[int, Candidate], grammar: Grammar) -> Candidate | None:
    """The trigger that governs ``cand`` within one clause chain, if any."""
    speech, support, causative = grammar.speech_verbs, grammar.support_verbs, grammar.causative_verbs
    # phrases of time, cause and circumstance do not carry the governor's content ("met after the attack")
    circumstance = grammar.time_cases | grammar.circumstance_cases
    t = cand.token
    while t.head.i != t.i:
        head = t.head
        if t.dep_ in ("conj", "advcl") and finite_auxiliary(t):
            return None  # "…s'est engagé à soutenir…, a annoncé… et a dénoncé…": each verb with its own "a" is a clause
        second = (t.dep_ == "advcl" and present_participle(t)) or (t.dep_ == "acl" and gerund(t))
        if t.i == cand.token.i and second and head.i in by_token and by_token[head.i].entry.type != cand.entry.type:
            return None  # "a salué ces libérations tout en appelant Minsk à…", "massed fighters, warning that…": a second act
        if t.i == cand.token.i and t.dep_ in SUBJ and head.dep_ == "ccomp" and head.head.i in by_token and by_token[head.head.i].entry.type in _CONTENT_TAKERS:
            return by_token[head.head.i]  # "warned that any attack would be met with force": what is threatened or demanded
        if t.dep_ == "xcomp" and head.i not in by_token and fold(head.lemma_) in causative and any(c.dep_ in ("obj", "dobj") and c.i < t.i for c in head.children):
            return None  # "…, poussant l'aviation japonaise à faire décoller des chasseurs": the one pushed acts
        # (an infinitive too where the first conjunct is an event: "a exhorté Pyongyang à reprendre les
        # discussions et à autoriser le retour des inspecteurs": both are what is urged)
        if t.dep_ == "conj" and (head.i not in by_token or "Inf" in t.morph.get("VerbForm")) and head.dep_ in ("xcomp", "ccomp", "advcl") and not any(c.dep_ in SUBJ for c in t.children):
            t = head  # "refused to allow planes to land and evacuate": a conjunct inside the complement
            continue
        # the French parser makes "auprès" an adverb governing its phrase, and may hang a noun's infinitive
        # on its adjective ("la proposition israélienne de reprendre les négociations")
        if t.dep_ not in _ABSORB_DEPS and not (t.dep_ == "advmod" and t.pos_ == "ADV" and any(c.dep_ in ("obl", "obl:arg", "nmod") for c in t.children)) and not (t.dep_ == "amod" and t.pos_ == "ADJ" and t.i != cand.token.i):
            return None
        if any(fold(c.text) in circumstance for c in t.children if c.dep_ in ("case", "mark", "advmod")) or (fold(t.text) in circumstance and not (t.dep_ == "prep" and fold(t.text) == "as")):
            return None  # not "denounced as an ugly crime Serbia's suppression of…": "as" there says what it is
        # ("a lancé un appel aux dirigeants pour qu'ils reprennent les négociations": what is asked, too)
        asked = t.dep_ == "advcl" and any(c.dep_ == "mark" and fold(c.text) in grammar.purpose_marks for c in t.children)
        content = (t.dep_ == "ccomp" or asked) and head.i in by_token and by_token[head.i].entry.type in _CONTENT_TAKERS
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJ for c in t.children) and t.i != cand.token.i and not any(c.dep_ == "aux" and fold(c.text) == "to" for c in t.children) and not content:
            return None  # a clause with its own subject is its own event (not "allow planes to land", nor "warned that it would review its cooperation")
        if t.i == cand.token.i and t.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJ for c in t.children) and t.dep_ in ("ccomp", "advcl", "acl:relcl", "relcl", "conj"):
            if not content:
                return None  # "demanding that the government provide information": what is demanded
        if head.i in by_token:
            return by_token[head.i]
        purpose = t.dep_ in ("advcl", "xcomp") and "Inf" in t.morph.get("VerbForm") and any(c.dep_ in ("mark", "aux") for c in t.children)
        if t.i == cand.token.i and purpose and fold(head.lemma_) in support and (carried := _carried(head, by_token)) is not None:
            return carried  # "a fait usage de gaz lacrymogènes pour disperser": the purpose of the act the light verb carries
        if fold(head.lemma_) in speech:
            return None  # reported speech: the embedded event stands on its own
        t = head
    return None


def _carried(verb: Token, by_token: dict[int, Candidate]) -> Candidate | None:
    """The trigger a light verb carries as its object, or one level down ("fait usage de gaz")."""
    for o in verb.children:
        if o.dep_ in ("obj", "dobj", "obl:arg"):
            for x in (o, *(g for g in o.children if g.dep_ in ("nmod", "obl", "pobj"))):
                if x.i in by_token:
                    return by_token[x.i]
    return None


def merge_clauses(cands: list[Candidate], lexicon: Lexicon, named: Collection[int] = ()) -> list[Candidate]:
    """Keep one candidate per clause: governed triggers are absorbed by their governor. ``named``
    holds the tokens of actor terms (a speaker set off after the clause it speaks of is one)."""
    by_token = {c.token.i: c for c in cands}
    absorbed_by: dict[int, int] = {}
    governors = {c.token.i: _governor(c, by_token, lexicon.grammar) for c in cands}
    for c in cands:
        # "Israël frappera le Hezbollah, a averti le ministre": a threat or demand set off after the
        # clause it makes, as the English "warned that…" governs its clause
        if c.entry.type not in _CONTENT_TAKERS or (content := said_before(c.token)) is None or told_as_past(content):
            continue  # (not "Le Hezbollah a tiré des roquettes, a averti l'armée": a report, no threat)
        # (or the infinitive of its modal: "L'Irak doit retirer ses troupes, a exigé…")
        said = next((t for t in (content, *(x for x in content.children if x.dep_ == "xcomp")) if t.i in by_token), None)
        after = [o for o in c.token.children if o.i > c.token.i and o.dep_ in ("obj", "nsubj", "nsubj:pass")]
        # ("…, a réclamé des élections libres en Tchétchénie": what follows is asked for, not who asks)
        if not any(named_by_own_words(o, named) for o in after):
            continue
        if said is not None and governors[said.i] is None:
            governors[said.i] = c
    overruled: dict[int, int] = {}  # verb → the noun that names the act more precisely
    for c in cands:
        gov = governors[c.token.i]
        if gov is not None and (_more_precise(c, gov, lexicon.grammar) or _ordered(c, gov, lexicon.grammar)):
            overruled[gov.token.i] = c.token.i
    for c in cands:
        if c.token.i in overruled:
            absorbed_by[c.token.i] = overruled[c.token.i]
            continue
        gov = governors[c.token.i]
        if gov is not None and gov.token.i in overruled:
            continue
        subject = stand_in(c.token, lexicon.grammar.carrier_nouns)
        if gov is None and subject.dep_ in SUBJ and subject.head.i in by_token and by_token[subject.head.i].entry.type == c.entry.type:
            gov = by_token[subject.head.i]  # "A minefield explosion killed two", "A wave of bombings hit Baghdad": one ASSAULT
        if gov is None and c.token.dep_ == "conj" and c.token.head.i in by_token:
            # "killed two youths and wounded five": conjoined verbs of one type, one subject, one event
            head = by_token[c.token.head.i]
            # "a tiré des gaz pour disperser la foule et interpellé 23 manifestants": a participle joined to
            # an infinitive belongs to the finite verb above, not to the purpose clause
            forms = ("Part" in c.token.morph.get("VerbForm"), "Inf" in head.token.morph.get("VerbForm"))
            # ("kidnapped sixteen advisers and exploded bombs in the capital": attacks of two kinds, each on
            # its own object, are two attacks; not "bombed and destroyed a hospital", one; and "declared a
            # state of siege, suspending the constitution and arresting opponents" is one crackdown)
            modes = {head.entry.mode, c.entry.mode}
            two_attacks = c.entry.type == "ASSAULT" and None not in modes and len(modes) == 2 and _own_complement(head.token, c.token)
            if head.entry.type == c.entry.type and not any(ch.dep_ in SUBJ for ch in c.token.children) and forms != (True, True) and not two_attacks:
                gov = head
        if gov is None and c.token.dep_ == "conj" and c.token.pos_ == "NOUN" and c.token.head.i in absorbed_by:
            gov = by_token[absorbed_by[c.token.head.i]]  # "imposed asset freezes and travel bans": one act
        if gov is None and c.token.pos_ == "NOUN":
            # "shortened by one hour the nightly curfew imposed…" (the parser made "curfew" the subject of
            # a later verb): the noun a nearby entry names as its complement ("with") is that event's
            gov = next((o for o in cands if o is not c and fold(c.token.lemma_) in o.entry.with_ and 0 < c.token.i - o.token.i <= 6), None)
        if gov is not None and gov.token.i != c.token.i:
            absorbed_by[c.token.i] = gov.token.i
    out: list[Candidate] = []
    for c in cands:
        if c.token.i in absorbed_by:
            continue
        inner = tuple(by_token[i] for i, g in absorbed_by.items() if _root_of(i, absorbed_by) == c.token.i)
        out.append(Candidate(c.token, c.entry, inner))
    return out


def _own_complement(first: Token, second: Token) -> bool:
    """Each of two conjoined verbs has a complement of its own: the second an object, the first a noun
    phrase between them with an article or a number ("kidnapped sixteen advisers and exploded bombs";
    not "bombed and destroyed a hospital", nor a bare date, "a bombardé mardi et détruit")."""
    if not any(ch.dep_ in ("obj", "dobj") for ch in second.children):
        return False
    return any(
        any(a.i == first.i for a in t.ancestors) and t.pos_ in ("NOUN", "PROPN") and t.dep_ not in SUBJ and any(g.dep_ in ("det", "nummod") for g in t.children)
        for t in first.doc[first.i + 1 : second.i]
    )


def _more_precise(noun: Candidate, verb: Candidate, grammar: Grammar) -> bool:
    """"launched a hunger strike": a light verb takes its type from the noun it names as its complement
    ("launch" + strike: an attack), but the noun's own entry, matched on its own modifier (hunger), says
    which kind of act it is. Not "a levé l'état d'urgence": lifting is an act of its own."""
    return (
        verb.token.pos_ in ("VERB", "AUX") and fold(verb.token.lemma_) in grammar.support_verbs and noun.token.pos_ == "NOUN" and bool(noun.entry.with_)
        and noun.entry.type != verb.entry.type and fold(noun.token.lemma_) in verb.entry.with_ and verb.token.i in (noun.token.head.i, noun.token.head.head.i)
    )  # one level down too: "a mené cette semaine des exercices conjoints" ("des" read as a preposition on the date)


def _ordered(noun: Candidate, verb: Candidate, grammar: Grammar) -> bool:
    """"ordered the closure of the radio", "a ordonné la mobilisation des réservistes": with no one told
    to act, the one who orders the act does it."""
    if verb.entry.type != "REQUEST" or fold(verb.token.lemma_) not in grammar.command_verbs or noun.token.pos_ != "NOUN":
        return False
    if noun.token.head.i != verb.token.i or noun.token.dep_ not in ("obj", "dobj"):
        return False
    return not any(c.dep_ in ("iobj", "dative", "xcomp", "ccomp") or (c.dep_ in ("obl:arg", "prep") and fold(c.text) in ("à", "to")) for c in verb.token.children)


def _root_of(i: int, absorbed_by: dict[int, int]) -> int:
    seen = set()
    while i in absorbed_by and i not in seen:
        seen.add(i)
        i = absorbed_by[i]
    return i


def derived_mode(cand: Candidate) -> str | None:
    """A mode the governor takes from what it absorbed (REQUEST talks → meet; THREATEN attack → violence)."""
    for inner in cand.absorbed:
        if inner.entry.type == cand.entry.type and inner.entry.mode is not None and inner.entry.with_:
            return inner.entry.mode  # "a entamé une grève de la faim", "staged a hunger strike": the noun says which
    if cand.entry.mode is not None or not cand.absorbed:
        return cand.entry.mode
    inner = cand.absorbed[0]
    if cand.type in ("REQUEST", "REJECT") and inner.entry.type in ASK_MODE:
        return ASK_MODE[inner.entry.type]
    if cand.type == "THREATEN" and inner.entry.type == "ASSAULT":
        return "violence"
    if cand.type == "THREATEN" and inner.entry.type == "COERCE" and inner.entry.mode in ("arrest", "restrict"):
        return inner.entry.mode
    if cand.type == "THREATEN" and inner.entry.type == "SANCTION":
        return "relations"
    return None
