"""Write PFR 1998 articles of one split as pipeline input and document-level gold.

The whole pipeline (rules + NER) is scored per document with the project's
scorer: people, organisations and places as sets of names per article.
Paragraph ids ``YYYYMMDD-PP-AAA-NNN`` group into articles ``YYYYMMDD-PP-AAA``;
paragraphs are joined with newlines. Persons are adjacent ``nr`` words merged
(as in ``corpora.read_pfr``), ``ns`` places, ``nt`` organisations. Titles are
not annotated in PFR, so ``people`` carry no titles (score ``people`` only).

Usage (repo root; the test split is for the final report only)::

    python train/pfr_documents.py --split test --out /tmp/pfr_test
    govnews-extract /tmp/pfr_test/articles.jsonl -o /tmp/pfr_test/pred.jsonl
    python ../shared/tools/score.py /tmp/pfr_test/gold.jsonl /tmp/pfr_test/pred.jsonl \\
        --fields people,organizations,places
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import Example, pfr_split, read_pfr

FIELDS = {"PERSON": "people", "PLACE": "places", "ORG": "organizations"}


def articles(split: str) -> dict[str, list[Example]]:
    """Paragraphs of ``split`` grouped by article id, in corpus order."""
    grouped: dict[str, list[Example]] = {}
    for example in read_pfr():
        if pfr_split(example.key) == split:
            grouped.setdefault(example.key.rsplit("-", 1)[0], []).append(example)
    return grouped


def gold_record(article_id: str, paragraphs: list[Example]) -> tuple[dict, dict]:
    """The input record and the gold record of one article."""
    names: dict[str, dict[str, None]] = {field: {} for field in FIELDS.values()}
    for paragraph in paragraphs:
        for start, end, label in paragraph.ents:
            names[FIELDS[label]][paragraph.text[start:end]] = None
    text = "\n".join(p.text for p in paragraphs)
    date = f"{article_id[:4]}-{article_id[4:6]}-{article_id[6:8]}"
    record = {"id": article_id, "text": text, "published": date}
    gold = {
        **record,
        "people": [{"name": name, "titles": []} for name in names["people"]],
        "organizations": list(names["organizations"]),
        "places": list(names["places"]),
    }
    return record, gold


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    grouped = articles(args.split)
    with (
        open(args.out / "articles.jsonl", "w", encoding="utf-8") as inputs,
        open(args.out / "gold.jsonl", "w", encoding="utf-8") as gold,
    ):
        for article_id, paragraphs in grouped.items():
            record, annotated = gold_record(article_id, paragraphs)
            inputs.write(json.dumps(record, ensure_ascii=False) + "\n")
            gold.write(json.dumps(annotated, ensure_ascii=False) + "\n")
    print(f"PFR {args.split}: {len(grouped)} articles -> {args.out}")


if __name__ == "__main__":
    main()
