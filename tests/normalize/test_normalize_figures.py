"""Figure values and units: exact, with the unit split into magnitude and base."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govnews_extract.normalize.figures import (
    and_a_half,
    compound_duration,
    figure_value,
    parse_percent_words,
    parse_tenths,
    split_unit,
)


@pytest.mark.parametrize(
    ("number", "unit", "expected"),
    [
        pytest.param("3.2", "万亿元", Decimal("3200000000000"), id="wan-yi-yuan"),
        pytest.param("16.4", "亿元", Decimal("1640000000"), id="yi-yuan"),
        pytest.param("1000", "人", Decimal("1000"), id="people"),
        pytest.param("两", "个百分点", Decimal("2"), id="points"),
        pytest.param("二十三万", "元", Decimal("230000"), id="chinese-magnitude-in-number"),
        pytest.param("7.25", "%", Decimal("7.25"), id="percent"),
    ],
)
def test_figure_value(number: str, unit: str, expected: Decimal) -> None:
    assert figure_value(number, unit) == expected


@pytest.mark.parametrize(
    ("unit", "base", "multiplier"),
    [
        pytest.param("万亿元", "元", 10**12, id="wan-yi"),
        pytest.param("千万美元", "美元", 10**7, id="qian-wan"),
        pytest.param("吨", "吨", 1, id="plain"),
        pytest.param("亿", None, 10**8, id="magnitude-only"),
    ],
)
def test_split_unit(unit: str, base: str | None, multiplier: int) -> None:
    parts = split_unit(unit)
    assert (parts.base_unit, parts.multiplier) == (base, multiplier)


def test_percent_words_and_tenths() -> None:
    assert parse_percent_words("百分之八点五") == (Decimal("8.5"), "%")
    assert parse_percent_words("百分之三十") == (Decimal("30"), "%")
    assert parse_tenths("三") == Decimal("30")
    with pytest.raises(ValueError):
        parse_percent_words("八成")


def test_compound_duration() -> None:
    assert compound_duration("九", "六") == Decimal("9.5")
    assert compound_duration("2", "3") == Decimal("2.25")


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        pytest.param("一", Decimal("1.5"), id="one-and-half"),
        pytest.param("两", Decimal("2.5"), id="two-and-half"),
        pytest.param("10", Decimal("10.5"), id="arabic"),
    ],
)
def test_and_a_half(number: str, expected: Decimal) -> None:
    assert and_a_half(number) == expected


@pytest.mark.parametrize(
    "number",
    [pytest.param("两三", id="two-or-three"), pytest.param("三五", id="three-to-five")],
)
def test_approximations_have_no_value(number: str) -> None:
    with pytest.raises(ValueError, match="approximation"):
        figure_value(number, "个")
