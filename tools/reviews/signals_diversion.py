"""Traffic diversion: the review sends readers elsewhere — links (also spelled out, "bit dot ly"),
phone numbers, e-mails, handles, messaging apps (and their slang: WA, tele, v信, 加v, zap), an
invitation to contact the reviewer ("DM me", "私我", "japri"), or another shop.

Who gives the contact matters: a buyer reporting that the *seller* asked them to add a WeChat, or
that nobody answered on WhatsApp, is complaining, not advertising; so channel mentions in a
sentence that attributes them to the seller or to a failed contact do not count. A bare app name
next to a described defect (no handle, no invitation) is context, not promotion. Links to photo
hosts next to a described defect are evidence of the complaint.
"""

from __future__ import annotations

import re
from functools import cache

from tools.languages import review_fragments
from tools.masking import find_emails, find_phone_numbers
from tools.reviews.models import MaliciousCategory, Signal, SignalKind
from tools.reviews.signals_genuine import PHOTO_HOSTS, describes_defect, photo_words
from tools.reviews.text_tools import compile_all, first_match, normalise, pack_patterns, quote_around

_TLDS = (
    "com|net|org|co|id|io|shop|store|me|ly|cn|my|sg|link|xyz|gl|ee|gg|to|cc|vn|th|ph|bio|page|site|online|app|tk"
)
URL_PATTERN = re.compile(
    rf"(https?://\S+|www\.\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:{_TLDS})(?:\.[a-z]{{2}})?(?![a-z0-9-])(?:/\S*)?)",
    re.IGNORECASE,
)


@cache
def obfuscated_url_pattern() -> re.Pattern[str]:
    """A link with its dots spelled out or spaced to dodge filters: "bit dot ly", "t . me/x", "shop(dot)com",
    "tokoku titik id"; each pack names its word for the dot."""
    words = "|".join(review_fragments("dot_words")) or "(?!)"
    dot = f"\\.|{words}"
    return re.compile(
        rf"\b[a-z0-9-]+\s*(?:[\[({{]\s*(?:{dot})\s*[\])}}]|\s(?:{words})\s)\s*(?:{_TLDS})\b"
        # " . " alone ends many sentences ("... pic . Shop please"): only with a top-level domain no word spells
        rf"|\b[a-z0-9-]+\s\.\s(?:com|net|org|xyz|vn|th|cn|io|ly|gg|ee)\b"
        rf"|\b(?:t|wa|bit|s|shp|tinyurl|linktr|lnk|cutt)\s*(?:\.|{dot})\s*(?:me|ly|ee|com|bio|id|ly)\b",
        re.IGNORECASE,
    )


HANDLE_PATTERN = re.compile(r"(?<![\w.@])@[a-z0-9_][a-z0-9_.]{2,}", re.IGNORECASE)
# Unambiguous app names count on their own; short slang ("wa", "ig", "v") only with an id or an invitation.
_APP_NAMES = (
    r"whats\s?app|whatsap+|wh?atsap+|wasap|watsap|telegram|instagram|insta|facebook|messenger|wechat|weixin|"
    r"snapchat|kakao ?talk|zalo|viber|tiktok|tik tok|discord"
)
_APP_SLANG = r"wa|w\.a|tg|tele|ig|fb|tt|line|vx|wx|v|zap|zapzap|qq|ins|snap"
# TikTok (TikTok Shop) and Facebook (Marketplace) are also where the buyer shops and reports, so
# their bare names are not counted; with a handle or an invitation they are.
_APP_NAME = re.compile(
    r"\b(whats\s?app|whatsap+|wh?atsap+|wasap|watsap|telegram|instagram|insta|messenger|wechat|weixin|snapchat|kakao ?talk|zalo|viber|discord)\b",
    re.IGNORECASE,
)
# The same names broken by a dot, dash or space between letters ("za.lo", "tele-gram", "what's app").
_APP_NAME_BROKEN = re.compile(
    r"\b(?:" + "|".join(
        r"[\W_]?".join(re.escape(letter) for letter in name)
        for name in ("whatsapp", "telegram", "instagram", "messenger", "wechat", "snapchat", "zalo", "viber", "discord")
    ) + r")\b",
    re.IGNORECASE,
)
_ID = r"[a-z0-9_.\-]{3,}"
# Digits and signs written for letters inside a word ("wh4tsapp", "t3l3gram", "1nstagram"): one for one, so a match
# in the unleeted text has the same span in the text.
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "$": "s", "@": "a"})
# A word (not a handle: no "@" first) of letters and those stand-ins, with at least one of each.
_MIXED_WORD = re.compile(r"(?<![\w$@])(?!@)(?=[\w$@]*[a-z])(?=[\w$@]*[013457$@])[a-z013457$@]{4,}(?![\w$@])")


def unleet(lowered: str) -> str:
    """The text with look-alike digits read as letters in words that mix the two; app names are matched on it."""
    return _MIXED_WORD.sub(lambda match: match.group(0).translate(_LEET), lowered)


@cache
def app_name_patterns() -> tuple[re.Pattern[str], ...]:
    """Messaging apps named on their own: the international names, then each pack's own ("微信")."""
    return (_APP_NAME, _APP_NAME_BROKEN, *pack_patterns("channel_names"))


@cache
def channel_id_patterns() -> tuple[re.Pattern[str], ...]:
    """A channel followed by what looks like an id: "v:abc_888", "wx abc123", "line id shop88", "ig: glow.deals".
    Short slang needs an explicit separator ("ig: x"), so "the line 3.5mm jack" or "v5.0" are not ids."""
    local = "|".join(review_fragments("channel_id_names"))
    return compile_all([
        rf"(?:\b(?:{_APP_NAMES}|vx|wx|qq)\b{'|' + local if local else ''})\s*(?:id|no|number|nya|is|at|ke|di)?\s*[:=@-]?\s*"
        rf"(?=[a-z0-9_.\-]*[\d_.])[a-z0-9_.\-]{{4,}}",
        rf"\b(?:{_APP_SLANG}|line)\b[^\w\s]{{0,3}}\s*(?:id\s*)?[:=@]\s*@?{_ID}",
        rf"\bline\s?id\s*[:=@]?\s*{_ID}",
    ])


def _invitations() -> tuple[re.Pattern[str], ...]:
    """The reviewer inviting readers to reach them; "contact me" alone is not one (a buyer asks that of the seller)."""
    return pack_patterns("invitations", apps=_APP_NAMES, slang=_APP_SLANG)


def _attributions() -> tuple[re.Pattern[str], ...]:
    """The sentence says where the contact came from: the seller, or a failed attempt to reach them."""
    return pack_patterns("attributions", apps=_APP_NAMES)


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"[.!?;\n\u3002\uff01\uff1f\uff1b]+", text):
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _attributed(lowered: str, position: int) -> bool:
    """Whether the sentence holding `position` attributes contact details to someone else."""
    for start, end in _sentence_spans(lowered):
        if start <= position < end or position == end == len(lowered):
            return first_match(_attributions(), lowered[start:end]) is not None
    return False


def _evidence_link(match: re.Match[str], text: str, *, defect_described: bool) -> bool:
    """A link to a picture or a video of the problem: a photo host beside a described defect, or any link
    the buyer introduces as their photos or video ("photos here: ...", "视频在这：...")."""
    if PHOTO_HOSTS.search(match.group(0)) and (defect_described or photo_words().search(text)):
        return True
    return photo_words().search(text[max(0, match.start() - 60) : match.start()]) is not None


def _channel_findings(text: str, *, defect_described: bool) -> list[tuple[str, str]]:
    """(what was found, quote) pairs. Phone numbers and e-mails are named, never shown."""
    lowered = normalise(text)
    findings: list[tuple[str, str]] = []

    def add(what: str, start: int, end: int) -> None:
        if not _attributed(lowered, start):
            findings.append((what, quote_around(text, start, end)))

    for phone in find_phone_numbers(text):
        start = text.find(phone)
        add("a phone number", start, start + len(phone))
    for email in find_emails(text):
        start = text.find(email)
        add("an e-mail address", start, start + len(email))
    without_emails = re.sub(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", " ", lowered)
    link = next((match for match in URL_PATTERN.finditer(without_emails)
                 if not _evidence_link(match, without_emails, defect_described=defect_described)), None)
    link = link or obfuscated_url_pattern().search(lowered)
    if link:
        add("a link", link.start(), link.end())
    plain, plain_without_emails = unleet(lowered), unleet(without_emails)  # "wh4tsapp": same spans, letters for digits
    for what, match in (
        ("a social-media handle", HANDLE_PATTERN.search(without_emails)),
        ("a messaging or social account id",
         first_match(channel_id_patterns(), without_emails) or first_match(channel_id_patterns(), plain_without_emails)),
        ("an invitation to contact the reviewer", first_match(_invitations(), lowered) or first_match(_invitations(), plain)),
    ):
        if match:
            add(what, match.start(), match.end())
    app = first_match(app_name_patterns(), lowered) or first_match(app_name_patterns(), plain)
    # A bare app name is promotion with an id, an invitation or a lure ("cheaper on WhatsApp");
    # "saw this on Instagram" or a name beside a described defect is context.
    if app and (findings or (first_match(pack_patterns("lures"), lowered) and not defect_described)):
        add("a messaging or social app", app.start(), app.end())
    return findings


def diversion_signals(text: str) -> list[Signal]:
    """Only the published review counts: contact details in a private chat divert no traffic."""
    defect_described = describes_defect(text)
    signals: list[Signal] = []
    findings = _channel_findings(text, defect_described=defect_described)
    if findings:
        kinds = sorted({what for what, _ in findings})
        only_invitation = kinds == ["an invitation to contact the reviewer"]
        signals.append(Signal(
            kind=SignalKind.CONTACT_CHANNEL, category=MaliciousCategory.TRAFFIC_DIVERSION,
            weight=0.75 if only_invitation else 0.9,
            description=f"The review advertises an outside channel: {', '.join(kinds)}.",
            quotes=list(dict.fromkeys(quote for _, quote in findings)),
        ))
    lowered = normalise(text)
    shop = first_match(pack_patterns("other_shops"), lowered)
    if shop:
        signals.append(Signal(
            kind=SignalKind.OTHER_SHOP_PROMOTION, category=MaliciousCategory.TRAFFIC_DIVERSION, weight=0.75,
            description="The review sends readers to another shop or account.",
            quotes=[quote_around(text, shop.start(), shop.end())],
        ))
    return signals
