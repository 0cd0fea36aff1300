"""Shared check: every span in an output record points at its text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def spans(node: Any) -> Iterator[tuple[int, int, str]]:
    """Every (start, end, text) below ``node``: mentions, title mentions, statements, extras."""
    if isinstance(node, dict):
        if isinstance(node.get("start"), int) and isinstance(node.get("end"), int):
            yield node["start"], node["end"], node["text"]
        for value in node.values():
            yield from spans(value)
    elif isinstance(node, list):
        for value in node:
            yield from spans(value)


def assert_offsets(record: dict) -> int:
    """Each span's text is ``record["text"][start:end]``; returns how many were checked."""
    text = record["text"]
    checked = 0
    for field, value in record.items():
        if field == "text":
            continue
        for start, end, surface in spans(value):
            assert 0 <= start < end <= len(text), (field, start, end, surface)
            assert text[start:end] == surface, (field, start, end, surface)
            checked += 1
    return checked
