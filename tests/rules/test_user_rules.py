"""User rules inside the pipeline: new fields, new titles, precedence, timeouts, isolation."""

from __future__ import annotations

import time
from pathlib import Path

import jieba
import pytest
from offsets import assert_offsets

import govnews_extract
from govnews_extract import ErrorRecord, build_pipeline
from govnews_extract.lexicons import load_lexicon
from govnews_extract.patterns import compiled_fragment
from govnews_extract.pipeline import user_rules_of
from govnews_extract.rules import RuleRegistry

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "rules"
MEETINGS = EXAMPLES / "meetings.jsonl"
TITLES = EXAMPLES / "titles.jsonl"

MEETING_TEXT = (
    "9月16日，国务院总理李强主持召开国务院常务会议。"
    "省扫黑除恶专项斗争领导小组会议在杭州召开，市委常委会第12次会议随后举行。"
)
TITLE_TEXT = "省数据局首席数据官张三表示，要加快数据共享。"

registry = RuleRegistry()


@registry.rule("campaign_names", field="campaigns", label="CAMPAIGN")
def campaign_names(doc):
    start = doc.text.find("百日攻坚行动")
    if start >= 0:
        yield start, start + 6, None, {"kind": "攻坚行动"}


@registry.rule("broken_rule", field="campaigns")
def broken_rule(doc):
    raise RuntimeError("boom")
    yield  # pragma: no cover


@registry.rule("out_of_range", field="campaigns")
def out_of_range(doc):
    yield 0, len(doc.text) + 5, "X", None


@pytest.fixture(scope="module")
def with_rules():
    return govnews_extract.load(
        rules=[
            MEETINGS,
            TITLES,
            registry,
            {
                "kind": "regex",
                "id": "slow",
                "label": "SLOW",
                "regex": "(a+)+$",
                "field": "slow",
                "timeout": 0.2,
            },
            {"kind": "disable", "id": "place_gazetteer"},
        ]
    )


def test_new_field_end_to_end_with_offsets_and_named_groups(with_rules):
    article = with_rules.extract(MEETING_TEXT)
    record = article.model_dump(mode="json")
    assert_offsets(record)
    meetings = record["extras"]["meetings"]
    assert [(m["text"], m["rule_id"]) for m in meetings] == [
        ("国务院常务会议", "state_council_executive"),
        ("省扫黑除恶专项斗争领导小组会议", "leading_group_meeting"),
        ("市委常委会第12次会议", "standing_committee_meeting"),
    ]
    for meeting in meetings:
        assert MEETING_TEXT[meeting["start"] : meeting["end"]] == meeting["text"]
        assert meeting["label"] == "MEETING"
    assert meetings[1]["body"] == "省扫黑除恶专项斗争领导小组"
    assert meetings[2]["session"] == "第12次"


def test_new_title_attaches_to_the_person(with_rules):
    article = with_rules.extract(TITLE_TEXT)
    assert_offsets(article.model_dump(mode="json"))
    (person,) = article.people
    assert person.name == "张三"
    (title,) = person.titles
    assert title.post == "首席数据官"
    assert title.organization == "省数据局"
    mention = title.mentions[0]
    assert TITLE_TEXT[mention.start : mention.end] == title.text
    (organization,) = [o for o in article.organizations if o.name == "省数据局"]
    assert organization.mentions[0].rule_id == "data_bureau"


def test_python_rules_and_their_failures_become_warnings(with_rules):
    text = "全省开展安全生产百日攻坚行动。"
    article = with_rules.extract(text)
    (campaign,) = article.extras["campaigns"]
    assert (campaign.text, campaign.start, campaign.end) == ("百日攻坚行动", 8, 14)
    assert campaign.label == "CAMPAIGN" and campaign.rule_id == "campaign_names"
    assert campaign.model_dump()["kind"] == "攻坚行动"
    assert "rule 'broken_rule' failed: RuntimeError: boom" in article.warnings
    assert any(w.startswith("rule 'out_of_range' failed: ValueError") for w in article.warnings)


def test_catastrophic_regex_times_out_for_that_article_only(with_rules):
    batch = [
        {"id": "before", "text": TITLE_TEXT},
        {"id": "evil", "text": "a" * 50_000 + "b"},
        {"id": "after", "text": MEETING_TEXT},
    ]
    started = time.monotonic()
    results = list(with_rules.extract_many(batch))
    elapsed = time.monotonic() - started
    assert not any(isinstance(r, ErrorRecord) for r in results)
    before, evil, after = results
    assert "rule 'slow' timed out after 0.2 s" in evil.warnings
    assert not any("timed out" in w for w in before.warnings + after.warnings)
    assert before.people[0].titles[0].post == "首席数据官"
    assert len(after.extras["meetings"]) == 3
    assert elapsed < 20  # bounded by the timeout, not by the backtracking


def test_disable_removes_builtin_matches_by_rule_id(with_rules, extractor):
    text = "代表团访问了黄山市和宣城市。"
    baseline = extractor.extract(text)
    ids = {m.rule_id for p in baseline.places for m in p.mentions}
    assert "place_gazetteer" in ids
    changed = with_rules.extract(text)
    assert "place_gazetteer" not in {m.rule_id for p in changed.places for m in p.mentions}


def test_overlaps_longest_first_then_earlier_rule():
    extractor = govnews_extract.load(
        rules=[
            {
                "kind": "pattern",
                "id": "short",
                "label": "A",
                "pattern": "扫黑除恶",
                "field": "campaigns",
            },
            {
                "kind": "pattern",
                "id": "long",
                "label": "B",
                "pattern": "扫黑除恶专项斗争",
                "field": "campaigns",
            },
            {
                "kind": "pattern",
                "id": "tie_first",
                "label": "C",
                "pattern": "斗争领导",
                "field": "campaigns",
            },
            {
                "kind": "pattern",
                "id": "tie_second",
                "label": "D",
                "pattern": "领导小组",
                "field": "campaigns",
            },
            {
                "kind": "regex",
                "id": "group_exact",
                "label": "ORG",
                "regex": "省扫黑除恶专项斗争领导小组",
                "field": "organizations",
            },
        ]
    )
    text = "省扫黑除恶专项斗争领导小组会议召开。"
    article = extractor.extract(text)
    campaigns = [(c.text, c.rule_id) for c in article.extras["campaigns"]]
    # "扫黑除恶专项斗争" (longest) wins over "扫黑除恶" and "斗争领导";
    # "领导小组" no longer overlaps anything kept.
    assert campaigns == [("扫黑除恶专项斗争", "long"), ("领导小组", "tie_second")]
    # A user match with exactly a built-in match's span replaces it.
    (group,) = [o for o in article.organizations if o.name == "省扫黑除恶专项斗争领导小组"]
    assert [m.rule_id for m in group.mentions] == ["group_exact"]
    assert [r.id for r in user_rules_of(extractor.nlp)][:2] == ["short", "long"]


def test_equal_length_overlaps_go_to_the_earlier_rule():
    extractor = govnews_extract.load(
        rules=[
            {
                "kind": "pattern",
                "id": "first",
                "label": "A",
                "pattern": "专项斗争",
                "field": "campaigns",
            },
            {
                "kind": "pattern",
                "id": "second",
                "label": "B",
                "pattern": "除恶专项",
                "field": "campaigns",
            },
        ]
    )
    article = extractor.extract("扫黑除恶专项斗争。")
    assert [(c.text, c.rule_id) for c in article.extras["campaigns"]] == [("专项斗争", "first")]


def test_token_patterns_use_our_segmenter_and_char_offsets():
    extractor = govnews_extract.load(
        rules=[
            {
                "kind": "pattern",
                "id": "tok",
                "label": "VERB",
                "field": "actions",
                "pattern": [{"TEXT": "加快"}],
            }
        ]
    )
    text = "要加快数据共享。"
    (hit,) = extractor.extract(text).extras["actions"]
    assert (hit.start, hit.end, hit.text) == (1, 3, "加快")


def test_two_pipelines_do_not_affect_each_other_or_jieba(extractor):
    word = "首席数据官"
    global_before = jieba.lcut("市首席数据官张三")
    with_title = build_pipeline(rules=[TITLES])
    without = build_pipeline(rules=[MEETINGS])
    a = govnews_extract.Extractor(with_title).extract(TITLE_TEXT)
    b = govnews_extract.Extractor(without).extract(TITLE_TEXT)
    c = extractor.extract(TITLE_TEXT)
    assert [t.post for p in a.people for t in p.titles] == [word]
    assert not any(t.post == word for p in b.people for t in p.titles)
    assert not any(t.post == word for p in c.people for t in p.titles)
    assert "meetings" not in a.extras
    assert b.extras.get("meetings") is None or all(
        m.rule_id != "data_bureau" for m in b.extras["meetings"]
    )
    # Each pipeline's private segmenter; jieba's global tokenizer is untouched.
    assert word in with_title.tokenizer.segment(TITLE_TEXT)
    assert word not in without.tokenizer.segment(TITLE_TEXT)
    assert jieba.lcut("市首席数据官张三") == global_before
    assert jieba.dt.FREQ.get(word, 0) < 200_000
    # Outside a pipeline, lexicons and compiled fragments are the packaged ones.
    assert word not in load_lexicon("posts")
    assert compiled_fragment("POST").fullmatch(word) is None
    # And the first pipeline still has its title after the second was built.
    again = govnews_extract.Extractor(with_title).extract(TITLE_TEXT)
    assert [t.post for p in again.people for t in p.titles] == [word]


def test_extras_output_validates_against_the_json_schema(with_rules):
    jsonschema = pytest.importorskip("jsonschema")
    record = with_rules.extract(MEETING_TEXT + "全省开展安全生产百日攻坚行动。").model_dump(
        mode="json"
    )
    assert record["extras"]["meetings"] and record["extras"]["campaigns"]
    jsonschema.validate(record, govnews_extract.article_json_schema())


def test_organisation_names_can_stay_out_of_the_segmenter():
    name = "东海和平发展基金会"  # 和 stops the organisation pattern
    text = f"{name}理事长张三出席。"
    rule = {
        "kind": "lexicon",
        "id": "foundations",
        "lexicon": "organization_names_outside_segmenter",
        "entries": [name],
    }
    nlp = build_pipeline(rules=[rule])
    article = govnews_extract.Extractor(nlp).extract(text)
    assert name in [o.name for o in article.organizations]
    assert [t.text for p in article.people for t in p.titles] == [f"{name}理事长"]
    assert name not in nlp.tokenizer.segment(text)
