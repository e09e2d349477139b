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

from tools.reviews.models import Decision, MaliciousCategory, Strict

STRONG_EVIDENCE = 0.75

# What to verify before reporting, per category (the platform asks for proof; these are where it is).
CHECKLISTS: dict[MaliciousCategory, tuple[str, ...]] = {
    MaliciousCategory.REPEAT_NEGATIVE: (
        "Open the buyer's earlier orders and reviews: were they about real problems you confirmed?",
        "Check this order for the problem the review describes (photos, the return, the courier's record).",
    ),
    MaliciousCategory.COERCIVE: (
        "Read the chat: did the buyer ask for something they are not owed in exchange for the review?",
        "Check whether the problem the review describes is real; if it is, the remedy is owed and this is not coercion.",
    ),
    MaliciousCategory.COMPETITOR: (
        "Look up the reviewer's shop or brand: does it sell the same goods?",
        "Check this order for the problem the review describes before calling it unfair.",
    ),
    MaliciousCategory.TRAFFIC_DIVERSION: (
        "Check who the contact or link belongs to: the reviewer's own channel, or evidence such as a photo?",
        "Check this order for the problem the review describes; answer the buyer about it either way.",
    ),
    MaliciousCategory.WRONG_PRODUCT: (
        "Check what was packed and shipped for this order: a wrong item shipped is a genuine complaint.",
        "Check whether the product the review names is one of your other listings.",
    ),
    MaliciousCategory.INVALID: (
        "Read the review again: does any part of it describe this purchase?",
    ),
}


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
    checklist = list(CHECKLISTS[category])
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
