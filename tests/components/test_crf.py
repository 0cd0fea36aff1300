"""The CRF loss against brute force over every tag path, and its gradients against
finite differences; and a tiny CRF tagger that learns."""

from __future__ import annotations

import itertools

import numpy
import pytest

from govnews_extract.components.biluo_ner import Transitions
from govnews_extract.components.crf import IMPOSSIBLE, crf_loss


def brute_force_nll(
    log_probs: numpy.ndarray,
    allowed: numpy.ndarray,
    transitions: numpy.ndarray,
    first: numpy.ndarray,
    last: numpy.ndarray,
) -> float:
    """-log p(gold paths) by enumerating every path."""
    n, n_tags = log_probs.shape
    every, gold = [], []
    for path in itertools.product(range(n_tags), repeat=n):
        score = first[path[0]] + last[path[-1]] + sum(log_probs[i, t] for i, t in enumerate(path))
        score += sum(transitions[a, b] for a, b in itertools.pairwise(path))
        every.append(score)
        if all(allowed[i, t] for i, t in enumerate(path)):
            gold.append(score)
    return float(numpy.logaddexp.reduce(every) - numpy.logaddexp.reduce(gold))


@pytest.fixture
def problem() -> tuple[list[numpy.ndarray], list[numpy.ndarray], numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    rng = numpy.random.default_rng(3)
    n_tags = 3
    log_probs = [rng.normal(size=(n, n_tags)) for n in (4, 1, 3)]
    allowed = []
    for rows in log_probs:
        mask = numpy.ones(rows.shape, dtype=bool)
        mask[0] = False
        mask[0, rng.integers(2)] = True  # gold on the first position (tag 2 cannot open)
        allowed.append(mask)
    transitions = rng.normal(size=(n_tags, n_tags))
    transitions[2, 0] = IMPOSSIBLE  # one forbidden move, as the BILUO constraints have
    first = numpy.array([0.0, 0.3, IMPOSSIBLE])
    last = numpy.array([0.2, 0.0, 0.0])
    return log_probs, allowed, transitions, first, last


def test_loss_is_the_brute_force_likelihood(problem) -> None:
    log_probs, allowed, transitions, first, last = problem
    loss, _, _ = crf_loss(log_probs, allowed, transitions, first, last)
    expected = sum(
        brute_force_nll(rows, mask, transitions, first, last)
        for rows, mask in zip(log_probs, allowed, strict=True)
    )
    assert loss == pytest.approx(expected, rel=1e-6)


def test_gradients_match_finite_differences(problem) -> None:
    log_probs, allowed, transitions, first, last = problem
    _, d_emissions, d_transitions = crf_loss(log_probs, allowed, transitions, first, last)
    step = 1e-5

    def loss_with(rows: list[numpy.ndarray], moves: numpy.ndarray) -> float:
        return crf_loss(rows, allowed, moves, first, last)[0]

    for b, i, t in [(0, 0, 1), (0, 2, 2), (2, 1, 0), (1, 0, 0)]:
        up = [r.copy() for r in log_probs]
        down = [r.copy() for r in log_probs]
        up[b][i, t] += step
        down[b][i, t] -= step
        numeric = (loss_with(up, transitions) - loss_with(down, transitions)) / (2 * step)
        assert d_emissions[b][i, t] == pytest.approx(numeric, abs=1e-4)
    for a, c in [(0, 1), (1, 1), (2, 2)]:
        up, down = transitions.copy(), transitions.copy()
        up[a, c] += step
        down[a, c] -= step
        numeric = (loss_with(log_probs, up) - loss_with(log_probs, down)) / (2 * step)
        assert d_transitions[a, c] == pytest.approx(numeric, abs=1e-4)


def test_full_gold_on_an_impossible_path_adds_nothing() -> None:
    constraints = Transitions(1)  # O, B, I, L, U of one label
    log_probs = [numpy.zeros((2, 5)), numpy.zeros((2, 5))]
    # O then I is no valid BILUO sequence; O then U is.
    gold = [numpy.eye(5, dtype=bool)[[0, 2]], numpy.eye(5, dtype=bool)[[0, 4]]]
    first = numpy.where(constraints.start, 0.0, IMPOSSIBLE)
    last = numpy.where(constraints.end, 0.0, IMPOSSIBLE)
    moves = numpy.where(constraints.allowed, 0.0, IMPOSSIBLE)
    loss, d_emissions, _ = crf_loss(log_probs, gold, moves, first, last)
    assert not d_emissions[0].any()
    assert d_emissions[1].any()
    assert 0 < loss < 10


def test_learned_transitions_change_the_viterbi_path() -> None:
    log_probs = numpy.log(numpy.array([[0.5, 0.0, 0.0, 0.0, 0.5], [0.6, 0.0, 0.0, 0.0, 0.4]]) + 1e-9)
    assert Transitions(1).viterbi(log_probs).tolist() == [0, 0]
    learned = numpy.zeros((5, 5), dtype="f")
    learned[4, 4] = 2.0  # U after U: a list of one-character names
    assert Transitions(1, learned).viterbi(log_probs).tolist() == [4, 4]

