"""Mask personal contact data (emails, phone numbers) before text is shown or drafted."""

from __future__ import annotations

import re

EMAIL_PATTERN = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Phone numbers: an optional +country code, then 8+ digits that may be split by spaces, dots or dashes.
PHONE_PATTERN = re.compile(r"(?<![\w])\+?\d[\d\s().-]{6,}\d(?![\w])")
EMAIL_MASK = "[email hidden]"
PHONE_MASK = "[phone hidden]"


DATE_PATTERN = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}")


def _is_phone(candidate: str) -> bool:
    if DATE_PATTERN.fullmatch(candidate.strip()):
        return False
    digits = sum(ch.isdigit() for ch in candidate)
    return 8 <= digits <= 15


def mask_contacts(text: str) -> str:
    """Replace emails and phone numbers with placeholders; leave everything else as written."""
    masked = EMAIL_PATTERN.sub(EMAIL_MASK, text)
    return PHONE_PATTERN.sub(lambda m: PHONE_MASK if _is_phone(m.group(0)) else m.group(0), masked)


def find_contacts(text: str) -> list[str]:
    """The emails and phone numbers present in a text (for signals; never shown unmasked)."""
    found = EMAIL_PATTERN.findall(text)
    found += [m.group(0) for m in PHONE_PATTERN.finditer(text) if _is_phone(m.group(0))]
    return found
