"""The package's own rules, read through the same rule machinery as the user's.

``resources/rules/builtin.jsonl`` is a rule file in the user format. Its
lexicon rules carry every packaged word list (read through ``entries_file``),
and its ``stage`` rules name the ids that the built-in stages give their
matches, some with the patterns file that drives the stage. Stages read their
lexicons and patterns from here, so every run goes through this API, and user
rules can disable or override a built-in rule by its id.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from ..errors import ResourceError, RuleError
from .loading import Rule, RuleSource, read_rule_lines

RESOURCES_PACKAGE = "govnews_extract.resources"
BUILTIN_RULE_FILE = "rules/builtin.jsonl"


@cache
def builtin_rules() -> tuple[Rule, ...]:
    """Every built-in rule: the file's rules, then one per entry of each stage's rule list.

    A stage whose patterns file has a ``rules`` list (dates, figures, terms)
    gets one more ``stage`` rule per entry, with that entry's id.
    """
    root = resources.files(RESOURCES_PACKAGE)
    name = f"govnews_extract/resources/{BUILTIN_RULE_FILE}"
    try:
        rules = read_rule_lines(
            root.joinpath(*BUILTIN_RULE_FILE.split("/")).read_text(encoding="utf-8"),
            name,
            root,
            builtin=True,
        )
    except RuleError as error:  # a broken package, not a user mistake
        raise ResourceError(f"the package's built-in rules are broken: {error}") from error
    expanded: list[Rule] = []
    for rule in rules:
        expanded.append(rule)
        entries = (rule.patterns or {}).get("rules", ())
        for number, entry in enumerate(entries, start=1):
            expanded.append(
                Rule(
                    id=entry["id"],
                    kind="stage",
                    stage=rule.stage,
                    fields=rule.fields,
                    label=entry.get("label", ""),
                    about=f"rule {number} of {rule.id!r}",
                    source=RuleSource(note=f"{rule.source} (rules[{number - 1}])"),
                )
            )
    seen: dict[str, Rule] = {}
    for rule in expanded:
        if rule.id in seen:
            raise ResourceError(f"{rule.source}: built-in rule id {rule.id!r} is not unique")
        seen[rule.id] = rule
    return tuple(expanded)


@cache
def builtin_rule_ids() -> frozenset[str]:
    """The ids a user rule may disable or override."""
    return frozenset(rule.id for rule in builtin_rules())


@cache
def _by_id() -> Mapping[str, Rule]:
    return MappingProxyType({rule.id: rule for rule in builtin_rules()})


def builtin_rule(rule_id: str) -> Rule:
    """One built-in rule by id; ``ResourceError`` if the package has none by that id."""
    try:
        return _by_id()[rule_id]
    except KeyError:
        raise ResourceError(f"the package has no built-in rule {rule_id!r}") from None


def lexicon_rule_id(lexicon: str) -> str:
    """The id of the built-in rule that holds a packaged lexicon (``lexicon.posts``)."""
    return f"lexicon.{lexicon}"


def builtin_lexicon(lexicon: str) -> tuple[str, ...]:
    """A packaged lexicon's entries, as its built-in lexicon rule read them."""
    rule = _by_id().get(lexicon_rule_id(lexicon))
    if rule is None or rule.kind != "lexicon":
        raise ResourceError(
            f"no packaged lexicon {lexicon!r}: {BUILTIN_RULE_FILE} has no rule "
            f"{lexicon_rule_id(lexicon)!r}"
        )
    return rule.entries


def builtin_patterns(rule_id: str) -> Mapping[str, Any]:
    """The patterns file of a built-in stage rule (``dates`` -> ``patterns/dates.json``)."""
    patterns = builtin_rule(rule_id).patterns
    if patterns is None:
        raise ResourceError(f"built-in rule {rule_id!r} has no patterns_file")
    return patterns


@cache
def _children() -> Mapping[str, tuple[str, ...]]:
    """Stage rule id -> ids of the entries of its rule list (``dates`` -> ``date.numeric``…)."""
    children: dict[str, list[str]] = {}
    for rule in builtin_rules():
        if rule.kind == "stage" and rule.patterns is not None:
            children[rule.id] = [entry["id"] for entry in rule.patterns.get("rules", ())]
    return MappingProxyType({key: tuple(value) for key, value in children.items()})


def match_ids_of(rule_id: str) -> tuple[str, ...]:
    """The ``rule_id`` values that built-in rule ``rule_id`` gives its matches."""
    return (rule_id, *_children().get(rule_id, ()))


def check_user_rules(rules: tuple[Rule, ...]) -> None:
    """User rules that name a built-in id must disable or override it as its kind allows.

    A ``disable`` rule must name a built-in rule; a lexicon rule with a
    built-in lexicon's id replaces that lexicon (same lexicon name); a
    pattern, regex or Python rule with a built-in stage id replaces that
    rule's matches. Anything else is an error, raised before any article.
    """
    known = _by_id()
    for rule in rules:
        builtin = known.get(rule.id)
        where = f"{rule.source}: rule {rule.id!r}"
        if builtin is None:
            if rule.kind == "disable":
                raise RuleError(
                    f"{where}: disables no built-in rule, the package has none with that id; "
                    "`govnews-extract rules list --builtin` lists them"
                )
            continue
        if builtin.kind == "lexicon":
            if rule.kind == "lexicon" and rule.lexicon != builtin.lexicon:
                raise RuleError(
                    f"{where}: overrides built-in lexicon {builtin.lexicon!r} but names lexicon "
                    f"{rule.lexicon!r}; use another id to extend {rule.lexicon!r}"
                )
            if rule.kind not in ("lexicon", "disable"):
                raise RuleError(
                    f"{where}: this id is the built-in lexicon {builtin.lexicon!r}; only a "
                    "lexicon rule can override it (or a disable rule remove it); choose another id"
                )
        elif rule.kind == "lexicon":
            raise RuleError(
                f"{where}: this id is a built-in stage rule ({builtin.about}); a lexicon rule "
                "cannot override it; choose another id"
            )
        elif not builtin.fields:
            raise RuleError(
                f"{where}: built-in rule {rule.id!r} ({builtin.about}) gives no matches, so it "
                "cannot be disabled or overridden"
            )


def dropped_lexicons(rules: tuple[Rule, ...]) -> frozenset[str]:
    """Lexicons whose packaged entries the user's rules disable or override."""
    known = _by_id()
    return frozenset(
        known[rule.id].lexicon or ""
        for rule in rules
        if rule.id in known
        and known[rule.id].kind == "lexicon"
        and rule.kind in ("lexicon", "disable")
    )


def replaced_match_ids(rules: tuple[Rule, ...]) -> frozenset[str]:
    """Match ids of built-in stage rules that the user's rules disable or override."""
    known = _by_id()
    return frozenset(
        match_id
        for rule in rules
        if rule.id in known and known[rule.id].kind == "stage" and rule.kind != "lexicon"
        for match_id in match_ids_of(rule.id)
    )
