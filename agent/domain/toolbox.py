"""Every domain tool in one toolbox, bound to this shop's store and settings."""

from __future__ import annotations

from agent.domain.deps import ToolDeps
from agent.domain.knowledge_tools import build_knowledge_tools
from agent.domain.review_tools import build_review_tools
from agent.domain.video_tools import build_video_tools
from agent.domain.voc_tools import build_voc_tools
from agent.toolbox import Toolbox


def build_domain_toolbox(deps: ToolDeps) -> Toolbox:
    """The tools the planners may call. None of them writes to the report ledger."""
    functions = [*build_voc_tools(deps), *build_video_tools(deps), *build_review_tools(deps)]
    if deps.knowledge_base is not None:
        functions.extend(build_knowledge_tools(deps))
    return Toolbox.from_functions(functions)
