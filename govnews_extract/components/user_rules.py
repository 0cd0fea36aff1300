"""spaCy component ``govnews_user_rules``: run the user's rules after the built-in stages.

Matches of rules feeding a built-in field (``organizations``, ``places``,
``people``, ``terms``) are added to that field with the user's rule id; new
fields go under ``extras.<name>``. ``disable`` rules remove the matches of
the built-in rule they name (``dates`` removes every ``date.*`` rule's), and
a user rule with a built-in rule's id replaces that rule's matches with its
own. Overlapping user matches in one field are
resolved deterministically: longest first, then the earlier rule in the list,
then the earlier start. A user match with exactly the span of a built-in match
in the same field replaces it.

A regex rule runs with its timeout; a rule that times out or fails adds a
warning to the article and is skipped for that document only.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import regex
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from ..lexicons import load_lexicon
from ..rules.builtin import replaced_match_ids
from ..rules.loading import RESERVED_DATA_KEYS, Rule
from ..state import DocState, Match, doc_state, fold_width, script_fold_table

logger = logging.getLogger(__name__)

_EMPTY: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True)
class RuleHit:
    """One match of one user rule, before precedence is applied."""

    rule: Rule
    order: int
    start: int
    end: int
    label: str
    data: Mapping[str, Any]


class UserRuleMatcher:
    """spaCy component: applies a fixed tuple of validated user rules."""

    def __init__(self, nlp: Language, name: str = "govnews_user_rules") -> None:
        self.name = name
        self.vocab = nlp.vocab
        self.rules: tuple[Rule, ...] = ()
        self._regexes: dict[str, regex.Pattern] = {}
        self._phrases: dict[str, regex.Pattern] = {}
        self._matcher: Matcher | None = None
        self._disabled: frozenset[str] = frozenset()

    def set_rules(self, rules: Sequence[Rule]) -> None:
        """Compile ``rules`` (already validated by ``rules.load_rules``)."""
        self.rules = tuple(rules)
        # Rules match the folded text: traditional characters read as simplified, full-width
        # ASCII as half-width (立法會 and 立法会, Ｇ２０ and G20 alike, same offsets); a rule
        # written in traditional characters is read the same way.
        script = script_fold_table(load_lexicon("traditional_characters"))
        self._regexes = {
            r.id: regex.compile(r.regex.translate(script))
            for r in rules
            if r.kind == "regex" and r.regex
        }
        # Phrase strings match on characters, so the segmentation cannot make them miss.
        self._phrases = {
            r.id: regex.compile(regex.escape(fold_width(r.pattern.translate(script))))
            for r in rules
            if r.kind == "pattern" and isinstance(r.pattern, str)
        }
        token_rules = [r for r in rules if r.kind == "pattern" and not isinstance(r.pattern, str)]
        self._matcher = None
        if token_rules:
            self._matcher = Matcher(self.vocab, validate=True)
            for r in token_rules:
                self._matcher.add(r.id, [[dict(t) for t in r.pattern]])  # type: ignore[union-attr]
        # Built-in matches that a disable rule removes or a rule with the same id replaces.
        self._disabled = replaced_match_ids(self.rules)

    def __call__(self, doc: Doc) -> Doc:
        if not self.rules:
            return doc
        state = doc_state(doc)
        if self._disabled:
            for field_name, matches in list(state.matches.items()):
                kept = [m for m in matches if m.rule_id not in self._disabled]
                if len(kept) != len(matches):
                    state.matches[field_name] = kept
        hits = list(self.find(doc, state))
        apply_hits(state, hits)
        return doc

    def find(self, doc: Doc, state: DocState) -> Iterator[RuleHit]:
        """Every hit of every matching rule, unresolved; failures become warnings."""
        token_hits: dict[str, list[tuple[int, int]]] = {}
        if self._matcher is not None:
            for match_id, start, end in self._matcher(doc):
                span = doc[start:end]
                token_hits.setdefault(self.vocab.strings[match_id], []).append(
                    (span.start_char, span.end_char)
                )
        for order, rule in enumerate(self.rules):
            if rule.field is None:
                continue
            try:
                if rule.kind == "regex":
                    yield from self._regex_hits(rule, order, state)
                elif rule.kind == "pattern" and rule.id in self._phrases:
                    for hit in self._phrases[rule.id].finditer(state.folded):
                        yield RuleHit(rule, order, hit.start(), hit.end(), rule.label, _EMPTY)
                elif rule.kind == "pattern":
                    for start, end in token_hits.get(rule.id, ()):
                        yield RuleHit(rule, order, start, end, rule.label, _EMPTY)
                elif rule.kind == "python" and rule.function is not None:
                    yield from list(_python_hits(rule, order, doc, len(state.text)))
            except TimeoutError:
                state.warnings.append(f"rule {rule.id!r} timed out after {rule.timeout:g} s")
            except Exception as error:  # a user's rule must not stop the article
                logger.debug("rule %r failed", rule.id, exc_info=True)
                state.warnings.append(f"rule {rule.id!r} failed: {type(error).__name__}: {error}")

    def _regex_hits(self, rule: Rule, order: int, state: DocState) -> Iterator[RuleHit]:
        found = []
        # One deadline for the whole document: the timeout bounds the rule's total time.
        for hit in self._regexes[rule.id].finditer(state.folded, timeout=rule.timeout):
            if hit.end() > hit.start():
                data = {k: v for k, v in hit.groupdict().items() if v is not None}
                found.append(RuleHit(rule, order, hit.start(), hit.end(), rule.label, data))
        yield from found


def _python_hits(rule: Rule, order: int, doc: Doc, length: int) -> Iterator[RuleHit]:
    for item in rule.function(doc):  # type: ignore[misc]
        start, end, label, data = _unpack(item)
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= length):
            raise ValueError(f"returned offsets {start!r}:{end!r} outside the text (0:{length})")
        if data is not None and not isinstance(data, Mapping):
            raise ValueError(f"returned data of type {type(data).__name__}; expected a dict")
        clash = sorted(set(data or {}) & set(RESERVED_DATA_KEYS))
        if clash:
            raise ValueError(f"returned data keys {clash} that clash with the output's own keys")
        yield RuleHit(rule, order, start, end, label or rule.label, dict(data or {}))


def _unpack(item: Any) -> tuple[Any, Any, Any, Any]:
    if isinstance(item, tuple) and 2 <= len(item) <= 4:
        padded = (*item, None, None)
        return padded[0], padded[1], padded[2], padded[3]
    raise ValueError(f"returned {item!r}; expected (start, end, label, data)")


def resolve(hits: Iterable[RuleHit]) -> list[RuleHit]:
    """Non-overlapping hits of one field: longest first, then earlier rule, then earlier start."""
    kept: list[RuleHit] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.order, h.start)):
        if not any(k.start < hit.end and hit.start < k.end for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: (h.start, h.end))


def apply_hits(state: DocState, hits: Iterable[RuleHit]) -> None:
    by_field: dict[str, list[RuleHit]] = {}
    for hit in hits:
        by_field.setdefault(hit.rule.field, []).append(hit)  # type: ignore[arg-type]
    for field_name, field_hits in by_field.items():
        chosen = resolve(field_hits)
        spans = {(h.start, h.end) for h in chosen}
        builtin = [m for m in state.get(field_name) if (m.start, m.end) not in spans]
        extras = field_name.startswith("extras.")
        new = [
            Match(
                field_name,
                h.start,
                h.end,
                state.text[h.start : h.end],
                h.rule.id,
                h.label,
                # Built-in fields read their own data keys; only new fields carry the rule's.
                MappingProxyType(dict(h.data)) if extras and h.data else _EMPTY,
            )
            for h in chosen
        ]
        state.replace(field_name, [*builtin, *new])


@Language.factory("govnews_user_rules", assigns=["doc._.govnews"])
def make_user_rule_matcher(nlp: Language, name: str) -> UserRuleMatcher:
    """An empty rule stage; ``build_pipeline(rules=...)`` gives it its rules."""
    return UserRuleMatcher(nlp, name)
