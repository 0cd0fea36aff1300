"""Turn written numbers into exact ``Decimal`` values.

News writes numbers in Arabic digits (half- or full-width, with ``,``
thousands separators and magnitude words: ``3.2万亿``) and in Chinese numerals
(``二十三万``, ``一百零五``, ``两千``, ``二〇二〇``). Everything here is exact:
values are ``Decimal`` or ``int``, never ``float``, so ``16.4亿`` is
``1640000000`` and not ``1639999999.9999998``.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from itertools import pairwise

from govnews_extract.state import fold_width

#: Digits written with Chinese characters (lower case, financial and
#: traditional forms), including ``〇`` used in years (``二〇二〇``).
CN_DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "○": 0, "Ｏ": 0,
    "一": 1, "壹": 1, "幺": 1,
    "二": 2, "两": 2, "兩": 2, "贰": 2, "貳": 2,
    "三": 3, "叁": 3, "參": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}  # fmt: skip

#: Units below 万 that scale the digit before them (``三千``).
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}

#: Magnitudes that scale everything before them (``三千五百万``); also used as
#: magnitude words after Arabic digits (``3.2万亿``).
MAGNITUDES: dict[str, int] = {
    "十": 10,
    "百": 100,
    "千": 1000,
    "万": 10_000,
    "萬": 10_000,
    "亿": 100_000_000,
    "億": 100_000_000,
}

#: Big units in ``parse_chinese_integer`` (they close a section).
_BIG_UNITS: dict[str, int] = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}

_DECIMAL_POINTS = frozenset("点點")


def parse_chinese_integer(text: str) -> int:
    """The integer written in Chinese numerals.

    Handles positional forms with units and the plain digit strings used for
    years; ``两`` counts as 2 and a leading ``十`` as 10. A digit left after a
    unit without ``零`` takes the next lower unit, as in speech (``一千二`` is
    1200, ``三万五`` is 35000; ``一百零五`` is 105).

    Two digits side by side are an approximation, not a number: ``两三`` is
    "two or three" and ``三四十`` "thirty or forty" (cn2an reads them as 23
    and 40). They raise ``ValueError``; see ``is_approximation``.

    >>> parse_chinese_integer("二十三万")
    230000
    >>> parse_chinese_integer("一百零五")
    105
    >>> parse_chinese_integer("两千")
    2000
    >>> parse_chinese_integer("三千五百万")
    35000000
    >>> parse_chinese_integer("十七")
    17
    >>> parse_chinese_integer("二〇二〇")
    2020
    >>> parse_chinese_integer("一万亿")
    1000000000000
    >>> parse_chinese_integer("二万七千")
    27000
    >>> parse_chinese_integer("一千二"), parse_chinese_integer("三万五")
    (1200, 35000)
    >>> parse_chinese_integer("两三")
    Traceback (most recent call last):
    ...
    ValueError: an approximation, not a number: '两三'
    >>> parse_chinese_integer("三四十")
    Traceback (most recent call last):
    ...
    ValueError: an approximation, not a number: '三四十'
    >>> parse_chinese_integer("年")
    Traceback (most recent call last):
    ...
    ValueError: not a Chinese numeral: '年'
    """
    if not text or any(
        ch not in CN_DIGITS and ch not in SMALL_UNITS and ch not in _BIG_UNITS for ch in text
    ):
        raise ValueError(f"not a Chinese numeral: {text!r}")
    if is_approximation(text):
        raise ValueError(f"an approximation, not a number: {text!r}")
    if all(ch in CN_DIGITS for ch in text):
        # Digit-by-digit (``二〇二〇``), or a single digit.
        value = 0
        for ch in text:
            value = value * 10 + CN_DIGITS[ch]
        return value
    total = 0  # finished sections above the current big unit
    section = 0  # value below the current big unit
    digit: int | None = None
    last_unit = 0  # the unit just before the pending digit (0: none, or 零 between)
    for ch in text:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
            if digit == 0:
                last_unit = 0
        elif ch in SMALL_UNITS:
            section += (1 if digit is None else digit) * SMALL_UNITS[ch]
            digit = None
            last_unit = SMALL_UNITS[ch]
        else:
            big = _BIG_UNITS[ch]
            if section == 0 and digit is None and total == 0:
                digit = 1  # a bare 万 is ten thousand
            section += digit or 0
            digit = None
            if big > 10_000 or total == 0:
                # 亿 scales everything before it; 万 after 亿 scales its section.
                total = (total + section) * big if big > 10_000 else section * big
            else:
                total += section * big
            section = 0
            last_unit = big
    if digit and last_unit >= 100:
        # ``一千二``: the trailing digit counts in the next lower unit.
        digit *= last_unit // 10
    return total + section + (digit or 0)


#: Digits that, written side by side, make an approximation (``两三``, ``三五``).
_NONZERO_DIGITS = frozenset(ch for ch, v in CN_DIGITS.items() if v)


def is_approximation(text: str) -> bool:
    """Whether Chinese numerals hold two non-zero digits side by side.

    ``一两``, ``两三``, ``三五``, ``七八十`` and ``十七八`` are vague amounts
    ("one or two", "three to five"…), not numbers. Digit strings of three or
    more characters (years such as ``一九九八``) are not approximations.

    >>> [is_approximation(t) for t in ("两三", "三五", "七八十", "十七八", "一二")]
    [True, True, True, True, True]
    >>> [is_approximation(t) for t in ("二十三", "一百零五", "一九九八", "三")]
    [False, False, False, False]
    """
    if len(text) > 2 and all(ch in CN_DIGITS for ch in text):
        return False
    return any(a in _NONZERO_DIGITS and b in _NONZERO_DIGITS for a, b in pairwise(text))


def parse_chinese_number(text: str) -> Decimal:
    """A Chinese numeral that may carry a decimal point (``八点五``).

    >>> parse_chinese_number("八点五")
    Decimal('8.5')
    >>> parse_chinese_number("三点一四")
    Decimal('3.14')
    >>> parse_chinese_number("一百")
    Decimal('100')
    >>> parse_chinese_number("半")
    Decimal('0.5')
    """
    if text == "半":
        return Decimal("0.5")
    for i, ch in enumerate(text):
        if ch in _DECIMAL_POINTS:
            whole, frac = text[:i], text[i + 1 :]
            if not frac or any(c not in CN_DIGITS for c in frac):
                raise ValueError(f"not a Chinese decimal: {text!r}")
            digits = "".join(str(CN_DIGITS[c]) for c in frac)
            return Decimal(f"{parse_chinese_integer(whole) if whole else 0}.{digits}")
    return Decimal(parse_chinese_integer(text))


def parse_arabic(text: str) -> Decimal:
    """Arabic digits, full- or half-width, with optional ``,`` thousands groups.

    >>> parse_arabic("１６.４")
    Decimal('16.4')
    >>> parse_arabic("1,000")
    Decimal('1000')
    >>> parse_arabic("12a")
    Traceback (most recent call last):
    ...
    ValueError: not an Arabic number: '12a'
    """
    plain = fold_width(text).replace(",", "")
    if not plain or not all(c.isdigit() or c == "." for c in plain) or plain.count(".") > 1:
        raise ValueError(f"not an Arabic number: {text!r}")
    try:
        return Decimal(plain)
    except InvalidOperation as exc:  # pragma: no cover - guarded above
        raise ValueError(f"not an Arabic number: {text!r}") from exc


def magnitude_of(word: str) -> int:
    """The multiplier of a run of magnitude words (``万亿`` is 10**12).

    >>> magnitude_of("万亿")
    1000000000000
    >>> magnitude_of("千万")
    10000000
    >>> magnitude_of("")
    1
    """
    value = 1
    for ch in word:
        if ch not in MAGNITUDES:
            raise ValueError(f"not a magnitude word: {word!r}")
        value *= MAGNITUDES[ch]
    return value


def split_magnitude(text: str) -> tuple[str, str]:
    """Split ``3.2万亿`` into the Arabic part and the trailing magnitude words.

    >>> split_magnitude("3.2万亿")
    ('3.2', '万亿')
    >>> split_magnitude("15")
    ('15', '')
    """
    end = len(text)
    while end > 0 and text[end - 1] in MAGNITUDES:
        end -= 1
    return text[:end], text[end:]


def parse_number(text: str) -> Decimal:
    """Any written number: Arabic, Chinese, or Arabic plus magnitude words.

    >>> parse_number("3.2万亿")
    Decimal('3200000000000')
    >>> parse_number("16.4亿")
    Decimal('1640000000')
    >>> parse_number("二十三万")
    Decimal('230000')
    >>> parse_number("１５")
    Decimal('15')
    >>> parse_number("545.0亿")
    Decimal('54500000000')
    >>> parse_number("0.3")
    Decimal('0.3')
    """
    folded = fold_width(text.strip())
    if not folded:
        raise ValueError("not a number: ''")
    if folded[0].isdigit():
        digits, magnitude = split_magnitude(folded)
        value = parse_arabic(digits) * magnitude_of(magnitude)
    else:
        value = parse_chinese_number(folded)
    return tidy_decimal(value)


def tidy_decimal(value: Decimal) -> Decimal:
    """Drop trailing zeros without switching to exponent notation.

    >>> tidy_decimal(Decimal("54500000000.0"))
    Decimal('54500000000')
    >>> tidy_decimal(Decimal("8.50"))
    Decimal('8.5')
    """
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()
