"""Token boundaries as character offsets, for rules that work on characters."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc


class TokenBoundaries:
    """Where the segmenter put word boundaries, to keep rule spans on whole words."""

    __slots__ = ("_sorted_ends", "ends", "starts")

    def __init__(self, doc: Doc) -> None:
        self.starts = frozenset(token.idx for token in doc) | {0}
        self.ends = frozenset(token.idx + len(token.text) for token in doc) | {len(doc.text)}
        self._sorted_ends = sorted(self.ends)

    def is_start(self, offset: int) -> bool:
        return offset in self.starts

    def is_end(self, offset: int) -> bool:
        return offset in self.ends

    def ends_within(self, start: int, end: int) -> list[int]:
        """Token ends in ``(start, end]``, longest first."""
        low = bisect_right(self._sorted_ends, start)
        high = bisect_left(self._sorted_ends, end + 1)
        return self._sorted_ends[low:high][::-1]
