"""Word segmentation: a private ``jieba.Tokenizer`` wrapped as a spaCy tokenizer.

jieba's module-level functions share one process-wide tokenizer, and spaCy's
built-in ``segmenter="jieba"`` uses it, so any ``jieba.add_word`` anywhere
would change everyone's segmentation. We build our own ``jieba.Tokenizer``
per pipeline and load our user dictionary (government posts, organ names,
speech verbs) into it only.

Traditional characters are read as their simplified forms, one character for
one (lexicon ``traditional_characters``): the ``Doc``'s tokens are simplified
(立法會 is the token 立法会), so the dictionary, the lexicons and the model know
them, while the state keeps the text as written for every surface string.
Segmentation runs on the width-folded text (full-width ASCII mapped one to one
onto half-width), so ``９月１６日`` and ``9月16日`` segment alike while tokens
keep the full-width characters.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Mapping
from functools import cached_property, partial
from math import log
from typing import TYPE_CHECKING

import jieba
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

if TYPE_CHECKING:
    from spacy.language import Language

from .errors import RuleError
from .lexicons import load_lexicon
from .rules.builtin import builtin_patterns
from .state import fold_width, script_fold_table, start_state

logger = logging.getLogger(__name__)

#: ``token.tag_`` of a word of two or more characters that jieba's dictionary lacks.
OUT_OF_VOCABULARY = "oov"

#: Lexicons whose entries are added to the segmenter as whole words.
USER_DICTIONARY_LEXICONS = (
    "segmenter_words",
    "posts",
    "speech_verbs",
    "organization_names",
    "segmenter_ner_words",
)
#: High enough that jieba keeps a dictionary word whole against its own entries.
USER_WORD_FREQUENCY = 200_000

#: A dictionary word at least this frequent counts as an ordinary word.
COMMON_WORD_FREQUENCY = 20
#: A dictionary word at least this frequent is a function or everyday word (常常 5,147, 随后
#: 4,706) and no given name, whatever its tag (立新 51, 国庆 131 are names as often as words).
FREQUENT_WORD_FREQUENCY = 500

#: ``doc.spans`` key of the paragraphs.
PARAGRAPHS = "paragraphs"

SENTENCE_END = frozenset("。！？!?；;")
_NEWLINES = frozenset("\n\r")


class RouteTokenizer(jieba.Tokenizer):
    """jieba's tokenizer with its two inner loops written as plain loops: the graph of the
    dictionary words in a sentence and the most probable route through it. The same words
    in about four fifths of the time (segmenting is a sixth of the pipeline's).
    """

    def get_DAG(self, sentence: str) -> dict[int, list[int]]:
        """For each offset, the last offsets of the dictionary words starting there (the
        offset itself when none does)."""
        self.check_initialized()
        frequencies = self.FREQ  # a word's prefixes are in it too, with frequency 0
        graph: dict[int, list[int]] = {}
        length = len(sentence)
        for start in range(length):
            ends = []
            end = start
            piece = sentence[start]
            while piece in frequencies:
                if frequencies[piece]:
                    ends.append(end)
                end += 1
                if end == length:
                    break
                piece = sentence[start : end + 1]
            graph[start] = ends or [start]
        return graph

    def calc(
        self, sentence: str, DAG: dict[int, list[int]], route: dict[int, tuple[float, int]]
    ) -> None:
        """The best route from each offset: (log probability of the rest, last offset of
        the first word), filled in from the end; a tie goes to the longer word, as in jieba."""
        length = len(sentence)
        route[length] = (0, 0)
        log_total = log(self.total)
        frequency = self.FREQ.get
        for start in range(length - 1, -1, -1):
            best_score, best_end = 0.0, -1
            for end in DAG[start]:
                score = log(frequency(sentence[start : end + 1]) or 1) - log_total
                score += route[end + 1][0]
                if best_end < 0 or score >= best_score:
                    best_score, best_end = score, end
            route[start] = (best_score, best_end)


def build_jieba_tokenizer(extra_words: Iterable[str] = ()) -> jieba.Tokenizer:
    """A fresh jieba tokenizer with our user dictionary (and ``extra_words``)."""
    tokenizer = RouteTokenizer()
    # Keep jieba's own "Building prefix dict…" chatter out of users' logs.
    jieba.setLogLevel(logging.WARNING)
    tokenizer.initialize()
    for lexicon in USER_DICTIONARY_LEXICONS:
        for word in load_lexicon(lexicon):
            tokenizer.add_word(word, USER_WORD_FREQUENCY)
    for word in extra_words:
        tokenizer.add_word(word, USER_WORD_FREQUENCY)
    for word in load_lexicon("segmenter_splits"):
        tokenizer.del_word(word)
    return tokenizer


class WordSplitter:
    """Splits a word jieba made where it hides a name's edge (周|总理, 法国|人, 谢家华|摄).

    The rules are data (``patterns/word_splits.json``, built-in rule
    ``word_splits``); a word is split at most once, into two words.
    """

    def __init__(self, dictionary: Mapping[str, int]) -> None:
        spec = builtin_patterns("word_splits")
        self.dictionary = dictionary
        self.surnames = frozenset(load_lexicon("surnames"))
        self.after_surname = frozenset(spec["address_terms"]) | frozenset(load_lexicon("posts"))
        self.places = frozenset(load_lexicon("places"))
        self.demonym_suffixes = frozenset(spec["demonym_suffixes"])
        self.glued_endings = frozenset(spec["glued_endings"])
        self.name_final_endings = frozenset(spec["name_final_endings"])
        self.nickname_prefixes = frozenset(spec["nickname_prefixes"])
        self.date_openings = frozenset(spec["date_openings"])
        self.former_marks = frozenset(spec["former_marks"])
        self.former_neighbours = frozenset(spec["former_neighbours"])
        self.level_openers = frozenset(spec["level_openers"])
        self.levels = frozenset(spec["levels"])

    def split(self, word: str, before: str = "", after: str = "") -> int:
        """Where to split ``word`` (0: keep it whole); ``before`` is the word before it and
        ``after`` the character after it (a line break at the end of the text).

        >>> splitter = WordSplitter({"法国": 5, "司法": 9, "司法官": 3})
        >>> words = ["周总理", "法国人", "司法官", "高明光在", "孙浩等作", "小迎艳", "会议"]
        >>> [splitter.split(word) for word in words]
        [1, 2, 0, 3, 2, 1, 0]
        >>> splitter.split("日省", before="26"), splitter.split("日勒苏赫", before="呼")
        (1, 0)
        >>> splitter.split("原省"), splitter.split("局原"), splitter.split("原野")
        (1, 1, 0)
        >>> splitter.split("以县"), splitter.split("以后")
        (1, 0)
        >>> splitter.split("邹多为", after=")"), splitter.split("谢家华摄", after=")")
        (0, 3)
        """
        if len(word) < 2 or (len(word) == 2 and self.dictionary.get(word)) or not _is_han(word):
            return 0  # (the rules below need three characters or a word jieba lacks)
        if (
            len(word) >= 3
            and word[0] in self.surnames
            and word[1:] in self.after_surname
            and not self.dictionary.get(word[:2])  # 司法官 is 司法 + 官, not 司 + 法官
        ):
            return 1
        if len(word) >= 3 and word[-1] in self.demonym_suffixes and word[:-1] in self.places:
            return len(word) - 1
        if self.dictionary.get(word):
            return 0
        # Not in the dictionary: jieba's HMM made it from single characters.
        if word[-1] in self.glued_endings and (
            after not in NAME_CLOSERS or word[-1] not in self.name_final_endings
        ):
            # The whole run of glued characters goes: 孙浩|等作 (了发言), not 孙浩等|作.
            # But a word that closes a bracket or a line is whole: (记者 邹多为) is a name.
            cut = len(word) - 1
            while cut > 2 and word[cut - 1] in self.glued_endings:
                cut -= 1
            return cut
        if len(word) == 3 and word[0] in self.nickname_prefixes:
            return 1
        if word[0] in self.date_openings and before[-1:] in _NUMERALS:
            return 1  # 26|日|省 (十四届人大常委会), not 同|呼|日勒苏赫
        if len(word) == 2 and (
            (word[0] in self.former_marks and word[1] in self.former_neighbours)
            or (word[1] in self.former_marks and word[0] in self.former_neighbours)
        ):
            return 1  # 原|省 (交通运输厅), (农业农村) 局|原 (局长)
        if len(word) == 2 and word[0] in self.level_openers and word[1] in self.levels:
            return 1  # (长兴县) 以|县 (人民医院)
        return 0


def words_and_spaces(pieces: Iterable[str], text: str) -> tuple[list[str], list[bool]]:
    """spaCy's tokens and trailing spaces for ``pieces`` that cover ``text`` end to end.

    The same result as ``spacy.util.get_words_and_spaces``: whitespace pieces are dropped,
    a single space after a word becomes its trailing space, and any other run of
    whitespace is one token. spaCy's function searches the rest of the text for each word
    (quadratic in the length of the text: 0.15 s for a 100,000-character document, 40 % of
    its segmentation); the pieces' offsets make that search needless.

    >>> words_and_spaces(["会议", " ", "召开", "\\n", "\\n", "。"], "会议 召开\\n\\n。")
    (['会议', '召开', '\\n\\n', '。'], [True, False, False, False])
    """
    words: list[str] = []
    spaces: list[bool] = []
    consumed = 0  # text before this offset is in ``words``
    offset = 0
    for piece in pieces:
        start, offset = offset, offset + len(piece)
        if piece.isspace():
            continue
        if start > consumed:
            words.append(text[consumed:start])
            spaces.append(False)
        words.append(piece)
        spaces.append(False)
        consumed = offset
        if text.startswith(" ", consumed):
            spaces[-1] = True
            consumed += 1
    if consumed < len(text):
        words.append(text[consumed:])
        spaces.append(False)
    return words, spaces


_HAN_WORD = re.compile("[\u4e00-\u9fff]+")
#: What may follow a word that ends a bracket or a line (width-folded): a function
#: character glued to its end is then part of it (记者 邹多为）), having nothing to govern.
NAME_CLOSERS = frozenset({")", "]", "】", "」", "』", "”", "\n"})
#: Last characters of a number before 年, 月 or 日.
_NUMERALS = frozenset("0123456789〇零一二三四五六七八九十廿卅")


def _is_han(word: str) -> bool:
    return _HAN_WORD.fullmatch(word) is not None


class JiebaSegmenter:
    """spaCy tokenizer: ``text -> Doc`` with jieba words, sentences and state."""

    def __init__(self, vocab: Vocab, extra_words: Iterable[str] = ()) -> None:
        self.vocab = vocab
        self.extra_words = tuple(extra_words)
        self.jieba = build_jieba_tokenizer(self.extra_words)
        self.splitter = WordSplitter(self.jieba.FREQ)
        self.script_table = script_fold_table(load_lexicon("traditional_characters"))

    def segment(self, text: str, folded: str | None = None) -> list[str]:
        """Words of ``text`` (original characters), cut on the folded text."""
        words: list[str] = []
        offset = 0
        split = self.splitter.split
        before = ""
        folded = fold_width(text) if folded is None else folded
        for piece in self.jieba.cut(folded, HMM=True):
            end = offset + len(piece)
            cut = split(piece, before, folded[end : end + 1] or "\n")
            before = piece
            if cut:
                words.append(text[offset : offset + cut])
                words.append(text[offset + cut : offset + len(piece)])
            else:
                words.append(text[offset : offset + len(piece)])
            offset += len(piece)
        return words

    def is_common_word(
        self,
        word: str,
        *,
        except_tags: tuple[str, ...] = (),
        min_frequency: int = COMMON_WORD_FREQUENCY,
        only_tags: tuple[str, ...] = (),
    ) -> bool:
        """Whether jieba's dictionary knows ``word`` as an ordinary word (counted at least
        ``min_frequency`` times).

        ``except_tags`` lists part-of-speech tags (``nr`` person, ``ns`` place)
        under which a frequent word still counts as a name, not a common word;
        ``only_tags``, if given, the tags it must have (``n``: a noun).
        """
        if self.jieba.FREQ.get(word, 0) < min_frequency:
            return False
        if except_tags or only_tags:
            tag = self.tag_fixes.get(word) or self.dictionary_tags.get(word, "")
            if except_tags and tag.startswith(except_tags):
                return False
            return not only_tags or tag.startswith(only_tags)
        return True

    def word_tags(self, words: list[str]) -> list[str]:
        """Each word's tag in jieba's dictionary (``ns``, ``nr``, ``nt``, ``v``…), for ``tag_``.

        ``oov`` marks a word of two or more characters that the dictionary lacks (jieba's
        HMM or our splits made it: often a name); single characters get ``""``.
        """
        tags = self.dictionary_tags
        known = self.jieba.FREQ
        return [
            tags.get(word) or ("" if len(word) < 2 or word in known else OUT_OF_VOCABULARY)
            for word in words
        ]

    @cached_property
    def tag_fixes(self) -> dict[str, str]:
        """Tags the rules read instead of the dictionary's, where it is wrong (周恩来 is no
        time word): lexicon ``dictionary_tag_fixes``, a word and a tag an entry."""
        fixes = {}
        for entry in load_lexicon("dictionary_tag_fixes"):
            parts = entry.split()
            if len(parts) != 2:
                raise RuleError(
                    f"lexicon dictionary_tag_fixes: {entry!r} is not a word and a tag (周恩来 nr)"
                )
            fixes[parts[0]] = parts[1]
        return fixes

    @cached_property
    def dictionary_tags(self) -> dict[str, str]:
        """Part-of-speech tags of jieba's main dictionary for words of two to eight
        characters (read once, on first use)."""
        return self._tag_tables[0]

    @cached_property
    def character_tags(self) -> dict[str, str]:
        """The same for single characters (抓 v, 他 r), for rules: ``token.tag_`` leaves
        them out, as the NER model was trained."""
        return self._tag_tables[1]

    @cached_property
    def _tag_tables(self) -> tuple[dict[str, str], dict[str, str]]:
        words: dict[str, str] = {}
        characters: dict[str, str] = {}
        with jieba.get_dict_file() as handle:
            for raw in handle:
                parts = raw.decode("utf-8").split()
                if len(parts) == 3 and 2 <= len(parts[0]) <= 8:
                    words[parts[0]] = parts[2]
                elif len(parts) == 3 and len(parts[0]) == 1:
                    characters[parts[0]] = parts[2]
        return words, characters

    def simplified(self, text: str) -> str:
        """``text`` with traditional characters read as simplified, one for one."""
        simplified = text.translate(self.script_table)
        return text if simplified == text else simplified

    def __call__(self, text: str) -> Doc:
        simplified = self.simplified(text)
        folded = fold_width(simplified)
        words, spaces = words_and_spaces(self.segment(simplified, folded), simplified)
        doc = Doc(
            self.vocab,
            words=words,
            spaces=spaces,
            tags=self.word_tags(words),
            sent_starts=sentence_starts(words),
        )
        doc.spans[PARAGRAPHS] = [doc[start:end] for start, end in paragraph_ranges(words)]
        # The state holds the text as given: doc.text would rebuild it from the tokens.
        start_state(doc, text, folded, simplified)
        return doc

    # spaCy serialises tokenizers with the pipeline; ours rebuilds from resources.
    def to_bytes(self, **_: object) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_: object) -> JiebaSegmenter:
        return self

    def to_disk(self, _path: object, **_: object) -> None:
        return None

    def from_disk(self, _path: object, **_: object) -> JiebaSegmenter:
        return self


def common_word_test(
    nlp: Language,
    *name_tags: str,
    min_frequency: int = COMMON_WORD_FREQUENCY,
    only_tags: tuple[str, ...] = (),
) -> Callable[[str], bool]:
    """``is_common_word`` of the pipeline's segmenter, keeping words tagged ``name_tags``
    (``nr`` person, ``ns`` place, ``nt`` organisation, ``nz`` other proper noun) as names
    and, with ``only_tags``, taking only words of those tags (``n``: nouns); with another
    tokenizer, no word counts as common."""
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, JiebaSegmenter):
        tokenizer.dictionary_tags  # noqa: B018  (read while loading, not on the first article)
        tokenizer.tag_fixes  # noqa: B018  (and a malformed entry fails the load, not an article)
        return partial(
            tokenizer.is_common_word,
            except_tags=name_tags,
            min_frequency=min_frequency,
            only_tags=only_tags,
        )
    return _never_common


def single_character_tags(nlp: Language) -> Mapping[str, str]:
    """Dictionary tags of single characters from the pipeline's segmenter (none with
    another tokenizer)."""
    tokenizer = nlp.tokenizer
    return tokenizer.character_tags if isinstance(tokenizer, JiebaSegmenter) else {}


def _never_common(word: str) -> bool:
    return False


def paragraph_ranges(words: list[str]) -> list[tuple[int, int]]:
    """Token ranges between line breaks: the article's paragraphs.

    >>> paragraph_ranges(["省长", "讲话", "\\n", "会议", "指出"])
    [(0, 2), (3, 5)]
    """
    paragraphs = []
    start = None
    for index, word in enumerate(words):
        if "\n" in word or "\r" in word:
            if start is not None:
                paragraphs.append((start, index))
                start = None
        elif start is None:
            start = index
    if start is not None:
        paragraphs.append((start, len(words)))
    return paragraphs


def sentence_starts(words: list[str]) -> list[bool]:
    """Start a sentence after sentence-final punctuation and at each new line."""
    starts = []
    previous_ends = True
    for word in words:
        starts.append(previous_ends)
        last = word.rstrip(" \t")[-1:]
        previous_ends = bool(last) and (last in SENTENCE_END or not _NEWLINES.isdisjoint(word))
    return starts


@registry.tokenizers("govnews.JiebaSegmenter.v1")
def create_segmenter() -> Callable[[Language], JiebaSegmenter]:
    """Our segmenter as a config tokenizer (training runs on the run-time tokens)."""

    def create(nlp: Language) -> JiebaSegmenter:
        return JiebaSegmenter(nlp.vocab)

    return create
