"""BILUO decoding of the tagger-style NER: valid spans from any tag sequence."""

from __future__ import annotations

from govnews_extract.components.biluo_ner import decode_biluo, tag_names

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
