"""Reading inputs: encodings, bad files, JSON Lines, directories, stdin, datelines, language."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from sanderling import Article, BinaryInputError, EmptyInputError, InputError, MalformedInputError, UnsupportedLanguageError
from sanderling.ingest import iter_inputs, prepare
from sanderling.ingest.datelines import find_dateline
from sanderling.ingest.encoding import MAX_ARTICLE_BYTES, decode

FR = "Le ministre malien des Affaires étrangères a reçu jeudi son homologue sénégalais à Bamako pour des entretiens."


@pytest.mark.parametrize(
    "data",
    [
        FR.encode("utf-8"),
        b"\xef\xbb\xbf" + FR.encode("utf-8"),
        FR.encode("cp1252"),
        FR.encode("latin-1"),
        FR.encode("utf-16"),
    ],
    ids=["utf-8", "utf-8-bom", "cp1252", "latin-1", "utf-16-bom"],
)
def test_french_text_decodes_right_in_every_encoding(data: bytes) -> None:
    assert decode(data, "f.txt") == FR


def test_cp1252_specific_characters() -> None:
    text = "« L’armée a reçu l’ordre » — dit-il… 5 €"
    assert decode(text.encode("cp1252"), "f.txt") == text


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        (b"", EmptyInputError, "empty"),
        (b"  \n\t\n", EmptyInputError, "empty"),
        (b"\x00\x01\x02PK\x03\x04binary", BinaryInputError, "binary"),
        (bytes(range(1, 32)) * 20, BinaryInputError, "binary"),
    ],
)
def test_bad_bytes_are_refused_with_the_file_and_reason(data: bytes, error: type, words: str) -> None:
    with pytest.raises(error) as info:
        decode(data, "dir/bad.txt")
    assert "dir/bad.txt" in str(info.value) and words in str(info.value)


def test_huge_article_is_refused_not_truncated() -> None:
    with pytest.raises(InputError, match="too large"):
        decode(b"a" * (MAX_ARTICLE_BYTES + 1), "big.txt")


def test_directory_recursion_and_errors_do_not_stop_other_inputs(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_bytes(FR.encode("cp1252"))
    (tmp_path / "sub" / "empty.txt").write_bytes(b"")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(
        json.dumps({"id": "x1", "text": FR, "date": "2026-01-10", "lang": "fr"}) + "\n{not json}\n" + json.dumps({"id": "x2"}) + "\n",
        encoding="utf-8",
    )
    results = list(iter_inputs([str(tmp_path), str(tmp_path / "missing.txt")]))
    articles = [r for r in results if isinstance(r, Article)]
    errors = [r for r in results if isinstance(r, InputError)]
    assert sorted(a.id for a in articles if a.id.startswith("x")) == ["x1"]
    assert len(articles) == 3
    assert all(a.text == FR for a in articles)
    reasons = {(Path(e.source).name, e.line): e.reason for e in errors}
    assert ("empty.txt", None) in reasons
    assert "malformed JSON" in reasons[("c.jsonl", 2)]
    assert "text" in reasons[("c.jsonl", 3)]
    assert "cannot read" in reasons[("missing.txt", None)]
    assert isinstance(next(e for e in errors if e.line == 2), MalformedInputError)


def test_jsonl_fields_and_bad_date(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text(
        json.dumps({"id": "a", "text": FR, "title": "T", "date": "2026-03-01", "lang": "fr", "url": "https://example.org/a", "source": "AFP"})
        + "\n"
        + json.dumps({"id": "b", "text": FR, "date": "01/03/2026"})
        + "\n",
        encoding="utf-8",
    )
    first, second = list(iter_inputs([str(f)]))
    assert isinstance(first, Article) and first.date == date(2026, 3, 1) and first.url == "https://example.org/a" and first.source == "AFP"
    assert isinstance(second, MalformedInputError) and second.line == 2 and "ISO" in second.reason


def test_stdin_text_and_jsonl() -> None:
    (art,) = list(iter_inputs(["-"], stdin=io.BytesIO(FR.encode("cp1252"))))
    assert isinstance(art, Article) and art.text == FR and art.origin == "<stdin>"
    lines = (json.dumps({"id": "s1", "text": FR}) + "\n" + json.dumps({"id": "s2", "text": FR}) + "\n").encode()
    assert [a.id for a in iter_inputs(["-"], stdin=io.BytesIO(lines))] == ["s1", "s2"]


@pytest.mark.parametrize(
    ("text", "place", "pub"),
    [
        ("PARIS, 10 janvier 2026 (AFP) - Le ministre a parlé.", "PARIS", date(2026, 1, 10)),
        ("BEIJING, Jan. 10, 2026 (Xinhua) -- China said so.", "BEIJING", date(2026, 1, 10)),
        ("KYIV, March 3, 2026 (Reuters) - Ukraine said.", "KYIV", date(2026, 3, 3)),
        ("Mis à jour le 03/02/2026 à 14h05\nLe ministre a parlé.", None, date(2026, 2, 3)),
        ("Titre\nDAKAR, 1er mars 2026 (AFP) - Le ministre a parlé.", "DAKAR", date(2026, 3, 1)),
    ],
)
def test_datelines_give_the_publication_date_and_stay_out_of_the_body(text: str, place: str | None, pub: date) -> None:
    found = find_dateline(text)
    assert found is not None
    dateline, _ = found
    assert dateline.place == place
    art = prepare(Article(id="a", text=text, origin="t.txt"), lang="auto" if len(text) > 60 else ("fr" if "ministre" in text else "en"))
    assert art.date == pub and art.date_source == "dateline"
    assert art.dateline is not None and art.dateline not in art.body


def test_numeric_dateline_follows_the_language() -> None:
    fr = prepare(Article(id="a", text="Mis à jour le 11/01/2026 à 10h00\nLe ministre a parlé.", origin="t"), lang="fr")
    en = prepare(Article(id="b", text="Updated 11/01/2026 10:00\nThe minister spoke.", origin="t"), lang="en")
    assert fr.date == date(2026, 1, 11)
    assert en.date == date(2026, 11, 1)


def test_yearless_dateline_takes_the_callers_year_or_the_files() -> None:
    text = "PARIS, 10 janvier (AFP) - Le ministre français des Affaires étrangères a parlé jeudi."
    assert prepare(Article(id="a", text=text, origin="t", file_date=date(2025, 6, 1)), lang="fr").date == date(2025, 1, 10)
    undecided = prepare(Article(id="a", text=text, origin="t"), lang="fr")
    assert undecided.date is None and any("no year" in w or "no publication date" in w for w in undecided.warnings)
    assert prepare(Article(id="a", text=text, origin="t"), lang="fr", pub_date=date(2026, 1, 11)).date == date(2026, 1, 11)


def test_impossible_dateline_date_is_left_null_with_a_warning() -> None:
    art = prepare(Article(id="a", text="PARIS, 31 février 2026 (AFP) - Le ministre a parlé aux journalistes.", origin="t"), lang="fr")
    assert art.date is None and any("could not be resolved" in w for w in art.warnings)


def test_language_is_identified_and_unsupported_languages_are_reported() -> None:
    assert prepare(Article(id="a", text=FR, origin="t")).lang == "fr"
    assert prepare(Article(id="b", text="The foreign minister held talks with his Malian counterpart on Thursday.", origin="t")).lang == "en"
    with pytest.raises(UnsupportedLanguageError, match="German"):
        prepare(Article(id="c", text="Der Außenminister hat am Donnerstag mit seinem Amtskollegen in Berlin gesprochen.", origin="de.txt"))
    with pytest.raises(UnsupportedLanguageError, match="Spanish"):
        prepare(Article(id="d", text="El ministro de Asuntos Exteriores se reunió el jueves con su homólogo en Madrid.", origin="es.txt"))


def test_lone_surrogate_in_jsonl_is_one_error_not_a_crash(tmp_path: Path) -> None:
    f = tmp_path / "s.jsonl"
    f.write_text(json.dumps({"id": "ok", "text": FR}) + "\n" + '{"id": "bad", "text": "Le ministre \\ud800 a parlé."}\n', encoding="utf-8")
    ok, bad = list(iter_inputs([str(f)]))
    assert isinstance(ok, Article)
    assert isinstance(bad, MalformedInputError) and bad.line == 2 and "surrogate" in bad.reason
