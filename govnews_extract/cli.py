"""Command line: batch-convert articles to JSON Lines.

    govnews-extract INPUT... [-o OUT.jsonl] [--pretty]
    govnews-extract schema

INPUT is a ``.txt`` file, a folder (every ``*.txt`` inside, sorted), a
``.jsonl`` file (one article a line: ``id``, ``text``, optional
``published``, ``title``) or ``-`` for standard input (plain text, or JSON
Lines when every line is a JSON object). Every input article gives exactly one
output line: its fields, or ``{"id": …, "error": {"type": …, "message": …}}``.
The exit status is 1 when any article failed.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from . import __version__
from .errors import InputError, InputFileError
from .models import Article, ErrorInfo, ErrorRecord, article_json_schema
from .pipeline import ArticleInput, Extractor, as_article_input

logger = logging.getLogger("govnews_extract")


@dataclass(frozen=True)
class Failed:
    """An input that could not even be read into an article."""

    id: str | None
    error: Exception


Item = ArticleInput | Failed


def read_text_file(path: Path) -> str:
    """A text file's contents; UTF-8 (with or without BOM), else a clear error."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputFileError(f"cannot read {path}: {error.strerror or error}") from error
    return decode_text(data, str(path))


def decode_text(data: bytes, source: str) -> str:
    """UTF-8 (with or without BOM) text, else an error that says when it is GB18030/GBK."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputFileError(f"{source} looks like a binary file (it contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        hint = ""
        try:
            data.decode("gb18030")
            hint = " It decodes as GB18030/GBK: convert it with `iconv -f GB18030 -t UTF-8`."
        except UnicodeDecodeError:
            pass
        raise InputFileError(f"{source} is not valid UTF-8 (byte {error.start}).{hint}") from error


def iter_jsonl(lines: Iterable[str | bytes], source: str) -> Iterator[Item]:
    """One item per non-blank line; a line that cannot be read fails alone."""
    for number, raw_line in enumerate(lines, 1):
        fallback_id = f"{source}:{number}"
        if isinstance(raw_line, bytes):
            try:
                line = decode_text(raw_line, f"{source} line {number}")
            except InputFileError as error:
                yield Failed(fallback_id, error)
                continue
        else:
            line = raw_line.lstrip("\ufeff") if number == 1 else raw_line
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Failed(fallback_id, InputError(f"{source} line {number}: invalid JSON: {error}"))
            continue
        if not isinstance(record, dict):
            yield Failed(fallback_id, InputError(f"{source} line {number}: not a JSON object"))
            continue
        record_id = record.get("id")
        try:
            article = as_article_input(record)
        except Exception as error:
            yield Failed(fallback_id if record_id is None else str(record_id), error)
            continue
        if article.id is None:
            article = ArticleInput(article.text, fallback_id, article.published, article.title)
        yield article


def iter_inputs(paths: list[str], stdin: TextIO) -> Iterator[Item]:
    """Articles from every input, in the order given."""
    for raw in paths:
        if raw == "-":
            buffer = getattr(stdin, "buffer", None)
            try:
                content = decode_text(buffer.read(), "stdin") if buffer else stdin.read()
            except InputFileError as error:
                yield Failed("stdin", error)
                continue
            content = content.lstrip("\ufeff")
            # Split on newlines only: str.splitlines() would also split inside a
            # JSON string holding U+2028 or U+0085, which json.dumps leaves unescaped.
            lines = content.split("\n")
            if any(line.strip() for line in lines) and all(
                line.lstrip().startswith("{") for line in lines if line.strip()
            ):
                yield from iter_jsonl(iter(lines), "stdin")
            else:
                yield ArticleInput(content, "stdin")
            continue
        path = Path(raw)
        if path.is_dir():
            children = sorted(path.rglob("*.txt"))
            if not children:
                logger.warning("%s holds no .txt files: nothing to do for it", path)
            for child in children:
                yield from _text_file_item(child)
        elif path.suffix.lower() == ".jsonl":
            yield from _jsonl_file_items(path)
        elif path.exists():
            yield from _text_file_item(path)
        else:
            yield Failed(path.stem, InputFileError(f"{path} does not exist"))


def _jsonl_file_items(path: Path) -> Iterator[Item]:
    """Records of a JSON Lines file, streamed.

    Lines are split at b"\\n" (never inside a UTF-8 or GBK character) and each is
    decoded alone: one undecodable line does not lose the rest.
    """
    try:
        handle = path.open("rb")
    except OSError as error:
        yield Failed(path.stem, InputFileError(f"cannot read {path}: {error}"))
        return
    with handle:
        yield from iter_jsonl(handle, path.name)


def _text_file_item(path: Path) -> Iterator[Item]:
    try:
        yield ArticleInput(read_text_file(path), path.stem)
    except InputFileError as error:
        yield Failed(path.stem, error)


def error_record(item_id: str | None, error: Exception) -> ErrorRecord:
    return ErrorRecord(id=item_id, error=ErrorInfo(type=type(error).__name__, message=str(error)))


def json_line(result: Article | ErrorRecord, indent: int | None = None) -> str:
    """One output record as JSON; U+2028/U+2029 escaped so no line reader splits it."""
    text = result.model_dump_json(indent=indent)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def run(paths: list[str], out: TextIO, *, pretty: bool, progress: bool, stdin: TextIO) -> int:
    """Process every input; returns the number of failed articles."""
    extractor = Extractor()
    failed = 0
    done = 0
    for item in iter_inputs(paths, stdin):
        if isinstance(item, Failed):
            result: Article | ErrorRecord = error_record(item.id, item.error)
        else:
            result = next(iter(extractor.extract_many([item])))
        if isinstance(result, ErrorRecord):
            failed += 1
        indent = 2 if pretty else None
        out.write(json_line(result, indent) + "\n")
        out.flush()
        done += 1
        if progress:
            print(f"\r{done} articles, {failed} failed", end="", file=sys.stderr, flush=True)
    if progress:
        print(file=sys.stderr)
    return failed


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["schema"]:
        print(json.dumps(article_json_schema(), ensure_ascii=False, indent=2))
        return 0
    if argv[:1] == ["evaluate"]:
        from .evaluate import main as evaluate_main

        return evaluate_main(argv[1:])
    parser = argparse.ArgumentParser(
        prog="govnews-extract",
        description="Extract people, titles, organisations, places, dates, figures, statements "
        "and terms from Chinese government news, as JSON Lines. "
        "`govnews-extract schema` prints the JSON Schema of one output line; "
        "`govnews-extract evaluate GOLD.jsonl PRED.jsonl` scores output against a gold file.",
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help=".txt file, folder of .txt files, .jsonl file, or - for stdin",
    )
    parser.add_argument("-o", "--output", help="write JSON Lines here instead of stdout")
    parser.add_argument("--pretty", action="store_true", help="indent the JSON (for one article)")
    parser.add_argument("--no-progress", action="store_true", help="no progress line on stderr")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    multi = len(args.inputs) > 1 or any(
        Path(p).is_dir() or p.endswith(".jsonl") for p in args.inputs
    )
    progress = multi and not args.no_progress and sys.stderr.isatty()
    if args.output:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        with open(args.output, "w", encoding="utf-8") as out:
            failed = run(args.inputs, out, pretty=args.pretty, progress=progress, stdin=sys.stdin)
    else:
        failed = run(
            args.inputs, sys.stdout, pretty=args.pretty, progress=progress, stdin=sys.stdin
        )
    if failed:
        print(f"{failed} article(s) failed; see their error lines", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
