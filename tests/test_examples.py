"""The example scripts run on the seed article and print what they promise."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
SEEDS = REPO / "seeds"


def run_example(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, encoding="utf-8",
        cwd=REPO, timeout=120,
    )


def test_officials_titles_on_seeds():
    result = run_example(str(EXAMPLES / "officials_titles.py"), str(SEEDS))
    assert result.returncode == 0, result.stderr
    rows = [line.split() for line in result.stdout.splitlines()]
    assert rows[0] == ["count", "official", "title"]
    pairs = {(row[1], row[2]) for row in rows[1:] if len(row) == 3 and row[0].isdigit()}
    assert ("尹建业", "省委常委") in pairs
    assert ("秦义", "省公安厅厅长") in pairs
    assert not any(name == "陈利光" for name, _ in pairs)  # byline reporter left out
    assert "1 articles, 0 failed" in result.stdout


def test_batch_convert_on_seeds_and_bad_jsonl(tmp_path):
    out = tmp_path / "out.jsonl"
    result = run_example(str(EXAMPLES / "batch_convert.py"), str(SEEDS), str(out),
                         "--published", "2020-09-17")
    assert result.returncode == 0, result.stderr
    assert "1 articles, 0 failed" in result.stdout
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").split("\n") if line]
    assert [r["id"] for r in records] == ["000_d92b50056339fba7"]
    assert records[0]["published"] == "2020-09-17"
    assert records[0]["dates"][0]["value"] == "2020-09-16"

    bad = tmp_path / "in.jsonl"
    bad.write_bytes(
        json.dumps({"id": "ok", "text": "省长王建国主持会议。"}, ensure_ascii=False).encode()
        + b"\nnot json\n" + '{"id": "gbk", "text": "省长"}'.encode("gbk") + b"\n"
        + b'{"id": "no-text"}\n'
    )
    result = run_example(str(EXAMPLES / "batch_convert.py"), str(bad), str(out))
    assert result.returncode == 1
    assert "1 articles, 3 failed" in result.stdout
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").split("\n") if line]
    assert [r["id"] for r in records] == ["ok", "in.jsonl:2", "in.jsonl:3", "no-text"]
    assert [("error" in r) for r in records] == [False, True, True, True]
    assert records[0]["people"][0]["name"] == "王建国"
