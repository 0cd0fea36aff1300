"""``govnews-extract --rules``, ``rules list`` and ``rules test``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from offsets import assert_offsets

from govnews_extract import cli

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "rules"
MEETINGS = EXAMPLES / "meetings.jsonl"
TITLES = EXAMPLES / "titles.jsonl"
TEXT = "省数据局首席数据官张三表示，国务院常务会议要求加快数据共享。"


def test_rules_list_shows_id_kind_field_and_source(capsys):
    assert cli.main(["rules", "list", str(MEETINGS), "--rules", str(TITLES)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ID", "KIND", "FIELD", "SOURCE"]
    rows = [line.split() for line in lines[1:]]
    assert rows[0] == ["state_council_executive", "pattern", "extras.meetings", f"{MEETINGS}:1"]
    assert rows[1] == ["leading_group_meeting", "regex", "extras.meetings", f"{MEETINGS}:2"]
    assert rows[3][:3] == ["post_chief_data_officer", "lexicon", "lexicon:posts"]
    assert rows[3][-1] == f"{TITLES}:1"
    assert rows[4] == ["data_bureau", "pattern", "organizations", f"{TITLES}:2"]


def test_rules_list_without_rules(capsys):
    assert cli.main(["rules", "list"]) == 0
    assert "no user rules" in capsys.readouterr().out


def test_rules_test_prints_one_line_per_match_with_offsets(capsys):
    text = "国务院常务会议后，市委常委会第12次会议召开。"
    assert cli.main(["rules", "test", str(MEETINGS), text]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t") == [
        "0:7",
        "extras.meetings",
        "state_council_executive",
        "MEETING",
        "国务院常务会议",
    ]
    span, field, rule_id, label, surface, data = lines[1].split("\t")
    start, end = map(int, span.split(":"))
    assert text[start:end] == surface == "市委常委会第12次会议"
    assert (field, rule_id, label) == ("extras.meetings", "standing_committee_meeting", "MEETING")
    assert json.loads(data) == {"body": "市委常委会", "session": "第12次"}


def test_rules_test_shows_lexicon_rules_through_what_they_enabled(capsys):
    assert cli.main(["rules", "test", str(TITLES), TEXT]) == 0
    out = capsys.readouterr().out
    assert "0:4\torganizations\tdata_bureau\tORG\t省数据局" in out
    assert "0:9\ttitles\tpost_chief_data_officer (lexicon posts, via title_chain)" in out


def test_rules_test_reports_no_matches(capsys):
    assert cli.main(["rules", "test", str(MEETINGS), "今天天气很好。"]) == 0
    assert capsys.readouterr().out.strip() == "no matches"


def test_a_broken_rule_file_stops_before_any_article(tmp_path, capsys):
    rules = tmp_path / "bad.jsonl"
    rules.write_text(
        '{"kind": "regex", "id": "ok", "label": "M", "regex": "会议", "field": "meetings"}\n'
        '{"kind": "regex", "id": "bad", "label": "M", "regex": "(", "field": "meetings"}\n',
        encoding="utf-8",
    )
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert cli.main(["--rules", str(rules), str(article), "-o", str(out)]) == 2
    message = capsys.readouterr().err
    assert f"{rules}:2: rule 'bad'" in message and "does not compile" in message
    assert not out.exists()
    assert cli.main(["rules", "test", str(rules), TEXT]) == 2
    assert f"{rules}:2: rule 'bad'" in capsys.readouterr().err


def test_extract_with_repeated_rules_option(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code = cli.main(
        ["--rules", str(MEETINGS), "--rules", str(TITLES), str(article), "-o", str(out)]
    )
    assert code == 0
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert_offsets(record)
    (meeting,) = record["extras"]["meetings"]
    assert TEXT[meeting["start"] : meeting["end"]] == meeting["text"] == "国务院常务会议"
    (person,) = record["people"]
    assert [t["post"] for t in person["titles"]] == ["首席数据官"]


def test_worker_processes_get_the_rules(tmp_path):
    # More articles than one chunk, so the batch really uses worker processes.
    inputs = tmp_path / "in.jsonl"
    inputs.write_text(
        "".join(
            json.dumps({"id": str(i), "text": TEXT}, ensure_ascii=False) + "\n" for i in range(10)
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    args = ["--workers", "2", "--rules", str(MEETINGS), "--rules", str(TITLES)]
    assert cli.main([*args, str(inputs), "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == [str(i) for i in range(10)]
    assert all(r["extras"]["meetings"][0]["text"] == "国务院常务会议" for r in records)
    assert all(r["people"][0]["titles"][0]["post"] == "首席数据官" for r in records)


def test_python_rule_example_runs():
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "python_rule.py")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    (campaign,) = json.loads(result.stdout)["extras"]["campaigns"]
    assert campaign["text"] == "安全生产百日攻坚行动"
    assert (campaign["start"], campaign["end"], campaign["kind"]) == (4, 14, "攻坚行动")


def test_rules_test_shows_what_a_disable_rule_removes(tmp_path, capsys):
    rules = tmp_path / "disable.jsonl"
    rules.write_text(
        '{"kind": "disable", "id": "organization_pattern"}\n'
        '{"kind": "pattern", "id": "g20", "label": "SUMMIT", "pattern": "G20峰会", '
        '"field": "meetings"}\n',
        encoding="utf-8",
    )
    text = "国务院常务会议研究Ｇ２０峰会筹备工作。"
    assert cli.main(["rules", "test", str(rules), text]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "0:3\torganizations\torganization_pattern (built-in, removed)\torganization\t国务院" in lines
    # Phrases match the width-folded text; the surface keeps the original characters.
    assert "9:14\textras.meetings\tg20\tSUMMIT\tＧ２０峰会" in lines


def test_rules_list_builtin_shows_the_package_rules_with_file_and_line(capsys):
    assert cli.main(["rules", "list", "--builtin"]) == 0
    rows = {line.split()[0]: line.split() for line in capsys.readouterr().out.splitlines()[1:]}
    assert rows["lexicon.posts"][1:3] == ["lexicon", "lexicon:posts"]
    assert rows["lexicon.posts"][-1].startswith("govnews_extract/resources/rules/builtin.jsonl:")
    assert rows["title_chain"][1:3] == ["stage", "people,titles"]
    assert rows["date.numeric"][1:3] == ["stage", "dates"]


def test_overrides_example_removes_quoted_terms_only(capsys):
    text = "会议指出，要深化“放管服”改革，贯彻《优化营商环境条例》。"
    assert cli.main(["rules", "test", str(EXAMPLES / "overrides.jsonl"), text]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["9:12\tterms\tquoted_term (built-in, removed)\tquoted\t放管服"]
