"""Score extractions against a gold file, so users can measure the rules they write.

Gold and predictions are JSON Lines of articles matched by ``id``; gold follows
the annotation format of the project (strings for names and terms, objects
with ``text``/``value`` for dates and figures, ``speaker``/``text`` for
statements). Each field is compared as a set per article and summed over
articles (micro precision, recall and F1). Statements match on the same
speaker and a shared run of text of at least half the shorter text.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any


@dataclass
class Counts:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0

    def add(self, gold: set[Any], predicted: set[Any]) -> None:
        self.true_positive += len(gold & predicted)
        self.false_positive += len(predicted - gold)
        self.false_negative += len(gold - predicted)

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 0.0

    @property
    def recall(self) -> float:
        expected = self.true_positive + self.false_negative
        return self.true_positive / expected if expected else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _text(item: Any) -> str | None:
    if isinstance(item, str):
        return item
    if isinstance(item, dict):
        for key in ("name", "text"):
            if isinstance(item.get(key), str):
                return item[key]
    return None


def _names(record: dict) -> set[str]:
    return {n for n in (_text(p) for p in record.get("people") or []) if n}


def _person_titles(record: dict) -> set[tuple[str, str]]:
    pairs = set()
    for person in record.get("people") or []:
        name = _text(person)
        titles = person.get("titles") or [] if isinstance(person, dict) else []
        pairs.update((name, t) for t in (_text(x) for x in titles) if name and t)
    return pairs


def _strings(field: str) -> Callable[[dict], set[str]]:
    return lambda record: {s for s in (_text(x) for x in record.get(field) or []) if s}


def _values(field: str) -> Callable[[dict], set[tuple[str, str]]]:
    def read(record: dict) -> set[tuple[str, str]]:
        out = set()
        for item in record.get(field) or []:
            if isinstance(item, dict) and item.get("value") is not None and _text(item):
                out.add((_text(item), _canonical(item["value"])))
        return out

    return read


def _canonical(value: Any) -> str:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    return repr(round(number, 6))


FIELDS: dict[str, Callable[[dict], set]] = {
    "people": _names,
    "person_titles": _person_titles,
    "organizations": _strings("organizations"),
    "places": _strings("places"),
    "dates": _strings("dates"),
    "date_values": _values("dates"),
    "figures": _strings("figures"),
    "figure_values": _values("figures"),
    "terms": _strings("terms"),
}


def _statement_pairs(record: dict) -> list[tuple[str, str]]:
    pairs = []
    for statement in record.get("statements") or []:
        if isinstance(statement, dict):
            speaker = (
                _text(statement.get("speaker"))
                if isinstance(statement.get("speaker"), dict)
                else statement.get("speaker")
            )
            if speaker:
                pairs.append(
                    ("会议" if speaker == "會議" else speaker, statement.get("text") or "")
                )
    return pairs


def _same_statement(gold: tuple[str, str], predicted: tuple[str, str]) -> bool:
    if gold[0] != predicted[0] or not gold[1] or not predicted[1]:
        return False
    matcher = SequenceMatcher(None, gold[1], predicted[1], autojunk=False)
    longest = matcher.find_longest_match(0, len(gold[1]), 0, len(predicted[1])).size
    return longest >= max(4, min(len(gold[1]), len(predicted[1])) // 2)


def _count_statements(counts: Counts, gold: list, predicted: list) -> None:
    unused = list(predicted)
    for item in gold:
        hit = next((p for p in unused if _same_statement(item, p)), None)
        if hit is None:
            counts.false_negative += 1
        else:
            unused.remove(hit)
            counts.true_positive += 1
    counts.false_positive += len(unused)


def read_jsonl(path: str | Path) -> dict[str, dict]:
    records = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                records[str(record.get("id"))] = record
    return records


def evaluate(gold: dict[str, dict], predicted: dict[str, dict]) -> dict[str, Counts]:
    """Counts per field over the gold articles (a missing prediction counts as empty)."""
    counts = {name: Counts() for name in [*FIELDS, "statements"]}
    for article_id, gold_record in gold.items():
        predicted_record = predicted.get(article_id, {})
        for name, read in FIELDS.items():
            counts[name].add(read(gold_record), read(predicted_record))
        _count_statements(
            counts["statements"], _statement_pairs(gold_record), _statement_pairs(predicted_record)
        )
    return counts


def format_table(counts: dict[str, Counts]) -> str:
    lines = [f"{'field':<15} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for name, c in counts.items():
        lines.append(
            f"{name:<15} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} "
            f"{c.true_positive:5d} {c.false_positive:5d} {c.false_negative:5d}"
        )
    return "\n".join(lines)


def evaluate_files(gold_path: str | Path, predicted_path: str | Path) -> dict[str, Counts]:
    return evaluate(read_jsonl(gold_path), read_jsonl(predicted_path))


def main(argv: Iterable[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog="govnews-extract evaluate", description="Score predictions against a gold file."
    )
    parser.add_argument("gold")
    parser.add_argument("predicted")
    args = parser.parse_args(list(argv) if argv is not None else None)
    print(format_table(evaluate_files(args.gold, args.predicted)))
    return 0
