"""Load and validate the data files. Every problem is collected (file, line, reason) and raised at
once as a :class:`~sanderling.errors.LexiconError`; nothing half-valid is returned."""

from __future__ import annotations

import csv
import re
import functools
import io
import json
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from sanderling.errors import LexiconError, LexiconProblem, ResourceError
from sanderling.lexicon.schema import (
    ContextCue,
    CountryInfo,
    DateWords,
    Grammar,
    Lexicon,
    ModeCue,
    Namesake,
    Ontology,
    Person,
    Tables,
    Tenure,
    Term,
    TriggerEntry,
    TypeInfo,
)

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
LEXICON_FILES = (
    "triggers.yaml",
    "roles.yaml",
    "modes.yaml",
    "contexts.yaml",
    "grammar.yaml",
    "dates.yaml",
    "countries.tsv",
    "organisations.tsv",
    "regions.tsv",
)
COUNTRY_KINDS = frozenset({"name", "official", "demonym", "capital", "side", "alias", "ambiguous"})
Tokenize = Callable[[str], tuple[str, ...]]


def fold(text: str) -> str:
    """Lower-case and strip diacritics, so that "Erdoğan" and "Erdogan", "Kyïv" and "Kyiv" meet (and
    "manœuvre" and "manoeuvre": the ligatures have no decomposition)."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'").replace("œ", "oe").replace("æ", "ae")


class _LineLoader(yaml.SafeLoader):
    """A YAML loader that records the line of every mapping under the key ``__line__``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# YAML 1.1 reads on/off/yes/no as booleans; in word lists they are words ("sanctions on Russia").
# Only true/false stay booleans, as in YAML 1.2.
_LineLoader.yaml_implicit_resolvers = {k: list(v) for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
for _first in "yYnNoO":
    _LineLoader.yaml_implicit_resolvers[_first] = [r for r in _LineLoader.yaml_implicit_resolvers.get(_first, []) if r[0] != "tag:yaml.org,2002:bool"]
_LineLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


class _Problems:
    def __init__(self) -> None:
        self.items: list[LexiconProblem] = []

    def add(self, file: str, line: int | None, reason: str) -> None:
        self.items.append(LexiconProblem(file, line, reason))

    def raise_if_any(self) -> None:
        if self.items:
            raise LexiconError(self.items)


def _read_yaml(path: Path, label: str, problems: _Problems) -> dict[str, Any] | None:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)  # noqa: S506 - SafeLoader subclass
    except OSError as e:
        problems.add(label, None, f"cannot read: {e}")
        return None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        problems.add(label, mark.line + 1 if mark else None, f"invalid YAML: {getattr(e, 'problem', e)}")
        return None
    if not isinstance(data, dict):
        problems.add(label, None, "top level must be a mapping")
        return None
    return data


def available_languages(data_dir: Path = DATA_DIR) -> tuple[str, ...]:
    root = data_dir / "lexicons"
    return tuple(sorted(p.name for p in root.iterdir() if p.is_dir() and (p / "dates.yaml").exists()))


@functools.lru_cache(maxsize=4)
def load_ontology(data_dir: Path = DATA_DIR) -> Ontology:
    problems = _Problems()
    label = "ontology/plover.yaml"
    raw = _read_yaml(data_dir / "ontology" / "plover.yaml", label, problems)
    problems.raise_if_any()
    assert raw is not None
    types: dict[str, TypeInfo] = {}
    for name, spec in (raw.get("types") or {}).items():
        if name == "__line__":
            continue
        types[name] = TypeInfo(
            name=name,
            quad=spec["quad"],
            intensity=float(spec["intensity"]),
            requires_recipient=bool(spec["requires_recipient"]),
            modes=MappingProxyType({k: float(v) for k, v in spec["modes"].items() if k != "__line__"}),
        )
    if len(types) != 16:
        problems.add(label, None, f"expected the 16 PLOVER types, found {len(types)}")
    problems.raise_if_any()
    return Ontology(
        version=str(raw["version"]),
        types=MappingProxyType(types),
        contexts=frozenset(raw["contexts"]),
        sectors=frozenset(raw["sectors"]),
    )


def _str_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _blank_tokenizer(lang: str) -> Tokenize:
    import spacy  # imported here: tables can be validated without paying for spaCy at import time

    nlp = spacy.blank(lang)

    def tokenize(text: str) -> tuple[str, ...]:
        # Forms are stored lower-case, but the tokenizer's exceptions are cased ("U.S." is one token,
        # "u.s." two): take the upper-case segmentation when it keeps more together.
        lower = [t.text for t in nlp.tokenizer(text) if not t.is_space]
        upper = [t.text for t in nlp.tokenizer(text.upper()) if not t.is_space]
        chosen = upper if len(upper) < len(lower) else lower
        return tuple(fold(t) for t in chosen)

    return tokenize


def _triggers(raw: dict[str, Any], label: str, rule_prefix: str, onto: Ontology, problems: _Problems) -> dict[tuple[str, str], tuple[TriggerEntry, ...]]:
    index: dict[tuple[str, str], list[TriggerEntry]] = defaultdict(list)
    seen: set[str] = set()
    entries = raw.get("triggers")
    if not isinstance(entries, list) or not entries:
        problems.add(label, None, "'triggers' must be a non-empty list")
        return {}
    for item in entries:
        line = item.get("__line__") if isinstance(item, dict) else None
        if not isinstance(item, dict):
            problems.add(label, line, "each trigger must be a mapping")
            continue
        tid, lemma, pos, type_ = item.get("id"), item.get("lemma"), item.get("pos"), item.get("type")
        if not isinstance(tid, str) or not tid:
            problems.add(label, line, "trigger without an 'id'")
            continue
        if tid in seen:
            problems.add(label, line, f"duplicate trigger id {tid!r}")
        seen.add(tid)
        if not isinstance(lemma, str) or not lemma or " " in lemma.strip():
            problems.add(label, line, f"{tid}: 'lemma' must be one word")
            continue
        if pos not in ("VERB", "NOUN", "ADJ"):
            problems.add(label, line, f"{tid}: 'pos' must be VERB, NOUN or ADJ, not {pos!r}")
            continue
        if type_ is not None and type_ not in onto.types:
            problems.add(label, line, f"{tid}: unknown PLOVER type {type_!r}")
            continue
        mode = item.get("mode")
        if mode is not None and (type_ is None or mode not in onto.types[type_].modes):
            problems.add(label, line, f"{tid}: mode {mode!r} is not a mode of {type_}")
            continue
        contexts = tuple(_str_list(item.get("contexts")))
        bad = [c for c in contexts if c not in onto.contexts]
        if bad:
            problems.add(label, line, f"{tid}: unknown context(s) {bad}")
            continue
        unknown = set(item) - {"__line__", "id", "lemma", "pos", "type", "mode", "contexts", "reflexive", "with", "without", "by", "recipient", "swap", "note"}
        if unknown:
            problems.add(label, line, f"{tid}: unknown field(s) {sorted(unknown)}")
            continue
        recipient = item.get("recipient")
        index[(fold(lemma.strip()), pos)].append(
            TriggerEntry(
                id=tid,
                lemma=fold(lemma.strip()),
                pos=pos,
                type=type_,
                mode=mode,
                contexts=contexts,
                reflexive=bool(item.get("reflexive", False)),
                with_=frozenset(fold(w) for w in _str_list(item.get("with"))),
                without=frozenset(fold(w) for w in _str_list(item.get("without"))),
                by=frozenset(fold(w) for w in _str_list(item.get("by"))),
                recipient=tuple(fold(r) for r in _str_list(recipient)) if recipient is not None else None,
                swap=bool(item.get("swap", False)),
                rule=f"{rule_prefix}triggers.yaml#{tid}",
            )
        )
    return {k: tuple(sorted(v, key=lambda e: -e.specificity)) for k, v in index.items()}


def _terms_from_roles(raw: dict[str, Any], label: str, rule_prefix: str, onto: Ontology, tok: Tokenize, problems: _Problems) -> tuple[list[Term], set[str]]:
    terms: list[Term] = []
    ids: set[str] = set()
    roles = raw.get("roles")
    if not isinstance(roles, list) or not roles:
        problems.add(label, None, "'roles' must be a non-empty list")
        return terms, ids
    for item in roles:
        line = item.get("__line__")
        rid, sector, forms = item.get("id"), item.get("sector"), _str_list(item.get("forms"))
        if not rid:
            problems.add(label, line, "role without an 'id'")
            continue
        if rid in ids:
            problems.add(label, line, f"duplicate role id {rid!r}")
        ids.add(rid)
        if sector is not None and sector not in onto.sectors:
            problems.add(label, line, f"{rid}: unknown sector {sector!r}")
            continue
        if not forms:
            problems.add(label, line, f"{rid}: no 'forms'")
            continue
        for form in forms:
            tokens = tok(form)
            if tokens:
                terms.append(Term(tokens, "role", rid, sector=sector, role=str(item.get("role") or rid), rule=f"{rule_prefix}roles.yaml#{rid}"))
    return terms, ids


def _read_tsv(path: Path, label: str, columns: tuple[str, ...], problems: _Problems) -> list[tuple[int, dict[str, str]]]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        problems.add(label, None, f"cannot read: {e}")
        return []
    rows: list[tuple[int, dict[str, str]]] = []
    header: list[str] | None = None
    for lineno, line in enumerate(io.StringIO(text), start=1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        if header is None:
            header = cells
            if tuple(header) != columns:
                expected = "\t".join(columns)
                problems.add(label, lineno, f"header must be {expected!r}, found {line!r}")
                return []
            continue
        if len(cells) != len(columns):
            problems.add(label, lineno, f"expected {len(columns)} tab-separated columns, found {len(cells)}")
            continue
        rows.append((lineno, dict(zip(columns, (c.strip() for c in cells)))))
    return rows


def _country_terms(path: Path, label: str, rule_prefix: str, known: set[str], tok: Tokenize, problems: _Problems) -> list[Term]:
    terms: list[Term] = []
    for lineno, row in _read_tsv(path, label, ("code", "kind", "form"), problems):
        if known and row["code"] not in known:
            problems.add(label, lineno, f"unknown country code {row['code']!r}")
            continue
        if row["kind"] not in COUNTRY_KINDS:
            problems.add(label, lineno, f"unknown kind {row['kind']!r}")
            continue
        if not row["form"] or row["form"] != row["form"].lower():
            problems.add(label, lineno, f"form must be non-empty lower-case: {row['form']!r}")
            continue
        tokens = tok(row["form"])
        if tokens:
            terms.append(Term(tokens, f"country:{row['kind']}", row["code"], rule=f"{rule_prefix}countries.tsv:{lineno}"))
    return terms


def _row_problem(row: dict[str, str], *, code_label: str, known: set[str]) -> str | None:
    """What is wrong with a coded TSV row (organisations, regions), or None."""
    if not row["code"] or not row["code"].isupper():
        return f"{code_label} code must be upper-case: {row['code']!r}"
    if row.get("country") and known and row["country"] not in known:
        return f"unknown country code {row['country']!r}"
    if not row["form"] or row["form"] != row["form"].lower():
        return f"form must be non-empty lower-case: {row['form']!r}"
    return None


def _org_terms(path: Path, label: str, rule_prefix: str, onto: Ontology, known: set[str], tok: Tokenize, problems: _Problems) -> list[Term]:
    terms: list[Term] = []
    for lineno, row in _read_tsv(path, label, ("code", "country", "sector", "form"), problems):
        problem = _row_problem(row, code_label="organisation", known=known)
        if problem is None and row["sector"] not in onto.sectors:
            problem = f"unknown sector {row['sector']!r}"
        if problem is not None:
            problems.add(label, lineno, problem)
            continue
        tokens = tok(row["form"])
        if tokens:
            terms.append(Term(tokens, "org", row["code"], sector=row["sector"], country=row["country"] or row["code"], rule=f"{rule_prefix}organisations.tsv:{lineno}"))
    return terms


def _region_terms(path: Path, label: str, rule_prefix: str, known: set[str], tok: Tokenize, problems: _Problems) -> list[Term]:
    terms: list[Term] = []
    for lineno, row in _read_tsv(path, label, ("code", "country", "form"), problems):
        problem = _row_problem(row, code_label="region", known=known)
        if problem is not None:
            problems.add(label, lineno, problem)
            continue
        tokens = tok(row["form"])
        if tokens:
            terms.append(Term(tokens, "region", row["code"], country=row["country"] or None, rule=f"{rule_prefix}regions.tsv:{lineno}"))
    return terms


def _person_terms(tables: Tables, tok: Tokenize) -> list[Term]:
    terms: list[Term] = []
    for person in tables.people:
        for form in dict.fromkeys((person.name, *person.aliases)):
            tokens = tok(form)
            if tokens:
                terms.append(Term(tokens, "person", person.id, rule=f"tables/people.jsonl#{person.id}"))
    return terms


def _cues(value: Any, tok: Tokenize) -> tuple[tuple[str, ...], ...]:
    return tuple(t for t in (tok(c) for c in _str_list(value)) if t)


def _grammar(raw: dict[str, Any], label: str, problems: _Problems) -> Grammar | None:
    keys = [f for f in Grammar.__dataclass_fields__]
    missing = [k for k in keys if k not in raw]
    if missing:
        problems.add(label, None, f"missing key(s) {missing}")
        return None
    values: dict[str, Any] = {"spacy_model": str(raw["spacy_model"])}
    for k in keys[1:]:
        items = [fold(x) for x in _str_list(raw[k])]
        values[k] = tuple(items) if k in ("historical", "recipient_preps", "both_sides", "target_phrases", "reciprocal_preps", "recurrence_markers") else frozenset(items)
    return Grammar(**values)


def _dates(raw: dict[str, Any], label: str, problems: _Problems) -> DateWords | None:
    def mapping(key: str, kind: type) -> MappingProxyType[str, Any]:
        value = raw.get(key) or {}
        out: dict[str, Any] = {}
        for k, v in value.items():
            if k == "__line__":
                continue
            if not isinstance(v, kind):
                problems.add(label, value.get("__line__"), f"{key}.{k}: expected {kind.__name__}")
                continue
            out[fold(str(k))] = v
        return MappingProxyType(out)

    weekdays = mapping("weekdays", int)
    if sorted(weekdays.values()) != list(range(7)):
        problems.add(label, None, "weekdays must map seven names to 0..6")
    months = mapping("months", int)
    if set(months.values()) != set(range(1, 13)):
        problems.add(label, None, "months must cover 1..12")
    order = raw.get("numeric_order")
    if order not in ("dmy", "mdy"):
        problems.add(label, None, "numeric_order must be dmy or mdy")
    return DateWords(
        weekdays=weekdays,
        months=months,
        relative_days=mapping("relative_days", int),
        anchor_days=mapping("anchor_days", int),
        past_markers=frozenset(fold(x) for x in _str_list(raw.get("past_markers"))),
        future_markers=frozenset(fold(x) for x in _str_list(raw.get("future_markers"))),
        units=mapping("units", str),
        numbers=mapping("numbers", int),
        ago=tuple(fold(x) for x in _str_list(raw.get("ago"))),
        in_future=tuple(fold(x) for x in _str_list(raw.get("in_future"))),
        this_period=mapping("this_period", str),
        last_period=mapping("last_period", str),
        next_period=mapping("next_period", str),
        numeric_order=str(order),
        after=tuple(fold(x) for x in _str_list(raw.get("after"))),
        before=tuple(fold(x) for x in _str_list(raw.get("before"))),
    )


@functools.lru_cache(maxsize=8)
def load_date_words(lang: str, data_dir: Path = DATA_DIR) -> DateWords:
    """Only the date words of one language (what dateline parsing needs, without spaCy)."""
    problems = _Problems()
    label = f"{lang}/dates.yaml"
    raw = _read_yaml(data_dir / "lexicons" / lang / "dates.yaml", label, problems)
    problems.raise_if_any()
    assert raw is not None
    dates = _dates(raw, label, problems)
    problems.raise_if_any()
    assert dates is not None
    return dates


@functools.lru_cache(maxsize=8)
def load_lexicon(lang: str, data_dir: Path = DATA_DIR) -> Lexicon:
    """Load and validate every file of one language folder."""
    folder = data_dir / "lexicons" / lang
    if not folder.is_dir():
        raise ResourceError(f"no lexicon folder for language {lang!r} ({folder})")
    problems = _Problems()
    onto = load_ontology(data_dir)
    tables = load_tables(data_dir)
    known = set(tables.countries)
    tok = _blank_tokenizer(lang)
    prefix = f"{lang}/"
    raws: dict[str, dict[str, Any]] = {}
    for name in LEXICON_FILES:
        if not (folder / name).exists():
            problems.add(prefix + name, None, "missing file (every language folder holds the same files)")
        elif name.endswith(".yaml"):
            raw = _read_yaml(folder / name, prefix + name, problems)
            if raw is not None:
                if raw.get("language") != lang:
                    problems.add(prefix + name, None, f"'language' must be {lang!r}, found {raw.get('language')!r}")
                raws[name] = raw
    problems.raise_if_any()

    triggers = _triggers(raws["triggers.yaml"], prefix + "triggers.yaml", prefix, onto, problems)
    role_terms, role_ids = _terms_from_roles(raws["roles.yaml"], prefix + "roles.yaml", prefix, onto, tok, problems)
    terms = role_terms
    terms += _country_terms(folder / "countries.tsv", prefix + "countries.tsv", prefix, known, tok, problems)
    terms += _org_terms(folder / "organisations.tsv", prefix + "organisations.tsv", prefix, onto, known, tok, problems)
    terms += _person_terms(tables, tok)
    terms += _region_terms(folder / "regions.tsv", prefix + "regions.tsv", prefix, known, tok, problems)

    modes: list[ModeCue] = []
    for item in raws["modes.yaml"].get("modes") or []:
        line, type_, mode = item.get("__line__"), item.get("type"), item.get("mode")
        if type_ not in onto.types or mode not in onto.types[type_].modes:
            problems.add(prefix + "modes.yaml", line, f"{item.get('id')}: {mode!r} is not a mode of {type_!r}")
            continue
        modes.append(ModeCue(str(item.get("id")), type_, mode, _cues(item.get("cues"), tok)))
    contexts: list[ContextCue] = []
    for item in raws["contexts.yaml"].get("contexts") or []:
        if item.get("context") not in onto.contexts:
            problems.add(prefix + "contexts.yaml", item.get("__line__"), f"unknown context {item.get('context')!r}")
            continue
        contexts.append(ContextCue(item["context"], _cues(item.get("cues"), tok)))
    grammar = _grammar(raws["grammar.yaml"], prefix + "grammar.yaml", problems)
    dates = load_date_words(lang, data_dir)
    if grammar is not None and not grammar.whole_names <= set(_NAME_KINDS):
        problems.add(prefix + "grammar.yaml", None, f"whole_names: unknown table(s) {sorted(grammar.whole_names - set(_NAME_KINDS))}, expected some of {sorted(_NAME_KINDS)}")
    problems.raise_if_any()
    assert grammar is not None and dates is not None

    joined = _joined_runs(grammar, terms, tok)
    if joined:
        terms = [replace(t, tokens=join_runs(t.tokens, joined)) for t in terms]
        modes = [replace(m, cues=tuple(join_runs(c, joined) for c in m.cues)) for m in modes]
        contexts = [replace(c, cues=tuple(join_runs(x, joined) for x in c.cues)) for c in contexts]
    by_first: dict[str, list[Term]] = defaultdict(list)
    for t in terms:
        by_first[t.tokens[0]].append(t)
    return Lexicon(
        lang=lang,
        version=str(raws["triggers.yaml"].get("version", "")),
        triggers=MappingProxyType(triggers),
        terms=MappingProxyType({k: tuple(sorted(v, key=lambda t: -len(t.tokens))) for k, v in by_first.items()}),
        modes=tuple(modes),
        contexts=tuple(contexts),
        grammar=grammar,
        dates=dates,
        role_ids=frozenset(role_ids),
        joined=joined,
    )


# Term kinds by the table they come from (grammar key whole_names).
_NAME_KINDS = {"countries": "country:", "organisations": "org", "regions": "region"}


def _joined_runs(grammar: Grammar, terms: list[Term], tok: Tokenize) -> tuple[tuple[str, ...], ...]:
    """The token runs to keep as one token: the pieces of each of whole_words, and every run
    "word - word …" inside a name from the tables listed in whole_names. Longest first."""
    runs = {pieces for w in grammar.whole_words if len(pieces := tok(w)) > 1}
    prefixes = tuple(_NAME_KINDS[k] for k in grammar.whole_names)
    for t in terms:
        if not prefixes or not t.kind.startswith(prefixes) or "-" not in t.tokens:
            continue
        i = 0
        while i < len(t.tokens):
            j = i
            while j + 2 < len(t.tokens) and t.tokens[j + 1] == "-" and t.tokens[j + 2] != "-":
                j += 2
            if j > i:
                runs.add(t.tokens[i : j + 1])
            i = j + 1
    return tuple(sorted(runs, key=lambda r: (-len(r), r)))


@functools.lru_cache(maxsize=8)
def _runs_by_first(runs: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for run in sorted(runs, key=len, reverse=True):  # longest first
        index[run[0]].append(run)
    return {k: tuple(v) for k, v in index.items()}


def find_runs(keys: Sequence[str], runs: tuple[tuple[str, ...], ...], joinable: Callable[[int, int], bool] | None = None) -> list[tuple[int, int]]:
    """(start, end) of each run of ``runs`` in ``keys``, left to right, longest first, not overlapping;
    ``joinable(start, end)`` may refuse one (the pipeline refuses pieces with a space between)."""
    by_first = _runs_by_first(runs)
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(keys):
        for run in by_first.get(keys[i], ()):
            end = i + len(run)
            if tuple(keys[i:end]) == run and (joinable is None or joinable(i, end)):
                found.append((i, end))
                i = end
                break
        else:
            i += 1
    return found


def join_runs(tokens: tuple[str, ...], runs: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    """``tokens`` with each run of ``runs`` (longest first) made one token, as the pipeline does."""
    out = list(tokens)
    for start, end in reversed(find_runs(tokens, runs)):
        out[start:end] = ["".join(tokens[start:end])]
    return tuple(out)


def _parse_day(value: Any) -> date | None:
    if value in (None, ""):
        return None
    return date.fromisoformat(str(value))


def _jsonl(path: Path, label: str, problems: _Problems) -> Iterable[tuple[int, dict[str, Any]]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        problems.add(label, None, f"cannot read: {e}")
        return
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            problems.add(label, lineno, f"invalid JSON: {e.msg}")
            continue
        if not isinstance(obj, dict):
            problems.add(label, lineno, "each line must be a JSON object")
            continue
        yield lineno, obj


@functools.lru_cache(maxsize=4)
def load_tables(data_dir: Path = DATA_DIR) -> Tables:
    """The language-neutral tables: countries (codes, names, coordinates) and people with terms of office."""
    problems = _Problems()
    countries: dict[str, CountryInfo] = {}
    label = "tables/countries.jsonl"
    for lineno, obj in _jsonl(data_dir / "tables" / "countries.jsonl", label, problems):
        code = obj.get("code")
        if not isinstance(code, str) or len(code) != 3 or not code.isupper():
            problems.add(label, lineno, f"'code' must be ISO 3166-1 alpha-3, found {code!r}")
            continue
        countries[code] = CountryInfo(code, str(obj.get("cca2") or ""), str(obj.get("name_en") or code), str(obj.get("name_fr") or code), obj.get("lat"), obj.get("lon"))
    people: list[Person] = []
    label = "tables/people.jsonl"
    ids: set[str] = set()
    for lineno, obj in _jsonl(data_dir / "tables" / "people.jsonl", label, problems):
        pid, name = obj.get("id"), obj.get("name")
        if not pid or not name:
            problems.add(label, lineno, "each person needs 'id' and 'name'")
            continue
        if pid in ids:
            problems.add(label, lineno, f"duplicate person id {pid!r}")
        ids.add(pid)
        tenures: list[Tenure] = []
        for term in obj.get("terms") or []:
            try:
                tenures.append(Tenure(str(term["country"]), str(term.get("sector") or "GOV"), str(term.get("role") or "official"), _parse_day(term.get("start")), _parse_day(term.get("end"))))
            except (KeyError, ValueError) as e:
                problems.add(label, lineno, f"{pid}: bad term {term!r}: {e}")
        people.append(Person(str(pid), str(name), tuple(str(a) for a in obj.get("aliases") or ()), tuple(tenures)))
    namesakes: list[Namesake] = []
    label = "tables/namesakes.tsv"
    for lineno, row in _read_tsv(data_dir / "tables" / "namesakes.tsv", label, ("forms", "code", "other", "cues"), problems):
        forms = frozenset(fold(f.strip()) for f in row["forms"].split(",") if f.strip())
        cues = tuple(fold(c.strip()) for c in row["cues"].split(",") if c.strip())
        unknown = [c for c in (row["code"], row["other"]) if c not in countries]
        if unknown or not forms or not cues or row["code"] == row["other"]:
            problems.add(label, lineno, f"needs forms, cues and two known, different codes (unknown: {unknown})")
            continue
        namesakes.append(Namesake(forms, row["code"], row["other"], cues))
    exonyms: dict[str, int] = {}
    label = "tables/exonyms.tsv"
    for lineno, row in _read_tsv(data_dir / "tables" / "exonyms.tsv", label, ("form", "geonames_id", "city"), problems):
        if not row["geonames_id"].isdigit() or not row["form"]:
            problems.add(label, lineno, f"needs a form and a numeric GeoNames id, found {row['geonames_id']!r}")
            continue
        exonyms[fold(row["form"])] = int(row["geonames_id"])
    problems.raise_if_any()
    index: dict[str, list[Person]] = defaultdict(list)
    for p in people:
        for form in {fold(f) for f in (p.name, *p.aliases)}:  # "António Costa" and "Antonio Costa": one key
            index[form].append(p)
    return Tables(
        countries=MappingProxyType(countries),
        people=tuple(people),
        people_index=MappingProxyType({k: tuple(v) for k, v in index.items()}),
        namesakes=tuple(namesakes),
        exonyms=MappingProxyType(exonyms),
    )


def overlapping_terms(people: Iterable[Person]) -> list[str]:
    """Terms of one person in one role that overlap (a data error the test suite checks for)."""
    found: list[str] = []
    for p in people:
        by_role: dict[tuple[str, str], list[Tenure]] = defaultdict(list)
        for t in p.terms:
            by_role[(t.country, t.role)].append(t)
        for (country, role), terms in by_role.items():
            terms.sort(key=lambda t: t.start or date.min)
            for a, b in zip(terms, terms[1:]):
                if a.end is None or (b.start is not None and b.start <= a.end):
                    found.append(f"{p.id}: {role} of {country} {a.start}..{a.end} overlaps {b.start}..{b.end}")
    return found
