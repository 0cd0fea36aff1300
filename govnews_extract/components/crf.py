"""A linear-chain CRF over the BILUO taggers' scores: learned transitions, sequence loss.

The softmax taggers score each character on its own and learn nothing about which tag may
follow which; the constrained Viterbi only forbids invalid moves. ``govnews.CRFTagger.v1``
wraps spaCy's tagger model with a learned transition score for every pair of tags, and
:func:`crf_loss` trains both on the likelihood of the whole gold sequence, so the model learns
how entities begin and end together (a surname that opens a name, a suffix that closes a
place). Gold may be partial (``None`` tags: no annotation there): the loss then compares
all paths with the paths that agree with the gold where there is gold.

The emission scores are the tagger's log-probabilities per character; a constant added to
every tag of one position cancels out, so these and the raw logits define the same CRF.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy
from spacy.ml.models.tagger import build_tagger_model
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Model
from thinc.types import Floats2d

#: Name of the transition parameter (tags x tags: score of tag j right after tag i).
TRANSITIONS = "transitions"
#: Score of what cannot happen: a forbidden move, or a tag the gold rules out. A path
#: through one counts for nothing, and a gold that leaves no other path is skipped.
IMPOSSIBLE = -1e6


@registry.architectures("govnews.CRFTagger.v1")
def crf_tagger(
    tok2vec: Model[list[Doc], list[Floats2d]], nO: int | None = None
) -> Model[list[Doc], list[Floats2d]]:
    """spaCy's tagger model (tok2vec + softmax) plus learned tag-transition scores.

    The forward pass is the tagger's; the transitions are read by the pipe's loss
    (:func:`crf_loss`) and by its Viterbi decoding.
    """
    tagger = build_tagger_model(tok2vec, nO=nO, normalize=False)
    return Model(
        "govnews_crf_tagger",
        _forward,
        init=_init,
        layers=[tagger],
        params={TRANSITIONS: None},
        dims={"nO": nO},
        refs={"tok2vec": tok2vec, "output_layer": tagger.get_ref("output_layer")},
    )


def _init(model: Model, X: list[Doc] | None = None, Y: list[Floats2d] | None = None) -> Model:
    model.layers[0].initialize(X=X, Y=Y)
    n_tags = model.layers[0].get_ref("output_layer").get_dim("nO")
    model.set_dim("nO", n_tags)
    model.set_param(TRANSITIONS, model.ops.alloc2f(n_tags, n_tags))
    return model


def _forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Floats2d], object]:
    return model.layers[0](docs, is_train)


def learned_transitions(model: Model) -> numpy.ndarray | None:
    """The transition scores of a CRF tagger model (None for a plain tagger)."""
    for node in model.walk():
        if node.name == "govnews_crf_tagger" and node.has_param(TRANSITIONS):
            return numpy.asarray(node.get_param(TRANSITIONS))
    return None


def crf_node(model: Model) -> Model | None:
    """The node holding the transition scores, to add their gradient to."""
    for node in model.walk():
        if node.name == "govnews_crf_tagger":
            return node
    return None


def _logsumexp(scores: numpy.ndarray, axis: int) -> numpy.ndarray:
    top = scores.max(axis=axis, keepdims=True)
    summed = numpy.log(numpy.exp(scores - top).sum(axis=axis, keepdims=True)) + top
    return summed.squeeze(axis)


def _pad(rows: Sequence[numpy.ndarray], reverse: bool) -> numpy.ndarray:
    """(batch, longest, tags), each sequence from position 0 (reversed if asked), zeros after."""
    padded = numpy.zeros((len(rows), max(len(r) for r in rows), rows[0].shape[1]), dtype="f8")
    for b, r in enumerate(rows):
        padded[b, : len(r)] = r[::-1] if reverse else r
    return padded


def _forward_lattice(
    emissions: numpy.ndarray,
    lengths: numpy.ndarray,
    transitions: numpy.ndarray,
    first: numpy.ndarray,
) -> numpy.ndarray:
    """Log-sum of every path's score up to each position (positions past a sequence's end
    repeat its last one)."""
    alpha = numpy.empty_like(emissions)
    alpha[:, 0] = emissions[:, 0] + first
    for t in range(1, emissions.shape[1]):
        previous = alpha[:, t - 1]
        step = _logsumexp(previous[:, :, None] + transitions[None], axis=1) + emissions[:, t]
        alpha[:, t] = numpy.where((t < lengths)[:, None], step, previous)
    return alpha


def _lattice(
    rows: Sequence[numpy.ndarray],
    transitions: numpy.ndarray,
    first: numpy.ndarray,
    last: numpy.ndarray,
) -> tuple[numpy.ndarray, list[numpy.ndarray], numpy.ndarray]:
    """log Z of each sequence, each one's tag marginals (n, tags), and the expected count of
    every transition over all of them."""
    lengths = numpy.array([len(r) for r in rows])
    alpha = _forward_lattice(_pad(rows, False), lengths, transitions, first)
    # The backward pass is the forward pass over the reversed sequences (transposed moves):
    # its value at reversed position n-1-t is beta_t + emission_t.
    gamma = _forward_lattice(_pad(rows, True), lengths, transitions.T, last)
    index = numpy.arange(len(rows))
    log_z = _logsumexp(alpha[index, lengths - 1] + last, axis=1)
    marginals = []
    expected = numpy.zeros_like(transitions)
    for b, r in enumerate(rows):
        n = len(r)
        back = gamma[b, :n][::-1]  # beta_t + emission_t, in text order
        marginals.append(numpy.exp(alpha[b, :n] + back - r - log_z[b]))
        if n > 1:
            pairs = alpha[b, : n - 1, :, None] + transitions[None] + back[1:, None, :]
            expected += numpy.exp(pairs - log_z[b]).sum(axis=0)
    return log_z, marginals, expected


def crf_loss(
    log_probs: Sequence[numpy.ndarray],
    allowed: Sequence[numpy.ndarray],
    transitions: numpy.ndarray,
    first: numpy.ndarray,
    last: numpy.ndarray,
) -> tuple[float, list[numpy.ndarray], numpy.ndarray]:
    """Negative log-likelihood of the gold paths, and its gradients.

    ``log_probs``: per sequence (n, tags) emission scores; ``allowed``: per sequence (n,
    tags) booleans, the gold tag where there is gold and every tag where there is none;
    ``transitions`` (tags, tags), ``first`` and ``last`` (tags): the scores of a move and of
    opening and closing a sequence on a tag (:data:`IMPOSSIBLE` forbids one).
    Returns the loss summed over sequences, d loss / d emissions per sequence (marginals
    minus gold-constrained marginals: also the gradient of the logits under a softmax), and
    d loss / d transitions. A sequence whose gold admits no valid path adds nothing.
    """
    keep = [b for b, r in enumerate(log_probs) if len(r)]
    gradients = [numpy.zeros(r.shape, dtype="f") for r in log_probs]
    if not keep:
        return 0.0, gradients, numpy.zeros_like(transitions)
    rows = [numpy.asarray(log_probs[b], dtype="f8") for b in keep]
    gold_rows = [
        r + numpy.where(allowed[b], 0.0, IMPOSSIBLE) for r, b in zip(rows, keep, strict=True)
    ]
    log_z, marginals, expected = _lattice(rows, transitions, first, last)
    gold_z, gold_marginals, gold_expected = _lattice(gold_rows, transitions, first, last)
    valid = gold_z > log_z + IMPOSSIBLE / 2
    loss = float((log_z - gold_z)[valid].sum())
    d_transitions = numpy.zeros_like(transitions)
    for k, b in enumerate(keep):
        if valid[k]:
            gradients[b] = (marginals[k] - gold_marginals[k]).astype("f")
    if valid.all():
        d_transitions = expected - gold_expected
    else:  # recompute without the invalid ones (rare: gold at odds with the constraints)
        good = [k for k in range(len(keep)) if valid[k]]
        if good:
            d_transitions = (
                _lattice([rows[k] for k in good], transitions, first, last)[2]
                - _lattice([gold_rows[k] for k in good], transitions, first, last)[2]
            )
    return loss, gradients, d_transitions.astype("f")
