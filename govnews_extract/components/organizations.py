"""Organisations written anywhere in the text, at their longest extent.

A name opens with a level or place (``省``, ``中央``, ``江西``) or a known body
(``人民银行``) and ends in an organ word (``厅``, ``领导小组``, ``办``) at a word
boundary; generic references (``有关部门``, ``全省法院``) are left out.
Names found inside titles by the people stage are kept.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicons import load_lexicon
from ..patterns import compiled_fragment
from ..state import DocState, Match, doc_state
from .tokens import TokenBoundaries

FIELD = "organizations"


class OrganizationMatcher:
    """spaCy component: organisation names under ``matches['organizations']``."""

    def __init__(self) -> None:
        self.pattern = compiled_fragment("ORG")
        self.generic_prefix = compiled_fragment("GENERIC_PREFIX")
        self.generic_names = frozenset(load_lexicon("generic_organizations"))
        self.max_generic_prefix = max(map(len, load_lexicon("generic_prefixes")), default=1)

    def is_generic(self, text: str, start: int, end: int) -> bool:
        if text[start:end] in self.generic_names:
            return True
        for length in range(1, self.max_generic_prefix + 1):
            if start - length >= 0 and self.generic_prefix.fullmatch(text, start - length, start):
                return True
        return False

    def match(self, state: DocState, boundaries: TokenBoundaries) -> list[Match]:
        text = state.folded
        found: list[Match] = []
        position = 0
        inside_terms = [(m.start, m.end) for m in state.get("terms")]
        while True:
            hit = self.pattern.search(text, position)
            if hit is None:
                break
            start = hit.start()
            end = self._longest_valid_end(text, start, hit.end(), boundaries)
            if end is None or not boundaries.is_start(start):
                position = start + 1
                continue
            position = end
            if self.is_generic(text, start, end):
                continue
            if any(s <= start and end <= e for s, e in inside_terms):
                continue
            found.append(Match(FIELD, start, end, state.text[start:end], "organization_pattern",
                               "organization"))
        return found

    def _longest_valid_end(
        self, text: str, start: int, end: int, boundaries: TokenBoundaries
    ) -> int | None:
        for candidate in boundaries.ends_within(start, end):
            if self.pattern.fullmatch(text, start, candidate):
                return candidate
        return None

    def __call__(self, doc: Doc) -> Doc:
        state = doc_state(doc)
        found = self.match(state, TokenBoundaries(doc))
        existing = state.get(FIELD)
        merged = list(existing)
        for match in found:
            if not any(m.start == match.start and m.end == match.end for m in existing):
                merged.append(match)
        state.replace(FIELD, merged)
        return doc


@Language.factory("govnews_organizations", assigns=["doc._.govnews"])
def make_organization_matcher(nlp: Language, name: str) -> OrganizationMatcher:
    return OrganizationMatcher()

