"""Reading articles as users have them: text files, folders, JSON Lines (gzipped or not),
HTML pages and standard input.

Every input record becomes exactly one item: an ``ArticleInput``, or a
``Failed`` that says why it could not be read, so a batch never loses a record.
Everything streams: a JSON Lines file is read a line at a time.
"""

from __future__ import annotations

import gzip
import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO, TextIO

from .errors import InputError, InputFileError
from .pipeline import ArticleInput, as_article_input

logger = logging.getLogger(__name__)

#: Suffixes read as one article each inside a folder (``.html``/``.htm`` only with ``html``).
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")


@dataclass(frozen=True)
class Failed:
    """An input that could not even be read into an article."""

    id: str | None
    error: Exception


Item = ArticleInput | Failed


def decode_text(data: bytes, source: str) -> tuple[str, tuple[str, ...]]:
    """Text and warnings: UTF-8 (with or without BOM), else GB18030 said out loud.

    >>> decode_text("省长".encode("gbk"), "a.txt")
    ('省长', ('a.txt is not UTF-8; it was decoded as GB18030 (GBK)',))
    """
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputFileError(f"{source} looks like a binary file (it contains NUL bytes)")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError as error:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise InputFileError(
                f"{source} is not valid UTF-8 (byte {error.start}) nor GB18030/GBK; "
                "convert it to UTF-8 first"
            ) from error
        if not _mostly_chinese(text):
            raise InputFileError(
                f"{source} is not valid UTF-8 (byte {error.start}); it decodes as GB18030/GBK "
                "but does not read as Chinese text. Convert it with `iconv -f ENCODING -t UTF-8`."
            ) from error
        return text, (f"{source} is not UTF-8; it was decoded as GB18030 (GBK)",)


def _mostly_chinese(text: str) -> bool:
    """Whether decoded text looks like Chinese rather than mojibake of another encoding."""
    letters = [ch for ch in text if not ch.isspace() and not ch.isascii()]
    if not letters:
        return True
    han = sum("\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" for ch in letters)
    full_width = sum("\uff00" <= ch <= "\uffef" for ch in letters)
    return (han + full_width) / len(letters) >= 0.8


class _TextExtractor(HTMLParser):
    """Visible text of an HTML page; block elements become line breaks."""

    BLOCKS = frozenset(
        "p div br li ul ol h1 h2 h3 h4 h5 h6 tr table section article header footer "
        "blockquote pre title".split()
    )
    HIDDEN = frozenset({"script", "style", "noscript", "template", "head"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden_depth = 0
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "title":
            self.in_title = True
        if tag in self.HIDDEN:
            self.hidden_depth += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in self.HIDDEN:
            self.hidden_depth = max(0, self.hidden_depth - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.hidden_depth:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, str | None]:
    """Visible text (paragraphs on their own lines) and the page title.

    >>> html_to_text("<html><head><title>标题</title></head><body><p>第一段</p><p>第二段</p>"
    ...              "<script>x=1</script></body></html>")
    ('第一段\\n\\n第二段', '标题')
    """
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    text = "\n\n".join(line for line in lines if line)
    title = " ".join("".join(parser.title).split()) or None
    return text, title


def read_text_file(path: Path, *, html: bool = False) -> ArticleInput:
    """One article from a text (or, with ``html``, an HTML) file."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputFileError(f"cannot read {path}: {error.strerror or error}") from error
    text, warnings = decode_text(data, str(path))
    title = None
    if html:
        text, title = html_to_text(text)
    return ArticleInput(text, path.stem, None, title, warnings)


def iter_jsonl(lines: Iterable[str | bytes], source: str, *, html: bool = False) -> Iterator[Item]:
    """One item per non-blank line; a line that cannot be read fails alone."""
    for number, raw_line in enumerate(lines, 1):
        fallback_id = f"{source}:{number}"
        warnings: tuple[str, ...] = ()
        if isinstance(raw_line, bytes):
            try:
                line, warnings = decode_text(raw_line, f"{source} line {number}")
            except InputFileError as error:
                yield Failed(fallback_id, error)
                continue
        else:
            line = raw_line
        if number == 1:
            line = line.lstrip("\ufeff")
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
        if html:
            text, title = html_to_text(article.text)
            article = replace(article, text=text, title=article.title or title)
        yield replace(
            article,
            id=fallback_id if article.id is None else article.id,
            warnings=article.warnings + warnings,
        )


def iter_inputs(paths: Iterable[str], stdin: TextIO, *, html: bool = False) -> Iterator[Item]:
    """Articles from every input, in the order given."""
    for raw in paths:
        if raw == "-":
            yield from _stdin_items(stdin, html=html)
            continue
        path = Path(raw)
        name = path.name.lower()
        if path.is_dir():
            suffixes = TEXT_SUFFIXES + (HTML_SUFFIXES if html else ())
            children = sorted(p for p in path.rglob("*") if p.suffix.lower() in suffixes)
            if not children:
                logger.warning("%s holds no %s files: nothing to do for it", path, suffixes)
            for child in children:
                yield from _text_file_item(child, html=html)
        elif name.endswith((".jsonl", ".jsonl.gz")):
            yield from _jsonl_file_items(path, html=html)
        elif path.exists():
            yield from _text_file_item(path, html=html or name.endswith(HTML_SUFFIXES))
        else:
            yield Failed(path.stem, InputFileError(f"{path} does not exist"))


def _stdin_items(stdin: TextIO, *, html: bool) -> Iterator[Item]:
    buffer = getattr(stdin, "buffer", None)
    try:
        if buffer is not None:
            content, warnings = decode_text(buffer.read(), "stdin")
        else:
            content, warnings = stdin.read(), ()
    except InputFileError as error:
        yield Failed("stdin", error)
        return
    content = content.lstrip("\ufeff")
    # Split on newlines only: str.splitlines() would also split inside a JSON
    # string holding U+2028 or U+0085, which json.dumps leaves unescaped.
    lines = content.split("\n")
    if any(line.strip() for line in lines) and all(
        line.lstrip().startswith("{") for line in lines if line.strip()
    ):
        yield from iter_jsonl(lines, "stdin", html=html)
        return
    title = None
    if html:
        content, title = html_to_text(content)
    yield ArticleInput(content, "stdin", None, title, warnings)


def _jsonl_file_items(path: Path, *, html: bool) -> Iterator[Item]:
    """Records of a JSON Lines file (``.jsonl`` or ``.jsonl.gz``), streamed.

    Lines are split at b"\\n" (never inside a UTF-8 or GBK character) and each
    is decoded alone: one undecodable line does not lose the rest.
    """
    try:
        handle: BinaryIO = (
            gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")
        )
    except OSError as error:
        yield Failed(path.stem, InputFileError(f"cannot read {path}: {error}"))
        return
    with handle:
        try:
            yield from iter_jsonl(handle, path.name, html=html)
        except (OSError, EOFError) as error:  # a truncated or corrupt gzip stream
            yield Failed(path.stem, InputFileError(f"{path} could not be read to its end: {error}"))


def _text_file_item(path: Path, *, html: bool) -> Iterator[Item]:
    try:
        yield read_text_file(path, html=html)
    except InputFileError as error:
        yield Failed(path.stem, error)
