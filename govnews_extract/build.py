"""Turn a finished ``Doc`` into an ``Article``: the one place output models are made."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from decimal import Decimal
from typing import Any

from spacy.tokens import Doc

from .models import (
    Article,
    DateExpression,
    ExtraMatch,
    Figure,
    Mention,
    Organization,
    Person,
    Place,
    Statement,
    Term,
    Title,
)
from .state import DocState, Match, doc_state


def mention_of(match: Match) -> Mention:
    return Mention(start=match.start, end=match.end, text=match.text, rule_id=match.rule_id)


def group_in_order(matches: Iterable[Match], key: Callable[[Match], Hashable]) -> list[list[Match]]:
    """Matches grouped by ``key``, groups in order of first appearance."""
    groups: dict[Hashable, list[Match]] = {}
    for match in sorted(matches, key=lambda m: (m.start, m.end)):
        groups.setdefault(key(match), []).append(match)
    return list(groups.values())


def build_article(doc: Doc) -> Article:
    """The article's fields, read from ``doc._.govnews``."""
    state = doc_state(doc)
    full_names = _full_names(m.text for m in state.get("people"))
    statements = build_statements(state, full_names)
    speakers = {s.speaker for s in statements if s.speaker_kind == "person"}
    return Article(
        id=state.article_id,
        published=state.published,
        title=state.title,
        text=state.text,
        people=build_people(state, speakers, full_names),
        organizations=[
            Organization(name=group[0].text, mentions=[mention_of(m) for m in group])
            for group in group_in_order(state.get("organizations"), lambda m: m.text)
        ],
        places=[
            Place(name=group[0].text, mentions=[mention_of(m) for m in group])
            for group in group_in_order(state.get("places"), lambda m: m.text)
        ],
        dates=build_dates(state),
        figures=build_figures(state),
        statements=statements,
        terms=[
            Term(text=group[0].text, kind=group[0].label, mentions=[mention_of(m) for m in group])
            for group in group_in_order(state.get("terms"), lambda m: m.text)
        ],
        extras=build_extras(state),
        warnings=list(dict.fromkeys(state.warnings)),
    )


def build_people(
    state: DocState, speakers: set[str], full_names: Mapping[str, str]
) -> list[Person]:
    """People under their full names (a short form's mentions join them, GOLD.md)."""
    people = []
    for group in group_in_order(state.get("people"), lambda m: full_names.get(m.text, m.text)):
        name = full_names.get(group[0].text, group[0].text)
        titles: dict[str, list[Match]] = {}
        roles: list[str] = []
        for match in group:
            for title in match.data.get("titles", ()):
                titles.setdefault(title.text, []).append(title)
                if title.rule_id == "byline" and "byline" not in roles:
                    roles.append("byline")
            for role in match.data.get("roles", ()):
                if role not in roles:
                    roles.append(role)
        if name in speakers and "spoke" not in roles:
            roles.append("spoke")
        people.append(
            Person(
                name=name,
                titles=[build_title(state, same) for same in titles.values()],
                roles=roles,
                mentions=[mention_of(m) for m in group],
            )
        )
    return people


def _full_names(names: Iterable[str]) -> dict[str, str]:
    """Short forms of transliterated names mapped to the full name (塔苏拉斯 → …·塔苏拉斯)."""
    names = set(names)
    mapping = {}
    for full in names:
        if "·" in full:
            for part in full.split("·"):
                if part in names and part != full:
                    mapping[part] = full
    return mapping


def build_title(state: DocState, matches: list[Match]) -> Title:
    first = matches[0]
    organization_span = first.data.get("organization")
    organization = state.text[slice(*organization_span)] if organization_span else None
    return Title(
        text=first.text,
        organization=organization,
        post=first.data.get("post"),
        qualifiers=list(first.data.get("qualifiers", ())),
        mentions=[mention_of(m) for m in _unique_spans(matches)],
    )


def _unique_spans(matches: list[Match]) -> list[Match]:
    seen: dict[tuple[int, int], Match] = {}
    for match in matches:
        seen.setdefault((match.start, match.end), match)
    return list(seen.values())


def build_dates(state: DocState) -> list[DateExpression]:
    dates = []
    for group in group_in_order(state.get("dates"), lambda m: (m.text, m.data.get("value"))):
        data = group[0].data
        dates.append(
            DateExpression(
                text=group[0].text,
                value=data.get("value"),
                start_date=data.get("start"),
                end_date=data.get("end"),
                precision=data.get("precision"),
                year_source=data.get("year_source"),
                mentions=[mention_of(m) for m in group],
            )
        )
    return dates


def build_figures(state: DocState) -> list[Figure]:
    figures = []
    for group in group_in_order(
        state.get("figures"), lambda m: (m.text, str(m.data.get("value")), m.data.get("unit"))
    ):
        data = group[0].data
        value = data.get("value")
        figures.append(
            Figure(
                text=group[0].text,
                value=Decimal(str(value)) if value is not None else None,
                unit=data.get("unit"),
                base_unit=data.get("base_unit"),
                multiplier=data.get("multiplier"),
                qualifier=data.get("qualifier"),
                metric=data.get("metric"),
                subject=data.get("subject"),
                range=data.get("range"),
                range_text=data.get("range_text"),
                mentions=[mention_of(m) for m in group],
            )
        )
    return figures


def build_statements(state: DocState, full_names: Mapping[str, str]) -> list[Statement]:
    """Statements; a person speaking under a short form of a name the article writes in
    full (戈德伯格 of 杰弗里·戈德伯格) is named in full, as in the people list."""
    statements = []
    for match in state.get("statements"):
        data: dict[str, Any] = dict(match.data)
        speaker_span = data.get("speaker_span")
        speaker_mention = None
        if speaker_span:
            start, end = speaker_span
            speaker_mention = Mention(
                start=start, end=end, text=state.text[start:end], rule_id=match.rule_id
            )
        statements.append(
            Statement(
                speaker=(
                    full_names.get(data["speaker"], data["speaker"])
                    if data["speaker_kind"] == "person"
                    else data["speaker"]
                ),
                speaker_kind=data["speaker_kind"],
                kind=match.label,
                verb=data.get("verb"),
                text=match.text,
                start=match.start,
                end=match.end,
                speaker_mention=speaker_mention,
                rule_id=match.rule_id,
            )
        )
    return statements


def build_extras(state: DocState) -> dict[str, list[ExtraMatch]]:
    extras: dict[str, list[ExtraMatch]] = {}
    for field_name, matches in state.matches.items():
        if not field_name.startswith("extras."):
            continue
        extras[field_name.removeprefix("extras.")] = [
            ExtraMatch(
                text=m.text, start=m.start, end=m.end, label=m.label, rule_id=m.rule_id, **m.data
            )
            for m in matches
        ]
    return extras
