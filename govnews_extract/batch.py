"""Batch conversion: many articles to JSON Lines, in order, in parallel, resumable.

Every input item gives exactly one output line (a result or an error record).
Lines are written whole and flushed window by window, so a run killed at any
moment leaves at most one partial last line, which ``resume`` cuts away before
appending what is missing.

Parallel runs keep one loaded pipeline per worker process and feed it bounded
windows of articles, so memory stays flat on inputs of any size while the
output keeps the input order.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TextIO

from threadpoolctl import threadpool_limits

from .models import Article, ErrorRecord
from .pipeline import Extractor
from .sources import Failed, Item

#: Articles run through a pipeline as one batch (one task for a worker), and
#: chunks kept in flight per worker.
CHUNK_SIZE = 16
WINDOWS_PER_WORKER = 4


@dataclass
class BatchSummary:
    """What a run did, for the closing line on stderr."""

    read: int = 0
    written: int = 0
    failed: int = 0
    skipped: int = 0
    size: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)

    def line(self) -> str:
        kilobytes = self.size / 1024  # UTF-8 bytes of the articles processed
        speed = kilobytes / self.seconds if self.seconds else 0.0
        skipped = f", {self.skipped} skipped (already in the output)" if self.skipped else ""
        return (
            f"{self.read} articles read, {self.written} written, {self.failed} failed{skipped}; "
            f"{kilobytes:,.0f} KB in {self.seconds:.1f} s, pipeline loading included "
            f"({speed:,.0f} KB/s)"
        )


def json_line(result: Article | ErrorRecord, indent: int | None = None) -> str:
    """One output record as JSON; U+2028/U+2029 escaped so no line reader splits it."""
    text = result.model_dump_json(indent=indent)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


@dataclass(frozen=True)
class Outcome:
    """One processed item: its id, whether it failed, its JSON line, the UTF-8 bytes it read."""

    id: str | None
    failed: bool
    line: str
    size: int


def process_batch(
    extractor: Extractor, items: Sequence[Item], indent: int | None = None
) -> list[Outcome]:
    """The output lines of ``items``, in order, the readable ones run as one batch; never raises."""
    readable = [item for item in items if not isinstance(item, Failed)]
    results = iter(extractor.results_of(readable))
    outcomes = []
    for item in items:
        if isinstance(item, Failed):
            record = ErrorRecord.of(item.id, item.error)
            outcomes.append(Outcome(item.id, True, json_line(record, indent), 0))
            continue
        result = next(results)
        failed = isinstance(result, ErrorRecord)
        size = 0 if failed else len(item.text.encode("utf-8", "surrogatepass"))
        outcomes.append(Outcome(item.id, failed, json_line(result, indent), size))
    return outcomes


# -- worker processes ----------------------------------------------------------------

#: The pipeline (and JSON indent) of a worker process, set once by ``_start_worker``
#: in that process; the parent process never sets it.
_worker_extractor: Extractor | None = None
_worker_indent: int | None = None


def _start_worker(
    indent: int | None = None, make_extractor: Callable[[], Extractor] = Extractor
) -> None:
    global _worker_extractor, _worker_indent
    # A worker is one of ``workers`` processes, one per core: its BLAS gets one thread
    # for good (a library call only holds it to one for the model's predictions).
    threadpool_limits(limits=1, user_api="blas")
    _worker_extractor = make_extractor()
    _worker_indent = indent


def _process_chunk_in_worker(chunk: list[Item]) -> list[Outcome]:
    assert _worker_extractor is not None, "worker started without its pipeline"
    return process_batch(_worker_extractor, chunk, _worker_indent)


def chunks_of(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Lists of ``size`` items (the last may be shorter), read lazily."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def process_items(
    items: Iterable[Item],
    *,
    workers: int = 1,
    make_extractor: Callable[[], Extractor] = Extractor,
    indent: int | None = None,
) -> Iterator[Outcome]:
    """Outcomes in input order; ``workers > 1`` spreads the work over processes.

    Items go to a pipeline ``CHUNK_SIZE`` at a time (the NER model runs on
    batches); a worker gets one chunk per task, and at most
    ``WINDOWS_PER_WORKER`` chunks per worker are in flight, so memory stays flat.
    """
    iterator = iter(items)
    if workers <= 1:
        extractor = make_extractor()
        for chunk in chunks_of(iterator, CHUNK_SIZE):
            yield from process_batch(extractor, chunk, indent)
        return
    window_size = workers * WINDOWS_PER_WORKER
    first = list(islice(chunks_of(iterator, CHUNK_SIZE), window_size))
    if len(first) <= 1:
        # Too little work to pay for starting worker processes.
        extractor = make_extractor()
        for chunk in first:
            yield from process_batch(extractor, chunk, indent)
        return
    chunks = chunks_of(iterator, CHUNK_SIZE)
    context = multiprocessing.get_context("spawn")
    with context.Pool(
        workers, initializer=_start_worker, initargs=(indent, make_extractor)
    ) as pool:
        window = first
        while window:
            for outcomes in pool.imap(_process_chunk_in_worker, window):
                yield from outcomes
            window = list(islice(chunks, window_size))


# -- output and resume ---------------------------------------------------------------


def done_ids(path: Path) -> set[str]:
    """Ids already written to ``path``, after cutting away a partial last line."""
    if not path.exists():
        return set()
    with path.open("rb+") as handle:
        data = handle.read()
        if data and not data.endswith(b"\n"):
            cut = data.rfind(b"\n") + 1
            handle.truncate(cut)
            data = data[:cut]
    ids = set()
    for line in data.split(b"\n"):
        if line.strip():
            try:
                record_id = json.loads(line).get("id")
            except (json.JSONDecodeError, AttributeError):
                continue
            if record_id is not None:
                ids.add(str(record_id))
    return ids


def run_batch(
    items: Iterable[Item],
    out: TextIO,
    *,
    workers: int = 1,
    skip_ids: set[str] | frozenset[str] = frozenset(),
    make_extractor: Callable[[], Extractor] = Extractor,
    pretty: bool = False,
    progress: TextIO | None = None,
) -> BatchSummary:
    """Process ``items`` into ``out``; returns what happened."""
    summary = BatchSummary()
    started = time.perf_counter()

    def todo() -> Iterator[Item]:
        for item in items:
            summary.read += 1
            if item.id is not None and item.id in skip_ids:
                summary.skipped += 1
                continue
            yield item

    outcomes = process_items(
        todo(), workers=workers, make_extractor=make_extractor, indent=2 if pretty else None
    )
    for outcome in outcomes:
        out.write(outcome.line + "\n")
        summary.written += 1
        summary.size += outcome.size
        if outcome.failed:
            summary.failed += 1
            summary.failures.append(str(outcome.id))
        if summary.written % (CHUNK_SIZE * max(workers, 1)) == 0:
            out.flush()
        if progress is not None:
            progress.write(f"\r{summary.written} written, {summary.failed} failed")
            progress.flush()
    out.flush()
    if progress is not None:
        progress.write("\n")
    summary.seconds = time.perf_counter() - started
    return summary


def default_workers() -> int:
    """The machine's cores (what this process may use)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)
