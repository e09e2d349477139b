"""Portuguese words the malicious-review detectors read (`tools/reviews/signals_*.py`). Each entry is one
regex, matched case-insensitively on the review as a person sees it (`tools.untrusted_text.clean`)."""

from __future__ import annotations

from tools.languages import ReviewWords

REVIEWS = ReviewWords(
    defects=(r"\b(quebrad[oa]|n[ãa]o (funciona|liga|carrega)|defeito|rasgad[oa]|falsificad[oa]|estragad[oa]|vazand[oa])\b",),
    entitled_remedies=(r"\b(reembols\w*|troca|dinheiro de volta)\b",),
    review_changes=(
        r"\b(mud\w*|tir\w*|apag\w*|troc\w*|alter\w*|edit\w*|exclu\w*)\s+(a |minha |essa |esta )?(avalia\w*|nota|estrelas|coment\w*)\b|\b(5|cinco) estrelas\b",
    ),
    rewards=(r"\b(grátis|brinde|cupom|desconto|pix)\b", r"\br\$\s?\d+|\b\d+\s?reais\b"),
    invitations=(r"\b(me chama|chama no|me segue|segue (meu|minha|a gente))\b",),
    attributions=(r"\b(não|nao) (responde|respondeu)\b",),
    own_store_claims=(r"\b(minha loja|nossa loja|nossa marca)\b",),
    product_kinds={
        "dress": ("vestido",),
        "top": ("camiseta",),
        "shoes": ("sapato", "tênis"),
        "bag": ("bolsa",),
        "phone_case": ("capinha",),
        "charger": ("carregador",),
        "earphones": ("fone de ouvido",),
    },
)
