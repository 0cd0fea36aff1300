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
    pytest.param("检查企业2368家次", [("2368家次", D(2368), "家次")], id="visits-to-firms"),
    pytest.param("出动送水车辆3400余台次", [("3400余台次", D(3400), "台次")], id="vehicle-trips"),
    pytest.param("出售军机零部件和零件", [], id="a-bare-zero-opens-a-word"),
    pytest.param("江豚数量达到1249头", [("1249头", D(1249), "头")], id="head-of-animals"),
    pytest.param("日均开行旅客列车13960列", [("13960列", D(13960), "列")], id="trains"),
    pytest.param("受理来信来访1.23万件次", [("1.23万件次", D(12300), "万件次")], id="cases-handled"),
    pytest.param("工信部等6部门联合印发", [("6部门", D(6), "部门")], id="departments"),
    pytest.param(
        "调拨帐篷1000顶、棉被3000床", [("1000顶", D(1000), "顶"), ("3000床", D(3000), "床")],
        id="tents-and-quilts",
    ),
    pytest.param(
        "学习省委十二届九次全会精神，召开四届一次职代会，共召开3次",
        [("3次", D(3), "次")],
        id="the-meeting-of-a-numbered-session",
    ),
    pytest.param(
        "一只羊也没买。买一只种羊补贴60%", [("一只", D(1), "只"), ("60%", D(60), "%")],
        id="not-a-single-one",
    ),
    pytest.param(
        "中心附近最大风力17级以上，启动Ⅰ级应急响应",
        [("17级", D(17), "级")],
        id="a-wind-s-force-after-the-word",
    ),
    pytest.param(
        "过流能力恢复到5000立方米每秒以上", [("5000立方米每秒", D(5000), "立方米每秒")], id="flow-rate"
    ),
    pytest.param("县四大班子领导参加学习", [], id="the-four-leading-bodies"),
    pytest.param(
        "开着三轮车去十几公里外拉水，买了3辆车",
        [("3辆", D(3), "辆")],
        id="a-vehicle-named-by-its-wheels",
    ),
    pytest.param("抓两头带中间，群众一头雾水", [], id="both-ends-and-an-idiom-guard"),
    pytest.param("共一百零五人", [("一百零五人", D(105), "人")], id="zero-inside-a-number-guard"),
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
    pytest.param("生猪价格为15.2元/公斤", [("15.2元/公斤", D("15.2"), "元/公斤")], id="rate"),
    pytest.param(
        "PM2.5浓度为28微克/立方米", [("28微克/立方米", D(28), "微克/立方米")], id="concentration"
    ),
    pytest.param("均价1.2万元/平方米", [("1.2万元/平方米", D(12000), "万元/平方米")],
                 id="rate-with-magnitude"),
    pytest.param("气温下降8℃", [("8℃", D(8), "℃")], id="degrees"),
    pytest.param("吞吐量90万标准箱", [("90万标准箱", D(900000), "万标准箱")], id="containers"),
    pytest.param("常住人口520万,", [("520万", D(5200000), "万")], id="magnitude-only"),
    pytest.param("降水量较常年偏多一至二成", [("一", D(10), "%"), ("二成", D(20), "%")],
                 id="a-range-of-tenths"),
    pytest.param("项目总投资三个亿，带动3个多亿元消费。建设三个万亩基地。",
                 [("三个亿", D(300000000), "亿"), ("3个多亿元", D(300000000), "亿元"), ("三个", D(3), "个")],
                 id="hundreds-of-millions-spoken"),
    pytest.param("就业人数由约366万增加至约367万。",
                 [("366万", D(3660000), "万"), ("367万", D(3670000), "万")],
                 id="magnitudes-at-both-ends-of-a-change"),
    pytest.param("分别下降0.2、0.5和1.1个百分点", [
        ("0.2", D("0.2"), "个百分点"), ("0.5", D("0.5"), "个百分点"),
        ("1.1个百分点", D("1.1"), "个百分点"),
    ], id="shared-unit-list"),
    pytest.param("目标为5.5%-6%", [("5.5%", D("5.5"), "%"), ("6%", D(6), "%")], id="range"),
    pytest.param("3万多人", [("3万多人", D(30000), "万人")], id="wan-duo-ren"),
    pytest.param("投资500万元以上的项目", [("500万元", D(5000000), "万元")], id="threshold-money"),
    # Chinese numerals, mixed forms, full width
    pytest.param("设立十五个专班", [("十五个", D(15), "个")], id="cn-fifteen"),
    pytest.param("吸纳二十三万人就业", [("二十三万人", D(230000), "人")], id="cn-wan-people"),
    pytest.param("共一百零五人", [("一百零五人", D(105), "人")], id="cn-ling"),
    pytest.param("招募两千人", [("两千人", D(2000), "人")], id="cn-liang-qian"),
    pytest.param("投入三千五百万元", [("三千五百万元", D(35000000), "元")], id="cn-money-sections"),
    pytest.param("收入1.5亿,", [("1.5亿", D(150000000), "亿")], id="yi-bare"),
    pytest.param("转移12万余人", [("12万余人", D(120000), "万人")], id="wan-yu-people"),
    pytest.param("转移１２万余人", [("１２万余人", D(120000), "万人")], id="full-width-wan-yu"),
    pytest.param("占百分之八点五", [("百分之八点五", D("8.5"), "%")], id="percent-words-decimal"),
    pytest.param("近三成企业", [("三成", D(30), "%")], id="three-tenths"),
    pytest.param("增长五倍", [("五倍", D(5), "倍")], id="times-cn"),
    pytest.param("增长1.2倍", [("1.2倍", D("1.2"), "倍")], id="times-decimal"),
    pytest.param("下降0.3个百分点", [("0.3个百分点", D("0.3"), "个百分点")], id="points-decimal"),
    pytest.param("地区生产总值545.0亿元", [("545.0亿元", D(54500000000), "亿元")],
                 id="trailing-zero-exact"),
    pytest.param("建成3.5万平方米", [("3.5万平方米", D(35000), "万平方米")], id="wan-square-metres"),
    pytest.param("判处有期徒刑九年零六个月", [("九年零六个月", D("9.5"), "年")], id="nine-and-half-years"),
    pytest.param("历时一年半", [("一年半", D("1.5"), "年")], id="year-and-half"),
    pytest.param("用了两个半月", [("两个半月", D("2.5"), "个月")], id="months-and-half"),
    pytest.param("持续2年半", [("2年半", D("2.5"), "年")], id="arabic-year-and-half"),
    pytest.param("用时三万五元", [("三万五元", D(35000), "元")], id="colloquial-wan-wu"),
    # qualifiers and ranges
    pytest.param("约3000人参加", [("3000人", D(3000), "人")], id="about"),
    pytest.param("近5000人参加", [("5000人", D(5000), "人")], id="nearly"),
    pytest.param("超过100家企业", [("100家", D(100), "家")], id="over"),
    pytest.param("1000余人参加", [("1000余人", D(1000), "人")], id="yu"),
    pytest.param("1000多人参加", [("1000多人", D(1000), "人")], id="duo"),
    pytest.param("100人以上", [("100人", D(100), "人")], id="yishang"),
    pytest.param("十多年", [("十多年", D(10), "年")], id="shi-duo"),
    pytest.param("新建3至5个", [("3", D(3), "个"), ("5个", D(5), "个")], id="range-zhi"),
    pytest.param("新建3-5个", [("3", D(3), "个"), ("5个", D(5), "个")], id="range-dash"),
    pytest.param("增长6.5%-7%", [("6.5%", D("6.5"), "%"), ("7%", D(7), "%")], id="range-percent"),
    pytest.param("增长6.5%至7%", [("6.5%", D("6.5"), "%"), ("7%", D(7), "%")], id="range-percent-zhi"),
    pytest.param("设立两个工作组", [("两个", D(2), "个")], id="two-ge"),
    # vague amounts: adjacent numerals and 几/数/上 are not figures (never 23 or 35)
    pytest.param("两三个人", [], id="two-or-three"),
    pytest.param("一两天", [], id="one-or-two-days"),
    pytest.param("三四十人", [], id="thirty-or-forty"),
    pytest.param("三五年", [], id="three-to-five-years"),
    pytest.param("四五个", [], id="four-or-five"),
    pytest.param("七八十个", [], id="seventy-or-eighty"),
    pytest.param("八九十人", [], id="eighty-or-ninety"),
    pytest.param("两三百人", [], id="two-or-three-hundred"),
    pytest.param("十七八岁", [], id="seventeen-or-eighteen"),
    pytest.param("一二线城市", [], id="tier-one-two"),
    pytest.param("十几个", [], id="ten-odd"),
    pytest.param("二十几个", [], id="twenty-odd"),
    pytest.param("几十个", [], id="dozens"),
    pytest.param("数十个", [], id="several-tens"),
    pytest.param("数十万人", [], id="hundreds-of-thousands"),
    pytest.param("数百人", [], id="hundreds"),
    pytest.param("上百个", [], id="up-to-a-hundred"),
    pytest.param("上千家", [], id="up-to-a-thousand"),
    # slogans and doctrine names
    pytest.param("坚决做到两个维护", [], id="two-upholds"),
    pytest.param("增强四个意识", [], id="four-consciousnesses"),
    pytest.param("落实中央八项规定精神", [], id="eight-rules"),
    pytest.param("践行三个代表重要思想", [], id="three-represents"),
    pytest.param("坚持一国两制", [], id="one-country-two-systems"),
    # negatives
    pytest.param("第122次会议", [], id="ordinal-three-digits"),
    pytest.param("十一届三中全会", [], id="session-plenum"),
    pytest.param("一方有难,八方支援", [], id="idiom-one-side"),
    pytest.param("“六清”行动", [], id="quoted-six"),
    pytest.param("第2758号决议", [], id="resolution-number"),
    pytest.param("5G基站和12345热线", [], id="names-with-numbers"),
    pytest.param("一带一路", [], id="belt-and-road"),
    pytest.param("第一书记", [], id="first-secretary"),
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
    pytest.param("人口从1200万到1500万不等", [], id="vague-range-of-magnitudes-guard"),
    pytest.param("比例为7.1:50.2:42.7", [], id="ratio"),
    pytest.param("详见http://www.example.gov.cn/2019/10人", [], id="url"),
    pytest.param("五年来,全市", [], id="span"),
    pytest.param("党的二十大精神", [], id="party-congress"),
    pytest.param("百年大计", [], id="hundred-years-idiom"),
    pytest.param("统一部署", [], id="unify"),
    pytest.param("这是一次重要会议", [], id="indefinite-article"),
    pytest.param("上午9点开会", [], id="time-of-day"),
    pytest.param("三次产业结构", [], id="three-sectors"),
    pytest.param("维护一个中国原则", [], id="one-china"),
    pytest.param("以9秒35的成绩夺冠", [("9秒35", D("9.35"), "秒")], id="race-time"),
    pytest.param("约2.7万场次的活动", [("2.7万场次", D(27000), "万场次")], id="showings"),
    pytest.param("开行1200列次", [("1200列次", D(1200), "列次")], id="train-runs"),
    pytest.param("以2分00秒87获得金牌", [("2分00秒87", D("120.87"), "秒")], id="race-time-minutes"),
    pytest.param("每30秒12次", [("30秒", D(30), "秒"), ("12次", D(12), "次")],
                 id="seconds-then-a-count-guard"),
    pytest.param("欧盟新一轮对俄制裁", [], id="a-new-round"),
    pytest.param("迈向下一个50年", [("50年", D(50), "年")], id="the-next-one"),
    pytest.param("较上一年提升", [], id="the-one-before"),
    pytest.param("做好今后一个时期的工作", [], id="a-period"),
    pytest.param("收入保持两位数增长", [], id="double-digits"),
    pytest.param("开展安全生产治本攻坚三年行动", [], id="a-three-year-campaign"),
    pytest.param("编制五年规划", [], id="a-five-year-plan"),
    pytest.param("经过三年攻坚", [("三年", D(3), "年")], id="three-years-of-effort-guard"),
    pytest.param("全镇未发生一起森林火灾", [], id="not-a-single-fire"),
    pytest.param("比上年同期低21个基点", [("21个基点", D(21), "个基点")], id="basis-points"),
    pytest.param("种粮大户算了一笔账", [], id="doing-the-sums"),
    pytest.param("过去一年，全省粮食总产量创新高", [], id="the-past-year"),
    pytest.param("经过4个多月的侦查", [("4个多月", D(4), "个月")], id="four-months-and-more"),
    pytest.param("积石山6.2级地震已造成113人遇难", [("6.2级", D("6.2"), "级"), ("113人", D(113), "人")],
                 id="an-earthquake-s-magnitude"),
    pytest.param("沿海将有7级大风", [("7级", D(7), "级")], id="a-wind-s-force"),
    pytest.param("启动地震应急一级响应，提升为3级响应", [], id="levels-of-response-guard"),
    pytest.param("公示期为5个工作日", [("5个工作日", D(5), "个工作日")], id="working-days"),
    pytest.param("全区发生一起较大事故", [("一起", D(1), "起")], id="one-accident-guard"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_match_figures(text: str, expected: list) -> None:
    assert found(text) == expected


DETAIL_CASES = [
    # base unit and multiplier beside the unit as written
    pytest.param("收入16.4亿元", "16.4亿元", {"base_unit": "元", "multiplier": 10**8, "kind": "money"},
                 id="yi-yuan-base"),
    pytest.param("产量1.2万吨", "1.2万吨", {"base_unit": "吨", "multiplier": 10**4}, id="wan-dun-base"),
    pytest.param("增长8.5%", "8.5%", {"base_unit": "%", "multiplier": 1, "kind": "percent"},
                 id="percent-base"),
    pytest.param("高出两个百分点", "两个百分点", {"base_unit": "个百分点", "kind": "percent"},
                 id="points-stay-points"),
    pytest.param("近三成企业", "三成", {"unit": "%", "base_unit": "%"}, id="tenths-are-percent"),
    pytest.param("常住人口520万,", "520万", {"base_unit": None, "multiplier": 10**4},
                 id="magnitude-without-base"),
    pytest.param("设立8个工作组", "8个", {"kind": "count", "subject": None, "metric": None},
                 id="count-no-subject"),
    # qualifiers
    pytest.param("约3000人参加", "3000人", {"qualifier": "约"}, id="q-about"),
    pytest.param("近5000人参加", "5000人", {"qualifier": "近"}, id="q-nearly"),
    pytest.param("超过100家企业", "100家", {"qualifier": "超过"}, id="q-over"),
    pytest.param("1000余人参加", "1000余人", {"qualifier": "余", "unit": "人"}, id="q-yu"),
    pytest.param("1000多人参加", "1000多人", {"qualifier": "多", "unit": "人"}, id="q-duo"),
    pytest.param("100人以上", "100人", {"qualifier": "以上"}, id="q-yishang"),
    pytest.param("达到3万吨左右", "3万吨", {"qualifier": "左右"}, id="q-zuoyou"),
    pytest.param("设立8个工作组", "8个", {"qualifier": None}, id="q-none"),
    # metric and subject where the sentence says them
    pytest.param("同比增长8.5%", "8.5%", {"metric": "同比增长"}, id="metric-yoy"),
    pytest.param("全市GDP同比增长约7.5%", "7.5%", {"metric": "同比增长", "subject": "全市GDP"},
                 id="metric-and-subject"),
    pytest.param("地区生产总值545.0亿元", "545.0亿元", {"metric": None, "subject": "地区生产总值"},
                 id="subject-without-metric"),
    pytest.param("实现地区生产总值545.0亿元", "545.0亿元", {"subject": "地区生产总值"},
                 id="subject-after-shixian"),
    pytest.param("全市地区生产总值达545.0亿元", "545.0亿元", {"subject": "全市地区生产总值"},
                 id="subject-before-da"),
    pytest.param("地区生产总值545.0亿元,同比增长8.5%", "8.5%",
                 {"metric": "同比增长", "subject": "地区生产总值"}, id="subject-carried-in-sentence"),
    pytest.param("地区生产总值545.0亿元。增长8.5%", "8.5%", {"metric": "增长", "subject": None},
                 id="subject-not-carried-past-sentence"),
    pytest.param("1-10月,全市规模以上工业增加值同比增长5.2%", "5.2%",
                 {"subject": "全市规模以上工业增加值"}, id="subject-industry"),
    pytest.param("城镇居民人均可支配收入4.3万元", "4.3万元", {"subject": "城镇居民人均可支配收入"},
                 id="subject-income"),
    pytest.param("下降0.3个百分点", "0.3个百分点", {"metric": "下降"}, id="metric-fall"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "expected"), DETAIL_CASES)
def test_figure_details(text: str, surface: str, expected: dict) -> None:
    state = DocState(text=text, folded=fold_width(text), published=PUB)
    data = {m.text: m.data for m in match_figures(state)}
    assert {k: data[surface][k] for k in expected} == expected


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


def test_exact_values_through_the_pipeline() -> None:
    # cn2an gives 1639999999 for 16.4亿 and 23 for 两三个: neither happens here.
    import json

    from govnews_extract import extract

    article = extract("全年收入16.4亿元,两三个部门参与,增长8.5%。", published="2020-11-20")
    figures = json.loads(article.model_dump_json())["figures"]
    assert [(f["text"], f["value"], f["unit"]) for f in figures] == [
        ("16.4亿元", 1640000000, "亿元"),
        ("8.5%", 8.5, "%"),
    ]
