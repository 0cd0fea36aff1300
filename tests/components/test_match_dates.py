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
    pytest.param("截至6月30日24时,全省", PUB, [("6月30日", "2021-06-30")], id="clock-hour-after-day"),
    pytest.param("23日12时,雨停", PUB, [("23日", "2021-06-23")], id="clock-hour-after-bare-day"),
    pytest.param("6月30日8:30开幕", PUB, [("6月30日", "2021-06-30")], id="clock-time-after-day"),
    pytest.param("6月30日1234号文件", PUB, [], id="number-after-day-no-clock"),
    pytest.param("截至2018年6月底,共有", PUB, [("2018年6月底", "2018-06")], id="month-end"),
    pytest.param("预计5月下旬完成", PUB, [("5月下旬", "2021-05")], id="late-month"),
    pytest.param("2017年,该市启动", PUB, [("2017年", "2017")], id="year"),
    pytest.param("2016年底建成", PUB, [("2016年底", "2016")], id="year-end"),
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
    pytest.param("2015年至2021年间,赵某纠集人员", PUB, [("2015年至2021年", "2015/2021")],
                 id="year-range-between"),
    pytest.param("2015年间,他任县长", PUB, [("2015年", "2015")], id="during-a-year"),
    pytest.param("2022年3月至2023年5月,李某非法采砂", PUB, [("2022年3月至2023年5月", "2022-03/2023-05")],
                 id="month-range-across-years"),
    pytest.param("2023年12月25日至2024年1月5日举办", PUB,
                 [("2023年12月25日至2024年1月5日", "2023-12-25/2024-01-05")], id="day-range-across-years"),
    pytest.param("三年间,他走遍全县", PUB, [], id="three-years-is-a-span-guard"),
    # a bare day opening a sentence reports a day of the article's month, not of a month ahead
    pytest.param("新规将于7月4日生效。8日，国务院召开会议。", PUB,
                 [("7月4日", "2021-07-04"), ("8日", "2021-06-08")], id="reported-day-after-future-month"),
    pytest.param("新规将于7月4日生效。\n8日上午，国务院召开会议。", PUB,
                 [("7月4日", "2021-07-04"), ("8日", "2021-06-08")], id="reported-day-time-of-day"),
    pytest.param("新规将于7月4日生效。美国媒体8日报道，", PUB,
                 [("7月4日", "2021-07-04"), ("8日", "2021-06-08")], id="reported-day-before-verb"),
    pytest.param("会议将于7月4日开幕，8日闭幕。", PUB,
                 [("7月4日", "2021-07-04"), ("8日", "2021-07-08")], id="future-day-in-same-sentence"),
    pytest.param("新规将于7月4日生效。8日将召开会议。", PUB,
                 [("7月4日", "2021-07-04"), ("8日", "2021-07-08")], id="future-day-no-comma"),
    pytest.param("新规将于7月4日生效。20日，国务院召开会议。", PUB,
                 [("7月4日", "2021-07-04"), ("20日", "2021-07-20")], id="day-after-the-article-keeps-month"),
    pytest.param("去年12月，贸易回升。\n8日，外长开会。", PUB,
                 [("去年12月", "2020-12"), ("8日", "2021-06-08")], id="reported-day-in-a-new-paragraph"),
    pytest.param("去年12月起实施。\n国防部8日称，空军6日到7日发动空袭。", PUB,
                 [("去年12月", "2020-12"), ("8日", "2021-06-08"), ("6日到7日", "2021-06-06/2021-06-07")],
                 id="days-after-a-reported-day-follow-it"),
    pytest.param("去年12月起实施。\n欧元汇率8日一度跌破关口。", PUB,
                 [("去年12月", "2020-12"), ("8日", "2021-06-08")], id="any-bare-day-in-a-new-paragraph"),
    pytest.param("去年12月5日，地震发生。7日，救援展开。", PUB,
                 [("去年12月5日", "2020-12-05"), ("7日", "2020-12-07")], id="narrative-in-one-paragraph-guard"),
    pytest.param("自去年9月政策出台以来，四季度外贸创新高，尤其是12月。", PUB,
                 [("去年9月", "2020-09"), ("四季度", "2020-10/2020-12"), ("12月", "2020-12")],
                 id="months-and-quarters-take-the-year-in-context"),
    pytest.param("2019年3月启动，7月完工。", PUB, [("2019年3月", "2019-03"), ("7月", "2019-07")],
                 id="a-month-after-a-stated-year"),
    pytest.param("为2019年11月以来最低。1月，指数回落。", PUB,
                 [("2019年11月", "2019-11"), ("1月", "2021-01")], id="a-past-month-keeps-its-year-guard"),
    pytest.param("去年9月政策出台。\n12月，全市将开展检查。", PUB,
                 [("去年9月", "2020-09"), ("12月", "2021-12")], id="not-across-paragraphs-guard"),
    pytest.param("贷款利率稳步下行。12月份，新发放贷款利率为3.4%。", date(2025, 1, 14),
                 [("12月份", "2024-12")], id="a-month-far-ahead-is-last-year-s"),
    pytest.param("四季度经济回升。", date(2025, 1, 14), [("四季度", "2024-10/2024-12")],
                 id="a-quarter-far-ahead-is-last-year-s"),
    pytest.param("计划12月完成。", date(2025, 1, 14), [("12月", "2025-12")], id="a-plan-guard"),
    pytest.param("分季度看，一季度增长5.3%，二季度增长4.7%，四季度增长5.4%。\n今年一季度要抓好开局。",
                 date(2025, 1, 17),
                 [("一季度", "2024-01/2024-03"), ("二季度", "2024-04/2024-06"),
                  ("四季度", "2024-10/2024-12"), ("今年一季度", "2025-01/2025-03")],
                 id="quarters-listed-with-last-year-s-fourth"),
    pytest.param("2024年全年，居民消费价格比上年上涨0.2%。今年比上年增长。", date(2025, 1, 10),
                 [("2024年", "2024"), ("上年", "2023"), ("今年", "2025"), ("上年", "2024")],
                 id="the-year-before-the-stated-one"),
    pytest.param("2024年四季度，销售收入增长3.8%，较三季度提高2.4个百分点。", date(2025, 1, 14),
                 [("2024年四季度", "2024-10/2024-12"), ("三季度", "2024-07/2024-09")],
                 id="a-quarter-after-a-dated-quarter"),
    pytest.param("包括将于7月举行会议。", date(2025, 1, 14), [("7月", "2025-07")],
                 id="six-months-ahead-guard"),
    pytest.param("7月4日，会议开幕。8日，会议闭幕。", date(2021, 7, 10),
                 [("7月4日", "2021-07-04"), ("8日", "2021-07-08")], id="past-month-keeps-context-guard"),
    # relative to the reference
    pytest.param("今年以来,全市", PUB, [("今年", "2021")], id="this-year"),
    pytest.param("比去年增长", PUB, [("去年", "2020")], id="last-year"),
    pytest.param("与上年同期相比", PUB, [("上年", "2020")], id="previous-year"),
    pytest.param("明年将继续", PUB, [("明年", "2022")], id="next-year"),
    pytest.param("今天上午,会议召开", PUB, [("今天", "2021-06-10")], id="today"),
    pytest.param("昨日,记者获悉", PUB, [("昨日", "2021-06-09")], id="yesterday"),
    pytest.param("明天起实施", PUB, [("明天", "2021-06-11")], id="tomorrow"),
    pytest.param("本周五将召开会议", PUB, [("本周五", "2021-06-11")], id="this-friday"),
    pytest.param("下周一起实施", PUB, [("下周一", "2021-06-14")], id="next-monday"),
    pytest.param("本周日程安排", PUB, [("本周", "2021-W23")], id="this-week-schedule-no-sunday"),
    pytest.param("院長今(10)日表示", PUB, [("今(10)日", "2021-06-10")], id="taiwan-today"),
    pytest.param("李家超昨日（9日）出席", PUB, [("昨日（9日）", "2021-06-09")], id="hk-yesterday-stated"),
    pytest.param("行政長官昨（九）日出席", PUB, [("昨（九）日", "2021-06-09")],
                 id="yesterday-stated-in-chinese-numerals"),
    pytest.param("今年前10个月，进出口增长5.2%。前两个月", PUB,
                 [("今年前10个月", "2021-01/2021-10"), ("前两个月", "2021-01/2021-02")],
                 id="the-months-to-date"),
    pytest.param("將於下月三日舉行", PUB, [("下月三日", "2021-07-03")], id="next-month-day"),
    pytest.param("本月底前完成", PUB, [("本月底", "2021-06")], id="this-month-end"),
    pytest.param("今年上半年,全省", PUB, [("今年上半年", "2021-01/2021-06")], id="this-year-half"),
    pytest.param("去年年底", PUB, [("去年年底", "2020")], id="last-year-end"),
    pytest.param("明年將繼續推動", PUB, [("明年", "2022")], id="traditional"),
    pytest.param("9月5日至7日举办", PUB, [("9月5日至7日", "2021-09-05/2021-09-07")],
                 id="day-range-short"),
    # absolute forms, more scripts and separators
    pytest.param("二〇二〇年十二月,全市", PUB, [("二〇二〇年十二月", "2020-12")], id="ym-chinese"),
    pytest.param("２０２０年９月１６日　召开", PUB, [("２０２０年９月１６日", "2020-09-16")],
                 id="ymd-full-width"),
    pytest.param("新华社北京1998年1月25日电 记者", PUB, [("1998年1月25日", "1998-01-25")],
                 id="dateline-with-year"),
    pytest.param("2020年9月16日至18日举行", PUB, [("2020年9月16日至18日", "2020-09-16/2020-09-18")],
                 id="ymd-day-range"),
    pytest.param("9月28日—10月8日开放", PUB, [("9月28日—10月8日", "2021-09-28/2021-10-08")],
                 id="day-range-across-months"),
    pytest.param("9月份,全市", PUB, [("9月份", "2021-09")], id="month-fen"),
    pytest.param("2019—2020年度预算", PUB, [("2019—2020年度", "2019/2020")], id="fiscal-years"),
    pytest.param("将于2月29日举行", date(2020, 1, 5), [("2月29日", "2020-02-29")], id="leap-day"),
    pytest.param("2月29日举行", PUB, [("2月29日", None)], id="no-such-day"),
    # parts of a month or year: the text keeps the part, the value the unit
    pytest.param("十二月月底前完成", PUB, [("十二月月底", "2021-12")], id="month-end-repeated"),
    pytest.param("12月底前完成", PUB, [("12月底", "2021-12")], id="month-end-digits"),
    pytest.param("十二月底前完成", PUB, [("十二月底", "2021-12")], id="month-end-chinese"),
    pytest.param("12月月初启动", PUB, [("12月月初", "2021-12")], id="month-start-repeated"),
    pytest.param("3月初,全市", PUB, [("3月初", "2021-03")], id="month-start"),
    pytest.param("3月末,全市", PUB, [("3月末", "2021-03")], id="month-close"),
    pytest.param("3月月中前后", PUB, [("3月月中", "2021-03")], id="mid-month-repeated"),
    pytest.param("8月上旬,全市", PUB, [("8月上旬", "2021-08")], id="early-month"),
    pytest.param("8月中旬,全市", PUB, [("8月中旬", "2021-08")], id="mid-month"),
    pytest.param("11月中下旬举行", PUB, [("11月中下旬", "2021-11")], id="mid-to-late-month"),
    pytest.param("月底前完成整改", PUB, [("月底", "2021-06")], id="bare-month-end"),
    pytest.param("月初,全市", PUB, [("月初", "2021-06")], id="bare-month-start"),
    pytest.param("下旬将召开", PUB, [("下旬", "2021-06")], id="bare-late-month"),
    pytest.param("上旬,全市", PUB, [("上旬", "2021-06")], id="bare-early-month"),
    pytest.param("9月16日召开。月底前完成", PUB, [("9月16日", "2021-09-16"), ("月底", "2021-09")],
                 id="bare-month-end-takes-context"),
    pytest.param("本月中旬召开", PUB, [("本月中旬", "2021-06")], id="this-month-mid"),
    pytest.param("上月底,全市", PUB, [("上月底", "2021-05")], id="last-month-end"),
    pytest.param("年底前完成", PUB, [("年底", "2021")], id="bare-year-end"),
    pytest.param("年初以来", PUB, [("年初", "2021")], id="bare-year-start"),
    pytest.param("年末,全市", PUB, [("年末", "2021")], id="bare-year-close"),
    pytest.param("2021年年初", PUB, [("2021年年初", "2021")], id="year-start-repeated"),
    pytest.param("2021年初", PUB, [("2021年初", "2021")], id="year-start"),
    pytest.param("2019年末,全市", PUB, [("2019年末", "2019")], id="year-close"),
    pytest.param("今年年中", PUB, [("今年年中", "2021")], id="mid-year-repeated"),
    pytest.param("今年年底前", PUB, [("今年年底", "2021")], id="this-year-end"),
    pytest.param("2020年岁末", PUB, [("2020年岁末", "2020")], id="year-end-sui"),
    pytest.param("岁末将至", PUB, [("岁末", "2021")], id="bare-sui-end"),
    pytest.param("岁末年初,全市", PUB, [("岁末年初", "2020-12/2021-01")],
                 id="turn-of-year-looking-back"),
    pytest.param("岁末年初,全市", date(2021, 12, 1), [("岁末年初", "2021-12/2022-01")],
                 id="turn-of-year-looking-ahead"),
    # periods
    pytest.param("一季度,全市", PUB, [("一季度", "2021-01/2021-03")], id="q1"),
    pytest.param("第一季度,全市", PUB, [("第一季度", "2021-01/2021-03")], id="q1-di"),
    pytest.param("今年一季度", PUB, [("今年一季度", "2021-01/2021-03")], id="this-year-q1"),
    pytest.param("2020年前三季度", PUB, [("2020年前三季度", "2020-01/2020-09")],
                 id="stated-quarters-to-date"),
    pytest.param("1至10月,全市", PUB, [("1至10月", "2021-01/2021-10")], id="jan-to-oct"),
    pytest.param("1—8月,全市", PUB, [("1—8月", "2021-01/2021-08")], id="jan-to-aug-dash"),
    pytest.param("2020年1-10月", PUB, [("2020年1-10月", "2020-01/2020-10")], id="stated-months"),
    pytest.param("1月至10月,全市", PUB, [("1月至10月", "2021-01/2021-10")], id="months-both-yue"),
    pytest.param("2月8日至2月15日", PUB, [("2月8日至2月15日", "2021-02-08/2021-02-15")],
                 id="day-range-both-months"),
    pytest.param("3日至5日举行", PUB, [("3日至5日", "2021-06-03/2021-06-05")], id="bare-days"),
    pytest.param("上半年和下半年", PUB, [("上半年", "2021-01/2021-06"), ("下半年", "2021-07/2021-12")],
                 id="both-halves"),
    # relative words
    pytest.param("今日,全市", PUB, [("今日", "2021-06-10")], id="today-ri"),
    pytest.param("昨天下午", PUB, [("昨天", "2021-06-09")], id="yesterday-tian"),
    pytest.param("本月,全市", PUB, [("本月", "2021-06")], id="this-month"),
    pytest.param("上月,全市", PUB, [("上月", "2021-05")], id="last-month"),
    pytest.param("上个月,全市", PUB, [("上个月", "2021-05")], id="last-month-ge"),
    pytest.param("本周,全市", PUB, [("本周", "2021-W23")], id="this-week"),
    pytest.param("上周,全市", PUB, [("上周", "2021-W22")], id="last-week"),
    pytest.param("去年12月", PUB, [("去年12月", "2020-12")], id="last-year-month"),
    pytest.param("今年3月", PUB, [("今年3月", "2021-03")], id="this-year-month"),
    pytest.param("明年1月1日起施行", PUB, [("明年1月1日", "2022-01-01")], id="next-year-day"),
    pytest.param("新的一年,全市", PUB, [("新的一年", "2021")], id="new-year"),
    pytest.param("比上年同期增长", PUB, [("上年", "2020")], id="same-period-last-year"),
    pytest.param("今天上午", date(2021, 1, 1), [("今天", "2021-01-01")], id="today-new-year"),
    pytest.param("昨天下午", date(2021, 1, 1), [("昨天", "2020-12-31")], id="yesterday-old-year"),
    # parts that are not dates, beside the dates they border
    pytest.param("3月中央召开会议", PUB, [("3月", "2021-03")], id="month-not-mid-before-central"),
    pytest.param("今年中央经济工作会议", PUB, [("今年", "2021")], id="this-year-not-mid-year"),
    pytest.param("每月底报送", PUB, [], id="every-month-end"),
    pytest.param("每年年底", PUB, [], id="every-year-end"),
    pytest.param("不忘岁月初心", PUB, [], id="years-and-months"),
    pytest.param("年中考核", PUB, [], id="mid-year-appraisal"),
    pytest.param("一年中", PUB, [], id="in-a-year"),
    pytest.param("三个月底", PUB, [], id="three-months"),
    # negatives: vague times, spans, holidays, terms, titles
    pytest.param("目前,此前,次日,当月,同月", PUB, [], id="vague-now-before"),
    pytest.param("近日,有关部门", PUB, [], id="vague-recently"),
    pytest.param("国庆期间和元旦前后", PUB, [], id="holidays"),
    pytest.param("五一劳动节", PUB, [], id="may-day"),
    pytest.param("20世纪90年代", PUB, [], id="decade"),
    pytest.param("“十一五”期间", PUB, [], id="plan-period-term"),
    pytest.param("十一五期间", PUB, [], id="plan-period-unquoted"),
    pytest.param("多年来,近年来", PUB, [], id="spans-years"),
    pytest.param("年内完成", PUB, [], id="within-the-year"),
    pytest.param("10日内办结", PUB, [], id="within-ten-days"),
    pytest.param("审议《2016年财政年度施政报告》", PUB, [], id="year-in-title-fiscal"),
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


REFERENCE_CASES = [
    pytest.param("9月16日,会议召开。今年以来", PUB,
                 [("9月16日", "2021-09-16", "published"), ("今年", "2021", "published")],
                 id="published-first"),
    pytest.param("新华社北京9月16日电 今天上午", date(2021, 9, 17),
                 [("9月16日", "2021-09-16", "published"), ("今天", "2021-09-16", "dateline")],
                 id="published-year-dateline-day"),
    pytest.param("新华社北京1998年1月25日电 昨天,全省。今年将继续", None,
                 [("1998年1月25日", "1998-01-25", "stated"), ("昨天", "1998-01-24", "dateline"),
                  ("今年", "1998", "dateline")],
                 id="dateline-with-year"),
    pytest.param("新华社北京9月16日电 今天上午,会议召开。2019年,全省", None,
                 [("9月16日", "2019-09-16", "inferred"), ("今天", "2019-09-16", "inferred"),
                  ("2019年", "2019", "stated")],
                 id="dateline-without-year-inferred"),
    pytest.param("2023年,全市经济稳中向好。12月25日,会议研究部署2024年工作安排。", None,
                 [("2023年", "2023", "stated"), ("12月25日", "2023-12-25", "inferred"),
                  ("2024年", "2024", "stated")],
                 id="plan-year-is-not-the-reference"),
    pytest.param("12月25日,会议总结2023年工作,部署2024年重点工作。", None,
                 [("12月25日", "2023-12-25", "inferred"), ("2023年", "2023", "stated"),
                  ("2024年", "2024", "stated")],
                 id="plan-year-after-bushu"),
    pytest.param("1月15日,法院召开会议,总结2023年工作,部署2024年重点任务。2023年,全院结案3712件。",
                 None,
                 [("1月15日", "2024-01-15", "inferred"), ("2023年", "2023", "stated"),
                  ("2024年", "2024", "stated"), ("2023年", "2023", "stated")],
                 id="a-january-meeting-is-held-in-the-year-it-plans"),
    pytest.param("12月9日,会议分析研究2025年经济工作。", None,
                 [("12月9日", None, None), ("2025年", "2025", "stated")],
                 id="analysing-next-year-s-work-is-a-plan"),
    pytest.param("3月2日,会议提出到2035年基本实现现代化。", None,
                 [("3月2日", None, None), ("2035年", "2035", "stated")],
                 id="target-year-is-not-the-reference"),
    pytest.param("11月20日,法院宣判。2015年至2021年间,赵某纠集人员。", None,
                 [("11月20日", "2021-11-20", "inferred"), ("2015年至2021年", "2015/2021", "stated")],
                 id="a-range-reaches-its-later-year"),
    pytest.param("公布2025年财政预算。11月14日,司长在立法会引介预算案。", None,
                 [("2025年", "2025", "stated"), ("11月14日", None, None)],
                 id="a-budget-year-is-not-the-reference"),
    pytest.param("11月28日,会议任命王建军为副省长。王建军,1968年3月出生,1990年7月参加工作。", None,
                 [("11月28日", None, None), ("1968年3月", "1968-03", "stated"),
                  ("1990年7月", "1990-07", "stated")],
                 id="a-biography-s-years-are-not-the-reference"),
    pytest.param("11月21日,居民张大爷说。小区建成于1993年,共有住宅楼14栋。今年以来加装电梯9部。",
                 None,
                 [("11月21日", None, None), ("1993年", "1993", "stated"), ("今年", None, None)],
                 id="a-building-s-year-is-not-the-reference"),
    pytest.param("11月21日,会议召开。2023年,全市新建住宅楼14栋。", None,
                 [("11月21日", "2023-11-21", "inferred"), ("2023年", "2023", "stated")],
                 id="a-year-of-the-reported-work-guard"),
    pytest.param("統計處今日（十一月十八日）公布，二〇二四年八月至十月失業率為3.1%。", None,
                 [("今日", "2024-11-18", "inferred"), ("十一月十八日", "2024-11-18", "inferred"),
                  ("二〇二四年八月至十月", "2024-08/2024-10", "stated")],
                 id="a-press-release-states-its-today"),
    pytest.param("2023年国民经济和社会发展统计公报\n全年国内生产总值比上年增长5.2%。年末全国人口140967万人。",
                 date(2024, 2, 29),
                 [("2023年", "2023", "stated"), ("上年", "2022", "inferred"),
                  ("年末", "2023", "inferred")],
                 id="a-bulletin-reports-on-the-year-it-names"),
    pytest.param("2023年国民经济和社会发展统计公报\n全年国内生产总值比上年增长5.2%。",
                 date(2023, 12, 30),
                 [("2023年", "2023", "stated"), ("上年", "2022", "published")],
                 id="a-bulletin-of-its-own-year-guard"),
    pytest.param("国家统计局今天（2月28日）发布《2024年国民经济和社会发展统计公报》。国内生产总值比上年增长5.0%。",
                 date(2025, 2, 28),
                 [("今天", "2025-02-28", "dateline"), ("2月28日", "2025-02-28", "published"),
                  ("上年", "2023", "inferred")],
                 id="news-of-a-bulletin-keeps-its-own-day"),
    pytest.param("12月25日,会议召开。", None, [("12月25日", None, None)], id="no-year-null"),
    pytest.param("今天上午,会议召开。", None, [("今天", None, None)], id="no-day-null"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), REFERENCE_CASES)
def test_reference_and_year_source(text: str, published: date | None, expected: list) -> None:
    state = DocState(text=text, folded=fold_width(text), published=published)
    got = [(m.text, m.data["value"], m.data["year_source"]) for m in match_dates(state)]
    assert got == expected
    unknown = [t for t, v, _ in expected if v is None]
    assert all(any(repr(t) in w for w in state.warnings) for t in unknown)


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


def test_a_bare_day_after_a_byline_s_bracket() -> None:
    """（记者 韩雪松）5日下午: the bracket closes words, so the day opens the report; a
    bracket that closes a number ((2)5日) is a list's mark, no date's edge."""
    text = "本报北京3月5日电（记者 韩雪松）5日下午，代表团举行全体会议。"
    assert found(text, date(2025, 3, 6)) == [("3月5日", "2025-03-05"), ("5日", "2025-03-05")]
    assert found("（2）5日下午开会。", date(2025, 3, 6)) == []


def test_the_dateline_s_own_day_after_an_earlier_month() -> None:
    """…5月15日电 …于去年11月至12月…。15日，…: the reported day is the dispatch's, not a
    day of last December."""
    text = (
        "新华社南宁5月15日电 督察组于去年11月至12月对广西开展督察。15日，督察组向广西反馈督察情况。"
    )
    assert found(text, date(2024, 5, 16)) == [
        ("5月15日", "2024-05-15"),
        ("去年11月至12月", "2023-11/2023-12"),
        ("15日", "2024-05-15"),
    ]


def test_a_bare_day_after_an_earlier_month_stays_in_it_guard() -> None:
    text = "新华社南宁5月15日电 去年12月，督察组进驻。12日，督察组召开动员会。"
    assert found(text, date(2024, 5, 16))[-1] == ("12日", "2023-12-12")


def test_a_forecast_s_bare_days_after_the_next_month_are_of_this_month() -> None:
    """A forecast of 28 November: 29日 after 12月1日, in a later sentence, is 29 November."""
    text = (
        "受强冷空气影响，28日夜里至12月1日将出现寒潮天气。\n"
        "29日夜里至30日，豫北有小到中雪。省气象局已于27日16时启动应急响应。"
    )
    values = dict(found(text, date(2022, 11, 28)))
    assert values["29日"] == "2022-11-29"
    assert values["27日"] == "2022-11-27"


def test_days_listed_with_a_later_month_stay_in_it_guard() -> None:
    text = "冰球、冰壶比赛分别提前至2月3日和4日率先开赛。"
    assert found(text, date(2025, 1, 7))[-1] == ("4日", "2025-02-04")


def test_a_lunar_date_is_no_calendar_date() -> None:
    assert found("今天是农历三月初三，活动在3月3日开幕。", date(2024, 4, 11)) == [
        ("今天", "2024-04-11"),
        ("3月3日", "2024-03-03"),
    ]
