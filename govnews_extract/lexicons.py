"""Load the word lists under ``resources/lexicons``.

A lexicon file is UTF-8 text, one entry a line; ``#`` starts a comment and
blank lines are skipped. Lists are data so that users can extend them without
touching code. Each packaged list is read through its built-in lexicon rule
(``resources/rules/builtin.jsonl``), the same way a user's lexicon rule is.
Entries are written in simplified characters: the pipeline reads traditional
text as simplified (lexicon ``traditional_characters``) before matching.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache


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


#: Whole organisation names: those the segmenter takes as words, and those it leaves to jieba
#: (added after the NER model was trained; fragment KNOWN_ORG reads both).
ORGANIZATION_NAME_LEXICONS = ("organization_names", "organization_names_outside_segmenter")
#: Posts: those the segmenter takes as words, and those added after the NER model was trained
#: (fragment POST reads both).
POST_LEXICONS = ("posts", "posts_outside_segmenter", "military_ranks")


def load_packaged_lexicon(name: str) -> tuple[str, ...]:
    """A packaged lexicon by name: the entries of built-in rule ``lexicon.<name>``.

    The result is an immutable tuple, cached by the rule reader.
    """
    from .rules.builtin import builtin_lexicon

    return builtin_lexicon(name)


#: Key of the lexicon changes in force: ((name, extra entries), ...) and the
#: names whose packaged entries are dropped (their built-in rule is disabled
#: or overridden by a user rule with its id).
ExtensionsKey = tuple[tuple[tuple[str, tuple[str, ...]], ...], frozenset[str]]

#: User lexicon changes for the pipeline being built or run. A context
#: variable, not a module global: setting it in one pipeline's
#: ``with lexicon_extensions(...)`` block is invisible to every other pipeline.
_EXTENSIONS: ContextVar[ExtensionsKey] = ContextVar(
    "govnews_lexicon_extensions", default=((), frozenset())
)


def current_extensions() -> ExtensionsKey:
    """The active lexicon changes as a hashable key."""
    return _EXTENSIONS.get()


@contextmanager
def lexicon_extensions(
    entries: Mapping[str, Sequence[str]] | None, dropped: Iterable[str] = ()
) -> Iterator[None]:
    """Within the block, ``load_lexicon(name)`` also returns ``entries[name]``.

    Lexicons named in ``dropped`` lose their packaged entries in the block.
    """
    extra = tuple(sorted((name, tuple(words)) for name, words in (entries or {}).items() if words))
    token = _EXTENSIONS.set((extra, frozenset(dropped)))
    try:
        yield
    finally:
        _EXTENSIONS.reset(token)


def load_lexicon(name: str) -> tuple[str, ...]:
    """A packaged lexicon plus any entries that user lexicon rules add in this context."""
    return _merged_lexicon(name, _EXTENSIONS.get())


def organization_names() -> tuple[str, ...]:
    """Every whole organisation name the lexicons know (inside the segmenter's dictionary
    and outside it)."""
    return tuple(word for lexicon in ORGANIZATION_NAME_LEXICONS for word in load_lexicon(lexicon))


def body_endings() -> tuple[str, ...]:
    """The organ words of two or more characters (委员会, 博物馆, 军方): a name that ends in
    one is a body's, whatever a model read it as."""
    return tuple(word for word in load_lexicon("organ_suffixes") if len(word) > 1)


@cache
def _merged_lexicon(name: str, changes: ExtensionsKey) -> tuple[str, ...]:
    extensions, dropped = changes
    packaged = () if name in dropped else load_packaged_lexicon(name)
    extra = [word for lexicon, words in extensions if lexicon == name for word in words]
    if not extra:
        return packaged
    return tuple(dict.fromkeys((*packaged, *extra)))
