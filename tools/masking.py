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


def _looks_like_phone(candidate: str, before: str, *, written_apart: bool = False) -> bool:
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
    has_separators = written_apart or bool(re.search(r"[\s().-]", candidate.strip()))
    return digits.startswith("0") and 9 <= len(digits) <= 13 and has_separators


def _written_apart(text: str, start: int, end: int) -> bool:
    """Whether a digit run of a cleaned text was written with something between its digits (spaces,
    invisible characters, words): a local number, not an order id typed in one go."""
    from tools.untrusted_text import CleanText

    if not isinstance(text, CleanText):
        return False
    low, high = text.original_span(start, end)
    return not text.original[low:high].strip().isdigit()


def _phone_matches(text: str) -> list[re.Match[str]]:
    return [
        match for match in _PHONE_CANDIDATE.finditer(text)
        if _looks_like_phone(
            match.group(0), text[max(0, match.start() - 24) : match.start()],
            written_apart=_written_apart(text, match.start(), match.end()),
        )
    ]


def find_phone_numbers(text: str) -> list[str]:
    """Phone-number-like spans of `text`, in order."""
    return [match.group(0).strip() for match in _phone_matches(text)]


def find_emails(text: str) -> list[str]:
    return EMAIL_PATTERN.findall(text)


def _contact_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, mask) for every e-mail address and phone number of `text`, in order."""
    spans = [(match.start(), match.end(), EMAIL_MASK) for match in EMAIL_PATTERN.finditer(text)]
    for match in _phone_matches(text):
        if not any(start <= match.start() < end for start, end, _ in spans):  # digits of an e-mail address
            spans.append((match.start(), match.end(), PHONE_MASK))
    return sorted(spans)


def _replaced(text: str, spans: list[tuple[int, int, str]]) -> str:
    pieces: list[str] = []
    cursor = 0
    for start, end, mask in spans:
        if start < cursor:
            continue
        pieces.extend([text[cursor:start], mask])
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def mask_contacts(text: str) -> str:
    """Replace e-mail addresses and phone numbers with placeholders, also those written to slip past a
    filter (digits spaced out or in words, invisible characters inside): they are found in the text as
    a reader sees it (`tools.untrusted_text.clean`) and masked where they stand in the original."""
    from tools.untrusted_text import clean

    masked = _replaced(text, _contact_spans(text))
    cleaned = clean(masked)
    if not cleaned.changes:
        return masked
    hidden = [(*cleaned.original_span(start, end), mask) for start, end, mask in _contact_spans(cleaned)]
    return _replaced(masked, sorted(hidden))
