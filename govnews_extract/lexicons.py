"""Load the word lists under ``resources/lexicons``.

A lexicon file is UTF-8 text, one entry a line; ``#`` starts a comment and
blank lines are skipped. Lists are data so that users can extend them without
touching code.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

LEXICON_PACKAGE = "govnews_extract.resources"


def read_resource_text(*parts: str) -> str:
    """The text of a packaged resource file, e.g. ``("lexicons", "posts.txt")``."""
    node = resources.files(LEXICON_PACKAGE)
    for part in parts:
        node = node.joinpath(part)
    return node.read_text(encoding="utf-8")


def parse_lexicon(text: str) -> tuple[str, ...]:
    """Entries of a lexicon file, in order, without comments or duplicates.

    >>> parse_lexicon("省长\\n# posts\\n\\n市长  # mayor\\n省长\\n")
    ('省长', '市长')
    """
    entries: dict[str, None] = {}
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries[entry] = None
    return tuple(entries)


@cache
def load_lexicon(name: str) -> tuple[str, ...]:
    """A packaged lexicon by file stem (``"posts"`` reads ``lexicons/posts.txt``).

    The result is an immutable tuple, so caching it shares no mutable state.
    """
    return parse_lexicon(read_resource_text("lexicons", f"{name}.txt"))
