"""One exception hierarchy; each class also subclasses the matching built-in.

Messages say what was expected, what came, and what to do.
"""

from __future__ import annotations


class GovnewsError(Exception):
    """Base class of every error this package raises on purpose."""

    code = "E000"


class InputError(GovnewsError, ValueError):
    """An article cannot be processed as given (not text, empty, too long…)."""

    code = "E001"


class RuleError(GovnewsError, ValueError):
    """A rule or pattern is malformed; raised before any article is processed."""

    code = "E002"


class ResourceError(GovnewsError, FileNotFoundError):
    """A packaged resource (lexicon, pattern file, model) is missing or unreadable."""

    code = "E003"


class InputFileError(GovnewsError, OSError):
    """An input file could not be read or decoded."""

    code = "E004"
