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
        "belum blm udh sdh krn karena jelek kecewa datang dateng gk g pas kecil besar harga".split()
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


def detect_language(text: str) -> str:
    """Guess the language of one feedback text ("und" when unsure)."""
    if not text:
        return "und"
    han = len(_HAN.findall(text))
    thai = len(_THAI.findall(text))
    if han or thai:
        if _KANA_OR_HANGUL.search(text):
            return "und"
        return "zh" if han >= thai else "th"
    if _KANA_OR_HANGUL.search(text):
        return "und"
    if _VIETNAMESE_LETTERS.search(text):
        return "vi"
    scores = {language: 0 for language in _STOPWORDS}
    for word in _WORD.findall(text.lower()):
        for language, words in _STOPWORDS.items():
            if word in words:
                scores[language] += 1
    best = max(scores, key=lambda language: scores[language])
    if scores[best] == 0:
        return "und"
    # Ties go to English: SEA buyers mix English words into every language.
    if scores["en"] == scores[best]:
        return "en"
    return best
