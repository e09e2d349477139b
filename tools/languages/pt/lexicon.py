"""Portuguese lexicon (Brazilian usage). Written with accents for readability; matched folded,
so "não chegou" and "nao chegou" both hit."""

from __future__ import annotations

from tools.tagging.lexicon import Lexicon
from tools.tagging.taxonomy import IssueTag as T

LEXICON = Lexicon(
    language="pt",
    phrases={
        T.NOT_AS_DESCRIBED: (
            "diferente da foto", "diferente das fotos", "diferente da imagem", "diferente da descrição", "não é igual à foto",
            "não é igual a foto", "não condiz", "não corresponde", "nada a ver com a foto", "nada a ver com a imagem",
            "cor diferente", "tecido diferente", "material diferente", "não é como na foto", "não é o da foto",
            "não parece com a foto", "foto enganosa", "fotos enganosas", "diferente do anúncio", "não é igual ao anúncio",
            "cor não é a mesma", "mais escuro", "mais claro", "não é couro",
        ),
        T.SIZE_FIT: (
            "pequeno demais", "grande demais", "pequena demais", "muito pequeno", "muito pequena", "muito grande", "apertado",
            "apertada", "largo demais", "larga demais", "folgado", "folgada", "tamanho não corresponde", "não serviu",
            "não cabe", "não coube", "veste pequeno", "veste grande", "forma pequena", "forma grande", "tabela de medidas",
            "tabela de tamanho", "numeração", "ficou pequeno", "ficou pequena", "ficou grande", "ficou apertado",
            "ficou apertada", "ficou largo", "ficou larga", "curto demais", "comprido demais",
        ),
        T.QUALITY_DEFECT: (
            "quebrou", "quebrado", "quebrada", "estragou", "estragado", "com defeito", "defeito", "defeituoso", "defeituosa",
            "parou de funcionar", "não funciona", "não funcionou", "não liga", "não ligou", "qualidade ruim", "péssima qualidade",
            "baixa qualidade", "qualidade baixa", "qualidade horrível", "material ruim", "material fraco", "frágil", "rasgou",
            "rasgado", "rasgada", "descosturou", "descosturando", "costura solta", "costura mal feita", "descascou",
            "descascando", "desbotou", "desbotado", "desbotada", "soltou", "soltando", "fiapos", "riscado", "riscada",
            "arranhado", "arranhada", "enferrujado", "mofado", "vencido", "vencida", "mal acabado", "acabamento ruim",
            "não carrega", "bolinhas", "furado", "furada", "trincou", "trincado",
        ),
        T.PERFORMANCE: (
            "bateria ~ dura pouco", "bateria fraca", "bateria acaba rápido", "bateria não dura", "descarrega rápido",
            "carrega devagar", "demora pra carregar", "demora para carregar", "cheiro não fixa", "não fixa", "fixação ruim",
            "fixação fraca", "não dura", "dura pouco", "sem efeito", "não faz efeito", "não vi resultado", "nenhum resultado",
            "não vi diferença", "nenhuma diferença", "fraco", "fraquinho", "fraquinha", "som baixo", "não gela", "lento",
            "travando", "trava muito", "não esquenta", "não resfria", "perfume some", "cheiro some", "não segura",
        ),
        T.MISLEADING_PROMOTION: (
            "propaganda enganosa", "na live falou", "na live disse", "na live parecia", "diferente da live", "diferente do vídeo",
            "não é igual ao vídeo", "nada a ver com o vídeo", "influenciador", "influencer", "anúncio enganoso",
            "prometeu", "prometido", "prometem", "exagerado", "exageraram", "vídeo engana", "no vídeo parecia",
            "no vídeo mostra", "caí na propaganda",
        ),
        T.COUNTERFEIT: (
            "falso", "falsa", "falsificado", "falsificada", "réplica", "não é original", "não original", "pirata",
            "imitação", "não é autêntico", "não é autêntica", "do paraguai", "fake", "não é oficial",
        ),
        T.SAFETY: (
            "alergia", "alérgico", "alérgica", "coceira", "coçando", "irritação", "irritou", "vermelhidão", "queimou a pele",
            "queimou minha", "queimadura", "esquentou demais", "esquenta demais", "superaquece", "superaqueceu",
            "pegou fogo", "fumaça", "deu choque", "levei choque", "choque elétrico", "cheiro forte", "cheiro químico",
            "tóxico", "perigoso", "perigosa", "machucou", "cortou", "ardeu", "ardência", "dor de cabeça", "espinhas",
        ),
        T.PRICE_VALUE: (
            "caro", "cara demais", "muito caro", "caro demais", "não vale", "não vale a pena", "não vale o preço",
            "dinheiro jogado fora", "jogar dinheiro fora", "desperdício de dinheiro", "preço alto", "mais barato em",
            "superfaturado", "preço abusivo", "não compensa",
        ),
        T.DAMAGED_OR_MISSING: (
            "chegou quebrado", "chegou quebrada", "veio quebrado", "veio quebrada", "chegou danificado", "chegou danificada",
            "veio danificado", "veio danificada", "danificado", "danificada", "amassado", "amassada", "vazou", "vazando",
            "vazado", "derramou", "derramado", "faltando", "faltou", "veio faltando", "incompleto", "incompleta",
            "caixa vazia", "veio vazio", "veio vazia", "embalagem rasgada", "embalagem violada", "caixa amassada",
            "chegou aberto", "chegou aberta", "chegou rasgado", "chegou estragado", "veio sem", "chegou sem",
        ),
        T.WRONG_ITEM: (
            "produto errado", "veio errado", "veio errada", "cor errada", "tamanho errado", "modelo errado",
            "enviaram errado", "mandaram errado", "mandaram outro", "mandaram outra", "veio outro", "veio outra",
            "não é o que eu pedi", "não foi o que pedi", "não é o que pedi", "diferente do que pedi", "pedi ~ veio",
            "pedi ~ chegou", "pedi ~ mandaram", "item errado", "trocaram o produto",
        ),
        T.LOGISTICS_DELAY: (
            "atrasou", "atrasado", "atrasada", "atraso", "demorou", "demora", "demorou muito", "ainda não chegou",
            "não chegou", "nunca chegou", "não recebi", "ainda não recebi", "extraviado", "extraviou", "perdido",
            "rastreio", "rastreamento", "parado", "entrega lenta", "entrega demorada", "fora do prazo", "passou do prazo",
            "prazo estourado", "demorou demais", "chegou depois", "chegou tarde",
        ),
        T.CUSTOMER_SERVICE: (
            "vendedor não responde", "não responde", "não respondeu", "sem resposta", "não me respondeu", "ignorou",
            "ignorando", "atendimento ruim", "atendimento péssimo", "péssimo atendimento", "mal atendido", "mal atendida",
            "grosso", "grossa", "grosseiro", "não quis trocar", "não quer trocar", "não quer devolver", "não devolveu",
            "reembolso ~ não", "sem reembolso", "não reembolsou", "recusou", "recusaram", "descaso", "não resolveu",
            "não resolve", "loja não responde", "não dão suporte",
        ),
    },
    generic_negative=(
        "péssimo", "péssima", "horrível", "ruim", "decepcionado", "decepcionada", "decepção", "não recomendo",
        "não comprem", "não compre", "lixo", "porcaria", "arrependido", "arrependida", "golpe", "enganado", "enganada",
        "insatisfeito", "insatisfeita", "odiei", "problema", "problemas", "👎", "😡",
    ),
    negators=("não", "nao", "nem", "nunca", "sem", "nenhum", "nenhuma", "zero", "jamais", "n"),
    negator_exceptions=("não só", "não apenas", "não sei", "não é", "não foi", "não vale", "não recomendo", "não chegou", "não recebi", "não funciona"),
    contrasts=("mas", "porém", "só que", "entretanto", "contudo", "pena que", "infelizmente"),
    post_negators=("nenhum", "nenhuma", "zero"),
)
