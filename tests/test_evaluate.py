"""Scoring against a gold file: counts and P/R/F1 computed by hand on tiny records."""

from __future__ import annotations

import json

import pytest

from govnews_extract.evaluate import Counts, evaluate, evaluate_files, format_table, main

# Gold uses the annotation format (strings for names and terms); predictions use
# the package's output format (objects with name/text). Article "b" has no
# prediction at all; prediction "c" has no gold and must be ignored.
GOLD = {
    "a": {
        "id": "a",
        "people": [{"name": "王建国", "titles": ["副省长", "省公安厅厅长"]},
                   {"name": "张伟", "titles": ["记者"]}],
        "organizations": ["省公安厅", "省应急管理厅"],
        "places": ["江西"],
        "dates": [{"text": "3月15日", "value": "2023-03-15"}],
        "figures": [{"text": "16.4亿元", "value": 1640000000}, {"text": "8.5%", "value": 8.5}],
        "statements": [
            {"speaker": "会议", "text": "今年以来全省安全生产形势总体平稳，各地要深入开展平安工地创建活动。"},
            {"speaker": "王建国", "text": "要压紧压实各方责任，坚决遏制重特大事故发生。"},
        ],
        "terms": ["安全生产法", "平安工地"],
    },
    "b": {"id": "b", "people": ["刘志强"], "terms": ["河长制"]},
}

PRED = {
    "a": {
        "id": "a",
        "people": [
            {"name": "王建国", "titles": [{"text": "副省长"}, {"text": "省公安厅厅长"}]},
            {"name": "李明", "titles": [{"text": "厅长"}]},
        ],
        "organizations": [{"name": "省公安厅"}],
        "places": [],
        "dates": [{"text": "3月15日", "value": None}, {"text": "今年", "value": "2023"}],
        "figures": [{"text": "16.4亿元", "value": 1640000000.0}, {"text": "8.5%", "value": "8.5"}],
        "statements": [
            # same speaker, 24 characters shared with the gold (>= half of 33): a match
            {"speaker": "会议", "text": "今年以来全省安全生产形势总体平稳，各地要深入开展“平安工地”创建活动。"
                                      "据统计，全年共投入资金16.4亿元。"},
            # right speaker, only 3 characters shared: no match
            {"speaker": "王建国", "text": "要压紧责任"},
            # right text, wrong speaker: no match
            {"speaker": "张伟", "text": "要压紧压实各方责任，坚决遏制重特大事故发生。"},
        ],
        "terms": [{"text": "安全生产法", "kind": "document"}, {"text": "平安工地", "kind": "quoted"},
                  {"text": "河长制", "kind": "quoted"}],
    },
    "c": {"id": "c", "people": [{"name": "赵六"}], "terms": [{"text": "无关"}]},
}

# field: (tp, fp, fn, precision, recall, f1) — worked out by hand from the records above.
EXPECTED = {
    "people": (1, 1, 2, 1 / 2, 1 / 3, 2 / 5),
    "person_titles": (2, 1, 1, 2 / 3, 2 / 3, 2 / 3),
    "organizations": (1, 0, 1, 1.0, 1 / 2, 2 / 3),
    "places": (0, 0, 1, 0.0, 0.0, 0.0),
    "dates": (1, 1, 0, 1 / 2, 1.0, 2 / 3),
    "date_values": (0, 1, 1, 0.0, 0.0, 0.0),
    "figures": (2, 0, 0, 1.0, 1.0, 1.0),
    "figure_values": (2, 0, 0, 1.0, 1.0, 1.0),
    "terms": (2, 1, 1, 2 / 3, 2 / 3, 2 / 3),
    "statements": (1, 2, 1, 1 / 3, 1 / 2, 2 / 5),
}


@pytest.fixture(scope="module")
def counts() -> dict[str, Counts]:
    return evaluate(GOLD, PRED)


def test_every_field_is_scored(counts):
    assert list(counts) == list(EXPECTED)


@pytest.mark.parametrize("field", list(EXPECTED), ids=list(EXPECTED))
def test_counts_and_scores(counts, field):
    tp, fp, fn, precision, recall, f1 = EXPECTED[field]
    c = counts[field]
    assert (c.true_positive, c.false_positive, c.false_negative) == (tp, fp, fn)
    assert c.precision == pytest.approx(precision)
    assert c.recall == pytest.approx(recall)
    assert c.f1 == pytest.approx(f1)


def statement_counts(gold: list[dict], pred: list[dict]) -> tuple[int, int, int]:
    c = evaluate({"x": {"statements": gold}}, {"x": {"statements": pred}})["statements"]
    return c.true_positive, c.false_positive, c.false_negative


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        pytest.param([("王建国", "一二三四五六七八")], [("王建国", "一二三四五六七八")], (1, 0, 0),
                     id="identical"),
        pytest.param([("王建国", "一二三四五六七八")], [("刘志强", "一二三四五六七八")], (0, 1, 1),
                     id="other-speaker"),
        pytest.param([("王建国", "一二三四五六七八")], [("王建国", "一二三四甲乙丙丁")], (1, 0, 0),
                     id="run-exactly-half"),
        pytest.param([("王建国", "一二三四五六七八九十")], [("王建国", "一二三四甲乙丙丁戊己")],
                     (0, 1, 1), id="run-under-half"),
        pytest.param([("王建国", "一二三四五六")], [("王建国", "一二三甲乙丙")], (0, 1, 1),
                     id="run-under-four"),
        pytest.param([("王建国", "一二三四五六七八九十")], [("王建国", "三四五六")], (1, 0, 0),
                     id="short-prediction-inside"),
        pytest.param([("会议", "一二三四五六七八")], [("會議", "一二三四五六七八")], (1, 0, 0),
                     id="traditional-meeting"),
        pytest.param([("王建国", "")], [("王建国", "")], (0, 1, 1), id="empty-text"),
        pytest.param([("王建国", "一二三四五六七八"), ("王建国", "一二三四五六七八")],
                     [("王建国", "一二三四五六七八")], (1, 0, 1), id="one-prediction-one-gold"),
        pytest.param([], [("王建国", "一二三四五六七八")], (0, 1, 0), id="no-gold"),
    ],
)
def test_statement_overlap_matching(gold, pred, expected):
    def records(pairs):
        return [{"speaker": s, "text": t} for s, t in pairs]

    assert statement_counts(records(gold), records(pred)) == expected


def test_statement_speaker_as_object():
    gold = [{"speaker": "王建国", "text": "一二三四五六七八"}]
    pred = [{"speaker": {"name": "王建国"}, "text": "一二三四五六七八"}]
    assert statement_counts(gold, pred) == (1, 0, 0)


def test_empty_counts_are_zero_not_errors():
    c = Counts()
    assert (c.precision, c.recall, c.f1) == (0.0, 0.0, 0.0)


def test_error_record_prediction_counts_as_empty():
    gold = {"a": {"people": ["王建国"]}}
    pred = {"a": {"id": "a", "error": {"type": "InputError", "message": "x"}}}
    c = evaluate(gold, pred)["people"]
    assert (c.true_positive, c.false_positive, c.false_negative) == (0, 0, 1)


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")


def test_files_and_table(tmp_path, capsys):
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    write_jsonl(gold, GOLD.values())
    write_jsonl(pred, PRED.values())
    assert evaluate_files(gold, pred)["people"].true_positive == 1
    assert main([str(gold), str(pred)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["field", "P", "R", "F1", "tp", "fp", "fn"]
    rows = {line.split()[0]: line.split()[1:] for line in lines[1:]}
    assert list(rows) == list(EXPECTED)
    assert rows["people"] == ["0.500", "0.333", "0.400", "1", "1", "2"]
    assert rows["statements"] == ["0.333", "0.500", "0.400", "1", "2", "1"]
    assert format_table(evaluate(GOLD, PRED)) == "\n".join(lines)
