"""Find and mask e-mail addresses and phone numbers before text is shown to anyone."""

from __future__ import annotations

import re

EMAIL_MASK = "[email hidden]"
PHONE_MASK = "[phone hidden]"

EMAIL_PATTERN = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
# A run of digits with the separators people type in phone numbers; filtered by `_looks_like_phone`.
_PHONE_CANDIDATE = re.compile(r"(?<![\w+])\+?\(?\d[\d\s().-]{6,20}\d(?!\w)")
# Order, tracking and receipt numbers are long digit runs too; these words just before one mean
# "not a phone number" so a buyer quoting their order id is not accused of traffic diversion.
_ID_CONTEXT = re.compile(
    r"(order|tracking|track|resi|awb|invoice|receipt|pesanan|no\.?\s*pesanan|订单|单号|运单|快递单)\W{0,6}(?:no\.?|number|#|id|号)?\W{0,4}$",
    re.IGNORECASE,
)
_CONTACT_CONTEXT = re.compile(
    r"(call|phone|tel|text|sms|whats\s?app|wa|hp|telp|hubungi|nomor|no\.?|电话|手机|联系|微信|line)\W{0,6}$", re.IGNORECASE
)


def _looks_like_phone(candidate: str, before: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    if not 8 <= len(digits) <= 15:
        return False
    if _ID_CONTEXT.search(before):
        return False
    stripped = candidate.lstrip("(")
    if stripped.startswith("+") or _CONTACT_CONTEXT.search(before):
        return True
    if re.fullmatch(r"1[3-9]\d{9}", digits):  # mainland China mobile
        return True
    # Local mobile formats (0812..., 0917...) written with separators look like phone numbers;
    # an unbroken run of digits without context is more often an order or tracking id.
    has_separators = bool(re.search(r"[\s().-]", candidate.strip()))
    return digits.startswith("0") and 9 <= len(digits) <= 13 and has_separators


def find_phone_numbers(text: str) -> list[str]:
    """Phone-number-like spans of `text`, in order."""
    found = []
    for match in _PHONE_CANDIDATE.finditer(text):
        if _looks_like_phone(match.group(0), text[max(0, match.start() - 24) : match.start()]):
            found.append(match.group(0).strip())
    return found


def find_emails(text: str) -> list[str]:
    return EMAIL_PATTERN.findall(text)


def mask_contacts(text: str) -> str:
    """Replace e-mail addresses and phone numbers with placeholders."""
    masked = EMAIL_PATTERN.sub(EMAIL_MASK, text)
    pieces: list[str] = []
    cursor = 0
    for match in _PHONE_CANDIDATE.finditer(masked):
        if _looks_like_phone(match.group(0), masked[max(0, match.start() - 24) : match.start()]):
            pieces.append(masked[cursor : match.start()])
            pieces.append(PHONE_MASK)
            cursor = match.end()
    pieces.append(masked[cursor:])
    return "".join(pieces)
