"""What the seller should do with a review: report it, check first, or not report it.

The category says what a review looks like; the decision says what the evidence supports. The help
page is explicit that not every bad review is malicious and that a seller who abuses reporting is
blocked (reference 002), so a report needs both a malicious category and nothing that makes the
review read as a real problem:

- `do_not_report`: no malicious category. A genuine complaint: fix the problem.
- `check_first`: a malicious category, but the review also describes a specific, plausible problem
  with this product or order, or the category's evidence is weak. No draft; a checklist of what to
  verify.
- `report`: a malicious category with strong evidence (score at least `STRONG_EVIDENCE`) and no
  described problem.
"""

from __future__ import annotations

from tools.languages import pack
from tools.reviews.models import Decision, MaliciousCategory, Strict

STRONG_EVIDENCE = 0.75


def checklist_for(category: MaliciousCategory, language: str = "en") -> list[str]:
    """What to verify before reporting a review of this category (the platform asks for proof; these are
    where it is), from the language pack's messages."""
    return [pack(language).messages[f"checklist_{category.value}"]]


class DecisionOutcome(Strict):
    decision: Decision
    reason: str  # one sentence, for the CLI and the JSON
    checklist: list[str]  # what to verify (check first)
    problem: str | None = None  # the described problem that made it "check first", quoted


def decide(category: MaliciousCategory, *, score: float, problem: str | None) -> DecisionOutcome:
    """The decision for a classified review; `problem` quotes the specific problem the review describes, if
    any (`signals_genuine.concrete_problem`)."""
    if category is MaliciousCategory.NOT_MALICIOUS:
        return DecisionOutcome(
            decision=Decision.DO_NOT_REPORT,
            reason="No sign of a malicious category: a genuine complaint to fix, not to report.", checklist=[],
        )
    checklist = checklist_for(category)
    # A wrong review's described problem is another product's; whether the wrong item was shipped
    # is the wrong-product detector's own test.
    if problem is not None and category is not MaliciousCategory.WRONG_PRODUCT:
        return DecisionOutcome(
            decision=Decision.CHECK_FIRST, checklist=checklist, problem=problem,
            reason=f'It looks malicious, but it also describes a specific problem ("{problem}"); verify before reporting.',
        )
    if score < STRONG_EVIDENCE:
        return DecisionOutcome(
            decision=Decision.CHECK_FIRST, checklist=checklist,
            reason="The signs are there but weak; verify before reporting.",
        )
    return DecisionOutcome(
        decision=Decision.REPORT, checklist=[],
        reason="Strong evidence of a malicious category and no problem described: report it.",
    )
