"""Token boundaries as character offsets, for rules that work on characters."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import pairwise

import numpy
from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc

from ..state import doc_state


class TokenBoundaries:
    """Where the segmenter put word boundaries, to keep rule spans on whole words."""

    __slots__ = ("_sorted_ends", "_sorted_starts", "ends", "spans", "starts")

    def __init__(self, doc: Doc) -> None:
        array = doc.to_array([IDX, LENGTH]).reshape(-1, 2)
        starts: list[int] = array[:, 0].tolist()
        ends: list[int] = (array[:, 0] + array[:, 1]).tolist()
        #: Each token's (start, end), in order: cheaper to walk than ``Token`` objects.
        self.spans = list(zip(starts, ends, strict=True))
        # doc.text is rebuilt from the tokens on every access; the state keeps it.
        length = len(doc_state(doc).text)
        self._sorted_starts = sorted({0, *starts})
        self._sorted_ends = sorted({length, *ends})
        self.starts = frozenset(self._sorted_starts)
        self.ends = frozenset(self._sorted_ends)

    @classmethod
    def of(cls, doc: Doc) -> TokenBoundaries:
        """The document's boundaries, computed once and kept in its state."""
        state = doc_state(doc)
        if state.boundaries is None:
            state.boundaries = cls(doc)
        return state.boundaries

    def is_start(self, offset: int) -> bool:
        return offset in self.starts

    def is_end(self, offset: int) -> bool:
        return offset in self.ends

    def ends_within(self, start: int, end: int) -> list[int]:
        """Token ends in ``(start, end]``, longest first."""
        low = bisect_right(self._sorted_ends, start)
        high = bisect_left(self._sorted_ends, end + 1)
        return self._sorted_ends[low:high][::-1]

    def starts_within(self, start: int, end: int) -> list[int]:
        """Token starts in ``[start, end)``, in order."""
        low = bisect_left(self._sorted_starts, start)
        high = bisect_left(self._sorted_starts, end)
        return self._sorted_starts[low:high]


def split_tokens_at(doc: Doc, cuts: Iterable[int]) -> None:
    """Split the tokens of ``doc`` that have a character offset of ``cuts`` inside them.

    Span groups (the segmenter's paragraphs) are rebuilt on the new tokens, since the
    retokenizer does not move them, and the cached :class:`TokenBoundaries` are dropped.
    """
    tokens = doc.to_array([IDX, LENGTH]).reshape(-1, 2)
    starts = tokens[:, 0].astype("int64")
    inner: dict[int, list[int]] = {}
    for cut in sorted(set(cuts)):
        i = int(numpy.searchsorted(starts, cut, side="right")) - 1
        if i >= 0 and starts[i] < cut < starts[i] + tokens[i, 1]:
            inner.setdefault(i, []).append(cut - int(starts[i]))
    if not inner:
        return
    groups = {
        name: [(span.start_char, span.end_char, span.label_) for span in group]
        for name, group in doc.spans.items()
    }
    with doc.retokenize() as retokenizer:
        for i, offsets in inner.items():
            token = doc[i]
            pieces = [token.text[a:b] for a, b in pairwise([0, *offsets, len(token.text)])]
            retokenizer.split(token, pieces, heads=[(token, 0)] * len(pieces))
    doc_state(doc).boundaries = None
    for name, spans in groups.items():
        doc.spans[name] = [
            span
            for start, end, label in spans
            if (span := doc.char_span(start, end, label=label)) is not None
        ]
