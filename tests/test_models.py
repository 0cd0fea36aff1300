"""The output models: JSON Schema, error records, exact numbers."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from pydantic import ValidationError

from govnews_extract import (
    Article,
    ErrorInfo,
    ErrorRecord,
    Figure,
    Mention,
    article_json_schema,
)

FIELDS = ["id", "published", "title", "text", "people", "organizations", "places", "dates",
          "figures", "statements", "terms", "extras", "warnings", "schema_version"]


@pytest.fixture(scope="module")
def schema() -> dict:
    return article_json_schema()


def test_schema_lists_every_article_field(schema):
    assert schema["type"] == "object"
    assert schema["title"] == "Article"
    assert list(schema["properties"]) == FIELDS
    assert "text" in schema["required"]
    assert schema["additionalProperties"] is False
    json.dumps(schema)  # plain JSON, no Python objects inside


@pytest.mark.parametrize(
    ("model", "fields"),
    [
        pytest.param("Person", {"name", "titles", "roles", "mentions"}, id="person"),
        pytest.param("Title", {"text", "organization", "post", "qualifiers", "mentions"},
                     id="title"),
        pytest.param("Mention", {"start", "end", "text", "rule_id"}, id="mention"),
        pytest.param("Figure", {"text", "value", "unit", "base_unit", "multiplier", "qualifier",
                                "metric", "subject", "range", "range_text", "mentions"}, id="figure"),
        pytest.param("Statement", {"speaker", "speaker_kind", "kind", "verb", "text", "start",
                                   "end", "speaker_mention", "rule_id"}, id="statement"),
        pytest.param("Term", {"text", "kind", "mentions"}, id="term"),
        pytest.param("DateExpression", {"text", "value", "start_date", "end_date", "precision",
                                        "year_source", "mentions"}, id="date"),
    ],
)
def test_schema_defs(schema, model, fields):
    assert set(schema["$defs"][model]["properties"]) == fields


def test_schema_people_items_are_persons(schema):
    assert schema["properties"]["people"]["items"] == {"$ref": "#/$defs/Person"}


def test_schema_figure_value_is_a_json_number(schema):
    types = {option.get("type") for option in schema["$defs"]["Figure"]["properties"]["value"]
             ["anyOf"]}
    assert types == {"integer", "number", "null"}


@pytest.mark.parametrize(
    ("model", "field", "values"),
    [
        pytest.param("Term", "kind", {"document", "quoted"}, id="term-kind"),
        pytest.param("Statement", "speaker_kind", {"person", "organization", "meeting", "place"},
                     id="speaker-kind"),
        pytest.param("Statement", "kind", {"reported", "quote", "section"}, id="statement-kind"),
    ],
)
def test_schema_enums(schema, model, field, values):
    assert set(schema["$defs"][model]["properties"][field]["enum"]) == values


def test_schema_roles_enum(schema):
    roles = schema["$defs"]["Person"]["properties"]["roles"]["items"]["enum"]
    assert set(roles) == {"chaired", "attended", "spoke", "reported", "met", "visited", "byline"}


def test_real_output_validates_against_schema(schema, seed_article):
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(json.loads(seed_article.model_dump_json()), schema)
    broken = json.loads(seed_article.model_dump_json())
    broken["people"][0]["roles"] = ["sang"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_error_record_shape():
    record = ErrorRecord(id="a1", error=ErrorInfo(type="InputError", message="no text"))
    assert json.loads(record.model_dump_json()) == {
        "id": "a1", "error": {"type": "InputError", "message": "no text"}}
    assert ErrorRecord.model_validate_json(record.model_dump_json()) == record


def test_error_record_id_may_be_null_but_is_required():
    assert json.loads(ErrorRecord(id=None, error=ErrorInfo(type="T", message="m"))
                      .model_dump_json())["id"] is None
    with pytest.raises(ValidationError):
        ErrorRecord(error=ErrorInfo(type="T", message="m"))


@pytest.mark.parametrize(
    ("bad", "missing"),
    [pytest.param({"id": "x"}, "error", id="no-error"),
     pytest.param({"id": "x", "error": {"type": "T"}}, "message", id="no-message")],
)
def test_error_record_rejects_incomplete(bad, missing):
    with pytest.raises(ValidationError, match=missing):
        ErrorRecord.model_validate(bad)


def test_models_forbid_unknown_fields_and_are_frozen():
    with pytest.raises(ValidationError, match="nickname"):
        Mention(start=0, end=2, text="省长", rule_id="r", nickname="x")
    mention = Mention(start=0, end=2, text="省长", rule_id="r")
    with pytest.raises(ValidationError):
        mention.start = 5


@pytest.mark.parametrize(
    ("value", "json_value"),
    [
        pytest.param(Decimal("1640000000"), "1640000000", id="integral"),
        pytest.param(Decimal("1.64E+9"), "1640000000", id="exponent-integral"),
        pytest.param(Decimal("8.5"), "8.5", id="fraction"),
        pytest.param(Decimal("0.1"), "0.1", id="short-fraction"),
        pytest.param(None, "null", id="none"),
    ],
)
def test_figure_value_serialises_as_number(value, json_value):
    figure = Figure(text="x", value=value)
    assert f'"value":{json_value},' in figure.model_dump_json()
    assert figure.model_dump()["value"] == value  # Python keeps the Decimal


def test_article_defaults():
    article = Article(text="省长王建国主持会议。")
    dumped = json.loads(article.model_dump_json())
    assert list(dumped) == FIELDS
    assert dumped["people"] == [] and dumped["extras"] == {} and dumped["schema_version"] == "0.1"
