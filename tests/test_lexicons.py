"""Lexicon data: parity across languages, validation (every problem at once, with file and line), people."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

from sanderling.errors import LexiconError, LexiconProblem
from sanderling.lexicon import Lexicon, Person, load_lexicon, load_ontology, load_tables
from sanderling.lexicon.load import DATA_DIR, LEXICON_FILES, available_languages, join_runs, overlapping_terms
from sanderling.lexicon.schema import Grammar, Tenure

LEXICONS = DATA_DIR / "lexicons"
LANGS = sorted(p.name for p in LEXICONS.iterdir() if p.is_dir())


def _yaml(lang: str, name: str) -> dict:
    return yaml.safe_load((LEXICONS / lang / name).read_text(encoding="utf-8"))


# -- parity ----------------------------------------------------------------------------------------


def test_there_are_french_and_english_lexicons() -> None:
    assert {"fr", "en"} <= set(LANGS)
    assert set(available_languages()) == set(LANGS)


def test_every_language_folder_has_the_same_file_names() -> None:
    names = {lang: sorted(p.name for p in (LEXICONS / lang).iterdir() if p.is_file()) for lang in LANGS}
    reference = names[LANGS[0]]
    assert reference == sorted(LEXICON_FILES)
    for lang in LANGS:
        assert names[lang] == reference, lang


@pytest.mark.parametrize("lang", LANGS)
def test_every_yaml_file_names_its_own_language(lang: str) -> None:
    for name in LEXICON_FILES:
        if name.endswith(".yaml"):
            assert _yaml(lang, name)["language"] == lang, name


def test_role_ids_are_equal_across_languages() -> None:
    ids = {lang: [r["id"] for r in _yaml(lang, "roles.yaml")["roles"]] for lang in LANGS}
    for lang in LANGS:
        assert len(ids[lang]) == len(set(ids[lang])), f"duplicate role ids in {lang}"
        assert set(ids[lang]) == set(ids[LANGS[0]]), lang


def test_role_sectors_agree_across_languages() -> None:
    sectors = {lang: {r["id"]: r.get("sector") for r in _yaml(lang, "roles.yaml")["roles"]} for lang in LANGS}
    for lang in LANGS:
        assert sectors[lang] == sectors[LANGS[0]], lang


def test_mode_ids_are_equal_across_languages() -> None:
    ids = {lang: [m["id"] for m in _yaml(lang, "modes.yaml")["modes"]] for lang in LANGS}
    for lang in LANGS:
        assert len(ids[lang]) == len(set(ids[lang])), f"duplicate mode ids in {lang}"
        assert set(ids[lang]) == set(ids[LANGS[0]]), lang


def test_context_sets_are_equal_across_languages() -> None:
    sets = {lang: {c["context"] for c in _yaml(lang, "contexts.yaml")["contexts"]} for lang in LANGS}
    onto = load_ontology()
    for lang in LANGS:
        assert sets[lang] == sets[LANGS[0]], lang
        assert sets[lang] <= onto.contexts


def test_every_grammar_key_is_documented() -> None:
    doc = (Path(__file__).parent.parent / "docs" / "lexicon-format.md").read_text(encoding="utf-8")
    missing = [f.name for f in dataclasses.fields(Grammar) if f"`{f.name}`" not in doc]
    assert missing == []


def test_every_grammar_key_is_in_every_language_file() -> None:
    for lang in LANGS:
        keys = set(_yaml(lang, "grammar.yaml"))
        assert {f.name for f in dataclasses.fields(Grammar)} <= keys, lang


@pytest.mark.parametrize("lang", LANGS)
def test_no_organisation_code_is_a_country_code(lang: str) -> None:
    """An organisation's code stands as its "country" in the output: "NAM" would read as Namibia."""
    countries = set(load_tables().countries)
    rows = [line.split("\t") for line in (LEXICONS / lang / "organisations.tsv").read_text(encoding="utf-8").splitlines()[1:] if line and not line.startswith("#")]
    assert sorted({r[0] for r in rows if r[0] in countries}) == []


def test_the_ontology_has_the_16_plover_types() -> None:
    assert set(load_ontology().types) == {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }  # fmt: skip


@pytest.mark.parametrize("lang", LANGS)
def test_triggers_cover_all_16_plover_types(lang: str) -> None:
    types = {t["type"] for t in _yaml(lang, "triggers.yaml")["triggers"] if t.get("type")}
    assert types == set(load_ontology().types)


@pytest.mark.parametrize("lang", LANGS)
def test_load_lexicon_succeeds(lang: str) -> None:
    lex = load_lexicon(lang)
    assert isinstance(lex, Lexicon)
    assert lex.lang == lang
    assert lex.trigger_count() == len(_yaml(lang, "triggers.yaml")["triggers"])
    assert {e.type for entries in lex.triggers.values() for e in entries if e.type} == set(load_ontology().types)
    assert lex.role_ids == {r["id"] for r in _yaml(lang, "roles.yaml")["roles"]}
    rules = [e.rule for entries in lex.triggers.values() for e in entries]
    assert all(r.startswith(f"{lang}/triggers.yaml#") for r in rules)
    assert len(lex.dates.weekdays) >= 7 and sorted(set(lex.dates.weekdays.values())) == list(range(7))


# -- validation ------------------------------------------------------------------------------------


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def _append(path: Path, text: str) -> int:
    """Append ``text`` and return the (1-based) line number its first line gets."""
    old = path.read_text(encoding="utf-8")
    if not old.endswith("\n"):
        old += "\n"
    path.write_text(old + text, encoding="utf-8")
    return old.count("\n") + 1


def _problems(excinfo: pytest.ExceptionInfo[LexiconError]) -> list[LexiconProblem]:
    problems = list(excinfo.value.problems)
    assert all(isinstance(p, LexiconProblem) for p in problems)
    return problems


def _find(problems: list[LexiconProblem], file: str, line: int | None, *words: str) -> LexiconProblem:
    for p in problems:
        if p.file == file and p.line == line and all(w in p.reason for w in words):
            return p
    raise AssertionError(f"no problem {file}:{line} {words} in {[str(p) for p in problems]}")


def test_pristine_copy_loads(data_copy: Path) -> None:
    lex = load_lexicon("fr", data_dir=data_copy)
    assert lex.trigger_count() == load_lexicon("fr").trigger_count()


@pytest.mark.parametrize("lang", LANGS)
def test_many_problems_are_reported_at_once_with_file_and_line(data_copy: Path, lang: str) -> None:
    folder = data_copy / "lexicons" / lang
    t = _append(
        folder / "triggers.yaml",
        "  - id: zz.unknown_type\n"
        "    lemma: zzfoo\n"
        "    pos: VERB\n"
        "    type: EMBRACE\n"
        "  - id: zz.dup\n"
        "    lemma: zzbar\n"
        "    pos: VERB\n"
        "    type: CONSULT\n"
        "  - id: zz.dup\n"
        "    lemma: zzbaz\n"
        "    pos: VERB\n"
        "    type: CONSULT\n"
        "  - id: zz.bad_mode\n"
        "    lemma: zzqux\n"
        "    pos: VERB\n"
        "    type: AGREE\n"
        "    mode: phone\n",
    )
    r = _append(folder / "roles.yaml", "  - id: zz_role\n    forms: [zzrole]\n    sector: XYZ\n    role: zz_role\n")
    m = _append(folder / "modes.yaml", "  - id: zz.mode\n    type: ASSAULT\n    mode: phone\n    cues: [zz]\n")
    c = _append(folder / "countries.tsv", "FRA\tnickname\tzzland\n")
    o = _append(folder / "organisations.tsv", "ZZORG\t\tXYZ\tzz organisation\n")

    with pytest.raises(LexiconError) as info:
        load_lexicon(lang, data_dir=data_copy)
    problems = _problems(info)
    _find(problems, f"{lang}/triggers.yaml", t, "zz.unknown_type", "unknown PLOVER type", "EMBRACE")
    _find(problems, f"{lang}/triggers.yaml", t + 8, "duplicate trigger id", "zz.dup")
    _find(problems, f"{lang}/triggers.yaml", t + 12, "zz.bad_mode", "'phone'", "not a mode of AGREE")
    _find(problems, f"{lang}/roles.yaml", r, "zz_role", "unknown sector", "XYZ")
    _find(problems, f"{lang}/modes.yaml", m, "zz.mode", "'phone'", "not a mode of 'ASSAULT'")
    _find(problems, f"{lang}/countries.tsv", c, "unknown kind", "nickname")
    _find(problems, f"{lang}/organisations.tsv", o, "unknown sector", "XYZ")
    assert len(problems) == 7, [str(p) for p in problems]
    message = str(info.value)
    assert message.startswith("7 problem(s)")
    assert f"{lang}/countries.tsv:{c}: unknown kind" in message


def test_whole_names_must_name_tables(data_copy: Path) -> None:
    path = data_copy / "lexicons" / "fr" / "grammar.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("whole_names: [countries, organisations, regions]", "whole_names: [countries, people]"), encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        load_lexicon("fr", data_dir=data_copy)
    _find(_problems(info), "fr/grammar.yaml", None, "whole_names", "people")


def test_hyphenated_names_are_stored_joined_as_the_pipeline_joins_them() -> None:
    fr, en = load_lexicon("fr"), load_lexicon("en")
    assert ("royaume", "-", "uni") in fr.joined and ("week", "-", "end") in fr.joined
    assert en.joined == ()  # the English model learnt from split hyphens
    firsts = {t.tokens for t in fr.terms.get("royaume-uni", ())}
    assert ("royaume-uni",) in firsts
    assert not any(t.tokens[i : i + 3] == ("royaume", "-", "uni") for ts in fr.terms.values() for t in ts for i in range(len(t.tokens)))
    # a name inside a longer one is joined too
    assert any(t.tokens[0] == "al-qaida" and len(t.tokens) > 1 for t in fr.terms["al-qaida"])
    assert join_runs(("le", "royaume", "-", "uni", "et", "le", "pays", "-", "bas"), fr.joined) == ("le", "royaume-uni", "et", "le", "pays-bas")


def test_unknown_country_code_in_countries_tsv(data_copy: Path) -> None:
    c = _append(data_copy / "lexicons" / "en" / "countries.tsv", "XXX\tname\tnowhereland\nFRA\tname\tFrance Upper\n")
    with pytest.raises(LexiconError) as info:
        load_lexicon("en", data_dir=data_copy)
    problems = _problems(info)
    _find(problems, "en/countries.tsv", c, "unknown country code", "XXX")
    _find(problems, "en/countries.tsv", c + 1, "lower-case")
    assert len(problems) == 2


def test_wrong_tsv_header(data_copy: Path) -> None:
    path = data_copy / "lexicons" / "fr" / "countries.tsv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    header = next(i for i, line in enumerate(lines) if not line.startswith("#"))
    assert lines[header] == "code\tkind\tform\n"
    lines[header] = "code\tform\tkind\n"
    path.write_text("".join(lines), encoding="utf-8")
    orgs = data_copy / "lexicons" / "fr" / "organisations.tsv"
    olines = orgs.read_text(encoding="utf-8").splitlines(keepends=True)
    oheader = next(i for i, line in enumerate(olines) if not line.startswith("#"))
    olines[oheader] = "code,country,sector,form\n"
    orgs.write_text("".join(olines), encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        load_lexicon("fr", data_dir=data_copy)
    problems = _problems(info)
    _find(problems, "fr/countries.tsv", header + 1, "header must be", "code\\tkind\\tform")
    _find(problems, "fr/organisations.tsv", oheader + 1, "header must be")
    assert len(problems) == 2


def test_wrong_number_of_tsv_columns(data_copy: Path) -> None:
    o = _append(data_copy / "lexicons" / "en" / "organisations.tsv", "ZZ\tIGO\tzz\n")
    with pytest.raises(LexiconError) as info:
        load_lexicon("en", data_dir=data_copy)
    _find(_problems(info), "en/organisations.tsv", o, "expected 4 tab-separated columns, found 3")


def test_invalid_yaml_in_several_files(data_copy: Path) -> None:
    folder = data_copy / "lexicons" / "fr"
    y1 = _append(folder / "roles.yaml", "  - id: [unclosed\n")
    y2 = _append(folder / "contexts.yaml", "  - context: military\n    cues: {a: b\n")
    with pytest.raises(LexiconError) as info:
        load_lexicon("fr", data_dir=data_copy)
    problems = _problems(info)
    assert {p.file for p in problems} == {"fr/roles.yaml", "fr/contexts.yaml"}
    roles = next(p for p in problems if p.file == "fr/roles.yaml")
    contexts = next(p for p in problems if p.file == "fr/contexts.yaml")
    assert "invalid YAML" in roles.reason and "invalid YAML" in contexts.reason
    assert roles.line is not None and roles.line >= y1
    assert contexts.line is not None and contexts.line >= y2


def test_missing_lexicon_file_is_reported(data_copy: Path) -> None:
    (data_copy / "lexicons" / "en" / "modes.yaml").unlink()
    with pytest.raises(LexiconError) as info:
        load_lexicon("en", data_dir=data_copy)
    _find(_problems(info), "en/modes.yaml", None, "missing file")


def test_people_jsonl_invalid_json_lines(data_copy: Path) -> None:
    path = data_copy / "tables" / "people.jsonl"
    n = _append(path, '{"id": "zz-one", "name": "Zz One", "terms": [}\n' "not json at all\n" '["a", "list"]\n' '{"id": "zz-two"}\n')
    with pytest.raises(LexiconError) as info:
        load_tables(data_dir=data_copy)
    problems = _problems(info)
    _find(problems, "tables/people.jsonl", n, "invalid JSON")
    _find(problems, "tables/people.jsonl", n + 1, "invalid JSON")
    _find(problems, "tables/people.jsonl", n + 2, "JSON object")
    _find(problems, "tables/people.jsonl", n + 3, "'id' and 'name'")
    assert len(problems) == 4


def test_people_jsonl_duplicate_id_and_bad_term(data_copy: Path) -> None:
    path = data_copy / "tables" / "people.jsonl"
    n = _append(
        path,
        '{"id": "benjamin-netanyahu", "name": "Copy", "terms": []}\n'
        '{"id": "zz-bad", "name": "Zz Bad", "terms": [{"country": "FRA", "start": "2020-13-01"}, {"role": "x"}]}\n',
    )
    with pytest.raises(LexiconError) as info:
        load_tables(data_dir=data_copy)
    problems = _problems(info)
    _find(problems, "tables/people.jsonl", n, "duplicate person id", "benjamin-netanyahu")
    bad = [p for p in problems if p.line == n + 1]
    assert len(bad) == 2 and all("zz-bad: bad term" in p.reason for p in bad)


def test_lexicon_load_reports_table_problems(data_copy: Path) -> None:
    n = _append(data_copy / "tables" / "people.jsonl", "{broken\n")
    with pytest.raises(LexiconError) as info:
        load_lexicon("en", data_dir=data_copy)
    _find(_problems(info), "tables/people.jsonl", n, "invalid JSON")


def test_countries_jsonl_bad_code(data_copy: Path) -> None:
    n = _append(data_copy / "tables" / "countries.jsonl", '{"code": "fr", "name_en": "France"}\n')
    with pytest.raises(LexiconError) as info:
        load_tables(data_dir=data_copy)
    _find(_problems(info), "tables/countries.jsonl", n, "ISO 3166-1 alpha-3", "'fr'")


# -- people ----------------------------------------------------------------------------------------


def test_bundled_people_have_no_overlapping_terms() -> None:
    assert overlapping_terms(load_tables().people) == []


def test_bundled_people_ids_are_unique_and_terms_ordered() -> None:
    people = load_tables().people
    assert len(people) > 100
    assert len({p.id for p in people}) == len(people)
    for p in people:
        for t in p.terms:
            assert t.start is None or t.end is None or t.start <= t.end, p.id


def test_overlapping_terms_in_one_role_are_reported() -> None:
    person = Person(
        "zz-x",
        "Zz X",
        (),
        (
            Tenure("FRA", "GOV", "prime_minister", date(2010, 1, 1), date(2014, 6, 30)),
            Tenure("FRA", "GOV", "prime_minister", date(2014, 1, 1), date(2016, 1, 1)),
            Tenure("FRA", "GOV", "foreign_minister", date(2015, 1, 1), None),  # another role: no overlap
        ),
    )
    found = overlapping_terms([person])
    assert len(found) == 1
    assert found[0].startswith("zz-x: prime_minister of FRA 2010-01-01..2014-06-30 overlaps 2014-01-01..2016-01-01")


def test_open_ended_term_followed_by_another_is_an_overlap() -> None:
    person = Person("zz-y", "Zz Y", (), (Tenure("MLI", "GOV", "president", date(2020, 1, 1), None), Tenure("MLI", "GOV", "president", date(2022, 1, 1), None)))
    assert len(overlapping_terms([person])) == 1
    disjoint = Person("zz-z", "Zz Z", (), (Tenure("MLI", "GOV", "president", date(2020, 1, 1), date(2021, 1, 1)), Tenure("MLI", "GOV", "president", date(2022, 1, 1), None)))
    assert overlapping_terms([disjoint]) == []


def test_person_resolves_with_the_term_valid_on_the_date() -> None:
    index = load_tables().people_index
    (bibi,) = index["netanyahu"]
    assert bibi.id == "benjamin-netanyahu"
    first, second = bibi.terms
    assert bibi.tenure_on(date(2015, 1, 1)) == first
    assert bibi.tenure_on(date(2021, 6, 13)) == first
    assert bibi.tenure_on(date(2022, 1, 1)) is None  # out of office
    assert bibi.tenure_on(date(2025, 5, 1)) == second
    assert bibi.tenure_on(None) == second  # no date: the current term
    assert first.role == second.role == "prime_minister" and first.country == "ISR"


def test_person_with_different_roles_over_time() -> None:
    (costa,) = [p for p in load_tables().people if p.id == "antonio-costa"]
    assert costa.tenure_on(date(2020, 1, 1)).country == "PRT"  # type: ignore[union-attr]
    assert costa.tenure_on(date(2020, 1, 1)).role == "prime_minister"  # type: ignore[union-attr]
    later = costa.tenure_on(date(2025, 1, 1))
    assert later is not None and (later.country, later.sector, later.role) == ("EU", "IGO", "president")
    assert costa.tenure_on(date(2024, 6, 1)) is None


def test_constructed_person_tenure_on() -> None:
    t1 = Tenure("SEN", "GOV", "foreign_minister", date(2019, 4, 7), date(2022, 9, 17))
    t2 = Tenure("SEN", "GOV", "prime_minister", date(2024, 4, 2), None)
    p = Person("zz", "Zz", (), (t1, t2))
    assert p.tenure_on(date(2019, 4, 6)) is None
    assert p.tenure_on(date(2019, 4, 7)) == t1
    assert p.tenure_on(date(2022, 9, 17)) == t1
    assert p.tenure_on(date(2023, 1, 1)) is None
    assert p.tenure_on(date(2026, 3, 12)) == t2
    assert p.tenure_on(None) == t2
    retired = Person("zr", "Zr", (), (t1,))
    assert retired.tenure_on(None) == t1  # no current term: the latest
