"""Command line: batch-convert articles to JSON Lines.

    govnews-extract INPUT... [-o OUT.jsonl] [--workers N] [--resume] [--html] [--pretty]
    govnews-extract schema
    govnews-extract evaluate GOLD.jsonl PRED.jsonl
    govnews-extract --rules RULES.jsonl INPUT...        (--rules is repeatable)
    govnews-extract rules list [--rules RULES.jsonl...]
    govnews-extract rules test RULES.jsonl "text"

INPUT is a ``.txt`` file, a folder (every ``*.txt`` inside, sorted; also
``*.html`` with ``--html``), a ``.jsonl`` or ``.jsonl.gz`` file (one article a
line: ``id``, ``text``, optional ``published``, ``title``) or ``-`` for
standard input (plain text, or JSON Lines when every line is a JSON object).
Every input article gives exactly one output line: its fields, or
``{"id": …, "error": {"type": …, "message": …}}``. A summary goes to stderr;
the exit status is 1 when any article failed.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from functools import partial
from pathlib import Path

from . import __version__
from .batch import default_workers, done_ids, run_batch
from .errors import RuleError
from .models import article_json_schema
from .pipeline import Extractor, extractor_with_rules
from .sources import iter_inputs

logger = logging.getLogger("govnews_extract")


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(list(sys.argv[1:] if argv is None else argv))
    except BrokenPipeError:
        # The reader went away (`… | head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141


def _main(argv: list[str]) -> int:
    if argv[:1] == ["schema"]:
        print(json.dumps(article_json_schema(), ensure_ascii=False, indent=2))
        return 0
    if argv[:1] == ["evaluate"]:
        from .evaluate import main as evaluate_main

        return evaluate_main(argv[1:])
    if argv[:1] == ["rules"]:
        from .rules.cli import main as rules_main

        return rules_main(argv[1:])
    parser = argparse.ArgumentParser(
        prog="govnews-extract",
        description="Extract people, titles, organisations, places, dates, figures, statements "
        "and terms from Chinese government news, as JSON Lines. "
        "`govnews-extract schema` prints the JSON Schema of one output line; "
        "`govnews-extract evaluate GOLD.jsonl PRED.jsonl` scores output against a gold file; "
        "`govnews-extract rules list|test` shows user rules and what they match.",
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help=".txt file, folder of .txt files, .jsonl file, or - for stdin",
    )
    parser.add_argument("-o", "--output", help="write JSON Lines here instead of stdout")
    parser.add_argument("--pretty", action="store_true", help="indent the JSON (for one article)")
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        help="worker processes, each with its own pipeline (default: the machine's cores; "
        "1 for a single input file)",
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="with -o: keep what the output already holds, skip those ids, append the rest",
    )
    parser.add_argument(
        "--html", action="store_true", help="inputs are HTML pages: extract their visible text"
    )
    parser.add_argument(
        "--rules",
        action="append",
        default=[],
        metavar="RULES.jsonl",
        help="a file of user rules (repeatable); see examples/rules/README.md",
    )
    parser.add_argument("--no-progress", action="store_true", help="no progress line on stderr")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.resume and not args.output:
        parser.error("--resume needs -o OUT.jsonl: it appends to that file")
    make_extractor = Extractor
    if args.rules:
        from .rules import load_rules

        try:
            load_rules(args.rules)  # validate before any article is read
        except RuleError as error:
            print(f"govnews-extract: error: {error}", file=sys.stderr)
            return 2
        make_extractor = partial(extractor_with_rules, tuple(args.rules))
    multi = len(args.inputs) > 1 or any(
        Path(p).is_dir() or p.lower().endswith((".jsonl", ".jsonl.gz")) for p in args.inputs
    )
    workers = args.workers if args.workers is not None else (default_workers() if multi else 1)
    progress = sys.stderr if multi and not args.no_progress and sys.stderr.isatty() else None
    items = iter_inputs(args.inputs, sys.stdin, html=args.html)
    options = {
        "workers": max(1, workers),
        "make_extractor": make_extractor,
        "pretty": args.pretty,
        "progress": progress,
    }
    if args.output:
        output = Path(args.output)
        output.parent.mkdir(parents=True, exist_ok=True)
        skip = done_ids(output) if args.resume else set()
        with output.open("a" if args.resume else "w", encoding="utf-8") as out:
            summary = run_batch(items, out, skip_ids=skip, **options)
    else:
        summary = run_batch(items, sys.stdout, **options)
    if multi or summary.failed:
        print(summary.line(), file=sys.stderr)
    if summary.failed:
        shown = ", ".join(summary.failures[:5]) + (" …" if len(summary.failures) > 5 else "")
        print(
            f"{summary.failed} article(s) failed ({shown}); see their error lines", file=sys.stderr
        )
    return 1 if summary.failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
