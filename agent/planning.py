"""The planner seam: a deterministic planner turns a question into tool calls (the lead implements it).

The tool-calling planner (`agent/tool_agent.py`) is the model-driven alternative; both end in the
same `ToolCallRecord`s, so the writers and the service do not care which one ran.
"""

from __future__ import annotations

from typing import Protocol

from pydantic import BaseModel, ConfigDict, Field, JsonValue

from agent.memory import SessionMemory


class PlannedToolCall(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    arguments: dict[str, JsonValue] = Field(default_factory=dict)


class Plan(BaseModel):
    """What to run for a question: its intent, the tool calls, and whether an answer needs data at all."""

    model_config = ConfigDict(extra="forbid")

    intent: str
    tool_calls: list[PlannedToolCall] = Field(default_factory=list)
    # False for greetings, help questions and the like: a model may answer those without tools.
    requires_data: bool = True
    # A review an out-of-scope ask is about ("delete R-1"): the answer says what can be done with it instead.
    declined_review: str | None = None
    # Part of the question asks the assistant to act in the marketplace ("refund R-1's buyer for me, was the product
    # bad?"): the rest is answered, and the answer first says that part is the seller's to do.
    declined_act: bool = False


class Planner(Protocol):
    """Routes a question (and the session's memory, for "the second one") to tool calls."""

    def plan(self, question: str, memory: SessionMemory) -> Plan: ...
