"""Figures found in text: value, unit, qualifier; negatives beside positives."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from govnews_extract.components.figures import match_figures
from govnews_extract.state import DocState, fold_width

PUB = date(2021, 6, 10)


def found(text: str) -> list[tuple[str, Decimal, str]]:
    state = DocState(text=text, folded=fold_width(text), published=PUB)
    return [(m.text, m.data["value"], m.data["unit"]) for m in match_figures(state)]


D = Decimal

CASES = [
    pytest.param("设立8个工作组", [("8个", D(8), "个")], id="count"),
    pytest.param("总额达3.2万亿元", [("3.2万亿元", D(3200000000000), "万亿元")], id="wan-yi-yuan"),
    pytest.param("收入16.4亿元", [("16.4亿元", D(1640000000), "亿元")], id="yi-yuan-exact"),
    pytest.param("同比增长6.5%", [("6.5%", D("6.5"), "%")], id="percent"),
    pytest.param("增长６．５％", [("６．５％", D("6.5"), "%")], id="full-width-percent"),
    pytest.param("共800余人参加", [("800余人", D(800), "人")], id="yu-qualifier"),
    pytest.param("高出两个百分点", [("两个百分点", D(2), "个百分点")], id="chinese-points"),
    pytest.param("约有四成企业", [("四成", D(40), "%")], id="tenths"),
    pytest.param("占百分之十二点五", [("百分之十二点五", D("12.5"), "%")], id="percent-words"),
    pytest.param("判处有期徒刑七年零三个月", [("七年零三个月", D("7.25"), "年")], id="compound"),
    pytest.param("罚款四万五千元", [("四万五千元", D(45000), "元")], id="chinese-money"),
    pytest.param("用时15分钟", [("15分钟", D(15), "分钟")], id="minutes"),
    pytest.param("历时三年", [("三年", D(3), "年")], id="years"),
    pytest.param("推进两大工程", [("两大", D(2), "大")], id="two-big"),
    pytest.param("抓获一名嫌疑人", [("一名", D(1), "名")], id="one-person"),
    pytest.param("破获盗窃案件一起", [("一起", D(1), "起")], id="one-case"),
    pytest.param("共12,500人", [("12,500人", D(12500), "人")], id="thousands"),
    pytest.param("常住人口520万,", [("520万", D(5200000), "万")], id="magnitude-only"),
    pytest.param("分别下降0.2、0.5和1.1个百分点", [
        ("0.2", D("0.2"), "个百分点"), ("0.5", D("0.5"), "个百分点"),
        ("1.1个百分点", D("1.1"), "个百分点"),
    ], id="shared-unit-list"),
    pytest.param("目标为5.5%-6%", [("5.5%", D("5.5"), "%"), ("6%", D(6), "%")], id="range"),
    pytest.param("3万多人", [("3万多人", D(30000), "万人")], id="wan-duo-ren"),
    pytest.param("投资500万元以上的项目", [("500万元", D(5000000), "万元")], id="threshold-money"),
    # negatives
    pytest.param("第45次会议", [], id="ordinal"),
    pytest.param("十三届人大", [], id="session"),
    pytest.param("一是加强领导", [], id="enumeration"),
    pytest.param("建党100周年", [], id="anniversary"),
    pytest.param("2020年9月召开", [], id="date"),
    pytest.param("落实“三个一批”和“1+N”", [], id="quoted-terms"),
    pytest.param("国办发〔2019〕45 号", [], id="document-number"),
    pytest.param("办好一批实事,一手抓发展", [], id="idioms"),
    pytest.param("多种形式宣传", [], id="vague"),
    pytest.param("大家一起努力", [], id="together"),
    pytest.param("判处10年以上有期徒刑", [], id="legal-bracket"),
    pytest.param("判处3至7年有期徒刑", [], id="legal-range"),
    pytest.param("判处1个月至3年不等的刑罚", [], id="vague-range"),
    pytest.param("比例为7.1:50.2:42.7", [], id="ratio"),
    pytest.param("详见http://www.example.gov.cn/2019/10人", [], id="url"),
    pytest.param("五年来,全市", [], id="span"),
    pytest.param("党的二十大精神", [], id="party-congress"),
    pytest.param("百年大计", [], id="hundred-years-idiom"),
    pytest.param("统一部署", [], id="unify"),
    pytest.param("这是一次重要会议", [], id="indefinite-article"),
    pytest.param("上午9点开会", [], id="time-of-day"),
    pytest.param("三次产业结构", [], id="three-sectors"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_match_figures(text: str, expected: list) -> None:
    assert found(text) == expected


def test_sentence_with_figure_keeps_it() -> None:
    # A legal sentence (no bracket) is a figure.
    assert found("被判处五年有期徒刑") == [("五年", D(5), "年")]


def test_qualifiers_metric_and_units() -> None:
    text = "全市GDP同比增长约7.5%,不到10分钟,超过3000万元以上"
    state = DocState(text=text, folded=fold_width(text), published=PUB)
    data = {m.text: m.data for m in match_figures(state)}
    assert data["7.5%"]["metric"] == "同比增长"
    assert data["7.5%"]["qualifier"] == "约"
    assert data["7.5%"]["kind"] == "percent"
    assert data["10分钟"]["qualifier"] == "不到"
    money = data["3000万元"]
    assert (money["base_unit"], money["multiplier"], money["kind"]) == ("元", 10_000, "money")
    assert money["qualifier"] == "超过"


def test_quoted_speech_is_not_a_term() -> None:
    # A quote holding a sentence is speech: its figures count.
    assert found("他说:“今年要新建5所学校。”") == [("5所", D(5), "所")]


def test_offsets_point_at_original_text() -> None:
    text = "共计１２０名"
    state = DocState(text=text, folded=fold_width(text), published=PUB)
    (match,) = match_figures(state)
    assert text[match.start : match.end] == match.text == "１２０名"
