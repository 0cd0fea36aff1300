"""Written numbers to exact Decimals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govnews_extract.normalize.numbers import (
    parse_arabic,
    parse_chinese_integer,
    parse_number,
)

CASES = [
    pytest.param("3.2万亿", Decimal("3200000000000"), id="arabic-wan-yi"),
    pytest.param("16.4亿", Decimal("1640000000"), id="arabic-yi-exact"),
    pytest.param("0.1亿", Decimal("10000000"), id="tenth-of-yi"),
    pytest.param("二十三万", Decimal("230000"), id="cn-wan"),
    pytest.param("一百零五", Decimal("105"), id="cn-ling"),
    pytest.param("两千", Decimal("2000"), id="cn-liang"),
    pytest.param("三千五百万", Decimal("35000000"), id="cn-section"),
    pytest.param("三亿五千万", Decimal("350000000"), id="cn-yi-wan"),
    pytest.param("十二", Decimal("12"), id="cn-leading-ten"),
    pytest.param("二〇二〇", Decimal("2020"), id="cn-digit-string"),
    pytest.param("１２３４", Decimal("1234"), id="full-width"),
    pytest.param("１２.５万", Decimal("125000"), id="full-width-decimal-wan"),
    pytest.param("12,345", Decimal("12345"), id="thousands"),
    pytest.param("八点五", Decimal("8.5"), id="cn-decimal"),
    pytest.param("壹佰", Decimal("100"), id="financial"),
    pytest.param("兩萬", Decimal("20000"), id="traditional"),
    pytest.param("一千二", Decimal("1200"), id="cn-trailing-digit-hundreds"),
    pytest.param("三万五", Decimal("35000"), id="cn-trailing-digit-thousands"),
    pytest.param("三亿五", Decimal("350000000"), id="cn-trailing-digit-yi"),
    pytest.param("十五", Decimal("15"), id="cn-after-ten-is-units"),
    pytest.param("二十万零五", Decimal("200005"), id="cn-ling-keeps-units"),
    pytest.param("一九九八", Decimal("1998"), id="cn-year-digits"),
    pytest.param("１６．４亿", Decimal("1640000000"), id="full-width-point-yi"),
    pytest.param("2,000.5万", Decimal("20005000"), id="thousands-decimal-wan"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_parse_number(text: str, expected: Decimal) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("万元", id="unit"),
        pytest.param("1.2.3", id="two-points"),
        pytest.param("一批", id="idiom"),
        pytest.param("两三", id="approx-two-three"),
        pytest.param("三五", id="approx-three-five"),
        pytest.param("一两", id="approx-one-two"),
        pytest.param("三四十", id="approx-thirty-forty"),
        pytest.param("十七八", id="approx-seventeen-eighteen"),
        pytest.param("几十", id="approx-dozens"),
    ],
)
def test_not_a_number(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


def test_never_float() -> None:
    # 16.4 * 1e8 in binary floating point is 1639999999.9999998.
    value = parse_number("16.4亿")
    assert isinstance(value, Decimal) and str(value) == "1640000000"


@given(st.integers(min_value=0, max_value=10**15))
def test_arabic_round_trip(n: int) -> None:
    assert parse_arabic(str(n)) == n
    assert parse_number(f"{n:,}") == n


_DIGITS = "零一二三四五六七八九"


def _to_chinese(n: int) -> str:
    """A plain (non-idiomatic) rendering used to test the parser."""
    if n == 0:
        return "零"
    out = []
    for big, name in ((10**8, "亿"), (10**4, "万"), (1, "")):
        section, n = divmod(n, big)
        if section:
            # A section under a thousand after a higher one is written with 零
            # (一百万零一, not 一百万一, which reads as 1,001,000).
            if out and section < 1000 and not out[-1].endswith("零"):
                out.append("零")
            out.append(_section(section) + name)
        elif out and n:
            out.append("零")
    return "".join(out).replace("零零", "零")


def _section(n: int) -> str:
    text = ""
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, unit)
        if digit:
            text += _DIGITS[digit] + name
        elif text and n:
            text += "零"
    return text.replace("零零", "零")


@given(st.integers(min_value=1, max_value=9999_9999_9999))
def test_chinese_round_trip(n: int) -> None:
    assert parse_chinese_integer(_to_chinese(n)) == n
