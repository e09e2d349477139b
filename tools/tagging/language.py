"""Fast language guess for short buyer feedback: script first, then stopword profiles.

Returns "en", "zh", "id", "th", "vi", "pt" or "und". No model, no download: feedback is short and
informal, so a script check plus a few hundred common words is both faster and more robust here
than a general-purpose detector.
"""

from __future__ import annotations

import re

SUPPORTED_LANGUAGES = ("en", "zh", "id", "th", "vi", "pt")

_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_KANA_OR_HANGUL = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
# Letters only Vietnamese uses (ă, đ, ơ, ư and the stacked-tone block); Portuguese shares á/ã/ê.
_VIETNAMESE_LETTERS = re.compile(r"[ăđơưĂĐƠƯ\u1ea0-\u1ef9]")
_WORD = re.compile(r"[a-zà-ỹ']+")

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the and is it was i my this not but very to of for with too are be have had so after when "
        "they you its it's just on in at that didn't doesn't don't did does item arrived product "
        "quality would will what really got came love great good bad broken size fit seller "
        "delivery ordered order received because than there been never only even".split()
    ),
    "id": frozenset(
        "yang dan tidak ga gak nggak ngga tdk udah sudah sangat banget bgt ini itu aku saya barang "
        "sampai sampe pengiriman kirim tapi tp juga jg ada dengan dgn untuk utk nya sih kak min "
        "sesuai bagus kurang lama rusak pesan warna ukuran beli cepat mantap dong deh aja kok lagi "
        "belum blm udh sdh krn karena jelek kecewa datang dateng gk g pas kecil besar harga kaya kayak "
        "yg dr aja sih mah pake dipake bikin gimana emang banget udah kalo kalau ternyata aslinya buat kualitas "
        "segini gitu cuma lebih sama bisa mau jadi baru seller kurir paket isinya bahan warnanya ukurannya".split()
    ),
    "pt": frozenset(
        "que não nao de do da muito mas produto chegou veio para pra com um uma é o os as meu minha "
        "bem bom ótimo otimo pelo foi está esta entrega qualidade tamanho recomendo vendedor "
        "péssimo pessimo ainda nada dias quebrado comprei".split()
    ),
    # Vietnamese typed without diacritics ("khong bi hong") has no tell-tale letters.
    "vi": frozenset(
        "khong hang giao rat nhung duoc minh cua thi qua bi la shop nhan mua chat luong dep lam roi "
        "cho nay voi mot cung con nhu ko dc sp sai mau".split()
    ),
}


# word -> the languages whose profile holds it: one dict lookup per word instead of one per language.
_WORD_LANGUAGES: dict[str, tuple[str, ...]] = {}
for _language, _words in _STOPWORDS.items():
    for _word in _words:
        _WORD_LANGUAGES[_word] = (*_WORD_LANGUAGES.get(_word, ()), _language)
_NON_LATIN = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def detect_language(text: str) -> str:
    """Guess the language of one feedback text ("und" when unsure)."""
    if not text:
        return "und"
    if _NON_LATIN.search(text) is None:
        return _detect_latin(text)
    han = len(_HAN.findall(text))
    thai = len(_THAI.findall(text))
    if han or thai:
        if _KANA_OR_HANGUL.search(text):
            return "und"
        return "zh" if han >= thai else "th"
    return "und"


def _detect_latin(text: str) -> str:
    if _VIETNAMESE_LETTERS.search(text):
        return "vi"
    scores = {language: 0 for language in _STOPWORDS}
    for word in _WORD.findall(text.lower()):
        for language in _WORD_LANGUAGES.get(word, ()):
            scores[language] += 1
        # Indonesian's possessive suffix: bahannya, wanginya, sellernya.
        if len(word) > 4 and word.endswith("nya"):
            scores["id"] += 1
    best = max(scores, key=lambda language: scores[language])
    if scores[best] == 0:
        return "und"
    # Ties go to the other language: SEA buyers mix English words into every language, and the
    # tagger always adds the English lexicon to the detected one anyway.
    runner_up = [language for language, score in scores.items() if score == scores[best] and language != "en"]
    return runner_up[0] if runner_up else "en"
