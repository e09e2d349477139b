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

from tools.masking import find_emails, find_phone_numbers
from tools.reviews.models import MaliciousCategory, Signal, SignalKind
from tools.reviews.signals_genuine import PHOTO_HOSTS, describes_defect
from tools.reviews.text_tools import compile_all, first_match, normalise, quote_around

_TLDS = (
    "com|net|org|co|id|io|shop|store|me|ly|cn|my|sg|link|xyz|gl|ee|gg|to|cc|vn|th|ph|bio|page|site|online|app|tk"
)
URL_PATTERN = re.compile(
    rf"(https?://\S+|www\.\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:{_TLDS})(?:\.[a-z]{{2}})?(?![a-z0-9-])(?:/\S*)?)",
    re.IGNORECASE,
)
# "bit dot ly", "t . me/x", "shop(dot)com", "tokoku titik id": dots spelled out or spaced to dodge filters.
OBFUSCATED_URL_PATTERN = re.compile(
    rf"\b[a-z0-9-]+\s*(?:[\[({{]\s*(?:dot|\.|titik|点)\s*[\])}}]|\s(?:dot|titik|点)\s|\s\.\s)\s*(?:{_TLDS})\b"
    r"|\b(?:t|wa|bit|s|shp|tinyurl|linktr|lnk|cutt)\s*(?:\.|dot)\s*(?:me|ly|ee|com|bio|id|ly)\b",
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
APP_NAME_PATTERNS = compile_all([
    r"\b(whats\s?app|whatsap+|wh?atsap+|wasap|watsap|telegram|instagram|insta|messenger|wechat|weixin|snapchat|kakao ?talk|zalo|viber|discord)\b",
    r"(微信|威信|薇信|徽信|卫星号|v信|微x|vx号|wx号|加v|加微|➕v|\+v|qq号|加qq|扣扣|小红书|抖音号|企鹅号)",
])
# A channel followed by what looks like an id: "v:abc_888", "wx abc123", "line id shop88", "ig: glow.deals".
# Short slang needs an explicit separator ("ig: x"), so "the line 3.5mm jack" or "v5.0" are not ids.
_ID = r"[a-z0-9_.\-]{3,}"
CHANNEL_ID_PATTERNS = compile_all([
    rf"(?:\b(?:{_APP_NAMES}|vx|wx|qq)\b|微信|威信|薇信|v信|微x|扣扣)\s*(?:id|no|number|nya|is|at|ke|di)?\s*[:=@-]?\s*"
    rf"(?=[a-z0-9_.\-]*[\d_.])[a-z0-9_.\-]{{4,}}",
    rf"\b(?:{_APP_SLANG}|line)\b\s*(?:id\s*)?[:=@]\s*@?{_ID}",
    rf"\bline\s?id\s*[:=@]?\s*{_ID}",
])
# The reviewer inviting readers to reach them; "contact me" alone is not here (a buyer asks that of the seller).
INVITATION_PATTERNS = compile_all([
    r"\b(dm|pm|inbox|add|follow|find) (me|us)\b|\bhit (me|us) up\b|\bhmu\b",
    r"\b(dm|pm|inbox|message|chat|contact|reach|text) (me |us )?(on|at|via|thru|through) (my )?({apps}|{slang})\b".format(
        apps=_APP_NAMES, slang=_APP_SLANG),
    r"\b(dm|pm|inbox|message|msg) (for|me for|us for) (price|samples?|details|info|orders?|cheaper|discount|more)\b",
    rf"\b(my|our) ({_APP_NAMES}|ig|wa|fb|tele|tg|yt|page|channel|profile|bio)\b",
    r"\b(on|via|lewat|di|ke) (my|our) ({apps})\b|\blink (in|di) (my )?bio\b|\bcek bio\b".format(apps=_APP_NAMES),
    r"\b(japri|pc aku|pc saya|dm aku|dm saya|chat aku|wa aku|wa saya|hubungi kami|kontak kami|follow aku)\b",
    r"\b(order|pesan|beli|chat|langsung) (lewat|via|ke|di) (wa|whatsapp|ig|instagram|dm|tele|telegram|line)\b",
    r"(私我|私信我|私聊我?|滴滴我|dd我|加我(微|v|好友)?|找我(拿|买|要)|联系我(拿|买|要)|看我主页|主页(有|见|联系))",
    r"(แอดไลน์|ทักไลน์|แอด ?line|ทักแชท|ไลน์ไอดี)|\b(ib|inbox) (mình|em|ngay)\b|\bkết bạn zalo\b",
    r"\b(me chama|chama no|me segue|segue (meu|minha|a gente))\b",
])
LURE_PATTERNS = compile_all([
    r"\b(cheaper|cheapest|better (price|deal)s?|half (the )?price|discount|wholesale|original|authentic|real ones?|in stock|ready stock|order|buy|contact|message|add)\b",
    r"\b(murah|termurah|grosir|ori|original|asli|ready|stok|order|pesan|beli|hubungi|kontak|chat|diskon|promo)\b",
    r"(便宜|低价|批发|正品|原单|现货|货源|联系|咨询|加|找|私)",
])
# The sentence says where the contact came from: the seller, or a failed attempt to reach them.
ATTRIBUTION_PATTERNS = compile_all([
    r"\b(seller|shop|store|customer service|cs|they|agent|admin|staff|rep|he|she|courier)\b[^.!?]{0,30}"
    r"\b(told|tells?|telling|asked|asks?|asking|wants?|wanted|made|forced|insisted|kept|keeps|gave|sent|said|says|suggested|requested|redirected)\b",
    r"\b(their|his|her|the (seller|shop|store|admin)'?s?|(seller|shop|store)'s)\s+(\w+\s+)?({apps}|number|page|account|ig|wa|line)\b".format(
        apps=_APP_NAMES),
    r"\b(no|never|not|didn'?t|don'?t|won'?t|doesn'?t|nobody)\b[^.!?]{0,20}\b(repl\w*|respon\w*|answer\w*|pick(ed)? up|read)\b",
    r"\b(report\w*|complain\w*|lapor\w*|adu(kan)?)\b[^.!?]{0,40}\b(to|ke)\b|(举报|投诉)",
    r"(客服|卖家|商家|店家|老板|掌柜|店主|快递)[^。!?]{0,8}(让|叫|要|要求|说|非要|一直|硬要|发|推|给)|(加|发)(他|她|他们)(的)?|(不回|没回|不理|已读不回|没人回)",
    r"\b(admin|penjual|seller|toko|cs|olshop|kurir)(nya)?\b[^.!?]{0,20}\b(suruh|nyuruh|minta|ngajak|bilang|kasih|ngasih|nyaranin|arahkan|mengarahkan|malah)\b",
    r"\b(wa|nomor|ig|no)\s?(admin|penjual|seller|toko|cs)(nya)?\b|\b(gak|tidak|ga|nggak|tdk|belum|ngga)\s?(di)?(balas|bales|respon|direspon|aktif|nyambung)\b",
    r"(ร้าน(ให้|บอกให้)|ไม่ตอบ)|\bshop (bảo|kêu|nói|bắt)\b|\bkhông (trả lời|rep|phản hồi)\b|\b(não|nao) (responde|respondeu)\b",
])
OTHER_SHOP_PATTERNS = compile_all([
    r"\b(visit|check out|search( for)?|look for|look up|find)\b[^.!?]{0,30}\b(shop|store|page|channel|official|account)\b",
    r"\blink in (my )?bio\b|\blink bio\b|\bsubscribe to my\b|\bfollow (me|my)\b|\b(check|see|visit) my (page|profile|channel)\b",
    r"\b(toko sebelah|beli di toko|mending beli di|cek toko|cari (aja )?di toko|cek ig|follow ig)\b",
    r"(去.{0,10}(店|淘宝|拼多多|京东).{0,8}买|淘宝搜|搜.{0,8}店|关注我|看我(的)?主页|我(的)?主页|我的橱窗)",
])


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
            return first_match(ATTRIBUTION_PATTERNS, lowered[start:end]) is not None
    return False


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
                 if not (PHOTO_HOSTS.search(match.group(0)) and defect_described)), None)
    link = link or OBFUSCATED_URL_PATTERN.search(lowered)
    if link:
        add("a link", link.start(), link.end())
    for what, match in (
        ("a social-media handle", HANDLE_PATTERN.search(without_emails)),
        ("a messaging or social account id", first_match(CHANNEL_ID_PATTERNS, without_emails)),
        ("an invitation to contact the reviewer", first_match(INVITATION_PATTERNS, lowered)),
    ):
        if match:
            add(what, match.start(), match.end())
    app = first_match(APP_NAME_PATTERNS, lowered)
    # A bare app name is promotion with an id, an invitation or a lure ("cheaper on WhatsApp");
    # "saw this on Instagram" or a name beside a described defect is context.
    if app and (findings or (first_match(LURE_PATTERNS, lowered) and not defect_described)):
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
    shop = first_match(OTHER_SHOP_PATTERNS, lowered)
    if shop:
        signals.append(Signal(
            kind=SignalKind.OTHER_SHOP_PROMOTION, category=MaliciousCategory.TRAFFIC_DIVERSION, weight=0.7,
            description="The review sends readers to another shop or account.",
            quotes=[quote_around(text, shop.start(), shop.end())],
        ))
    return signals
