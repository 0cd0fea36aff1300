"""Reading and validating user rules: each malformed file gives a precise error, early."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from govnews_extract import RuleError
from govnews_extract.rules import Rule, RuleRegistry, load_rules, read_rule_file, rule

GOOD = {
    "kind": "regex",
    "id": "meeting",
    "label": "MEETING",
    "regex": "国务院常务会议",
    "field": "meetings",
}


def write(tmp_path: Path, *lines: str | dict) -> Path:
    path = tmp_path / "rules.jsonl"
    text = "\n".join(
        line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines
    )
    path.write_text(text + "\n", encoding="utf-8")
    return path


def error_of(path: Path) -> str:
    with pytest.raises(RuleError) as caught:
        load_rules([path])
    return str(caught.value)


def test_a_good_file_gives_immutable_rules_with_their_source(tmp_path):
    path = write(tmp_path, GOOD, "", {**GOOD, "id": "other", "field": "extras.meetings"})
    rules = load_rules([path])
    assert [(r.id, r.field, r.source.line) for r in rules] == [
        ("meeting", "extras.meetings", 1),
        ("other", "extras.meetings", 3),
    ]
    assert str(rules[0].source) == f"{path}:1"
    with pytest.raises(dataclasses.FrozenInstanceError):
        rules[0].regex = "x"  # type: ignore[misc]


def test_bad_json_names_file_and_line(tmp_path):
    path = write(tmp_path, GOOD, '{"kind": "regex", "id": "broken",')
    message = error_of(path)
    assert f"{path}:2: rule 'broken': not valid JSON" in message


def test_unknown_key_names_file_line_id_and_key(tmp_path):
    path = write(tmp_path, GOOD, {**GOOD, "id": "typo", "feild": "meetings"})
    message = error_of(path)
    assert f"{path}:2: rule 'typo'" in message and "unknown key(s) 'feild'" in message


def test_missing_key(tmp_path):
    path = write(tmp_path, {"kind": "regex", "id": "nolabel", "regex": "会议", "field": "meetings"})
    message = error_of(path)
    assert f"{path}:1: rule 'nolabel'" in message and "missing key(s) 'label'" in message


def test_bad_regex_names_the_pattern_and_the_regex_error(tmp_path):
    path = write(tmp_path, {**GOOD, "id": "bad_regex", "regex": "(?P<body>会议"})
    message = error_of(path)
    assert f"{path}:1: rule 'bad_regex'" in message and "does not compile" in message


def test_duplicate_ids_name_both_places(tmp_path):
    path = write(tmp_path, GOOD, {**GOOD, "regex": "省委常委会"})
    message = error_of(path)
    assert f"{path}:2: rule 'meeting': duplicate id; first defined at {path}:1" in message


def test_duplicate_ids_across_files(tmp_path):
    first = write(tmp_path, GOOD)
    second = tmp_path / "more.jsonl"
    second.write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"more\.jsonl:1: rule 'meeting': duplicate id"):
        load_rules([first, second])


def test_unknown_kind(tmp_path):
    # Python code cannot come from a file: "python" is not a file kind.
    path = write(tmp_path, {"kind": "python", "id": "code", "label": "X", "field": "meetings"})
    message = error_of(path)
    assert f"{path}:1: rule 'code': unknown rule kind 'python'" in message


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("Meetings!", "unknown field 'Meetings!'"),
        ("dates", "field 'dates' is computed by the package"),
        ("extras.people", "unknown field 'extras.people'"),
    ],
)
def test_unknown_or_closed_field(tmp_path, field, expected):
    path = write(tmp_path, {**GOOD, "id": "f", "field": field})
    message = error_of(path)
    assert f"{path}:1: rule 'f'" in message and expected in message


def test_terms_need_a_term_label(tmp_path):
    path = write(tmp_path, {**GOOD, "id": "t", "field": "terms"})
    assert "need label 'document' or 'quoted'" in error_of(path)


def test_named_groups_may_not_clash_with_output_keys(tmp_path):
    path = write(tmp_path, {**GOOD, "id": "g", "regex": "(?P<text>会议)"})
    assert "clash with the output's own keys" in error_of(path)


def test_unknown_lexicon_and_bad_entries(tmp_path):
    path = write(
        tmp_path, {"kind": "lexicon", "id": "lx", "lexicon": "titles", "entries": ["首席数据官"]}
    )
    assert f"{path}:1: rule 'lx': unknown lexicon 'titles'" in error_of(path)
    path = write(
        tmp_path, {"kind": "lexicon", "id": "lx", "lexicon": "posts", "entries": "首席数据官"}
    )
    assert "'entries' must be a non-empty list" in error_of(path)


def test_bad_token_pattern(tmp_path):
    path = write(
        tmp_path,
        {
            "kind": "pattern",
            "id": "tok",
            "label": "ORG",
            "field": "organizations",
            "pattern": [{"TXET": "数据局"}],
        },
    )
    message = error_of(path)
    assert f"{path}:1: rule 'tok': bad token pattern" in message


def test_bad_timeout(tmp_path):
    path = write(tmp_path, {**GOOD, "timeout": "soon"})
    assert "'timeout' must be a number" in error_of(path)


def test_missing_file():
    with pytest.raises(RuleError, match="rule file not found"):
        load_rules(["/nonexistent/rules.jsonl"])


def test_spacy_entity_ruler_lines_need_no_kind(tmp_path):
    path = write(
        tmp_path,
        {"label": "ORG", "pattern": "省数据局", "id": "data_bureau", "field": "organizations"},
    )
    (only,) = read_rule_file(path)
    assert only.kind == "pattern" and only.pattern == "省数据局"


def test_python_objects_dicts_rules_decorated_functions_and_registries():
    registry = RuleRegistry()

    @registry.rule("from_registry", field="campaigns")
    def first(doc):
        return []

    @rule("decorated", field="campaigns", label="CAMPAIGN")
    def second(doc):
        return []

    made = Rule(id="place_suffix", kind="disable")
    rules = load_rules([GOOD, registry, second, made])
    assert [(r.id, r.kind) for r in rules] == [
        ("meeting", "regex"),
        ("from_registry", "python"),
        ("decorated", "python"),
        ("place_suffix", "disable"),
    ]
    assert second(None) == []  # the decorator returns the function itself


def test_undecorated_function_is_refused():
    def plain(doc):
        return []

    with pytest.raises(RuleError, match=r"decorate it with @govnews_extract\.rules\.rule"):
        load_rules([plain])


def test_registry_refuses_a_second_rule_with_the_same_id():
    registry = RuleRegistry()
    registry.rule("same", field="campaigns")(lambda doc: [])
    with pytest.raises(RuleError, match="already has a rule"):
        registry.rule("same", field="campaigns")(lambda doc: [])


def test_entry_points_are_read_only_when_asked(monkeypatch):
    import importlib.metadata

    registry = RuleRegistry()
    registry.rule("from_plugin", field="campaigns")(lambda doc: [])

    class Point:
        name, value = "plugin", "plugin:registry"

        def load(self):
            return registry

    asked = []

    def fake_entry_points(group):
        asked.append(group)
        return [Point()]

    monkeypatch.setattr(importlib.metadata, "entry_points", fake_entry_points)
    assert load_rules([GOOD]) == load_rules([GOOD])
    assert asked == []
    rules = load_rules([GOOD], entry_points=True)
    assert asked == ["govnews_extract.rules"]
    assert [r.id for r in rules] == ["meeting", "from_plugin"]
    assert str(rules[1].source).startswith("python:")
