"""The bidirectional LSTM layer: its run-time path against thinc's, and paragraphs kept apart."""

from __future__ import annotations

import threading

import numpy
import pytest
import spacy
from spacy.tokens import Doc
from thinc.api import fix_random_seed, residual

from govnews_extract.components import bilstm as bilstm_module
from govnews_extract.components.bilstm import ScratchArray, _groups_of_rows, bilstm
from govnews_extract.components.char_ner import (
    _by_paragraph,
    paragraph_cuts,
    word_paragraph_cuts,
)


def _random_layer(width: int, seed: int = 0) -> object:
    fix_random_seed(seed)
    layer = bilstm(width)
    layer.initialize(X=[numpy.zeros((2, width), dtype="f")])
    lstm = layer.layers[0].layers[0]
    weights = lstm.get_param("LSTM")
    rng = numpy.random.default_rng(seed)
    lstm.set_param("LSTM", rng.uniform(-0.5, 0.5, weights.shape).astype("f"))
    return layer


def test_run_time_path_gives_thincs_outputs() -> None:
    """The numpy path reads thinc's weights in thinc's gate order: same numbers."""
    layer = _random_layer(16)
    rng = numpy.random.default_rng(1)
    sequences = [rng.random((n, 16), dtype="f") for n in (7, 1, 30, 12)]
    trained_path, _ = layer.layers[0](sequences, False)  # thinc's LSTM
    run_time = layer.predict(sequences)
    assert [out.shape for out in run_time] == [(n, 16) for n in (7, 1, 30, 12)]
    for expected, got in zip(trained_path, run_time, strict=True):
        numpy.testing.assert_allclose(got, expected, atol=1e-5)


def test_each_sequence_is_read_alone() -> None:
    """Batched with longer sequences, a sequence gets what it gets on its own."""
    layer = _random_layer(8)
    rng = numpy.random.default_rng(2)
    short, long = rng.random((3, 8), dtype="f"), rng.random((20, 8), dtype="f")
    alone = layer.predict([short])[0]
    batched = layer.predict([long, short])[1]
    numpy.testing.assert_allclose(batched, alone, atol=1e-6)


def test_both_directions_see_context() -> None:
    """Changing the last vector changes the first output (backward half) and not the
    forward half of the first position."""
    layer = _random_layer(8)
    rng = numpy.random.default_rng(3)
    sequence = rng.random((5, 8), dtype="f")
    changed = sequence.copy()
    changed[-1] += 1.0
    before, after = layer.predict([sequence, changed])
    numpy.testing.assert_allclose(before[0, :4], after[0, :4], atol=1e-7)
    assert numpy.abs(before[0, 4:] - after[0, 4:]).max() > 1e-4


def test_groups_of_rows_keep_order_and_size() -> None:
    sequences = [numpy.zeros((n, 2), dtype="f") for n in (5, 4, 12, 1, 1)]
    groups = _groups_of_rows(sequences, 6)
    assert [[len(s) for s in group] for group in groups] == [[5], [4], [12], [1, 1]]
    assert _groups_of_rows([], 6) == []
    bilstm_layer = _random_layer(8)
    assert bilstm_layer.predict([]) == []


def test_a_batch_read_in_groups_gives_thincs_outputs(monkeypatch) -> None:
    """A batch cut into runs of a few rows (a long document's paragraphs) gives each
    sequence what thinc's LSTM gives it."""
    monkeypatch.setattr(bilstm_module, "GROUP_ROWS", 10)
    layer = _random_layer(8)
    rng = numpy.random.default_rng(5)
    sequences = [rng.random((n, 8), dtype="f") for n in (7, 4, 25, 3, 3, 1)]
    expected, _ = layer.layers[0](sequences, False)
    got = layer.predict(sequences)
    assert len(got) == len(sequences)
    for want, out in zip(expected, got, strict=True):
        numpy.testing.assert_allclose(out, want, atol=1e-5)


def test_calls_of_other_sizes_in_turn_give_thincs_outputs() -> None:
    """The kept scratch array, reused by a smaller call and grown by a larger one, leaves
    no trace of an earlier call in a later one."""
    layer = _random_layer(8)
    rng = numpy.random.default_rng(4)
    batches = [[rng.random((n, 8), dtype="f") for n in sizes] for sizes in ((40, 3), (2,), (90,))]
    for sequences in batches + batches[::-1]:
        expected, _ = layer.layers[0](sequences, False)
        for want, got in zip(expected, layer.predict(sequences), strict=True):
            numpy.testing.assert_allclose(got, want, atol=1e-5)


def test_scratch_array_is_kept_grown_and_per_thread() -> None:
    scratch = ScratchArray(keep_at_most=100)
    first = scratch.take(3, 4)
    assert numpy.shares_memory(scratch.take(2, 5), first)  # a smaller one reuses the memory
    grown = scratch.take(5, 10)
    assert grown.shape == (5, 10) and not numpy.shares_memory(grown, first)
    assert numpy.shares_memory(scratch.take(1, 1), grown)
    assert not numpy.shares_memory(scratch.take(10, 11), scratch.take(10, 11))  # too big to keep
    elsewhere: list[numpy.ndarray] = []
    thread = threading.Thread(target=lambda: elsewhere.append(scratch.take(2, 5)))
    thread.start()
    thread.join()
    assert not numpy.shares_memory(elsewhere[0], grown)


def test_odd_width_is_refused() -> None:
    with pytest.raises(ValueError, match="even width"):
        bilstm(7)


@pytest.mark.parametrize(
    ("text", "cuts"),
    [("", []), ("abc", []), ("ab\ncd", [3]), ("ab\n", []), ("\n\nx", [1, 2])],
)
def test_paragraph_cuts(text: str, cuts: list[int]) -> None:
    assert paragraph_cuts(text) == cuts


@pytest.mark.parametrize(
    ("words", "cuts"),
    [
        (["会议", "\n", "强调"], [2]),  # after the line-break token
        (["会议", "\n\n", "强调", "。"], [2]),
        (["会议", "强调"], []),
        (["会议", "\n"], []),  # nothing after the last token
        (["\n", "会议"], [1]),
    ],
)
def test_word_paragraph_cuts(words: list[str], cuts: list[int]) -> None:
    doc = Doc(spacy.blank("zh").vocab, words=words, spaces=[False] * len(words))
    assert word_paragraph_cuts(doc) == cuts


def test_paragraphs_are_read_apart() -> None:
    """After a line break the LSTM starts afresh: the second paragraph's vectors are those
    it has as a document of its own, and an empty document stays empty."""
    layer = residual(_random_layer(8))
    rng = numpy.random.default_rng(4)
    texts = ["ab\ncde", "", "xyz"]
    vectors = [rng.random((len(text), 8), dtype="f") for text in texts]
    cuts = [paragraph_cuts(text) for text in texts]
    outputs, backprop = _by_paragraph(layer, vectors, cuts, is_train=True)
    assert [out.shape for out in outputs] == [(6, 8), (0, 8), (3, 8)]
    second_alone, _ = _by_paragraph(layer, [vectors[0][3:]], [[]], is_train=False)
    numpy.testing.assert_allclose(outputs[0][3:], second_alone[0], atol=1e-6)
    first_alone, _ = _by_paragraph(layer, [vectors[0][:3]], [[]], is_train=False)
    numpy.testing.assert_allclose(outputs[0][:3], first_alone[0], atol=1e-6)
    whole, _ = _by_paragraph(layer, [vectors[0]], [[]], is_train=False)
    assert numpy.abs(whole[0][3:] - outputs[0][3:]).max() > 1e-4  # the cut matters
    gradients = backprop([numpy.ones_like(out) for out in outputs])
    assert [grad.shape for grad in gradients] == [(6, 8), (0, 8), (3, 8)]
