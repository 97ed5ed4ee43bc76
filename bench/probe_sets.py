"""English and French coded side by side on the parallel probe sentences in data/probes/.

For each set and language: the lines where an event of the expected type is coded (type), the lines
where its actor and recipient countries match too (dyad, compared as the evaluation compares gold:
organisations by their IGO/NGO group), and the lines the two languages code alike (same type and
countries). Negated events are left out, as in the evaluation, so a line marked NEG counts as found
only if the coder missed the negation. Figures, not pass/fail:

    python bench/probe_sets.py [--lines]      (--lines: print every line that does not match)
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path

from sanderling import Coder
from sanderling.evaluate.score import _org_groups, _pred_codes
from sanderling.records import Event

PROBES = Path(__file__).resolve().parent.parent / "data" / "probes"
DATE = "2026-03-12"


def _codes(text: str) -> frozenset[str]:
    return frozenset(c.strip() for c in text.split(",") if c.strip())


def _dyad(event: Event, orgs: Mapping[str, str]) -> tuple[frozenset[str], frozenset[str]]:
    return _pred_codes(event.actor, orgs), _pred_codes(event.recipient, orgs)


def main() -> None:
    show = "--lines" in sys.argv[1:]
    coders = {lang: Coder(lang=lang) for lang in ("en", "fr")}
    orgs = {lang: _org_groups(lang) for lang in coders}
    print(f"{'set':<12} {'lines':>5}   {'EN type':>8} {'EN dyad':>8}   {'FR type':>8} {'FR dyad':>8}   {'alike':>6}")
    totals = [0, 0, 0, 0, 0, 0]
    for path in sorted(PROBES.glob("*.tsv")):
        counts = [0, 0, 0, 0, 0, 0]  # lines, en type, en dyad, fr type, fr dyad, alike
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            en, fr, type_, actor, recipient = line.split("\t")[:5]
            want = (type_, _codes(actor), _codes(recipient))
            counts[0] += 1
            found = {}
            for k, (lang, text) in enumerate((("en", en), ("fr", fr))):
                events = coders[lang].code(text, date=DATE)
                same = [e for e in events if e.type == type_]
                got = (type_, *_dyad(same[0], orgs[lang])) if same else None
                found[lang] = got if got is not None else tuple(sorted(e.type for e in events))
                counts[1 + 2 * k] += bool(same)
                counts[2 + 2 * k] += got == want
                if show and got != want:
                    print(f"  {path.stem}:{number} {lang} want {want[0]} {sorted(want[1])}->{sorted(want[2])}, got {[(e.type, sorted(_dyad(e, orgs[lang])[0]), sorted(_dyad(e, orgs[lang])[1])) for e in events]}")
            counts[5] += found["en"] == found["fr"]
        totals = [t + c for t, c in zip(totals, counts)]
        print(f"{path.stem:<12} {counts[0]:>5}   {counts[1]:>8} {counts[2]:>8}   {counts[3]:>8} {counts[4]:>8}   {counts[5]:>6}")
    print(f"{'all':<12} {totals[0]:>5}   {totals[1]:>8} {totals[2]:>8}   {totals[3]:>8} {totals[4]:>8}   {totals[5]:>6}")


if __name__ == "__main__":
    main()
