"""The real console script, run in a subprocess: output contract, stdin, --out, exit codes, errors."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from sanderling.evaluate.gold import read_gold

ROOT = Path(__file__).resolve().parent.parent
FR = "Le ministre malien des Affaires étrangères a reçu jeudi son homologue sénégalais à Bamako pour des entretiens."
EN = "Pakistani police arrested a prominent opposition lawmaker in Islamabad on Wednesday."
NEGATED_FR = "Le ministre n'a pas condamné l'attaque."
GERMAN = "Der deutsche Außenminister hat am Donnerstag in Berlin seinen französischen Amtskollegen empfangen und mit ihm über die Lage in der Ukraine gesprochen."


def run(*args: str, stdin: str | bytes | None = None, cwd: Path = ROOT, exe: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    proc = subprocess.run(
        [*(exe or [sys.executable, "-m", "sanderling.cli"]), *args],
        input=data if data is not None else b"",
        capture_output=True,
        cwd=cwd,
        timeout=600,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))


def events_of(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def error_lines(stderr: str) -> list[str]:
    """One line per failed input (the closing summary line is not an error)."""
    return [line for line in stderr.splitlines() if line.startswith("sanderling: ") and not line.startswith("sanderling: coded ")]


def assert_contract(ev: dict) -> None:
    for key in ("article_id", "event_id", "lang", "type", "mode", "contexts", "actor", "recipient", "date", "date_text", "location", "negated", "modality", "evidence", "confidence"):
        assert key in ev, key
    assert isinstance(ev["article_id"], str) and ev["article_id"]
    assert isinstance(ev["event_id"], str) and ev["event_id"]
    assert ev["lang"] in ("fr", "en")
    assert isinstance(ev["type"], str) and ev["type"].isupper()
    assert ev["mode"] is None or isinstance(ev["mode"], str)
    assert isinstance(ev["contexts"], list)
    for ref in (*ev["actor"], *ev["recipient"]):
        for key in ("text", "country", "sector", "name"):
            assert key in ref, key
        assert isinstance(ref["text"], str) and ref["text"]
    assert ev["date"] is None or len(ev["date"]) == 10
    assert ev["date_text"] is None or isinstance(ev["date_text"], str)
    assert ev["location"] is None or isinstance(ev["location"], dict)
    assert isinstance(ev["negated"], bool)
    assert ev["modality"] in ("asserted", "intent", "future", "hypothetical", "historical")
    evidence = ev["evidence"]
    for key in ("sentence", "start", "end", "trigger", "rule"):
        assert key in evidence, key
    assert isinstance(evidence["start"], int) and isinstance(evidence["end"], int) and evidence["start"] < evidence["end"]
    assert evidence["trigger"] and evidence["rule"]
    assert isinstance(ev["confidence"], float) and 0.0 <= ev["confidence"] <= 1.0


@pytest.fixture(scope="module")
def examples_run() -> subprocess.CompletedProcess[str]:
    return run("code", "examples/", "--date", "2026-03-12")


def test_code_examples_writes_json_lines_with_the_contract(examples_run: subprocess.CompletedProcess[str]) -> None:
    assert examples_run.returncode == 0, examples_run.stderr
    evs = events_of(examples_run.stdout)
    assert len(evs) >= 50
    for ev in evs:
        assert_contract(ev)
    assert {ev["lang"] for ev in evs} == {"fr", "en"}
    assert len({ev["event_id"] for ev in evs}) == len(evs)
    assert error_lines(examples_run.stderr) == []
    # every example article is coded: 5 fr + 4 en .txt files and the 4 JSON Lines articles
    assert "coded 13 article(s)" in examples_run.stderr
    assert f"{len(evs)} event(s)" in examples_run.stderr
    assert "0 input(s) failed" in examples_run.stderr
    assert not any(ev["negated"] for ev in evs)


def test_date_option_is_the_publication_date(examples_run: subprocess.CompletedProcess[str]) -> None:
    evs = events_of(examples_run.stdout)
    publication = [ev for ev in evs if ev["date_precision"] == "publication"]
    assert publication, "some events carry no date of their own"
    assert {ev["date"] for ev in publication} == {"2026-03-12"}


def test_output_is_stable_between_runs(examples_run: subprocess.CompletedProcess[str]) -> None:
    again = run("code", "examples/", "--date", "2026-03-12")
    assert again.returncode == 0
    assert again.stdout == examples_run.stdout


def test_console_script_exists_next_to_the_interpreter_and_works() -> None:
    script = Path(sys.executable).parent / ("sanderling.exe" if os.name == "nt" else "sanderling")
    assert script.exists()
    proc = run("code", "-", "--lang", "fr", "--date", "2026-01-15", stdin=FR, exe=[str(script)])
    assert proc.returncode == 0, proc.stderr
    evs = events_of(proc.stdout)
    assert [ev["type"] for ev in evs] == ["CONSULT"]
    assert_contract(evs[0])
    help_ = run("--help", exe=[str(script)])
    assert help_.returncode == 0 and "code" in help_.stdout and "evaluate" in help_.stdout


@pytest.mark.parametrize("args", [["code", "-"], ["code"]], ids=["dash", "default"])
def test_reads_standard_input(args: list[str]) -> None:
    proc = run(*args, "--date", "2026-01-15", stdin=FR)
    assert proc.returncode == 0, proc.stderr
    (ev,) = events_of(proc.stdout)
    assert ev["type"] == "CONSULT" and ev["lang"] == "fr"
    assert ev["evidence"]["sentence"] == FR
    assert ev["date"] == "2026-01-15"  # "jeudi" before a Thursday publication day is that day
    assert {a["country"] for a in ev["actor"]} | {r["country"] for r in ev["recipient"]} == {"MLI", "SEN"}


def test_reads_json_lines_from_standard_input() -> None:
    lines = [json.dumps({"id": "a1", "text": FR, "date": "2026-01-15", "lang": "fr"}), json.dumps({"id": "a2", "text": EN, "date": "2026-03-12"})]
    proc = run("code", "-", stdin="\n".join(lines) + "\n")
    assert proc.returncode == 0, proc.stderr
    evs = events_of(proc.stdout)
    assert {(ev["article_id"], ev["type"]) for ev in evs} == {("a1", "CONSULT"), ("a2", "COERCE")}


def test_out_file_and_bad_inputs(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(FR, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04binary\x00\x00")
    (tmp_path / "german.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "mixed.jsonl").write_text(json.dumps({"id": "j1", "text": EN, "lang": "en"}) + "\n{oops\n", encoding="utf-8")
    out = tmp_path / "events.jsonl"
    names = ["good.txt", "empty.txt", "binary.txt", "german.txt", "mixed.jsonl", "missing.txt"]
    proc = run("code", *names, "--date", "2026-01-15", "--out", str(out), cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stdout == ""
    evs = events_of(out.read_text(encoding="utf-8"))
    assert {(ev["article_id"], ev["type"]) for ev in evs} >= {("j1", "COERCE")}
    assert {ev["type"] for ev in evs} == {"CONSULT", "COERCE"}
    errors = error_lines(proc.stderr)
    assert len(errors) == 5, proc.stderr
    by_file = {name: [e for e in errors if f" {name}" in e] for name in ("empty.txt", "binary.txt", "german.txt", "mixed.jsonl", "missing.txt")}
    assert all(len(v) == 1 for v in by_file.values()), by_file
    assert "empty" in by_file["empty.txt"][0]
    assert "binary" in by_file["binary.txt"][0]
    assert "German" in by_file["german.txt"][0] and "unsupported language" in by_file["german.txt"][0]
    assert "mixed.jsonl:2:" in by_file["mixed.jsonl"][0] and "malformed JSON" in by_file["mixed.jsonl"][0]
    assert "cannot read" in by_file["missing.txt"][0]
    assert "coded 2 article(s)" in proc.stderr and "5 input(s) failed" in proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*names[:-1], "events.jsonl"])  # no temporary file left


def test_out_into_a_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    proc = run("code", "a.txt", "--out", str(tmp_path / "nowhere" / "out.jsonl"), cwd=tmp_path)
    assert proc.returncode == 2
    assert "nowhere" in proc.stderr and "does not exist" in proc.stderr
    assert not (tmp_path / "nowhere").exists()


def test_out_is_a_directory_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    proc = run("code", "a.txt", "--out", str(tmp_path), cwd=tmp_path)
    assert proc.returncode == 2
    assert "is a directory" in proc.stderr


def test_unknown_language_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    proc = run("code", "a.txt", "--lang", "xx", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "'xx'" in proc.stderr and "fr" in proc.stderr and "en" in proc.stderr


@pytest.mark.parametrize(
    ("extra", "words"),
    [(["--lang", "xx"], "'xx'"), (["--date", "2026-13-01"], "2026-13-01"), (["--bogus"], "unrecognized arguments")],
    ids=["lang", "date", "argparse"],
)
def test_existing_out_file_is_untouched_on_usage_error(tmp_path: Path, extra: list[str], words: str) -> None:
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("previous run\n", encoding="utf-8")
    before = out.stat().st_mtime_ns
    proc = run("code", "a.txt", "--out", str(out), *extra, cwd=tmp_path)
    assert proc.returncode == 2
    assert words in proc.stderr
    assert out.read_text(encoding="utf-8") == "previous run\n"
    assert out.stat().st_mtime_ns == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "out.jsonl"]


@pytest.mark.parametrize(
    ("lang", "text", "flag", "left_out", "kept"),
    [
        ("fr", NEGATED_FR, "--keep-negated", "1 negated left out", ("ACCUSE", "condamné", True, [None])),
        # PLOVER codes no event without an actor: whoever released the hostages is not named
        ("en", "Two French hostages were released in Mali.", "--keep-actorless", "1 without an actor left out", ("RETREAT", "released", False, [])),
    ],
    ids=["negated", "actorless"],
)
def test_what_is_left_out_by_default_is_kept_on_request(tmp_path: Path, lang: str, text: str, flag: str, left_out: str, kept: tuple[str, str, bool, list[str | None]]) -> None:
    (tmp_path / "a.txt").write_text(text + "\n", encoding="utf-8")
    without = run("code", "a.txt", "--lang", lang, "--date", "2026-03-12", cwd=tmp_path)
    assert without.returncode == 0
    assert events_of(without.stdout) == []
    assert left_out in without.stderr
    with_flag = run("code", "a.txt", "--lang", lang, "--date", "2026-03-12", flag, cwd=tmp_path)
    assert with_flag.returncode == 0
    assert "left out" not in with_flag.stderr
    (ev,) = events_of(with_flag.stdout)
    assert (ev["type"], ev["evidence"]["trigger"], ev["negated"], [a["country"] for a in ev["actor"]]) == kept
    assert_contract(ev)


GOLD = [
    {
        "id": "T-FR-1",
        "language": "fr",
        "date": "2026-01-14",
        "text": "Le ministre algérien des Affaires étrangères a reçu mercredi à Alger son homologue tunisien.",
        "event": "CONSULT",
        "mode": "visit",
        "source": [{"actorText": "son homologue tunisien", "code": "TUN", "sector": "GOV"}],
        "target": [{"actorText": "Le ministre algérien des Affaires étrangères", "code": "DZA", "sector": "GOV"}],
    },
    {
        "id": "T-EN-1",
        "language": "en",
        "date": "2026-03-12",
        "text": EN,
        "event": "COERCE",
        "source": [{"actorText": "Pakistani police", "code": "PAK", "sector": "COP"}],
        "target": [{"actorText": "a prominent opposition lawmaker", "code": "PAK", "sector": "OPP"}],
    },
]


def test_evaluate_prints_a_table(tmp_path: Path) -> None:
    gold = tmp_path / "small-gold.json"
    gold.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    proc = run("evaluate", str(gold))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "small-gold.json [fr]" in out and "small-gold.json [en]" in out
    assert "CONSULT" in out and "COERCE" in out
    assert "micro" in out and "F1" in out
    lines = out.splitlines()
    consult = next(line for line in lines if line.startswith("CONSULT"))
    assert consult.split()[:6] == ["CONSULT", "1", "1", "1.00", "1.00", "1.00"]
    coerce = next(line for line in lines if line.startswith("COERCE"))
    assert coerce.split()[:6] == ["COERCE", "1", "1", "1.00", "1.00", "1.00"]


def test_evaluate_scores_event_dates_and_places_by_half(tmp_path: Path) -> None:
    gold = tmp_path / "dated.json"
    gold.write_text(json.dumps([{**GOLD[0], "eventDate": "2026-01-14", "eventLoc": {"name": "Alger"}}], ensure_ascii=False), encoding="utf-8")
    proc = run("evaluate", str(gold))
    assert proc.returncode == 0, proc.stderr
    line = next(x for x in proc.stdout.splitlines() if x.startswith("event date"))
    one = r"1/1 = 1\.00 \((A 1/1, B 0/0|A 0/0, B 1/1)\)"
    assert re.search(rf"dated gold\): {one}; location: {one};", line), line


def test_evaluate_scores_a_named_ngo_as_the_gold_ngo_group(tmp_path: Path) -> None:
    # gold codes Human Rights Watch "NGO"; our code HRW has three letters like a country's, and still counts
    gold = tmp_path / "ngo.json"
    record = {
        "id": "T-EN-NGO", "language": "en", "date": "2026-03-12", "event": "ACCUSE",
        "text": "Human Rights Watch accused Ethiopian troops of executing dozens of civilians in Merawi.",
        "source": [{"actorText": "Human Rights Watch", "code": "NGO", "sector": "NGO"}],
        "target": [{"actorText": "Ethiopian troops", "code": "ETH", "sector": "MIL"}],
    }
    gold.write_text(json.dumps([record]), encoding="utf-8")
    proc = run("evaluate", str(gold))
    assert proc.returncode == 0, proc.stderr
    accuse = next(line for line in proc.stdout.splitlines() if line.startswith("ACCUSE"))
    assert accuse.split()[-3:] == ["1.00", "1.00", "1.00"], accuse  # type + actor + recipient


def test_evaluate_lang_filter(tmp_path: Path) -> None:
    gold = tmp_path / "g.json"
    gold.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    proc = run("evaluate", str(gold), "--lang", "fr")
    assert proc.returncode == 0, proc.stderr
    assert "g.json [fr]" in proc.stdout and "[en]" not in proc.stdout and "COERCE" not in proc.stdout
    none = run("evaluate", str(gold), "--lang", "de")
    assert none.returncode == 1
    assert "g.json" in none.stderr and "no gold records" in none.stderr


@pytest.mark.parametrize(
    ("content", "words"),
    [('[{"id": 1,', "malformed JSON"), ('{"id": "x"}', "JSON array"), ('[{"id": "x", "event": "CONSULT", "text": 5}]', "no text")],
    ids=["truncated", "not-an-array", "no-text"],
)
def test_evaluate_malformed_gold_file(tmp_path: Path, content: str, words: str) -> None:
    gold = tmp_path / "broken-gold.json"
    gold.write_text(content, encoding="utf-8")
    proc = run("evaluate", str(gold))
    assert proc.returncode == 1
    assert proc.stdout == ""
    (line,) = proc.stderr.strip().splitlines()
    assert "broken-gold.json" in line and words in line
    assert "Traceback" not in proc.stderr


def test_evaluate_missing_gold_file(tmp_path: Path) -> None:
    proc = run("evaluate", str(tmp_path / "nope.json"))
    assert proc.returncode == 1
    assert "nope.json" in proc.stderr and "cannot read" in proc.stderr


def test_gold_halves_split_by_text(tmp_path: Path) -> None:
    """The events of one text and of its translation fall in the same half, and both halves are used."""
    records = []
    for n in range(40):
        for suffix in ("a", "b", "c"):
            base = {"language": "en", "date": "2026-03-12", "text": f"Text {n}.", "event": "CONSULT", "source": [], "target": []}
            records.append({**base, "id": f"T-EN-{n:04d}-{suffix}"})
            records.append({**base, "id": f"T-FR-{n:04d}-{suffix}", "language": "fr", "translationOf": f"T-EN-{n:04d}-{suffix}"})
    gold = tmp_path / "halves.json"
    gold.write_text(json.dumps(records), encoding="utf-8")
    halves: dict[str, set[str]] = {}
    for r in read_gold(gold):
        halves.setdefault(r.id.split("-")[2], set()).add(r.half)
    assert all(len(h) == 1 for h in halves.values())
    assert {h for hs in halves.values() for h in hs} == {"A", "B"}


def test_evaluate_reports_agreement_per_parallel_set(tmp_path: Path) -> None:
    english = {**GOLD[0], "id": "P-EN-1", "language": "en", "text": "The Algerian foreign minister received his Tunisian counterpart in Algiers on Wednesday."}
    french = {**GOLD[0], "id": "P-FR-1", "translationOf": "P-EN-1"}
    gold = tmp_path / "parallel.json"
    gold.write_text(json.dumps([english, french], ensure_ascii=False), encoding="utf-8")
    proc = run("evaluate", str(gold))
    assert proc.returncode == 0, proc.stderr
    line = next(x for x in proc.stdout.splitlines() if x.startswith("English-French agreement"))
    assert "on 1 parallel records of parallel.json: same event types 1.00" in line
    assert "by half" in line
