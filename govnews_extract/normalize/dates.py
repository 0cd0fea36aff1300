"""Resolve the parts of a written date against a reference, never the clock.

A date matcher reads parts off the text (``9月16日`` is month 9, day 16;
``去年`` is year offset -1; ``前三季度`` is quarters 1 to 3) into
``DateParts``; ``resolve_date`` turns them into an ISO value at the precision
written, using a ``Reference`` built from the article (publication date,
dateline, or the years the article states).

Values:

- a point is ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or ``YYYY-Www`` (precision
  ``day``, ``month``, ``year``, ``week``);
- a period is ``START/END`` with ``start`` and ``end`` set: precision
  ``quarter`` (``一季度``), ``half`` (``上半年``) or ``period`` (``1至10月``,
  ``前三季度``, ``2月8日至2月15日``, ``2021—2025年``);
- a part of a unit (``8月底``, ``十二月月底``, ``5月下旬``, ``年初``) keeps the
  precision of the unit it qualifies; the part itself is reported separately;
  a bare part of a month (``月底``, ``下旬``) takes the month in context, as a
  bare ``3日`` does;
- ``岁末年初`` is the December/January period around the article's date;
- ``value`` is ``None`` when the year (or, for ``昨天``, the day) cannot be known.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from govnews_extract.normalize.numbers import parse_number

#: Taiwan's Republic-of-China calendar counts years from 1912 (民国元年).
ROC_OFFSET = 1911


@dataclass(frozen=True, slots=True)
class DateParts:
    """What a date expression states, before any reference is applied."""

    year: int | None = None
    year_offset: int | None = None  # 今年 0, 去年 -1, 明年 +1
    month: int | None = None
    month_offset: int | None = None  # 本月 0, 上月 -1, 下月 +1
    day: int | None = None
    day_offset: int | None = None  # 今天 0, 昨天 -1, 明天 +1
    week_offset: int | None = None  # 本周 0, 上周 -1
    weekday: int | None = None  # 本周五: 5 (Monday 1 ... Sunday 7)
    year2: int | None = None  # end of a range
    month2: int | None = None
    day2: int | None = None
    quarter: int | None = None
    quarters_to_date: bool = False  # 前三季度
    half: int | None = None  # 上半年 1, 下半年 2
    part: str | None = None  # 初, 底, 上旬 ... kept as written
    month_from_context: bool = False  # a bare 月底 / 下旬: the month in context
    year_turn: bool = False  # 岁末年初: the end of one year and the start of the next


@dataclass(frozen=True, slots=True)
class Reference:
    """What relative and year-less dates resolve against, and where it came from."""

    year: int | None = None
    year_source: str | None = None
    day: date | None = None  # the article's "today"
    day_source: str | None = None
    month: tuple[int, int | None] | None = None  # (month, year) for a bare ``3日``
    #: The year a bulletin reports on, when it is not ``year`` (2023年…统计公报 published in
    #: 2024): year-level words (上年, 年末, 上半年) count from it, days from ``year``.
    reported_year: int | None = None


@dataclass(frozen=True, slots=True)
class DateValue:
    """A resolved date: ISO ``value`` (or None), period bounds and precision."""

    value: str | None
    start: str | None
    end: str | None
    precision: str
    year_source: str | None


def parse_year(text: str) -> int:
    """A four-digit year in Arabic or Chinese digits.

    >>> parse_year("二〇二〇")
    2020
    >>> parse_year("２０２０")
    2020
    """
    return int(parse_number(text))


def roc_to_gregorian(year: int) -> int:
    """Republic-of-China year to Gregorian year.

    >>> roc_to_gregorian(113)
    2024
    """
    return year + ROC_OFFSET


def parse_small(text: str) -> int:
    """A month, day or quarter number in any script.

    >>> parse_small("十七")
    17
    >>> parse_small("09")
    9
    """
    return int(parse_number(text))


def iso(year: int, month: int | None = None, day: int | None = None) -> str:
    """ISO form at the precision given.

    >>> iso(2020, 9, 16), iso(2020, 8), iso(2020)
    ('2020-09-16', '2020-08', '2020')
    """
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    """The month ``offset`` months away.

    >>> shift_month(2015, 12, 1)
    (2016, 1)
    >>> shift_month(2020, 1, -1)
    (2019, 12)
    """
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


def valid_day(year: int, month: int, day: int) -> bool:
    """Whether the day exists (no 2月30日).

    >>> valid_day(2020, 2, 29), valid_day(2019, 2, 29)
    (True, False)
    """
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _period(start: str, end: str, precision: str, source: str | None) -> DateValue:
    return DateValue(f"{start}/{end}", start, end, precision, source)


def _point(value: str, precision: str, source: str | None) -> DateValue:
    return DateValue(value, None, None, precision, source)


def _unknown(precision: str) -> DateValue:
    return DateValue(None, None, None, precision, None)


def _precision(parts: DateParts) -> str:
    if parts.quarters_to_date or parts.year2 or parts.month2 or parts.day2 or parts.year_turn:
        return "period"
    if parts.quarter is not None:
        return "quarter"
    if parts.half is not None:
        return "half"
    if parts.week_offset is not None and parts.weekday is None:
        return "week"
    if parts.weekday is not None or parts.day is not None or parts.day_offset is not None:
        return "day"
    if parts.month is not None or parts.month_offset is not None or parts.month_from_context:
        return "month"
    return "year"


def resolve_date(parts: DateParts, ref: Reference) -> DateValue:
    """Resolve ``parts`` against ``ref``.

    >>> ref = Reference(2020, "published", date(2020, 9, 16), "published")
    >>> resolve_date(DateParts(month=9, day=16), ref).value
    '2020-09-16'
    >>> resolve_date(DateParts(year_offset=-1), ref).value
    '2019'
    >>> resolve_date(DateParts(half=1), ref).value
    '2020-01/2020-06'
    >>> resolve_date(DateParts(quarter=3, quarters_to_date=True), ref).value
    '2020-01/2020-09'
    >>> resolve_date(DateParts(month_offset=1, day=17), ref).value
    '2020-10-17'
    >>> resolve_date(DateParts(day_offset=-1), ref).value
    '2020-09-15'
    >>> resolve_date(DateParts(month=2, day=8, month2=2, day2=15), ref).value
    '2020-02-08/2020-02-15'
    >>> resolve_date(DateParts(month=9, day=16), Reference()).value is None
    True
    >>> resolve_date(DateParts(year=2013), Reference()).year_source
    'stated'
    >>> resolve_date(DateParts(month=12, part="底"), ref).value
    '2020-12'
    >>> resolve_date(DateParts(part="下旬", month_from_context=True), ref).value
    '2020-09'
    >>> resolve_date(DateParts(year_turn=True), ref).value
    '2020-12/2021-01'
    """
    precision = _precision(parts)
    if parts.year_turn:
        return _resolve_year_turn(ref, precision)
    if parts.day_offset is not None or parts.week_offset is not None:
        return _resolve_from_day(parts, ref, precision)
    if parts.month_offset is not None:
        if ref.day is None:
            return _unknown(precision)
        year, month = shift_month(ref.day.year, ref.day.month, parts.month_offset)
        return _resolve_in_year(
            DateParts(year=year, month=month, day=parts.day, day2=parts.day2, part=parts.part),
            year,
            ref.day_source,
            precision,
        )
    if parts.year is not None:
        year, source = parts.year, "stated"
    elif ref.year is None:
        return _unknown(precision)
    else:
        base, source = ref.year, ref.year_source
        if ref.reported_year is not None and parts.month is None and parts.day is None:
            base, source = ref.reported_year, "inferred"  # 年末 of a bulletin on the year before
        year = base + (parts.year_offset or 0)
    if parts.month is None and (parts.day is not None or parts.month_from_context):
        # A bare ``3日``, ``3日至5日`` or ``下旬``: the month comes from the context.
        context_month = ref.month or ((ref.day.month, ref.day.year) if ref.day else None)
        if context_month is None:
            return _unknown(precision)
        month, month_year = context_month
        if parts.year is None and parts.year_offset is None and month_year is not None:
            year = month_year
        parts = DateParts(
            year=year, month=month, day=parts.day, month2=parts.month2, day2=parts.day2,
            part=parts.part,
        )  # fmt: skip
    return _resolve_in_year(parts, year, source, precision)


def _resolve_year_turn(ref: Reference, precision: str) -> DateValue:
    """``岁末年初``: December to January around the article's date.

    Written in the second half of a year it looks ahead to the new year;
    written in the first half, back to the December just past.
    """
    if ref.day is not None:
        year = ref.day.year if ref.day.month > 6 else ref.day.year - 1
        source = ref.day_source
    elif ref.year is not None:
        year, source = ref.year, ref.year_source
    else:
        return _unknown(precision)
    return _period(iso(year, 12), iso(year + 1, 1), precision, source)


def _resolve_from_day(parts: DateParts, ref: Reference, precision: str) -> DateValue:
    if ref.day is None:
        return _unknown(precision)
    today = ref.day
    if parts.week_offset is not None:
        in_week = today + timedelta(weeks=parts.week_offset)
        if parts.weekday is not None:  # 下周一: that week's Monday
            day = in_week + timedelta(days=parts.weekday - in_week.isoweekday())
            return _point(day.isoformat(), precision, ref.day_source)
        year, week, _ = in_week.isocalendar()
        return _point(f"{year:04d}-W{week:02d}", precision, ref.day_source)
    target = today + timedelta(days=parts.day_offset or 0)
    if parts.day is not None and parts.day != target.day:
        # ``今(13)日``: the stated day wins; keep the reference month.
        if not valid_day(target.year, target.month, parts.day):
            return _unknown(precision)
        target = target.replace(day=parts.day)
    return _point(target.isoformat(), precision, ref.day_source)


def _resolve_in_year(parts: DateParts, year: int, source: str | None, precision: str) -> DateValue:
    if parts.year2 is not None:
        start = iso(year, parts.month, parts.day if parts.month else None)
        end = iso(parts.year2, parts.month2, parts.day2 if parts.month2 else None)
        return _period(start, end, precision, source)
    if parts.quarter is not None:
        first = 1 if parts.quarters_to_date else parts.quarter * 3 - 2
        return _period(iso(year, first), iso(year, parts.quarter * 3), precision, source)
    if parts.half is not None:
        first = 1 if parts.half == 1 else 7
        return _period(iso(year, first), iso(year, first + 5), precision, source)
    if parts.month is None:
        return _point(iso(year), precision, source)
    if parts.day2 is not None:
        end_month = parts.month2 or parts.month
        end_year = year + 1 if end_month < parts.month else year
        if parts.day is None or not (
            valid_day(year, parts.month, parts.day) and valid_day(end_year, end_month, parts.day2)
        ):
            return _unknown(precision)
        return _period(
            iso(year, parts.month, parts.day),
            iso(end_year, end_month, parts.day2),
            precision,
            source,
        )
    if parts.month2 is not None:
        return _period(iso(year, parts.month), iso(year, parts.month2), precision, source)
    if parts.day is not None:
        if not valid_day(year, parts.month, parts.day):
            return _unknown(precision)
        return _point(iso(year, parts.month, parts.day), precision, source)
    if not 1 <= parts.month <= 12:
        return _unknown(precision)
    return _point(iso(year, parts.month), precision, source)
