"""The package's own rules go through the user rule machinery; users disable or override them."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

import govnews_extract
from govnews_extract.errors import RuleError
from govnews_extract.lexicons import load_lexicon, parse_lexicon
from govnews_extract.pipeline import ArticleInput
from govnews_extract.rules import load_rules
from govnews_extract.rules.builtin import (
    builtin_patterns,
    builtin_rule,
    builtin_rule_ids,
    builtin_rules,
    match_ids_of,
)
from govnews_extract.state import doc_state

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_d92b50056339fba7.txt"
LEXICON_FOLDER = resources.files("govnews_extract.resources") / "lexicons"


def test_every_packaged_lexicon_is_one_builtin_lexicon_rule_read_from_its_file():
    files = sorted(f.name for f in LEXICON_FOLDER.iterdir() if f.name.endswith(".txt"))
    rules = [r for r in builtin_rules() if r.kind == "lexicon"]
    assert sorted(f"{r.lexicon}.txt" for r in rules) == files
    for rule in rules:
        assert rule.id == f"lexicon.{rule.lexicon}"
        assert str(rule.source).startswith("govnews_extract/resources/rules/builtin.jsonl:")
        text = (LEXICON_FOLDER / f"{rule.lexicon}.txt").read_text(encoding="utf-8")
        assert rule.entries == parse_lexicon(text)
        assert load_lexicon(rule.lexicon) == rule.entries  # the stages read this rule


def test_rule_list_stages_read_their_patterns_through_the_builtin_rules():
    for stage_id in ("dates", "figures", "terms"):
        listed = [entry["id"] for entry in builtin_patterns(stage_id)["rules"]]
        assert match_ids_of(stage_id) == (stage_id, *listed)
        for entry_id in listed:
            assert builtin_rule(entry_id).fields == builtin_rule(stage_id).fields


def test_every_match_of_the_pipeline_carries_a_declared_builtin_rule_id(extractor):
    texts = [SEED.read_text(encoding="utf-8"), *(f.read_text("utf-8") for f in FIXTURES.iterdir())]
    seen = set()
    for text in texts:
        doc = extractor.make_doc(ArticleInput(text, published=None))
        for _name, component in extractor.nlp.pipeline:
            doc = component(doc)
        for field, matches in doc_state(doc).matches.items():
            for match in matches:
                assert match.rule_id in builtin_rule_ids(), (field, match.rule_id)
                assert field in builtin_rule(match.rule_id).fields, (field, match.rule_id)
                seen.add(match.rule_id)
    assert {"title_chain", "place_gazetteer", "statement_reported", "quoted_term"} <= seen


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ({"kind": "disable", "id": "no_such_rule"}, "disables no built-in rule"),
        ({"kind": "disable", "id": "roles"}, "gives no matches"),
        (
            {"kind": "lexicon", "id": "lexicon.posts", "lexicon": "qualifiers", "entries": ["副"]},
            "overrides built-in lexicon 'posts'",
        ),
        (
            {"kind": "regex", "id": "lexicon.places", "label": "X", "regex": "x",
             "field": "places"},
            "only a lexicon rule can override it",
        ),
        (
            {"kind": "lexicon", "id": "title_chain", "lexicon": "posts", "entries": ["首席官"]},
            "a lexicon rule cannot override it",
        ),
        (
            {"kind": "stage", "id": "mine", "stage": "x", "fields": [], "about": ""},
            "describes the package's own stages",
        ),
    ],
    ids=["unknown-id", "no-matches", "other-lexicon", "regex-on-lexicon", "lexicon-on-stage",
         "stage-kind"],
)
def test_bad_uses_of_builtin_ids_name_the_file_line_and_rule(tmp_path, rule, message):
    path = tmp_path / "rules.jsonl"
    path.write_text('{"kind": "disable", "id": "ner"}\n' + json.dumps(rule) + "\n", "utf-8")
    with pytest.raises(RuleError) as caught:
        load_rules([path])
    assert str(caught.value).startswith(f"{path}:2: rule {rule['id']!r}: ")
    assert message in str(caught.value)


def test_user_entries_file_is_read_relative_to_the_rule_file(tmp_path):
    (tmp_path / "lists").mkdir()
    (tmp_path / "lists" / "posts.txt").write_text("# my posts\n首席数据官\n\n数据专员  # new\n", "utf-8")
    path = tmp_path / "rules.jsonl"
    path.write_text(
        '{"kind": "lexicon", "id": "my_posts", "lexicon": "posts", "entries_file": '
        '"lists/posts.txt"}\n',
        "utf-8",
    )
    (rule,) = load_rules([path])
    assert rule.entries == ("首席数据官", "数据专员")


@pytest.mark.parametrize(
    ("entries_file", "message"),
    [("lists/none.txt", "not found"), ("../posts.txt", "relative path"),
     ("/etc/passwd", "relative path")],
)
def test_bad_entries_file_is_a_rule_error(tmp_path, entries_file, message):
    path = tmp_path / "rules.jsonl"
    rule = {"kind": "lexicon", "id": "p", "lexicon": "posts", "entries_file": entries_file}
    path.write_text(json.dumps(rule) + "\n", "utf-8")
    with pytest.raises(RuleError, match=message):
        load_rules([path])


@pytest.fixture(scope="module")
def overridden():
    """One pipeline whose rules disable or override built-in rules of each kind."""
    return govnews_extract.load(
        rules=[
            {"kind": "disable", "id": "lexicon.places"},
            {"kind": "lexicon", "id": "lexicon.posts", "lexicon": "posts", "entries": ["省长"]},
            {"kind": "disable", "id": "dates"},
            {"kind": "regex", "id": "quoted_term", "label": "quoted", "regex": "“(?:六清)”",
             "field": "terms"},
        ]
    )


TEXT = "9月16日，省长王建国、市长李红梅在黄山市调研，强调“六清”和“三个一批”。"


def test_overrides_change_this_pipeline_only(extractor, overridden):
    before, after = extractor.extract(TEXT), overridden.extract(TEXT)
    # lexicon.places disabled: the gazetteer finds nothing (other place rules still run).
    assert "place_gazetteer" in {m.rule_id for p in before.places for m in p.mentions}
    assert "place_gazetteer" not in {m.rule_id for p in after.places for m in p.mentions}
    # lexicon.posts replaced by ["省长"]: 市长 is no longer a title.
    titles = {p.name: [t.text for t in p.titles] for p in before.people}
    assert titles["王建国"] == ["省长"] and titles["李红梅"] == ["市长"]
    titles_after = {p.name: [t.text for t in p.titles] for p in after.people}
    assert titles_after["王建国"] == ["省长"]
    assert titles_after.get("李红梅", []) == []
    # dates disabled: every date.* rule's matches are gone.
    assert [d.text for d in before.dates] == ["9月16日"]
    assert after.dates == []
    # quoted_term overridden: only the user's regex feeds it now.
    assert [t.text for t in before.terms] == ["六清", "三个一批"]
    assert [(t.text, t.mentions[0].rule_id) for t in after.terms] == [("“六清”", "quoted_term")]
    # The default pipeline built before is unchanged afterwards.
    assert extractor.extract(TEXT) == before
