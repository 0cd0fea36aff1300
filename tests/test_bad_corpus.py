"""A corpus with corrupt articles mixed in, through the real command line.

A folder of ``.txt`` files and a JSON Lines file, a few hundred generated
articles in all, with invalid bytes, NUL bytes, a 5 MB text, only punctuation,
mixed scripts, HTML, emoji and full-width text among them. Checked: one output
line per input record, in input order, each JSON with its ``id``; error lines
say what went wrong; a run killed mid-line and resumed ends with exactly the
uninterrupted run's output.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from govnews_extract.pipeline import DEFAULT_MAX_CHARS

GOOD_FILES = 60
GOOD_RECORDS = 240

TITLES = ["省委书记", "省长", "副省长", "市委常委、宣传部部长", "县委书记", "省公安厅厅长"]
NAMES = ["王建国", "李红梅", "张伟", "刘志强", "陈晓东", "赵丽华"]
MEETINGS = ["全省安全生产工作会议", "市委常委会会议", "全省优化营商环境推进会"]
FIGURES = ["3.2亿元", "15个", "12.5%", "1200余人", "４８个", "6.8万亩"]
FULL_WIDTH = {i: i + 0xFEE0 for i in range(0x21, 0x7F)} | {0x20: 0x3000}


def article(rng: random.Random) -> str:
    return (
        f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日，{rng.choice(TITLES)}{rng.choice(NAMES)}"
        f"主持召开{rng.choice(MEETINGS)}。\n会议指出，今年以来累计投入{rng.choice(FIGURES)}，"
        f"建成“{rng.choice(['六清', '平安工地', '放管服'])}”项目{rng.choice(FIGURES)}。\n"
        f"{rng.choice(NAMES)}强调，要压紧压实各方责任。"
    )


#: Odd but readable texts: each must give a result, not an error.
ODD_TEXTS = {
    "only_punctuation": "，。、；！？…——“”《》（）【】" * 20,
    "mixed_scripts": "省长王建国会见Москва市长Ivanov和東京都知事。اللغة العربية 한국어 ภาษาไทย",
    "html": "<html><body><p>9月16日，省长<b>王建国</b>主持会议。</p><script>x=1</script></body></html>",
    "emoji": "🎉🎉9月16日，省长王建国😀主持会议👨‍👩‍👧，投入3.2亿元💰。🇨🇳",
    "full_width": "９月１６日，省长王建国主持会议，投入３．２亿元，增长１２．５％。".translate(FULL_WIDTH),
    "full_width_everything": "ＧＤＰ　Ｇｒｏｗｔｈ　２０２３：ｓｔａｔｅ　ｃｏｕｎｃｉｌ　１２．５％　ａｂｃ",
    "control_characters": "省长王建国\x01\x07\x1b主持\u200b会议\ufeff\u2028第二段\u2029第三段\r\n。",
}


def build_corpus(root: Path) -> tuple[list[str], dict[str, str]]:
    """The inputs (a folder, then a JSON Lines file); expected ids in order and their outcome.

    Outcomes: ``"ok"`` or ``"error"`` (an empty text is an error: "empty text").
    """
    rng = random.Random(2024)
    folder = root / "articles"
    folder.mkdir()
    files: dict[str, tuple[bytes, str]] = {
        f"good_{n:03d}": (article(rng).encode("utf-8"), "ok") for n in range(GOOD_FILES)
    }
    files |= {
        f"odd_{name}": (text.encode("utf-8"), "ok") for name, text in ODD_TEXTS.items()
    }
    files |= {
        "bad_invalid_bytes": (b"\xe7\x9c\x81\xe9\x95\xbf\x80\xff\xfe\xfa\xc3\x28", "error"),
        "bad_nul_bytes": ("省长王建国".encode() + b"\x00\x00\x00" + "主持会议。".encode(), "error"),
        "bad_latin1": ("café résumé naïve".encode("latin-1"), "error"),
        "gbk_encoded": ("9月16日，省长王建国主持会议。".encode("gbk"), "ok"),
        "utf8_bom": ("\ufeff省长王建国主持会议。".encode(), "ok"),
        "empty": (b"", "error"),
    }
    for stem, (data, _) in files.items():
        (folder / f"{stem}.txt").write_bytes(data)
    expected = {stem: files[stem][1] for stem in sorted(files)}

    lines: list[tuple[bytes, str, str]] = []  # (line, id in the output, outcome)

    def record(outcome: str, **fields) -> None:
        line = json.dumps(fields, ensure_ascii=False).encode("utf-8")
        lines.append((line, str(fields["id"]), outcome))

    for n in range(GOOD_RECORDS):
        record("ok", id=f"r{n:03d}", text=article(rng), published="2023-03-20")
        if n % 30 == 7:  # corrupt ones spread through the file
            kind = n // 30
            number = len(lines) + 1  # the next line's number
            fallback = f"in.jsonl:{number}"
            corrupt = [
                (b'{"id": "raw-bytes", "text": "\xe7\x9c\x81\x80\xff"}', fallback, "error"),
                (b'{"id": "truncated", "text": "\xe7\x9c\x81\xe9\x95\xbf', fallback, "error"),
                (b"[1, 2, 3]", fallback, "error"),
                (b'{"id": "raw-nul", "text": "a\x00b"}', fallback, "error"),
                (json.dumps({"id": "no-text", "body": "省长"}).encode(), "no-text", "error"),
                (json.dumps({"id": "text-number", "text": 3.5}).encode(), "text-number", "error"),
                (json.dumps({"id": "bad-date", "text": "省长王建国。", "published": "昨天"},
                            ensure_ascii=False).encode(), "bad-date", "error"),
                (json.dumps({"id": "escaped-nul", "text": "省长王建国\u0000主持会议。"},
                            ensure_ascii=False).encode(), "escaped-nul", "ok"),
            ]
            lines.append(corrupt[kind % len(corrupt)])
    # A 5 MB text, over the limit in characters: an error line, not a crash or a stall.
    huge = ("The provincial government 省政府 held a meeting. " * 120_000)[:5_000_000]
    assert len(huge) > DEFAULT_MAX_CHARS
    record("error", id="huge", text=huge)
    for name, text in ODD_TEXTS.items():
        record("ok", id=f"jsonl_{name}", text=text)
    record("error", id="jsonl_empty", text="")
    record("ok", id="last", text=article(rng))

    jsonl = root / "in.jsonl"
    jsonl.write_bytes(b"".join(line + b"\n" for line, _, _ in lines))
    for _, record_id, outcome in lines:
        assert record_id not in expected, f"duplicate id {record_id}"
        expected[record_id] = outcome
    return [str(folder), str(jsonl)], expected


def run_cli(inputs: list[str], out: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "govnews_extract", *inputs, "-o", str(out), "--workers", "1",
         "--no-progress", *extra],
        capture_output=True, text=True, timeout=300, check=False,
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, list[str], dict[str, str], Path, str]:
    root = tmp_path_factory.mktemp("bad_corpus")
    inputs, expected = build_corpus(root)
    out = root / "whole.jsonl"
    completed = run_cli(inputs, out)
    assert completed.returncode == 1, completed.stderr[-2000:]  # some articles failed
    return root, inputs, expected, out, completed.stderr


def test_the_corpus_is_a_few_hundred_records_with_corrupt_ones(corpus):
    _, _, expected, _, _ = corpus
    assert 300 <= len(expected) <= 400
    assert sum(outcome == "error" for outcome in expected.values()) >= 10


def test_one_json_line_per_input_record_in_input_order(corpus):
    _, _, expected, out, _ = corpus
    data = out.read_bytes()
    assert data.endswith(b"\n")
    lines = data.decode("utf-8").split("\n")[:-1]
    assert len(lines) == len(expected)
    records = [json.loads(line) for line in lines]
    assert [r["id"] for r in records] == list(expected)


def test_error_lines_say_what_and_why(corpus):
    _, _, expected, out, _ = corpus
    records = [json.loads(line) for line in out.read_text("utf-8").split("\n") if line]
    for record in records:
        outcome = expected[record["id"]]
        assert ("error" in record) == (outcome == "error"), record["id"]
        if "error" in record:
            assert set(record) == {"id", "error"}
            assert set(record["error"]) == {"type", "message"}
            assert record["error"]["type"] and isinstance(record["error"]["type"], str)
            assert record["error"]["message"] and isinstance(record["error"]["message"], str)
        else:
            assert record["text"]  # the article itself is echoed
    by_id = {r["id"]: r for r in records}
    assert "2,000,000" in by_id["huge"]["error"]["message"]
    assert "NUL" in by_id["bad_nul_bytes"]["error"]["message"]
    assert "UTF-8" in by_id["bad_invalid_bytes"]["error"]["message"]
    assert "GB18030" in " ".join(by_id["gbk_encoded"]["warnings"])
    assert "王建国" in {p["name"] for p in by_id["gbk_encoded"]["people"]}
    assert "NUL" in " ".join(by_id["escaped-nul"]["warnings"])


def test_summary_on_stderr_counts_everything(corpus):
    _, _, expected, _, stderr = corpus
    failed = sum(outcome == "error" for outcome in expected.values())
    summary = next(line for line in stderr.splitlines() if "articles read" in line)
    read, written, failures = (int(part.split()[0]) for part in summary.split(";")[0].split(", "))
    assert (read, written) == (len(expected), len(expected))
    assert failures == failed


def test_resume_after_a_kill_mid_line_gives_the_uninterrupted_output(corpus):
    root, inputs, expected, out, _ = corpus
    whole = out.read_bytes()
    lines = whole.split(b"\n")[:-1]
    # Killed after 150 whole lines and half of the next (possibly mid-character).
    cut = len(b"\n".join(lines[:150])) + 1 + len(lines[150]) // 2
    killed = root / "killed.jsonl"
    killed.write_bytes(whole[:cut])
    completed = run_cli(inputs, killed, "--resume")
    assert completed.returncode == 1, completed.stderr[-2000:]
    assert "150 skipped" in completed.stderr
    resumed = killed.read_bytes()
    assert resumed == whole
    ids = [json.loads(line)["id"] for line in resumed.split(b"\n")[:-1]]
    assert len(ids) == len(set(ids)) == len(expected)
