"""Portuguese phrase bank of the demo generator (smaller than en/zh/id: a lighter share of the buyers)."""

from __future__ import annotations

from tools.demo import stories

LANGUAGE = "pt"

ITEMS = {category: ["o produto", "isso", "o item"] for category in stories.CATEGORIES}
FEATURES = {category: ["o design", "a cor", "a embalagem"] for category in stories.CATEGORIES}

POSITIVE = ["Adorei, {feature} é lindo.", "Ótima qualidade, compraria de novo!", "Chegou rápido e bem embalado, obrigada!", "Igual às fotos, recomendo", "Nenhum problema, tudo certo"]
NEUTRAL = ["Ok.", "Normal, nada demais.", "Dá pro gasto.", "Vale o preço."]
NEGATIVE_OPENERS = ["", "", "Muito decepcionada. ", "Não gostei. "]
NEGATIVE_CLOSERS = ["", "", " Não recomendo.", " Não compro mais."]
POSITIVE_CLOSERS = ["", " Obrigado!", " 👍"]
MIXED_PRAISE = ["Amei {feature}", "O preço é bom"]
MIXED_JOINERS = [" mas ", ", porém "]

ISSUES: dict[str, list[str]] = {
    "not_as_described": ["não é como na descrição", "a cor é diferente da foto"],
    "size_fit": ["o tamanho é muito pequeno", "não serviu, tabela de medidas errada"],
    "quality_defect": ["quebrou depois de {days} dias", "qualidade péssima"],
    "performance": ["a bateria acaba em {hours} horas", "o cheiro some rápido"],
    "misleading_promotion": ["a live prometeu muito mais", "o vídeo do influenciador exagerou"],
    "counterfeit": ["é falsificado, não é original", "produto falso"],
    "safety": ["esquentou demais e quase queimou", "me deu alergia"],
    "price_value": ["caro demais pela qualidade", "não vale o preço"],
    "damaged_or_missing": ["chegou quebrado", "faltou um item no pedido"],
    "wrong_item": ["enviaram o produto errado", "veio a cor errada"],
    "logistics_delay": ["a entrega demorou {days} dias", "ainda não recebi"],
    "customer_service": ["o vendedor não responde", "atendimento péssimo"],
}
STORY: dict[str, list[str]] = {}
RETURN_PREFIXES = ["", "Quero reembolso: "]
BUYER_SIDE: dict[str, list[str]] = {"CHANGED_MIND": ["Mudei de ideia", ""], "ORDERED_BY_MISTAKE": ["Pedi por engano", ""], "BETTER_PRICE": ["Achei mais barato", ""]}
MALICIOUS: dict[str, list[str]] = {
    "repeat_negative": ["Ruim.", "Péssimo, 1 estrela."],
    "coercive": ["Mande outro de graça e eu mudo para 5 estrelas", "Me reembolse que eu apago esta avaliação"],
    "competitor": ["Compre na minha loja, é original e mais barato"],
    "traffic_diversion": ["Chama no WhatsApp +55 11 91234-5678 mais barato"],
    "wrong_product": ["A capinha do celular rachou em um dia"],
    "invalid": ["kkkkkkkkkk", "asdfasdf"],
}
