"""Dates found in text and resolved against the article's reference.

Every case carries its reference (``published``); negative cases, which must
find nothing, sit beside the positive ones.
"""

from __future__ import annotations

from datetime import date

import pytest

from govnews_extract.components.dates import match_dates
from govnews_extract.state import DocState, Match, fold_width

PUB = date(2021, 6, 10)


def found(
    text: str, published: date | None = PUB, **state_kw: object
) -> list[tuple[str, str | None]]:
    state = DocState(text=text, folded=fold_width(text), published=published, **state_kw)
    return [(m.text, m.data["value"]) for m in match_dates(state)]


CASES = [
    # absolute dates, at the precision written
    pytest.param("2019年3月5日,大会开幕。", PUB, [("2019年3月5日", "2019-03-05")], id="ymd"),
    pytest.param("二〇一九年三月五日开幕", PUB, [("二〇一九年三月五日", "2019-03-05")],
                 id="ymd-chinese"),
    pytest.param("发布于2019.3.5。", PUB, [("2019.3.5", "2019-03-05")], id="dotted"),
    pytest.param("日期:2019-03-05", PUB, [("2019-03-05", "2019-03-05")], id="iso"),
    pytest.param("日期:2019/3/5", PUB, [("2019/3/5", "2019-03-05")], id="slashed"),
    pytest.param("５月４日，座谈会召开", PUB, [("５月４日", "2021-05-04")], id="full-width"),
    pytest.param("5月4日上午,座谈会召开", PUB, [("5月4日", "2021-05-04")], id="no-time-of-day"),
    pytest.param("截至2018年6月底,共有", None, [("2018年6月底", "2018-06")], id="month-end"),
    pytest.param("预计5月下旬完成", PUB, [("5月下旬", "2021-05")], id="late-month"),
    pytest.param("2017年,该市启动", None, [("2017年", "2017")], id="year"),
    pytest.param("2016年底建成", None, [("2016年底", "2016")], id="year-end"),
    # periods
    pytest.param("上半年,全省", PUB, [("上半年", "2021-01/2021-06")], id="first-half"),
    pytest.param("2020年下半年", PUB, [("2020年下半年", "2020-07/2020-12")], id="second-half"),
    pytest.param("第二季度,全市", PUB, [("第二季度", "2021-04/2021-06")], id="quarter"),
    pytest.param("三季度,全市", PUB, [("三季度", "2021-07/2021-09")], id="quarter-no-di"),
    pytest.param("前三季度,全市", PUB, [("前三季度", "2021-01/2021-09")], id="quarters-to-date"),
    pytest.param("1至5月,全市", PUB, [("1至5月", "2021-01/2021-05")], id="month-range"),
    pytest.param("1—4月份,全市", PUB, [("1—4月份", "2021-01/2021-04")], id="month-range-dash"),
    pytest.param("3月1日至3月7日举办", PUB, [("3月1日至3月7日", "2021-03-01/2021-03-07")],
                 id="day-range"),
    pytest.param("12日至14日举办", PUB, [("12日至14日", "2021-06-12/2021-06-14")],
                 id="bare-day-range"),
    pytest.param("2021—2025年规划", PUB, [("2021—2025年", "2021/2025")], id="year-range"),
    # relative to the reference
    pytest.param("今年以来,全市", PUB, [("今年", "2021")], id="this-year"),
    pytest.param("比去年增长", PUB, [("去年", "2020")], id="last-year"),
    pytest.param("与上年同期相比", PUB, [("上年", "2020")], id="previous-year"),
    pytest.param("明年将继续", PUB, [("明年", "2022")], id="next-year"),
    pytest.param("今天上午,会议召开", PUB, [("今天", "2021-06-10")], id="today"),
    pytest.param("昨日,记者获悉", PUB, [("昨日", "2021-06-09")], id="yesterday"),
    pytest.param("明天起实施", PUB, [("明天", "2021-06-11")], id="tomorrow"),
    pytest.param("院長今(10)日表示", PUB, [("今(10)日", "2021-06-10")], id="taiwan-today"),
    pytest.param("將於下月三日舉行", PUB, [("下月三日", "2021-07-03")], id="next-month-day"),
    pytest.param("本月底前完成", PUB, [("本月底", "2021-06")], id="this-month-end"),
    pytest.param("今年上半年,全省", PUB, [("今年上半年", "2021-01/2021-06")], id="this-year-half"),
    pytest.param("去年年底", PUB, [("去年年底", "2020")], id="last-year-end"),
    pytest.param("明年將繼續推動", PUB, [("明年", "2022")], id="traditional"),
    pytest.param("9月5日至7日举办", PUB, [("9月5日至7日", "2021-09-05/2021-09-07")],
                 id="day-range-short"),
    # negatives: vague times, spans, holidays, terms, titles
    pytest.param("近期,有关部门将研究下一步工作", PUB, [], id="vague-recent-next"),
    pytest.param("当前形势和长期任务", PUB, [], id="vague-current-long"),
    pytest.param("会上,日前,近年来,年内", PUB, [], id="vague-misc"),
    pytest.param("三年来,前两年", PUB, [], id="spans"),
    pytest.param("春节期间加强值守", PUB, [], id="holiday"),
    pytest.param("编制“十四五”规划", PUB, [], id="five-year-plan-term"),
    pytest.param("审议《2020年政府工作报告》", PUB, [], id="year-in-title"),
    pytest.param("2000多年的历史", PUB, [], id="many-years"),
    pytest.param("3日内办结", PUB, [], id="within-days"),
    pytest.param("每天一调度", PUB, [], id="every-day"),
    pytest.param("创造更加美好的明天", PUB, [], id="figurative-tomorrow"),
    pytest.param("〔2019〕12号文件", PUB, [], id="document-number"),
    pytest.param("共3个月", PUB, [], id="duration-is-not-a-date"),
    pytest.param("GB/T 4754-2017标准", PUB, [], id="standard-number"),
    pytest.param("服务年限满113年", PUB, [], id="roc-needs-taiwan-context"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_match_dates(text: str, published: date | None, expected: list) -> None:
    assert found(text, published) == expected


def test_reference_from_dateline_when_unpublished() -> None:
    text = "新华社北京2018年4月2日电 今天上午,座谈会召开。去年,全省"
    assert found(text, None) == [
        ("2018年4月2日", "2018-04-02"),
        ("今天", "2018-04-02"),
        ("去年", "2017"),
    ]


def test_reference_inferred_from_stated_dates() -> None:
    text = "9月16日,会议召开。截至2018年8月底,全省完成任务。今年是关键一年。"
    state = DocState(text=text, folded=fold_width(text))
    dates = match_dates(state)
    assert [(m.text, m.data["value"], m.data["year_source"]) for m in dates] == [
        ("9月16日", "2018-09-16", "inferred"),
        ("2018年8月底", "2018-08", "stated"),
        ("今年", "2018", "inferred"),
    ]


def test_plan_year_is_not_the_reference() -> None:
    text = "3月2日,会议部署2024年工作安排。"
    assert found(text, None)[0] == ("3月2日", None)


def test_no_year_warns() -> None:
    text = "11月3日,会议召开。"
    state = DocState(text=text, folded=fold_width(text))
    (match,) = match_dates(state)
    assert match.data["value"] is None and match.data["year_source"] is None
    assert any("11月3日" in w for w in state.warnings)


def test_roc_year_in_taiwan_article() -> None:
    text = "總統今(8)日出席112年「模範勞工」表揚大會,臺灣各界代表參加。"
    assert found(text, date(2023, 5, 8)) == [("今(8)日", "2023-05-08"), ("112年", "2023")]


def test_offsets_point_at_original_text() -> None:
    text = "２０２０年９月１６日　召开"
    state = DocState(text=text, folded=fold_width(text))
    (match,) = match_dates(state)
    assert text[match.start : match.end] == match.text == "２０２０年９月１６日"
    assert match.data["precision"] == "day" and match.label == "absolute"


def test_dates_inside_found_terms_are_skipped() -> None:
    text = "落实2021年行动计划"
    terms = {"terms": [Match("terms", 2, 10, text[2:10], "test", "document")]}
    assert found(text, PUB, matches=terms) == []
