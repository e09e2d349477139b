"""Portuguese words the malicious-review detectors read (`tools/reviews/signals_*.py`). Each entry is one
regex, matched case-insensitively on the review as a person sees it (`tools.untrusted_text.clean`)."""

from __future__ import annotations

from tools.languages import ReviewWords

REVIEWS = ReviewWords(
    filler_words=("mais uma vez",),
    photo_words=("foto", "vídeo", "video"),
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
    seller_offers=(
        r"\b((a loja|o vendedor|a vendedora|eles) (me )?(ofereceu|ofereceram|prometeu|prometeram|pediu|pediram)|(cart[ãa]o|bilhete|papel) (na caixa|no pacote|dizendo))\b",
        r"\b(veio um|veio uma|tinha um|tinha uma) (cart[ãa]o\w*|bilhete|papel\w*|panfleto)\b",
    ),
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
    attributions=(
        r"\b(não|nao) (responde|respondeu)\b",
        r"\b(liguei|ligamos|liguei na|ligar(am)? (pra|para|na)|central da transportadora|transportadora|correios|sac)\b",
    ),
    own_store_claims=(
        r"\b(minha loja|nossa loja|nossa marca)\b",
        r"\b(nossa|minha|meu|nosso) (f[áa]brica|ateli[êe]|fornecedor|estoque)\b|\bsou (revendedor|lojista|fornecedor)a?\b|\btrabalho com (confec[çc][ãa]o|atacado|revenda|vendas?)\b|\ba gente (tamb[ée]m )?(faz|fabrica|vende|produz)\b|\bn[óo]s (tamb[ée]m )?(fabricamos|vendemos|produzimos)\b|\btrabalho com (atacado|revenda|vendas?)\b",
        r"\b(fabricamos|tenho banca|sou distribuidor\w*|no atacado|revendo|trabalho com revenda|minha banca)\b",
        r"\btenho (uma )?(loja|doceria|padaria|confeitaria|farm[áa]cia|banca|ateli[êe]|confec[çc][ãa]o|f[áa]brica)\b|\bminha (doceria|padaria|confeitaria|farm[áa]cia)\b",
        r"\b(eu )?tamb[ée]m vendo\b|\b(as|os) clientes d[ao] (minha|meu|nossa|nosso)\b",
    ),
    likeness=(
        r"\b(como|parece|parecendo|igual|tipo|feito)( (de|a|o|um|uma))?( \w+)?\s*$",
    ),
    product_kinds={
        "dress": ("vestido", "vestidinho", "vestido longo"),
        "dress/skirt": (
            "saia midi", "saia longa", "saias", "saia jeans", "saia plissada", "saia curta", "saia rodada", "saia lápis", "minissaia", "saia godê",
            "saia evasê", "saia de tule", "saia envelope", "saia de couro", "saia tubinho",
        ),
        "top": ("blusa",),
        "top/jacket": ("jaqueta", "casaco", "colete", "corta vento", "jaqueta corta vento", "blazer", "sobretudo", "parka"),
        "top/shirt": (
            "camiseta", "camisa", "cropped", "blusa cropped", "blusinha", "regata", "baby look", "camisa de time", "t-shirt", "túnica", "regatinha",
            "camisetinha", "blusa de alcinha",
        ),
        "top/sweater": (
            "moletom", "suéter", "sueter", "cardigã", "blusa de frio", "blusa de moletom", "blusa de lã", "blusa de tricô", "pulôver", "cardigan",
            "blusa gola alta",
        ),
        "shoes": (
            "sapato", "tênis", "sandália", "chinelo", "tenis", "sapatilha", "rasteirinha", "papete", "sandalia", "havaianas", "sapatênis", "mocassim",
            "scarpin", "salto alto", "coturno", "galocha", "tamanco", "chuteira", "botas", "bota feminina", "bota masculina", "bota de cano",
            "bota cano alto", "bota cano curto", "bota de couro", "bota de chuva", "bota country", "bota tratorada",
        ),
        "bag": ("bolsa", "mochila", "carteira", "pochete", "mala de viagem", "mala de bordo", "bolsinha", "bolsa transversal", "bolsa de ombro"),
        "phone_case": (
            "capinha", "capa de celular", "capa para celular", "capa de iphone", "capa para iphone", "capa carteira", "suporte de celular",
            "suporte para celular", "suporte veicular", "pop socket",
        ),
        "charger": ("carregador", "adaptador", "adaptador de tomada", "carregador turbo"),
        "earphones": ("fone de ouvido", "fone", "estojo de carregamento", "estojo do fone", "airdots"),
        "bottoms": (),
        "bottoms/leggings": ("legging", "calça legging", "jegging"),
        "bottoms/shorts": (
            "bermuda", "shortinho", "short jeans", "short saia", "short feminino", "short masculino", "bermudinha", "short fitness", "short de academia",
            "short de moletom", "short moletom", "bermuda de moletom", "bermuda moletom",
        ),
        "bottoms/trousers": ("calça", "calca", "pantalona", "calça de moletom", "calça moletom", "jogger", "pantacourt"),
        "phone": ("celular",),
        "cable": ("cabo", "extensão elétrica", "filtro de linha", "cabo usb", "cabo hdmi"),
        "power_bank": ("carregador portátil",),
        "speaker": ("caixa de som", "caixinha de som", "microfone", "amplificador"),
        "watch": (
            "relógio", "relogio", "pulseira inteligente", "pulseira smartwatch", "pulseira para smartwatch", "pulseira de relógio", "pulseira para relógio",
            "smartband",
        ),
        "makeup": ("estojo de maquiagem",),
        "makeup/lips": (
            "batom", "lápis de boca", "gloss labial", "protetor labial", "balm labial", "hidratante labial", "gloss", "tinta labial", "lápis labial",
            "delineador labial", "brilho labial", "óleo labial", "lip tint",
        ),
        "makeup/face": (
            "base líquida", "base liquida", "base de maquiagem", "pó compacto", "po compacto", "pó solto", "pó translúcido", "iluminador", "primer facial",
            "fixador de maquiagem", "bruma fixadora", "corretivo facial", "corretivo para olheiras", "corretivo de maquiagem", "blush", "bronzer", "bb cream",
            "cc cream", "base cushion", "pó facial", "paleta de contorno", "pó bronzeador",
        ),
        "makeup/eyes": (
            "rímel", "rimel", "paleta de sombras", "paleta de sombra", "delineador", "lápis de olho", "lapis de olho", "máscara de cílios", "cílios postiços",
            "cilios posticos", "extensão de cílios", "máscara para cílios", "sombra para olhos", "lápis de sobrancelha", "gel de sobrancelha",
            "pomada para sobrancelha", "cola de cílios", "cola para cílios", "kajal",
        ),
        "makeup/tools": (
            "pincel de maquiagem", "pincéis de maquiagem", "esponja de maquiagem", "esponja para maquiagem", "pincel para maquiagem", "pincéis para maquiagem",
            "kit de pincéis", "curvador de cílios",
        ),
        "skincare": ("esfoliante", "discos de algodão"),
        "skincare/cleanser": (
            "sabonete facial", "água micelar", "agua micelar", "demaquilante", "lenço demaquilante", "gel de limpeza", "espuma de limpeza", "espuma facial",
            "óleo de limpeza", "balm de limpeza", "lenços demaquilantes",
        ),
        "skincare/serum": ("sérum", "serum", "ampola facial"),
        "skincare/moisturiser": (
            "hidratante", "creme facial", "creme para olheiras", "creme noturno", "creme antirrugas", "creme anti-idade", "creme para os olhos",
            "gel de babosa", "gel de aloe vera",
        ),
        "skincare/sunscreen": ("protetor solar", "filtro solar", "bloqueador solar", "fotoprotetor"),
        "skincare/toner": ("tônico facial", "tonico facial", "bruma facial", "água termal", "loção tônica", "tônico adstringente"),
        "skincare/mask": (
            "máscara facial", "mascara facial", "máscara de argila", "máscara noturna", "máscara labial", "patch para olheiras", "máscara peel off",
        ),
        "cookware": (
            "espátula", "escumadeira", "ralador", "descascador", "peneira", "escorredor", "escorredor de louça", "luva térmica", "luva de cozinha",
            "anel de vedação", "pinça culinária",
        ),
        "cookware/pan": ("frigideira", "wok", "bifeteira", "panquequeira", "omeleteira"),
        "cookware/pot": ("panela", "panela de pressão", "jogo de panelas", "caçarola", "caldeirão", "leiteira", "cuscuzeira", "cafeteira italiana", "fervedor"),
        "cookware/knife": ("faca", "jogo de facas", "cutelo", "tesoura de cozinha", "tesoura culinária"),
        "cookware/board": ("tábua de corte", "tábua de carne", "tabua de corte", "tábua de cortar", "tabua de carne", "tábua de churrasco"),
        "cookware/bakeware": (
            "assadeira", "forma de bolo", "fôrma", "refratário", "fôrma de bolo", "forma de pudim", "fôrma de pudim", "forma de cupcake", "rolo de massa",
        ),
        "cookware/tableware": (
            "faqueiro", "talheres", "aparelho de jantar", "jogo de pratos", "jogo de jantar", "tigela", "cumbuca", "hashi", "sousplat", "saladeira",
        ),
        "appliance": (
            "liquidificador", "chaleira", "fritadeira", "ventilador", "airfryer", "panela elétrica", "panela de arroz", "forno micro-ondas",
            "forno microondas", "forno elétrico", "cafeteira", "máquina de café", "batedeira", "processador de alimentos", "sanduicheira", "torradeira",
            "espremedor", "centrífuga de sucos", "mini geladeira", "geladeira duplex", "cooktop", "fogão", "purificador de água", "panificadora",
            "seladora a vácuo", "pipoqueira", "churrasqueira", "churrasqueira elétrica", "forno a gás", "forno de embutir", "forno de bancada",
            "bebedouro elétrico", "bebedouro de coluna", "bebedouro de garrafão", "secador de roupas", "vela para filtro", "vela do filtro", "vela de filtro",
        ),
        "drinkware": ("caneca", "copo", "garrafa", "taça", "taça de vinho", "xícara", "xicara", "jarra", "canudo", "copo térmico", "garrafa térmica"),
        "home_textile": (
            "travesseiro", "cobertor", "toalha", "lençol", "cortina", "jogo de cama", "roupa de cama", "lencol", "edredom", "colcha", "manta", "fronha",
            "capa de almofada", "capacho", "toalha de mesa", "persiana", "mosquiteiro", "saia de cama", "capa de sofá", "cobre leito", "almofada decorativa",
            "almofadas decorativas", "almofada de pescoço", "almofada ortopédica", "tapete de sala", "tapete para sala", "tapete de banheiro",
            "tapete antiderrapante", "tapete felpudo", "tapete de cozinha",
        ),
        "toy": (
            "brinquedo", "boneca", "carrinho de controle remoto", "carrinho de brinquedo", "quebra-cabeça", "blocos de montar", "boneco", "bonequinha",
            "massinha", "pião", "pula-pula", "cubo mágico", "cubo magico", "casinha de boneca", "caminhão de brinquedo",
        ),
        "pet": (
            "ração", "areia de gato", "racao", "sachê para gatos", "sachê para cães", "petisco para cães", "petisco para cachorro", "petisco para gatos",
            "bifinho", "osso para cachorro", "coleira", "guia para cachorro", "guia retrátil", "peitoral para cachorro", "peitoral para cães", "caminha pet",
            "cama pet", "caminha para cachorro", "caminha para gato", "casinha de cachorro", "caixa de transporte", "bolsa de transporte", "comedouro",
            "bebedouro para gatos", "bebedouro pet", "fonte para gatos", "areia sanitária", "areia higiênica", "areia para gato", "caixa de areia",
            "tapete higiênico", "brinquedo para cachorro", "brinquedo para gato", "brinquedo pet", "mordedor para cachorro", "mordedor de cachorro",
            "mordedor para cães", "mordedor pet", "antipulgas", "shampoo para cachorro", "shampoo pet", "roupa pet", "roupinha pet", "roupa para cachorro",
            "gaiola", "alpiste", "bebedouro para pássaros", "bebedouro para cães",
        ),
        "baby": (
            "carrinho de bebê", "fralda", "mamadeira", "chupeta", "bebê conforto", "bebe conforto", "cadeirinha para carro", "cadeira de alimentação",
            "berço", "berco", "babá eletrônica", "baba eletronica", "bomba tira leite", "mordedor de bebê", "mordedor para bebê", "mordedor infantil",
            "babador", "banheira de bebê", "trocador", "bolsa maternidade", "naninha", "cercadinho", "aspirador nasal", "fórmula infantil", "papinha",
            "carrinho de bebe", "pomada para assaduras", "shampoo infantil", "sabonete infantil", "canguru para bebê", "copo de transição",
            "banheira infantil", "banheira para bebê", "andador infantil", "andador de bebê",
        ),
        "lighting": (
            "lâmpada", "luminária", "lampada", "luminaria", "abajur", "refletor", "arandela", "luz noturna", "lanterna", "fita de led", "fita led",
            "pisca-pisca", "cordão de led", "lustre de cristal", "lustre pendente",
        ),
        "computer": (
            "teclado", "notebook gamer", "computador gamer", "computador desktop", "pc gamer", "cartão de memória", "cartao de memoria", "hd externo",
            "memória ram", "placa de vídeo", "suporte para notebook", "base para notebook", "cooler para notebook", "hub usb", "pente de memória",
        ),
        "bike": ("bicicleta", "pneu de bicicleta"),
        "grooming": (
            "barbeador", "secador de cabelo", "secador", "chapinha", "prancha alisadora", "escova secadora", "escova alisadora", "modelador de cachos",
            "babyliss", "máquina de cortar cabelo", "maquina de cortar cabelo", "aparador de pelos", "cortador de cabelo", "pinça", "óleo para barba",
            "balm para barba", "pós-barba", "espuma de barbear", "depilador", "cera depilatória", "difusor de cabelo", "difusor para cachos",
        ),
        "socks": (
            "meias", "par de meias", "meia-calça", "meia cano", "meia soquete", "meia esportiva", "meia de compressão", "meia invisível", "meia sapatilha",
        ),
        "hat": ("chapéu", "boné", "gorro", "touca", "chapeu", "viseira", "boina"),
        "eyewear": (
            "óculos", "óculos de sol", "armação de óculos", "oculos", "lente de contato", "lentes de contato", "estojo para óculos", "lente progressiva",
            "lentes progressivas",
        ),
        "jewelry": (
            "pulseira", "brincos", "bijuteria", "joias", "pingente", "gargantilha", "colares", "colar feminino", "colar masculino", "anel", "anéis", "aneis",
            "aliança", "alianças", "brinco", "tornozeleira", "piercing", "bracelete", "broche", "semijoia",
        ),
        "underwear": ("cueca", "calcinha", "sutiã", "lingerie", "roupa íntima", "sutia", "samba canção", "cinta modeladora", "calcinha fio dental"),
        "swimwear": (
            "biquíni", "maiô", "sunga", "roupa de banho", "traje de banho", "biquini", "biquíni fio dental", "biquini fio dental", "saída de praia",
            "saida de praia", "óculos de natação", "touca de natação", "tanga fio dental",
        ),
        "helmet": ("capacete", "capacete de moto"),
        "seating_furniture": (
            "cadeira", "sofá", "banqueta", "poltrona", "cadeira de escritório", "pufe", "banquinho", "sofá-cama", "espreguiçadeira", "cadeira gamer",
        ),
        "storage_furniture": (
            "guarda-roupa", "estante", "armário", "sapateira", "cômoda", "gaveteiro", "nicho", "rack para tv", "painel para tv", "cristaleira", "cabideiro",
            "arara de roupas", "baú", "cabide de veludo", "cabide de madeira", "prateleira flutuante", "prateleira de parede", "prateleira organizadora",
        ),
        "table": (
            "mesa", "mesa de jantar", "escrivaninha", "mesinha", "mesa dobrável", "mesa de centro", "mesa lateral", "mesa de cabeceira", "criado-mudo",
            "penteadeira", "bancada",
        ),
        "mattress": ("colchão", "colchonete", "colchao", "cama box", "bicama", "beliche", "cama infantil"),
        "books": ("livro", "livros", "apostila", "gibi", "mangá", "quadrinhos", "dicionário", "bíblia"),
        "stationery": (
            "caneta", "lápis", "caderno", "marca-texto", "papelaria", "agenda", "fichário", "fichario", "estojo escolar", "apontador", "canetinha",
            "lapiseira", "grampeador", "cola bastão", "post-it", "bloco de notas", "papel sulfite", "calculadora", "giz de cera", "lápis de cor",
            "material escolar", "estojo de lápis", "estojo para lápis", "estojo de canetas", "fita corretiva", "corretivo em fita", "corretivo escolar",
        ),
        "coffee_tea": (
            "café em pó", "café em grãos", "café solúvel", "chá verde", "sachê de chá", "erva-mate", "cápsula de café", "cápsulas de café", "capsula de cafe",
            "café em cápsula", "café torrado", "café especial", "cafe em po", "chimarrão", "filtro de café",
        ),
        "snacks": (
            "salgadinho", "biscoito", "bolacha", "batata chips", "doces", "barra de chocolate", "bombom", "bala de goma", "balas de goma", "jujuba", "pipoca", "amendoim", "castanha",
            "barra de cereal", "paçoca", "ovo de páscoa", "chiclete", "doce de leite", "torrada", "wafer",
        ),
        "beverage": (
            "refrigerante", "suco", "bebida", "água mineral", "energético", "refri", "cerveja", "vinho tinto", "vinho branco", "água de coco", "chá gelado",
            "isotônico", "achocolatado", "kombucha", "cachaça", "água com gás",
        ),
        "car_parts": (
            "pastilha de freio", "vela de ignição", "filtro de ar", "palheta", "retrovisor", "para-choque", "farol", "pastilhas de freio", "bateria de carro",
            "bateria automotiva", "tapete automotivo", "tapete de carro", "capa de banco", "capa para carro", "cera automotiva", "shampoo automotivo",
            "amortecedor", "som automotivo", "central multimídia", "calota", "capa de volante", "limpador de para-brisa", "filtro de óleo", "disco de freio",
            "cinto de segurança", "escapamento", "câmera de ré", "sensor de estacionamento", "lâmpada de farol", "pneu aro", "pneu de carro",
            "pneu para carro", "pneu de moto", "pneu para moto", "lanterna traseira",
        ),
        "motorbike": ("moto", "motocicleta", "scooter", "motoneta", "baú para moto", "patinete elétrico", "kit relação"),
        "car": ("carro", "automóvel", "sedã", "caminhonete", "picape", "caminhão"),
        "engine_oil": (
            "óleo de motor", "óleo do motor", "óleo sintético", "lubrificante", "oleo de motor", "óleo para moto", "oleo para moto", "óleo para motor",
            "óleo 2 tempos", "fluido de freio", "aditivo para radiador", "graxa",
        ),
        "power_tools": (
            "furadeira", "parafusadeira", "esmerilhadeira", "serra elétrica", "serra circular", "serra tico-tico", "lixadeira", "serra mármore", "martelete",
            "retífica", "soprador térmico", "pistola de cola quente", "lavadora de alta pressão", "compressor de ar", "motosserra", "máquina de solda",
            "ferro de solda", "politriz", "chave de impacto", "tupia", "plaina elétrica",
        ),
        "hand_tools": (
            "chave de fenda", "alicate", "martelo", "chave inglesa", "chave philips", "jogo de chaves", "jogo de chave", "chave allen", "chave de boca",
            "chave estrela", "chave combinada", "chave de roda", "caixa de ferramentas", "maleta de ferramentas", "kit de ferramentas", "nível de bolha",
            "serrote", "arco de serra", "estilete", "marreta", "formão", "torquês", "morsa", "jogo de soquetes", "multímetro", "pé de cabra", "chave catraca",
            "torquímetro", "trena digital", "trena a laser",
        ),
        "cleaning_tools": (
            "esfregão", "vassoura", "rodo", "pá de lixo", "mop giratório", "escova de limpeza", "pano de chão", "pano de prato", "pano de microfibra",
            "balde", "espanador", "rolo tira pelos", "removedor de bolinhas", "luva de limpeza", "luva de borracha", "luvas de borracha", "sabão em pó",
            "sabao em po", "sabão líquido", "água sanitária", "agua sanitaria", "desinfetante", "varal", "cesto de roupa", "tira manchas", "limpa vidros",
            "escova sanitária", "raquete elétrica", "raquete mata mosquito", "amaciante de roupas", "amaciante concentrado",
        ),
        "food_container": (
            "marmita", "pote hermético", "vasilha", "lancheira", "porta-mantimentos", "potes herméticos", "pote de vidro", "marmiteira", "porta-mantimento",
            "porta tempero", "papel alumínio", "papel manteiga", "porta pão",
        ),
        "umbrella": ("guarda-chuva", "sombrinha", "guarda-sol", "ombrelone"),
        "fan": (
            "ventilador de mesa", "ventilador de teto", "ventilador de coluna", "ventilador portátil", "ventilador de parede", "circulador de ar",
            "mini ventilador", "ventilador de mão", "ventilador de pescoço",
        ),
        "air_conditioner": (
            "ar condicionado", "ar-condicionado", "climatizador", "purificador de ar", "umidificador", "desumidificador", "aquecedor elétrico",
        ),
        "tv": ("televisão", "televisor", "smart tv", "tv led", "tvbox", "projetor", "antena digital"),
        "camera": (
            "câmera digital", "câmera fotográfica", "filmadora", "câmera de segurança", "câmera dslr", "câmera ip", "camera ip", "câmera wifi", "camera wifi",
            "camera de seguranca", "tripé", "pau de selfie", "bastão de selfie", "câmera instantânea",
        ),
        "tablet": ("tablet", "ipad", "tablet android", "caneta para tablet", "caneta touch", "mesa digitalizadora"),
        "printer": (
            "impressora", "impressora jato de tinta", "impressora laser", "cartucho", "tinta para impressora", "toner para impressora",
            "impressora multifuncional",
        ),
        "router": ("roteador", "roteador wifi", "modem", "repetidor", "repetidor de sinal", "extensor de wifi"),
        "game_console": (
            "console", "videogame", "playstation", "xbox", "nintendo switch", "controle de videogame", "controle ps4", "controle ps5", "controle xbox",
            "fliperama",
        ),
        "cat_tree": (
            "arranhador", "arranhador para gatos", "torre para gatos", "casinha de gato", "torre para gato", "casinha para gato", "nicho para gato",
            "rede para gato",
        ),
        "aquarium": ("aquário", "filtro de aquário", "peixes ornamentais", "aquario", "filtro para aquário"),
        "gardening": (
            "vaso de planta", "terra vegetal", "adubo", "sementes", "jardinagem", "vaso para plantas", "vasos de planta", "vaso de flor",
            "vaso autoirrigável", "regador", "terra adubada", "tesoura de poda", "pá de jardinagem", "ancinho", "enxada", "cortador de grama", "roçadeira",
            "aparador de grama", "planta artificial", "plantas artificiais", "flores artificiais", "suporte para plantas", "floreira", "inseticida",
            "grama sintética", "fertilizante", "esterco", "luva de jardinagem", "mangueira de jardim", "mangueira para jardim", "mangueira expansível",
            "substrato para plantas", "substrato para orquídeas",
        ),
        "supplements": (
            "suplemento", "vitamina", "whey protein", "colágeno", "multivitamínico", "creatina", "pré-treino", "pre treino", "ômega 3", "colageno",
            "termogênico", "termogenico", "probiótico", "polivitamínico", "hipercalórico", "albumina", "melatonina", "barrinha de proteína",
        ),
        "medicine": (
            "remédio", "medicamento", "comprimido", "analgésico", "remedio", "pomada", "xarope", "antibiótico", "dipirona", "ibuprofeno", "colírio",
            "soro fisiológico", "termômetro", "medidor de pressão", "aparelho de pressão", "oxímetro", "glicosímetro", "curativo", "máscara cirúrgica",
            "máscara descartável", "spray nasal", "nebulizador", "inalador", "teste de gravidez",
        ),
        "hair_care": (
            "xampu", "shampoo", "condicionador", "máscara capilar", "óleo capilar", "mascara capilar", "máscara de hidratação", "creme para pentear",
            "creme de pentear", "gelatina capilar", "ativador de cachos", "tônico capilar", "tonico capilar", "tinta de cabelo", "tintura", "progressiva",
            "escova progressiva", "escova de cabelo", "pente", "piranha de cabelo", "presilha de cabelo", "xuxinha", "elástico de cabelo", "tiara", "peruca",
            "mega hair", "aplique de cabelo", "óleo de argan", "pomada modeladora", "pomada para cabelo", "cera para cabelo", "gel para cabelo",
        ),
        "shaver": ("aparelho de barbear", "lâmina de barbear", "barbeador elétrico", "aparador de barba", "lâminas de barbear", "gillette", "prestobarba"),
        "nail_care": (
            "esmalte", "cortador de unha", "lixa de unha", "alicate de unha", "alicate de cutícula", "unhas postiças", "unha postiça", "unha de gel",
            "cabine uv", "cabine led", "acetona", "base para unhas", "lixa de pé", "palito de unha",
        ),
        "diapers": ("fraldas", "fralda descartável", "fralda geriátrica", "fralda calça"),
        "baby_clothes": (
            "roupa de bebê", "body de bebê", "macacão de bebê", "roupinha", "body infantil", "macacão infantil", "saída de maternidade", "conjunto infantil",
            "mijão", "sapatinho de bebê", "luvinha",
        ),
        "plush_toy": ("pelúcia", "bicho de pelúcia", "urso de pelúcia", "pelucia", "ursinho", "macaquinho de pelúcia"),
        "board_game": (
            "jogo de tabuleiro", "jogo de cartas", "banco imobiliário", "baralho", "dominó", "tabuleiro de xadrez", "jogo de xadrez", "jogo de damas",
            "jogo da memória",
        ),
        "sports_ball": (
            "bola de futebol", "bola de basquete", "bola de vôlei", "bola de tênis", "bola de volei", "bola de futsal", "bola de handebol", "bola de society",
            "bola de beach tennis", "bola de golfe", "peteca",
        ),
        "camping": (
            "barraca", "barraca de camping", "saco de dormir", "acampamento", "fogareiro", "caixa térmica", "rede de descanso", "cadeira de praia",
            "cadeira de camping", "bastão de caminhada", "canivete", "toldo", "gazebo",
        ),
        "hotel_stay": ("recepção", "quarto do hotel", "hospedagem", "pousada"),
        "screen_protector": (
            "película", "pelicula", "película de vidro", "pelicula de vidro", "película 3d", "pelicula 3d", "película de celular", "pelicula de celular",
            "película protetora", "pelicula protetora", "protetor de tela", "vidro temperado", "película de privacidade", "pelicula de privacidade",
            "película hydrogel", "pelicula hydrogel", "película de hidrogel", "pelicula de hidrogel", "película cerâmica", "pelicula ceramica",
            "película da câmera", "pelicula da camera", "película de câmera", "protetor de câmera", "película fosca", "pelicula fosca",
        ),
        "clothing": (
            "pijama", "camisola", "macacão", "macaquinho", "capa de chuva", "agasalho", "roupão", "fantasia infantil", "cachecol", "echarpe", "cinto",
            "roupa infantil", "roupa feminina", "roupa masculina", "roupa fitness", "luva de inverno", "luvas de inverno", "uniforme escolar",
        ),
        "perfume": ("perfume", "colônia", "colonia", "deo colônia", "desodorante colônia", "perfume importado"),
        "sports": (
            "halteres", "anilha", "barra fixa", "tapete de yoga", "elástico extensor", "faixa elástica", "corda de pular", "esteira elétrica",
            "esteira ergométrica", "bicicleta ergométrica", "luva de boxe", "luvas de boxe", "saco de pancada", "raquete", "tênis de mesa", "skate", "patins",
            "patinete", "prancha de surf", "vara de pesca", "molinete", "carretilha", "caneleira", "joelheira", "munhequeira", "bambolê", "roda abdominal",
            "bola de pilates", "halter de academia", "halter emborrachado", "halter sextavado",
        ),
        "grocery": (
            "arroz", "feijão", "feijao", "lentilha", "grão de bico", "grao de bico", "farinha", "fubá", "amido de milho", "maisena", "fermento",
            "óleo de soja", "oleo de soja", "óleo de cozinha", "azeite", "macarrão", "macarrao", "miojo", "espaguete", "ovos", "dúzia de ovos", "carne", "frango", "linguiça",
            "linguica", "salsicha", "presunto", "queijo", "mussarela", "muçarela", "filé de peixe", "frutos do mar", "camarão", "hortifruti", "cesta básica",
            "cesta basica", "aveia", "tapioca", "leite condensado", "creme de leite", "leite de coco", "manteiga", "margarina", "pasta de amendoim",
            "tempero", "sazón", "caldo de galinha", "pimenta do reino", "colorau", "páprica", "sal refinado", "sal grosso", "molho de tomate",
            "extrato de tomate", "molho shoyu", "shoyu", "maionese", "frutas frescas", "cesta de frutas", "legumes congelados", "verduras frescas",
            "açúcar refinado", "açúcar cristal", "açúcar mascavo", "açúcar demerara", "açúcar de coco", "acucar refinado", "acucar cristal",
        ),
        "prepared_food": (
            "pizza", "hambúrguer", "hamburguer", "x-burguer", "x-tudo", "x-salada", "lanche", "frango frito", "batata frita", "bolo", "bolo de pote", "pão",
            "pães", "pãozinho", "coxinha", "esfiha", "esfirra", "empada", "empadão", "sanduíche", "sanduiche", "misto quente", "sopa", "yakisoba", "sushi",
            "temaki", "espetinho", "feijoada", "lasanha", "strogonoff", "estrogonofe", "marmitex", "refeição", "refeições", "refeicao", "prato feito",
            "sobremesa", "sorvete", "pudim", "açaí", "acai", "brigadeiro", "rosquinha", "panqueca", "cachorro-quente", "torta salgada", "torta doce",
            "vela de aniversário", "velas de aniversário",
        ),
        "home_fragrance": (
            "vela", "vela aromática", "vela perfumada", "difusor de ambiente", "difusor de aromas", "difusor de varetas", "difusor aromatizador",
            "aromatizador", "odorizador", "incensos", "varetas de incenso", "incensário", "água de lençol", "agua de lencol", "sachê perfumado", "bom ar",
            "cheirinho para carro",
        ),
        "vacuum": ("aspirador", "robô aspirador", "robo aspirador", "aspirador robô", "vassoura elétrica"),
        "oral_care": (
            "escova de dente", "escova dental", "creme dental", "pasta de dente", "pasta dental", "enxaguante bucal", "enxaguatório bucal", "irrigador oral",
            "irrigador bucal", "clareador dental", "clareamento dental", "raspador de língua", "escova interdental", "fio dental encerado",
            "fio dental com flúor",
        ),
        "body_care": (
            "sabonete", "hidratante corporal", "loção corporal", "locao corporal", "loção hidratante", "gel de banho", "desodorante", "antitranspirante",
            "creme para mãos", "creme de mãos", "hidratante para mãos", "esfoliante corporal", "óleo corporal", "oleo corporal", "manteiga corporal",
            "manteiga de karité", "talco", "sais de banho", "sal de banho", "bucha vegetal", "bucha de banho", "álcool em gel", "alcool em gel",
            "lubrificante íntimo",
        ),
        "tissue": (
            "lenço umedecido", "lenços umedecidos", "lenco umedecido", "lencos umedecidos", "toalha umedecida", "toalhas umedecidas", "lenço de papel",
            "lenços de papel", "papel higiênico", "papel higienico", "papel toalha", "guardanapo", "cotonete", "hastes flexíveis",
        ),
    },
    product_traits={
        "fabric": (
            r"\b(o )?(tecido|pano) (é |eh |veio |ficou |muito |bem |super )*(fino|grosso|áspero|aspero|transparente|fraco|ruim|horr[íi]vel|desbotou|encolheu)\b|\b(transparente demais|fez bolinhas?|encolheu na lavagem|desbotou na lavagem)\b",
        ),
        "reading": (
            r"\b(cap[íi]tulos?|enredo|tradu[çc][ãa]o|mal traduzido|autora?|personagens?|o final do livro)\b",
        ),
        "powered": (
            r"\b(?:bateria|baterias|bateira)\b(?! de (?:cozinha|panelas?))",
            r"\b(?:carregador|carregadores|carregadorzinho|recarreg\w+|descarreg(?:a|ou|ando|ada)|autonomia)\b",
            r"\b(?:carga da bateria|bateria (?:acaba|acabou|descarrega|viciou|viciada|estufou|estufada|dura pouco|n(?:[aã]o)? dura)|(?:n(?:[aã]o)?|ñ) (?:segura|mant[eé]m) (?:a )?carga|perde (?:a )?carga)\b",
            r"\b(?:(?:n(?:[aã]o)?|ñ|parou de) (?:carrega|carregou|carregar))\b(?! (?:peso|muit|mt|coisa|tudo|nada|bolsa|mochila))",
            r"\b(?:(?:n(?:[aã]o)?|ñ|nem) (?:liga|ligou|acende|acendeu) (?:mais|de jeito nenhum|nem)|(?:n(?:[aã]o)?|ñ|nem) (?:acende|acendeu)|parou de (?:ligar|acender)|chegou (?:e )?(?:n(?:[aã]o)?|ñ|nem) lig(?:a|ou)|desliga(?:ndo)? sozinh[oa]|liga e desliga)\b",
            r"\b(?:bot[aã]o (?:de ligar|liga ?/ ?desliga|liga e desliga|power)|ligad[oa] na tomada|bivolt|110 ?v|127 ?v|220 ?v|voltagem)\b",
            r"\b(?:bluetooth|bluetoth|blutooth|blutuf|bluetuf|parear|pareia|pareou|pareamento|emparelh\w+)\b",
            r"\b(?:pilhas? (?:aa|aaa|alcalinas?|recarreg\w+|palito|botão|botao)|troc(?:ar|o|a|ei) (?:as |a )?pilhas?|gasta (?:muita )?pilha|come pilha)\b",
            r"\b(?:esquenta|esquentou|aquece|aqueceu|superaquec\w+)(?: muito| mt| mto| demais)? (?:ao|quando|qnd|qdo|enquanto|pra|para) (?:carreg\w+|recarreg\w+)\b",
            r"\b(?:o |do |no )motor(?:zinho)?\b",
        ),
        "screen": (
            r"\b(?:touchscreen|touch screen|tela touch|tela sens[ií]vel ao toque|o touch|touch (?:n(?:[aã]o)?|ñ|parou|falha|falhando|ruim|p[eé]ssimo|travando|fantasma))\b",
            r"\b(?:display (?:lcd|digital|apag\w+|piscando|pisca|queimad\w+|manchad\w+|n(?:[aã]o)? acende)|lcd|amoled|oled)\b",
            r"\btelas? (?:apag\w+|piscando|pisca|piscou|travad\w+|trava|travou|congel\w+|escura|listrad\w+|com listras|fantasma|n(?:[aã]o)? acende|n(?:[aã]o)? liga)\b",
            r"\b(?:tela (?:ficou|fica|ficava) (?:preta|branca|azul|escura)|deu tela (?:preta|branca|azul)|s[oó] tela (?:preta|branca))\b",
            r"\bpixe(?:l|is|ls) (?:mort|queimad|estourad|apagad)\w*\b",
            r"\b(?:brilho da tela|resolu[cç][aã]o da tela|tela (?:de|com) (?:led|lcd|amoled|oled|alta resolu[cç][aã]o|\d+(?:[.,]\d+)? ?(?:pol|polegadas)))\b",
            r"\b(?:tela (?:do|da) (?:rel[oó]gio|smartwatch|tablet|notebook|monitor|tv|televis[aã]o|smart ?tv|kindle)|monitor (?:com defeito|piscando|apagou))\b",
            r"\b(?:tela (?:trincou|rachou|quebrou|apagou) sozinha|(?:veio|chegou) com a tela (?:trincada|quebrada|rachada|riscada))\b",
        ),
        "garment_fit": (
            r"\b(?:cintura|c[oó]s|quadril|quadris|busto|bojo|bojos|virilha|entreperna|entrepernas)\b",
            r"\b(?:cavas?|axilas?|sovaco|decote|gola|golas)\b",
            r"\bmangas? (?:curt|compri|long|apertad|larg|just|fin|bufant)\w*\b",
            r"\b(?:apertad[oa]s?|justo|justa|largo|larga|folgad[oa]s?) (?:n[ao]s?|d[ao]s?|em) (?:cintura|quadril|quadris|busto|peito|bra[cç]os?|coxas?|ombros?|barriga|bunda|pesco[cç]o|costas|cava)\b",
            r"\b(?:veste (?:como |igual |feito |tipo )?(?:um |uma )?(?:pp|p|m|g|gg|xg|xgg|eg|exg)|vest(?:e|iu|indo) (?:muito |mt |mto )?(?:pequen|grand|apertad|larg|justo|justa)\w*)\b",
            r"\b(?:barra da (?:cal[cç]a|saia|blusa|camisa|camiseta|bermuda)|barra do vestido|comprimento da (?:cal[cç]a|saia|manga|blusa|camisa|bermuda)|(?:cal[cç]a|saia|vestido|blusa|camisa|camiseta|bermuda|short|cropped) (?:ficou |fica |veio )?(?:muito |mt |mto )?(?:curt|compri)\w*)\b",
            r"\b(?:gancho (?:curto|baixo|alto|apertado)|marca a calcinha|entra na bunda|modelagem (?:pequena|grande|apertada|errada|estranha|p[eé]ssima|ruim))\b",
            r"\bombros? (?:ca[ií]d|apertad|estreit)\w*\b",
        ),
        "footwear": (
            r"\b(?:solado|solados|solas?|palmilhas?|entressola|biqueira|cadar[cç]os?|cadarso|cardar[cç]os?)\b",
            r"\b(?:saltos? (?:alt|baix|fin|gross|quebr|solt|descol|bamb|tort)\w*|(?:do|no) salto)\b",
            r"\b(?:calcanhar|calcanhares|peito do p[eé]|dedinho do p[eé]|dedos do p[eé]|bico do (?:t[eê]nis|sapato|p[eé]))\b",
            r"\b(?:cal[cç]o (?:n[uú]mero |n[ºo°] ?|tamanho )?(?:3[3-9]|4[0-6])|(?:t[eê]nis|sapato|sand[aá]lia|chinelo|bota|sapatilha|rasteirinha|tamanco) (?:n[uú]mero |tamanho |n[ºo°] ?)(?:3[3-9]|4[0-6]))\b",
            r"\b(?:machuc\w+ (?:o |os |meu |meus )?(?:p[eé]s?|dedos?|calcanhar)|aperta (?:o |os )?dedos?|bolhas? n[oa]s? (?:p[eé]s?|calcanhar|dedos?)|fez calos?|deu calos?)\b",
            r"\b(?:descol(?:ou|ando|a) (?:a sola|o solado|a palmilha|o salto|a biqueira)|tiras? (?:da sand[aá]lia|do chinelo|da rasteirinha))\b",
            r"\b(?:t[eê]nis|sapatos?|sand[aá]lias?|chinelos?|botas?|sapatilhas?|rasteirinhas?|tamancos?) (?:aperta\w*|machuc\w+|escorreg\w+|ficou apertad\w+|abriu na frente)\b",
        ),
        "scent_longevity": (
            r"\b(?:perfumes?|cheiro|aromas?|fragr[aâ]ncias?|ess[eê]ncias?|col[oô]nias?|body splash|deo ?col[oô]nia) (?:n(?:[aã]o)?|ñ) (?:fixa|fixou|dura|durou|permanece|permaneceu)\b",
            r"\b(?:perfumes?|cheiro|aromas?|fragr[aâ]ncias?|ess[eê]ncias?|col[oô]nias?|body splash) (?:some|sumiu|somem|sumiram|evapora|evaporou|desaparece|desapareceu|dura pouco|durou pouco|vai embora|foi embora|passa r[aá]pido)\b",
            r"\b(?:fixa[cç][aã]o e proje[cç][aã]o|proje[cç][aã]o e fixa[cç][aã]o|fixa[cç][aã]o (?:do|da) (?:perfume|fragr[aâ]ncia|col[oô]nia|ess[eê]ncia)|fixa[cç][aã]o (?:baixa|zero|nenhuma|quase zero)|zero fixa[cç][aã]o|longevidade)\b",
            r"\b(?:fixa[cç][aã]o|dura|durou|fica|ficou|fixa|fixou) (?:de |s[oó] |apenas |no m[aá]ximo |menos de |uns |umas )?(?:\d+|uma|duas|meia|alguns|poucos|poucas) (?:min|minutos?|hora|horas|hrs?|h) (?:na pele|no corpo|na roupa|no pulso|no pesco[cç]o)\b",
            r"\b(?:(?:depois|dps|ap[oó]s) de (?:borrifar|passar o perfume|aplicar o perfume)|borrifadas?)\b",
            r"\b(?:n(?:[aã]o)?|ñ) (?:sinto|senti|sente) mais o (?:cheiro|perfume|aroma)\b",
        ),
        "cosmetic_use": (
            r"\b(?:swatch|swatches|suatch)\b",
            r"\b(?:pigmenta[cç][aã]o|pigmentad[oa]s?|pigmenta (?:bem|pouco|nada|mal))\b",
            r"\b(?:tom (?:da|do) (?:base|corretivo|p[oó]|batom|blush)|tonalidade (?:da|do) (?:base|corretivo|p[oó]|batom)|base (?:oxid|craquel)\w*|oxida na pele)\b",
            r"\b(?:(?:maquiagem|make|batom|r[ií]mel|delineador|blush) (?:borr|transfer|esfarel|craquel|oxid|derret)\w*)\b",
            r"\b(?:espinhas|acne|cravos e espinhas|(?:encheu|encheram) (?:\w+ )?(?:de )?espinhas?|(?:deu|deram|brotou|brotaram|saiu|sa[ií]ram|apareceu|apareceram) (?:muitas |v[aá]rias |mt |mts )?espinhas?|(?:meu|o) rosto (?:encheu|ficou cheio) de)\b",
            r"\b(?:caspa|couro cabeludo|queda (?:de|do|dos) cabelos?|queda capilar|cabelo caindo|caiu (?:muito |mt |mto )?cabelo)\b",
            r"\b(?:oleosidade|pele (?:oleosa|mista)|ressec(?:ou|a) (?:a |minha )pele|poros? (?:entupid|dilatad)\w*|entupiu (?:os |meus )poros)\b",
            r"\b(?:passei|apliquei|usei) (?:no|na|nos|nas) (?:rosto|cara|l[aá]bios?|boca|c[ií]lios|sobrancelhas?|olhos)\b",
        ),
        "eating": (
            r"\b(?:sabor|sabores|paladar|intrag[aá]vel)\b",
            r"\bgosto (?:ruim|horr[ií]vel|estranho|amargo|azedo|p[eé]ssimo|ran[cç]oso|de (?:ran[cç]o|vencido|velho|mofo|rem[eé]dio|queimado|terra|sab[aã]o|passado))\b",
            r"\b(?:sem gosto|sem sabor|insoss[oa]s?|amarg[oa]s?|ran[cç]os[oa]s?|doce demais)\b",
            r"\b(?:apodrec\w+|(?:veio|vieram|chegou|chegaram|estava|estavam|tava|tavam) (?:tudo |td )?podres?|bichad[oa]s?|cheio de bicho|com bichinhos?)\b",
            r"\b(?:comi|comemos|mastig\w+|degust\w+)\b",
            r"\b(?:croc[aâ]ncia|crocantes?|passad[oa] do ponto)\b",
            r"\b(?:chocolates?|biscoitos?|bolachas?|leite|caf[eé]|ch[aá]|ra[cç][aã]o|comida|alimentos?|salgadinhos?|balas?|doces?|suplementos?|whey) (?:vencid|estragad|mofad|podre|embolorad)\w*\b",
            r"\b(?:(?:n(?:[aã]o)?|ñ) d[aá] (?:pra|para|p/) comer|imposs[ií]vel de comer|nojo de comer)\b",
        ),
        "phone_fit": (
            r"\b(?:recorte|buraco|furo|abertura|encaixe|espa[cç]o) (?:da|das|do|dos|pra|para|p/) (?:c[aâ]meras?|flash)\b",
            r"\b(?:cobre|cobriu|tampa|tampou|tapa|bloqueia|esconde) (?:a |as |parte da |parte das |um pouco da )?(?:c[aâ]meras?|flash|entrada do carregador)\b",
            r"\bbot(?:[aã]o|[oõ]es) (?:de volume|do volume|laterais) (?:ficam |fica |ficou |ficaram )?(?:duros?|dif[ií]ceis? de apertar|tampad\w+|cobert\w+)\b",
            r"\b(?:bolhas?(?: de ar)? (?:na|embaixo da|debaixo da|sob a|entre a tela e a) (?:pel[ií]cula|tela)|pel[ií]cula (?:fez|fica|ficou|cheia de|com|criou|forma|formou) bolhas?)\b",
            r"\b(?:pel[ií]cula (?:descol|solt|levant|desgrud|n(?:[aã]o)? col|n(?:[aã]o)? peg|n(?:[aã]o)? grud|n(?:[aã]o)? ader)\w*|bordas da pel[ií]cula)\b",
            r"\b(?:n(?:[aã]o)? cobre (?:a )?tela (?:toda|inteira)|menor que a tela)\b",
            r"\b(?:capinha|capa|pel[ií]cula) (?:n(?:[aã]o)?|ñ) (?:serve|serviu|encaixa|encaixou|coube|cabe) (?:no|em|pro|para o|pra o) (?:meu )?(?:celular|iphone|galaxy|samsung|xiaomi|redmi|poco|motorola|moto|aparelho)\b",
            r"\b(?:capinha (?:folgad|solt|frouxa|apertad|larg|n(?:[aã]o)? encaix)\w*|(?:leitor de )?digital (?:n(?:[aã]o)?|ñ) (?:funciona|reconhece|l[eê]) com a pel[ií]cula)\b",
        ),
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
        r"\b(us(o|ei|ando)|marca|aparelho|modelo|funciona|esquenta)\b",
    ),
    off_topic=(
        r"\b(bom dia (grupo|gente|a todos|pessoal)|boa noite (grupo|gente)|feliz (natal|ano novo|anivers[áa]rio)|parab[ée]ns pra voc[êe])\b",
        r"\bteste( teste)+\b",
        # the weather, politics, football, horoscopes and greetings to everyone: not the purchase
        r"\b(previs[ãa]o do tempo|vai chover|t[áa] chovendo|calor(z[ãa]o)? (insuport[áa]vel|demais)|frio (de rachar|demais)|elei[çc][ãa]o|elei[çc][õo]es|vote (no|na|em)|hor[óo]scopo|signo)\b",
        r"\b(meu time|o (flamengo|corinthians|palmeiras|s[ãa]o paulo|vasco|gr[êe]mio|santos) (ganhou|perdeu|jogou)|copa do mundo|bom dia a todos|boa tarde a todos|feliz p[áa]scoa|feliz dia d[ao]s)\b",
        r"\b(t[ôo] entediad[ao]|sem nada pra fazer|s[óo] passando|passando pra dar um oi|primeir[oa] a comentar)\b",
    ),
    review_in_error=(
        r"\b(avaliei o pedido errado|a nota (1|um) era pr[oa])\b",
        r"\b(era pra ter avaliado (a|o) outr[ao]|avaliei (o produto )?errado|avalia[çc][ãa]o errada|avaliei na loja errada|era (pra|para) outra loja)\b",
    ),
)
