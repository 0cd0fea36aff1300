"""The command line: inputs of every kind, one output line per article, bad input in a batch.

In-process runs share the session's pipeline (``cli.Extractor`` is patched to return
it) so each run costs milliseconds; one real subprocess proves ``python -m``.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from offsets import assert_offsets

from govnews_extract import cli

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAFETY_PATH = FIXTURES / "safety_meeting.txt"
RIVER_PATH = FIXTURES / "river_inspection.txt"
SAFETY = SAFETY_PATH.read_text(encoding="utf-8")
RIVER = RIVER_PATH.read_text(encoding="utf-8")
PROSE = "各地各部门要坚持以人民为中心的发展思想，扎实推进乡村振兴，持续改善生态环境，不断增强人民群众的获得感、幸福感、安全感。\n"
HTML = (
    '<html><head><meta charset="utf-8"><title>全省安全生产工作会议召开</title></head><body>'
    '<div class="article"><p>3月15日，副省长、省公安厅厅长王建国主持召开全省安全生产工作会议。</p>'
    "<p>会议指出，要深入开展&ldquo;平安工地&rdquo;创建活动。</p><br/>"
    '<p>王建国强调，要压紧压实各方责任。</p><a href="http://www.example.gov.cn/">返回首页</a>'
    "</div></body></html>"
)


# -- helpers ----------------------------------------------------------------------


def parse_lines(output: str) -> list[dict]:
    # split("\n"), not splitlines(): output may hold a raw U+2028 inside a JSON string
    records = [json.loads(line) for line in output.split("\n") if line]
    for record in records:
        if "error" not in record:
            assert_offsets(record)
    return records


def person_titles(record: dict) -> dict[str, list[str]]:
    return {p["name"]: [t["text"] for t in p["titles"]] for p in record["people"]}


@pytest.fixture
def shared_pipeline(extractor, monkeypatch):
    monkeypatch.setattr(cli, "Extractor", lambda: extractor)


@pytest.fixture
def run(shared_pipeline, capsys, monkeypatch):
    """``run(args, stdin=None) -> (exit status, parsed stdout lines, stderr)``."""

    def go(args: list[str], stdin: str | bytes | None = None):
        if isinstance(stdin, bytes):
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        elif stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        status = cli.main([*args, "--no-progress", "--workers", "1"])
        captured = capsys.readouterr()
        return status, parse_lines(captured.out), captured.err

    return go


# -- good input -------------------------------------------------------------------


def test_txt_file(run):
    status, records, _ = run([str(SAFETY_PATH)])
    assert status == 0
    assert len(records) == 1
    record = records[0]
    assert record["id"] == "safety_meeting"
    assert record["text"] == SAFETY
    assert person_titles(record)["王建国"] == ["副省长", "省公安厅厅长"]
    assert {f["text"]: f["value"] for f in record["figures"]}["16.4亿元"] == 1640000000
    assert assert_offsets(record) >= 12


def test_folder_sorted_by_name_ids_are_stems(run, tmp_path):
    (tmp_path / "b_second.txt").write_text(RIVER, encoding="utf-8")
    (tmp_path / "a_first.txt").write_text(SAFETY, encoding="utf-8")
    (tmp_path / "notes.md").write_text("省长王建国", encoding="utf-8")  # not a .txt: ignored
    status, records, _ = run([str(tmp_path)])
    assert status == 0
    assert [r["id"] for r in records] == ["a_first", "b_second"]
    assert "王建国" in person_titles(records[0])
    assert "刘志强" in person_titles(records[1])


def test_jsonl_with_published_and_title(run, tmp_path):
    path = tmp_path / "articles.jsonl"
    rows = [
        {"id": "s1", "text": SAFETY, "published": "2023-03-20", "title": "全省安全生产工作会议召开"},
        {"id": "r1", "text": RIVER, "published": "2023-04-10T08:00:00+08:00"},
        {"id": "n1", "text": RIVER},
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")
    status, records, _ = run([str(path)])
    assert status == 0
    assert [r["id"] for r in records] == ["s1", "r1", "n1"]
    assert [r["published"] for r in records] == ["2023-03-20", "2023-04-10", None]
    assert [r["title"] for r in records] == ["全省安全生产工作会议召开", None, None]
    assert records[0]["dates"][0]["value"] == "2023-03-15"
    assert records[1]["dates"][0]["value"] == "2023-04-02"
    assert records[2]["dates"][0]["value"] is None


def test_stdin_plain_text(run):
    status, records, _ = run(["-"], stdin=SAFETY)
    assert status == 0
    assert [r["id"] for r in records] == ["stdin"]
    assert records[0]["text"] == SAFETY
    assert "王建国" in person_titles(records[0])


def test_stdin_json_lines(run):
    lines = [
        json.dumps({"id": "x1", "text": RIVER, "published": "2023-04-10"}, ensure_ascii=False),
        "",
        # U+2028 is left unescaped by json.dumps(ensure_ascii=False): still one record
        json.dumps({"id": "x2", "text": "第一段\u2028省长王建国主持会议。"}, ensure_ascii=False),
        json.dumps({"text": "市长李明出席。"}, ensure_ascii=False),
    ]
    status, records, _ = run(["-"], stdin="\ufeff" + "\n".join(lines) + "\n")
    assert status == 0
    assert [r["id"] for r in records] == ["x1", "x2", "stdin:4"]
    assert records[0]["dates"][0]["value"] == "2023-04-02"
    assert records[1]["text"] == "第一段\u2028省长王建国主持会议。"


def test_stdin_gbk_bytes_are_decoded_with_a_warning(run):
    status, records, _ = run(["-"], stdin=SAFETY.encode("gbk"))
    assert status == 0
    (record,) = records
    assert record["text"] == SAFETY
    assert any("GB18030" in warning for warning in record["warnings"])


def test_bytes_that_are_neither_utf8_nor_chinese_are_an_error_line(run):
    status, records, _ = run(["-"], stdin="Grüße aus Köln, ça va".encode("latin-1"))
    assert status == 1
    assert records[0]["id"] == "stdin"
    assert "not valid UTF-8" in records[0]["error"]["message"]


def test_output_file(run, tmp_path):
    out = tmp_path / "out.jsonl"
    status, records, _ = run([str(SAFETY_PATH), str(RIVER_PATH), "-o", str(out)])
    assert status == 0
    assert records == []  # nothing on stdout
    written = parse_lines(out.read_text(encoding="utf-8"))
    assert [r["id"] for r in written] == ["safety_meeting", "river_inspection"]


def test_pretty(shared_pipeline, capsys):
    assert cli.main([str(RIVER_PATH), "--pretty"]) == 0
    out = capsys.readouterr().out
    assert out.startswith('{\n  "id": "river_inspection",\n')
    assert out.count("\n") > 50
    record = json.loads(out)
    assert person_titles(record) == {"刘志强": ["市委书记"], "陈晓东": ["市委常委", "秘书长"]}
    assert_offsets(record)


def test_schema(capsys):
    assert cli.main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Article"
    for field in ("people", "organizations", "places", "dates", "figures", "statements", "terms"):
        assert field in schema["properties"]
    assert "Person" in schema["$defs"]


def test_evaluate_prints_table(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    pred = tmp_path / "pred.jsonl"
    gold.write_text(json.dumps({"id": "a", "people": ["王建国", "张伟"], "terms": ["平安工地"]},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    pred.write_text(json.dumps({"id": "a", "people": [{"name": "王建国"}],
                                "terms": [{"text": "平安工地"}, {"text": "河长制"}]},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    assert cli.main(["evaluate", str(gold), str(pred)]) == 0
    rows = {line.split()[0]: line.split()[1:] for line in capsys.readouterr().out.splitlines()}
    assert rows["field"] == ["P", "R", "F1", "tp", "fp", "fn"]
    assert rows["people"] == ["1.000", "0.500", "0.667", "1", "0", "1"]
    assert rows["terms"] == ["0.500", "1.000", "0.667", "1", "1", "0"]


def test_module_entry_point_subprocess(tmp_path):
    stdin = json.dumps({"id": "piped", "text": RIVER}, ensure_ascii=False) + "\n"
    result = subprocess.run(
        [sys.executable, "-m", "govnews_extract", str(SAFETY_PATH), "-", "--no-progress"],
        input=stdin.encode("utf-8"), capture_output=True, cwd=tmp_path, timeout=120,
    )
    assert result.returncode == 0, result.stderr.decode()
    records = parse_lines(result.stdout.decode("utf-8"))
    assert [r["id"] for r in records] == ["safety_meeting", "piped"]
    assert person_titles(records[0])["王建国"] == ["副省长", "省公安厅厅长"]
    assert "刘志强" in person_titles(records[1])


# -- bad input: one batch, one line per record, the batch goes on ----------------------

BIG_BYTES = 2_000_000


def make_bad_inputs(root: Path) -> list[str]:
    folder = root / "articles"
    folder.mkdir()
    (folder / "01_empty.txt").write_bytes(b"")
    (folder / "02_whitespace.txt").write_text(" \n\t\u3000\r\n  ", encoding="utf-8")
    (folder / "03_no_chinese.txt").write_text("Hello world. Nothing here is Chinese: 42 apples.",
                                              encoding="utf-8")
    big = SAFETY + "\n" + PROSE * ((BIG_BYTES - len(SAFETY.encode())) // len(PROSE.encode()))
    (folder / "04_big.txt").write_text(big, encoding="utf-8")
    (folder / "05_gbk.txt").write_bytes(SAFETY.encode("gbk"))
    (folder / "06_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "07_html.txt").write_text(HTML, encoding="utf-8")
    (folder / "08_bom.txt").write_bytes(b"\xef\xbb\xbf" + RIVER.encode("utf-8"))
    jsonl = root / "records.jsonl"
    lines = [
        json.dumps({"id": "r1", "text": SAFETY, "published": "2023-03-20"}, ensure_ascii=False)
        .encode(),
        b'{"id": "r2", "text": "unterminated',
        json.dumps({"id": "r3", "body": SAFETY}, ensure_ascii=False).encode(),
        json.dumps({"id": "r4", "text": RIVER, "published": "last Tuesday"},
                   ensure_ascii=False).encode(),
        json.dumps({"id": "r5", "text": RIVER}, ensure_ascii=False).encode("gbk"),
        b"[1, 2, 3]",
        b"",
        json.dumps({"text": RIVER}, ensure_ascii=False).encode(),
        json.dumps({"id": "r9", "text": 12345}).encode(),
        json.dumps({"id": "r10", "text": RIVER, "published": "2023-04-10"},
                   ensure_ascii=False).encode(),
    ]
    jsonl.write_bytes(b"\n".join(lines) + b"\n")
    return [str(folder), str(jsonl), str(root / "missing.txt"), str(root / "missing.jsonl")]


# (id, None for a result or a substring of the error message)
EXPECTED_BATCH = [
    ("01_empty", "empty text"),
    ("02_whitespace", "empty text"),
    ("03_no_chinese", None),
    ("04_big", None),
    ("05_gbk", None),
    ("06_binary", "binary"),
    ("07_html", None),
    ("08_bom", None),
    ("r1", None),
    ("records.jsonl:2", "invalid JSON"),
    ("r3", "'text'"),
    ("r4", "published"),
    ("r5", None),
    ("records.jsonl:6", "not a JSON object"),
    ("records.jsonl:8", None),
    ("r9", "string"),
    ("r10", None),
    ("missing", "does not exist"),
    ("missing", "missing.jsonl"),
]


@pytest.fixture(scope="module")
def batch(extractor, tmp_path_factory):
    """Run the CLI once over every bad input; returns (status, records by id order, stderr)."""
    root = tmp_path_factory.mktemp("bad")
    inputs = make_bad_inputs(root)
    out = root / "out.jsonl"
    real, cli.Extractor = cli.Extractor, lambda: extractor
    err = io.StringIO()
    real_err, sys.stderr = sys.stderr, err
    try:
        status = cli.main([*inputs, "-o", str(out), "--no-progress", "--workers", "1"])
    finally:
        cli.Extractor, sys.stderr = real, real_err
    return status, parse_lines(out.read_text(encoding="utf-8")), err.getvalue()


def test_batch_one_line_per_record_in_order(batch):
    _, records, _ = batch
    assert [r["id"] for r in records] == [i for i, _ in EXPECTED_BATCH]


@pytest.mark.parametrize(("index", "case"), list(enumerate(EXPECTED_BATCH)),
                         ids=[f"{i:02d}-{c[0]}" for i, c in enumerate(EXPECTED_BATCH)])
def test_batch_record(batch, index, case):
    _, records, _ = batch
    record = records[index]
    record_id, message = case
    assert record["id"] == record_id
    if message is None:
        assert "error" not in record, record.get("error")
        assert_offsets(record)
    else:
        assert set(record) == {"id", "error"}
        assert set(record["error"]) == {"type", "message"}
        assert message in record["error"]["message"]


def test_batch_exit_status_and_summary(batch):
    status, records, err = batch
    failed = sum("error" in r for r in records)
    assert failed == sum(m is not None for _, m in EXPECTED_BATCH) == 10
    assert status == 1
    assert f"{failed} article(s) failed" in err
    assert f"{len(EXPECTED_BATCH)} articles read, {len(EXPECTED_BATCH)} written, 10 failed" in err


def test_batch_gbk_file_is_decoded_with_a_warning(batch):
    record = next(r for r in batch[1] if r["id"] == "05_gbk")
    assert record["text"] == SAFETY
    assert any("GB18030" in warning for warning in record["warnings"])


def test_batch_text_without_chinese_has_empty_fields(batch):
    record = next(r for r in batch[1] if r["id"] == "03_no_chinese")
    for field in ("people", "organizations", "places", "statements", "terms"):
        assert record[field] == [], field


def test_batch_big_article(batch):
    record = next(r for r in batch[1] if r["id"] == "04_big")
    assert len(record["text"].encode("utf-8")) > 0.95 * BIG_BYTES
    assert person_titles(record)["王建国"] == ["副省长", "省公安厅厅长"]
    assert assert_offsets(record) >= 12


def test_batch_bom_file_is_read(batch):
    record = next(r for r in batch[1] if r["id"] == "08_bom")
    assert record["text"] == RIVER
    assert record["people"][0]["mentions"][0]["start"] == RIVER.index("刘志强")


def test_batch_jsonl_good_lines_still_processed(batch):
    by_id = {r["id"]: r for r in batch[1]}
    assert by_id["r1"]["dates"][0]["value"] == "2023-03-15"
    assert by_id["r10"]["dates"][0]["value"] == "2023-04-02"
    assert "刘志强" in person_titles(by_id["records.jsonl:8"])


MARKUP = set('<>="/&')


def test_batch_html_extracts_without_markup(batch):
    record = next(r for r in batch[1] if r["id"] == "07_html")
    assert person_titles(record)["王建国"] == ["副省长", "省公安厅厅长"]
    surfaces = [p["name"] for p in record["people"]]
    surfaces += [t["text"] for p in record["people"] for t in p["titles"]]
    surfaces += [item.get("name", item.get("text")) for field in
                 ("organizations", "places", "dates", "figures", "terms") for item in record[field]]
    assert surfaces
    for surface in surfaces:
        assert not MARKUP & set(surface), surface
    assert {s["speaker"] for s in record["statements"]} >= {"会议", "王建国"}


@pytest.mark.xfail(strict=True, reason="statements run on through </p> and later tags: markup "
                   "is not a paragraph break (statements component)")
def test_batch_html_statements_stop_at_markup(batch):
    record = next(r for r in batch[1] if r["id"] == "07_html")
    for statement in record["statements"]:
        assert "<" not in statement["text"], statement["text"]
