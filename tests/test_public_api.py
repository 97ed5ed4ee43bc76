"""The public API is exactly what ``sanderling.__all__`` lists; changing it means changing this test."""

from __future__ import annotations

import inspect
import subprocess
import sys

import sanderling
import sanderling.errors

PUBLIC_API = [
    "__version__",
    "Coder",
    "ArticleResult",
    "iter_inputs",
    "Article",
    "Sentence",
    "ActorRef",
    "DateRef",
    "PlaceRef",
    "Evidence",
    "Event",
    "SanderlingError",
    "ConfigurationError",
    "ResourceError",
    "LexiconError",
    "InputError",
    "EmptyInputError",
    "BinaryInputError",
    "MalformedInputError",
    "UnsupportedLanguageError",
    "PipelineError",
]

ERRORS_API = [
    "SanderlingError",
    "ConfigurationError",
    "ResourceError",
    "LexiconError",
    "LexiconProblem",
    "InputError",
    "EmptyInputError",
    "BinaryInputError",
    "MalformedInputError",
    "UnsupportedLanguageError",
    "PipelineError",
]


def test_all_is_the_documented_list() -> None:
    assert list(sanderling.__all__) == PUBLIC_API


def test_all_has_no_duplicates() -> None:
    assert len(sanderling.__all__) == len(set(sanderling.__all__))


def test_every_name_in_all_exists() -> None:
    missing = [n for n in sanderling.__all__ if not hasattr(sanderling, n)]
    assert missing == []


def test_version_is_a_string_matching_the_distribution() -> None:
    from importlib.metadata import version

    assert isinstance(sanderling.__version__, str)
    assert sanderling.__version__ == version("sanderling")


def _defined_in_sanderling(obj: object) -> bool:
    return (inspect.isclass(obj) or inspect.isfunction(obj)) and (getattr(obj, "__module__", "") or "").split(".")[0] == "sanderling"


def test_every_public_class_or_function_is_listed() -> None:
    public = sorted(n for n in vars(sanderling) if not n.startswith("_") and _defined_in_sanderling(getattr(sanderling, n)))
    assert public, "the package exports nothing?"
    unlisted = [n for n in public if n not in sanderling.__all__]
    assert unlisted == []


def test_every_public_name_is_listed_in_a_fresh_process() -> None:
    """Without the submodules other tests import: only what ``import sanderling`` itself binds."""
    code = (
        "import inspect, sanderling\n"
        "names = [n for n, o in vars(sanderling).items() if not n.startswith('_') and not inspect.ismodule(o)]\n"
        "print('\\n'.join(sorted(names)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert sorted(out) == sorted(n for n in PUBLIC_API if n != "__version__")


def test_star_import_gives_exactly_all() -> None:
    namespace: dict[str, object] = {}
    exec("from sanderling import *", namespace)  # noqa: S102
    namespace.pop("__builtins__", None)
    assert set(namespace) == set(PUBLIC_API)


def test_errors_all_is_the_documented_list() -> None:
    assert list(sanderling.errors.__all__) == ERRORS_API
    assert all(hasattr(sanderling.errors, n) for n in ERRORS_API)


def test_every_exception_in_errors_subclasses_sanderling_error() -> None:
    exceptions = [getattr(sanderling.errors, n) for n in sanderling.errors.__all__ if inspect.isclass(getattr(sanderling.errors, n)) and issubclass(getattr(sanderling.errors, n), BaseException)]
    assert len(exceptions) == 10
    for exc in exceptions:
        assert issubclass(exc, sanderling.SanderlingError), exc
        assert issubclass(exc, Exception) and not issubclass(exc, (KeyboardInterrupt, SystemExit))


def test_every_exception_class_in_errors_is_exported() -> None:
    defined = [n for n, o in vars(sanderling.errors).items() if inspect.isclass(o) and issubclass(o, BaseException) and o.__module__ == "sanderling.errors"]
    assert sorted(defined) == sorted(n for n in ERRORS_API if n != "LexiconProblem")
    for n in defined:
        assert getattr(sanderling, n) is getattr(sanderling.errors, n)


def test_exception_tree() -> None:
    e = sanderling.errors
    assert issubclass(e.LexiconError, e.ResourceError)
    for sub in (e.EmptyInputError, e.BinaryInputError, e.MalformedInputError, e.UnsupportedLanguageError):
        assert issubclass(sub, e.InputError)
    for top in (e.ConfigurationError, e.ResourceError, e.InputError, e.PipelineError):
        assert top.__bases__ == (e.SanderlingError,)


def test_exceptions_carry_where_and_why() -> None:
    err = sanderling.MalformedInputError("a.jsonl", "malformed JSON", line=3)
    assert (err.source, err.line, err.reason) == ("a.jsonl", 3, "malformed JSON")
    assert str(err) == "a.jsonl:3: malformed JSON"
    assert str(sanderling.InputError("b.txt", "empty")) == "b.txt: empty"
    pe = sanderling.PipelineError("extract", "art1", "boom")
    assert (pe.stage, pe.article_id, pe.reason) == ("extract", "art1", "boom")
    assert "extract" in str(pe) and "art1" in str(pe)
    le = sanderling.LexiconError([sanderling.errors.LexiconProblem("fr/roles.yaml", 7, "bad"), sanderling.errors.LexiconProblem("x.tsv", None, "worse")])
    assert len(le.problems) == 2
    assert str(le) == "2 problem(s) in lexicon data:\n  fr/roles.yaml:7: bad\n  x.tsv: worse"
