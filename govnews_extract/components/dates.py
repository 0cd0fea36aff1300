"""Find dates and resolve them against the article's own reference.

The rules live in ``resources/patterns/dates.json``: named regex fragments and
rules whose named groups say what each part is (``month``, ``rel_year``…).
This module matches them on the width-folded text, keeps the longest
non-overlapping matches outside titles, quoted terms and URLs, works out the
article's reference (publication date, else dateline, else the year the
article states most often about its own events) and resolves every match with
``normalize.dates.resolve_date``.

Each match has field ``dates``, a label (``absolute``, ``relative``,
``period``) and ``data`` with ``value``, ``start``, ``end``, ``precision``,
``year_source`` (``stated``, ``published``, ``dateline``, ``inferred`` or
None) and ``part`` (``底``, ``下旬``… or None).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from types import MappingProxyType
from typing import Any

import regex
from spacy.language import Language
from spacy.tokens import Doc

from govnews_extract.components.spans import Coverage, occurrences
from govnews_extract.lexicons import load_lexicon
from govnews_extract.normalize.dates import (
    DateParts,
    Reference,
    parse_small,
    parse_year,
    resolve_date,
    roc_to_gregorian,
    valid_day,
)
from govnews_extract.patterns import expand_template
from govnews_extract.rules.builtin import builtin_patterns
from govnews_extract.state import DocState, Match, doc_state

FIELD = "dates"
#: A month or quarter written without a year that would lie more than this many months
#: after the article, with no word of a plan around it, is one of the year before
#: (12月份 in January).
FAR_AHEAD_MONTHS = 6
#: A bare day that the month in context puts more than FAR_AHEAD_DAYS after the article, and
#: the article's own month at most NEAR_AHEAD_DAYS after it (or up to MONTH_DAYS before), is a
#: day of the article's month (a forecast: 28日夜里至12月1日…29日夜里至30日 of 28 November).
FAR_AHEAD_DAYS = 14
NEAR_AHEAD_DAYS = 7
#: How far before a date the words of a founding (history_before: 建成于) are looked for.
HISTORY_REACH = 4
MONTH_DAYS = 31
_RULE = "_rule"  # the template being expanded, among its fragments
#: The year before the one in question, as statistics write it (比上年增长): after a year
#: written out in the same sentence, the year before that one.
PREVIOUS_YEAR_WORDS = frozenset({"上年"})
SENTENCE_END = regex.compile(r"[。！？!?\n]")


def expand_fragments(template: str, fragments: Mapping[str, str]) -> str:
    """Insert named fragments (``{year}``) into a pattern; quantifiers stay.

    Uses the package's one template expander, so ``{lexicon:units}`` works too.

    >>> expand_fragments("{a}b{2}", {"a": "x{b}", "b": "y"})
    '(?:x(?:y))b{2}'
    """
    return expand_template(_RULE, {**fragments, _RULE: template})


@dataclass(frozen=True, slots=True)
class DateRule:
    """One compiled date rule."""

    rule_id: str
    label: str
    pattern: regex.Pattern[str]
    requires: str | None = None
    context: str | None = None  # "month": a part of the month in context (月底)


@dataclass(frozen=True, slots=True)
class Shields:
    """Where no date or figure may be found: titles, quoted terms, URLs, lunar dates."""

    containers: regex.Pattern[str]
    quotes: regex.Pattern[str]
    sentence_punctuation: frozenset[str]
    url: regex.Pattern[str]
    lunar: regex.Pattern[str]


@dataclass(frozen=True, slots=True)
class DateRules:
    """Everything the date matcher needs, compiled once and immutable."""

    rules: tuple[DateRule, ...]
    offsets: Mapping[str, int]
    halves: Mapping[str, int]
    weekdays: Mapping[str, int]
    dateline: regex.Pattern[str]
    dateline_window: int
    title_date: regex.Pattern[str]
    report_year: regex.Pattern[str]
    roc_cues: tuple[str, ...]
    plan_after: regex.Pattern[str]
    biography_after: regex.Pattern[str]
    history_before: regex.Pattern[str]
    plan_before: regex.Pattern[str]
    news_day_before: regex.Pattern[str]
    news_day_after: regex.Pattern[str]
    news_day_report: regex.Pattern[str]
    blocked: tuple[str, ...]
    shields: Shields


def _pair_pattern(pairs: Mapping[str, str], longest: int) -> regex.Pattern[str]:
    alternatives = [
        f"{regex.escape(o)}[^{regex.escape(o + c)}\\n]{{1,{longest}}}{regex.escape(c)}"
        for o, c in pairs.items()
    ]
    return regex.compile("|".join(alternatives))


def _load_shields(spec: Mapping[str, Any]) -> Shields:
    return Shields(
        containers=_pair_pattern(spec["containers"], 120),
        quotes=_pair_pattern(spec["quotes"], 60),
        sentence_punctuation=frozenset(spec["sentence_punctuation"]),
        url=regex.compile(spec["url"]),
        lunar=regex.compile(spec["lunar"]),
    )


@cache
def load_date_rules() -> DateRules:
    """Compile ``patterns/dates.json``; cached because the result is immutable."""
    spec = builtin_patterns("dates")
    fragments = spec["fragments"]

    def compile_(template: str, flags: int = 0) -> regex.Pattern[str]:
        return regex.compile(expand_fragments(template, fragments), flags)

    rules = tuple(
        DateRule(r["id"], r["label"], compile_(r["pattern"]), r.get("requires"), r.get("context"))
        for r in spec["rules"]
    )
    return DateRules(
        rules=rules,
        offsets=MappingProxyType(dict(spec["offsets"])),
        halves=MappingProxyType(dict(spec["halves"])),
        weekdays=MappingProxyType(dict(spec["weekdays"])),
        dateline=compile_(spec["dateline"]),
        dateline_window=int(spec["dateline_window"]),
        title_date=compile_(spec["title_date"]),
        report_year=compile_(spec["report_year"]),
        roc_cues=tuple(spec["roc_cues"]),
        plan_after=compile_(spec["plan_after"]),
        biography_after=compile_(spec["biography_after"]),
        history_before=compile_(spec["history_before"]),
        plan_before=compile_(spec["plan_before"]),
        news_day_before=compile_(spec["news_day_before"]),
        news_day_after=compile_(spec["news_day_after"]),
        news_day_report=compile_(spec["news_day_report"]),
        blocked=load_lexicon("vague_times"),
        shields=_load_shields(spec),
    )


def shielded_spans(state: DocState, shields: Shields | None = None) -> list[tuple[int, int]]:
    """Spans where dates and figures are not counted.

    Document titles (``《…》``), quoted terms (a quote with no sentence
    punctuation: ``“六清”``, ``“1+N”``), URLs, dates of the lunar calendar (``农历三月初三``:
    no day of the Gregorian calendar), and whatever the terms stage already found. A quote
    holding a sentence is speech and is not shielded.
    """
    shields = shields or load_date_rules().shields
    text = state.folded
    spans = [(m.start(), m.end()) for m in shields.containers.finditer(text)]
    spans += [(m.start(), m.end()) for m in shields.url.finditer(text)]
    spans += [(m.start(), m.end()) for m in shields.lunar.finditer(text)]
    for m in shields.quotes.finditer(text, overlapped=True):
        if not shields.sentence_punctuation.intersection(m.group()[1:-1]):
            spans.append((m.start(), m.end()))
    spans += [(m.start, m.end) for m in state.get("terms")]
    return sorted(spans)


def overlaps_any(spans: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps any of ``spans``.

    >>> overlaps_any([(0, 3), (10, 12)], 2, 5), overlaps_any([(0, 3)], 3, 5)
    (True, False)
    """
    return any(s < end and start < e for s, e in spans)


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    order: int
    rule: DateRule
    parts: DateParts


def _int_group(m: regex.Match[str], name: str) -> int | None:
    value = m.group(name) if name in m.re.groupindex else None
    return parse_small(value) if value else None


def parts_from_match(
    m: regex.Match[str], rules: DateRules, context: str | None = None
) -> DateParts | None:
    """Read the named groups of a date match; None if they name no real date.

    ``context="month"`` marks a part of the month the article is talking
    about (``月底``, ``下旬``): its month and year come from the context.
    """
    groups = {k: v for k, v in m.groupdict().items() if v}
    year = parse_year(groups["year"]) if "year" in groups else None
    if "roc_year" in groups:
        year = roc_to_gregorian(int(regex.sub(r"\D", "", groups["roc_year"])))
    offsets = rules.offsets
    parts = DateParts(
        year=year,
        year_offset=offsets[groups["rel_year"]] if "rel_year" in groups else None,
        # 前10个月: the months from January (upto with month2 alone)
        month=_int_group(m, "month") or (1 if "upto" in groups and "month2" in groups else None),
        month_offset=offsets[groups["rel_month"]] if "rel_month" in groups else None,
        day=_int_group(m, "day"),
        day_offset=offsets[groups["rel_day"]] if "rel_day" in groups else None,
        week_offset=offsets[groups["rel_week"]] if "rel_week" in groups else None,
        weekday=rules.weekdays[groups["weekday"]] if "weekday" in groups else None,
        year2=parse_year(groups["year2"]) if "year2" in groups else None,
        month2=_int_group(m, "month2"),
        day2=_int_group(m, "day2"),
        quarter=_int_group(m, "quarter"),
        quarters_to_date="upto" in groups,
        half=rules.halves[groups["half"]] if "half" in groups else None,
        part=groups.get("part"),
        month_from_context=context == "month",
        year_turn="turn" in groups,
    )
    if any(
        v is not None and not 1 <= v <= hi
        for v, hi in (
            (parts.month, 12), (parts.month2, 12), (parts.day, 31), (parts.day2, 31),
            (parts.quarter, 4),
        )
    ):  # fmt: skip
        return None
    if parts.month2 is not None and parts.day2 is None and parts.month is not None:
        if parts.month2 <= parts.month:
            return None  # ``9-5月`` is no range
    if parts.year2 is not None and parts.year is not None and parts.year2 <= parts.year:
        return None
    return parts


def _longest_first(candidates: list[_Candidate]) -> list[_Candidate]:
    chosen: list[_Candidate] = []
    taken = Coverage(max((c.end for c in candidates), default=0))
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, c.order, c.start)):
        if not taken.overlaps(cand.start, cand.end):
            chosen.append(cand)
            taken.add(cand.start, cand.end)
    return sorted(chosen, key=lambda c: c.start)


def _find_candidates(state: DocState, rules: DateRules) -> list[_Candidate]:
    text = state.folded
    # Cues are traditional-character forms (臺灣, 總統), looked for as the article wrote them.
    roc = any(cue in state.text for cue in rules.roc_cues)
    found: list[_Candidate] = []
    for order, rule in enumerate(rules.rules):
        if rule.requires == "roc" and not roc:
            continue
        for m in rule.pattern.finditer(text):
            parts = parts_from_match(m, rules, rule.context)
            if parts is not None:
                found.append(_Candidate(m.start(), m.end(), order, rule, parts))
    chosen = _longest_first(found)
    shielded = shielded_spans(state, rules.shields)
    blocked = [span for phrase in rules.blocked for span in occurrences(text, phrase)]
    excluded = Coverage(len(text), [*shielded, *blocked])
    return [c for c in chosen if not excluded.overlaps(c.start, c.end)]


def infer_year(text: str, candidates: Iterable[_Candidate], rules: DateRules) -> int | None:
    """The year the article reports on, from its own explicit dates.

    Years named as a plan's target (``2024年工作安排``, ``到2025年``), in a biography
    (``1968年3月出生``, ``1990年7月参加工作``) or of a founding (``建成于1993年``) do not
    count; a range counts both its
    years. Dates with a month or finer say more about the events reported than bare
    years, so they are preferred; then the most frequent year, then the latest. A meeting
    of the first quarter that reviews one year and plans the next (1月15日，会议总结2023年
    工作，部署2024年任务) is held in the year it plans.
    """
    specific: Counter[int] = Counter()
    bare: Counter[int] = Counter()
    planned: set[int] = set()
    first_month: int | None = None  # of the first date written with a month and no year
    for c in candidates:
        if c.parts.year is None:
            if first_month is None and c.parts.month and c.parts.year_offset is None:
                first_month = c.parts.month
            continue
        if _is_planned(text, c, rules):
            planned.add(c.parts.year)
            continue
        if rules.biography_after.match(text, c.end):
            continue  # a birth or first job in a biography (1968年3月出生)
        if rules.history_before.search(text, max(0, c.start - HISTORY_REACH), c.start):
            continue  # a founding or a building (建成于1993年)
        is_specific = c.parts.month is not None or c.parts.quarter or c.parts.half
        counts = specific if is_specific else bare
        counts[c.parts.year] += 1
        if c.parts.year2 is not None and c.parts.year2 != c.parts.year:
            counts[c.parts.year2] += 1  # 2015年至2021年间: the range reaches its later year
    counts = specific or bare
    if not counts:
        return None
    year = max(counts, key=lambda y: (counts[y], y))
    if first_month is not None and first_month <= 3 and year + 1 in planned:
        return year + 1
    return year


def build_reference(state: DocState, candidates: list[_Candidate], rules: DateRules) -> Reference:
    """The article's reference year and day, and where each came from."""
    text = state.folded
    dateline = rules.dateline.search(text[: rules.dateline_window])
    if dateline is None and state.published is None:
        dateline = rules.title_date.search(text)
    dl_year = int(dateline.group("year")) if dateline and dateline.group("year") else None
    if state.published is not None:
        year, source = state.published.year, "published"
    elif dl_year is not None:
        year, source = dl_year, "dateline"
    else:
        year = infer_year(text, candidates, rules)
        source = "inferred" if year is not None else None
    day: date | None = state.published
    day_source = "published" if day else None
    if dateline is not None and year is not None:
        month, dom = parse_small(dateline.group("month")), parse_small(dateline.group("day"))
        dy = dl_year or year
        if dl_year is None and state.published is not None:
            if (month, dom) > (state.published.month, state.published.day):
                dy -= 1  # a dateline of 12月31日 on an article published 1月1日
        if valid_day(dy, month, dom):
            day = date(dy, month, dom)
            day_source = "dateline" if dl_year or state.published else "inferred"
    report = rules.report_year.search(text[: rules.dateline_window])
    reported_year = None
    if report is not None and year is not None and int(report.group("year")) == year - 1:
        reported_year = year - 1  # 2023年…统计公报 published in 2024: its 年末 and 上年
    month_ref = (day.month, day.year) if day else None
    return Reference(year, source, day, day_source, month_ref, reported_year)


def match_dates(state: DocState, rules: DateRules | None = None) -> list[Match]:
    """All dates in the article, resolved; warns where no year can be known."""
    rules = rules or load_date_rules()
    candidates = _find_candidates(state, rules)
    ref = build_reference(state, candidates, rules)
    matches: list[Match] = []
    context = ref
    today = ref.day.isoformat() if ref.day else None
    past_paragraphs = _paragraphs_of_a_past_year(state.folded, candidates, ref, rules)
    stated_year, stated_end = None, 0  # the last year written out, and where it ends
    month_end = 0  # where the date that set the month in context ends
    period_year, period_end = None, 0  # the year of the last month, quarter or half, its end
    for c in candidates:
        value = resolve_date(c.parts, context)
        if (
            stated_year is not None
            and state.folded[c.start : c.end] in PREVIOUS_YEAR_WORDS
            and not SENTENCE_END.search(state.folded, stated_end, c.start)
        ):
            # 2024年全年，…比上年上涨0.2%: the year before the one the sentence states
            value = resolve_date(c.parts, replace(context, reported_year=stated_year))
        if c.parts.year is not None and value.value:
            stated_year, stated_end = c.parts.year, c.end
        # A bare day is one of the article's own month when the month in context was set in
        # an earlier paragraph (去年12月…\n欧元汇率13日一度跌破), or the day is a reported
        # one and either the month in context lies ahead of the article (将于3月4日生效。10日，…
        # / 某报10日称) or the day is the article's own (…5月15日电 …于去年11月至12月…。15日，).
        other_paragraph = "\n" in state.folded[month_end : c.start]
        if (
            context.month != ref.month
            and _is_bare_day(c.parts)
            and (
                other_paragraph
                or (
                    (_lies_ahead(context, ref) or (ref.day and c.parts.day == ref.day.day))
                    and _reports_a_day(state.folded, c, rules)
                )
            )
        ):
            own_month = resolve_date(c.parts, ref)
            if own_month.value and today and own_month.value <= today:
                value, context = own_month, ref
        elif (
            ref.day
            and today
            and _takes_the_year_in_context(c.parts)
            and value.value
            and value.value > today
        ):
            # 去年9月…推动四季度…尤其是12月, 2024年四季度…较三季度 (in January): a bare month
            # or quarter that would lie ahead of the article, after a month or quarter of an
            # earlier year in the same paragraph, is one of that year.
            same_paragraph = "\n" not in state.folded[period_end : c.start]
            if period_year is not None and same_paragraph and period_year < ref.day.year:
                value = resolve_date(c.parts, replace(context, year=period_year))
            elif (
                _months_after(value.value, ref.day) > FAR_AHEAD_MONTHS
                or state.folded.count("\n", 0, c.start) in past_paragraphs
            ) and not _is_planned(state.folded, c, rules):
                # 12月份，新发放企业贷款利率… in January: last December, not the next one;
                # and the quarters listed with a fourth one of last year (一季度…四季度)
                value = resolve_date(c.parts, replace(context, year=ref.day.year - 1))
        if (
            context.month != ref.month
            and _is_bare_day(c.parts)
            and ref.day
            and _lies_ahead(context, ref)
            and (_days_after(value.value, ref.day) or 0) > FAR_AHEAD_DAYS
            and SENTENCE_END.search(state.folded, month_end, c.start)
            and not _is_planned(state.folded, c, rules)
        ):
            # 28日夜里至12月1日…。29日夜里至30日 (a forecast of 28 November): a bare day a
            # month ahead in the month in context, in a later sentence, is one of the article's
            # own month, if that falls within a few days of the article (ahead of it or, by a
            # month, before it); but 提前至2月3日和4日 (in January) lists days of one month, and
            # 新规将于7月4日生效。8日将召开会议 (in June) plans a day of the month ahead.
            own_month = resolve_date(c.parts, ref)
            ahead = _days_after(own_month.value, ref.day)
            if ahead is not None and -MONTH_DAYS <= ahead <= NEAR_AHEAD_DAYS:
                value, context = own_month, ref
        if value.value and (c.parts.month or c.parts.quarter or c.parts.half):
            period_year, period_end = int(value.value[:4]), c.end
        if c.parts.month is not None and value.value:
            # A later bare ``17日`` means a day of this month.
            year = int(value.value[:4])
            context = replace(context, month=(c.parts.month2 or c.parts.month, year))
            month_end = c.end
        surface = state.text[c.start : c.end]
        if value.value is None:
            warning = f"dates: no year can be known for {surface!r} at {c.start}"
            if warning not in state.warnings:
                state.warnings.append(warning)
        data = {
            "value": value.value,
            "start": value.start,
            "end": value.end,
            "precision": value.precision,
            "year_source": value.year_source,
            "part": c.parts.part,
        }
        matches.append(
            Match(FIELD, c.start, c.end, surface, c.rule.rule_id, c.rule.label,
                  MappingProxyType(data))
        )  # fmt: skip
    return matches


def _paragraphs_of_a_past_year(
    text: str, candidates: list[_Candidate], ref: Reference, rules: DateRules
) -> set[int]:
    """Paragraphs (by the number of line breaks before them) where a month, quarter or half
    written without a year would lie far ahead of the article and no plan speaks of it (四季度
    in January): the report looks back on last year, and so do the other bare periods of the
    paragraph that would lie ahead of the article (一季度…二季度…四季度 of the year's figures)."""
    if ref.day is None:
        return set()
    found = set()
    for c in candidates:
        if not _takes_the_year_in_context(c.parts):
            continue
        value = resolve_date(c.parts, ref).value
        if (
            value
            and _months_after(value, ref.day) > FAR_AHEAD_MONTHS
            and not _is_planned(text, c, rules)
        ):
            found.add(text.count("\n", 0, c.start))
    return found


def _takes_the_year_in_context(parts: DateParts) -> bool:
    """A month, quarter or half written without a year or a day (12月, 四季度, 下半年); a
    day (今天（3月22日）) is more often one of the article's year."""
    return (
        parts.day is None
        and parts.year is None
        and parts.year_offset is None
        and parts.month_offset is None
        and parts.day_offset is None
        and parts.week_offset is None
        and not parts.month_from_context
        and not parts.year_turn
        and (parts.month is not None or parts.quarter is not None or parts.half is not None)
    )


def _lies_ahead(context: Reference, ref: Reference) -> bool:
    """Whether the month in context lies after the article's month."""
    if context.month is None or context.month[1] is None or ref.day is None:
        return False
    month, year = context.month
    return (year, month) > (ref.day.year, ref.day.month)


def _days_after(value: str | None, day: date) -> int | None:
    """How many days a day ``value`` (ISO ``2025-12-01``) lies after ``day``; None for no day."""
    if value is None or len(value) != len("2025-12-01"):
        return None
    return (date.fromisoformat(value) - day).days


def _months_after(value: str, day: date) -> int:
    """How many months the start of ``value`` (ISO, ``2025-12`` or longer) lies after
    ``day``'s month."""
    return int(value[:4]) * 12 + int(value[5:7]) - (day.year * 12 + day.month)


def _is_planned(text: str, candidate: _Candidate, rules: DateRules) -> bool:
    """Whether the words around a date make it a plan's (将于7月, 7月前完成)."""
    before = text[max(0, candidate.start - 6) : candidate.start]
    after = text[candidate.end : candidate.end + 8]
    return bool(rules.plan_before.search(before) or rules.plan_after.search(after))


def _is_bare_day(parts: DateParts) -> bool:
    """A day written without its month (10日, 10日到11日)."""
    return parts.month is None and parts.day is not None and not parts.month_from_context


def _reports_a_day(text: str, candidate: _Candidate, rules: DateRules) -> bool:
    """A day that opens a sentence as the day of a reported event (``。10日，``) or comes
    right before a reporting verb (``某报10日报道``): news reports what happened, so it is a
    day of the article's month, not of a month ahead."""
    start, end = candidate.start, candidate.end
    if rules.news_day_report.match(text, end, end + 8):
        return True
    return bool(
        rules.news_day_before.search(text, max(0, start - 8), start)
        and rules.news_day_after.match(text, end, end + 16)
    )


class DateMatcher:
    """spaCy component: sets the ``dates`` field of the document's state."""

    def __init__(self, name: str = "govnews_dates") -> None:
        self.name = name
        self.rules = load_date_rules()

    def __call__(self, doc: Doc) -> Doc:
        state = doc_state(doc)
        state.replace(FIELD, match_dates(state, self.rules))
        return doc


@Language.factory("govnews_dates")
def make_date_matcher(nlp: Language, name: str) -> DateMatcher:
    """Factory for ``nlp.add_pipe("govnews_dates")``."""
    return DateMatcher(name)
