"""The public output types: pydantic models that validate and serialise themselves.

Every mention keeps half-open character offsets into the article's text
(``text[start:end] == surface``) and the id of the rule or model that found
it. Lists are document-level, in order of first appearance; each item lists
its mentions.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

SCHEMA_VERSION = "0.1"


def _exact_number(value: Decimal) -> int | float:
    """Integral decimals become JSON integers; others the shortest exact decimal text."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


#: A number kept exact in Python (``Decimal``) and written as a JSON number.
ExactNumber = Annotated[
    Decimal,
    PlainSerializer(_exact_number, return_type=int | float, when_used="json"),
]


class _Model(BaseModel):
    # Every field is always written, so the schema marks them all required.
    model_config = ConfigDict(
        extra="forbid", frozen=True, json_schema_serialization_defaults_required=True
    )


class Mention(_Model):
    """One place in the text where an item is written."""

    start: int = Field(description="Offset of the first character (half-open span).")
    end: int = Field(description="Offset after the last character.")
    text: str = Field(description="The surface text, equal to article.text[start:end].")
    rule_id: str = Field(description="The rule or model that found it.")


class Title(_Model):
    """A post as the article writes it (``省公安厅厅长``), with its parts where known."""

    text: str
    organization: str | None = Field(None, description="Organisation part: 省公安厅.")
    post: str | None = Field(None, description="The post itself: 厅长.")
    qualifiers: list[str] = Field(default_factory=list, description="副, 常务, 代理, 党组…")
    mentions: list[Mention] = Field(default_factory=list)


Role = Literal["chaired", "attended", "spoke", "reported", "met", "visited", "byline"]


class Person(_Model):
    name: str
    titles: list[Title] = Field(default_factory=list)
    roles: list[Role] = Field(
        default_factory=list, description="What the person did in the article."
    )
    mentions: list[Mention] = Field(default_factory=list)


class Organization(_Model):
    name: str
    mentions: list[Mention] = Field(default_factory=list)


class Place(_Model):
    name: str
    mentions: list[Mention] = Field(default_factory=list)


YearSource = Literal["stated", "published", "dateline", "inferred"]


class DateExpression(_Model):
    """A calendar point or period; ``value`` is ISO at the written precision."""

    text: str
    value: str | None = Field(
        description="2020-09-16, 2020-08, 2020, or START/END; null if unknown."
    )
    start_date: str | None = Field(None, description="First day or month of a period.")
    end_date: str | None = Field(None, description="Last day or month of a period.")
    precision: str | None = None
    year_source: YearSource | None = None
    mentions: list[Mention] = Field(default_factory=list)


class Figure(_Model):
    """A quantity with its unit: ``3.2万亿元`` is 3200000000000 with unit 万亿元."""

    text: str
    value: ExactNumber | None
    unit: str | None = None
    base_unit: str | None = Field(None, description="元 for 亿元; % for 成.")
    multiplier: int | None = Field(None, description="10^8 for 亿元.")
    qualifier: str | None = Field(None, description="约, 近, 超过, 余, 多, 以上…")
    metric: str | None = Field(None, description="What it measures, e.g. 同比增长.")
    subject: str | None = Field(None, description="What it is the figure of, e.g. 地区生产总值.")
    range: Literal["start", "end"] | None = Field(
        None, description="Which end of a range the figure is (3 in 3至5个)."
    )
    range_text: str | None = Field(None, description="The whole range as written: 3至5个.")
    mentions: list[Mention] = Field(default_factory=list)


#: ``place``: a city, county or district whose section a meeting's speeches give (长沙市：标题).
SpeakerKind = Literal["person", "organization", "meeting", "place"]
StatementKind = Literal["reported", "quote", "section"]


class Statement(_Model):
    """Who said what, in the article's words."""

    speaker: str
    speaker_kind: SpeakerKind
    kind: StatementKind
    verb: str | None = Field(None, description="The speech verb: 强调, 指出, 表示…")
    text: str
    start: int
    end: int
    speaker_mention: Mention | None = None
    rule_id: str


class Term(_Model):
    """A 《title》 or a quoted slogan, without its marks."""

    text: str
    kind: Literal["document", "quoted"]
    mentions: list[Mention] = Field(default_factory=list)


class ExtraMatch(_Model):
    """A match of a user rule that feeds a field the package does not have."""

    model_config = ConfigDict(
        extra="allow", frozen=True, json_schema_serialization_defaults_required=True
    )

    text: str
    start: int
    end: int
    label: str
    rule_id: str


class Article(_Model):
    """Everything extracted from one article."""

    id: str | None = None
    published: date | None = None
    title: str | None = None
    text: str
    people: list[Person] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    dates: list[DateExpression] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    terms: list[Term] = Field(default_factory=list)
    extras: dict[str, list[ExtraMatch]] = Field(default_factory=dict)
    warnings: list[str] = Field(default_factory=list)
    schema_version: str = SCHEMA_VERSION


class ErrorInfo(_Model):
    type: str
    message: str


class ErrorRecord(_Model):
    """What the batch writes for an article that could not be processed."""

    id: str | None
    error: ErrorInfo

    @classmethod
    def of(cls, record_id: str | None, error: Exception) -> ErrorRecord:
        """The record for an input that failed with ``error``."""
        return cls(id=record_id, error=ErrorInfo(type=type(error).__name__, message=str(error)))


def article_json_schema() -> dict[str, Any]:
    """The JSON Schema of ``Article`` (what one output line holds)."""
    return Article.model_json_schema(mode="serialization")
