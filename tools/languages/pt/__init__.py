"""Brazilian Portuguese, with or without accents ("avaliacao" for "avaliação")."""

from __future__ import annotations

from tools.languages import AnswerWords, ChatWords, LanguagePack, OrdinalRule
from tools.languages.pt.appeal import APPEAL
from tools.languages.pt.messages import GLOSSARY, MESSAGES
from tools.languages.pt.reviews import REVIEWS

_ORDINALS = {"primeir": 1, "segund": 2, "terceir": 3, "quart": 4, "quint": 5, "sext": 6, "sétim": 7, "setim": 7,
             "oitav": 8, "non": 9, "décim": 10, "decim": 10, "últim": -1, "ultim": -1}

PACK = LanguagePack(
    appeal=APPEAL,
    answers=AnswerWords(
        review_decisions={
            # "pode ser denunciada" says the review is still within its window, not that it should be reported; "se
            # deve denunciar" asks whether it should.
            "report": (
                r"(?<!não )(?<!nao )(?<!se )(?:deve|deveria|vale\s+a\s+pena|recomendo|recomendamos|convém)\s+denunci\w*",
            ),
            "check_first": (r"(?:verifi|confir|confer|cheq|chec)\w*\s+(?:\w+\s+){0,2}?(?:antes\s+de\s+denunci\w*|primeiro)",),
            "do_not_report": (
                r"(?:não|nao|nunca)\s+(?:[ao]\s+)?(?:denuncie|denunciar|deve\s+denunci\w*|vale\s+a\s+pena\s+denunci\w*|recomendo\s+denunci\w*)",
                r"melhor\s+não\s+denunci\w*", r"evite\s+denunci\w*",
            ),
        },
    ),
    reviews=REVIEWS,
    code="pt",
    name="Português",
    locale="pt_BR",
    order=4,
    messages=MESSAGES,
    glossary=GLOSSARY,
    chat=ChatWords(
        intent_cues={
            "voc_overview": ("quais produtos", "qual produto", "quais os produtos", "quais itens", "reclama*", "insatisfeit*"),
            "help": ("definição", "definicao", "o que significa", "significa", "o que é", "como funciona", "como é calculad*", "calculad*", "critério*", "regra*",
                     "política*", "diferença entre", "qual a diferença", "conta como", "contam como", "como a plataforma decide", "como se decide", "como vocês decidem", "quer dizer", "oq é", "oque é", "o q é"),
            "review_appeal": ("contestação", "contestar", "recurso"),
            "playbook": ("outros sellers", "outras lojas", "outros vendedores", "lojistas", "case de sucesso", "cases de sucesso", "caso de sucesso", "casos de sucesso", "exemplos de sucesso", "exemplos de lojas", "dicas"),
            "review_triage": ("quais avaliações", "posso denunciar"),
            "voc_product": ("qual é o problema", "por que"),
        },
        issue_cues={
            "not_as_described": ("diferente da foto", "não é como descrito", "cor errada"),
            "size_fit": ("tamanho", "não serviu", "nao serviu"),
            "quality_defect": ("qualidade", "defeito", "quebrad*"),
            "performance": ("bateria", "carregamento", "fixação"),
            "misleading_promotion": ("propaganda enganosa", "influenciador*", "exagerad*"),
            "counterfeit": ("falsificad*", "não é original", "nao e original"),
            "safety": ("alergia", "superaquec*"),
            "price_value": ("preço", "preco", "caro"),
            "damaged_or_missing": ("avariad*", "faltando", "vazad*", "veio faltando"),
            "wrong_item": ("produto errado", "veio errado", "item errado"),
            "logistics_delay": ("atraso", "atrasad*", "entrega", "frete", "não chegou", "nao chegou"),
            "customer_service": ("atendimento", "não responde", "nao responde"),
        },
        deadline_cues=("quanto tempo", "quantos dias", "prazo", "calculad*", "calcula*"),
        day_unit=r"dias?",
        window_prefix=r"últimos|ultimos",
        windows={7: r"\b(?:esta|última|ultima|nesta) semana\b|\bsemana passada\b", 30: r"\b(?:este|último|ultimo|neste) m[eê]s\b|\bm[eê]s passado\b",
                 90: r"\b(?:3|três|tres) meses\b|\btrimestre\b"},
        laughter=r"\b(?:k{3,}|rs(?:rs)+|ha(?:ha)+|hue(?:hue)+)\b",
        feelings=r"\b(?:cansad[oa]s?|cansei|exaust[oa]s?|estressad[oa]s?|estresse|triste|chatead[oa]|irritad[oa]|preocupad[oa]|ansios[oa]|desanimad[oa]|de saco cheio|n[ãa]o aguento|esgotad[oa]|frustrad[oa])\b",
        clause_joiners=r"\be (?=o que|como|qual|quais|por que|me|escreva|faça|se)|\btambém\b|\btambem\b|\btbm\b|\bdepois\b|\be tb\b|,\s*\btb\b|\be aproveita\b",
        instruction_markers=r"sem (?:pedir )?confirma\w*|ignore (?:as |todas as )?(?:instruç\w*|regras)|desconsidere",
        ordinals=(
            OrdinalRule(pattern=rf"\b(?:o|a|do|da|no|na|pro|pra|pelo|pela|ao|à)\s+({'|'.join(_ORDINALS)})[oa]s?\b", words=_ORDINALS),
            OrdinalRule(pattern=r"\b(\d{1,2})\s*[ºª°]"),
        ),
        star_ratings=(OrdinalRule(pattern=r"\b([1-5]|uma|um|duas|dois|tr[eê]s|quatro|cinco)\s*estrelas?\b", words={"uma": 1, "um": 1, "duas": 2, "dois": 2, "tres": 3, "três": 3, "quatro": 4, "cinco": 5}),),
        subject_change=r"\b(?:aliás|alias|mudando de assunto|outra coisa|fora do assunto|btw)\b|\be a[ií],",
        other_words=r"\b(?:o|a|do|da|no|na|pro|pra) outr[oa]\b(?!\s+(?:loja|vendedor|vendedora|marca|site)\b)",
        demonstratives=r"\b(?:esse|essa|este|esta|aquele|aquela) (?:produto|vídeo|video|item|avaliação|review)\b|\bdel[ea]s?\b|\bnel[ea]s?\b|\bele\b|\bela\b|\bdess[ae]\b|\bdisso\b|"
                       r"\b(?:esse|essa|este|esta|aquele|aquela)(?:\s+a[íi])?\b(?=\s*(?:[?!.,;]|$|a[íi]nda\b))",  # "faz o recurso pra essa", "essa aí ainda dá?"
        abbreviations={"vc": "você", "q": "que", "pq": "por que", "tb": "também", "tbm": "também", "pra": "para", "ta": "está", "tá": "está", "n": "não", "msm": "mesmo", "qnd": "quando", "cmg": "comigo"},
        product_words=r"\bprodutos?\b|\bitens?\b|\bitem\b|\bartigos?\b",
        video_words=r"\bv[íi]deos?\b|\bclipes?\b",
        review_words=r"\bavalia[çc](?:ão|ao|ões|oes)\b|\breviews?\b|\bcoment[áa]rios?\b",
        level_names={"At Risk": r"\bem risco\b", "Needs Attention": r"\b(?:requer\w*|precis\w+|pedem|merecem) (?:de |uma )?aten[çc][ãa]o\b", "Below Average": r"\babaixo da m[ée]dia\b"},
        shop_words=r"\blojas?\b|\blojinhas?\b|(?<=deo )curtos?\b|(?<=deos )curtos\b",
        improve_words=r"melhorar|por que|porque",
        underperforming_words=r"pior|piores|fraco|fracos|ruim|ruins",
        item_joiners=r"\be\b|\bou\b|\bcom\b|\bvs\.?|\bcomparad[oa] (?:com|a|ao)\b",
        report_words=r"denunci|report|recurso|contest|remov|apag|exclu[ií]|malicios",
        ability_words=r"\bdá pra\b|\bda pra\b|\bposso\b|\bpode(?:mos)?\b|\bé possível\b|\bdá para\b|\bconsigo\b",
        draft_words=r"\bescrev\w*|\bredig\w*|\bfaz(?:er|e|endo)?\b|\bmonta\w*|\brascunho\b",
        conditional_words=r"\bse (?:der|for|sim|puder|couber|for o caso)\b|\bcaso (?:seja|dê|de|possa)\b",
        action_requests=r"\b(?:coloca|coloque|bota|bote|roda|rode|faz|fa[cç]a|cria|crie|impulsiona|impulsione|turbina|turbine)\s+(?:(?:\S+\s+){0,3}de\s+)?(?:an[uú]ncios?|ads|impulsionamento)\b|\b(?:impulsiona|impulsione|turbina|turbine)\s+(?:o|esse|este|aquele)\s+v[ií]deo\b|\b(?:reembolsa|reembolse|reembolsar|devolve|devolva)\s+(?:o|a|ele|ela|esse|essa|aquele|aquela|pro|pra)\b|\b(?:responde|responda|responder)\s+(?:a|o|essa|esse|aquela|aquele)\s+(?:avalia[cç][aã]o|review|cliente|coment[aá]rio)\b|\b(?:manda|mande|envia|envie)\s+(?:uma\s+)?(?:mensagem|msg)\s+(?:pro|pra|para o|para a|ao|à)\s+(?:cliente|comprador|compradora)\b|\b(?:cancela|cancele)\s+o\s+pedido\b|(?:^|\b(?:pfv|por favor|vc|você|voce|tem como)\s+)(?:apaga|apague|deleta|delete|remove|remova|exclui|exclua|tira|tire)\s+(?:(?:essa|esse|essas|esses|a|o|as|os|aquela|aquele|todas|todos|minha|minhas|umas?)\s+)*(?:review|reviews|avalia[cç](?:[aã]o|[oõ]es)|coment[aá]rios?|notas?|v[ií]deos?|an[uú]ncios?)\b|\b(?:muda|mude|baixa|baixe|abaixa|abaixe|sobe|suba|altera|altere|coloca|coloque|p[oõ]e)\s+(?:o\s+)?pre[cç]o\b|\b(?:muda|mude|mudar|baixa|baixar|abaixa|abaixar)\s+o\s+pre[cç]o\b|\b(?:rastreia|rastreie|rastrear)\s+(?:o\s+|a\s+|meu\s+|minha\s+|esse\s+|essa\s+)?(?:pedido|encomenda|pacote)\b|\b(?:muda|mude|altera|altere|edita|edite|reescreve|reescreva)\s+(?:o\s+|a\s+)?(?:t[ií]tulo|descri[cç][aã]o|legenda|caption)\b|\b(?:cria|crie|faz|fa[cç]a|gera|gere)\s+(?:um\s+)?(?:cupom|cupons|voucher)\b|\b(?:sobe|suba|aumenta|aumente|atualiza|atualize|repõe|repor)\s+(?:o\s+)?estoque\b|\b(?:sobe|suba|posta|poste|publica|publique)\s+(?:um|o|uma|a)\s+(?:novo\s+)?(?:v[ií]deo|an[uú]ncio)\b",
        question_words=frozenset(
            "quais qual quanto quantos como porque por que meus minha minhas meu produtos produto vídeos vídeo "
            "avaliação avaliações reclamações reclamação loja você voce pode posso devo fazer melhorar pior piores denunciar "
            "recurso primeiro segundo esse essa isso está estão tá tem têm".split()
        ),
        letter_hints=r"[ãõç]|ções|ção",
    ),
    stopwords=frozenset(
        "que não nao de do da muito mas produto chegou veio para pra com um uma é o os as meu minha "
        "bem bom ótimo otimo pelo foi está esta entrega qualidade tamanho recomendo vendedor "
        "péssimo pessimo ainda nada dias quebrado comprei".split()
    ),
    digit_words={"zero": "0", "um": "1", "uma": "1", "dois": "2", "duas": "2", "três": "3", "tres": "3", "quatro": "4", "cinco": "5", "seis": "6", "meia": "6", "sete": "7", "oito": "8", "nove": "9", "onze": "11"},
)
