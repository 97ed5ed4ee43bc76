"""Readers: files, directories, JSON Lines and standard input → :class:`Article` (or the
:class:`InputError` that says why one input could not be read). One bad input never stops the rest."""

from __future__ import annotations

import dataclasses
import json
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from sanderling.errors import ConfigurationError, InputError, MalformedInputError, SanderlingError
from sanderling.ingest.datelines import find_dateline, parse_date_text
from sanderling.ingest.encoding import decode
from sanderling.ingest.langid import identify
from sanderling.lexicon.load import available_languages, load_date_words
from sanderling.records import Article, stable_id

TEXT_SUFFIXES = frozenset({".txt", ".text"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
ReadResult = Article | InputError


def iter_inputs(paths: Iterable[str], *, stdin: BinaryIO | None = None) -> Iterator[ReadResult]:
    """Every article of every path, in order: files, directories (recursively), "-" for stdin."""
    for raw in paths:
        if raw == "-":
            data = (stdin or sys.stdin.buffer).read()
            yield from _from_bytes(data, "<stdin>", file_date=None)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not files:
                yield InputError(raw, "directory holds no .txt or .jsonl files")
            for f in files:
                yield from _from_file(f)
        else:
            yield from _from_file(path)


def _from_file(path: Path) -> Iterator[ReadResult]:
    try:
        data = path.read_bytes()
        file_date = datetime.fromtimestamp(path.stat().st_mtime).date()
    except OSError as e:
        yield InputError(str(path), f"cannot read: {e.strerror or e}")
        return
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from _jsonl(data, str(path))
    else:
        yield from _from_bytes(data, str(path), file_date=file_date, allow_jsonl=False)


def _from_bytes(data: bytes, source: str, *, file_date: date | None, allow_jsonl: bool = True) -> Iterator[ReadResult]:
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if allow_jsonl and stripped.startswith(b"{"):
        yield from _jsonl(data, source)
        return
    try:
        text = decode(data, source)
    except InputError as e:
        yield e
        return
    yield Article(id=stable_id(text), text=text, origin=source, file_date=file_date)


def _jsonl(data: bytes, source: str) -> Iterator[ReadResult]:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not data.strip():
        yield InputError(source, "empty: no articles")
        return
    for lineno, raw_line in enumerate(data.split(b"\n"), start=1):
        if not raw_line.strip():
            continue
        try:
            line = decode(raw_line, source, line=lineno)
            obj = json.loads(line)
            yield _article_from_json(obj, source, lineno)
        except json.JSONDecodeError as e:
            yield MalformedInputError(source, f"malformed JSON: {e.msg} at column {e.colno}", line=lineno)
        except InputError as e:
            yield e


def _article_from_json(obj: object, source: str, line: int) -> Article:
    if not isinstance(obj, dict):
        raise MalformedInputError(source, "each line must be a JSON object", line=line)
    text = obj.get("text")
    if not isinstance(text, str):
        raise MalformedInputError(source, "missing or non-string field 'text'", line=line)
    if not text.strip():
        raise MalformedInputError(source, "empty 'text'", line=line)
    for key in ("id", "title", "date", "lang", "url", "source"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise MalformedInputError(source, f"field {key!r} must be a string", line=line)
    day = None
    if obj.get("date"):
        try:
            day = date.fromisoformat(obj["date"][:10])
        except ValueError as e:
            raise MalformedInputError(source, f"field 'date' is not an ISO date: {obj['date']!r}", line=line) from e
    text = _valid_text(text.replace("\r\n", "\n"), source, line)
    return Article(
        id=obj.get("id") or stable_id(text),
        text=text,
        origin=f"{source}:{line}",
        lang=(obj.get("lang") or None),
        date=day,
        date_source="input" if day else "none",
        title=obj.get("title"),
        url=obj.get("url"),
        source=obj.get("source"),
    )


def _valid_text(text: str, source: str, line: int | None) -> str:
    """JSON can carry lone surrogates ("\\ud800") that no later stage can encode: refuse them here."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as e:
        raise MalformedInputError(source, f"text holds invalid Unicode at character {e.start} (lone surrogate)", line=line) from e
    return text


def check_lang_option(lang: str) -> str:
    supported = available_languages()
    if lang != "auto" and lang not in supported:
        raise ConfigurationError(f"--lang must be auto or one of {', '.join(supported)}, not {lang!r}")
    return lang


def prepare(article: Article, *, lang: str = "auto", pub_date: date | None = None) -> Article:
    """Settle the article's language, dateline and publication date (caller > input > dateline)."""
    supported = available_languages()
    where, line = _split_origin(article.origin)
    _valid_text(article.text, where, line)
    dl = find_dateline(article.text)
    body_start = dl[0].end if dl else 0
    body = article.text[body_start:]
    if lang != "auto":
        code = check_lang_option(lang)
    elif article.lang:
        code = article.lang.lower()[:2]
        if code not in supported:
            raise InputError(where, f"unsupported language {article.lang!r}; supported: {', '.join(supported)}", line=line)
    else:
        code = identify(body, supported, source=where, line=line)
    warnings: list[str] = list(article.warnings)
    day, source = article.date, article.date_source
    if pub_date is not None:
        day, source = pub_date, "caller"
    if dl is not None and dl[1] is not None and day is None:
        partial = dl[1]
        year = partial.year
        hint = "dateline"
        if year is None and article.file_date is not None:
            year, hint = article.file_date.year, "dateline+file-year"
        resolved = partial.resolve(order=load_date_words(code).numeric_order, default_year=year)
        if resolved is None:
            warnings.append(f"dateline date {dl[0].date_text!r} could not be resolved (impossible date or no year)")
        else:
            day, source = resolved, hint
    if day is None:
        found = _date_in_text(body, load_date_words(code).numeric_order)
        if found is not None:
            day, source = found, "text"
    if day is None:
        warnings.append("no publication date: relative dates cannot be resolved")
    return dataclasses.replace(
        article,
        lang=code,
        date=day,
        date_source=source,
        body_start=body_start,
        dateline=dl[0].text if dl else None,
        dateline_place=dl[0].place if dl else None,
        warnings=tuple(warnings),
    )


_FULL_DATE = re.compile(
    r"\b(\d{1,2}(?:er)?\s+[A-Za-zéûÉÛ]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{4}-\d{2}-\d{2})\b"
)


def _date_in_text(body: str, order: str) -> date | None:
    """A complete date (day, month, year) in the first lines of the body: the last resort for the
    publication date ("Paris, le 10 janvier 2026 - ...")."""
    for m in _FULL_DATE.finditer(body[:400]):
        partial = parse_date_text(m.group(1))
        if partial is not None and partial.year is not None:
            resolved = partial.resolve(order=order, default_year=None)
            if resolved is not None:
                return resolved
    return None


def _split_origin(origin: str) -> tuple[str, int | None]:
    head, _, tail = origin.rpartition(":")
    if head and tail.isdigit():
        return head, int(tail)
    return origin, None


__all__ = ["iter_inputs", "prepare", "check_lang_option", "ReadResult", "SanderlingError"]
