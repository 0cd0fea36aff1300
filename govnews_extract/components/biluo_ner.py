"""A tagger-style NER: one BILUO tag per token from a tok2vec + softmax, decoded into ``doc.ents``.

Cheaper than spaCy's transition-based ``ner`` (no per-token state loop): the model scores
every token at once. ``predict`` keeps ``O`` wherever the model gives it probability
>= ``KEEP_O`` and runs a constrained Viterbi (only valid BILUO transitions) over the
remaining runs of tokens, usually a few per sentence. :func:`decode_biluo` turns tags into
non-overlapping spans and still repairs any invalid sequence (an ``I``/``L`` with no open
entity starts one; a ``B``, ``U``, label change or ``O`` closes the open one).
Gold tokens without annotation (e.g. MSRA words that only partly match an entity) are
missing values: they add no loss.
"""

# No `from __future__ import annotations`: spaCy validates the factory and initialize
# signatures with pydantic, which needs real annotation objects.

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from itertools import islice
from typing import Any

import numpy
from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.pipeline import TrainablePipe
from spacy.tokens import Doc, Span
from spacy.training import Example, validate_examples, validate_get_examples
from spacy.vocab import Vocab
from thinc.api import (
    Model,
    NumpyOps,
    Optimizer,
    SequenceCategoricalCrossentropy,
    set_dropout_rate,
)
from thinc.types import Floats2d, Ints1d
from threadpoolctl import ThreadpoolController

#: BILUO moves, in the order of their tag ids (tag id = 1 + 4 * label index + move).
MOVES = ("B", "I", "L", "U")

#: A token whose ``O`` probability is at least this stays ``O`` without decoding.
KEEP_O = 0.9
#: Score of a forbidden transition (finite, so sums stay finite).
FORBIDDEN = -1e4

#: Most distinct (ORTH, NORM) pairs whose embedding the run-time cache keeps.
EMBED_CACHE_MAX = 100_000

Spans = list[tuple[int, int, int]]


def tag_names(labels: Sequence[str]) -> tuple[str, ...]:
    """``O`` then ``B-X, I-X, L-X, U-X`` for each label X."""
    return ("O", *(f"{move}-{label}" for label in labels for move in MOVES))


def decode_biluo(tag_ids: Sequence[int] | numpy.ndarray) -> Spans:
    """Valid ``(start, end, label index)`` spans from a (possibly invalid) tag id sequence."""
    ids = numpy.asarray(tag_ids)
    spans: Spans = []
    start = label = -1
    prev = -2
    for i in numpy.flatnonzero(ids).tolist():
        tag_label, move = divmod(int(ids[i]) - 1, 4)
        if start >= 0 and (i != prev + 1 or tag_label != label or move in (0, 3)):
            spans.append((start, prev + 1, label))
            start = -1
        if move == 3:  # U
            spans.append((i, i + 1, tag_label))
        elif move == 2:  # L
            spans.append((start if start >= 0 else i, i + 1, tag_label))
            start = -1
        elif start < 0:  # B, or an I with nothing open
            start, label = i, tag_label
        prev = i
    if start >= 0:
        spans.append((start, prev + 1, label))
    return spans


class Transitions:
    """Allowed BILUO transitions as additive log scores (0 allowed, ``FORBIDDEN`` not)."""

    def __init__(self, n_labels: int) -> None:
        n_tags = 1 + 4 * n_labels
        label = [-1] + [k for k in range(n_labels) for _ in MOVES]
        move = ["O"] + [m for _ in range(n_labels) for m in MOVES]
        allowed = numpy.zeros((n_tags, n_tags), dtype=bool)
        for a in range(n_tags):
            for b in range(n_tags):
                if move[a] in "BI":  # an entity is open: continue or close it
                    allowed[a, b] = move[b] in "IL" and label[b] == label[a]
                else:
                    allowed[a, b] = move[b] in "OBU"
        self.allowed = allowed
        self.matrix = numpy.where(allowed, 0.0, FORBIDDEN).astype("f")
        self.start = numpy.array([m in "OBU" for m in move], dtype=bool)
        self.end = numpy.array([m in "OLU" for m in move], dtype=bool)

    def viterbi(self, logprobs: numpy.ndarray) -> numpy.ndarray:
        """Best valid tag sequence for one run of tokens (its neighbours are ``O``)."""
        n = len(logprobs)
        score = logprobs[0] + numpy.where(self.start, 0.0, FORBIDDEN)
        back = numpy.zeros((n, len(score)), dtype="i")
        for i in range(1, n):
            candidates = score[:, None] + self.matrix
            back[i] = candidates.argmax(axis=0)
            score = candidates.max(axis=0) + logprobs[i]
        best = numpy.zeros(n, dtype="i")
        best[-1] = int((score + numpy.where(self.end, 0.0, FORBIDDEN)).argmax())
        for i in range(n - 1, 0, -1):
            best[i - 1] = back[i, best[i]]
        return best

    def decode(self, logits: numpy.ndarray, outside_bias: float = 0.0) -> numpy.ndarray:
        """Tag ids for one doc: ``O`` where sure, constrained Viterbi over the other runs.

        ``outside_bias`` is added to the ``O`` logit: above 0 the model needs more evidence
        for an entity (precision up, recall down).
        """
        if outside_bias:
            logits = logits.copy()
            logits[:, 0] += outside_bias
        shifted = logits - logits.max(axis=1, keepdims=True)
        logprobs = shifted - numpy.log(numpy.exp(shifted).sum(axis=1, keepdims=True))
        ids = logprobs.argmax(axis=1).astype("i")
        open_tokens = numpy.flatnonzero((ids != 0) | (logprobs[:, 0] < numpy.log(KEEP_O)))
        if not len(open_tokens):
            return ids
        breaks = numpy.flatnonzero(numpy.diff(open_tokens) != 1)
        starts = [int(open_tokens[0]), *(open_tokens[breaks + 1]).tolist()]
        ends = [*(open_tokens[breaks] + 1).tolist(), int(open_tokens[-1]) + 1]
        for start, end in zip(starts, ends, strict=True):
            if not self.is_valid(ids[start:end]):  # a valid best-per-token path is the best path
                ids[start:end] = self.viterbi(logprobs[start:end])
        return ids

    def is_valid(self, ids: numpy.ndarray) -> bool:
        """Whether the tag ids form a valid run (its neighbours are ``O``)."""
        return bool(
            self.start[ids[0]]
            and self.end[ids[-1]]
            and self.allowed[ids[:-1], ids[1:]].all()
        )


class EmbeddingCache:
    """Run-time memo of the tok2vec's embedding layer, one row per (ORTH, NORM).

    The embedding (hashed features of the word -> maxout) looks at one token at a time, so
    its output is a function of the word and its norm: each distinct word is embedded once
    and looked up afterwards. Only for fixed weights: :class:`BiluoTagger` drops it on
    any update or parameter swap, and only turns it on through :meth:`BiluoTagger.enable_cache`.
    """

    def __init__(self, embed: Model) -> None:
        self.embed = embed
        self.index: dict[int, int] = {}
        self.table: numpy.ndarray | None = None

    def __call__(self, docs: list[Doc]) -> list[Floats2d]:
        keys = [[(o << 64) | n for o, n in doc.to_array([ORTH, NORM]).tolist()] for doc in docs]
        missing = {k: None for doc_keys in keys for k in doc_keys if k not in self.index}
        if missing:
            if len(self.index) + len(missing) > EMBED_CACHE_MAX:
                self.index, self.table = {}, None
                missing = {k: None for doc_keys in keys for k in doc_keys}
            self._add(list(missing), docs[0].vocab)
        table = self.table
        assert table is not None
        index = self.index
        asarray = self.embed.ops.asarray2f
        return [asarray(table[[index[k] for k in doc_keys]]) for doc_keys in keys]

    def _add(self, keys: list[int], vocab: Vocab) -> None:
        mask = (1 << 64) - 1
        doc = Doc(vocab, words=[vocab.strings[k >> 64] for k in keys])
        for token, key in zip(doc, keys, strict=True):
            if token.norm != key & mask:
                token.norm = key & mask
        rows = self.embed.ops.to_numpy(self.embed.predict([doc])[0])
        start = 0 if self.table is None else len(self.table)
        self.table = rows if self.table is None else numpy.concatenate([self.table, rows])
        self.index.update((key, start + i) for i, key in enumerate(keys))


class BiluoTagger(TrainablePipe):
    """Predicts a BILUO tag per token and sets ``doc.ents`` (labels in ``cfg["labels"]``)."""

    def __init__(
        self, vocab: Vocab, model: Model, name: str = "ner", *, scorer: Callable | None = None
    ) -> None:
        self.vocab = vocab
        self.model = model
        self.name = name
        self.scorer = scorer
        self.cfg: dict[str, Any] = {"labels": []}

    @property
    def labels(self) -> tuple[str, ...]:
        """Entity labels (not the BILUO tags)."""
        return tuple(self.cfg["labels"])

    @property
    def label_data(self) -> tuple[str, ...]:
        return self.labels

    @property
    def tags(self) -> tuple[str, ...]:
        """The model's output classes, in order."""
        return tag_names(self.labels)

    def add_label(self, label: str) -> int:
        if label in self.labels:
            return 0
        self._allow_extra_label()
        self.cfg["labels"].append(label)
        self.vocab.strings.add(label)
        return 1

    def predict(self, docs: Iterable[Doc]) -> list[Ints1d]:
        docs = list(docs)
        if not any(len(doc) for doc in docs):
            return [numpy.zeros((self.tagged_length(doc),), dtype="i") for doc in docs]
        transitions = self._transitions()
        to_numpy = self.model.ops.to_numpy
        bias = self.outside_bias
        with self.one_blas_thread():
            scores = self._scores(docs)
        return [transitions.decode(to_numpy(s), bias) for s in scores]

    def tagged_length(self, doc: Doc) -> int:
        """How many tags the model gives ``doc``: one per token."""
        return len(doc)

    def use_numpy_matmul(self) -> None:
        """Run the model's matrix products with numpy's BLAS instead of thinc's blis.

        On this model's shapes (thousands of rows, 64–224 columns) one OpenBLAS thread is
        about 2.5 times as fast as blis; :meth:`predict` then holds BLAS to one thread
        (:meth:`one_blas_thread`), so a worker process never competes with itself, and
        restores the caller's setting. Same results up to float rounding.
        """
        ops = NumpyOps(use_blis=False)
        for node in self.model.walk():
            node.ops = ops
        self._blas = ThreadpoolController()

    def one_blas_thread(self) -> AbstractContextManager[object]:
        """A block with BLAS on one thread, once :meth:`use_numpy_matmul` is on."""
        controller = getattr(self, "_blas", None)
        return nullcontext() if controller is None else controller.limit(limits=1, user_api="blas")

    @property
    def outside_bias(self) -> float:
        """Added to the ``O`` logit before decoding (``cfg["outside_bias"]``, chosen on dev)."""
        return float(self.cfg.get("outside_bias", 0.0))

    def enable_cache(self) -> bool:
        """Memoise the embedding layer at run time (weights fixed); False if not applicable."""
        self._cache = None
        tok2vec = self.model.get_ref("tok2vec") if self.model.has_ref("tok2vec") else None
        if tok2vec is None or not (tok2vec.has_ref("embed") and tok2vec.has_ref("encode")):
            return False
        if self.model.layers[0] is not tok2vec or len(self.model.layers) != 2:
            return False
        self._cache = EmbeddingCache(tok2vec.get_ref("embed"))
        return True

    def disable_cache(self) -> None:
        """Run the whole model on every call again."""
        self._cache = None

    def _scores(self, docs: list[Doc]) -> list[Floats2d]:
        cache: EmbeddingCache | None = getattr(self, "_cache", None)
        if cache is None:
            return self.model.predict(docs)
        encode = self.model.layers[0].get_ref("encode")
        return self.model.layers[1].predict(encode.predict(cache(docs)))

    def _drop_cache(self) -> None:
        if getattr(self, "_cache", None) is not None:
            self.enable_cache()

    def use_params(self, params: dict) -> Iterator[None]:
        """A generator, like spaCy's own (``Language.use_params`` drives it with ``next``)."""
        self._drop_cache()
        try:
            with self.model.use_params(params):
                yield
        finally:
            self._drop_cache()

    def finish_update(self, sgd: Optimizer) -> None:
        super().finish_update(sgd)
        self._drop_cache()

    def _transitions(self) -> Transitions:
        cached = getattr(self, "_cached_transitions", None)
        if cached is None or len(cached.start) != len(self.tags):
            cached = self._cached_transitions = Transitions(len(self.labels))
        return cached

    def set_annotations(self, docs: Iterable[Doc], tag_ids: list[Ints1d]) -> None:
        labels = self.labels
        for doc, ids in zip(docs, tag_ids, strict=True):
            spans = [Span(doc, s, e, label=labels[k]) for s, e, k in decode_biluo(ids)]
            doc.set_ents(spans, default="outside")

    def update(
        self,
        examples: Iterable[Example],
        *,
        drop: float = 0.0,
        sgd: Optimizer | None = None,
        losses: dict[str, float] | None = None,
    ) -> dict[str, float]:
        losses = {} if losses is None else losses
        losses.setdefault(self.name, 0.0)
        examples = list(examples)
        validate_examples(examples, "BiluoTagger.update")
        self.prepare(examples)
        if not any(len(eg.predicted) for eg in examples):
            return losses
        set_dropout_rate(self.model, drop)
        scores, backprop = self.model.begin_update([eg.predicted for eg in examples])
        loss, d_scores = self.get_loss(examples, scores)
        backprop(d_scores)
        if sgd not in (None, False):
            self.finish_update(sgd)
        losses[self.name] += loss
        return losses

    def get_loss(self, examples: Iterable[Example], scores: list[Floats2d]) -> tuple[float, Any]:
        """Cross-entropy against the gold BILUO tags; tokens without gold are missing."""
        loss_func = SequenceCategoricalCrossentropy(names=self.tags, normalize=False)
        truths = [self.gold_tags(eg) for eg in examples]
        d_scores, loss = loss_func(scores, truths)
        return float(loss), d_scores

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]],
        *,
        nlp: Language | None = None,
        labels: Sequence[str] | None = None,
    ) -> None:
        validate_get_examples(get_examples, "BiluoTagger.initialize")
        if labels is None:
            labels = sorted({ent.label_ for eg in get_examples() for ent in eg.reference.ents})
        for label in labels:
            self.add_label(label)
        self._require_labels()
        index = {tag: i for i, tag in enumerate(self.tags)}
        docs, gold = [], []
        for eg in islice(get_examples(), 10):
            self.prepare([eg])
            docs.append(eg.predicted)
            tags = self.gold_tags(eg)
            onehot = numpy.zeros((len(tags), len(index)), dtype="f")
            for i, tag in enumerate(tags):
                onehot[i, index.get(tag or "O", 0)] = 1.0
            gold.append(self.model.ops.asarray(onehot))
        self.model.initialize(X=docs, Y=gold)

    def gold_tags(self, example: Example) -> list[str | None]:
        """Gold BILUO tag per predicted token; ``None`` where the gold is missing or misaligned."""
        return [tag if tag and tag != "-" else None for tag in example.get_aligned_ner()]

    def prepare(self, examples: list[Example]) -> None:
        """Hook before training on ``examples`` (nothing to do for the word tagger)."""


#: Factory settings of the BILUO taggers (this one and ``char_ner``'s): what they assign,
#: their scorer, and the dev score training keeps the best model by.
TAGGER_FACTORY = {
    "assigns": ["doc.ents", "token.ent_iob", "token.ent_type"],
    "default_config": {"model": None, "scorer": {"@scorers": "spacy.ner_scorer.v1"}},
    "default_score_weights": {"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
}


@Language.factory("govnews_biluo_ner", **TAGGER_FACTORY)
def make_biluo_ner(nlp: Language, name: str, model: Model, scorer: Callable | None) -> BiluoTagger:
    """Factory of :class:`BiluoTagger` (the config must give the model)."""
    return BiluoTagger(nlp.vocab, model, name, scorer=scorer)
