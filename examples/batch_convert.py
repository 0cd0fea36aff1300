"""Batch conversion with the Python API: articles in, JSON Lines out.

    python examples/batch_convert.py seeds/ /tmp/out.jsonl
    python examples/batch_convert.py articles.jsonl out.jsonl --published 2020-09-17

INPUT is a folder of ``.txt`` articles or a ``.jsonl`` file with one
``{"id", "text", "published"?, "title"?}`` a line. Every article gives one
output line: its fields, or ``{"id", "error"}`` when it could not be processed
(the batch goes on). A summary is printed at the end.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import govnews_extract
from govnews_extract import Article, ErrorRecord


def unreadable(article_id: str, error: Exception) -> ErrorRecord:
    return ErrorRecord.of(article_id, error)


def read_articles(source: Path, published: str | None) -> Iterator[dict | ErrorRecord]:
    """Article dicts; a file or line that cannot be read becomes an ErrorRecord."""
    if source.is_dir():
        for path in sorted(source.glob("*.txt")):
            try:
                yield {"id": path.stem, "text": path.read_text(encoding="utf-8-sig"),
                       "published": published}
            except (OSError, UnicodeDecodeError) as error:
                yield unreadable(path.stem, error)
        return
    for number, raw in enumerate(source.read_bytes().split(b"\n"), 1):
        article_id = f"{source.name}:{number}"
        try:
            record = json.loads(raw.decode("utf-8-sig")) if raw.strip() else None
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            yield unreadable(article_id, error)
            continue
        if record is None:
            continue
        if isinstance(record, dict):
            record.setdefault("id", article_id)
            if published and not record.get("published"):
                record["published"] = published
        yield record  # anything else: extract_many gives an ErrorRecord


def convert(nlp: govnews_extract.Extractor, items) -> Iterator[Article | ErrorRecord]:
    """One result per item, in order: read errors as they are, articles via extract_many."""
    for item in items:
        if isinstance(item, ErrorRecord):
            yield item
        else:
            yield from nlp.extract_many([item])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", type=Path, help="folder of .txt articles or a .jsonl file")
    parser.add_argument("output", type=Path, help="JSON Lines file to write")
    parser.add_argument("--published", help="publication date (ISO) for articles without one")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    nlp = govnews_extract.load()
    totals: Counter[str] = Counter()
    errors: list[str] = []
    with args.output.open("w", encoding="utf-8") as out:
        for result in convert(nlp, read_articles(args.input, args.published)):
            out.write(result.model_dump_json() + "\n")
            if isinstance(result, ErrorRecord):
                totals["failed"] += 1
                errors.append(f"  {result.id}: {result.error.type}: {result.error.message}")
                continue
            totals["articles"] += 1
            for field in ("people", "organizations", "places", "dates", "figures",
                          "statements", "terms"):
                totals[field] += len(getattr(result, field))

    seconds = time.perf_counter() - started
    print(f"wrote {args.output}: {totals['articles']} articles, {totals['failed']} failed "
          f"({seconds:.1f} s)")
    for field in ("people", "organizations", "places", "dates", "figures", "statements", "terms"):
        print(f"  {field:<14}{totals[field]:>6}")
    if errors:
        print("errors:")
        print("\n".join(errors))
    return 1 if totals["failed"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
