"""Figure values and units: ``3.2万亿元``, ``百分之八点五``, ``三成``, ``九年零六个月``, ``一年半``.

The gold keeps the unit as written after the number, magnitude words included
(``万亿元``), and the value fully expanded (``3200000000000``). These helpers
split such a unit into its multiplier and base unit and compute the value,
exactly, with ``Decimal``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal

from govnews_extract.normalize.numbers import (
    MAGNITUDES,
    magnitude_of,
    parse_number,
    tidy_decimal,
)

#: Months in a year, for ``九年零六个月``.
_MONTHS_PER_YEAR = Decimal(12)
#: Durations that do not divide evenly are kept to this many places.
_DURATION_PLACES = Decimal("0.000001")


@dataclass(frozen=True, slots=True)
class UnitParts:
    """A written unit split into its magnitude words and its base unit."""

    unit: str
    magnitude: str
    base_unit: str | None
    multiplier: int


def split_unit(unit: str) -> UnitParts:
    """Split ``万亿元`` into magnitude ``万亿`` (10**12) and base ``元``.

    A unit that is only magnitude words (``万``) has no base unit.

    >>> split_unit("万亿元")
    UnitParts(unit='万亿元', magnitude='万亿', base_unit='元', multiplier=1000000000000)
    >>> split_unit("个百分点")
    UnitParts(unit='个百分点', magnitude='', base_unit='个百分点', multiplier=1)
    >>> split_unit("万")
    UnitParts(unit='万', magnitude='万', base_unit=None, multiplier=10000)
    """
    end = 0
    while end < len(unit) and unit[end] in MAGNITUDES:
        end += 1
    magnitude, base = unit[:end], unit[end:]
    return UnitParts(unit, magnitude, base or None, magnitude_of(magnitude))


def figure_value(number: str, unit: str = "") -> Decimal:
    """The fully expanded value of ``number`` written before ``unit``.

    >>> figure_value("3.2", "万亿元")
    Decimal('3200000000000')
    >>> figure_value("500", "万元")
    Decimal('5000000')
    >>> figure_value("二万七千", "元")
    Decimal('27000')
    >>> figure_value("8.5", "%")
    Decimal('8.5')
    """
    return tidy_decimal(parse_number(number) * split_unit(unit).multiplier)


def parse_percent_words(text: str) -> tuple[Decimal, str]:
    """``百分之八点五`` is 8.5 ``%``; ``千分之五`` is 5 ``‰``.

    >>> parse_percent_words("百分之八点五")
    (Decimal('8.5'), '%')
    >>> parse_percent_words("百分之百")
    (Decimal('100'), '%')
    >>> parse_percent_words("千分之五")
    (Decimal('5'), '‰')
    >>> parse_percent_words("百分之12.5")
    (Decimal('12.5'), '%')
    """
    for prefix, unit in (("百分之", "%"), ("千分之", "‰")):
        if text.startswith(prefix):
            return parse_number(text[len(prefix) :]), unit
    raise ValueError(f"not a percentage in words: {text!r}")


def parse_tenths(number: str) -> Decimal:
    """``三成`` (three tenths) is 30 per cent.

    >>> parse_tenths("三")
    Decimal('30')
    >>> parse_tenths("两")
    Decimal('20')
    """
    return tidy_decimal(parse_number(number) * 10)


def and_a_half(number: str) -> Decimal:
    """``一年半`` and ``两个半月``: the number plus one half.

    >>> and_a_half("一"), and_a_half("两"), and_a_half("3")
    (Decimal('1.5'), Decimal('2.5'), Decimal('3.5'))
    """
    return tidy_decimal(parse_number(number) + Decimal("0.5"))


def race_seconds(minutes: str | None, seconds: str, hundredths: str) -> Decimal:
    """A race timing (``2分00秒87``, ``9秒35``) in seconds.

    >>> race_seconds("2", "00", "87"), race_seconds(None, "9", "35")
    (Decimal('120.87'), Decimal('9.35'))
    """
    whole = int(minutes or 0) * 60 + int(seconds)
    return tidy_decimal(Decimal(whole) + Decimal(hundredths) / 100)


def compound_duration(years: str, months: str) -> Decimal:
    """``九年零六个月`` as years: 9 + 6/12 = 9.5.

    >>> compound_duration("九", "六")
    Decimal('9.5')
    >>> compound_duration("3", "4")
    Decimal('3.333333')
    """
    value = parse_number(years) + parse_number(months) / _MONTHS_PER_YEAR
    return tidy_decimal(value.quantize(_DURATION_PLACES, rounding=ROUND_HALF_EVEN))
