"""Batch conversion: resume after a kill, gzip and HTML inputs, workers keep the order."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from govnews_extract.batch import done_ids, run_batch
from govnews_extract.sources import html_to_text, iter_inputs

ARTICLES = [
    {"id": f"a{i}", "text": f"{i + 1}月{i + 2}日,省长王建国主持会议,部署{i + 3}个重点项目。",
     "published": "2021-12-31"}
    for i in range(9)
]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def convert(extractor, inputs: list[str], out: Path, *, resume: bool = False) -> list[dict]:
    skip = done_ids(out) if resume else set()
    with out.open("a" if resume else "w", encoding="utf-8") as handle:
        run_batch(iter_inputs(inputs, sys.stdin), handle, skip_ids=skip,
                  make_extractor=lambda: extractor)
    return [json.loads(line) for line in out.read_text("utf-8").splitlines()]


def test_resume_after_a_kill_gives_the_uninterrupted_output(extractor, tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    whole = convert(extractor, [str(source)], tmp_path / "whole.jsonl")
    # A run killed mid-way: four whole lines and half of the fifth.
    lines = (tmp_path / "whole.jsonl").read_text("utf-8").splitlines(keepends=True)
    killed = tmp_path / "killed.jsonl"
    killed.write_text("".join(lines[:4]) + lines[4][: len(lines[4]) // 2], "utf-8")
    resumed = convert(extractor, [str(source)], killed, resume=True)
    assert resumed == whole
    assert [r["id"] for r in resumed] == [a["id"] for a in ARTICLES]


def test_done_ids_cuts_a_partial_last_line(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "x"}\n{"id": "y"}\n{"id": "z', "utf-8")
    assert done_ids(out) == {"x", "y"}
    assert out.read_text("utf-8") == '{"id": "x"}\n{"id": "y"}\n'


def test_gzipped_jsonl(extractor, tmp_path):
    source = tmp_path / "in.jsonl.gz"
    with gzip.open(source, "wt", encoding="utf-8") as handle:
        for record in ARTICLES[:3]:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    records = convert(extractor, [str(source)], tmp_path / "out.jsonl")
    assert [r["id"] for r in records] == ["a0", "a1", "a2"]
    assert records[0]["people"][0]["name"] == "王建国"


def test_truncated_gzip_gives_an_error_line(extractor, tmp_path):
    source = tmp_path / "in.jsonl.gz"
    data = gzip.compress(b"".join(
        json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in ARTICLES
    ))
    source.write_bytes(data[: len(data) // 2])
    records = convert(extractor, [str(source)], tmp_path / "out.jsonl")
    assert "error" in records[-1]
    assert "could not be read to its end" in records[-1]["error"]["message"]


@pytest.mark.parametrize(
    ("html", "text", "title"),
    [
        pytest.param("<p>第一段</p><p>第二段</p>", "第一段\n\n第二段", None, id="paragraphs"),
        pytest.param("<title>标题</title><div>正文<br>下一行</div>", "正文\n\n下一行", "标题",
                     id="title-and-breaks"),
        pytest.param("<style>p{}</style><script>var a='省长';</script><p>内容</p>", "内容", None,
                     id="hidden-elements"),
        pytest.param("<p>A&amp;B&nbsp;C</p>", "A&B C", None, id="entities"),
    ],
)
def test_html_to_text(html, text, title):
    assert html_to_text(html) == (text, title)


def test_html_statement_ends_with_its_paragraph(extractor):
    text, _ = html_to_text("<p>会议指出,要压实责任。</p><p>下一段与此无关。</p>")
    (statement,) = extractor.extract(text).statements
    assert statement.text == "要压实责任。"


def test_two_workers_give_the_same_output_as_one(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    outputs = []
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}.jsonl"
        subprocess.run(
            [sys.executable, "-m", "govnews_extract", str(source), "-o", str(out),
             "--workers", workers, "--no-progress"],
            check=True, capture_output=True, timeout=300,
        )
        outputs.append(out.read_text("utf-8"))
    assert outputs[0] == outputs[1]
    assert len(outputs[0].splitlines()) == len(ARTICLES)
