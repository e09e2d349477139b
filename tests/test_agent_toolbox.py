"""The toolbox seam: typed tools, validated arguments, and failures turned into records."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import BaseModel, ConfigDict

from agent.toolbox import Toolbox, tool_content_for_model, tool_spec_from_function


class ProductQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    product_id: str
    as_of: date | None = None


class ProductFacts(BaseModel):
    model_config = ConfigDict(extra="forbid")

    product_id: str
    negative_rate: float
    as_of: date | None


def product_facts(args: ProductQuery) -> ProductFacts:
    """Look up one product's negative feedback rate."""
    if args.product_id == "P-404":
        raise LookupError("no product P-404 in this shop")
    return ProductFacts(product_id=args.product_id, negative_rate=0.1234, as_of=args.as_of)


def returns_prose(args: ProductQuery) -> str:  # type: ignore[return-value]
    """Return prose instead of a model."""
    return "12% negative"


def test_a_tool_spec_comes_from_the_function_signature_and_docstring() -> None:
    spec = tool_spec_from_function(product_facts)
    assert spec.name == "product_facts"
    assert spec.description == "Look up one product's negative feedback rate."
    assert spec.input_model is ProductQuery


def test_tools_must_be_typed_and_documented() -> None:
    def untyped(args):  # type: ignore[no-untyped-def]
        """Do something."""

    def undocumented(args: ProductQuery) -> ProductFacts:
        return product_facts(args)

    with pytest.raises(TypeError, match="pydantic"):
        tool_spec_from_function(untyped)
    with pytest.raises(TypeError, match="docstring"):
        tool_spec_from_function(undocumented)
    toolbox = Toolbox.from_functions([product_facts])
    with pytest.raises(ValueError, match="twice"):
        toolbox.add(product_facts)


def test_a_successful_call_records_json_arguments_and_result() -> None:
    record = Toolbox.from_functions([product_facts]).call("product_facts", {"product_id": "P-1001", "as_of": date(2026, 11, 20)})
    assert record.ok
    assert record.arguments == {"product_id": "P-1001", "as_of": "2026-11-20"}
    assert record.result == {"product_id": "P-1001", "negative_rate": 0.1234, "as_of": "2026-11-20"}
    assert record.elapsed_ms >= 0


@pytest.mark.parametrize(
    ("name", "arguments", "expected_error"),
    [
        ("product_facts", {}, "invalid arguments: product_id: Field required"),
        ("product_facts", {"product_id": "P-1", "colour": "blue"}, "invalid arguments: colour: Extra inputs"),
        ("product_facts", {"product_id": "P-404"}, "LookupError: no product P-404 in this shop"),
        ("no_such_tool", {"x": 1}, "no tool named 'no_such_tool'"),
        ("returns_prose", {"product_id": "P-1"}, "TypeError: tool returned str, expected a pydantic model"),
    ],
)
def test_any_failure_becomes_a_record_with_an_error(name: str, arguments: dict[str, object], expected_error: str) -> None:
    toolbox = Toolbox.from_functions([product_facts, returns_prose])
    record = toolbox.call(name, arguments)
    assert not record.ok
    assert record.result is None
    assert expected_error in (record.error or "")
    assert record.name == name
    assert tool_content_for_model(record).startswith('{"error": ')


def test_langchain_tools_carry_the_schema_and_return_records_as_artifacts() -> None:
    toolbox = Toolbox.from_functions([product_facts])
    (tool,) = toolbox.as_langchain_tools()
    assert tool.name == "product_facts"
    assert tool.description == "Look up one product's negative feedback rate."
    assert set(tool.tool_call_schema.model_json_schema()["properties"]) == {"product_id", "as_of"}
    message = tool.invoke({"type": "tool_call", "name": "product_facts", "args": {"product_id": "P-1001"}, "id": "c1"})
    assert message.artifact.result["negative_rate"] == 0.1234
    assert '"negative_rate":0.1234' in message.content
    failed = tool.invoke({"type": "tool_call", "name": "product_facts", "args": {"product_id": "P-404"}, "id": "c2"})
    assert failed.artifact.error == "LookupError: no product P-404 in this shop"
    assert "P-404" in failed.content


def test_models_read_a_compact_result_with_the_same_values() -> None:
    from agent.compact import compact_for_model

    result = {"level": "At Risk", "rate": 0.22794117647058823, "note": None, "tags": [],
              "daily": [{"day": "2026-11-01", "views": 10}] * 7,
              "issues": [{"tag": "size_fit", "evidence": [{"id": i} for i in range(5)]}]}
    compact = compact_for_model(result)
    assert compact == {"level": "At Risk", "rate": 0.2279, "issues": [{"tag": "size_fit", "evidence": [{"id": 0}, {"id": 1}]}]}
