"""The Dask helper on a local distributed cluster gives what the command line gives."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from govnews_extract.distributed import extract_partition

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAFETY = (FIXTURES / "safety_meeting.txt").read_text(encoding="utf-8")
RIVER = (FIXTURES / "river_inspection.txt").read_text(encoding="utf-8")

RECORDS = [
    {"id": "safety", "text": SAFETY, "published": "2023-03-20", "title": "全省安全生产工作会议召开"},
    {"id": "river", "text": RIVER, "published": "2023-04-10"},
    *(
        {"id": f"a{i}", "text": f"{i + 1}月{i + 2}日,省长王建国主持会议,部署{i + 3}个重点项目。",
         "published": "2021-12-31"}
        for i in range(5)
    ),
    {"id": "empty", "text": ""},
    {"id": "no-text", "body": "省长王建国"},
    {"id": "bad-date", "text": "省长王建国主持会议。", "published": "yesterday"},
    {"id": 42, "text": "9月16日，副省长刘志强出席。\u2028会议指出，要“六清”。"},
]


def pipeline_loaded() -> tuple[int, bool]:
    """(process id, whether this process holds a loaded pipeline), run on each worker."""
    from govnews_extract import distributed

    return os.getpid(), distributed._PROCESS_PIPELINE._extractor is not None


def cli_output(records: list[dict], tmp_path: Path) -> list[dict]:
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    out = tmp_path / "out.jsonl"
    subprocess.run(
        [sys.executable, "-m", "govnews_extract", str(source), "-o", str(out),
         "--workers", "1", "--no-progress"],
        check=False, capture_output=True, timeout=300,
    )
    return [json.loads(line) for line in out.read_text("utf-8").split("\n") if line]


@pytest.fixture(scope="module")
def expected(tmp_path_factory) -> list[dict]:
    lines = cli_output(RECORDS, tmp_path_factory.mktemp("cli"))
    assert len(lines) == len(RECORDS)
    return lines


def test_extract_partition_matches_the_cli_in_process(expected):
    assert extract_partition(iter(RECORDS)) == expected
    # The CLI's output really holds results and the error lines we expect.
    by_id = {r["id"]: r for r in expected}
    assert "王建国" in {p["name"] for p in by_id["safety"]["people"]}
    assert by_id["no-text"]["error"]["type"] == "InputError"
    assert by_id["bad-date"]["error"]["type"] == "InputError"
    assert by_id["42"]["text"].endswith("要“六清”。")


def test_extract_partition_keeps_one_pipeline_per_process():
    from govnews_extract import distributed

    extract_partition([RECORDS[2]])
    first = distributed._PROCESS_PIPELINE.get()
    extract_partition([RECORDS[3]])
    assert distributed._PROCESS_PIPELINE.get() is first


def test_a_record_that_is_not_a_dict_gives_an_error_line():
    [result] = extract_partition(["省长王建国"])
    assert result == {"id": None, "error": {"type": "InputError",
                                            "message": "a record must be a dict; got str"}}


def test_dask_bag_on_a_local_cluster_matches_the_cli(expected):
    pytest.importorskip("dask")
    distributed = pytest.importorskip("distributed")
    import dask.bag as db

    from govnews_extract.distributed import extract_bag

    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
            dashboard_address=None, worker_dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        bag = db.from_sequence(RECORDS, npartitions=4)
        assert bag.npartitions == 4
        results = extract_bag(bag).compute()
        # The work ran in the worker processes, which loaded their own pipelines.
        loaded = client.run(pipeline_loaded)
        assert len(loaded) == 2
        assert any(pid != os.getpid() and has_pipeline for pid, has_pipeline in loaded.values())
    assert results == expected
