"""Find figures: numbers with a unit, measure word or ``%``.

The rules live in ``resources/patterns/figures.json`` and the unit lists in
``lexicons/units.txt`` and ``lexicons/measure_words.txt``. Matching runs in
small steps, each a function:

1. ``_find_candidates``: every rule on the width-folded text, longest match
   first, minus what is inside a title, quoted term, URL or date, or an idiom
   from ``lexicons/not_figures.txt`` (``一批``, ``一手``…), or a vague
   amount (``两三个``, ``三五年``, ``几十个``, ``数百人``, ``上千家``: an
   approximation is not a figure, and never 23 or 35);
2. ``_add_shared_units``: numbers of a list or range that share the unit
   written after the last one (``0.1、0.4和0.9个百分点``);
3. ``_drop_non_quantities``: spans (``三年来``), legal brackets
   (``10年以上有期徒刑``, ``5至10年有期徒刑``) and vague ranges
   (``1个月至5年不等``);
4. ``_build_match``: value, unit, qualifier, metric and subject.

Each match has field ``figures``, label = kind (``percent``, ``money``,
``duration``, ``count``, ``quantity``) and ``data`` with ``value``
(``Decimal``, fully expanded), ``unit`` (as written, magnitude words
included), ``base_unit``, ``multiplier``, ``qualifier``, ``metric``,
``subject``, ``kind`` and ``shared_unit``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache
from itertools import pairwise
from types import MappingProxyType
from typing import Any

import regex
from spacy.language import Language
from spacy.tokens import Doc

from govnews_extract.components.dates import (
    expand_fragments,
    match_dates,
    shielded_spans,
)
from govnews_extract.components.spans import Coverage
from govnews_extract.lexicons import load_lexicon
from govnews_extract.normalize.figures import (
    and_a_half,
    compound_duration,
    parse_percent_words,
    parse_tenths,
    race_seconds,
)
from govnews_extract.normalize.numbers import magnitude_of, parse_number, tidy_decimal
from govnews_extract.rules.builtin import builtin_patterns
from govnews_extract.state import DocState, Match, doc_state

FIELD = "figures"
FIELD_DATES = "dates"
_SENTENCE_END = regex.compile(r"[。;；!！?？\n]")


@dataclass(frozen=True, slots=True)
class FigureRule:
    """One compiled figure rule; ``kind`` names how its groups become a value."""

    rule_id: str
    kind: str
    label: str | None
    pattern: regex.Pattern[str]


@dataclass(frozen=True, slots=True)
class Contextual:
    """A figure kept only in some contexts (``一起`` counts cases, not "together")."""

    text: str
    keep_before: regex.Pattern[str]
    keep_after: regex.Pattern[str]


@dataclass(frozen=True, slots=True)
class FigureRules:
    """Everything the figure matcher needs, compiled once and immutable."""

    rules: tuple[FigureRule, ...]
    not_units: tuple[str, ...]
    restricted_units: Mapping[str, regex.Pattern[str]]
    bare_magnitude: regex.Pattern[str]
    percent_units: frozenset[str]
    money_units: frozenset[str]
    time_units: frozenset[str]
    measure_words: frozenset[str]
    article_before: regex.Pattern[str]
    pre_qualifier: regex.Pattern[str]
    post_qualifier: regex.Pattern[str]
    span_before: regex.Pattern[str]
    span_after: regex.Pattern[str]
    programme_after: regex.Pattern[str]
    legal_threshold_after: regex.Pattern[str]
    legal_after: regex.Pattern[str]
    vague_range_after: regex.Pattern[str]
    list_tail: regex.Pattern[str]
    range_seps: tuple[str, ...]
    contextual: tuple[Contextual, ...]
    metric: regex.Pattern[str]
    subject_boundary: regex.Pattern[str]
    subject_max: int
    subject_lead: regex.Pattern[str]
    subject_link: regex.Pattern[str]
    subject_tail: regex.Pattern[str]
    not_figures: tuple[str, ...]
    vague_amount: regex.Pattern[str]
    session_number: regex.Pattern[str]


def _alternation(words: Sequence[str]) -> str:
    """A regex alternation trying longer words first.

    >>> _alternation(["个", "个百分点", "%"])
    '(?:个百分点|个|%)'
    """
    ordered = sorted(dict.fromkeys(words), key=lambda w: (-len(w), words.index(w)))
    return "(?:" + "|".join(regex.escape(w) for w in ordered) + ")"


@cache
def load_figure_rules() -> FigureRules:
    """Compile ``patterns/figures.json``; cached because the result is immutable."""
    spec = builtin_patterns("figures")
    measure_words = load_lexicon("measure_words")
    fragments = dict(spec["fragments"])
    fragments["units"] = _alternation([*load_lexicon("units"), *measure_words])

    def compile_(template: str) -> regex.Pattern[str]:
        return regex.compile(expand_fragments(template, fragments))

    return FigureRules(
        rules=tuple(
            FigureRule(r["id"], r["kind"], r.get("label"), compile_(r["pattern"]))
            for r in spec["rules"]
        ),
        not_units=tuple(spec["not_units"]),
        restricted_units=MappingProxyType(
            {unit: regex.compile(p) for unit, p in spec["restricted_units"].items()}
        ),
        bare_magnitude=regex.compile(spec["bare_magnitude"]),
        percent_units=frozenset(spec["percent_units"]),
        money_units=frozenset(spec["money_units"]),
        time_units=frozenset(spec["time_units"]),
        measure_words=frozenset(measure_words),
        article_before=compile_(spec["article_before"]),
        pre_qualifier=compile_(spec["pre_qualifier"]),
        post_qualifier=compile_(spec["post_qualifier"]),
        span_before=compile_(spec["span_before"]),
        span_after=compile_(spec["span_after"]),
        programme_after=compile_(spec["programme_after"]),
        legal_threshold_after=compile_(spec["legal_threshold_after"]),
        legal_after=compile_(spec["legal_after"]),
        vague_range_after=compile_(spec["vague_range_after"]),
        list_tail=compile_(spec["list_tail"]),
        range_seps=tuple(spec["range_seps"]),
        contextual=tuple(
            Contextual(c["text"], compile_(c["keep_before"]), compile_(c["keep_after"]))
            for c in spec["contextual"]
        ),
        metric=compile_(spec["metric"]),
        subject_boundary=compile_(spec["subject_boundary"]),
        subject_max=int(spec["subject_max"]),
        subject_lead=compile_(spec["subject_lead"]),
        subject_link=compile_(spec["subject_link"]),
        subject_tail=compile_(spec["subject_tail"]),
        not_figures=load_lexicon("not_figures"),
        vague_amount=compile_(spec["vague_amount"]),
        session_number=compile_(spec["session_number"]),
    )


@dataclass(slots=True)
class _Figure:
    """A figure in the making (mutable only inside one ``match_figures`` call)."""

    start: int
    end: int
    num_start: int
    num_end: int
    rule: FigureRule
    value: Decimal
    unit: str
    base_unit: str | None
    multiplier: int
    inner: str | None = None
    head: _Figure | None = None  # the figure whose unit this list member shares
    members: list[_Figure] = field(default_factory=list)


def _group(m: regex.Match[str], name: str) -> str:
    return (m.group(name) if name in m.re.groupindex else None) or ""


def _from_match(
    m: regex.Match[str], rule: FigureRule, text: str, rules: FigureRules
) -> _Figure | None:
    """Turn one rule match into a figure, or None if it is not a quantity."""
    try:
        return _figure_from_match(m, rule, text, rules)
    except ValueError:
        return None  # an approximation (两三) or no number at all


def _figure_from_match(
    m: regex.Match[str], rule: FigureRule, text: str, rules: FigureRules
) -> _Figure | None:
    if rule.kind == "percent_words":
        value, unit = parse_percent_words(m.group("all"))
        return _Figure(m.start(), m.end(), m.start(), m.end(), rule, value, unit, unit, 1)
    if rule.kind == "tenths":
        value = parse_tenths(m.group("num"))
        return _Figure(m.start(), m.end(), m.start("num"), m.end("num"), rule, value, "%", "%", 1)
    if rule.kind == "race_time":
        value = race_seconds(m.group("minutes"), m.group("seconds"), m.group("hundredths"))
        return _Figure(m.start(), m.end(), m.start(), m.end(), rule, value, "秒", "秒", 1)
    if rule.kind == "compound_duration":
        value = compound_duration(m.group("years"), m.group("months"))
        return _Figure(m.start(), m.end(), m.start(), m.end(), rule, value, "年", "年", 1)
    if rule.kind == "and_half":
        value = and_a_half(m.group("num"))
        unit = _group(m, "pre") + m.group("unit")
        return _Figure(m.start(), m.end(), m.start(), m.end(), rule, value, unit, unit, 1)
    if rule.kind == "counted_more":  # 4个多月: 4 个月, with 多 as its qualifier
        value = tidy_decimal(parse_number(m.group("num")))
        unit = m.group("pre") + m.group("unit")
        return _Figure(
            m.start(), m.end(), m.start("num"), m.end("num"), rule, value, unit, unit, 1,
            m.group("inner"),
        )  # fmt: skip
    num, mag, unit = m.group("num"), _group(m, "mag"), _group(m, "unit")
    if rules.bare_magnitude.match(num):
        return None  # 百年, 万人, 千家: idiom, not a count
    if unit in rules.restricted_units and not rules.restricted_units[unit].search(num):
        return None  # 两大 counts, 十九大 and 一大 do not
    unit_start = m.start("unit") if unit else m.end()
    if unit and any(text.startswith(w, unit_start) for w in rules.not_units):
        return None
    if unit and text.startswith(unit, m.end()) and len(unit) == 1:
        return None  # 一个个, 一次次
    if num == "一" and unit and text.startswith("一", m.end()):
        return None  # 一户一策, 一年一度
    if num == "一" and rules.article_before.search(text, max(0, m.start() - 3), m.start()):
        return None  # 是一个, 的一次: an indefinite article, not a count
    if unit == "年" and not mag and num.isdigit() and len(num) == 4 and num[:2] in ("19", "20"):
        return None  # a year, not a duration
    inner = _group(m, "inner") or _group(m, "inner2") or None
    multiplier = magnitude_of(mag)
    value = tidy_decimal(parse_number(num) * multiplier)
    return _Figure(
        m.start(), m.end(), m.start("num"), m.end("num"), rule, value,
        mag + unit, unit or None, multiplier, inner,
    )  # fmt: skip


def _blocked_spans(state: DocState, rules: FigureRules) -> list[tuple[int, int]]:
    """Titles, quoted terms, URLs, dates, idioms and vague amounts: no figure inside."""
    if FIELD_DATES in state.matches:
        dates = state.get(FIELD_DATES)
    else:
        scratch = replace(state, matches=dict(state.matches), warnings=[])
        dates = match_dates(scratch)
    spans = shielded_spans(state) + [(d.start, d.end) for d in dates]
    text = state.folded
    spans += [(m.start(), m.end()) for m in rules.vague_amount.finditer(text)]
    spans += [(m.start(), m.end()) for m in rules.session_number.finditer(text)]
    for phrase in rules.not_figures:
        start = text.find(phrase)
        while start != -1:
            spans.append((start, start + len(phrase)))
            start = text.find(phrase, start + 1)
    return spans


def _keep_in_context(fig: _Figure, text: str, rules: FigureRules) -> bool:
    surface = text[fig.start : fig.end]
    for ctx in rules.contextual:
        if surface == ctx.text:
            return bool(
                ctx.keep_before.search(text, max(0, fig.start - 6), fig.start)
                or ctx.keep_after.match(text, fig.end)
            )
    return True


def _find_candidates(state: DocState, rules: FigureRules) -> list[_Figure]:
    text = state.folded
    found: list[tuple[int, _Figure]] = []
    for order, rule in enumerate(rules.rules):
        for m in rule.pattern.finditer(text):
            fig = _from_match(m, rule, text, rules)
            if fig is not None:
                found.append((order, fig))
    chosen: list[_Figure] = []
    taken_by_chosen = Coverage(len(text))
    for _, fig in sorted(found, key=lambda p: (p[1].start - p[1].end, p[0], p[1].start)):
        if not taken_by_chosen.overlaps(fig.start, fig.end):
            chosen.append(fig)
            taken_by_chosen.add(fig.start, fig.end)
    blocked = Coverage(len(text), _blocked_spans(state, rules))
    return sorted(
        (
            f
            for f in chosen
            if not blocked.overlaps(f.start, f.end) and _keep_in_context(f, text, rules)
        ),
        key=lambda f: f.start,
    )


def _add_shared_units(figs: list[_Figure], state: DocState, rules: FigureRules) -> list[_Figure]:
    """Bare numbers listed before a figure take its unit: ``0.1、0.4和0.9个百分点``,
    ``一至二成`` (tenths: 10 and 20 %)."""
    text = state.folded
    taken = Coverage(len(text), [(f.start, f.end) for f in figs])
    blocked = Coverage(len(text), shielded_spans(state))
    added: list[_Figure] = []
    for head in figs:
        if head.rule.kind not in ("number", "tenths"):
            continue
        pos = head.num_start
        while True:
            m = rules.list_tail.search(text, max(0, pos - 30), pos)
            if m is None or taken.overlaps(m.start(), m.end()):
                break
            if blocked.overlaps(m.start(), m.end()):
                break
            try:
                if head.rule.kind == "tenths":
                    value = parse_tenths(m.group("num"))
                else:
                    value = tidy_decimal(parse_number(m.group("num")) * head.multiplier)
            except ValueError:
                break
            member = _Figure(
                m.start("num"), m.end("num"), m.start("num"), m.end("num"), head.rule,
                value, head.unit, head.base_unit,
                head.multiplier, head=head,
            )  # fmt: skip
            head.members.append(member)
            added.append(member)
            taken.add(m.start(), m.end())
            pos = member.num_start
    return sorted(figs + added, key=lambda f: f.start)


def _range_partner(
    fig: _Figure, by_end: dict[int, list[_Figure]], text: str, rules: FigureRules
) -> _Figure | None:
    """The figure that starts the range ``fig`` ends (``1个月`` in ``1个月至5年``)."""
    for separator in rules.range_seps:
        for other in by_end.get(fig.num_start - len(separator), ()):
            if other.end <= fig.start and text[other.end : fig.num_start] == separator:
                return other
    return None


def _drop_non_quantities(figs: list[_Figure], text: str, rules: FigureRules) -> list[_Figure]:
    """Remove spans of time, campaigns and plans (三年行动), legal brackets and vague ranges,
    with their partners."""
    dropped: set[int] = set()
    by_end: dict[int, list[_Figure]] = {}
    for fig in figs:
        by_end.setdefault(fig.end, []).append(fig)
    for fig in figs:
        if fig.head is not None:
            continue
        after = fig.end
        partners = list(fig.members)
        partner = _range_partner(fig, by_end, text, rules)
        if partner is not None:
            partners.append(partner)
        ranged = bool(partners) and (
            any(text[m.end : m.end + 2].startswith(tuple(rules.range_seps)) for m in fig.members)
            or partner is not None
        )
        if fig.base_unit in rules.time_units and (
            rules.span_after.match(text, after)
            or rules.programme_after.match(text, after)
            or rules.span_before.search(text, max(0, fig.start - 3), fig.start)
        ):
            dropped.add(id(fig))
        elif rules.legal_threshold_after.match(text, after) or (
            ranged and rules.legal_after.match(text, after)
        ):
            dropped.update(id(f) for f in [fig, *partners])
        elif rules.vague_range_after.match(text, after):
            dropped.update(id(f) for f in [fig, *partners])
    return [f for f in figs if id(f) not in dropped]


def _kind(fig: _Figure, rules: FigureRules) -> str:
    if fig.rule.label:
        return fig.rule.label
    base = fig.base_unit or ""
    if base in rules.percent_units:
        return "percent"
    if base in rules.money_units:
        return "money"
    if base in rules.time_units:
        return "duration"
    if base in rules.measure_words:
        return "count"
    return "quantity"


def _qualifier(fig: _Figure, text: str, rules: FigureRules) -> str | None:
    if fig.inner:
        return fig.inner
    anchor = fig.head.num_start if fig.head is not None else fig.num_start
    for member in fig.head.members if fig.head is not None else fig.members:
        anchor = min(anchor, member.num_start)
    pre = rules.pre_qualifier.search(text, max(0, anchor - 4), anchor)
    if pre:
        return pre.group("q")
    post = rules.post_qualifier.match(text, (fig.head or fig).end)
    return post.group("q") if post else None


def _metric_and_subject(
    fig: _Figure, text: str, rules: FigureRules
) -> tuple[str | None, str | None]:
    """What the figure measures, from the words just before its number.

    ``同比增长8.5%``: metric 同比增长, subject the noun phrase before it in
    the same clause. With no metric, the clause's noun phrase itself is the
    subject when it names a quantity (``地区生产总值545.0亿元``,
    ``实现地区生产总值545.0亿元``, ``常住人口达520万``).
    """
    anchor = fig.num_start
    for member in fig.members:
        anchor = min(anchor, member.num_start)
    m = rules.metric.search(text, max(0, anchor - 16), anchor)
    metric = m.group("metric") if m else None
    end = m.start("metric") if m else anchor
    boundary = None
    window_start = max(0, end - rules.subject_max - 1)
    for b in rules.subject_boundary.finditer(text, window_start, end):
        boundary = b
    if boundary is None and window_start > 0:
        return metric, None  # the clause is longer than a subject can be
    phrase = text[boundary.end() if boundary else 0 : end].strip()
    lead = rules.subject_lead.match(phrase)
    if lead:
        phrase = phrase[lead.end() :]
    if metric is None:
        link = rules.subject_link.search(phrase)
        if link:
            phrase = phrase[: link.start()]
        if not rules.subject_tail.search(phrase):
            return None, None
    return metric, (phrase or None)


def _build_match(fig: _Figure, state: DocState, rules: FigureRules) -> Match:
    text = state.folded
    metric, subject = _metric_and_subject(fig.head or fig, text, rules)
    data: dict[str, Any] = {
        "value": fig.value,
        "unit": fig.unit,
        "base_unit": fig.base_unit,
        "multiplier": fig.multiplier,
        "qualifier": _qualifier(fig, text, rules),
        "metric": metric,
        "subject": subject,
        "kind": _kind(fig, rules),
        "shared_unit": fig.head is not None,
    }
    return Match(
        FIELD, fig.start, fig.end, state.text[fig.start : fig.end], fig.rule.rule_id,
        data["kind"], MappingProxyType(data),
    )  # fmt: skip


def match_figures(state: DocState, rules: FigureRules | None = None) -> list[Match]:
    """All figures in the article, with exact values.

    Dates are read from the state when the dates stage ran, else found here
    so that ``9月`` or ``2020年`` never become figures.
    """
    rules = rules or load_figure_rules()
    figs = _find_candidates(state, rules)
    figs = _add_shared_units(figs, state, rules)
    figs = _drop_non_quantities(figs, state.folded, rules)
    matches = _carry_subjects([_build_match(f, state, rules) for f in figs], state.folded)
    return _link_ranges(matches, state, rules)


def _link_ranges(matches: list[Match], state: DocState, rules: FigureRules) -> list[Match]:
    """Mark the two ends of a range (``3至5个``, ``6.5%-7%``): each stays its own figure."""
    text = state.folded
    roles: dict[int, tuple[str, str]] = {}
    for first, second in pairwise(matches):
        if text[first.end : second.start] in rules.range_seps and first.start not in roles:
            whole = state.text[first.start : second.end]
            roles[first.start] = ("start", whole)
            roles[second.start] = ("end", whole)
    return [
        replace(
            match,
            data=MappingProxyType(
                {**match.data, "range": roles[match.start][0], "range_text": roles[match.start][1]}
            ),
        )
        if match.start in roles
        else match
        for match in matches
    ]


def _carry_subjects(matches: list[Match], text: str) -> list[Match]:
    """A metric with no subject of its own takes the subject of the figure
    before it in the same sentence: ``地区生产总值545.0亿元,同比增长8.5%``."""
    out: list[Match] = []
    subject: str | None = None
    last_end = 0
    for match in matches:
        if _SENTENCE_END.search(text, last_end, match.start):
            subject = None
        data = match.data
        if data["subject"] is None and data["metric"] is not None and subject is not None:
            match = replace(match, data=MappingProxyType({**data, "subject": subject}))
        subject = match.data["subject"] or subject
        last_end = match.end
        out.append(match)
    return out


class FigureMatcher:
    """spaCy component: sets the ``figures`` field of the document's state."""

    def __init__(self, name: str = "govnews_figures") -> None:
        self.name = name
        self.rules = load_figure_rules()

    def __call__(self, doc: Doc) -> Doc:
        state = doc_state(doc)
        state.replace(FIELD, match_figures(state, self.rules))
        return doc


@Language.factory("govnews_figures")
def make_figure_matcher(nlp: Language, name: str) -> FigureMatcher:
    """Factory for ``nlp.add_pipe("govnews_figures")``."""
    return FigureMatcher(name)
