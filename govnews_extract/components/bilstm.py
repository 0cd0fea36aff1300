"""A bidirectional LSTM layer over a list of sequences, with a fast run-time path.

Training goes through thinc's own ``LSTM`` (``with_padded``), whose forward pass also keeps
every gate for the backward pass. At run time no gate is kept, so :func:`_predict` does the
same arithmetic with numpy directly: one matrix product per direction gives every
input-to-gate term of a batch, and the loop over time steps only adds the recurrent term,
for all sequences at once. It reads thinc's weights as they are (same results up to float
rounding).

The input terms and the hidden states are laid out time step first, so that each step
reads and writes one contiguous block instead of gathering rows from all over the batch
(the rows are put in that order once, before the loop, and back once, after it).
The input-to-gate terms of a batch (1 KB a character) go into an array kept between calls
(:class:`ScratchArray`): glibc hands an array that big back to the system when it is freed,
and a fresh one each call spent about 15 % of the NER stage faulting its pages in again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import numpy
from spacy.util import registry
from thinc.api import LSTM, Model, with_padded
from thinc.types import Floats2d

from .fast_layers import no_backprop


@registry.layers("govnews.BiLSTM.v1")
def bilstm(width: int, dropout: float = 0.0) -> Model[list[Floats2d], list[Floats2d]]:
    """One bidirectional LSTM layer, ``width`` outputs (half per direction)."""
    if width % 2:
        raise ValueError(f"govnews.BiLSTM.v1 needs an even width, not {width}")
    trained = with_padded(LSTM(nO=width, nI=width, bi=True, depth=1, dropout=dropout))
    scratch = ScratchArray()

    def forward(
        model: Model, sequences: list[Floats2d], is_train: bool
    ) -> tuple[list[Floats2d], Callable]:
        if is_train:
            return model.layers[0](sequences, is_train)
        lstm = model.layers[0].layers[0]
        output: list[Floats2d] = []
        for group in _groups_of_rows(sequences, GROUP_ROWS):
            output.extend(_predict(lstm, group, scratch))
        return output, no_backprop

    return Model(
        "govnews_bilstm",
        forward,
        init=_init,
        layers=[trained],
        dims={"nO": width, "nI": width},
    )


def _init(model: Model, X: list[Floats2d] | None = None, Y: list[Floats2d] | None = None) -> Model:
    model.layers[0].initialize(X=X, Y=Y)
    return model


class ScratchArray(threading.local):
    """A float32 array that grows to the largest size asked of it and is kept for the next
    call, one per thread (so one pipeline may run in several threads). Sizes above
    ``keep_at_most`` items are handed out fresh and not kept."""

    def __init__(self, keep_at_most: int = 16_000_000) -> None:
        self.keep_at_most = keep_at_most
        self.kept = numpy.empty(0, dtype="f")

    def take(self, rows: int, columns: int) -> numpy.ndarray:
        """An uninitialised ``(rows, columns)`` array; valid until the next ``take``."""
        size = rows * columns
        if size > self.keep_at_most:
            return numpy.empty((rows, columns), dtype="f")
        if self.kept.size < size:
            self.kept = numpy.empty(size, dtype="f")
        return self.kept[:size].reshape(rows, columns)


#: Most rows (characters or words) one run of :func:`_predict` reads: past this, its
#: arrays outgrow the processor's caches and a long document ran 3× slower per character.
GROUP_ROWS = 8_000


def _groups_of_rows(sequences: list[Floats2d], most: int) -> list[list[Floats2d]]:
    """``sequences`` in order, cut into runs of at most ``most`` rows (a longer sequence
    alone): each sequence is read on its own, so the runs give the same outputs."""
    groups: list[list[Floats2d]] = []
    group: list[Floats2d] = []
    rows = 0
    for sequence in sequences:
        if group and rows + len(sequence) > most:
            groups.append(group)
            group, rows = [], 0
        group.append(sequence)
        rows += len(sequence)
    if group:
        groups.append(group)
    return groups


def _predict(lstm: Model, sequences: list[Floats2d], scratch: ScratchArray) -> list[Floats2d]:
    """Both directions of thinc's one-layer ``LSTM`` over each sequence.

    The sequences are packed end to end. Time step ``t`` reads, for the sequences longer
    than ``t`` (the longest first), row ``t`` (forward) and row ``length - 1 - t``
    (backward) of the packed rows, and both directions advance in the same numpy calls.
    """
    if not sequences:
        return []
    n_hidden = lstm.get_dim("nO") // 2
    n_in = lstm.get_dim("nI")
    lengths = numpy.array([len(seq) for seq in sequences], dtype="i")
    n_rows = int(lengths.sum())
    output = numpy.empty((n_rows, 2 * n_hidden), dtype="f")
    if n_rows:
        packed = numpy.concatenate([numpy.asarray(seq, dtype="f") for seq in sequences])
        w_input, w_hidden, bias = _weights(numpy.asarray(lstm.get_param("LSTM")), n_in, n_hidden)
        forward_rows, backward_rows, active = _time_major_rows(lengths)
        gates = 4 * n_hidden
        # Direction d's input terms for time-major position i sit at pre[d, i].
        pre = scratch.take(2 * n_rows, gates).reshape(2, n_rows, gates)
        for d, rows in enumerate((forward_rows, backward_rows)):
            numpy.matmul(packed[rows], w_input[:, d * gates : (d + 1) * gates], out=pre[d])
        pre += bias.reshape(2, 1, gates)
        hidden = numpy.empty((2, n_rows, n_hidden), dtype="f")
        _run(pre, w_hidden, active, hidden)
        output[forward_rows, :n_hidden] = hidden[0]
        output[backward_rows, n_hidden:] = hidden[1]
    return list(numpy.split(output, numpy.cumsum(lengths)[:-1]))


def _time_major_rows(lengths: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray, list[int]]:
    """Packed row of each (time step, sequence) pair, time step first, longest sequence
    first; the same for the backward direction (step t reads row length - 1 - t); and how
    many sequences are active at each step."""
    starts = numpy.concatenate([[0], numpy.cumsum(lengths)[:-1]])
    order = numpy.argsort(-lengths, kind="stable")
    sorted_lengths = lengths[order]
    sequence = numpy.repeat(numpy.arange(len(order)), sorted_lengths)
    step = numpy.concatenate([numpy.arange(n) for n in sorted_lengths])
    by_step = numpy.lexsort((sequence, step))
    sequence, step = sequence[by_step], step[by_step]
    first = starts[order][sequence]
    forward_rows = first + step
    backward_rows = first + sorted_lengths[sequence] - 1 - step
    active = numpy.bincount(step).tolist()
    return forward_rows, backward_rows, active


def _weights(
    params: numpy.ndarray, n_in: int, n_hidden: int
) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    """``Wx`` (n_in, 8h: forward then backward gates), ``Wh`` (2, h, 4h) and the bias (8h),
    gate blocks side by side (forget, input, output, cell), the sigmoid ones halved (see
    :func:`_run`)."""
    gates = 4 * n_hidden
    scale = numpy.ones(gates, dtype="f")
    scale[: 3 * n_hidden] = 0.5
    w_inputs, w_hiddens, biases = [], [], []
    offset = 0
    for _direction in range(2):
        parts = []
        for size in (gates * n_in, gates, gates * n_hidden, gates):
            parts.append(params[offset : offset + size])
            offset += size
        w_input, b_input, w_hidden, b_hidden = parts
        w_inputs.append(w_input.reshape(gates, n_in).T * scale)
        w_hiddens.append(w_hidden.reshape(gates, n_hidden).T * scale)
        biases.append((b_input + b_hidden) * scale)
    return (
        numpy.ascontiguousarray(numpy.hstack(w_inputs), dtype="f"),
        numpy.ascontiguousarray(w_hiddens, dtype="f"),
        numpy.concatenate(biases).astype("f"),
    )


def _run(
    pre: numpy.ndarray,
    w_hidden: numpy.ndarray,
    active: list[int],
    hidden: numpy.ndarray,
) -> None:
    """Both directions' hidden states, written into ``hidden`` (2, rows, h), time-major.

    ``pre`` (2, rows, 4h) holds every row's input terms, time-major: step ``t`` is the
    block of ``active[t]`` rows after the blocks of the earlier steps, and the sequences of
    a block are those of the block before it, less its shortest ones. With the sigmoid
    gates' weights halved, one ``tanh`` serves all four gates:
    sigmoid(x) = (tanh(x / 2) + 1) / 2.
    """
    n_hidden = w_hidden.shape[1]
    gates = 4 * n_hidden
    batch = active[0] if active else 0
    c = numpy.zeros((2, batch, n_hidden), dtype="f")
    g = numpy.empty((2, batch, gates), dtype="f")
    scratch = numpy.empty((2, batch, n_hidden), dtype="f")
    scale = numpy.full(gates, 0.5, dtype="f")
    shift = numpy.full(gates, 0.5, dtype="f")
    scale[3 * n_hidden :], shift[3 * n_hidden :] = 1.0, 0.0
    forget, input_, out_gate, cell = (slice(k * n_hidden, (k + 1) * n_hidden) for k in range(4))
    row, previous = 0, None
    for count in active:
        gg, cc, tmp = g[:, :count], c[:, :count], scratch[:, :count]
        if previous is None:  # no hidden state yet: the input terms alone
            gg[...] = pre[:, :count]
        else:
            for d in range(2):  # two 2-d products: BLAS takes these, not a strided 3-d one
                numpy.matmul(hidden[d, previous : previous + count], w_hidden[d], out=gg[d])
            gg += pre[:, row : row + count]
        numpy.tanh(gg, out=gg)
        gg *= scale
        gg += shift
        cc *= gg[..., forget]
        numpy.multiply(gg[..., input_], gg[..., cell], out=tmp)
        cc += tmp
        numpy.tanh(cc, out=tmp)
        numpy.multiply(gg[..., out_gate], tmp, out=hidden[:, row : row + count])
        previous, row = row, row + count
