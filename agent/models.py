"""The agent's boundary types: one result type per turn (`AgentTurn`) and the tool registry entry (`ToolSpec`)."""

from __future__ import annotations

from collections.abc import Callable

from pydantic import BaseModel, ConfigDict, Field, JsonValue

OFFLINE_MODE = "offline"


class TokenUsage(BaseModel):
    """Model calls and tokens spent on one turn (all zero offline)."""

    model_config = ConfigDict(extra="forbid")

    model_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def plus(self, other: TokenUsage) -> TokenUsage:
        return TokenUsage(
            model_calls=self.model_calls + other.model_calls,
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
        )


# The tools that read the knowledge base (playbook and help entries), not the shop's data.
KNOWLEDGE_TOOLS = frozenset({"search_playbook", "search_help"})


class ToolCallRecord(BaseModel):
    """One tool call as it happened: arguments in, JSON result (or error) out."""

    model_config = ConfigDict(extra="forbid")

    name: str
    arguments: dict[str, JsonValue] = Field(default_factory=dict)
    result: JsonValue = None
    error: str | None = None
    # The error in words a seller may read (a data check's message), or None when the failure is ours.
    error_for_seller: str | None = None
    elapsed_ms: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None


class AgentTurn(BaseModel):
    """What every planner/writer combination returns for one question."""

    model_config = ConfigDict(extra="forbid")

    answer: str
    tool_calls: list[ToolCallRecord] = Field(default_factory=list)
    citations: list[str] = Field(default_factory=list)
    # The cited entries' titles, in the order of `citations`: what a seller reads instead of an entry's id.
    citation_titles: list[str] = Field(default_factory=list)
    mode: str = OFFLINE_MODE
    language: str = "en"  # the language the answer is written in (a language pack's code)
    intent: str | None = None
    notes: list[str] = Field(default_factory=list)
    timings: dict[str, float] = Field(default_factory=dict)
    usage: TokenUsage = Field(default_factory=TokenUsage)

    def cited_entries(self) -> list[tuple[str, str]]:
        """(title, id) per cited entry; an entry without a known title shows its id."""
        titles = self.citation_titles if len(self.citation_titles) == len(self.citations) else self.citations
        return list(zip(titles, self.citations, strict=True))


class Citation(BaseModel):
    """A playbook or help entry an answer may cite (the knowledge base returns these)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    title: str
    text: str = ""


class ToolSpec(BaseModel):
    """A domain tool in the registry: `function(input_model) -> pydantic model`, described in one line."""

    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)

    name: str = Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")
    description: str = Field(min_length=1)
    input_model: type[BaseModel]
    function: Callable[[BaseModel], BaseModel]
