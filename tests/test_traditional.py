"""Traditional-character articles (Hong Kong, Macao, Taiwan) are read as simplified and
reported as written."""

import pytest
import spacy
from offsets import assert_offsets

from govnews_extract import build_pipeline, load
from govnews_extract.errors import RuleError
from govnews_extract.segmenter import JiebaSegmenter
from govnews_extract.state import doc_state

SIMPLIFIED = (
    "澳门特区立法会主席李志明表示，立法会将全力配合特区政府施政。"
    "行政长官办公室主任张永春、新闻局局长陈嘉华出席会议。"
)
TRADITIONAL = (
    "澳門特區立法會主席李志明表示，立法會將全力配合特區政府施政。"
    "行政長官辦公室主任張永春、新聞局局長陳嘉華出席會議。"
)


def test_the_two_texts_differ_only_in_script():
    assert len(SIMPLIFIED) == len(TRADITIONAL)
    assert sum(a != b for a, b in zip(SIMPLIFIED, TRADITIONAL, strict=True)) == 15


def test_segmenter_reads_traditional_as_simplified_and_keeps_the_text_as_written():
    segmenter = JiebaSegmenter(spacy.blank("zh").vocab)
    doc = segmenter(TRADITIONAL)
    state = doc_state(doc)
    assert doc.text == SIMPLIFIED
    assert state.text == TRADITIONAL
    assert state.simplified == SIMPLIFIED
    assert [t.text for t in doc] == [t.text for t in segmenter(SIMPLIFIED)]


def test_simplified_text_is_left_as_it_is():
    segmenter = JiebaSegmenter(spacy.blank("zh").vocab)
    # 乾, 著 and 於 are written in simplified text too, so they are not read as 干, 着, 于.
    text = "乾隆年间著名学者於某"
    assert segmenter(text).text == text
    assert doc_state(segmenter(text)).simplified == text


def _summary(article):
    return (
        [(p.name, [t.text for t in p.titles]) for p in article.people],
        [o.name for o in article.organizations],
        [p.name for p in article.places],
        [(s.speaker, s.start, s.end) for s in article.statements],
    )


def test_traditional_article_gives_what_its_simplified_twin_gives_as_written(extractor):
    simplified = extractor.extract(SIMPLIFIED)
    traditional = extractor.extract(TRADITIONAL)
    assert traditional.text == TRADITIONAL
    assert assert_offsets(traditional.model_dump()) > 10
    people, organizations, places, statements = _summary(traditional)
    assert "立法會" in organizations and "行政長官辦公室" in organizations
    assert ("李志明", ["澳門特區立法會主席"]) in people
    assert "張永春" in [name for name, _ in people]
    # Same spans, each name in its own script.
    twin = _summary(simplified)
    assert [n for n, _ in people] == [
        TRADITIONAL[SIMPLIFIED.index(n) : SIMPLIFIED.index(n) + len(n)] for n, _ in twin[0]
    ]
    assert len(organizations) == len(twin[1]) and len(places) == len(twin[2])
    assert statements == twin[3]


def test_roc_years_still_need_a_taiwan_cue_as_written(extractor):
    taiwan = extractor.extract("總統今日接見113年鳳凰獎楷模。", published="2024-12-13")
    mainland = extractor.extract("总统今日接见113年凤凰奖楷模。", published="2024-12-13")
    assert [(d.text, d.value) for d in taiwan.dates if d.text == "113年"] == [("113年", "2024")]
    assert not [d for d in mainland.dates if d.text == "113年"]


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        pytest.param("立法會", "澳门立法会举行全体会议。", id="traditional-rule-simplified-text"),
        pytest.param("立法会", "澳門立法會舉行全體會議。", id="simplified-rule-traditional-text"),
    ],
)
def test_user_phrase_rules_match_either_script(pattern, text):
    extractor = load(
        [
            {
                "kind": "pattern",
                "id": "user.council",
                "field": "council",
                "label": "COUNCIL",
                "pattern": pattern,
            }
        ]
    )
    article = extractor.extract(text)
    matches = article.extras["council"]
    assert [m.text for m in matches] == [text[2:5]]


def test_a_traditional_characters_entry_must_be_one_character_pair():
    with pytest.raises(RuleError, match="traditional_characters"):
        build_pipeline(ner=False, extra_lexicon_entries={"traditional_characters": ["會議会议"]})
