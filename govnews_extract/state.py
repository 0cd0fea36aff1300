"""What the pipeline's components share on one ``Doc``.

Rules work on characters, the NER model on tokens. Rule matches therefore keep
exact half-open character offsets (``text[start:end] == surface``) in a
``DocState`` attached to the ``Doc`` as ``doc._.govnews``, instead of being
snapped to token boundaries; the model's entities are read from ``doc.ents``.
Each component appends its matches under a field name; later components read
what earlier ones found; ``build.build_article`` turns the finished state into
pydantic models.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Any

from spacy.tokens import Doc

from .errors import RuleError

EXTENSION = "govnews"

_EMPTY: Mapping[str, Any] = MappingProxyType({})

#: Full-width ASCII (U+FF01..U+FF5E) and the ideographic space fold one-to-one
#: onto their half-width forms, so folding keeps every character offset.
_FOLD_TABLE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FOLD_TABLE[0x3000] = 0x20


def fold_width(text: str) -> str:
    """Fold full-width ASCII to half-width, one character for one.

    >>> fold_width("９月１６日，省委：（一）")
    '9月16日,省委:(一)'
    >>> len(fold_width("ＡＢＣ")) == 3
    True
    """
    return text.translate(_FOLD_TABLE)


def script_fold_table(entries: Iterable[str]) -> dict[int, int]:
    """A ``str.translate`` table from entries written traditional then simplified (會会).

    >>> "立法會".translate(script_fold_table(["會会"]))
    '立法会'
    """
    table: dict[int, int] = {}
    for entry in entries:
        if len(entry) != 2:
            raise RuleError(
                f"a traditional_characters entry is one traditional and one simplified "
                f"character (會会); got {entry!r}"
            )
        table[ord(entry[0])] = ord(entry[1])
    return table


@dataclass(frozen=True, slots=True)
class Match:
    """One thing a rule or the model found: a character span and what it is.

    ``field`` names the output list it feeds (``people``, ``titles``, ``dates``…),
    ``label`` its finer kind, ``rule_id`` the rule or model that found it, and
    ``data`` whatever the rule computed (a normalised value, a speaker…).
    """

    field: str
    start: int
    end: int
    text: str
    rule_id: str
    label: str = ""
    data: Mapping[str, Any] = field(default_factory=lambda: _EMPTY)

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


@dataclass(slots=True)
class DocState:
    """Per-document context and matches; created fresh for every ``Doc``.

    Three copies of the text share every offset. ``text`` is the article as written: every
    surface string is sliced from it. ``simplified`` reads traditional characters as their
    simplified forms (立法會 as 立法会): it is the ``Doc``'s text, what the segmenter and the
    model see (``text`` itself when there is no traditional character to read). ``folded``
    also folds full-width ASCII (``fold_width``): what rules match.
    """

    text: str
    folded: str
    simplified: str = ""
    article_id: str | None = None
    published: date | None = None
    title: str | None = None
    matches: dict[str, list[Match]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    #: Token boundaries (``components.tokens.TokenBoundaries``), computed once.
    boundaries: Any = None

    def __post_init__(self) -> None:
        if not self.simplified:
            self.simplified = self.text

    def add(self, match: Match) -> None:
        if self.text[match.start : match.end] != match.text:
            raise ValueError(
                f"match {match.rule_id!r} has offsets {match.start}:{match.end} that do not "
                f"point at its text {match.text!r}"
            )
        self.matches.setdefault(match.field, []).append(match)

    def add_span(
        self,
        field_name: str,
        start: int,
        end: int,
        rule_id: str,
        label: str = "",
        data: Mapping[str, Any] | None = None,
    ) -> Match:
        """Record the span ``text[start:end]`` and return its match."""
        match = Match(field_name, start, end, self.text[start:end], rule_id, label, data or _EMPTY)
        self.add(match)
        return match

    def get(self, field_name: str) -> list[Match]:
        return self.matches.get(field_name, [])

    def replace(self, field_name: str, matches: Iterable[Match]) -> None:
        self.matches[field_name] = sorted(matches, key=lambda m: (m.start, -m.end))



def ensure_extension() -> None:
    """Register ``Doc._.govnews`` once; spaCy keeps extensions per class."""
    if not Doc.has_extension(EXTENSION):
        Doc.set_extension(EXTENSION, default=None)


def doc_state(doc: Doc) -> DocState:
    """The document's shared state, created on first use."""
    ensure_extension()
    state = doc._.get(EXTENSION)
    if state is None:
        text = doc.text
        state = start_state(doc, text, fold_width(text))
    return state


def start_state(doc: Doc, text: str, folded: str, simplified: str | None = None) -> DocState:
    """A fresh state for ``doc``, whose text as written (and its folded copies) the caller
    has; ``simplified`` defaults to ``text`` (no traditional characters)."""
    ensure_extension()
    state = DocState(text=text, folded=folded, simplified=simplified or "")
    doc._.set(EXTENSION, state)
    return state
