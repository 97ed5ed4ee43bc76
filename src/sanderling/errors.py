"""The exception tree. Every error Sanderling raises derives from :class:`SanderlingError`::

    SanderlingError
    ├── ConfigurationError        bad option or argument (unknown language code, bad date)
    ├── ResourceError             a model, table or data file is missing or cannot be loaded
    │   └── LexiconError          problems in lexicon/table files (all of them, with file and line)
    ├── InputError                one input (file, line) cannot be read or coded
    │   ├── EmptyInputError       no text
    │   ├── BinaryInputError      not text
    │   ├── MalformedInputError   bad JSON, missing field, wrong type
    │   └── UnsupportedLanguageError
    └── PipelineError             a stage failed on one article (stage name + article id)

"No match" (no actor, no date) is ``None`` with a reason, never an exception.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
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


class SanderlingError(Exception):
    """Base of every Sanderling error."""


class ConfigurationError(SanderlingError):
    """An option or argument is invalid."""


class ResourceError(SanderlingError):
    """A model, table or data file is missing or unusable."""


@dataclass(frozen=True, slots=True)
class LexiconProblem:
    file: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return f"{where}: {self.reason}"


class LexiconError(ResourceError):
    """One or more problems in data files, all reported at once."""

    def __init__(self, problems: list[LexiconProblem]) -> None:
        self.problems = tuple(problems)
        head = f"{len(self.problems)} problem(s) in lexicon data"
        super().__init__(head + ":\n" + "\n".join(f"  {p}" for p in self.problems))


class InputError(SanderlingError):
    """One input could not be read or coded. Carries where (source, line) and why."""

    def __init__(self, source: str, reason: str, *, line: int | None = None) -> None:
        self.source = source
        self.line = line
        self.reason = reason
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")


class EmptyInputError(InputError):
    """The input holds no text."""


class BinaryInputError(InputError):
    """The input is not text."""


class MalformedInputError(InputError):
    """Malformed JSON, a missing or mistyped field."""


class UnsupportedLanguageError(InputError):
    """The text is in a language Sanderling has no lexicons for."""


class PipelineError(SanderlingError):
    """A coding stage failed on one article."""

    def __init__(self, stage: str, article_id: str, reason: str) -> None:
        self.stage = stage
        self.article_id = article_id
        self.reason = reason
        super().__init__(f"stage {stage} failed on article {article_id}: {reason}")
