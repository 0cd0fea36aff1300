from pathlib import Path

import jieba
import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.util import get_words_and_spaces

from govnews_extract.segmenter import JiebaSegmenter, RouteTokenizer, words_and_spaces

FIXTURES = Path(__file__).parent / "fixtures"

#: Pieces of text with every kind of whitespace a scraped page holds.
PIECES = ["会议", "召开", "王建国", "2024", "年", "。", " ", "  ", "\n", "\t", "\r\n", "\u3000", "a b"]


@pytest.fixture(scope="module")
def segmenter():
    return JiebaSegmenter(spacy.blank("zh").vocab)


@pytest.mark.parametrize(
    ("text", "must_split_before"),
    [
        pytest.param("领导小组组长尹建业主持", "尹", id="name-after-post"),
        pytest.param("联合省公安厅、省教育厅", "省公安厅", id="verb-before-organ"),
        pytest.param("省委常委、省委政法委书记", "常委", id="standing-committee"),
        pytest.param("省委政法委书记", "书记", id="post-after-organ"),
        pytest.param("到菖蒲塘村任驻村第一书记", "驻村", id="posted-to-a-village"),
    ],
)
def test_boundaries(segmenter, text, must_split_before):
    doc = segmenter(text)
    starts = {token.idx for token in doc}
    assert text.index(must_split_before) in starts, [t.text for t in doc]


def test_tokens_cover_text_exactly(segmenter):
    text = "本报讯 记者陈利光报道:９月１６日，\n\n“六清”行动。"
    doc = segmenter(text)
    assert doc.text == text
    assert "".join(t.text_with_ws for t in doc) == text


def test_full_width_digits_segment_like_half_width(segmenter):
    half = [t.text for t in segmenter("9月16日召开")]
    full = [t.text for t in segmenter("９月１６日召开")]
    assert len(half) == len(full)


def test_sentences_and_paragraphs(segmenter):
    doc = segmenter("第一句。第二句！\n第三段")
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == ["第一句。", "第二句！", "第三段"]


def test_private_tokenizer_leaves_global_jieba_alone():
    before = list(jieba.cut("组长尹建业主持"))
    JiebaSegmenter(spacy.blank("zh").vocab, extra_words=["尹建业主"])
    assert list(jieba.cut("组长尹建业主持")) == before
    assert "尹建业主" not in jieba.dt.FREQ or jieba.dt.FREQ["尹建业主"] == 0


def test_paragraph_spans(segmenter):
    doc = segmenter("第一段第一句。第二句。\n\n第二段。\n第三段")
    assert [span.text for span in doc.spans["paragraphs"]] == [
        "第一段第一句。第二句。",
        "第二段。",
        "第三段",
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("周总理会见外宾", ["周", "总理"]),  # surname + post, kept whole by jieba's dictionary
        ("不少法国人来访", ["法国", "人"]),  # gazetteer place + 人
        ("（记者谢家华摄）", ["摄"]),  # photo credit glued to an unknown name
        ("总统赖清德今（27）日接见访问团", ["赖清德", "今"]),  # a day word glued to a name
        ("加拿大总理卡尼已要求国防部审查", ["卡尼", "已"]),  # an adverb glued to a name
        ("纪念苏莱马尼遭美军袭击身亡", ["苏莱马尼", "遭"]),  # the passive glued to a name
        ("9月26日省人大常委会会议通过", ["日", "省"]),  # the day glued to the body after it
        ("原省交通运输厅党组成员", ["原", "省"]),  # a former post's mark glued to a level
        ("平川市农业农村局原局长", ["局", "原"]),  # ... and to an organ word before it
        ("长兴县以县人民医院为牵头单位", ["以", "县"]),  # a preposition glued to a level
        ("省林业和草原局要加强巡查督导", ["局", "要"]),  # a modal glued to a body's last word
        ("（记者谢家华摄）", ["摄"]),  # the credit goes even before a closing bracket
    ],
)
def test_words_hiding_a_name_edge_are_split(segmenter, text, words):
    tokens = [token.text for token in segmenter(text)]
    for word in words:
        assert word in tokens, tokens


def test_a_name_closing_a_bracket_keeps_its_last_character(segmenter):
    tokens = [token.text for token in segmenter("新华社北京11月7日电（记者 邹多为）海关总署发布")]
    assert "邹多为" in tokens, tokens


def test_ordinary_words_are_not_split(segmenter):
    tokens = [token.text for token in segmenter("司法官员和司局长出席。")]
    assert "司" not in tokens


def test_segmenter_is_a_config_tokenizer(segmenter):
    """Training configs name it (``govnews.JiebaSegmenter.v1``): same tokens as at run time."""
    from spacy.util import registry

    nlp = spacy.blank("zh")
    nlp.tokenizer = registry.tokenizers.get("govnews.JiebaSegmenter.v1")()(nlp)
    text = "省委常委、省委政法委书记尹建业主持会议。"
    assert isinstance(nlp.tokenizer, JiebaSegmenter)
    assert [t.text for t in nlp(text)] == [t.text for t in segmenter(text)]


def test_organisation_names_outside_the_segmenter_stay_out_of_its_dictionary(segmenter):
    """The NER model reads the segmenter's words: names added after it was trained must
    not change them."""
    from govnews_extract.lexicons import load_lexicon

    outside = load_lexicon("organization_names_outside_segmenter")
    assert "全国人大财政经济委员会" in outside
    words = [t.text for t in segmenter("会议听取了全国人大财政经济委员会的报告。")]
    assert "全国人大财政经济委员会" not in words
    assert "全国人大" in words  # a name of organization_names is one word


@pytest.mark.parametrize(
    "lexicon", ["organization_names_outside_segmenter", "posts_outside_segmenter", "military_ranks"]
)
def test_no_entry_of_an_outside_lexicon_is_a_word_of_the_segmenter(segmenter, lexicon):
    """Every word added to jieba's dictionary moves the weights of all others (jieba divides
    by its total count), so the outside lexicons must add none and repeat none of the
    segmenter's lexicons, except the names it keeps whole for the NER model
    (segmenter_ner_words: 白宫 is such a name and an organisation the patterns know)."""
    from govnews_extract.lexicons import load_lexicon
    from govnews_extract.segmenter import USER_WORD_FREQUENCY

    entries = load_lexicon(lexicon)
    assert entries
    kept_whole_for_the_model = set(load_lexicon("segmenter_ner_words"))
    added = [
        word
        for word in entries
        if segmenter.jieba.FREQ.get(word) == USER_WORD_FREQUENCY
        and word not in kept_whole_for_the_model
    ]
    assert added == []



def test_common_word_test_can_keep_only_nouns(segmenter):
    """葡萄 (a noun) and 学 (a verb) are both common words; with ``only_tags`` only the
    noun is, and a name stays no common word either way."""
    is_common = segmenter.is_common_word
    assert is_common("葡萄") and is_common("学")
    assert is_common("葡萄", only_tags=("n",))
    assert not is_common("学", only_tags=("n",))
    assert not is_common("高峰", except_tags=("nr",), only_tags=("n",))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_words_and_spaces_agree_with_spacy(segmenter, text):
    """Our linear alignment gives spaCy's tokens and spaces for the segmenter's pieces."""
    pieces = segmenter.segment(text)
    assert words_and_spaces(pieces, text) == get_words_and_spaces(pieces, text)


#: Words and characters that overlap in jieba's dictionary (中华|人民|共和国, 研究|生命),
#: so that routes compete and tie.
OVERLAPPING = [
    *("中华人民共和国", "中华", "人民", "共和国", "研究生", "命", "起源", "结婚", "的", "和尚"),
    *("未", "南京市", "长江大桥", "市长", "江", "大桥", "省委书记", "王", "建国"),
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(OVERLAPPING), max_size=12).map("".join))
def test_route_tokenizer_finds_jiebas_graph_and_route(segmenter, text):
    """The rewritten inner loops give jieba's own word graph and best route (ties included),
    read from the same dictionary."""
    tokenizer = segmenter.jieba
    graph = tokenizer.get_DAG(text)
    assert graph == jieba.Tokenizer.get_DAG(tokenizer, text)
    ours: dict = {}
    theirs: dict = {}
    tokenizer.calc(text, graph, ours)
    jieba.Tokenizer.calc(tokenizer, text, graph, theirs)
    assert ours == theirs


def test_route_tokenizer_cuts_articles_as_jieba_does(segmenter, seed_text):
    """Whole articles, HMM included: the same words as jieba's own tokenizer given the same
    dictionary."""
    plain = jieba.Tokenizer()
    plain.FREQ, plain.total, plain.initialized = segmenter.jieba.FREQ, segmenter.jieba.total, True
    texts = [seed_text, *(path.read_text(encoding="utf-8") for path in FIXTURES.glob("*.txt"))]
    for text in texts:
        assert list(segmenter.jieba.cut(text)) == list(plain.cut(text))


def test_route_tokenizer_breaks_a_tie_as_jieba_does():
    """甲|乙丙 and 甲乙|丙 score exactly the same here: jieba takes the longer first word."""
    frequencies = {"甲": 10, "甲乙": 10, "乙": 0, "乙丙": 10, "丙": 10}
    tokenizers = [RouteTokenizer(), jieba.Tokenizer()]
    for tokenizer in tokenizers:
        tokenizer.FREQ, tokenizer.total, tokenizer.initialized = frequencies, 40, True
    assert [list(t.cut("甲乙丙", HMM=False)) for t in tokenizers] == [["甲乙", "丙"]] * 2


def test_single_characters_have_tags_for_rules_but_not_on_tokens(segmenter):
    """Rules read 抓 as a verb; ``token.tag_`` keeps single characters untagged, as the NER
    model was trained."""
    assert segmenter.character_tags["抓"] == "v" and segmenter.character_tags["他"] == "r"
    assert "抓" not in segmenter.dictionary_tags
    assert [token.tag_ for token in segmenter("他抓住机遇")] == ["", "i"]
