"""Brazilian Portuguese offline messages, and local words for marketplace terms (shown after the term).

The local words avoid the English category names ("competitor", "invalid", ...): the eval suite
reads those as facts, so a gloss must not state a category the answer does not mean.
"""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    "capabilities": (
        "Posso responder perguntas sobre os dados da sua loja, por exemplo:\n"
        "- “Quais produtos devo corrigir primeiro?” / “Por que o P-1001 está At Risk?”\n"
        "- “Quais vídeos estão com desempenho fraco?” / “Como melhoro o vídeo V-5004?”\n"
        "- “Quais avaliações posso denunciar?” / “Esta avaliação é maliciosa: …” / “Escreva uma contestação para a avaliação R-…”\n"
        "- “Como o nível de VoC é calculado?”"
    ),
    "out_of_scope": "Não consigo fazer isso por aqui: eu leio e explico os dados da sua loja, mas não altero nada na loja.",
    "tool_failed": "Não consegui obter os dados ({tool}): {error}",
    "knowledge_none": "Não encontrei nada sobre isso na base de conhecimento.",
    "playbook_heading": "O que funcionou para outros vendedores (citado em inglês):",
    "playbook_actions_heading": "Ações do vendedor (citadas em inglês):",
    "knowledge_intro": "Itens relacionados da base de conhecimento (citados em inglês):",
    "help_links": "Como funciona: {links}",
    "benchmark_source_imported": "importada do marketplace",
    "benchmark_source_pooled": "média da categoria nos dados da sua loja",
    "benchmark_source_mixed": "parte importada, parte média da sua loja",
    "benchmark_source_none": "indisponível",
    "voc_header": "Diagnóstico de VoC dos {days} dias de {start} a {end} (referência: {benchmark}):",
    "voc_count": "{products} produto(s) {level}",
    "voc_count_high": " ({high} com GMV alto)",
    "voc_counts": "- {counts} (de {total} produtos).",
    "voc_fix_first": "**Corrija primeiro** (nível mais grave, depois maior GMV):",
    "voc_none_urgent": "Nenhum produto está At Risk ou Needs Attention neste período.",
    "voc_no_verdict_reason_few_orders": "menos de {min_orders} pedidos no período",
    "voc_no_verdict_reason_no_benchmark": "não há referência da categoria",
    "voc_no_verdict_reason_before_collection": "o período começa antes do início da coleta de avaliações",
    "voc_thin_data": "{count} de {total} produtos ainda não têm nível (\"-\"): cada um precisa de pelo menos {min_orders} pedidos no período. Há poucos dados, então estes são números de reclamações, não níveis.",
    "voc_watch_heading": "**Acompanhe primeiro** (reclamações em produtos sem nível, com mais pedidos negativos primeiro):",
    "voc_watch_heading_also": "**Acompanhe também** (reclamações em produtos com pedidos insuficientes para ter nível):",
    "voc_watch_row": "{position}. {product_id} {title} — {negative} de {orders} pedidos negativos; taxa ajustada {shrunk} vs categoria {benchmark}{issue}",
    "voc_watch_row_no_benchmark": "{position}. {product_id} {title} — {negative} de {orders} pedidos negativos{issue}",
    "voc_watch_none": "Nenhum deles recebeu reclamações neste período.",
    "voc_warnings_heading": "**Alertas antecipados** (reclamações em alta antes de o nível piorar):",
    "voc_no_warnings": "Nenhum alerta antecipado: nenhum problema dobrou para 3 ou mais reclamações nos últimos 7 dias.",
    "voc_row": "{position}. {product_id} {title} — **{level}**: {rate} de avaliações negativas vs referência {benchmark} ({ratio}); GMV 30 dias {gmv}{star}{issue}",
    "voc_row_star": " ★ GMV alto",
    "voc_row_issue": "; principal problema: {issue}",
    "voc_warning_row": "- {product_id} {title}: {message}",
    "voc_warning": "{label}: {last} reclamações nos últimos 7 dias vs {previous} nos 7 dias anteriores{growth}.",
    "voc_warning_growth": " ({growth} em relação à semana anterior)",
    "voc_warning_new": " (novo nesta semana)",
    "voc_product_head": "**{product_id} {title}** ({category}) está **{level}**.",
    "voc_reason": "{rate} de avaliações negativas vs referência da categoria {benchmark}{ratio}, intervalo de 95% {low}–{high}: {explanation}.",
    "voc_reason_ratio": " ({ratio})",
    "voc_reason_at_risk": "bem acima da referência (o intervalo inteiro está acima dela)",
    "voc_reason_needs_attention": "um pouco acima da referência",
    "voc_reason_market_average": "em linha com a referência",
    "voc_reason_below_average": "abaixo da referência",
    "voc_orders": "- {negative} de {orders} pedidos tiveram avaliação negativa; parte do produto {product_part}, parte do envio {fulfillment_part}.",
    "voc_issues_heading": "**Principais problemas** ({items} reclamações; {note})",
    "voc_shares_note": "Uma avaliação pode citar vários problemas, então a soma das porcentagens pode passar de 100%.",
    "voc_no_feedback": "Nenhuma avaliação negativa neste período.",
    "voc_issue_row": "- {label}: {share} ({count}{change}){mark}",
    "voc_issue_previous": ", período anterior {share}",
    "voc_issue_main": " ← principal problema",
    "voc_keywords": "- Palavras-chave: {keywords}",
    "voc_previous": "- Período anterior ({start} a {end}): {level} com {rate}, agora {now}.",
    "voc_high_gmv": "- Produto com GMV alto (GMV 30 dias {gmv}, {items} itens vendidos): corrija primeiro.",
    "voc_early_warning": "- Alerta antecipado: {message}",
    "video_account": "Desempenho da conta de {start} a {end}:",
    "video_account_row": "- {metric}: {value}{trend}",
    "video_trend": " ({change}% vs período anterior)",
    "video_list_heading": "**Vídeos** ({shown} exibidos de {total}):",
    "video_row": "- {video_id} {title} — **{status}**; receita {gmv}, visualizações {views}, itens vendidos {items}",
    "video_ask_more": "Pergunte “como melhoro o vídeo <id>?” para ver as sugestões de um vídeo.",
    "video_head": "**{video_id} {title}** — **{status}** (7 dias, de {first} a {last}).",
    "video_gpm": "GPM (GMV por mil visualizações) {gpm} vs referência {benchmark}: {gap}% abaixo ({source}).",
    "video_not_evaluated": "- Não avaliado: {detail}",
    "video_violation": "- Violação no dia {day}: {policy} — {reason}",
    "video_metrics": "- Receita {gmv}, visualizações {views}, pedidos {orders}, itens vendidos {items}.",
    "video_comparison": "- {metric}: {value} vs mediana da categoria {median} ({ratio})",
    "video_suggestions_heading": "**Sugestões** (maior impacto esperado primeiro, citadas no original):",
    "video_good": "{status}: nenhuma sugestão necessária.",
    "video_inspirations_heading": "**Inspirações:**",
    "video_products": "- Produtos: {products}",
    "video_product": "{product_id} {title} (comissão {commission}, {sold} vendidos)",
    "review_dont_report": (
        "Esta é uma **reclamação legítima** (genuine complaint): não a denuncie. Denunciar reclamações legítimas pode "
        "bloquear a sua função de denúncia; em vez disso, resolva o problema por trás dela."
    ),
    "review_pasted": "A avaliação que você colou",
    "review_named": "A avaliação {review_id}",
    "review_genuine": "{name}: {category} (confiança {confidence}).",
    "review_malicious": "{name} parece maliciosa: {category} (confiança {confidence}){also}.",
    "review_also": ", também {categories}",
    "review_signals": "Sinais:",
    "review_reportable_until": "Ela pode ser denunciada até {day} (faltam {days} dias).",
    "review_reportable": "Ela pode ser denunciada.",
    "review_not_reportable": "Ela não pode ser denunciada: {reasons}",
    "review_next": "Próximo passo: peça “escreva uma contestação para a avaliação {review_id}”; o envio continua sendo decisão sua.",
    "appeal_draft": "Rascunho de contestação para a avaliação {review_id} ({category}). Revise, adicione os anexos e envie você mesmo:",
    "appeal_missing": "Ainda falta anexar: {attachments}",
    "appeal_issues": "Problemas apontados: {issues}",
    "appeal_genuine_for": "Avaliação {review_id}: nenhuma contestação redigida.",
    "appeal_none": "Nenhuma contestação para a avaliação {review_id}: {eligibility}",
    "triage_header": "{count} avaliações negativas de {first} a {last}:",
    "triage_group": "- {category}: {count}",
    "triage_item": "  - {review_id} ({rating}★, {status}): “{preview}”",
    "triage_days_left": "faltam {days} dias",
    "triage_not_reportable": "não pode ser denunciada",
    "triage_genuine_issues": "Reclamações legítimas por problema: {issues}",
    "triage_warning": "Atenção: {warning}",
    "eligibility_rating_too_high": "A nota é alta demais: só avaliações com poucas estrelas podem ser denunciadas.",
    "eligibility_window_closed": "O prazo para denúncia terminou em {last_day} (avaliação publicada em {posted_on}).",
    "eligibility_already_reported": "Esta avaliação já foi denunciada; cada avaliação só pode ser denunciada uma vez.",
}

GLOSSARY: Final[dict[str, str]] = {
    # VoC levels
    "At Risk": "em risco", "Needs Attention": "requer atenção", "Market Average": "média do mercado",
    "Below Average": "abaixo da média", "-": "dados insuficientes",
    # video statuses
    "Trigger violation": "violou as políticas", "Did not meet threshold": "não atingiu o mínimo para avaliação",
    "Can do better": "pode melhorar", "Good performance": "bom desempenho", "In evaluation": "em avaliação",
    # malicious-review categories
    "repeat_negative": "avaliações negativas repetidas", "coercive": "avaliação com chantagem", "competitor": "avaliação de concorrente",
    "traffic_diversion": "avaliação que desvia clientes", "wrong_product": "avaliação de outro produto", "invalid": "avaliação sem validade",
    "not_malicious": "não é avaliação maliciosa",
    # issue tags
    "not_as_described": "diferente da descrição", "size_fit": "tamanho ou caimento", "quality_defect": "defeito de qualidade",
    "performance": "desempenho abaixo do esperado", "misleading_promotion": "propaganda enganosa", "counterfeit": "produto falsificado",
    "safety": "segurança", "price_value": "preço não compensa", "damaged_or_missing": "danificado ou incompleto",
    "wrong_item": "item errado enviado", "logistics_delay": "atraso na entrega", "customer_service": "atendimento ao cliente",
    # account and video metrics
    "videos_posted": "Vídeos publicados", "revenue": "Receita", "views": "Visualizações", "orders": "Pedidos",
    "items_sold": "Itens vendidos", "finish_rate": "taxa de visualização completa", "click_through_rate": "taxa de cliques",
    "conversion_rate": "taxa de conversão", "interaction_rate": "taxa de interação",
    # review signals
    "repeat_history": "Este comprador compra repetidamente e depois deixa avaliações negativas",
    "removal_for_reward": "O comprador oferece remover ou mudar a avaliação em troca de uma vantagem a que não tem direito",
    "contact_channel": "A avaliação traz contato ou link fora da plataforma",
    "other_shop_promotion": "A avaliação direciona compradores para outra loja ou conta",
    "self_store_claim": "O autor da avaliação promove a própria loja ou marca",
    "different_product": "A avaliação fala de um produto diferente do que foi comprado",
    "gibberish": "O texto da avaliação é aleatório ou sem sentido",
    "spam": "O texto da avaliação é spam",
    "unrelated": "O texto da avaliação não tem relação com o produto comprado",
    "defect_described": "A avaliação descreve um problema no produto ou na entrega",
    "entitled_remedy": "O comprador pede uma solução a que tem direito (reembolso, troca)",
    "defect_photo_link": "O link leva a fotos do defeito: é prova, não promoção",
    "wrong_item_shipped": "O comprador diz que recebeu o item errado: é uma reclamação de envio",
}
