"""Fast overlap tests for rules that compare many spans with many others."""

from __future__ import annotations

from collections.abc import Iterable, Iterator


class Coverage:
    """Which characters of a text are taken by spans seen so far.

    An overlap test costs the length of the span, not the number of spans,
    so a stage stays linear on long articles.

    >>> taken = Coverage(10, [(2, 4)])
    >>> taken.overlaps(3, 6), taken.overlaps(4, 6)
    (True, False)
    >>> taken.add(5, 7); taken.overlaps(4, 6)
    True
    """

    __slots__ = ("_taken",)

    def __init__(self, length: int, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._taken = bytearray(length)
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        start, end = max(start, 0), min(end, len(self._taken))
        if end > start:
            self._taken[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        return end > start and self._taken.find(1, max(start, 0), end) != -1


def occurrences(text: str, word: str) -> Iterator[tuple[int, int]]:
    """Spans of ``word`` in ``text``, left to right and not overlapping: a plain search,
    where a pattern compiled for each name would cost more than the search.

    >>> list(occurrences("王强说，王强王强", "王强"))
    [(0, 2), (4, 6), (6, 8)]
    """
    if not word:
        return
    start = text.find(word)
    while start >= 0:
        yield start, start + len(word)
        start = text.find(word, start + len(word))
