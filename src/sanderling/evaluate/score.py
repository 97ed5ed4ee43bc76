"""Scoring the coder against gold records: precision, recall and F1 per event type, for the type
alone and for type + actor countries + recipient countries; date and mode agreement."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from sanderling.evaluate.gold import GoldActor, GoldRecord
from sanderling.lexicon.load import fold, load_lexicon
from sanderling.pipeline import Coder
from sanderling.records import ActorRef, Event

# Modes of the 2016 gold standard (PLOVER draft 0.5b1) → current manual modes.
OLD_MODES = {"strike-hun": "hunger", "strike-gen": "strike", "riot-spon": "riot", "demo-org": "demo", "demo-spon": "demo", "assassinate": "targeted", "detain": "arrest", "confiscate": "seize", "ban": "restrict", "host": "visit"}
# Old modes whose current name depends on the type: a threatened curfew is THREATEN "restrict" today.
OLD_TYPED_MODES = {("THREATEN", "curfew"): "restrict"}


def current_mode(type_: str, mode: str) -> str:
    return OLD_TYPED_MODES.get((type_, mode), OLD_MODES.get(mode, mode))


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass(slots=True)
class Report:
    lang: str
    texts: int = 0
    gold_events: int = 0
    predicted_events: int = 0
    by_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    dyad_by_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    dates: Counter[str] = field(default_factory=Counter)  # correct / matched, and correct:A, matched:B… by half
    modes: Counter[str] = field(default_factory=Counter)
    negation: Counter[str] = field(default_factory=Counter)
    actors: Counter[str] = field(default_factory=Counter)
    locations: Counter[str] = field(default_factory=Counter)
    halves: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    dyad_halves: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    # record id -> (types, dyads) predicted for its text: for the agreement of parallel sets
    predictions: dict[str, tuple[tuple[str, ...], tuple[tuple[str, frozenset[str], frozenset[str]], ...]]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def micro(self, dyad: bool = False) -> Counts:
        total = Counts()
        for c in (self.dyad_by_type if dyad else self.by_type).values():
            total.add(c)
        return total

    def macro_f1(self, dyad: bool = False) -> float:
        table = self.dyad_by_type if dyad else self.by_type
        types = [t for t, c in table.items() if c.tp + c.fn > 0]
        return sum(table[t].f1 for t in types) / len(types) if types else 0.0


def _org_groups(lang: str) -> Mapping[str, str]:
    """Our organisation codes → the gold's group code: "IGO" for intergovernmental bodies, "NGO" for
    transnational non-governmental ones (HRW, MSF: three letters like a country, so not told by length)."""
    lex = load_lexicon(lang)
    return {t.code: t.sector for terms in lex.terms.values() for t in terms if t.kind == "org" and t.code and (t.sector == "IGO" or (t.sector == "NGO" and t.country in (None, "", t.code)))}


def _norm(code: str | None, sector: str | None, groups: Mapping[str, str]) -> str | None:
    if code is None:
        return None
    if sector == "IGO" or groups.get(code) == "IGO" or code == "IGO":
        return "IGO"
    if groups.get(code) == "NGO" or (sector == "NGO" and len(code) != 3):
        return "NGO"
    return code


def _pred_codes(refs: Iterable[ActorRef], groups: Mapping[str, str]) -> frozenset[str]:
    return frozenset(c for r in refs if (c := _norm(r.country, r.sector, groups)) is not None)


def _gold_codes(refs: Iterable[GoldActor], groups: Mapping[str, str]) -> frozenset[str]:
    return frozenset(c for r in refs if (c := _norm(r.code, r.sector, groups)) is not None)


def _multiset_counts(gold: list[str], pred: list[str]) -> dict[str, Counts]:
    out: dict[str, Counts] = defaultdict(Counts)
    g, p = Counter(gold), Counter(pred)
    for t in set(g) | set(p):
        tp = min(g[t], p[t])
        out[t].tp += tp
        out[t].fp += p[t] - tp
        out[t].fn += g[t] - tp
    return out


def evaluate(records: list[GoldRecord], *, keep_negated: bool = False, keep_actorless: bool = False) -> dict[str, Report]:
    """Code every gold text once (with its language and date) and score per language."""
    by_lang: dict[str, dict[str, list[GoldRecord]]] = defaultdict(lambda: defaultdict(list))
    for r in records:
        by_lang[r.lang][r.text].append(r)
    reports: dict[str, Report] = {}
    for lang, texts in sorted(by_lang.items()):
        coder = Coder(lang=lang, keep_negated=keep_negated, keep_actorless=keep_actorless)
        groups = _org_groups(lang)
        report = Report(lang)
        items = list(texts.items())
        dates = {text: next((r.date for r in recs if r.date), None) for text, recs in items}
        # Gold sets carry one publication date per record; code text by text with it.
        for text, recs in items:
            try:
                events = coder.code(text, date=dates[text])
            except Exception as e:  # noqa: BLE001 - the report lists every failure, the run goes on
                report.errors.append(f"{recs[0].id}: {type(e).__name__}: {e}")
                events = []
            _score_text(report, recs, events, groups)
        reports[lang] = report
    return reports


def _tally(c: Counter[str], half: str, right: bool) -> None:
    """Count one matched event, in all and by half (the date and place rules are developed on half A)."""
    for suffix in ("", f":{half}"):
        c["matched" + suffix] += 1
        c["correct" + suffix] += int(right)


def _score_text(report: Report, recs: list[GoldRecord], events: list[Event], groups: Mapping[str, str]) -> None:
    gold = [r for r in recs if not r.negated]
    report.texts += 1
    report.gold_events += len(gold)
    report.predicted_events += len(events)
    for t, c in _multiset_counts([r.type for r in gold], [e.type for e in events]).items():
        report.by_type[t].add(c)
        report.halves[recs[0].half].add(c)
    gold_dyads = [(r.type, _gold_codes(r.actor, groups), _gold_codes(r.recipient, groups)) for r in gold]
    pred_dyads = [(e.type, _pred_codes(e.actor, groups), _pred_codes(e.recipient, groups)) for e in events]
    for r in recs:
        report.predictions[r.id] = (tuple(sorted(e.type for e in events)), tuple(sorted(pred_dyads, key=lambda d: (d[0], sorted(d[1]), sorted(d[2])))))
    remaining = list(pred_dyads)
    half = report.dyad_halves[recs[0].half]
    for g in gold_dyads:
        if g in remaining:
            remaining.remove(g)
            report.dyad_by_type[g[0]].tp += 1
            half.tp += 1
        else:
            report.dyad_by_type[g[0]].fn += 1
            half.fn += 1
    for p in remaining:
        report.dyad_by_type[p[0]].fp += 1
        half.fp += 1
    for r in recs:
        same = [e for e in events if e.type == r.type]
        if r.negated:
            report.negation["gold"] += 1
            report.negation["correct"] += 0 if same else 1
            continue
        if not same:
            continue
        e = same[0]
        if r.event_date is not None:
            _tally(report.dates, r.half, _same_day(e, r.event_date))
        if r.location:
            _tally(report.locations, r.half, _same_place(r.location, e))
        if r.mode:
            report.modes["matched"] += 1
            report.modes["correct"] += int(e.mode == current_mode(r.type, r.mode))
        gold_actor = _gold_codes(r.actor, groups)
        if gold_actor:
            report.actors["matched"] += 1
            report.actors["country"] += int(_pred_codes(e.actor, groups) == gold_actor)
            # CAMEO-style sectors of the 2016 gold carry suffixes ("MILsrp", "REBalb"): compare the sector itself
            gold_sectors = {a.sector[:3].upper() for a in r.actor if a.sector and a.sector != "***"}
            if gold_sectors:
                report.actors["sector_gold"] += 1
                report.actors["sector"] += int(bool(gold_sectors & {a.sector for a in e.actor if a.sector}))


def agreement(reports: list[Report], records: list[GoldRecord]) -> tuple[Counter[str], int] | None:
    """English-French agreement on a parallel set: for each translated record and its original, do the
    coder's outputs agree on the event types (and on types with actor and recipient countries)?"""
    predictions: dict[str, tuple[tuple[str, ...], tuple[tuple[str, frozenset[str], frozenset[str]], ...]]] = {}
    for rep in reports:
        predictions.update(rep.predictions)
    pairs = [(r.translation_of, r.id) for r in records if r.translation_of and r.translation_of in predictions and r.id in predictions]
    if not pairs:
        return None
    out: Counter[str] = Counter()
    for original, translated in pairs:
        a, b = predictions[original], predictions[translated]
        out["types"] += int(a[0] == b[0])
        out["dyads"] += int(a[1] == b[1])
    return out, len(pairs)


def _same_day(event: Event, gold: date) -> bool:
    """Right at the precision the event claims: the day itself, or the week or month that holds it."""
    if event.date is None:
        return False
    if event.date_precision == "week":
        return event.date <= gold < event.date + timedelta(days=7)
    if event.date_precision == "month":
        return (event.date.year, event.date.month) == (gold.year, gold.month)
    if event.date_precision == "year":
        return event.date.year == gold.year
    return event.date == gold


def _same_place(gold: str, event: Event) -> bool:
    """The gold place name matches the event's place text or canonical name (accents and case aside)."""
    if event.location is None:
        return False
    g = fold(gold).removeprefix("in ").removeprefix("à ").strip()
    names = {fold(event.location.text), fold(event.location.name)}
    return any(g == n or (len(g) > 3 and (g in n or n in g)) for n in names)


def format_report(name: str, report: Report) -> str:
    lines = [f"{name} [{report.lang}]: {report.texts} texts, {report.gold_events} gold events, {report.predicted_events} predicted"]
    lines.append(f"{'type':<11} {'gold':>4} {'pred':>4}   {'P':>5} {'R':>5} {'F1':>5}   | type+actor+recipient {'P':>5} {'R':>5} {'F1':>5}")
    for t in sorted(set(report.by_type) | set(report.dyad_by_type)):
        c, d = report.by_type[t], report.dyad_by_type[t]
        lines.append(f"{t:<11} {c.tp + c.fn:>4} {c.tp + c.fp:>4}   {c.precision:5.2f} {c.recall:5.2f} {c.f1:5.2f}   |                      {d.precision:5.2f} {d.recall:5.2f} {d.f1:5.2f}")
    m, md = report.micro(), report.micro(dyad=True)
    lines.append(f"{'micro':<11} {m.tp + m.fn:>4} {m.tp + m.fp:>4}   {m.precision:5.2f} {m.recall:5.2f} {m.f1:5.2f}   |                      {md.precision:5.2f} {md.recall:5.2f} {md.f1:5.2f}")
    lines.append(f"{'macro F1':<11} {'':>4} {'':>4}   {'':>5} {'':>5} {report.macro_f1():5.2f}   |                      {'':>5} {'':>5} {report.macro_f1(dyad=True):5.2f}")

    def ratio(c: Counter[str], num: str, den: str) -> str:
        return f"{c[num]}/{c[den]} = {c[num] / c[den]:.2f}" if c[den] else "n/a"

    lines.append(f"actor country (type-matched events): {ratio(report.actors, 'country', 'matched')}; actor sector: {ratio(report.actors, 'sector', 'sector_gold')}")
    def by_half(c: Counter[str]) -> str:
        return ratio(c, "correct", "matched") + (f" (A {c['correct:A']}/{c['matched:A']}, B {c['correct:B']}/{c['matched:B']})" if c["matched"] else "")

    lines.append(f"event date (type-matched, dated gold): {by_half(report.dates)}; location: {by_half(report.locations)}; mode: {ratio(report.modes, 'correct', 'matched')}; negated gold left out: {ratio(report.negation, 'correct', 'gold')}")
    a, b = report.halves["A"], report.halves["B"]
    da, db = report.dyad_halves["A"], report.dyad_halves["B"]
    def counts(c: Counts) -> str:
        return f"{c.f1:.3f} ({c.tp} right, {c.fp} extra, {c.fn} missed)"

    lines.append(f"micro F1 by half: type A {counts(a)}, B {counts(b)}; type+actor+recipient A {counts(da)}, B {counts(db)} (B is kept out of rule development from 2026-11-29 on)")
    if report.errors:
        lines.append(f"{len(report.errors)} text(s) failed: " + "; ".join(report.errors[:5]))
    return "\n".join(lines)
