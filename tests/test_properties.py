"""Property tests: ``extract`` never raises, and every offset points at its surface text.

Two kinds of input: arbitrary Unicode text, and text joined from fragments of
Chinese government news (titles, names, meeting verbs, dates, figures, 《》 and
quoted terms) mixed with what scraped pages hold: newlines, full-width digits,
emoji, HTML tags, control characters.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from offsets import assert_offsets

from govnews_extract import Article

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

FRAGMENTS = [
    # people, titles, organs
    "省委书记", "省长", "副省长", "市委常委、宣传部部长", "省公安厅厅长", "县委副书记、县长",
    "王建国", "李红梅", "张伟", "欧阳修远", "阿努拉·库马拉·迪萨纳亚克", "习近平", "总书记",
    "省委", "省政府", "市纪委监委", "省发展改革委", "国务院", "江西", "南昌市", "红星村",
    "记者", "本报讯", "通讯员", "等同志", "出席", "主持", "主持召开", "会见", "调研", "参加",
    # speech
    "强调", "指出", "表示", "要求", "说", "他说", "会议认为", "：", "“", "”", "‘", "’",
    # dates and figures
    "9月16日", "2020年8月底", "今年", "上半年", "１２月３１日", "2023-03-20", "3.2亿元", "15个",
    "12.5%", "1200余人", "近300家", "４８个", "三千五百万元", "同比增长", "百分之六", "-", "～",
    # terms
    "“六清”", "《关于进一步加强安全生产工作的意见》", "《", "》", "《…》", "“保护伞”",
    # punctuation, whitespace, markup, symbols
    "，", "。", "、", "；", "！", "？", ",", ".", "…", "——", "（", "）", "(", ")",
    "\n", "\n\n", "\r\n", " ", "\u3000", "\t", "\u2028", "\x00",
    "<p>", "</p>", "<br/>", "<div class=\"x\">", "&nbsp;", "&ldquo;",
    "😀", "🇨🇳", "👨‍👩‍👧", "\u200b", "\ufeff", "\u0301", "𠀀", "Ａ", "ａｂｃ", "１", "９", "０",
    "Xi Jinping", "COVID-19", "GDP", "Москва", "ﾃｽﾄ",
]

#: Half-width ASCII to full-width, as some sites write everything.
FULL_WIDTH = {i: i + 0xFEE0 for i in range(0x21, 0x7F)} | {0x20: 0x3000}

fragment = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.sampled_from(FRAGMENTS).map(lambda piece: piece.translate(FULL_WIDTH)),
    st.text(max_size=3),
)
news_text = st.lists(fragment, max_size=60).map("".join)
any_text = st.text(max_size=300)


def check(extractor, text: str) -> Article:
    """Extract without an exception; the output text and every offset line up with the input."""
    article = extractor.extract(text, published="2023-03-20", id="p")
    assert isinstance(article, Article)
    # NUL is read as a space, one for one, so offsets into the input stay right.
    assert article.text == text.replace("\x00", " ")
    record = article.model_dump(mode="json")
    assert_offsets(record)
    for person in article.people:
        assert person.mentions, person.name
    return article


@SETTINGS
@given(text=any_text)
def test_arbitrary_unicode_never_raises_and_offsets_hold(extractor, text):
    check(extractor, text)


@SETTINGS
@given(text=news_text)
def test_government_news_fragments_never_raise_and_offsets_hold(extractor, text):
    check(extractor, text)


@SETTINGS
@given(
    title=st.sampled_from(["省长", "副省长", "省委书记", "市委常委、宣传部部长"]),
    name=st.sampled_from(["王建国", "李红梅", "刘志强"]),
    before=news_text,
    after=news_text,
)
def test_titled_name_is_found_whatever_surrounds_it(extractor, title, name, before, after):
    """A title + name + 主持 sentence in its own paragraph is found amid any noise."""
    sentence = f"{title}{name}主持召开会议。"
    text = f"{before}\n\n{sentence}\n\n{after}"
    article = check(extractor, text)
    start = len(before) + 2 + len(title)
    spans = {(m.start, m.end) for p in article.people for m in p.mentions}
    assert (start, start + len(name)) in spans, [p.name for p in article.people]
