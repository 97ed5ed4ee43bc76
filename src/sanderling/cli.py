"""The command line: a thin layer over the library.

    sanderling code [PATH ...] [--lang auto|fr|en] [--date YYYY-MM-DD] [--keep-negated] [--keep-actorless] [--out FILE]
    sanderling evaluate GOLD [GOLD ...]

Errors are one line on stderr each, naming the input (and line) and the reason. Exit status: 0 all
inputs coded; 1 some input failed (the others are still coded); 2 bad usage or configuration.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from sanderling.errors import ConfigurationError, InputError, SanderlingError

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="sanderling", description="Code French and English news into PLOVER political events.")
    sub = p.add_subparsers(dest="command", required=True)
    c = sub.add_parser("code", help="code articles into events (JSON Lines, one event per line)")
    c.add_argument("paths", nargs="*", metavar="PATH", help=".txt or .jsonl files, directories, or - for standard input (default: -)")
    c.add_argument("--lang", default="auto", help="auto (detect per article), fr or en")
    c.add_argument("--date", default=None, help="publication date YYYY-MM-DD (overrides JSONL dates and datelines)")
    c.add_argument("--keep-negated", action="store_true", help="also output negated events (flagged negated: true)")
    c.add_argument("--keep-actorless", action="store_true", help="also output events whose actor resolved to no entity (PLOVER codes none)")
    c.add_argument("--out", default=None, help="write events to FILE (replaced only when coding ends) instead of stdout")
    e = sub.add_parser("evaluate", help="score the coder against gold records (PLOVER gold-standard JSON)")
    e.add_argument("gold", nargs="+", metavar="GOLD", help="gold file(s)")
    e.add_argument("--lang", default=None, help="only score records in this language")
    e.add_argument("--markdown", default=None, metavar="FILE", help="also write the figures as a Markdown report (e.g. docs/accuracy.md)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "code":
            return _code(args)
        return _evaluate(args)
    except ConfigurationError as e:
        print(f"sanderling: {e}", file=sys.stderr)
        return EXIT_USAGE
    except SanderlingError as e:
        print(f"sanderling: {e}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        return 130


def _code(args: argparse.Namespace) -> int:
    from sanderling.ingest.readers import iter_inputs
    from sanderling.pipeline import Coder, _as_date

    pub = _as_date(args.date)
    coder = Coder(lang=args.lang, keep_negated=args.keep_negated, keep_actorless=args.keep_actorless)
    paths = args.paths or ["-"]
    failed = articles = events = negated = actorless = 0
    out, finish = _open_out(args.out)
    try:
        for result in coder.code_many(iter_inputs(paths), date=pub):
            if result.error is not None:
                failed += 1
                print(f"sanderling: {_describe(result.error)}", file=sys.stderr)
                continue
            articles += 1
            negated += result.dropped_negated
            actorless += result.dropped_actorless
            for ev in result.events:
                out.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
                events += 1
            out.flush()
    except BaseException:
        finish(False)
        raise
    finish(True)
    left = [f"{n} {what}" for n, what in ((negated, "negated"), (actorless, "without an actor")) if n]
    tail = f", {' and '.join(left)} left out" if left else ""
    print(f"sanderling: coded {articles} article(s), {events} event(s){tail}; {failed} input(s) failed", file=sys.stderr)
    return EXIT_INPUT if failed else EXIT_OK


def _describe(error: SanderlingError) -> str:
    return str(error) if isinstance(error, InputError) else f"{type(error).__name__}: {error}"


def _open_out(path: str | None) -> tuple[TextIO, Callable[[bool], None]]:
    """stdout, or a temporary file beside FILE that replaces it only when coding ends, so that an
    interrupted run never leaves a half-written or emptied output behind."""
    if path is None:

        def done_stdout(ok: bool) -> None:
            sys.stdout.flush()

        return sys.stdout, done_stdout
    target = Path(path)
    if target.is_dir():
        raise ConfigurationError(f"--out {path}: is a directory")
    if not target.parent.exists():
        raise ConfigurationError(f"--out {path}: folder {target.parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    handle = os.fdopen(fd, "w", encoding="utf-8")

    def done(ok: bool) -> None:
        handle.close()
        if ok:
            os.replace(tmp, target)
        else:
            os.unlink(tmp)

    return handle, done


def _evaluate(args: argparse.Namespace) -> int:
    from sanderling.evaluate import agreement, evaluate, format_report, read_gold

    blocks: list[str] = []
    reports = []
    by_file = []
    for path in args.gold:
        records = read_gold(path)
        if args.lang:
            records = [r for r in records if r.lang == args.lang]
        if not records:
            raise InputError(path, "no gold records" + (f" in language {args.lang}" if args.lang else ""))
        by_file.append((path, records))
        for report in evaluate(records).values():
            reports.append(report)
            block = format_report(Path(path).name, report)
            blocks.append(block)
            print(block + "\n")
    # one figure per set that holds translations (the PLOVER French set, our parallel development block)
    for path, records in by_file:
        agreed = agreement(reports, records)
        if agreed is None:
            continue
        counts, pairs = agreed
        halves = []
        for half in ("A", "B"):
            if (part := agreement(reports, [r for r in records if r.half == half])) is not None:
                halves.append(f"{half} {part[0]['types'] / part[1]:.2f}/{part[0]['dyads'] / part[1]:.2f}")
        block = (
            f"English-French agreement on {pairs} parallel records of {Path(path).name}: same event types {counts['types'] / pairs:.2f}; "
            f"same types with actor and recipient countries {counts['dyads'] / pairs:.2f} (by half, types/dyads: {', '.join(halves)})"
        )
        blocks.append(block)
        print(block)
    if args.markdown:
        from sanderling import __version__

        command = "sanderling evaluate " + " ".join(args.gold) + (f" --lang {args.lang}" if args.lang else "") + f" --markdown {args.markdown}"
        body = "\n\n".join(f"```\n{b}\n```" for b in blocks)
        Path(args.markdown).write_text(
            f"# Accuracy\n\nGenerated by `{command}` (sanderling {__version__}). Do not edit by hand: rerun the command.\n\n"
            "P, R, F1: precision, recall and F1 of event types per gold text; \"type+actor+recipient\" also requires the sets of "
            "actor and recipient countries to match (international organisations compared as IGO). Actor country and sector, "
            "date and mode are scored on events whose type matches the gold; the 2016 gold's modes are mapped to today's "
            "names, and its DISAPPROVE records (today's ACCUSE \"disapprove\" or \"allege\") are not scored for mode. "
            "Half B of every set (split by text: all events of a text and of its translation in the same half) is kept out of rule development; docs/learned-layer.md reports the optional learned layer.\n\n" + body + "\n",
            encoding="utf-8",
        )
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
