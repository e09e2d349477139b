"""Portuguese words the malicious-review detectors read (`tools/reviews/signals_*.py`). Each entry is one
regex, matched case-insensitively on the review as a person sees it (`tools.untrusted_text.clean`)."""

from __future__ import annotations

from tools.languages import ReviewWords

REVIEWS = ReviewWords(
    defects=(
        r"\b(quebrad[oa]|n[ãa]o (funciona|liga|carrega)|defeito|rasgad[oa]|falsificad[oa]|estragad[oa]|vazand[oa])\b",
        r"\b(quebr(ou|aram)|trincad[oa]|rachad[oa]|vaza(ndo|ou)?|descol\w+|manchad[oa]|furad[oa]|amassad[oa]|riscad[oa]|arranhad[oa]|n[ãa]o (serve|cabe|veda|esquenta)|solt(ou|a|ando)|desbot\w+|encolheu|fedendo|mofad[oa]|vencid[oa]|atrasad[oa]|veio faltando|parou de funcionar)\b",
        r"\b(fa[íi]sca\w*|fuma[çc]a|deu choque|choque el[ée]trico|pegou fogo|explodiu|queimou)\b",
    ),
    wrong_item_shipped=(
        r"\b((enviaram|mandaram|veio|chegou)( o| a| um| uma)? (produto|item|cor|tamanho|modelo|pe[çc]a)s? errad[oa]s?|veio trocad[oa]|mandaram errado)\b",
    ),
    generic_complaints=(r"\b(decepcionad[oa]|ruim|p[ée]ssim[oa]|horr[íi]vel|n[ãa]o gostei)\b",),
    entitled_remedies=(r"\b(reembols\w*|troca|dinheiro de volta)\b",),
    seller_offers=(r"\b((a loja|o vendedor|a vendedora|eles) (me )?(ofereceu|ofereceram|prometeu|prometeram|pediu|pediram)|(cart[ãa]o|bilhete|papel) (na caixa|no pacote|dizendo))\b",),
    review_changes=(
        r"\b(mud\w*|tir\w*|apag\w*|troc\w*|alter\w*|edit\w*|exclu\w*)\s+(a |minha |essa |esta )?(avalia\w*|nota|estrelas|coment\w*)\b|\b(5|cinco) estrelas\b",
        r"\b(tir\w*|mud\w*|aument\w*|troc\w*)\s+(a |minha |essa |esta |uma )?(estrela|nota)\b|\bsen[ãa]o\b[^.!?]{0,30}\b(1|uma) estrela\b",
        r"\b(mud\w*|troc\w*|aument\w*|sub\w*|coloc\w*)\b[^.!?]{0,15}\b(5|cinco) estrelas\b|\bestrelas? vira (5|cinco)\b",
    ),
    rewards=(
        r"\b(grátis|brinde\w*|cupom|desconto|pix|ajudinha)\b|💸",
        r"\br\$\s?\d+|\b\d+\s?reais\b",
        r"\b(de brinde|mais (um|uma|dois|duas) de gra[çc]a|metade do (valor|dinheiro)|fico com (o produto|ele|ela)|sem devolver)\b",
    ),
    invitations=(
        r"\b(tira(r)? os espa[çc]os|sem espa[çc]os|junta tudo)\b",
        r"\b(me chama|chama no|me segue|segue (meu|minha|a gente))\b",
        r"\b(chamando|chama|me chame) (no|na|pelo|pela) (zap|whats|wpp|wa|direct|dm|insta|privado)\b",
    ),
    attributions=(r"\b(não|nao) (responde|respondeu)\b",),
    own_store_claims=(
        r"\b(minha loja|nossa loja|nossa marca)\b",
        r"\b(nossa|minha|meu|nosso) (f[áa]brica|ateli[êe]|fornecedor|estoque)\b|\bsou (revendedor|lojista|fornecedor)a?\b|\btrabalho com (confec[çc][ãa]o|atacado|revenda|vendas?)\b|\ba gente (tamb[ée]m )?(faz|fabrica|vende|produz)\b|\bn[óo]s (tamb[ée]m )?(fabricamos|vendemos|produzimos)\b|\btrabalho com (atacado|revenda|vendas?)\b",
        r"\b(fabricamos|tenho banca|sou distribuidor\w*|no atacado|revendo|trabalho com revenda|minha banca)\b",
    ),
    product_kinds={
        "dress": ("vestido",),
        "top": ("camiseta", "blusa", "camisa", "jaqueta", "moletom"),
        "shoes": ("sapato", "tênis", "sandália", "chinelo", "bota"),
        "bag": ("bolsa", "mochila", "carteira"),
        "phone_case": ("capinha", "capa de celular"),
        "charger": ("carregador",),
        "earphones": ("fone de ouvido", "fone"),
        "bottoms": ("calça", "bermuda", "legging"),
        "phone": ("celular",),
        "cable": ("cabo",),
        "power_bank": ("carregador portátil",),
        "speaker": ("caixa de som",),
        "watch": ("relógio",),
        "makeup": ("batom", "rímel"),
        "skincare": ("protetor solar", "hidratante", "sabonete facial"),
        "cookware": ("panela", "frigideira", "faca"),
        "appliance": ("liquidificador", "chaleira", "fritadeira", "ventilador"),
        "drinkware": ("caneca", "copo", "garrafa"),
        "home_textile": ("travesseiro", "cobertor", "toalha", "lençol", "cortina"),
        "toy": ("brinquedo", "boneca"),
        "pet": ("ração", "areia de gato"),
        "baby": ("carrinho de bebê", "fralda", "mamadeira", "chupeta"),
        "lighting": ("lâmpada", "luminária"),
        "computer": ("teclado",),
        "bike": ("bicicleta",),
        "grooming": ("barbeador",),
    },
    trade_cues=(
        r"\b(atacado|revend\w+|fornecedor\w*|pre[çc]o de f[áa]brica)\b",
    ),
    dot_words=(
        r"ponto",
    ),
    spam=(
        r"\b(empr[ée]stimo|negativad[oa]s?|renda extra|ganhe (dinheiro|r\$)|trabalhe de casa|apostas?|cassino|tigrinho|pix na hora|sem consulta)\b",
    ),
    purchase_words=(
        r"\b(produto|pedido|entrega|loja|vendedor|qualidade|tamanho|cor|pre[çc]o|compra|comprei|chegou|veio|embalagem)\b",
    ),
    off_topic=(
        r"\b(bom dia (grupo|gente|a todos|pessoal)|boa noite (grupo|gente)|feliz (natal|ano novo|anivers[áa]rio)|parab[ée]ns pra voc[êe])\b",
        r"\bteste( teste)+\b",
    ),
    review_in_error=(
        r"\b(era pra ter avaliado (a|o) outr[ao]|avaliei (o produto )?errado|avalia[çc][ãa]o errada|avaliei na loja errada|era (pra|para) outra loja)\b",
    ),
)
