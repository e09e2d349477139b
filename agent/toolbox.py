"""The registry seam between the agent and the domain tools.

A tool is a typed function `(args: SomeInput) -> SomeOutput` (both pydantic models) whose docstring's
first line is an imperative sentence the model reads. The lead registers the real tools (VoC, video,
reviews, knowledge base) with closures that bind the store, shop context and settings.
"""

from __future__ import annotations

import inspect
import json
import time
import typing
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from pydantic import BaseModel, JsonValue, ValidationError

from agent.compact import compact_for_model
from agent.models import ToolCallRecord, ToolSpec
from tools.errors import AppError

ToolFunction = Callable[[Any], BaseModel]


def describe_error(exc: BaseException) -> str:
    """A short, model-readable description of a tool failure (no traceback, no internals)."""
    if isinstance(exc, ValidationError):
        problems = "; ".join(
            f"{'.'.join(str(part) for part in err['loc']) or 'arguments'}: {err['msg']}" for err in exc.errors()
        )
        return f"invalid arguments: {problems}"
    message = str(exc).strip() or exc.__class__.__name__
    return f"{exc.__class__.__name__}: {message}"


def tool_spec_from_function(function: ToolFunction, *, name: str | None = None) -> ToolSpec:
    """Build a `ToolSpec` from a typed function: input model from its one parameter, description from its docstring."""
    parameters = list(inspect.signature(function).parameters.values())
    if len(parameters) != 1:
        raise TypeError(f"tool {function.__name__!r} must take exactly one pydantic argument")
    hints = typing.get_type_hints(function)
    input_model = hints.get(parameters[0].name)
    if not (inspect.isclass(input_model) and issubclass(input_model, BaseModel)):
        raise TypeError(f"tool {function.__name__!r}: its argument must be annotated with a pydantic model")
    doc = inspect.getdoc(function) or ""
    description = doc.strip().splitlines()[0].strip() if doc.strip() else ""
    if not description:
        raise TypeError(f"tool {function.__name__!r} needs a one-line imperative docstring")
    return ToolSpec(name=name or function.__name__, description=description, input_model=input_model, function=function)


def _json_result(value: object) -> JsonValue:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    raise TypeError(f"tool returned {type(value).__name__}, expected a pydantic model")


class Toolbox:
    """Named tools; `call` never raises, it turns any failure into a `ToolCallRecord` with `error`."""

    def __init__(self, specs: Iterable[ToolSpec] = ()) -> None:
        self._specs: dict[str, ToolSpec] = {}
        for spec in specs:
            self.add_spec(spec)

    @classmethod
    def from_functions(cls, functions: Iterable[ToolFunction]) -> Toolbox:
        return cls(tool_spec_from_function(function) for function in functions)

    def add_spec(self, spec: ToolSpec) -> None:
        if spec.name in self._specs:
            raise ValueError(f"tool {spec.name!r} is registered twice")
        self._specs[spec.name] = spec

    def add(self, function: ToolFunction, *, name: str | None = None) -> ToolSpec:
        spec = tool_spec_from_function(function, name=name)
        self.add_spec(spec)
        return spec

    @property
    def names(self) -> list[str]:
        return list(self._specs)

    def spec(self, name: str) -> ToolSpec | None:
        return self._specs.get(name)

    def __contains__(self, name: object) -> bool:
        return name in self._specs

    def __len__(self) -> int:
        return len(self._specs)

    def call(self, name: str, arguments: Mapping[str, object] | None = None) -> ToolCallRecord:
        """Validate the arguments with the tool's input model, run it, and record the JSON result or the error."""
        raw_arguments = dict(arguments or {})
        recorded_arguments = _jsonable_arguments(raw_arguments)
        started = time.perf_counter()
        spec = self._specs.get(name)
        try:
            if spec is None:
                raise LookupError(f"no tool named {name!r}; available: {', '.join(self._specs) or 'none'}")
            parsed = spec.input_model.model_validate(raw_arguments)
            result = _json_result(spec.function(parsed))
        except Exception as exc:  # a tool failure is a result the model and the writer can read
            return ToolCallRecord(
                name=name, arguments=recorded_arguments, error=describe_error(exc),
                error_for_seller=str(exc) if isinstance(exc, AppError) else None, elapsed_ms=_elapsed_ms(started)
            )
        return ToolCallRecord(name=name, arguments=recorded_arguments, result=result, elapsed_ms=_elapsed_ms(started))

    def as_langchain_tools(self) -> list[Any]:
        """Each tool as a LangChain `StructuredTool` (schema from its input model) for `create_agent`.

        The tool's content is the JSON the model reads; the full `ToolCallRecord` rides along as the
        ToolMessage's artifact, so the planner reads records back from the messages (no shared state).
        """
        from langchain_core.tools import StructuredTool

        return [
            StructuredTool.from_function(
                func=self._langchain_runner(spec.name),
                name=spec.name,
                description=spec.description,
                args_schema=spec.input_model,
                response_format="content_and_artifact",
            )
            for spec in self._specs.values()
        ]

    def _langchain_runner(self, name: str) -> Callable[..., tuple[str, ToolCallRecord]]:
        def run(**arguments: object) -> tuple[str, ToolCallRecord]:
            record = self.call(name, _plain_arguments(arguments))
            return tool_content_for_model(record), record

        return run


def tool_content_for_model(record: ToolCallRecord) -> str:
    """What the model reads back from a tool call: JSON data, or the error as data."""
    if record.error is not None:
        return json.dumps({"error": record.error}, ensure_ascii=False)
    return json.dumps(compact_for_model(record.result), ensure_ascii=False, separators=(",", ":"))


def _plain_arguments(arguments: Mapping[str, object]) -> dict[str, object]:
    # StructuredTool hands over validated field values (possibly nested models); re-validation wants plain data.
    return {key: value.model_dump(mode="json") if isinstance(value, BaseModel) else value for key, value in arguments.items()}


def _jsonable_arguments(arguments: Mapping[str, object]) -> dict[str, JsonValue]:
    return json.loads(json.dumps(dict(arguments), default=str, ensure_ascii=False))


def _elapsed_ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000.0, 3)
