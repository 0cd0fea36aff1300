"""The shipped NER: one BILUO tag per character, read over the segmenter's words.

A word-level tagger can only find entities whose edges are word edges, and jieba glues
names to their neighbours (高明光在, 访华, 罗华宇王光荣): about 2 % of People's Daily
and 12 % of MSRA entities fall inside a word. This tagger predicts a tag for every
character. Its encoder (:func:`word_char_tok2vec`) joins, per character, the contextual
vector of the word it sits in (the word tagger's tok2vec, cheap and cacheable) with hashed
features of the character itself: the character, its two bigrams, its word, its position
in that word (B/M/E/S), the word's jieba dictionary tag and the annotation convention
(:data:`CONVENTION_KEY`). Decoding is the constrained Viterbi of :mod:`.biluo_ner`; where an
entity edge falls inside a word, :meth:`CharTagger.set_annotations` splits that token so
that ``doc.ents`` holds the exact span.
"""

# No `from __future__ import annotations`: spaCy validates the factory signature with pydantic.

import re
from collections.abc import Callable, Iterable
from typing import Any

import numpy
from spacy.attrs import IDX, LENGTH, NORM, TAG
from spacy.language import Language
from spacy.ml.models.tok2vec import MaxoutWindowEncoder
from spacy.strings import hash_string
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import registry
from thinc.api import (
    Maxout,
    Model,
    chain,
    residual,
    with_array,
)
from thinc.types import Floats2d, Ints1d, Ints2d

from ..lexicons import load_lexicon
from ..patterns import WordPositions
from ..state import doc_state
from .bilstm import bilstm as bilstm_layer
from .biluo_ner import TAGGER_FACTORY, BiluoTagger, EmbeddingCache, decode_biluo
from .ner import hash_embed
from .tokens import split_tokens_at

#: Feature columns, one row per character.
CHAR_COLUMNS = ("CHAR", "BIGRAM_LEFT", "BIGRAM_RIGHT", "WORD", "CHAR_IN_WORD")
#: v2 adds the word's tag in jieba's dictionary (``token.tag_``: ns, nr, nt, oov…) with the
#: character's position in the word: a name jieba knows but our data never showed.
CHAR_COLUMNS_V2 = (*CHAR_COLUMNS, "WORD_TAG")
#: v3 adds the annotation convention the document is read under (the same on every character).
CHAR_COLUMNS_V3 = (*CHAR_COLUMNS_V2, "CONVENTION")
#: v4 adds where the package's lexicons cover the character (:class:`LexiconMarks`).
CHAR_COLUMNS_V4 = (*CHAR_COLUMNS_V3, "LEXICON")

#: ``doc.user_data`` key naming the annotation convention to follow. People's Daily's (the
#: default, for news) tags whole words: 中方 and 邓小平理论 hold no entity, 天津塘沽区 is two
#: places. ``"msra"`` follows the MSRA corpus, which tags 中 in 中方 and 邓小平 in
#: 邓小平理论: training on both corpora with this flag keeps the two from blurring.
CONVENTION_KEY = "govnews_ner_convention"

_LINE_BREAK = re.compile("\n")

#: Stands for the character before the text / after it in a bigram (above every code point).
_EDGE = 0x110000
#: Position of a character in its word: B, M, E, S (single-character word), or outside any word.
_BEGIN, _MIDDLE, _END, _SINGLE, _OUTSIDE = range(5)


def doc_text(doc: Doc) -> str:
    """The document's text, kept in its state (``doc.text`` joins every token on each call)."""
    return doc_state(doc).simplified


def code_points(text: str) -> numpy.ndarray:
    """The text's code points as ``uint64``, one per character."""
    return numpy.frombuffer(text.encode("utf-32-le"), dtype="<u4").astype("uint64")


def _token_of_chars(
    starts: numpy.ndarray, lengths: numpy.ndarray, n_chars: int
) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    """For each character: its token's index (``len(starts)`` for whitespace between tokens),
    its offset in that token and the token's length."""
    starts = starts.astype("int64")
    lengths = lengths.astype("int64")
    index = numpy.arange(n_chars)
    token = numpy.searchsorted(starts, index, side="right") - 1
    token_safe = numpy.maximum(token, 0)
    offset = index - starts[token_safe]
    length = lengths[token_safe]
    outside = (token < 0) | (offset >= length)
    return numpy.where(outside, len(starts), token), offset, length


def char_token_index(doc: Doc) -> numpy.ndarray:
    """Index of the token holding each character of ``doc.text``; ``len(doc)`` if none."""
    tokens = doc.to_array([IDX, LENGTH]).reshape(-1, 2)
    return _token_of_chars(tokens[:, 0], tokens[:, 1], len(doc_text(doc)))[0]


class LexiconMarks:
    """Where the package's lexicons cover a text: one key per character.

    A gazetteer tells the model about names its training text never showed: every county
    of the place lexicon (象山, 泗水), every body of the organisation lexicon, every surname.
    The key packs the kind of the longest match covering the character (organisation names
    first, then places), the character's position in it (B/M/E/S), and whether the
    character is a surname. Matches are leftmost-longest and do not overlap.
    """

    def __init__(
        self, lexicons: Iterable[str] = ("organization_names", "places"), surnames: bool = True
    ) -> None:
        self.lexicons = [WordPositions(load_lexicon(name)) for name in lexicons]
        # A name can only start where its first two characters do: a sorted array of those
        # bigrams finds the few offsets worth a look without a Python loop over the text.
        self.openings = [
            numpy.unique(numpy.array([_bigram(word) for word in words.words if len(word) > 1]))
            for words in self.lexicons
        ]
        single = [word for word in load_lexicon("surnames") if len(word) == 1] if surnames else []
        self.surnames = numpy.array(sorted(ord(word) for word in single), dtype="uint64")

    def spans(self, text: str, chars: numpy.ndarray, kind: int) -> numpy.ndarray:
        """(start, end) of the leftmost-longest, non-overlapping matches of lexicon ``kind``."""
        words, openings = self.lexicons[kind], self.openings[kind]
        if len(chars) < 2 or not len(openings):
            return numpy.zeros((0, 2), dtype="int64")
        bigrams = (chars[:-1] << numpy.uint64(21)) | chars[1:]
        found = []
        cursor = 0
        for start in numpy.flatnonzero(_sorted_contains(openings, bigrams)).tolist():
            if start < cursor:
                continue
            end = words.longest_at(text, start)
            if end is not None:
                found.append((start, end))
                cursor = end
        return numpy.array(found, dtype="int64").reshape(-1, 2)

    def keys(self, text: str, chars: numpy.ndarray) -> numpy.ndarray:
        """A uint64 key per character of ``text`` (``chars``: its code points)."""
        n = len(text)
        marks = numpy.zeros(n, dtype="uint64")
        taken = numpy.zeros(n + 1, dtype="int64")  # characters covered so far, cumulated
        for kind in range(len(self.lexicons)):
            spans = self.spans(text, chars, kind)
            starts, ends = spans[:, 0], spans[:, 1]
            free = taken[ends] == taken[starts]  # no character of an earlier kind's match
            starts, ends = starts[free], ends[free]
            if not len(starts):
                continue
            base = numpy.uint64((kind + 1) << 3)
            covered = numpy.zeros(n + 1, dtype="int64")
            numpy.add.at(covered, starts, 1)
            numpy.add.at(covered, ends, -1)
            marks[numpy.cumsum(covered[:n]) > 0] = base | numpy.uint64(_MIDDLE)
            marks[ends - 1] = base | numpy.uint64(_END)
            marks[starts] = base | numpy.uint64(_BEGIN)
            marks[starts[ends - starts == 1]] = base | numpy.uint64(_SINGLE)
            taken[1:] = numpy.cumsum(marks != 0)
        surname = _sorted_contains(self.surnames, chars).astype("uint64")
        return marks | (surname << numpy.uint64(6))


def _bigram(word: str) -> int:
    return (ord(word[0]) << 21) | ord(word[1])


def _sorted_contains(table: numpy.ndarray, values: numpy.ndarray) -> numpy.ndarray:
    """``numpy.isin(values, table)`` for a sorted ``table``, without sorting it per call."""
    if not len(table):
        return numpy.zeros(len(values), dtype=bool)
    index = numpy.minimum(numpy.searchsorted(table, values), len(table) - 1)
    return table[index] == values


def char_feature_rows(
    doc: Doc,
    *,
    word_tags: bool = False,
    convention: bool = False,
    lexicon: LexiconMarks | None = None,
) -> numpy.ndarray:
    """uint64 keys for :data:`CHAR_COLUMNS` (``_V2`` with ``word_tags``, ``_V3`` with both
    ``word_tags`` and ``convention``, ``_V4`` with all three and ``lexicon``), a row per
    character.

    The embedding hashes them, so a key only has to be distinct: bigrams pack two code
    points, positions are folded into the low bits.
    """
    chars = code_points(doc_text(doc))
    n = len(chars)
    columns = (
        CHAR_COLUMNS_V4
        if lexicon is not None
        else CHAR_COLUMNS_V3
        if convention
        else CHAR_COLUMNS_V2
        if word_tags
        else CHAR_COLUMNS
    )
    out = numpy.zeros((n, len(columns)), dtype="uint64")
    if convention:
        out[:, 6] = hash_string(doc.user_data.get(CONVENTION_KEY) or "")
    if not n:
        return out
    if lexicon is not None:
        out[:, 7] = lexicon.keys(doc_text(doc), chars)
    edge = numpy.array([_EDGE], dtype="uint64")
    before = numpy.concatenate([edge, chars[:-1]])
    after = numpy.concatenate([chars[1:], edge])
    out[:, 0] = chars
    out[:, 1] = (before << numpy.uint64(21)) | chars
    out[:, 2] = (chars << numpy.uint64(21)) | after
    tokens = doc.to_array([IDX, LENGTH, NORM, TAG]).reshape(-1, 4)
    position = numpy.full(n, _OUTSIDE, dtype="uint64")
    if len(tokens):
        token, offset, length = _token_of_chars(tokens[:, 0], tokens[:, 1], n)
        inside = token < len(tokens)
        token_safe = numpy.minimum(token, len(tokens) - 1)
        out[:, 3] = numpy.where(inside, tokens[token_safe, 2], 0)
        word_position = numpy.where(
            length == 1,
            _SINGLE,
            numpy.where(offset == 0, _BEGIN, numpy.where(offset == length - 1, _END, _MIDDLE)),
        )
        position = numpy.where(inside, word_position, _OUTSIDE).astype("uint64")
        if word_tags:
            tag = numpy.where(inside, tokens[token_safe, 3], 0)
            out[:, 5] = (tag << numpy.uint64(3)) | position
    out[:, 4] = (chars << numpy.uint64(3)) | position
    return out


def _char_features(
    version: int, lexicon: LexiconMarks | None = None
) -> Model[list[Doc], list[Ints2d]]:
    options: dict[str, Any] = {"word_tags": version >= 2, "convention": version >= 3}
    if version >= 4:
        options["lexicon"] = lexicon or LexiconMarks()

    def forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Ints2d], Callable]:
        rows = [
            model.ops.asarray2i(char_feature_rows(doc, **options), dtype="uint64")
            for doc in docs
        ]
        return rows, lambda _d: []

    columns = (CHAR_COLUMNS, CHAR_COLUMNS_V2, CHAR_COLUMNS_V3, CHAR_COLUMNS_V4)[version - 1]
    return Model("govnews_zh_char_features", forward, attrs={"columns": columns})


@registry.layers("govnews.ZhCharFeatures.v1")
def zh_char_features() -> Model[list[Doc], list[Ints2d]]:
    """One row of :data:`CHAR_COLUMNS` keys per character of each doc."""
    return _char_features(1)


@registry.layers("govnews.ZhCharFeatures.v2")
def zh_char_features_v2() -> Model[list[Doc], list[Ints2d]]:
    """One row of :data:`CHAR_COLUMNS_V2` keys (also the word's dictionary tag) per character."""
    return _char_features(2)


@registry.layers("govnews.ZhCharFeatures.v3")
def zh_char_features_v3() -> Model[list[Doc], list[Ints2d]]:
    """``ZhCharFeatures.v2`` plus the document's annotation convention (:data:`CONVENTION_KEY`)."""
    return _char_features(3)


@registry.layers("govnews.ZhCharFeatures.v4")
def zh_char_features_v4(
    lexicons: tuple[str, ...] = ("organization_names", "places"), surnames: bool = True
) -> Model[list[Doc], list[Ints2d]]:
    """``ZhCharFeatures.v3`` plus the lexicon marks (:class:`LexiconMarks`)."""
    return _char_features(4, LexiconMarks(lexicons, surnames))


@registry.architectures("govnews.ZhCharEmbed.v1")
def zh_char_embed(
    width: int, rows: list[int], maxout_pieces: int = 2
) -> Model[list[Doc], list[Floats2d]]:
    """Hashed character, bigram, word and character-in-word embeddings, one row per character."""
    return hash_embed(zh_char_features(), CHAR_COLUMNS, width, rows, maxout_pieces)


@registry.architectures("govnews.ZhCharEmbed.v2")
def zh_char_embed_v2(
    width: int, rows: list[int], maxout_pieces: int = 2
) -> Model[list[Doc], list[Floats2d]]:
    """``ZhCharEmbed.v1`` plus the word's dictionary tag (``token.tag_``) and position."""
    return hash_embed(zh_char_features_v2(), CHAR_COLUMNS_V2, width, rows, maxout_pieces)


@registry.architectures("govnews.WordCharTok2Vec.v1")
def word_char_tok2vec(
    word_tok2vec: Model[list[Doc], list[Floats2d]],
    char_embed: Model[list[Doc], list[Floats2d]],
    width: int,
    depth: int,
    window_size: int = 1,
    maxout_pieces: int = 2,
    word_bilstm: bool = False,
    char_bilstm: bool = False,
) -> Model[list[Doc], list[Floats2d]]:
    """One vector per character: its word's contextual vector joined with its own embedding.

    ``word_tok2vec`` reads the words with their context (cheap: there are fewer words than
    characters, and its embedding can be memoised per word at run time); ``char_embed``
    sees the character, its bigrams and its place in the word; a maxout layer mixes the two
    and a window encoder of ``depth`` layers (none with 0) looks at the neighbouring characters.
    ``word_bilstm`` and ``char_bilstm`` add a residual bidirectional LSTM over the word
    vectors (before the join) and over the character vectors (after the mixing layer), so
    that what the whole paragraph says (a post further on, the list a name is an item of)
    reaches every character. Each reads one paragraph at a time, starting afresh after a line
    break, as in training, where every document is one paragraph or sentence.
    """
    char_encode: Model[list[Floats2d], list[Floats2d]] = with_array(
        Maxout(width, nP=maxout_pieces, dropout=0.0, normalize=True)
    )
    if depth:
        char_encode = chain(
            char_encode,
            MaxoutWindowEncoder(
                width=width, window_size=window_size, maxout_pieces=maxout_pieces, depth=depth
            ),
        )
    layers = [word_tok2vec, char_embed, char_encode]
    refs = {}
    if word_bilstm:
        refs["word_context"] = residual(bilstm_layer(word_tok2vec.get_ref("encode").get_dim("nO")))
    if char_bilstm:
        refs["char_context"] = residual(bilstm_layer(width))
    return Model(
        "govnews_word_char_tok2vec",
        _word_char_forward,
        init=_word_char_init,
        layers=[*layers, *refs.values()],
        refs=refs,
        dims={"nO": width},
        attrs={"word_cache": None},
    )


def _word_char_init(
    model: Model, X: list[Doc] | None = None, Y: object | None = None
) -> Model:
    """Initialise both branches, then the mixing layer on their joined output (its input width)."""
    if X is None:
        raise ValueError("govnews.WordCharTok2Vec.v1 needs sample docs to initialise")
    for layer in model.layers[:2]:
        layer.initialize(X=X)
    word_vectors = model.layers[0].predict(X)
    if model.has_ref("word_context"):
        model.get_ref("word_context").initialize(X=word_vectors)
    char_vectors = model.layers[1].predict(X)
    joined = _join(model.ops, word_vectors, char_vectors, X)[0]
    model.layers[2].initialize(X=joined)
    if model.has_ref("char_context"):
        model.get_ref("char_context").initialize(X=model.layers[2].predict(joined))
    return model


def _join(
    ops: Any, word_vectors: list[Floats2d], char_vectors: list[Floats2d], docs: list[Doc]
) -> tuple[list[Floats2d], list[numpy.ndarray]]:
    """Per character: its word's vector (zeros between words) next to its own vector."""
    indices = [char_token_index(doc) for doc in docs]
    joined = []
    for words, chars, index in zip(word_vectors, char_vectors, indices, strict=True):
        padded = ops.xp.vstack([words, ops.alloc2f(1, words.shape[1])])
        joined.append(ops.xp.hstack([padded[index], chars]))
    return joined, indices


def _word_vectors(model: Model, docs: list[Doc], is_train: bool) -> tuple[list, Callable]:
    """The word branch, through the run-time embedding cache when one is set."""
    word_tok2vec = model.layers[0]
    cache = model.attrs["word_cache"]
    if cache is None or is_train:
        return word_tok2vec(docs, is_train)
    vectors = word_tok2vec.get_ref("encode").predict(cache(docs))
    return vectors, lambda _d: []


def _word_char_forward(
    model: Model, docs: list[Doc], is_train: bool
) -> tuple[list[Floats2d], Callable]:
    _, char_embed, char_encode = model.layers[:3]
    ops = model.ops
    word_vectors, backprop_words = _word_vectors(model, docs, is_train)
    backprop_word_context: Callable | None = None
    if model.has_ref("word_context"):
        word_cuts = [word_paragraph_cuts(doc) for doc in docs]
        word_vectors, backprop_word_context = _by_paragraph(
            model.get_ref("word_context"), word_vectors, word_cuts, is_train
        )
    char_vectors, backprop_chars = char_embed(docs, is_train)
    joined, indices = _join(ops, word_vectors, char_vectors, docs)
    output, backprop_encode = char_encode(joined, is_train)
    backprop_char_context: Callable | None = None
    if model.has_ref("char_context"):
        char_cuts = [paragraph_cuts(doc_text(doc)) for doc in docs]
        output, backprop_char_context = _by_paragraph(
            model.get_ref("char_context"), output, char_cuts, is_train
        )

    def backprop(d_output: list[Floats2d]) -> list:
        if backprop_char_context is not None:
            d_output = backprop_char_context(d_output)
        d_joined = backprop_encode(d_output)
        d_words, d_chars = [], []
        for d, words, index in zip(d_joined, word_vectors, indices, strict=True):
            width = words.shape[1]
            d_padded = ops.alloc2f(words.shape[0] + 1, width)
            numpy.add.at(d_padded, index, d[:, :width])
            d_words.append(d_padded[:-1])
            d_chars.append(ops.xp.ascontiguousarray(d[:, width:]))
        backprop_chars(d_chars)
        if backprop_word_context is not None:
            d_words = backprop_word_context(d_words)
        backprop_words(d_words)
        return []

    return output, backprop


def paragraph_cuts(text: str) -> list[int]:
    """Where ``text`` is cut into paragraphs: after each line break, except at its end."""
    return [match.end() for match in _LINE_BREAK.finditer(text, 0, max(0, len(text) - 1))]


def word_paragraph_cuts(doc: Doc) -> list[int]:
    """Where ``doc``'s tokens are cut into paragraphs: after each token holding a line break
    (or followed by one), except after the last token."""
    breaks = [match.start() for match in _LINE_BREAK.finditer(doc_text(doc))]
    if not breaks:
        return []
    starts = doc.to_array(IDX)
    tokens = numpy.searchsorted(starts, breaks, side="right")  # index of the next token
    return sorted({int(token) for token in tokens if 0 < token < len(doc)})


def _by_paragraph(
    layer: Model, vectors: list[Floats2d], cuts: list[list[int]], is_train: bool
) -> tuple[list[Floats2d], Callable]:
    """``layer`` over each paragraph of each document, put back together per document."""
    xp = layer.ops.xp

    def pieces_of(arrays: list[Floats2d]) -> list[Floats2d]:
        return [
            piece
            for array, doc_cuts in zip(arrays, cuts, strict=True)
            for piece in xp.split(array, doc_cuts)
            if len(array)
        ]

    def regroup(pieces: list[Floats2d], like: list[Floats2d]) -> list[Floats2d]:
        grouped, start = [], 0
        for array, doc_cuts in zip(like, cuts, strict=True):
            count = len(doc_cuts) + 1 if len(array) else 0
            grouped.append(xp.concatenate(pieces[start : start + count]) if count else array)
            start += count
        return grouped

    outputs, backprop_layer = layer(pieces_of(vectors), is_train)

    def backprop(d_outputs: list[Floats2d]) -> list[Floats2d]:
        return regroup(backprop_layer(pieces_of(d_outputs)), d_outputs)

    return regroup(outputs, vectors), backprop


@registry.architectures("govnews.ZhCharEmbed.v3")
def zh_char_embed_v3(
    width: int, rows: list[int], maxout_pieces: int = 2
) -> Model[list[Doc], list[Floats2d]]:
    """``ZhCharEmbed.v2`` plus the annotation convention (People's Daily unless flagged)."""
    return hash_embed(zh_char_features_v3(), CHAR_COLUMNS_V3, width, rows, maxout_pieces)


@registry.architectures("govnews.ZhCharEmbed.v4")
def zh_char_embed_v4(
    width: int,
    rows: list[int],
    maxout_pieces: int = 2,
    lexicons: list[str] = ["organization_names", "places"],  # noqa: B006 (config default)
    surnames: bool = True,
) -> Model[list[Doc], list[Floats2d]]:
    """``ZhCharEmbed.v3`` plus where the lexicons (places, organisations, surnames) cover
    the character."""
    features = zh_char_features_v4(tuple(lexicons), surnames)
    return hash_embed(features, CHAR_COLUMNS_V4, width, rows, maxout_pieces)


def trim_spaces(text: str, spans: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Spans without leading or trailing whitespace (a line break is never part of a name)."""
    trimmed = []
    for start, end, label in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            trimmed.append((start, end, label))
    return trimmed


class CharTagger(BiluoTagger):
    """Predicts a BILUO tag per character and sets ``doc.ents`` on exact character spans."""

    def tagged_length(self, doc: Doc) -> int:
        """How many tags the model gives ``doc``: one per character."""
        return len(doc_text(doc))

    def enable_cache(self) -> bool:
        """Memoise the word branch's embedding (weights fixed); False if the model has none.

        Only :func:`word_char_tok2vec` has one: a character's own features depend on its
        neighbours, a word's embedding only on the word.
        """
        tok2vec = self._word_char_tok2vec()
        if tok2vec is None:
            return False
        word_tok2vec = tok2vec.layers[0]
        if not (word_tok2vec.has_ref("embed") and word_tok2vec.has_ref("encode")):
            return False
        tok2vec.attrs["word_cache"] = EmbeddingCache(word_tok2vec.get_ref("embed"))
        return True

    def disable_cache(self) -> None:
        tok2vec = self._word_char_tok2vec()
        if tok2vec is not None:
            tok2vec.attrs["word_cache"] = None

    def _drop_cache(self) -> None:
        tok2vec = self._word_char_tok2vec()
        if tok2vec is not None and tok2vec.attrs["word_cache"] is not None:
            self.enable_cache()

    def _word_char_tok2vec(self) -> Model | None:
        for layer in self.model.walk():
            if layer.name == "govnews_word_char_tok2vec":
                return layer
        return None

    def set_annotations(self, docs: Iterable[Doc], tag_ids: list[Ints1d]) -> None:
        labels = self.labels
        for doc, ids in zip(docs, tag_ids, strict=True):
            found = trim_spaces(doc_text(doc), decode_biluo(ids))
            split_tokens_at(doc, (offset for start, end, _ in found for offset in (start, end)))
            spans = [doc.char_span(start, end, label=labels[k]) for start, end, k in found]
            doc.set_ents([span for span in spans if span is not None], default="outside")

    def prepare(self, examples: list[Example]) -> None:
        """Each predicted doc reads under its reference's annotation convention."""
        copy_convention(examples)

    def gold_tags(self, example: Example) -> list[str | None]:
        """Gold BILUO tag of every character (``None``: no gold there)."""
        return gold_char_tags(example)


def copy_convention(examples: Iterable[Example]) -> None:
    """Give each predicted doc its reference's annotation convention (training data sets it)."""
    for example in examples:
        convention = example.reference.user_data.get(CONVENTION_KEY)
        if convention:
            example.predicted.user_data[CONVENTION_KEY] = convention


def gold_char_tags(example: Example) -> list[str | None]:
    """BILUO tag of each character of the text from the reference's entities.

    Characters of reference tokens without entity annotation are ``None`` (no loss),
    so partly annotated data stays usable. The reference may be tokenised any way
    (characters, words): only character offsets are read.
    """
    reference = example.reference
    tags: list[str | None] = ["O"] * len(reference.text)
    for token in reference:
        if token.ent_iob == 0:
            tags[token.idx : token.idx + len(token.text)] = [None] * len(token.text)
    for ent in reference.ents:
        start, end, label = ent.start_char, ent.end_char, ent.label_
        if end - start == 1:
            tags[start] = f"U-{label}"
        else:
            tags[start] = f"B-{label}"
            tags[start + 1 : end - 1] = [f"I-{label}"] * (end - start - 2)
            tags[end - 1] = f"L-{label}"
    return tags


@Language.factory("govnews_char_ner", **TAGGER_FACTORY)
def make_char_ner(nlp: Language, name: str, model: Model, scorer: Callable | None) -> CharTagger:
    """Factory of :class:`CharTagger` (the config must give the model)."""
    return CharTagger(nlp.vocab, model, name, scorer=scorer)
