"""Date parts resolved against an explicit reference, never the clock."""

from __future__ import annotations

from datetime import date

import pytest

from govnews_extract.normalize.dates import (
    DateParts,
    Reference,
    resolve_date,
    roc_to_gregorian,
    shift_month,
)

PUBLISHED = Reference(2021, "published", date(2021, 3, 1), "published", (3, 2021))
YEAR_ONLY = Reference(2019, "inferred")
NOTHING = Reference()

CASES = [
    pytest.param(DateParts(year=2018, month=5, day=4), NOTHING, "2018-05-04", "day", id="stated"),
    pytest.param(DateParts(month=5, day=4), YEAR_ONLY, "2019-05-04", "day", id="year-from-ref"),
    pytest.param(DateParts(month=5, day=4), NOTHING, None, "day", id="no-year"),
    pytest.param(DateParts(year_offset=0), PUBLISHED, "2021", "year", id="this-year"),
    pytest.param(DateParts(year_offset=-1), PUBLISHED, "2020", "year", id="last-year"),
    pytest.param(DateParts(half=2), PUBLISHED, "2021-07/2021-12", "half", id="second-half"),
    pytest.param(DateParts(quarter=4), PUBLISHED, "2021-10/2021-12", "quarter", id="q4"),
    pytest.param(
        DateParts(quarter=2, quarters_to_date=True), YEAR_ONLY, "2019-01/2019-06", "period",
        id="first-two-quarters",
    ),
    pytest.param(DateParts(month=1, month2=7), PUBLISHED, "2021-01/2021-07", "period", id="months"),
    pytest.param(
        DateParts(month=12, day=30, month2=1, day2=2), PUBLISHED, "2021-12-30/2022-01-02",
        "period", id="days-across-new-year",
    ),
    pytest.param(DateParts(day=9, day2=11), PUBLISHED, "2021-03-09/2021-03-11", "period",
                 id="bare-days-take-context-month"),
    pytest.param(DateParts(day_offset=-1), PUBLISHED, "2021-02-28", "day", id="yesterday"),
    pytest.param(DateParts(day_offset=1), YEAR_ONLY, None, "day", id="tomorrow-needs-a-day"),
    pytest.param(DateParts(month_offset=-1, part="底"), PUBLISHED, "2021-02", "month",
                 id="end-of-last-month"),
    pytest.param(DateParts(month=8, part="底"), YEAR_ONLY, "2019-08", "month", id="month-end"),
    pytest.param(DateParts(month=2, day=30), YEAR_ONLY, None, "day", id="impossible-day"),
    pytest.param(DateParts(week_offset=0), PUBLISHED, "2021-W09", "week", id="this-week"),
    pytest.param(DateParts(year=2021, year2=2025), NOTHING, "2021/2025", "period", id="years"),
    pytest.param(DateParts(month=12, part="底"), PUBLISHED, "2021-12", "month", id="dec-end"),
    pytest.param(DateParts(year=2020, part="初"), PUBLISHED, "2020", "year", id="year-start"),
    pytest.param(DateParts(part="下旬", month_from_context=True), PUBLISHED, "2021-03", "month",
                 id="bare-late-month"),
    pytest.param(DateParts(part="底", month_from_context=True), YEAR_ONLY, None, "month",
                 id="bare-month-end-needs-a-month"),
    pytest.param(DateParts(year_turn=True), PUBLISHED, "2020-12/2021-01", "period",
                 id="turn-of-year-spring"),
    pytest.param(DateParts(year_turn=True), YEAR_ONLY, "2019-12/2020-01", "period",
                 id="turn-of-year-year-only"),
    pytest.param(DateParts(year_turn=True), NOTHING, None, "period", id="turn-of-year-unknown"),
    pytest.param(DateParts(year=2020, month=2, day=29), NOTHING, "2020-02-29", "day", id="leap"),
    pytest.param(DateParts(month_offset=-1), PUBLISHED, "2021-02", "month", id="last-month"),
    pytest.param(DateParts(week_offset=-1), PUBLISHED, "2021-W08", "week", id="last-week"),
    pytest.param(DateParts(week_offset=0, weekday=5), PUBLISHED, "2021-03-05", "day",
                 id="this-friday"),
    pytest.param(DateParts(week_offset=-1, weekday=7), PUBLISHED, "2021-02-28", "day",
                 id="last-sunday"),
    pytest.param(DateParts(week_offset=1, weekday=1), YEAR_ONLY, None, "day",
                 id="next-monday-needs-a-day"),
]  # fmt: skip


@pytest.mark.parametrize(("parts", "ref", "value", "precision"), CASES)
def test_resolve(parts: DateParts, ref: Reference, value: str | None, precision: str) -> None:
    resolved = resolve_date(parts, ref)
    assert resolved.value == value
    assert resolved.precision == precision
    if value and "/" in value:
        assert f"{resolved.start}/{resolved.end}" == value


def test_source_follows_reference() -> None:
    assert resolve_date(DateParts(month=1), YEAR_ONLY).year_source == "inferred"
    assert resolve_date(DateParts(year=2000), YEAR_ONLY).year_source == "stated"
    assert resolve_date(DateParts(month=1), NOTHING).year_source is None


def test_helpers() -> None:
    assert roc_to_gregorian(100) == 2011
    assert shift_month(2021, 11, 3) == (2022, 2)
