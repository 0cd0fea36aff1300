"""Terms: titles in 《》 and quoted slogans or coined terms without sentence punctuation."""

from __future__ import annotations

from dataclasses import dataclass

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..rules.builtin import builtin_patterns
from ..state import DocState, Match, doc_state

FIELD = "terms"


@dataclass(frozen=True)
class MarkPair:
    rule_id: str
    label: str
    pattern: regex.Pattern
    inside_only: str | None


def load_mark_pairs() -> tuple[tuple[MarkPair, ...], frozenset[str], int]:
    """Mark pairs, sentence punctuation and length limit: built-in rule ``terms``."""
    config = builtin_patterns("terms")
    pairs = []
    for pair in config["rules"]:
        opening, closing = regex.escape(pair["open"]), regex.escape(pair["close"])
        pattern = regex.compile(f"{opening}([^{opening}{closing}\\n]+){closing}")
        pairs.append(MarkPair(pair["id"], pair["label"], pattern, pair.get("inside_only")))
    return tuple(pairs), frozenset(config["sentence_punctuation"]), int(config["max_length"])


def match_terms(
    state: DocState,
    pairs: tuple[MarkPair, ...],
    sentence_punctuation: frozenset[str],
    max_length: int,
) -> list[Match]:
    """Every marked term, inner ones included; quotes with sentence punctuation are left out."""
    found: list[Match] = []
    for pair in pairs:
        for hit in pair.pattern.finditer(state.text, overlapped=True):
            start, end = hit.span(1)
            inner = hit.group(1)
            if not inner.strip() or len(inner) > max_length:
                continue
            if pair.label == "quoted" and any(ch in sentence_punctuation for ch in inner):
                continue
            if pair.inside_only and not any(
                m.label == pair.inside_only and m.start <= start and end <= m.end for m in found
            ):
                continue
            found.append(Match(FIELD, start, end, inner, pair.rule_id, pair.label))
    return sorted(found, key=lambda m: (m.start, -m.end))


class TermMatcher:
    """spaCy component: records terms under ``doc._.govnews.matches['terms']``."""

    def __init__(self) -> None:
        self.pairs, self.sentence_punctuation, self.max_length = load_mark_pairs()

    def __call__(self, doc: Doc) -> Doc:
        state = doc_state(doc)
        state.replace(
            FIELD, match_terms(state, self.pairs, self.sentence_punctuation, self.max_length)
        )
        return doc


@Language.factory("govnews_terms", assigns=["doc._.govnews"])
def make_term_matcher(nlp: Language, name: str) -> TermMatcher:
    return TermMatcher()
