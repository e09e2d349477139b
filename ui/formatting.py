"""Turn the tools' models into Markdown, HTML and plain text for the app and the CLI. Formatting only:
every level, rate and count shown here is a field the tools computed. The app's table and plot frames are in
`ui.frames` (pandas is imported only there, so the CLI starts without it)."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from tools.video.models import GpmGap

LEVEL_COLOURS = {
    "At Risk": "#d93025", "Needs Attention": "#f29900", "Market Average": "#5f6368",
    "Below Average": "#188038", "-": "#9aa0a6",
}
HIGHLIGHT, NORMAL = "over 50% of negative feedback", "other issues"
ISSUE_COLOURS = {HIGHLIGHT: "#d93025", NORMAL: "#8ab4f8"}


class Hit(Protocol):
    """A knowledge-base entry as the app shows it (vectorstore's KnowledgeHit fits)."""

    id: str
    title: str
    text: str


def pct(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else f"{value * 100:.{digits}f}%"


def escape(text: str) -> str:
    """Untrusted text (reviews, titles) shown inside Markdown/HTML."""
    return html.escape(text, quote=False).replace("\n", " ")


# --- files -------------------------------------------------------------------------------------
def file_name(path: str) -> str:
    """A path's last part: the app names files, not where they sat on the server."""
    return path.replace("\\", "/").rsplit("/", 1)[-1]


# --- knowledge base and videos --------------------------------------------------------------
_TAG_IN_TEXT = re.compile(r"`([a-z]+(?:_[a-z]+)+)`")


def entry_markdown(title: str, body: str) -> str:
    """A playbook or help entry as a seller reads it: its title (not our id for it), and an issue tag in its text by
    the issue's name ("`quality_defect`" reads "Quality defect")."""
    from tools.tagging.taxonomy import TAG_LABEL

    labels = {str(tag): label for tag, label in TAG_LABEL.items()}
    return f"#### {escape(title)}\n\n" + _TAG_IN_TEXT.sub(lambda found: labels.get(found.group(1), found.group(0)), body)


def gpm_benchmark_text(gap: GpmGap) -> str:
    """Where a video's GPM benchmark comes from, in words."""
    if gap.benchmark_source == "imported":
        return "the marketplace's benchmark"
    return f"median of {gap.benchmark_videos} eligible videos in your store"
