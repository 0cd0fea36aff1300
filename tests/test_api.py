"""The Python API: ``govnews_extract.extract`` and ``load().extract_many`` on a made-up article."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from offsets import assert_offsets as check_offsets
from spacy.language import Language

import govnews_extract
from govnews_extract import Article, ArticleInput, ErrorRecord

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAFETY = (FIXTURES / "safety_meeting.txt").read_text(encoding="utf-8")
RIVER = (FIXTURES / "river_inspection.txt").read_text(encoding="utf-8")
PUBLISHED = "2023-03-20"


def assert_offsets(article: Article) -> int:
    return check_offsets(article.model_dump(mode="json"))

@pytest.fixture(scope="module")
def safety(extractor) -> Article:
    return extractor.extract(SAFETY, published=PUBLISHED, id="safety")


def person(article: Article, name: str):
    matches = [p for p in article.people if p.name == name]
    assert matches, f"{name} not among {[p.name for p in article.people]}"
    return matches[0]


def test_official_titles_split_at_enumeration_comma(safety):
    wang = person(safety, "王建国")
    assert [t.text for t in wang.titles] == ["副省长", "省公安厅厅长"]
    deputy, police = wang.titles
    assert (deputy.post, deputy.qualifiers) == ("省长", ["副"])
    assert (police.organization, police.post) == ("省公安厅", "厅长")
    assert "chaired" in wang.roles
    assert [(m.start, m.end) for m in police.mentions] == [(SAFETY.index("省公安厅厅长"),
                                                           SAFETY.index("王建国"))]


def test_byline_reporter(safety):
    reporter = person(safety, "张伟")
    assert reporter.roles == ["byline"]
    assert [t.text for t in reporter.titles] == ["记者"]


def test_no_title_becomes_a_person(safety):
    names = {p.name for p in safety.people}
    assert names == {"张伟", "王建国"}


def test_date_year_from_published(safety):
    day = next(d for d in safety.dates if d.text == "3月15日")
    assert (day.value, day.precision, day.year_source) == ("2023-03-15", "day", "published")


def test_date_without_published_has_no_value(extractor):
    article = extractor.extract("3月15日，省长王建国主持召开会议。")
    assert [(d.text, d.value) for d in article.dates] == [("3月15日", None)]


@pytest.mark.parametrize(
    "published",
    [
        pytest.param(date(2023, 3, 20), id="date"),
        pytest.param(datetime(2023, 3, 20, 9, 30), id="datetime"),
        pytest.param("2023-03-20", id="iso-string"),
        pytest.param("2023-03-20T09:30:00+08:00", id="iso-datetime-string"),
    ],
)
def test_published_forms_agree(extractor, safety, published):
    article = extractor.extract(SAFETY, published=published, id="safety")
    assert article.published == date(2023, 3, 20)
    assert article.dates == safety.dates


@pytest.mark.parametrize(
    "published",
    [pytest.param("20th March", id="words"), pytest.param(20230320, id="int")],
)
def test_bad_published_is_an_input_error(extractor, published):
    with pytest.raises(govnews_extract.InputError, match="published"):
        extractor.extract(SAFETY, published=published)


def test_a_record_passed_as_text_says_where_records_go(extractor):
    with pytest.raises(govnews_extract.InputError, match="extract_many"):
        extractor.extract({"id": "a1", "text": SAFETY})


@pytest.mark.parametrize(
    ("text", "value", "unit", "base_unit", "multiplier", "metric"),
    [
        pytest.param("16.4亿元", Decimal("1640000000"), "亿元", "元", 100_000_000, None,
                     id="yi-yuan"),
        pytest.param("8.5%", Decimal("8.5"), "%", "%", 1, "同比增长", id="percent"),
    ],
)
def test_figures_exact(safety, text, value, unit, base_unit, multiplier, metric):
    figure = next(f for f in safety.figures if f.text == text)
    assert figure.value == value
    assert (figure.unit, figure.base_unit, figure.multiplier) == (unit, base_unit, multiplier)
    assert figure.metric == metric


def test_figure_values_are_json_numbers(safety):
    raw = safety.model_dump_json()
    assert '"value":1640000000,' in raw
    figures = {f["text"]: f["value"] for f in json.loads(raw)["figures"]}
    assert figures["16.4亿元"] == 1640000000 and type(figures["16.4亿元"]) is int
    assert figures["8.5%"] == 8.5 and type(figures["8.5%"]) is float


@pytest.mark.parametrize(
    ("text", "kind"),
    [pytest.param("安全生产法", "document", id="document"),
     pytest.param("平安工地", "quoted", id="quoted")],
)
def test_terms(safety, text, kind):
    term = next(t for t in safety.terms if t.text == text)
    assert term.kind == kind
    start = SAFETY.index(text)
    assert [(m.start, m.end) for m in term.mentions] == [(start, start + len(text))]


def test_meeting_statement(safety):
    statement = next(s for s in safety.statements if s.speaker == "会议")
    assert (statement.speaker_kind, statement.kind, statement.verb) == (
        "meeting", "reported", "指出")
    assert statement.text.startswith("今年以来全省安全生产形势总体平稳")
    assert "王建国强调" not in statement.text
    assert SAFETY[statement.start:statement.end] == statement.text


def test_person_statement(safety):
    statement = next(s for s in safety.statements if s.speaker == "王建国")
    assert (statement.speaker_kind, statement.verb) == ("person", "强调")
    assert statement.text.startswith("要压紧压实各方责任")


def test_every_offset_points_at_its_text(safety):
    assert assert_offsets(safety) >= 12


def test_json_round_trip(safety):
    again = Article.model_validate_json(safety.model_dump_json())
    assert again == safety
    assert again.figures[0].value == Decimal("1640000000")
    assert again.published == date(2023, 3, 20)


def test_module_extract_matches_loaded_pipeline(safety):
    article = govnews_extract.extract(SAFETY, published=PUBLISHED, id="safety")
    assert article == safety


def test_extract_many_in_order_with_errors(extractor):
    items = [
        {"id": "a", "text": SAFETY, "published": PUBLISHED, "title": "全省安全生产工作会议召开"},
        {"id": "no-text", "body": SAFETY},
        RIVER,
        {"id": "bad-date", "text": RIVER, "published": "next Tuesday"},
        ArticleInput(RIVER, "river", "2023-04-10"),
        {"id": 7, "text": None},
        42,
        {"id": "last", "text": "省长王建国主持会议。"},
    ]
    results = list(extractor.extract_many(iter(items)))
    assert [r.id for r in results] == ["a", "no-text", None, "bad-date", "river", "7", None, "last"]
    kinds = [type(r).__name__ for r in results]
    assert kinds == ["Article", "ErrorRecord", "Article", "ErrorRecord", "Article",
                     "ErrorRecord", "ErrorRecord", "Article"]
    assert results[0].title == "全省安全生产工作会议召开"
    assert results[0].published == date(2023, 3, 20)
    assert "'text'" in results[1].error.message
    assert results[1].error.type == "InputError"
    assert [p.name for p in results[2].people] == ["刘志强", "陈晓东"]
    assert "published" in results[3].error.message
    assert results[4].dates[0].value == "2023-04-02"
    assert isinstance(results[6], ErrorRecord) and "int" in results[6].error.message
    assert [p.name for p in results[7].people] == ["王建国"]


def test_river_article_people_and_titles(extractor):
    article = extractor.extract(RIVER, published="2023-04-10")
    titles = {p.name: [t.text for t in p.titles] for p in article.people}
    assert titles == {"刘志强": ["市委书记"], "陈晓东": ["市委常委", "秘书长"]}
    assert [(f.text, f.value, f.unit) for f in article.figures] == [
        ("120公里", Decimal("120"), "公里")]
    assert [(t.text, t.kind) for t in article.terms] == [("河长制", "quoted")]


@pytest.mark.parametrize("text", ["", " \n\t\u3000 "])
def test_empty_text_is_an_error_in_a_batch_but_an_empty_article_alone(extractor, text):
    record = extractor.result_of({"id": "blank", "text": text})
    assert isinstance(record, ErrorRecord)
    assert record.id == "blank"
    assert record.error.type == "InputError"
    assert record.error.message.startswith("empty text")
    article = extractor.extract(text)
    assert (article.people, article.statements, article.figures) == ([], [], [])


class FailsOnMarkedArticles:
    """A stage that fails on articles containing 故障, on its own and inside a batch."""

    def __call__(self, doc):
        if "故障" in doc.text:
            raise RuntimeError("stage failed on this article")
        return doc

    def pipe(self, docs):
        for doc in docs:
            yield self(doc)


def test_a_stage_failing_on_one_article_of_a_batch_fails_only_that_article():
    extractor = govnews_extract.load()
    extractor.nlp.add_pipe("govnews_test_failing_stage", first=True)
    items = [
        {"id": "a", "text": "省长王建国主持会议。"},
        {"id": "b", "text": "会议出现故障。"},
        {"id": "c", "text": ""},
        {"id": "d", "text": "副省长刘志强出席。"},
    ]
    for batch_size in (1, 2, 32):
        results = list(extractor.extract_many(items, batch_size=batch_size))
        assert [r.id for r in results] == ["a", "b", "c", "d"]
        assert [type(r).__name__ for r in results] == [
            "Article", "ErrorRecord", "ErrorRecord", "Article"]
        assert results[1].error.message == "stage failed on this article"
        assert results[2].error.message.startswith("empty text")
        assert [p.name for p in results[3].people] == ["刘志强"]


@Language.factory("govnews_test_failing_stage")
def _make_failing_stage(nlp, name):
    return FailsOnMarkedArticles()
