"""Runs of two names written back to back become two people (photo credits, bylines).

Names are invented; the split point comes from the surname lexicon only.
"""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from govnews_extract.components.name_runs import NameRunSplitter
from govnews_extract.components.names import NameMatcher
from govnews_extract.segmenter import JiebaSegmenter, common_word_test


@pytest.fixture(scope="module")
def names() -> NameMatcher:
    return NameMatcher()


@pytest.mark.parametrize(
    ("run", "first"),
    [
        ("陈明亮米成云", "陈明亮"),  # 3 + 3
        ("熊毅唐磊", "熊毅"),  # 2 + 2
        ("孙建国王丽", "孙建国"),  # 3 + 2
        ("赵东周建华", "赵东"),  # 2 + 3: 建 starts no name, 周 does
    ],
)
def test_split_run_finds_the_second_surname(names: NameMatcher, run: str, first: str) -> None:
    assert names.split_run(run) == len(first)


@pytest.mark.parametrize(
    "name",
    [
        "王建国",  # one name
        "陈方安生",  # married name: the second character is a surname too
        "武藤容治",  # a Japanese surname and given name
        "欧阳明高",  # compound surname
        "诸葛亮华",  # compound surname
        "克里斯托夫",  # transliteration
        "阿拉法特",  # transliteration
        "王建国同志",  # 同 opens no second name
        "王·建国李",  # not all Han
        "王建国李明华张",  # too long to be two names
    ],
)
def test_split_run_leaves_single_names(names: NameMatcher, name: str) -> None:
    assert names.split_run(name) is None


@pytest.fixture(scope="module")
def nlp() -> Language:
    pipeline = spacy.blank("zh")
    pipeline.tokenizer = JiebaSegmenter(pipeline.vocab)
    return pipeline


def _with_ents(nlp: Language, text: str, ents: list[tuple[str, str]]) -> Doc:
    doc = nlp.make_doc(text)
    spans = []
    for surface, label in ents:
        start = text.index(surface)
        spans.append(doc.char_span(start, start + len(surface), label=label, alignment_mode="expand"))
    doc.set_ents(spans)
    return doc


def test_component_splits_person_runs_and_keeps_other_entities(nlp: Language) -> None:
    text = "（新华社记者陈明亮米成云摄）北京市"
    doc = _with_ents(nlp, text, [("陈明亮米成云", "PERSON"), ("北京市", "PLACE")])
    doc = NameRunSplitter()(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("陈明亮", "PERSON"),
        ("米成云", "PERSON"),
        ("北京市", "PLACE"),
    ]
    assert doc.text == text


def test_component_splits_inside_a_token(nlp: Language) -> None:
    doc = Doc(nlp.vocab, words=["熊毅唐磊"], spaces=[False])
    doc.set_ents([doc.char_span(0, 4, label="PERSON")])
    doc = NameRunSplitter()(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("熊毅", "PERSON"), ("唐磊", "PERSON")]
    assert [t.text for t in doc] == ["熊毅", "唐磊"]


def test_component_leaves_non_person_runs(nlp: Language) -> None:
    text = "王建国李明华"  # labelled ORG: not a person run, left alone
    doc = _with_ents(nlp, text, [(text, "ORG")])
    assert [(e.text, e.label_) for e in NameRunSplitter()(doc).ents] == [(text, "ORG")]


def test_a_transliterated_place_cut_in_two_is_joined(nlp: Language) -> None:
    doc = Doc(nlp.vocab, words=["在", "波克罗", "夫斯克", "、", "王建国", "说"], spaces=[False] * 6)
    doc.set_ents(
        [
            doc.char_span(1, 4, label="PLACE"),
            doc.char_span(4, 7, label="PERSON"),
            doc.char_span(8, 11, label="PERSON"),
        ]
    )
    doc = NameRunSplitter()(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("波克罗夫斯克", "PLACE"),
        ("王建国", "PERSON"),
    ]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        pytest.param(["控制", "库拉", "霍沃市", "。"], ["库拉霍沃市"], id="a-city"),
        pytest.param(["在", "弗吉尼亚", "比奇市", "。"], ["弗吉尼亚比奇市"], id="a-state-s-city"),
        pytest.param(["在", "安康", "平利县", "。"], ["安康", "平利县"], id="two-known-places-guard"),
    ],
)
def test_a_transliterated_place_cut_into_two_places_is_joined(
    nlp: Language, words: list[str], expected: list[str]
) -> None:
    doc = Doc(nlp.vocab, words=words, spaces=[False] * len(words))
    doc.set_ents([Span(doc, 1, 2, label="PLACE"), Span(doc, 2, 3, label="PLACE")])
    assert [e.text for e in NameRunSplitter()(doc).ents] == expected


def test_a_foreign_name_the_article_writes_with_a_place_suffix_is_a_place(nlp: Language) -> None:
    """库拉霍沃市 in one sentence: 库拉霍沃 in the next is the city, not a person."""
    text = "俄军控制了库拉霍沃市。库拉霍沃距离波克罗夫斯克约30公里。"
    doc = nlp.make_doc(text)
    second = text.index("库拉霍沃", text.index("。"))
    doc.set_ents(
        [
            doc.char_span(5, 10, label="PLACE", alignment_mode="expand"),
            doc.char_span(second, second + 4, label="PERSON", alignment_mode="expand"),
        ]
    )
    assert [(e.text, e.label_) for e in NameRunSplitter()(doc).ents] == [
        ("库拉霍沃市", "PLACE"),
        ("库拉霍沃", "PLACE"),
    ]


@pytest.mark.parametrize(
    ("words", "first", "second", "expected"),
    [
        pytest.param(["总统", "梅德韦", "杰夫", "说"], "梅德韦", "杰夫", ["梅德韦杰夫"], id="cut"),
        pytest.param(["罗华宇", "王光荣"], "罗华宇", "王光荣", ["罗华宇", "王光荣"], id="chinese"),
        pytest.param(["汤", "尤", "杯"], "汤", "尤", ["汤", "尤"], id="single-characters"),
        pytest.param(
            ["阿卜迪麦", "麦提", "·", "奥布力", "是"],
            "阿卜迪麦",
            "麦提·奥布力",
            ["阿卜迪麦麦提·奥布力"],
            id="cut-before-a-dotted-name",
        ),
    ],
)
def test_a_transliterated_person_cut_in_two_is_joined(
    nlp: Language, words: list[str], first: str, second: str, expected: list[str]
) -> None:
    doc = Doc(nlp.vocab, words=words, spaces=[False] * len(words))
    start = doc.text.index(first + second)
    middle = start + len(first)
    doc.set_ents(
        [
            doc.char_span(start, middle, label="PERSON"),
            doc.char_span(middle, middle + len(second), label="PERSON"),
        ]
    )
    doc = NameRunSplitter()(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [(name, "PERSON") for name in expected]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        pytest.param(["陈明亮米", "成云"], ["陈明亮", "米成云"], id="cut-one-late"),
        pytest.param(["陈明亮", "米成云"], ["陈明亮", "米成云"], id="cut-right-guard"),
    ],
)
def test_two_names_the_model_cut_one_character_late_are_cut_again(
    nlp: Language, words: list[str], expected: list[str]
) -> None:
    """A photo credit (陈明亮米成云): a four-character first name ending in a surname."""
    doc = Doc(nlp.vocab, words=words, spaces=[False] * len(words))
    doc.set_ents([Span(doc, index, index + 1, label="PERSON") for index in range(len(words))])
    assert [e.text for e in NameRunSplitter()(doc).ents] == expected


def test_a_place_before_a_chinese_name_is_not_joined(nlp: Language) -> None:
    doc = Doc(nlp.vocab, words=["美国", "王建国"], spaces=[False, False])
    doc.set_ents([doc.char_span(0, 2, label="PLACE"), doc.char_span(2, 5, label="PERSON")])
    doc = NameRunSplitter()(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("美国", "PLACE"), ("王建国", "PERSON")]


def _labels_after_runs(nlp: Language, text: str, ents: list[tuple[str, str]]) -> list[tuple]:
    return [(e.text, e.label_) for e in NameRunSplitter()(_with_ents(nlp, text, ents)).ents]


def test_a_name_listed_with_places_is_a_place(nlp: Language) -> None:
    text = "袭击了哈尔科夫、苏梅、扎波罗热等多地。"
    ents = [("哈尔科夫", "PLACE"), ("苏梅", "PERSON"), ("扎波罗热", "PLACE")]
    assert _labels_after_runs(nlp, text, ents) == [
        ("哈尔科夫", "PLACE"),
        ("苏梅", "PLACE"),
        ("扎波罗热", "PLACE"),
    ]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "双方要运营好中国文化中心、鲁班工坊、孔子学院等机构。",
            [("中国文化中心", "ORG"), ("鲁班工坊", "PERSON"), ("孔子学院", "ORG")],
            [("中国文化中心", "ORG"), ("鲁班工坊", "ORG"), ("孔子学院", "ORG")],
            id="listed-with-bodies",
        ),
        pytest.param(
            "发展出茶叶、葡萄、黄金梨等现代观光农业。",
            [("黄金梨", "PERSON")],
            [],
            id="listed-with-common-nouns",
        ),
        pytest.param(
            "剪纸、结绳、漆扇等互动体验项目。",
            [("漆扇", "PERSON")],
            [],
            id="listed-last-with-common-nouns",
        ),
        pytest.param(
            "联合国秘书长古特雷斯、世卫组织等均表示关切。",
            [("联合国", "ORG"), ("古特雷斯", "PERSON"), ("世卫组织", "ORG")],
            [("联合国", "ORG"), ("古特雷斯", "PERSON"), ("世卫组织", "ORG")],
            id="a-titled-person-listed-with-bodies-stays",
        ),
        pytest.param(
            "号召官兵学习雷锋、学英模。",
            [("雷锋", "PERSON")],
            [("雷锋", "PERSON")],
            id="listed-with-verb-phrases",
        ),
        pytest.param(
            "代表王建国、李明华、高峰发言。",
            [("王建国", "PERSON"), ("李明华", "PERSON")],
            [("王建国", "PERSON"), ("李明华", "PERSON")],
            id="listed-with-people-and-a-name-that-is-a-word",
        ),
    ],
)
def test_a_name_listed_with_bodies_or_things_is_one_of_them(
    nlp: Language, text: str, ents: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    splitter = NameRunSplitter(common_word_test(nlp, "nr", "ns", "nt", "nz", only_tags=("n",)))
    assert [(e.text, e.label_) for e in splitter(_with_ents(nlp, text, ents)).ents] == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "会见英国能源安全和净零排放大臣米利班德。",
            [("班德", "PERSON")],
            [("米利班德", "PERSON")],
            id="a-transliteration-cut-after-a-post",
        ),
        pytest.param(
            "内坦尼亚胡以处理紧急安全事宜为由申请取消出庭。",
            [("尼亚胡", "PERSON")],
            [("内坦尼亚胡", "PERSON")],
            id="a-transliteration-cut-after-an-unknown-word",
        ),
        pytest.param(
            "张春贤、吉炳轩、艾力更·依明巴海、万鄂湘出席。",
            [("张春贤", "PERSON"), ("吉炳轩", "PERSON"), ("艾力更·依明", "PERSON"),
             ("万鄂湘", "PERSON")],
            [("张春贤", "PERSON"), ("吉炳轩", "PERSON"), ("艾力更·依明巴海", "PERSON"),
             ("万鄂湘", "PERSON")],
            id="a-dotted-name-short-of-its-list-item",
        ),
        pytest.param(
            "目前，北京市场上销售的电子辞典。",
            [("北京市", "PLACE")],
            [("北京", "PLACE")],
            id="a-city-before-a-market",
        ),
        pytest.param(
            "上海市长宁区召开会议。",
            [("上海市", "PLACE"), ("长宁区", "PLACE")],
            [("上海市", "PLACE"), ("长宁区", "PLACE")],
            id="a-city-before-a-district-guard",
        ),
        pytest.param(
            "前往南极阿蒙森海开展调查。",
            [("阿蒙森海", "PERSON")],
            [("阿蒙森海", "PLACE")],
            id="a-transliteration-and-a-sea",
        ),
        pytest.param(
            "克里维里赫市遭到导弹袭击。",
            [("克里维里赫市", "PERSON")],
            [("克里维里赫市", "PLACE")],
            id="a-transliteration-and-a-city-suffix",
        ),
        pytest.param(
            "记者李文海报道。",
            [("李文海", "PERSON")],
            [("李文海", "PERSON")],
            id="a-chinese-name-ending-in-hai",
        ),
        pytest.param(
            "由李磊、池春雪、陈玲双、迪妮格尔·衣拉木江组成。",
            [("李磊", "PERSON"), ("池春雪", "PERSON"), ("陈玲", "PERSON"),
             ("迪妮格尔·衣拉木江", "PERSON")],
            [("李磊", "PERSON"), ("池春雪", "PERSON"), ("陈玲双", "PERSON"),
             ("迪妮格尔·衣拉木江", "PERSON")],
            id="a-name-one-character-short-of-its-list-item",
        ),
        pytest.param(
            "李磊、陈玲等人出席。",
            [("李磊", "PERSON"), ("陈玲", "PERSON")],
            [("李磊", "PERSON"), ("陈玲", "PERSON")],
            id="deng-ends-the-item",
        ),
    ],
)
def test_names_completed_from_posts_lists_and_endings(
    nlp: Language, text: str, ents: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    assert _labels_after_runs(nlp, text, ents) == expected


def test_a_list_closed_as_places_holds_places(nlp: Language) -> None:
    text = "乌军在哈尔科夫、波克罗夫斯克、库拉霍沃等方向击退俄军进攻。"
    ents = [("哈尔科夫", "PERSON"), ("波克罗夫斯克", "PERSON"), ("库拉霍沃", "PERSON")]
    assert _labels_after_runs(nlp, text, ents) == [(name, "PLACE") for name, _ in ents]
    # items the model did not tag still count as items; a count closes the list too
    text = "板房运抵长所、曲洛、措果3个乡。"
    assert _labels_after_runs(nlp, text, [("曲洛", "PERSON")]) == [("曲洛", "PLACE")]
    # what the places share may stand between the count and the closer
    text = "其中长所、措果、曲洛三个重灾乡的板房已运抵。"
    assert _labels_after_runs(nlp, text, [("曲洛", "PERSON")]) == [("曲洛", "PLACE")]
    # not when the closer opens another word: 村民 are people
    text = "王建国、李明华两个贫困村民。"
    ents = [("王建国", "PERSON"), ("李明华", "PERSON")]
    assert _labels_after_runs(nlp, text, ents) == ents


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        pytest.param(
            "乌军在库皮扬斯克、波克罗夫斯克方向击退俄军进攻。",
            [("库皮扬斯克", "PERSON"), ("波克罗夫斯克", "PERSON")],
            id="direction-without-deng",
        ),
        pytest.param(
            "乌军方面称，哈尔科夫、苏梅和切尔尼戈夫地区遭俄军炮击。",
            [("哈尔科夫", "PERSON"), ("苏梅", "PERSON"), ("切尔尼戈夫地区", "PLACE")],
            id="closer-inside-the-last-place-and-he",
        ),
        pytest.param(
            "真主党游击队向以军的萨吉德阵地发动了攻击。",
            [("萨吉德", "PERSON")],
            id="a-military-position",
        ),
    ],
)
def test_a_word_that_follows_only_places_closes_a_list_of_them(
    nlp: Language, text: str, ents: list[tuple[str, str]]
) -> None:
    assert _labels_after_runs(nlp, text, ents) == [(name, "PLACE") for name, _ in ents]


@pytest.mark.parametrize(
    "text",
    [
        "王建国、李明华等人出席。",  # 等人: people
        "王建国、李明华等地方领导出席。",  # 等地方: not 等地
        "王建国在北京等地考察。",  # the name is no item of the list before 等地
        "县长王建国、县政协主席李明华等县领导参加。",  # 等县领导: leaders, not 等县
        "王建国、李明华等村民参加。",  # 等村民: people, not 等村
        "王建国、李明华等市直部门负责人参加。",  # 等市直部门: bodies, not 等市
        "王建国和李明华地区领导出席。",  # 地区领导: leaders of a region
    ],
)
def test_other_lists_keep_their_people(nlp: Language, text: str) -> None:
    ents = [(name, "PERSON") for name in ("王建国", "李明华") if name in text]
    assert _labels_after_runs(nlp, text, ents) == ents


def test_a_place_opening_the_next_item_says_nothing(nlp: Language) -> None:
    text = "江苏建湖蔡春祥、湖北襄樊晁元君等人。"
    ents = [("建湖", "PLACE"), ("蔡春祥", "PERSON"), ("湖北", "PLACE"), ("晁元君", "PERSON")]
    labels = _labels_after_runs(nlp, text, ents)
    assert ("蔡春祥", "PERSON") in labels and ("晁元君", "PERSON") in labels


def test_a_title_read_into_a_name_is_cut_off(nlp: Language) -> None:
    text = "卡塔尔埃米尔塔米姆致电祝贺。"
    assert _labels_after_runs(nlp, text, [("卡塔尔埃米尔塔米姆", "PERSON")]) == [
        ("塔米姆", "PERSON")
    ]
    # a name that merely starts like a post word stays whole
    assert _labels_after_runs(nlp, "局长王建国出席。", [("王建国", "PERSON")]) == [
        ("王建国", "PERSON")
    ]


def test_a_gazetteer_place_before_a_transliterated_name_is_not_joined(nlp: Language) -> None:
    text = "卡塔尔塔米姆致电。"
    ents = [("卡塔尔", "PLACE"), ("塔米姆", "PERSON")]
    assert _labels_after_runs(nlp, text, ents) == ents


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("走访了李家村。", "李家村", "PLACE"),  # surname + 家 + 村: a village
        ("来到欧阳家镇。", "欧阳家镇", "PLACE"),  # compound surname
        ("会见了李家成。", "李家成", "PERSON"),  # 成 is no place suffix: a person
        ("会见了关牧村。", "关牧村", "PERSON"),  # ends in 村 without 家: a person
    ],
)
def test_surname_home_settlements_are_places(
    nlp: Language, text: str, name: str, label: str
) -> None:
    assert _labels_after_runs(nlp, text, [(name, "PERSON")]) == [(name, label)]


def test_a_person_s_name_holds_no_digits(nlp: Language) -> None:
    doc = Doc(nlp.vocab, words=["总统", "普京", "17", "日", "表示"], spaces=[False] * 5)
    doc.set_ents([doc.char_span(2, 6, label="PERSON")])
    assert [(e.text, e.label_) for e in NameRunSplitter()(doc).ents] == [("普京", "PERSON")]


def test_a_transliterated_place_right_after_a_post_is_a_person(nlp: Language) -> None:
    text = "同俄罗斯总统普京举行视频会晤。"
    ents = [("俄罗斯", "PLACE"), ("普京", "PLACE")]
    assert _labels_after_runs(nlp, text, ents) == [("俄罗斯", "PLACE"), ("普京", "PERSON")]
    # not after a post: left alone
    assert _labels_after_runs(nlp, "抵达莫斯科。", [("莫斯科", "PLACE")]) == [("莫斯科", "PLACE")]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "波兰国防部长科西尼亚克-卡梅什日前表示。",
            [("科西尼亚克", "PERSON"), ("卡梅什", "PERSON")],
            [("科西尼亚克-卡梅什", "PERSON")],
            id="two-people",
        ),
        pytest.param(
            "法国外长让-诺埃尔·巴罗表示。",
            [("诺埃尔·巴罗", "PERSON")],
            [("让-诺埃尔·巴罗", "PERSON")],
            id="a-run-after-a-post",
        ),
        pytest.param(
            "会见荷兰国王威廉-亚历山大。",
            [("威廉", "PERSON"), ("亚历山大", "PLACE")],
            [("威廉-亚历山大", "PERSON")],
            id="a-person-and-a-place-of-transliteration-characters",
        ),
        pytest.param(
            "亚特兰大哈兹菲尔德-杰克逊国际机场起飞。",
            [("菲尔德", "PERSON"), ("杰克逊国际机场", "PLACE")],
            [("菲尔德", "PERSON"), ("杰克逊国际机场", "PLACE")],
            id="not-a-place-of-other-words",
        ),
    ],
)
def test_a_hyphenated_transliteration_is_one_person(nlp: Language, text, ents, expected) -> None:
    assert _labels_after_runs(nlp, text, ents) == expected


@pytest.mark.parametrize(
    ("text", "model_name", "expected"),
    [
        pytest.param("据说是这里的马可·波罗带来的。", "波罗", "马可·波罗", id="one-part-before"),
        pytest.param("文莱苏丹哈吉·哈桑纳尔·博尔基亚抵京。", "博尔基亚", "哈吉·哈桑纳尔·博尔基亚",
                     id="two-parts-before"),
        pytest.param("副部长帮办詹姆斯·米勒表示。", "米勒", "詹姆斯·米勒", id="after-an-ordinary-word"),
        pytest.param("他说·波罗是个好地方。", "波罗", "波罗", id="no-name-part-before-the-dot"),
    ],
)
def test_a_person_after_a_dot_runs_back_over_the_first_names(
    nlp: Language, text: str, model_name: str, expected: str
) -> None:
    assert _labels_after_runs(nlp, text, [(model_name, "PERSON")]) == [(expected, "PERSON")]


def _labels_of_mentions(nlp: Language, text: str, name: str, labels: list[str]) -> list[str]:
    """Labels after the name-run stage of the successive mentions of ``name``."""
    doc = nlp.make_doc(text)
    starts = [hit.start() for hit in re.finditer(name, text)]
    doc.set_ents(
        [
            doc.char_span(start, start + len(name), label=label)
            for start, label in zip(starts, labels, strict=True)
        ]
    )
    return [e.label_ for e in NameRunSplitter()(doc).ents]


@pytest.mark.parametrize(
    ("text", "name", "labels", "expected"),
    [
        pytest.param(
            "俄军在哈尔科夫控制了一个定居点。哈尔科夫遭袭。乌军撤出哈尔科夫。",
            "哈尔科夫",
            ["PERSON", "PLACE", "PLACE"],
            ["PLACE", "PLACE", "PLACE"],
            id="mostly-a-place",
        ),
        pytest.param(
            "普京总统表示。普京在索契会见来宾。普京在莫斯科会见来宾。",
            "普京",
            ["PERSON", "PLACE", "PLACE"],
            ["PERSON", "PLACE", "PLACE"],
            id="a-post-next-to-it",
        ),
        pytest.param(
            "俄军在库尔斯克推进。乌军在库尔斯克防守。俄军夺回库尔斯克州。",
            "库尔斯克",
            ["PERSON", "PERSON", "PLACE"],
            ["PERSON", "PERSON", "PLACE"],
            id="never-towards-a-person",
        ),
    ],
)
def test_a_foreign_name_read_mostly_as_a_place_is_a_place(
    nlp: Language, text: str, name: str, labels: list[str], expected: list[str]
) -> None:
    """One string names one thing in an article: the model's majority reading wins, but only
    towards a place, and not for a name a post stands next to."""
    assert _labels_of_mentions(nlp, text, name, labels) == expected


def _every_mention(nlp: Language, text: str, name: str, label: str) -> Doc:
    doc = nlp.make_doc(text)
    spans = [
        doc.char_span(m.start(), m.end(), label=label, alignment_mode="expand")
        for m in re.finditer(name, text)
    ]
    doc.set_ents(spans)
    return doc


@pytest.mark.parametrize(
    ("text", "name", "people"),
    [
        # a name before a numbered works names its place, in every mention
        ("我们对刘桥一矿进行了调查。刘桥的职工说。", "刘桥", []),
        ("平顶山二矿的工人来到平顶山。", "平顶山", []),
        ("走进柳湾3号井。", "柳湾", []),
        # a post next to one mention: a person after all
        ("郑磊一矿的矿长郑磊书记说。", "郑磊", ["郑磊", "郑磊"]),
        # a numeral and no works: a person (一行 is a delegation)
        ("王建国一行抵达。", "王建国", ["王建国"]),
        ("王建国一小时后抵达。", "王建国", ["王建国"]),
    ],
)
def test_a_name_before_a_numbered_works_is_no_person(
    nlp: Language, text: str, name: str, people: list[str]
) -> None:
    doc = NameRunSplitter()(_every_mention(nlp, text, name, "PERSON"))
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == people


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "乌军已离开库尔斯克州苏贾。",
            [("库尔斯克州", "PLACE"), ("苏贾", "PERSON")],
            [("库尔斯克州", "PLACE"), ("苏贾", "PLACE")],
            id="a-town-after-its-region",
        ),
        pytest.param(
            "一架来自得克萨斯州奥斯汀的商务机。",
            [("得克萨斯州", "PLACE"), ("奥斯汀", "PERSON")],
            [("得克萨斯州", "PLACE"), ("奥斯汀", "PLACE")],
            id="a-city-after-its-state",
        ),
        pytest.param(
            "湖南省王建国书记出席。",
            [("湖南省", "PLACE"), ("王建国", "PERSON")],
            [("湖南省", "PLACE"), ("王建国", "PERSON")],
            id="a-post-after-the-name-guard",
        ),
        pytest.param(
            "来自湖南的王建国出席。",
            [("湖南", "PLACE"), ("王建国", "PERSON")],
            [("湖南", "PLACE"), ("王建国", "PERSON")],
            id="not-right-after-a-division-guard",
        ),
    ],
)
def test_a_name_right_after_a_division_is_a_place_in_it(
    nlp: Language, text: str, ents: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    assert _labels_after_runs(nlp, text, ents) == expected
