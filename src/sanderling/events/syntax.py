"""Reading the dependency parse: subjects, objects, prepositional phrases, clause heads, negation,
tense. Label sets cover both French (Universal Dependencies) and English (ClearNLP) parses."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Token

from sanderling.lexicon.load import fold
from sanderling.lexicon.schema import Grammar

if TYPE_CHECKING:
    from sanderling.actors.matcher import Hit

SUBJ = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "csubj", "csubj:pass", "expl:subj"})
OBJ = frozenset({"obj", "dobj", "obj:lvc"})
PREP_HOLDERS = frozenset({"obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "iobj", "obl:tmod", "nmod:poss"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})
AUX_DEPS = frozenset({"aux", "aux:tense", "aux:pass", "auxpass", "cop"})


def is_passive(verb: Token, reflexives: frozenset[str]) -> bool:
    # The passive auxiliary decides: the French model also labels some active subjects nsubj:pass.
    # A reflexive verb takes "être" in French ("se sont rassemblées"): that is no passive.
    return any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children) and not reflexive(verb, reflexives)


def reflexive(verb: Token, pronouns: frozenset[str]) -> bool:
    """The verb has a reflexive pronoun (grammar key ``reflexive_pronouns``): "se sont retirées"."""
    # (the French parser may call the pronoun a marker: "s'en est pris à")
    return any(fold(c.text) in pronouns and (c.dep_ in ("expl:comp", "expl:pv", "expl:pass", "expl", "obj", "iobj", "dobj") or (c.dep_ == "mark" and c.pos_ == "PRON")) for c in verb.children)


def first_conjunct(verb: Token) -> Token | None:
    """"clashed with the rebels near Bama on Saturday and freed 17 hostages": the first of two verbs
    conjoined without a subject of their own, whose time and place the second shares."""
    if verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX") and verb.head.pos_ in ("VERB", "AUX") and subject(verb) is None:
        return verb.head
    return None


def subject(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in SUBJ:
            return c
    return None


def objects(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in OBJ and c.pos_ in NOMINAL]


def indirect_objects(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in ("iobj", "dative") and c.pos_ in NOMINAL and not _case(c)]


def _case(tok: Token) -> str:
    """The preposition(s) marking a French nominal: "à", "avec", "auprès de", "à l'encontre de"."""
    # "près de Gao": the parser hangs "près" on the noun as an adverb before the preposition
    words = [fold(c.text) for c in tok.children if c.dep_ == "advmod" and c.pos_ == "ADV" and c.i < tok.i and any(k.dep_ == "case" for k in tok.children)]
    words += [fold(c.text) for c in tok.children if c.dep_ in ("case", "fixed") or (c.dep_ == "det" and c.i < tok.i and c.head.i == tok.i and fold(c.text) in ("au", "aux", "du", "des"))]
    cases = [c for c in tok.children if c.dep_ == "case"]
    for c in cases:
        words.extend(fold(f.text) for f in c.children if f.dep_ == "fixed")
    return " ".join(words)


def prep_objects(tok: Token) -> Iterator[tuple[str, Token]]:
    """(preposition, its object) for the phrases attached to ``tok``, in sentence order."""
    for c in tok.children:
        if c.dep_ == "prep" or (c.dep_ in ("agent", "dative") and c.pos_ == "ADP"):  # "provided X to Macedonia": a dative "to"
            for obj in c.children:
                if obj.dep_ in ("pobj", "pcomp") and obj.pos_ in NOMINAL | {"ADJ"}:
                    yield fold(c.text), obj
        elif c.dep_ in PREP_HOLDERS and (c.pos_ in NOMINAL or (c.pos_ == "ADJ" and any(g.dep_ == "det" for g in c.children))):  # "par des extrémistes" tagged ADJ
            case = _case(c)
            if case:
                yield case, c
        elif c.dep_ in ("advmod", "obl:arg", "obl:mod") and c.pos_ == "ADV":
            # "a sollicité un prêt auprès du FMI": the French parser makes "auprès" an adverb holding the
            # phrase (a modifier, or an argument when it comes before the object); the adverb and the
            # case marker are the preposition ("auprès du")
            for obj in c.children:
                if obj.dep_ in PREP_HOLDERS and obj.pos_ in NOMINAL and (case := _case(obj)):
                    yield f"{fold(c.text)} {case}", obj


def case_of(tok: Token) -> str:
    """The preposition introducing ``tok``: its English ``prep`` head, or its French case marker."""
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        return fold(tok.head.text)
    return _case(tok)


def dative_country(tok: Token, grammar: Grammar, hits: Mapping[int, Hit]) -> bool:
    """"a accordé à la Tanzanie", "a présenté ses excuses à la Gambie": a country after a preposition
    that is also a dative, with its article, is the one given to, not a place (that would be "en
    Tanzanie"; "au Mali" may be either)."""
    case = case_of(tok)
    return (
        case != ""
        and any(prep_matches(case, p) for p in grammar.dative_preps)
        and any(c.dep_ == "det" for c in tok.children)
        and tok.i in hits
        and hits[tok.i].kind.startswith("country:")
    )


def prep_matches(case: str, wanted: str) -> bool:
    """"auprès de" matches "auprès"; "au" matches "à"; "aux" matches "à"."""
    if not case:
        return False
    if case == wanted or case.split()[0] == wanted:
        return True
    first = case.split()[0]
    return wanted == "a" and first in ("au", "aux")


def abroad(tok: Token, nouns: frozenset[str]) -> bool:
    """"British tourists", "the embassy of Russia", "l'ambassade de Russie", "a Danish-flagged
    tanker": a nationality on a noun for people or things often abroad (up a few modifier links,
    through a preposition) says whose they are, not where anything happens."""
    for _ in range(3):
        if tok.dep_ not in ("amod", "compound", "nmod", "poss", "pobj", "prep", "nmod:poss", "npadvmod") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if fold(tok.lemma_) in nouns:
            return True
    return False


def agent(verb: Token, grammar: Grammar) -> Token | None:
    found = [obj for case, obj in prep_objects(verb) if any(prep_matches(case, p) for p in grammar.agent_preps)]
    # "a été tué par balles samedi par des soldats israéliens": a bare common noun says how, a
    # later phrase with an article or a name says who
    return next((obj for obj in found if not _bare_noun(obj)), found[0] if found else None)


def _bare_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss", "nmod:poss", "nummod") or c.pos_ == "PROPN" for c in tok.children)


def has_negation(tok: Token, grammar: Grammar) -> bool:
    """A negation word attached to the verb or to its auxiliaries."""
    for c in tok.children:
        low = fold(c.text)
        if c.dep_ == "neg" or (c.dep_ in ("advmod", "det", "advmod:neg") and low in grammar.negation and low not in ("non", "no")):
            return True
        if c.dep_ in AUX_DEPS:
            if any(fold(g.text) in grammar.negation and g.dep_ in ("neg", "advmod") for g in c.children):
                return True
    return False


def morph(tok: Token, key: str) -> str:
    values = tok.morph.get(key)
    return values[0] if values else ""


def verb_tense(verb: Token, grammar: Grammar, lang: str) -> str:
    """past | present | future | conditional, from morphology, auxiliaries and endings."""
    auxes = [c for c in verb.children if c.dep_ in AUX_DEPS or (c.dep_ == "aux" and c.pos_ in ("AUX", "VERB", "PART"))]
    for a in auxes:
        low = fold(a.text)
        if low in grammar.future_aux or fold(a.lemma_) in grammar.future_aux:
            if lang == "en" and low in ("would", "could", "might", "should"):
                return "conditional"
            return "future"
        if lang == "en" and low in ("would", "could", "might"):
            return "conditional"
        if lang == "fr" and _fr_conditional(a):
            return "conditional"
        if lang == "fr" and (_fr_future(a) or morph(a, "Tense") == "Fut"):
            return "future"  # ("sera débloquée", "aura lieu": too short for the ending test)
    if verb.head.i != verb.i and fold(verb.head.lemma_) in grammar.future_aux and verb.dep_ in ("xcomp", "ROOT") and lang == "fr" and morph(verb.head, "VerbForm") != "Inf":
        return "future"  # "va rencontrer"
    if any(fold(c.lemma_) == "aller" and c.dep_ in ("aux", "aux:tense") for c in verb.children):
        return "future"
    if lang == "fr":
        if morph(verb, "Mood") == "Cnd" or _fr_conditional(verb):
            return "conditional"
        if morph(verb, "Tense") == "Fut" or _fr_future(verb):
            return "future"
    if morph(verb, "Tense") == "Past" or morph(verb, "VerbForm") == "Part" or any(c.dep_ in ("aux", "aux:tense") for c in verb.children):
        return "past"
    return "present"


_FR_FUT = ("rai", "ras", "ra", "rons", "rez", "ront")
_FR_CND = ("rais", "rait", "rions", "riez", "raient")


def _fr_future(tok: Token) -> bool:
    low = tok.text.lower()
    return tok.pos_ in ("VERB", "AUX") and morph(tok, "VerbForm") != "Inf" and low.endswith(_FR_FUT) and len(low) > 4


def _fr_conditional(tok: Token) -> bool:
    low = tok.text.lower()
    if not (tok.pos_ in ("VERB", "AUX") and low.endswith(_FR_CND) and len(low) > 5):
        return False
    # the model tags many conditionals as imperfects, so the ending decides; but "préparait",
    # "assurait", "courait" are imperfects of verbs whose stem ends in r: stem + -er/-ir is the lemma
    lemma = fold(tok.lemma_)
    for ending in _FR_IMPF:
        if low.endswith(ending):
            stem = fold(low[: -len(ending)])
            return stem + "er" != lemma and stem + "ir" != lemma
    return True


_FR_IMPF = ("aient", "ait", "ais", "ions", "iez")


@dataclass(frozen=True, slots=True)
class Scope:
    """The sentence being read, as the role and clause readers need it: the tokens of its date
    expressions and of its event triggers, and the lexicon hits by token."""

    dates: frozenset[int] = frozenset()
    triggers: frozenset[int] = frozenset()
    hits: Mapping[int, Hit] = field(default_factory=dict)


def possessor(noun: Token) -> Token | None:
    """"the students' demonstration", "Israel's invasion": the noun's possessor."""
    return next((c for c in noun.children if c.dep_ in ("poss", "nmod:poss") and c.pos_ in ("NOUN", "PROPN")), None)


def rootless_subject(verb: Token) -> Token | None:
    """"Palestinian youths resorted to…", "Doctors from two American aid groups donated…": the parser
    made the subject the root and the finite verb a modifier of its last noun; with no other verb
    above, that modifier is the main clause and the root is its subject."""
    # ("The National Liberation Army (ELN), Colombia's second-largest guerrilla group, announced…":
    # only the root's own appositions and relative clauses, set off by commas, may stand between:
    # "Japan, which has faced criticism…, promised…")
    aside = {t.i for c in verb.head.children if c.dep_ in ("appos", "punct", "relcl", "acl:relcl") and verb.head.i < c.i < verb.i for t in c.subtree}
    if any(t.i not in aside for t in verb.doc[verb.head.i + 1 : verb.i]) or any(c.dep_.startswith("aux") for c in verb.children):
        return None
    root = verb.head
    while root.dep_ != "ROOT":
        if root.dep_ in ("nsubj", "dep") and root.head.i > verb.i and (any(c.dep_ == "nsubj" and c.i > verb.i for c in root.head.children) or _attribution_tail(root.head)):
            break  # "Palestinian youths resorted to…, officials said": the parser gave "said" two subjects
            # (or hid the second in the clause before: "…, its representative in Lisbon said")
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


def _attribution_tail(verb: Token) -> bool:
    """"…, its representative in Lisbon said.": a verb closing the sentence right after a noun phrase
    set off by a comma, with no verb of its own, whatever the parser hung that phrase on."""
    if verb.i + 1 < verb.sent.end and verb.doc[verb.i + 1].pos_ != "PUNCT":
        return False
    comma = next((t.i for t in reversed(verb.doc[verb.sent.start : verb.i]) if t.text == ","), None)
    words = verb.doc[comma + 1 : verb.i] if comma is not None else []
    return 0 < len(words) <= 6 and any(w.pos_ in ("NOUN", "PROPN") for w in words) and not any(w.pos_ in ("VERB", "AUX") for w in words)


def rootless(verb: Token) -> bool:
    return rootless_subject(verb) is not None


def uncontrolled(verb: Token) -> bool:
    """A complement verb ("as saying", "to say") whose governing verb takes no object: its subject is
    the governing verb's."""
    if verb.dep_ == "xcomp":
        governor = verb.head
    elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        governor = verb.head.head
    else:
        return False
    return not objects(governor) and not indirect_objects(governor)


def finite_auxiliary(verb: Token) -> bool:
    """The verb has a tense auxiliary of its own in a finite form ("et a dénoncé"), not an
    infinitive one ("pour avoir tué") nor English "to": it heads a clause of its own."""
    return any(c.dep_ in ("aux", "aux:tense") and c.pos_ == "AUX" and "Fin" in c.morph.get("VerbForm") and fold(c.text) != "to" for c in verb.children)


def said_before(verb: Token) -> Token | None:
    """The clause a French verb is set off after, its own subject after it: "Israël frappera le
    Hezbollah, a averti le ministre" gives "frappera" for "averti". Not a participle ("…, accusant
    l'armée de massacres"), a conjunct ("et a dénoncé"), a clause with a subject of its own before
    the verb ("…, tandis que Caracas a dénoncé une ingérence"), nor a second act of the first subject:
    with a complement of its own, or an auxiliary the noun after it cannot take."""
    content = verb.head
    if verb.dep_ == "ROOT":  # or the parser hangs the clause said on the verb ("Le Pakistan a bombardé…, a accusé Kaboul")
        content = next((c for c in verb.children if c.dep_ in ("advcl", "ccomp", "parataxis") and c.left_edge.i == verb.sent.start), verb)
    elif verb.dep_ not in ("parataxis", "conj", "ccomp", "advcl"):
        return None
    if content.pos_ != "VERB" or content.i >= verb.i:
        return None
    if not any(t.text == "," for t in verb.doc[content.i : verb.i]) or any(c.dep_ == "cc" for c in verb.children):
        return None
    if not (finite_auxiliary(verb) or "Fin" in verb.morph.get("VerbForm")):
        return None
    if any(c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children) or any(t.dep_ == "cc" and t.head.i in (content.i, verb.i) for t in verb.doc[content.i : verb.i]):
        return None
    relative = {c.i for c in verb.children if any("Rel" in g.morph.get("PronType") for g in c.children if g.dep_.startswith("nsubj") or g.dep_ == "mark")}
    if any(c.dep_ in ("xcomp", "ccomp", "obl:arg", "iobj") and c.i > verb.i and c.i not in relative for c in verb.children):
        # "…, a exhorté lundi Khartoum à garantir…", "…, a menacé l'Ukraine de nouvelles sanctions": a
        # complement of its own says what it threatens or asks; it is a second act, not an attribution
        return None
    after = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "obj") and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")), None)
    if after is None:
        return None
    # ("Les Etats-Unis ont imposé des sanctions, ont averti l'Iran": a plural auxiliary the noun after it
    # cannot take is the first subject's)
    aux = next((c for c in verb.children if c.dep_ in ("aux", "aux:tense") and c.i < verb.i), verb)
    number = aux.morph.get("Number")
    return content if not (number and after.morph.get("Number") and number != after.morph.get("Number")) else None


def named_by_own_words(noun: Token, named: Collection[int]) -> bool:
    """The noun or one of its own words (not a phrase under it: "des excuses de Tokyo") is a term."""
    return any(t.i in named for t in (noun, *noun.children) if not any(g.dep_ == "case" for g in t.children))


def told_as_past(verb: Token) -> bool:
    """"a tiré", "tira": a clause that reports what was done, not a threat or a demand of what will be."""
    if "Fin" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense"):
        return True
    return "Part" in verb.morph.get("VerbForm") and any(c.dep_ == "aux:tense" for c in verb.children)


def present_participle(verb: Token) -> bool:
    """"(tout) en appelant", "prévenant que", "warning that"."""
    if verb.tag_ == "VBG":
        return True
    return verb.pos_ == "VERB" and "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")


def carrier(noun: Token, carrier_nouns: frozenset[str]) -> Token | None:
    """The noun that carries an event noun in the clause: "une tentative d'assassinat", "an
    assassination attempt", "a wave of arrests" → the attempt, the wave."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and fold(head.text) == "of":
        head = head.head  # "a wave of arrests"
    elif noun.dep_ not in ("nmod", "compound") or not (noun.dep_ == "compound" or any(fold(c.text) in ("de", "d'") for c in noun.children if c.dep_ == "case")):
        return None
    if head.i == noun.i or head.pos_ != "NOUN" or fold(head.lemma_) not in carrier_nouns:
        return None
    return head


def stand_in(tok: Token, carrier_nouns: frozenset[str]) -> Token:
    """The word that stands for a trigger in its clause: the noun that carries an event noun ("Une
    tentative d'assassinat a été déjouée", "A wave of bombings hit Baghdad"), else the trigger."""
    return (carrier(tok, carrier_nouns) if tok.pos_ == "NOUN" else None) or tok


def set_off_participle(verb: Token) -> bool:
    """A present participle after the noun the parser hung it on, set off by a comma ("un
    porte-parole, prévenant que…"): a clause of its own, not a description of the noun."""
    if not present_participle(verb) or verb.dep_ not in ("acl", "advcl") or verb.head.i > verb.i:
        return False
    return set_off(verb)


def set_off(verb: Token) -> bool:
    """A clause that opens right after a comma."""
    start = verb.left_edge.i
    return start > verb.sent.start and verb.doc[start - 1].text == ","


def gerund(verb: Token) -> bool:
    """"en appelant", "tout en exigeant", "en lui demandant": the French gerund, a second act of the
    subject, never a participle describing a noun."""
    if not present_participle(verb) or verb.tag_ == "VBG":
        return False
    words = [w for w in reversed(verb.doc[verb.sent.start : verb.i]) if w.pos_ != "PRON"][:1]
    return bool(words) and fold(words[0].text) == "en"


def inverted_speaker(verb: Token, grammar: Grammar) -> Token | None:
    """"…, a annoncé le ministère": a verb of saying set off after what was said, its subject after it
    (read by the parser as its object)."""
    if subject(verb) is not None or fold(verb.lemma_) not in grammar.speech_verbs or verb.dep_ not in ("parataxis", "ROOT", "ccomp"):
        return None
    start = verb.left_edge.i
    before = verb.doc[start] if verb.doc[start].is_punct else (verb.doc[start - 1] if start > verb.sent.start else None)
    if before is None or before.text not in (",", "»", '"'):
        return None
    after = [c for c in verb.children if c.dep_ in OBJ and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")]
    return after[0] if after and not any(c.dep_ in ("ccomp", "mark") for c in verb.children) else None
