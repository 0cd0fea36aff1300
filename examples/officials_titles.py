"""Which officials appear with which titles, counted across articles.

    python examples/officials_titles.py seeds/
    python examples/officials_titles.py articles.jsonl --min-count 2

INPUT is a folder of ``.txt`` articles (the file stem is the id) or a ``.jsonl``
file with one ``{"id", "text", "published"?}`` a line. For each (official, title)
pair the table shows in how many articles the pair appears, most frequent first.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import govnews_extract


def read_articles(source: Path) -> Iterator[dict]:
    """Article dicts from a folder of .txt files or a .jsonl file."""
    if source.is_dir():
        for path in sorted(source.glob("*.txt")):
            yield {"id": path.stem, "text": path.read_text(encoding="utf-8-sig")}
    else:
        with source.open(encoding="utf-8-sig") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    record = json.loads(line)
                    record.setdefault("id", f"{source.name}:{number}")
                    yield record


def pad(text: str, width: int) -> str:
    """Left-align in a terminal: CJK characters take two columns."""
    shown = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(0, width - shown)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", type=Path, help="folder of .txt articles or a .jsonl file")
    parser.add_argument("--min-count", type=int, default=1,
                        help="only pairs seen in at least this many articles")
    parser.add_argument("--byline", action="store_true", help="include reporters in bylines")
    args = parser.parse_args(argv)

    nlp = govnews_extract.load()
    pairs: Counter[tuple[str, str]] = Counter()
    articles = failed = 0
    for result in nlp.extract_many(read_articles(args.input)):
        articles += 1
        if isinstance(result, govnews_extract.ErrorRecord):
            failed += 1
            print(f"skipped {result.id}: {result.error.message}", file=sys.stderr)
            continue
        seen = set()
        for person in result.people:
            if "byline" in person.roles and not args.byline:
                continue
            for title in person.titles:
                seen.add((person.name, title.text))
        pairs.update(seen)  # count articles, not mentions

    rows = sorted(((n, name, title) for (name, title), n in pairs.items()
                   if n >= args.min_count), key=lambda r: (-r[0], r[1], r[2]))
    print(f"{'count':>5}  {pad('official', 8)}  title")
    for count, name, title in rows:
        print(f"{count:>5}  {pad(name, 8)}  {title}")
    print(f"\n{articles} articles, {failed} failed, {len(rows)} official-title pairs")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
