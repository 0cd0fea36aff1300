"""Extraction over a cluster: Dask bags partition by partition, and a recipe for Spark.

Needs the ``dask`` extra for the Dask helper (``pip install "govnews-extract[dask]"``);
``extract_partition`` itself needs nothing beyond this package.

Each output record is exactly what the command line writes for the same input
record (the same JSON, parsed back into a dict): an article's fields, or
``{"id": …, "error": {"type": …, "message": …}}`` for a record that could not be
processed (no ``text``, a ``text`` that is not a string, a bad ``published``,
a text over the length limit…). A partition never raises because of one record.
Give every record an ``id``: it is the only way to tell the results apart.

One pipeline per worker process
-------------------------------
Loading a pipeline takes a few seconds and a few hundred MB, so it is loaded
once per *process*, on the first partition that process handles, and kept for
every later partition (``_PROCESS_PIPELINE`` below). Threads of one process
share it and take turns (extraction is pure Python and holds the GIL anyway):
run Dask workers as processes, one thread each, e.g.
``LocalCluster(n_workers=cores, threads_per_worker=1, processes=True)`` or
``dask worker --nworkers N --nthreads 1``. A forked or spawned child process
builds its own pipeline.

Dask
----
::

    import json
    import dask.bag as db
    from distributed import Client
    from govnews_extract.distributed import extract_bag

    client = Client(n_workers=4, threads_per_worker=1)
    # one {"id", "text", "published"?, "title"?} a line, as the CLI reads them
    records = db.read_text("articles-*.jsonl").map(json.loads)
    extract_bag(records).map(json.dumps).to_textfiles("out/*.jsonl")

A Dask dataframe with ``id`` and ``text`` columns:
``extract_bag(df.to_bag(format="dict"))``.

Spark
-----
``extract_partition`` is what ``mapPartitions`` wants: an iterable of records
in, a list of records out, one pipeline per Python worker process (keep
``spark.python.worker.reuse`` at its default, true, so the pipeline survives
between tasks)::

    import json
    from govnews_extract.distributed import extract_partition

    records = spark.sparkContext.textFile("articles.jsonl").map(json.loads)
    results = records.mapPartitions(extract_partition)
    results.map(lambda r: json.dumps(r, ensure_ascii=False)).saveAsTextFile("out")

From a DataFrame: ``df.select("id", "text").rdd.map(lambda row: row.asDict())
.mapPartitions(extract_partition)``. Every executor needs this package installed.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .batch import CHUNK_SIZE, chunks_of, process_batch
from .errors import InputError
from .pipeline import Extractor, as_article_input
from .sources import Failed, Item

if TYPE_CHECKING:  # dask is an optional dependency
    from dask.bag import Bag


class _PipelineHolder:
    """The loaded pipeline of this process, built on first use and then kept."""

    def __init__(self) -> None:
        self._extractor: Extractor | None = None
        self.lock = threading.Lock()

    def get(self) -> Extractor:
        """The pipeline; call with ``lock`` held."""
        if self._extractor is None:
            self._extractor = Extractor()
        return self._extractor


#: One per process: module globals are per process, never shared between workers.
_PROCESS_PIPELINE = _PipelineHolder()


def _as_item(record: Any) -> Item:
    """The item the command line reads from the same JSON Lines record."""
    if not isinstance(record, Mapping):
        return Failed(None, InputError(f"a record must be a dict; got {type(record).__name__}"))
    record = dict(record)
    record_id = record.get("id")
    try:
        return as_article_input(record)
    except Exception as error:
        return Failed(None if record_id is None else str(record_id), error)


def extract_partition(records: Iterable[dict]) -> list[dict]:
    """One output record per input record, in order: what the CLI writes, as dicts.

    Records are ``{"id", "text", "published"?, "title"?}`` dicts, as in the
    CLI's JSON Lines input. The pipeline is loaded once per process and reused.
    """
    results = []
    with _PROCESS_PIPELINE.lock:
        extractor = _PROCESS_PIPELINE.get()
        for chunk in chunks_of(map(_as_item, records), CHUNK_SIZE):
            results.extend(json.loads(o.line) for o in process_batch(extractor, chunk))
    return results


def extract_bag(bag: Bag) -> Bag:
    """A bag of output records (``extract_partition`` over each partition), in order."""
    return bag.map_partitions(extract_partition)
