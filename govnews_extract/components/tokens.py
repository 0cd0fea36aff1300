"""Token boundaries as character offsets, for rules that work on characters, and the
tests that several stages share: an unlisted township or village (people, organisations),
the place of a dateline (people, places)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from itertools import pairwise

import numpy
import regex
from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc

from ..lexicons import load_lexicon
from ..patterns import HAN_WORD, compiled_fragment, trie_pattern
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

    def end_at_or_after(self, offset: int) -> int:
        """The first token end at or after ``offset``: where the word holding it ends."""
        index = bisect_left(self._sorted_ends, offset)
        return self._sorted_ends[index] if index < len(self._sorted_ends) else offset

    def starts_within(self, start: int, end: int) -> list[int]:
        """Token starts in ``[start, end)``, in order."""
        low = bisect_left(self._sorted_starts, start)
        high = bisect_left(self._sorted_starts, end)
        return self._sorted_starts[low:high]


#: One-character prepositions and conjunctions that jieba glues to the next word
#: (据市|统计局, 经省|统计局): a name or a title may open right after one.
FUNCTION_CHARACTERS = frozenset("经由向对在与和及从据被给为同跟将把让使令请到赴至于")
#: Words that join two names (昆仑派出所与镇敬老院).
CONJUNCTIONS = frozenset("与和及")
#: Characters of the levels of China's divisions: a conjunction may join a name to a
#: level's body (报告|和|县纪委, 派出所|与|镇敬老院); no given name is made of them alone.
LEVEL_CHARACTERS = frozenset("省市县区乡镇村州")
#: What 和县 (a county of Anhui) follows when it names the county: its province or city
#: (马鞍山市和县) or a preposition (从和县人民医院).
BEFORE_THE_COUNTY_HE = frozenset("省市从在到赴于向自往")


def joins_two_names(text: str, start: int) -> bool:
    """Whether the conjunction at ``start`` joins the word before it to a level's body or
    place after it (县人民法院院长|和|县人民检察院, 公路|和|县乡道路), so that no name opens
    there: after any character but the province, city or preposition that 和县 (a county of
    Anhui) follows. A name that opens with 和 goes on otherwise (新疆|和田).

    >>> joins_two_names("报告和县纪委", 2), joins_two_names("马鞍山市和县", 4)
    (True, False)
    >>> joins_two_names("新疆和田", 2)
    False
    """
    return (
        text[start : start + 1] in CONJUNCTIONS
        and text[start + 1 : start + 2] in LEVEL_CHARACTERS
        and start > 0
        and HAN_WORD.match(text, start - 1, start) is not None
        and text[start - 1] not in BEFORE_THE_COUNTY_HE
    )


def name_starts(text: str, boundaries: TokenBoundaries, start: int, end: int) -> list[int]:
    """Offsets in ``[start, end)`` where a name or a title may open, in order: the token
    starts, and the offsets right after a function character.

    >>> class Words:  # 据市|统计局
    ...     def starts_within(self, start, end):
    ...         return [s for s in (0, 2) if start <= s < end]
    >>> name_starts("据市统计局", Words(), 0, 5)
    [0, 1, 2]
    """
    after_function_words = [
        offset + 1
        for offset in range(max(start - 1, 0), min(end - 1, len(text)))
        if text[offset] in FUNCTION_CHARACTERS
    ]
    if not after_function_words:
        return boundaries.starts_within(start, end)
    return sorted({*boundaries.starts_within(start, end), *after_function_words})


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


class SettlementOpener:
    """Where a township, village or community that no gazetteer lists opens a name or a title
    (城关镇|党委, 桂花|村|党支部, 孜许|乡党委): fragment ``SETTLEMENT`` on whole words.

    There are tens of thousands of them, so the name part is any two or three characters;
    the words keep it honest. Either the settlement ends at a word end and its last word,
    unless it is the suffix alone, is no ordinary word (新农村, 好|农村 name no village), or
    its suffix opens a word that is a body or a title opened by that level word (孜许|乡党委,
    but not 建成|村级, 人员至|乡镇).
    """

    def __init__(
        self,
        pattern: regex.Pattern,
        continuation: regex.Pattern,
        is_ordinary_word: Callable[[str], bool],
        suffixes: Iterable[str],
    ) -> None:
        self.pattern = pattern
        self.continuation = continuation
        self.is_ordinary_word = is_ordinary_word
        #: The suffixes of ``pattern`` (镇, 村, 街道): also a word of their own after the name.
        self.suffixes = frozenset(suffixes)
        self._suffix_openings = frozenset(suffix[0] for suffix in self.suffixes)
        self._suffix_opening = regex.compile(trie_pattern(self._suffix_openings))

    def candidate_starts(self, text: str) -> frozenset[int]:
        """Offsets where a settlement could start: two or three characters before a
        suffix's first character (few in any text; testing them spares a call per word)."""
        return frozenset(
            start
            for hit in self._suffix_opening.finditer(text)
            for start in (hit.start() - 2, hit.start() - 3)
        )

    def _named_by_a_word(self, text: str, start: int, end: int) -> bool:
        """Whether the settlement ``text[start:end]`` is a word ending in 里 and its suffix
        (城里|社区: in town), not a name (幸福里社区). Names of villages are often ordinary
        words (桃花村), so only the 里 that SETTLEMENT lets close a name is read so."""
        name_end = end - _suffix_length(text, start, end, self.suffixes)
        return text.endswith("里", start, name_end) and self.is_ordinary_word(
            text[start:name_end]
        )

    def opens_at(self, text: str, start: int, boundaries: TokenBoundaries) -> bool:
        """Whether a settlement that can open a name or a title starts at ``start``: never
        inside a word (和平|里社区 opens at 和平, and 和 stops a name; not at 平)."""
        if not self._suffix_openings.intersection(text[start + 2 : start + 4]):
            return False  # the cheap test: no suffix where one could be
        if not boundaries.is_start(start):
            return False
        for end in boundaries.ends_within(start + 2, start + 5):
            if self.pattern.fullmatch(text, start, end) and not self._named_by_a_word(
                text, start, end
            ):
                last_word = text[boundaries.starts_within(start, end)[-1] : end]
                if last_word in self.suffixes or not self.is_ordinary_word(last_word):
                    return True
        for suffix_start in boundaries.starts_within(start + 2, start + 4):
            word_end = boundaries.ends_within(suffix_start, suffix_start + 8)[-1:]
            for suffix in self.suffixes:
                if (
                    word_end
                    and text.startswith(suffix, suffix_start)
                    and self.pattern.fullmatch(text, start, suffix_start + len(suffix))
                    and self.continuation.fullmatch(text, suffix_start, word_end[0])
                ):
                    return True
        return False


def _suffix_length(text: str, start: int, end: int, suffixes: frozenset[str]) -> int:
    return max((len(s) for s in suffixes if text.endswith(s, start, end)), default=0)


def settlement_opener(is_ordinary_word: Callable[[str], bool]) -> SettlementOpener:
    """The :class:`SettlementOpener` of the packaged fragments."""
    return SettlementOpener(
        compiled_fragment("SETTLEMENT"),
        compiled_fragment("SETTLEMENT_CONTINUATION"),
        is_ordinary_word,
        load_lexicon("settlement_suffixes"),
    )


#: How far into an article its dateline may stand (a headline may come first).
DATELINE_REACH = 200


def dateline_places(text: str) -> list[tuple[int, int]]:
    """Spans of the place of a dateline, between the agency or paper and the day
    (本报杨凌6月20日电: fragment DATELINE_PLACE), in the head of ``text``.

    >>> dateline_places("本报杨凌6月20日电（记者 张蕊）")
    [(2, 4)]
    """
    pattern = compiled_fragment("DATELINE_PLACE")
    return [hit.span() for hit in pattern.finditer(text, 0, min(len(text), DATELINE_REACH))]
