"""BILUO decoding of the tagger-style NER: valid spans from any tag sequence."""

from __future__ import annotations

import numpy

from govnews_extract.components.biluo_ner import Transitions, decode_biluo, tag_names

LABELS = ("PERSON", "PLACE", "ORG")
TAGS = {tag: i for i, tag in enumerate(tag_names(LABELS))}


def _decode(*tags: str) -> list[tuple[int, int, str]]:
    return [(s, e, LABELS[k]) for s, e, k in decode_biluo([TAGS[t] for t in tags])]


def test_tag_names_layout() -> None:
    names = tag_names(LABELS)
    assert names[0] == "O"
    assert names[1:5] == ("B-PERSON", "I-PERSON", "L-PERSON", "U-PERSON")
    assert len(names) == 13


def test_valid_sequences() -> None:
    assert _decode("O", "O") == []
    assert _decode("U-PLACE", "B-ORG", "I-ORG", "L-ORG", "O", "U-PERSON") == [
        (0, 1, "PLACE"),
        (1, 4, "ORG"),
        (5, 6, "PERSON"),
    ]


def test_unclosed_entity_ends_at_o_or_end() -> None:
    assert _decode("B-ORG", "I-ORG", "O", "B-PLACE") == [(0, 2, "ORG"), (3, 4, "PLACE")]


def test_orphan_inside_or_last_starts_entity() -> None:
    assert _decode("O", "I-ORG", "L-ORG") == [(1, 3, "ORG")]
    assert _decode("L-PERSON", "O") == [(0, 1, "PERSON")]


def test_label_change_or_new_begin_closes_open_entity() -> None:
    assert _decode("B-ORG", "L-PLACE") == [(0, 1, "ORG"), (1, 2, "PLACE")]
    assert _decode("B-ORG", "B-ORG", "L-ORG") == [(0, 1, "ORG"), (1, 3, "ORG")]
    assert _decode("B-ORG", "U-ORG") == [(0, 1, "ORG"), (1, 2, "ORG")]


def test_empty() -> None:
    assert decode_biluo([]) == []


def _logits(*rows: dict[str, float]) -> numpy.ndarray:
    out = numpy.full((len(rows), len(TAGS)), -5.0, dtype="f")
    for i, row in enumerate(rows):
        for tag, value in row.items():
            out[i, TAGS[tag]] = value
    return out


def _valid(ids: numpy.ndarray) -> bool:
    names = tag_names(LABELS)
    prev = "O"
    for tag in [names[i] for i in ids] + ["O"]:
        open_entity = prev[0] in "BI"
        continues = tag[0] in "IL" and tag[2:] == prev[2:]
        if open_entity != continues:
            return False
        prev = tag
    return True


def test_viterbi_repairs_an_invalid_argmax() -> None:
    transitions = Transitions(len(LABELS))
    logits = _logits(
        {"O": 9.0},
        {"B-ORG": 3.0, "U-ORG": 2.5},
        {"L-PLACE": 3.0, "L-ORG": 2.8},
        {"O": 9.0},
    )
    assert not _valid(logits.argmax(axis=1))
    ids = transitions.decode(logits)
    assert _valid(ids)
    assert [tag_names(LABELS)[i] for i in ids] == ["O", "B-ORG", "L-ORG", "O"]


def test_sure_outside_tokens_stay_outside() -> None:
    transitions = Transitions(len(LABELS))
    ids = transitions.decode(_logits({"O": 9.0}, {"U-PERSON": 6.0}, {"O": 9.0}, {"I-ORG": 4.0}))
    assert [tag_names(LABELS)[i] for i in ids][:3] == ["O", "U-PERSON", "O"]
    assert _valid(ids)
    assert transitions.decode(_logits()).shape == (0,)


def test_outside_bias_trades_a_weak_entity_for_precision() -> None:
    transitions = Transitions(len(LABELS))
    logits = _logits({"O": 9.0}, {"U-PERSON": 3.0, "O": 2.5}, {"O": 9.0})
    names = tag_names(LABELS)
    assert [names[i] for i in transitions.decode(logits)] == ["O", "U-PERSON", "O"]
    assert [names[i] for i in transitions.decode(logits, 1.0)] == ["O", "O", "O"]
    assert [names[i] for i in transitions.decode(logits, -1.0)] == ["O", "U-PERSON", "O"]
    # the caller's logits are left as they were
    assert logits[1, 0] == 2.5


def test_valid_runs_skip_the_viterbi_and_decode_the_same(monkeypatch) -> None:
    """A run whose best tag per token is already valid keeps it; the Viterbi would too."""
    transitions = Transitions(3)
    rng = numpy.random.default_rng(5)
    logits = rng.normal(scale=3.0, size=(400, 13)).astype("f")
    logits[::7, 0] += 8.0  # sure O tokens cut the text into runs, as in real text
    fast = transitions.decode(logits)
    assert transitions.is_valid(numpy.array([1, 2, 3], dtype="i"))  # B I L
    assert not transitions.is_valid(numpy.array([2, 3], dtype="i"))  # I L: nothing opened it
    monkeypatch.setattr(Transitions, "is_valid", lambda self, ids: False)
    numpy.testing.assert_array_equal(fast, transitions.decode(logits))
