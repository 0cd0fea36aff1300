"""Read user rules from JSON Lines files or Python objects into validated, immutable rules.

A rule file is data: each line is parsed with ``json.loads`` and checked
against the keys of its kind; nothing in it is imported, executed or
evaluated. Every problem raises ``RuleError`` naming the file, the line, the
rule id and what is wrong, when the rules are loaded — before any article.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from importlib.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import Any

import regex

from ..errors import RuleError

#: Built-in output fields that user rules may feed (others are computed, not matched).
BUILTIN_FIELDS = ("organizations", "places", "people", "terms")
#: Built-in fields that user rules may not feed, with the reason shown in the error.
_CLOSED_FIELDS = ("dates", "figures", "statements", "titles")
#: Labels that the ``terms`` field accepts (``Term.kind``).
TERM_LABELS = ("document", "quoted")

#: Lexicons that a ``lexicon`` rule may extend: the segmenter's dictionary and
#: the lexicons behind the rule stages' patterns.
EXTENSIBLE_LEXICONS = (
    "posts",
    "posts_outside_segmenter",
    "military_ranks",
    "qualifiers",
    "organization_names",
    "organization_names_outside_segmenter",
    "organ_suffixes",
    "company_suffixes",
    "places",
    "place_suffixes",
    "surnames",
    "speech_verbs",
    "meeting_speakers",
    "segmenter_words",
)

#: Keys every extras entry has; named groups and Python rule data may not use them.
RESERVED_DATA_KEYS = ("text", "start", "end", "label", "rule_id")

DEFAULT_TIMEOUT = 0.5
MAX_TIMEOUT = 60.0

_NEW_FIELD = re.compile(r"[a-z][a-z0-9_]{0,63}\Z")
_RAW_ID = re.compile(r'"id"\s*:\s*"([^"\\]*)"')
_KINDS = ("pattern", "regex", "lexicon", "disable")
#: Kinds only the package's own rule file may use (``resources/rules/builtin.jsonl``).
_BUILTIN_KINDS = ("stage",)

_KEYS: Mapping[str, tuple[frozenset[str], frozenset[str]]] = {
    # kind: (required keys, optional keys)
    "pattern": (frozenset({"id", "label", "pattern", "field"}), frozenset({"kind", "about"})),
    "regex": (
        frozenset({"id", "label", "regex", "field"}),
        frozenset({"kind", "timeout", "about"}),
    ),
    # A lexicon rule has "entries" or "entries_file" (checked below).
    "lexicon": (
        frozenset({"id", "lexicon"}),
        frozenset({"kind", "entries", "entries_file", "about"}),
    ),
    "disable": (frozenset({"id"}), frozenset({"kind", "about"})),
    # A built-in stage's rule: the id its matches carry, the fields it feeds and,
    # for stages driven by a rule list, the patterns file that holds the list.
    "stage": (
        frozenset({"id", "kind", "stage", "fields", "about"}),
        frozenset({"patterns_file"}),
    ),
}

_EMPTY: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True)
class RuleSource:
    """Where a rule came from: a file and line, or a Python object."""

    file: str | None = None
    line: int | None = None
    note: str | None = None

    def __str__(self) -> str:
        if self.file is not None:
            return f"{self.file}:{self.line}" if self.line is not None else self.file
        return self.note or "<python>"


@dataclass(frozen=True)
class Rule:
    """One validated user rule.

    ``kind`` is ``pattern``, ``regex``, ``lexicon``, ``disable`` or ``python``
    (and ``stage`` for the package's own stages); ``field`` is the state field
    its matches feed (``organizations`` or ``extras.meetings``); the other
    attributes belong to their kind.
    """

    id: str
    kind: str
    field: str | None = None
    label: str = ""
    pattern: str | tuple[Mapping[str, Any], ...] | None = None
    regex: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    lexicon: str | None = None
    entries: tuple[str, ...] = ()
    stage: str | None = None
    fields: tuple[str, ...] = ()
    patterns: Mapping[str, Any] | None = dataclass_field(default=None, compare=False)
    about: str = ""
    function: Callable[..., Iterable[Any]] | None = dataclass_field(default=None, compare=False)
    source: RuleSource = dataclass_field(default_factory=RuleSource, compare=False)

    @property
    def output_field(self) -> str | None:
        """The field name as the output shows it (``meetings`` for ``extras.meetings``)."""
        if self.field is None:
            return None
        return self.field.removeprefix("extras.")


class RuleRegistry:
    """A collection of Python rules, filled with the ``@registry.rule(...)`` decorator.

    Nothing is registered globally: pass the registry to
    ``govnews_extract.load(rules=[registry])``.
    """

    def __init__(self) -> None:
        self._rules: dict[str, Rule] = {}

    def rule(
        self, rule_id: str, *, field: str, label: str = ""
    ) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        def decorate(function: Callable[..., Any]) -> Callable[..., Any]:
            made = python_rule(function, rule_id, field=field, label=label)
            if rule_id in self._rules:
                raise RuleError(f"rule {rule_id!r}: this registry already has a rule with that id")
            self._rules[rule_id] = made
            return function

        return decorate

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules.values())

    def __len__(self) -> int:
        return len(self._rules)


def rule(
    rule_id: str, *, field: str, label: str = ""
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Mark a function ``(doc) -> iterable of (start, end, label, data)`` as a rule.

    The function is returned unchanged (with a ``govnews_rule`` attribute);
    pass it, or a module's list of such functions, to ``load(rules=[...])``.
    ``data`` is a mapping (or ``None``); ``label`` may be ``None`` for the
    rule's default label.
    """

    def decorate(function: Callable[..., Any]) -> Callable[..., Any]:
        function.govnews_rule = python_rule(function, rule_id, field=field, label=label)  # type: ignore[attr-defined]
        return function

    return decorate


def python_rule(function: Callable[..., Any], rule_id: str, *, field: str, label: str = "") -> Rule:
    name = getattr(function, "__qualname__", repr(function))
    module = getattr(function, "__module__", "?")
    source = RuleSource(note=f"python:{module}.{name}")
    if not callable(function):
        raise RuleError(f"{source}: rule {rule_id!r}: a Python rule must be a function")
    _check_id(rule_id, source)
    return Rule(
        id=rule_id,
        kind="python",
        field=_check_field(field, rule_id, source, label),
        label=label or "",
        function=function,
        source=source,
    )


# ---------------------------------------------------------------- reading


RuleSpec = Any  # a path, a Rule, a dict, a decorated function, a RuleRegistry, or a list of them


def load_rules(
    specs: Iterable[RuleSpec] | RuleSpec, *, entry_points: bool = False
) -> tuple[Rule, ...]:
    """Every rule of ``specs`` in order, validated; duplicate ids are an error.

    A rule with the id of a built-in rule overrides it (a ``disable`` rule
    removes it); see ``rules.builtin.check_user_rules`` for what may override what.

    ``specs`` items may be paths (``str`` or ``Path``) of ``.jsonl`` files,
    ``Rule`` objects, dicts in the file format, functions decorated with
    ``@rule``, ``RuleRegistry`` objects, or lists of these.
    ``entry_points=True`` appends the rules that installed packages publish in
    the ``govnews_extract.rules`` entry-point group.
    """
    if isinstance(specs, (str, Path, Rule, RuleRegistry, Mapping)) or callable(specs):
        specs = [specs]
    rules: list[Rule] = []
    for spec in specs:
        rules.extend(_rules_of(spec, RuleSource(note="<python>")))
    if entry_points:
        rules.extend(entry_point_rules())
    seen: dict[str, Rule] = {}
    for item in rules:
        if item.id in seen:
            raise RuleError(
                f"{item.source}: rule {item.id!r}: duplicate id; first defined at "
                f"{seen[item.id].source}"
            )
        seen[item.id] = item
    from .builtin import check_user_rules

    check_user_rules(tuple(rules))
    return tuple(rules)


def entry_point_rules() -> list[Rule]:
    """Rules published by installed packages under the ``govnews_extract.rules`` group.

    Each entry point names a ``RuleRegistry``, a decorated function, a list of
    them, or a path of a rule file.
    """
    from importlib.metadata import entry_points

    rules: list[Rule] = []
    for point in entry_points(group="govnews_extract.rules"):
        try:
            loaded = point.load()
        except Exception as error:
            raise RuleError(
                f"entry point {point.name!r} ({point.value}) failed to load: {error}"
            ) from error
        rules.extend(_rules_of(loaded, RuleSource(note=f"entry point {point.name}")))
    return rules


def _rules_of(spec: RuleSpec, source: RuleSource) -> list[Rule]:
    if isinstance(spec, Rule):
        return [spec]
    if isinstance(spec, RuleRegistry):
        return list(spec)
    if isinstance(spec, (str, Path)):
        return read_rule_file(spec)
    if isinstance(spec, Mapping):
        return [parse_rule(spec, source)]
    if callable(spec):
        made = getattr(spec, "govnews_rule", None)
        if not isinstance(made, Rule):
            raise RuleError(
                f"{source}: {getattr(spec, '__qualname__', spec)!r} is not a rule; "
                "decorate it with @govnews_extract.rules.rule(id, field=...)"
            )
        return [made]
    if isinstance(spec, Iterable):
        return [r for item in spec for r in _rules_of(item, source)]
    raise RuleError(
        f"{source}: a rule is a path of a .jsonl file, a dict, a Rule, a decorated function "
        f"or a RuleRegistry; got {type(spec).__name__}"
    )


def read_rule_file(path: str | Path) -> list[Rule]:
    """The rules of a JSON Lines file, one object a line; blank lines and ``//`` lines skipped.

    A lexicon rule's ``entries_file`` is read relative to the rule file's folder.
    """
    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise RuleError(f"{name}: rule file not found") from error
    except (OSError, UnicodeDecodeError) as error:
        raise RuleError(f"{name}: cannot read the rule file: {error}") from error
    return read_rule_lines(text, name, Path(path).parent)


def read_rule_lines(
    text: str, name: str, base: Path | Traversable, *, builtin: bool = False
) -> list[Rule]:
    """The rules of a rule file's text; ``name`` is how errors cite the file.

    ``builtin=True`` is for the package's own rule file, which may also use
    the ``stage`` kind, any lexicon and the computed fields.
    """
    rules = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("//"):
            continue
        source = RuleSource(file=name, line=number)
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as error:
            # The id cannot be parsed, but it can often be read: name it when it can.
            found = _RAW_ID.search(stripped)
            who = f" rule {found.group(1)!r}:" if found else ""
            raise RuleError(
                f"{source}:{who} not valid JSON ({error.msg} at column {error.colno}); "
                "each line must be one JSON object"
            ) from error
        rules.append(parse_rule(data, source, base=base, builtin=builtin))
    return rules


def parse_rule(
    data: Any,
    source: RuleSource = RuleSource(),
    *,
    base: Path | Traversable | None = None,
    builtin: bool = False,
) -> Rule:
    """One rule from its JSON object form, validated.

    ``base`` is the folder that a lexicon rule's ``entries_file`` is relative to
    (the current directory when ``None``).
    """
    if not isinstance(data, Mapping):
        raise RuleError(f"{source}: a rule must be a JSON object; got {type(data).__name__}")
    rule_id = data.get("id")
    where = f"{source}: rule {rule_id!r}" if rule_id is not None else f"{source}: rule without id"
    kind = data.get("kind")
    if kind is None:
        # spaCy EntityRuler / SpanRuler lines have no kind: infer it from the keys.
        kind = next((k for k in ("pattern", "regex", "lexicon") if k in data), None)
        if kind is None:
            raise RuleError(f"{where}: missing key 'kind' (one of {', '.join(_KINDS)})")
    if kind in _BUILTIN_KINDS and not builtin:
        raise RuleError(
            f"{where}: kind {kind!r} describes the package's own stages; user rules use one of "
            f"{', '.join(_KINDS)} (a user rule with a built-in id overrides that rule)"
        )
    if kind not in _KEYS:
        raise RuleError(f"{where}: unknown rule kind {kind!r}; use one of {', '.join(_KINDS)}")
    required, optional = _KEYS[kind]
    unknown = sorted(set(data) - required - optional)
    if unknown:
        raise RuleError(
            f"{where}: unknown key(s) {', '.join(map(repr, unknown))} for a {kind} rule; "
            f"allowed: {', '.join(sorted(required | optional))}"
        )
    missing = sorted(required - set(data))
    if missing:
        raise RuleError(
            f"{where}: missing key(s) {', '.join(map(repr, missing))} for a {kind} rule"
        )
    _check_id(rule_id, source)
    if kind == "disable":
        return Rule(
            id=rule_id, kind=kind, about=_check_about(data.get("about", ""), where), source=source
        )
    if kind == "lexicon":
        return _lexicon_rule(data, where, source, base, builtin)
    if kind == "stage":
        return _stage_rule(data, where, source, base)
    label = data["label"]
    if not isinstance(label, str) or not label:
        raise RuleError(f"{where}: 'label' must be a non-empty string")
    field_name = _check_field(data["field"], rule_id, source, label)
    about = _check_about(data.get("about", ""), where)
    common = {"id": rule_id, "kind": kind, "field": field_name, "label": label, "about": about}
    if kind == "pattern":
        return Rule(**common, pattern=_check_pattern(data["pattern"], where), source=source)
    return Rule(
        **common,
        regex=_check_regex(data["regex"], where),
        timeout=_check_timeout(data.get("timeout", DEFAULT_TIMEOUT), where),
        source=source,
    )


def _check_id(rule_id: Any, source: RuleSource) -> None:
    if not isinstance(rule_id, str) or not rule_id.strip():
        raise RuleError(f"{source}: rule {rule_id!r}: 'id' must be a non-empty string")


def _check_field(value: Any, rule_id: str, source: RuleSource, label: str = "") -> str:
    where = f"{source}: rule {rule_id!r}"
    if not isinstance(value, str):
        raise RuleError(f"{where}: 'field' must be a string; got {type(value).__name__}")
    if value in BUILTIN_FIELDS:
        if value == "terms" and label not in TERM_LABELS:
            raise RuleError(
                f"{where}: rules feeding 'terms' need label {' or '.join(map(repr, TERM_LABELS))}; "
                f"got {label!r}"
            )
        return value
    if value in _CLOSED_FIELDS:
        raise RuleError(
            f"{where}: field {value!r} is computed by the package and cannot be fed by rules; "
            f"use one of {', '.join(BUILTIN_FIELDS)} or a new field such as 'meetings'"
        )
    name = value.removeprefix("extras.")
    if name in BUILTIN_FIELDS or name in _CLOSED_FIELDS or not _NEW_FIELD.match(name):
        raise RuleError(
            f"{where}: unknown field {value!r}; use a built-in field "
            f"({', '.join(BUILTIN_FIELDS)}) or a new field name of lowercase letters, digits "
            "and underscores such as 'meetings' (also written 'extras.meetings')"
        )
    return f"extras.{name}"


def _check_pattern(value: Any, where: str) -> str | tuple[Mapping[str, Any], ...]:
    if isinstance(value, str):
        if not value:
            raise RuleError(f"{where}: 'pattern' must not be empty")
        return value
    if isinstance(value, Sequence) and value and all(isinstance(t, Mapping) for t in value):
        from spacy.matcher import Matcher
        from spacy.vocab import Vocab

        try:
            Matcher(Vocab(), validate=True).add("check", [list(value)])
        except Exception as error:  # spaCy raises ValueError/MatchPatternError
            message = " ".join(str(error).split())
            raise RuleError(f"{where}: bad token pattern: {message}") from error
        return tuple(MappingProxyType(dict(t)) for t in value)
    raise RuleError(
        f"{where}: 'pattern' must be a phrase string or a non-empty list of token objects "
        "(spaCy Matcher format)"
    )


def _check_regex(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value:
        raise RuleError(f"{where}: 'regex' must be a non-empty string")
    try:
        compiled = regex.compile(value)
    except regex.error as error:
        raise RuleError(f"{where}: regex {value!r} does not compile: {error}") from error
    reserved = sorted(set(compiled.groupindex) & set(RESERVED_DATA_KEYS))
    if reserved:
        raise RuleError(
            f"{where}: named group(s) {', '.join(map(repr, reserved))} clash with the output's "
            f"own keys ({', '.join(RESERVED_DATA_KEYS)}); rename them"
        )
    return value


def _check_timeout(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise RuleError(f"{where}: 'timeout' must be a number of seconds")
    if not 0 < value <= MAX_TIMEOUT:
        raise RuleError(f"{where}: 'timeout' must be more than 0 and at most {MAX_TIMEOUT:g} s")
    return float(value)


def _check_about(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise RuleError(f"{where}: 'about' must be a string")
    return value


def _lexicon_rule(
    data: Mapping[str, Any],
    where: str,
    source: RuleSource,
    base: Path | Traversable | None,
    builtin: bool,
) -> Rule:
    lexicon = data["lexicon"]
    if not isinstance(lexicon, str) or (not builtin and lexicon not in EXTENSIBLE_LEXICONS):
        raise RuleError(
            f"{where}: unknown lexicon {lexicon!r}; extensible lexicons: "
            f"{', '.join(EXTENSIBLE_LEXICONS)}"
        )
    if ("entries" in data) == ("entries_file" in data):
        raise RuleError(f"{where}: a lexicon rule needs exactly one of 'entries' or 'entries_file'")
    if "entries_file" in data:
        entries: Any = list(_read_entries_file(data["entries_file"], where, base))
        if not entries:
            raise RuleError(f"{where}: entries_file {data['entries_file']!r} has no entries")
    else:
        entries = data["entries"]
    if (
        not isinstance(entries, list)
        or not entries
        or not all(isinstance(e, str) and e.strip() for e in entries)
    ):
        raise RuleError(f"{where}: 'entries' must be a non-empty list of non-empty strings")
    return Rule(
        id=data["id"],
        kind="lexicon",
        lexicon=lexicon,
        entries=tuple(e.strip() for e in entries),
        about=_check_about(data.get("about", ""), where),
        source=source,
    )


def _resolve(relative: Any, key: str, where: str, base: Path | Traversable | None) -> Traversable:
    """``relative`` (a ``/``-separated path) under ``base``; no absolute paths, no ``..``."""
    parts = relative.split("/") if isinstance(relative, str) else []
    if not parts or relative.startswith("/") or any(p in ("", ".", "..") for p in parts):
        raise RuleError(
            f"{where}: {key!r} must be a relative path such as 'lists/posts.txt' "
            f"(no '..', not absolute); got {relative!r}"
        )
    node: Path | Traversable = base if base is not None else Path.cwd()
    for part in parts:
        node = node.joinpath(part)
    return node


def _read_entries_file(
    relative: Any, where: str, base: Path | Traversable | None
) -> tuple[str, ...]:
    """A lexicon file's entries: one a line, ``#`` comments (the packaged lexicons' format)."""
    from ..lexicons import parse_lexicon

    node = _resolve(relative, "entries_file", where, base)
    try:
        return parse_lexicon(node.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise RuleError(f"{where}: entries_file {relative!r} not found (at {node})") from error
    except (OSError, UnicodeDecodeError) as error:
        raise RuleError(f"{where}: cannot read entries_file {relative!r}: {error}") from error


def _stage_rule(
    data: Mapping[str, Any], where: str, source: RuleSource, base: Path | Traversable | None
) -> Rule:
    stage, fields = data["stage"], data["fields"]
    if not isinstance(stage, str) or not stage:
        raise RuleError(f"{where}: 'stage' must be a component name")
    if not isinstance(fields, list) or not all(isinstance(f, str) and f for f in fields):
        raise RuleError(f"{where}: 'fields' must be a list of field names")
    patterns = None
    if "patterns_file" in data:
        node = _resolve(data["patterns_file"], "patterns_file", where, base)
        try:
            patterns = json.loads(node.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise RuleError(f"{where}: cannot read patterns_file: {error}") from error
        if not isinstance(patterns, dict):
            raise RuleError(f"{where}: patterns_file must hold a JSON object")
    return Rule(
        id=data["id"],
        kind="stage",
        stage=stage,
        fields=tuple(fields),
        patterns=MappingProxyType(patterns) if patterns is not None else None,
        about=_check_about(data["about"], where),
        source=source,
    )


def lexicon_entries(rules: Iterable[Rule]) -> dict[str, tuple[str, ...]]:
    """Extra entries of the ``lexicon`` rules, merged per lexicon, in rule order."""
    merged: dict[str, dict[str, None]] = {}
    for item in rules:
        if item.kind == "lexicon" and item.lexicon is not None:
            merged.setdefault(item.lexicon, {}).update(dict.fromkeys(item.entries))
    return {name: tuple(words) for name, words in merged.items()}
