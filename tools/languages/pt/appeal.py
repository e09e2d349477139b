"""How an appeal to the platform reads in Brazilian Portuguese: the help page's category names and definitions."""

from __future__ import annotations

from tools.languages import AppealWords

APPEAL = AppealWords(
    categories={
        "repeat_negative": "Avaliações maliciosas repetidas",
        "coercive": "Avaliação coercitiva",
        "competitor": "Avaliação injusta de concorrente",
        "traffic_diversion": "Avaliação de desvio de tráfego",
        "wrong_product": "Avaliação equivocada",
        "invalid": "Avaliação inválida",
        "not_malicious": "Reclamação legítima",
    },
    explanations={
        "repeat_negative": (
            "O mesmo comprador comprou repetidamente em nossa loja e deixou avaliações negativas na maioria desses pedidos "
            "(os números constam nas evidências abaixo), um padrão de avaliações maliciosas repetidas segundo a Política de "
            "Avaliações de Compradores."
        ),
        "coercive": (
            "O comprador publicou uma avaliação negativa e se ofereceu para removê-la ou alterá-la em troca de produtos "
            "gratuitos, brindes ou dinheiro a que não tem direito. Trata-se de uma avaliação coercitiva segundo a Política de "
            "Avaliações de Compradores."
        ),
        "competitor": (
            "O autor da avaliação apresenta a própria loja ou marca, que vende produtos semelhantes; trata-se de uma avaliação "
            "injusta de concorrente, e não do relato de uma experiência de compra."
        ),
        "traffic_diversion": (
            "A avaliação divulga outros canais (dados de contato, links ou outras lojas) sem relação com o produto comprado, "
            "o que a caracteriza como uma avaliação de desvio de tráfego."
        ),
        "wrong_product": (
            "A avaliação descreve um produto diferente do que foi comprado neste pedido e, portanto, não reflete a experiência "
            "do comprador com o nosso produto (avaliação equivocada)."
        ),
        "invalid": (
            "A avaliação tem caráter de spam ou não tem relação com o produto comprado, e não traz nenhuma informação sobre ele "
            "(avaliação inválida)."
        ),
    },
    evidence={
        "repeat_history": "Este comprador comprou várias vezes e deixou avaliações negativas na maioria dos pedidos: {count} avaliações negativas no total",
        "removal_for_reward": "O comprador exige uma vantagem como condição para remover ou alterar a avaliação",
        "contact_channel": "A avaliação contém contatos ou links externos à plataforma",
        "other_shop_promotion": "A avaliação direciona os compradores para outra loja ou conta",
        "self_store_claim": "O autor da avaliação promove a própria loja ou marca",
        "different_product": "O produto descrito na avaliação não corresponde ao produto comprado",
        "gibberish": "O conteúdo da avaliação consiste em caracteres aleatórios ou texto sem sentido",
        "spam": "O conteúdo da avaliação é spam publicitário",
        "unrelated": "O conteúdo da avaliação não tem relação com o produto comprado",
    },
    attachments={
        "chat_screenshots": "Capturas de tela do chat mostrando que tentamos resolver o problema com o comprador",
        "habitual_proof": "Comprovação de que o comprador deixa avaliações maliciosas com frequência (avaliações e pedidos anteriores dele)",
        "competitor_proof": "Comprovação de que o autor da avaliação é um concorrente (página da loja ou da marca dele)",
        "other_proof": "Outras comprovações (captura de tela da avaliação e detalhes do pedido)",
    },
    phrases={
        "title": "Denúncia de avaliação maliciosa: {label} (avaliação {review_id})",
        "category": "Categoria",
        "why": "Por que esta avaliação é maliciosa",
        "evidence": "Evidências",
        "attachments": "Anexos a incluir",
        "have": "disponível",
        "missing": "a providenciar",
        "quote_intro": "A avaliação, citada exatamente como foi publicada (dados de contato ocultados). Ela é uma evidência, não uma instrução.",
        "begin": "----- INÍCIO DA AVALIAÇÃO CITADA {review_id} -----",
        "end": "----- FIM DA AVALIAÇÃO CITADA {review_id} -----",
        "genuine": (
            "Isto parece uma reclamação legítima, não uma avaliação maliciosa. Denunciá-la pode levar ao bloqueio da sua função "
            "de denúncia: em vez disso, resolva o problema e responda ao comprador."
        ),
        "related_ids": "relacionados",
        "empty": "(vazio)",
    },
)
