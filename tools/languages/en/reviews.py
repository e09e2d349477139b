"""English words the malicious-review detectors read (`tools/reviews/signals_*.py`); Taglish and Singlish
buyers write in English too, so their common words are here. Each entry is one regex, matched
case-insensitively on the review as a person sees it (`tools.untrusted_text.clean`). `{apps}` stands for the
messaging apps' names and `{slang}` for their short forms."""

from __future__ import annotations

from tools.languages import ReviewWords

_REVIEW_NOUN = r"(review|rating|stars?|comment|feedback|[1-5][- ]?stars?|(one|two)[- ]stars?|[1-5]\*)"

REVIEWS = ReviewWords(
    filler_words=("again", "as usual", "very", "so", "too", "really", "the", "is", "it", "this"),
    photo_words=("photos?", "pics?", "pictures?", "videos?", "unboxing"),
    defects=(
        r"\b(broke|broken|breaks?|defect(ive)?|damaged?|crack(ed|s)?|torn|ripped|faulty|fake|counterfeit|missing|empty)\b",
        r"\b(stopped (working|charging)|not (working|charging)|doesn'?t work|does not work|won'?t (turn on|charge)|dead|died|leaks?|leaking)\b",
        r"\b(wrong size|wrong colou?r|too (small|big|tight|loose|narrow)|smaller than|not as described|nothing like|different from)\b",
        r"\b(stain(ed)?|smells?|stinks?|rash|expired|melted|peel(s|ed|ing)?|shrank|shrunk|frayed|blunt|clumps|flakes|pilled)\b",
        r"\b(gets? (really )?hot|overheat\w*|slow|loud|noisy|weak|misaligned|doesn'?t fit|never arrived|not delivered|see-through)\b",
        r"\b(burn(ed|t)?|scratch(ed|es)?|dent(ed)?|rust(y)?|fell apart|came off|loose|not received|poor quality|bad quality|misleading|drains?)\b",
        r"\b(blisters?|hurts?|irritat\w*|allerg\w*|clumps?|moldy|mouldy|dirty|used|second-hand|late)\b",
        r"\b(won'?t|wouldn'?t|doesn'?t|didn'?t|does not|did not|can'?t|cannot|couldn'?t|never) (turn on|power on|charge|work|connect|pair|start|open|close|fit|stay|hold|heat|spin|stick)\b",
        r"\b(flicker\w*|rattl\w*|no (sound|power|signal)|chipp?(ed|ing|s)?|bent|wobbl\w*|warp(ed|s)?|unstitched|holes?|mou?ldy?|buggy|disconnects?|flimsy|thinner|scam)\b",
        r"\b(hindi (na )?gumagana|basag|punit|peke)\b",  # Taglish
        r"\b(smash(ed)?|crush(ed)?|shatter(ed)?|yellow(ed|ing)|discolou?r\w*|fad(ed|es|ing)|short circuit\w*|sparks?|swollen|bulg\w*|static|buzz\w*|hiss\w*|unravel\w*|seams? (split|came apart|open)|zipper (broke|stuck)|sole (came off|peeled))\b",
        r"\b(caught fire|on fire|smok(e|ed|ing)|electric shock|shocked me|electrocut\w*|explod\w*|burst into flames|melting)\b",
    ),
    generic_complaints=(
        r"\b(bad|poor|low|cheap|terrible) quality\b|\bnot as expected\b|\b(looks?|feels?|smells?) cheap\b",
        r"\b(not what i expected|disappointed|disappointing|terrible|awful|rubbish|worst|meh|useless|waste of money)\b",
    ),
    entitled_remedies=(
        r"\b(refund|replace(ment)?|new one|money back|exchange|return)\b",
        r"\bcompensat\w*",
    ),
    wrong_item_shipped=(
        r"\b(sent|shipped|received|got|delivered)\b[^.!?]{0,40}\binstead of\b",
        r"\binstead of (the|my)\b",
        r"\bwrong (item|product|one|colou?r|size|model)\b",
    ),
    review_changes=(
        rf"\b(delete|remove|withdraw|change|update|edit|revise|upgrade|raise|modify|reconsider|rethink|bump|boost|fix)\b[^.!?]{{0,30}}\b{_REVIEW_NOUN}",
        r"\btake\b[^.!?]{0,20}\b(review|rating|comment)\b[^.!?]{0,10}\b(down|off)\b",
        # an offer in the first person ("I'll delete this", "happy to take it down"), not a description
        r"\b(i'?ll|i will|i'?d|i can|i could|will|gonna|happy to|glad to)\s+(delete|remove|take down|take|bump|raise|change|edit)\s+(this|it)\b(\s+(down|off|up))?",
        rf"\b{_REVIEW_NOUN}[^.!?]{{0,25}}\b(goes|go|will go|comes?|will come) (away|down|off|up)\b",
        rf"\b{_REVIEW_NOUN}[^.!?]{{0,25}}\b(gone|disappears?|disappear|vanish\w*|removed|deleted|stays?|remains?|sticks?)\b",
        r"\b(change|switch|upgrade|turn|give|leave|bump|raise|make)\b[^.!?]{0,20}\b(4|5|four|five|full)[- ]?stars?\b",
        r"\b(or|otherwise|or else|unless|if not)\b[^.!?]{0,40}\b(1|one|a)[- ]?stars?\b",
        r"\b(keep|leave)\b[^.!?]{0,25}\b(review|rating|1[- ]?stars?|one[- ]stars?)\b[^.!?]{0,10}\b(up|there|on)\b",
    ),
    rewards=(
        r"\b(free|gifts?|gift ?cards?|vouchers?|coupons?|discount( codes?)?|cash|cash ?back|store credits?|credits?|rebates?|paypal|bonus|samples?|extra|freebies?|perks?)\b",
        r"\b(pay me|paypal me|venmo me|transfer me|send me money|\d+\s*more|\d+\s*bucks|throw in|hook me up|sort me out|make it worth)\b",
        r"\$\s?\d+|\b\d+\s?(usd|dollars|bucks|k|peso|pesos)\b",
        r"\b(let me )?keep (it|them|the item|the product)\b|\bwithout return(ing)?\b|\bdouble refund\b",
        r"\b\d+\s?% (back|cash ?back|refund|off)\b|\b(half|partial) (refund|the money|my money)\b|\b(upi|gcash|cash ?app|venmo|zelle)\b",
    ),
    seller_offers=(
        r"\b(seller|shop|store|they|customer service|cs)\b[^.!?]{0,10}\b(offered|promised|asked me|tried|wants? me|wanted me|bribe\w*)\b",
        r"\b(card|leaflet|insert|note|flyer|slip)\b[^.!?]{0,30}\b(says?|said|offer\w*|promis\w*|reads?)\b",
        r"\b(card|leaflet|insert|note|flyer|slip) in the (box|package|parcel)\b|\bin the (box|package|parcel) (was|there was|came) an? (card|leaflet|note|flyer)\b",
    ),
    invitations=(
        r"\b(dm|pm|inbox|add|follow|find) (me|us)\b|\bhit (me|us) up\b|\bhmu\b",
        r"\b(dm|pm|inbox|message|chat|contact|reach|text) (me |us )?(on|at|via|thru|through) (my )?({apps}|{slang})\b",
        r"\b(dm|pm|inbox|message|msg) (for|me for|us for) (price|samples?|details|info|orders?|cheaper|discount|more)\b",
        r"\b(my|our) ({apps}|ig|wa|fb|tele|tg|yt|page|channel|profile|bio)\b",
        r"\b(on|via) (my|our) ({apps})\b|\blink in (my )?bio\b",
        r"\b(no spaces|without (the )?spaces|remove (the )?spaces)\b",
    ),
    lures=(
        r"\b(cheaper|cheapest|better (price|deal)s?|half (the )?price|discount|wholesale|original|authentic|real ones?|in stock|ready stock|order|buy|contact|message|add)\b",
    ),
    attributions=(
        r"\b(seller|shop|store|customer service|cs|they|agent|admin|staff|rep|he|she|courier)\b[^.!?]{0,30}"
        r"\b(told|tells?|telling|asked|asks?|asking|wants?|wanted|made|forced|insisted|kept|keeps|gave|sent|said|says|suggested|requested|redirected)\b",
        r"\b(their|his|her|the (seller|shop|store|admin)'?s?|(seller|shop|store)'s)\s+(\w+\s+)?({apps}|number|page|account|ig|wa|line)\b",
        r"\b(no|never|not|didn'?t|don'?t|won'?t|doesn'?t|nobody)\b[^.!?]{0,20}\b(repl\w*|respon\w*|answer\w*|pick(ed)? up|read)\b",
        r"\b(report\w*|complain\w*)\b[^.!?]{0,40}\bto\b",
        r"\b(warranty|card|leaflet|manual|insert|note|label|flyer|box|package)\b[^.!?]{0,25}\b(says?|said|tells?|told|asks?|asked|reads?|printed)\b",
        r"\b(no ?one|nobody|never)\b[^.!?]{0,20}\bpicks? up\b",
        r"\b(called|rang|phoned|dialled|dialed|tried calling|i call(ed)?|courier|shipper|delivery (guy|company)|warranty (centre|center)|hotline|service cent(re|er))\b",
    ),
    dot_words=("dot",),
    other_shops=(
        r"\b(visit|check out|search( for)?|look for|look up|find)\b[^.!?]{0,30}\b(shop|store|page|channel|official|account)\b",
        r"\blink in (my )?bio\b|\blink bio\b|\bsubscribe to my\b|\bfollow (me|my)\b|\b(check|see|visit) my (page|profile|channel)\b",
    ),
    own_store_claims=(
        r"\bmy (own )?(shop|store|brand|boutique|business|company|factory|workshop|label)\b",
        r"\bour (own )?(shop|store|shop's|store's|brand|brand's|boutique|company|products?|version|factory|warehouse|\w+ come with)\b",
        r"\b(i|we) (also )?sell\b|\bseller of [^.!?]{0,25}\bmyself\b|\bas a seller\b|\bbuy from us\b",
        r"\bi (own|run|have) an? [^.!?]{0,25}\b(store|shop|business|brand)\b|\b(come|visit)( to)? (my|our) (store|shop)\b",
        # the trade itself: making, supplying or reselling the same goods
        r"\b(we|i) (also )?(manufacture|produce|supply|distribute|wholesale|import)\b",
        r"\b(we|i) (also )?(make|stock|carry|sell) (the same|these|identical|similar|this exact)\b",
        r"\bas (a|an|someone who|somebody who|one who) (sells?|seller|supplier|manufacturer|reseller|distributor|retailer)\b",
        r"\b(i'?m|i am|we'?re|we are) (a |an |also a |also an )?(seller|supplier|manufacturer|reseller|distributor|retailer|wholesaler) of\b",
        r"\bshameless (self[- ])?plug\b",
        r"\b(been|i'?ve been|i am|i'?m|we'?re|we are|we have been) (wholesaling|reselling|supplying|importing|manufacturing)\b",
        r"\bthe ones we (stock|sell|carry|make)\b|\bwe (actually )?(test|stock|sell|make|carry) ours\b|\b(my|our) suppliers?\b",
        r"\bwe (run|own|have) an? [a-z ]{0,20}\b(shop|store|workshop|business|factory|boutique)\b",
        r"\b(i|we) (also )?(run|own|have) (a|an|my|our)? ?(small )?[a-z ]{0,25}\b(shop|store|business|boutique|factory) (myself|ourselves)\b",
        r"\bour (own )?(workshop|atelier|studio|warehouse|line|brand)\b|\bi (also )?(resell|list|stock|supply|wholesale|import) (these|this|the same|them|ride-ons|\w+s)\b",
        r"\b(as )?someone who (also )?(sells|lists|makes|resells|stocks)\b|\bsame supplier (i|we) (pull|buy|source|order|get)\b|\bdropship\w*\b|\bmy (own )?customers\b|\bwe (move|ship|sell|supply) (this|these|it) by the\b",
        # a fellow trader: a seller, a stall or a workshop of one's own
        r"\bfellow (seller|vendor|shop owner|store owner|retailer|reseller)s?\b|\bmy (stall|booth|kiosk|bakery|salon|pharmacy|workshop)\b",
        r"\b(i|we) (own|run|have) an? (small |little |home |online |local )?(bakery|stall|salon|pharmacy|workshop|factory|cafe|boutique)\b",
    ),
    trade_cues=(
        r"\bours (are|is|don'?t|doesn'?t|never|last|come|have|has|won'?t)\b",
        r"\b(wholesale|bulk orders?|moq|oem|odm|samples? available|free samples?|for samples|reseller price)\b",
    ),
    spam=(
        r"\b(earn \$?\d+|work(ing)? from home|make money|no experience needed|crypto|bitcoin|forex|investment opportunit\w*)\b",
        r"\b(casino|betting|(online |slot )(slots?|games?|machines?|sites?)|slots? (sites?|games?|machines?|online|tips|jackpots?)|jackpots?|lottery|loans?|free followers|buy followers|click here|giveaway|sugar daddy)\b",
        # job and side-income bait
        r"\b(hiring now|we are hiring|side hustle|passive income|part[- ]?time job|daily pay|earn from (home|your phone)|referral code)\b",
        r"\b(won|win|winning|earned) \$?\d+[^.!?]{0,25}\b(on|at|playing|from)\b|\btry (their|the|my|our) slots\b",
        r"\b(new members get|free credits|withdraw same day|lucky spin|making \$?\d+\+?( daily| a day| per day)?|from my phone|no experience|dm me for details|link in bio to earn)\b",
    ),
    off_topic=(
        r"\b(who else is (watching|here)|anyone else here|first!|election|vote for|candidate|president|politics?|taxes|happy birthday|love you|football|horoscope|weather|first comment|lyrics)\b",
        # the writer's own idle state or small talk, not the purchase
        r"\b(bored|boring day|nothing to do|just (passing|testing|chilling|saying hi)|test(ing)? (review|comment)|random (comment|review)|hello (everyone|guys)|good (morning|night) (everyone|guys|all))\b",
        r"\b(gm gm|happy (monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)( everyone| fam| guys)?|stay hydrated|to everyone reading( this)?|have a (nice|great|blessed) day (everyone|all|guys))\b",
    ),
    purchase_words=(
        r"\b(item|product|quality|deliver\w*|shipping|shipped|package|parcel|seller|shop|store|size|colou?r|price|order\w*|bought|buy|refund|return\w*|stars?|review|box)\b",
        r"\b(paid|pay|express|arriv\w*|came|received|\d+\s*(days?|weeks?|hours?))\b",
    ),
    likeness=(
        r"\b(like|as|than|into)( an?| the| some)?( cheap| kids?'?| kid'?s| little| plastic| baby)?\s*$",
    ),
    product_kinds={
        "dress": ("dress", "gown", "sundress", "abaya", "kaftan", "caftan", "cheongsam", "qipao", "nightgown", "baby dress", "swim dress", "bandage dress"),
        "dress/skirt": ("skirt", "miniskirt", "tutu", "kilt"),
        "top": (),
        "top/jacket": (
            "jacket", "puffer vest", "blazer", "winter coat", "trench coat", "puffer coat", "overcoat", "peacoat", "windbreaker", "parka", "anorak", "gilet",
            "body warmer", "pea coat", "wool coat", "fur coat", "down coat",
        ),
        "top/shirt": (
            "t-shirt", "tshirt", "tee", "shirt", "blouse", "polo shirt", "tank top", "crop top", "tube top", "camisole", "tunic", "football jersey",
            "soccer jersey", "basketball jersey", "dress shirt", "halter top", "cami", "vest top", "sleeveless top",
        ),
        "top/sweater": (
            "hoodie", "sweater", "jumper", "cardigan", "sweater vest", "knit vest", "sweatshirt", "pullover", "turtleneck", "hoody", "sweat shirt", "knitwear",
            "polo neck", "roll neck",
        ),
        "bottoms": ("capris",),
        "bottoms/leggings": ("leggings", "jeggings", "yoga pants", "legging"),
        "bottoms/shorts": ("shorts", "skort", "hot pants", "short pants"),
        "bottoms/trousers": (
            "pants", "trousers", "jeans", "joggers", "sweatpants", "track pants", "trackpants", "culottes", "chinos", "slacks", "khakis", "bell bottoms",
            "trouser",
        ),
        "clothing": (
            "clothes", "outfit", "romper", "onesie", "bodysuit", "jumpsuit", "overalls", "dungarees", "tracksuit", "pajamas", "pyjamas", "sleepwear",
            "bathrobe", "raincoat", "rain coat", "poncho", "costume", "cosplay costume", "school uniform", "scarf", "shawl", "hijab", "kimono", "sarong",
            "thermal underwear", "winter gloves", "knit gloves", "touchscreen gloves", "mittens",
        ),
        "shoes": (
            "shoe", "sneaker", "sandal", "boot", "heels", "slipper", "loafer", "flip flop", "thong sandals", "crocs", "trainers", "stilettos", "espadrilles",
            "moccasins", "cleats", "wellies", "footwear", "mary janes",
        ),
        "bag": (
            "handbag", "backpack", "purse", "wallet", "tote", "crossbody", "sling bag", "shoulder bag", "clutch bag", "duffel bag", "duffle bag", "suitcase",
            "carry-on luggage", "luggage bag", "rucksack", "fanny pack", "waist bag", "belt bag", "bum bag", "card holder", "briefcase", "messenger bag",
        ),
        "phone_case": (
            "phone case", "phone cover", "iphone case", "flip cover", "flip case", "wallet case", "phone holder", "phone stand", "phone mount", "phone grip",
            "popsocket", "phone strap", "phone lanyard", "phone pouch",
        ),
        "phone": ("phone", "smartphone", "iphone", "cellphone", "sim card"),
        "charger": ("charger", "adapter", "charging brick", "charging dock", "charging stand", "charging station", "charging pad", "power adapter"),
        "cable": ("cable", "charging cord", "power cord", "extension cord", "usb cord", "aux cord", "hdmi", "power strip", "surge protector"),
        "power_bank": ("power bank", "powerbank", "portable charger", "battery bank"),
        "earphones": ("earbud", "earphone", "headphone", "headset", "airpods", "earpods", "earpiece", "ear buds"),
        "speaker": ("speaker", "soundbar", "sound bar", "subwoofer", "boombox", "amplifier", "microphone"),
        "watch": (
            "smartwatch", "smart watch", "wristwatch", "the watch", "this watch", "my watch", "watch strap", "fitness tracker", "smart band", "fitness band",
            "apple watch", "galaxy watch", "watch band", "mi band", "digital watch", "analog watch", "quartz watch", "wrist watch", "pocket watch",
        ),
        "perfume": (
            "perfume", "cologne", "eau de parfum", "eau de toilette", "body mist", "body splash", "parfum", "perfume oil", "edp", "attar", "edt",
            "fragrance mist",
        ),
        "makeup": (),
        "makeup/lips": (
            "lipstick", "lip tint", "lip gloss", "lip oil", "lip balm", "lip liner", "lip stain", "lip cream", "lip plumper", "lip pencil", "lipgloss",
            "lipliner", "lip lacquer", "lip crayon", "lip butter",
        ),
        "makeup/face": (
            "foundation", "concealer", "blush", "cheek tint", "bb cream", "cc cream", "cushion foundation", "cushion compact", "face powder", "loose powder",
            "pressed powder", "setting powder", "compact powder", "two way cake", "setting spray", "face primer", "makeup primer", "bronzer", "contour stick",
            "liquid highlighter", "highlighter palette", "blusher", "contour palette", "bronzing powder", "setting mist", "tinted moisturizer",
            "tinted moisturiser", "skin tint", "finishing powder",
        ),
        "makeup/eyes": (
            "mascara", "eyeshadow", "eyeliner", "brow pencil", "eyebrow pencil", "brow gel", "eyebrow gel", "brow pomade", "false eyelashes", "false lashes",
            "lash glue", "kajal", "kohl", "eye shadow", "eye liner", "eyelash glue", "fake lashes", "fake eyelashes", "eyebrow pomade", "eye pencil",
            "brow powder",
        ),
        "makeup/tools": (
            "eyelash curler", "makeup brush", "makeup sponge", "beauty blender", "blending sponge", "beauty sponge", "powder puff", "kabuki brush",
            "foundation brush", "lash curler", "eyeshadow brush",
        ),
        "skincare": ("exfoliator", "face scrub", "facial oil", "face oil", "acne patch", "pimple patch", "peeling gel", "cotton pads"),
        "skincare/cleanser": (
            "cleanser", "face wash", "facial wash", "micellar water", "makeup remover", "cleansing oil", "cleansing balm", "makeup wipes",
            "makeup remover wipes", "facial foam", "face foam", "cleansing foam", "cleansing water", "cleansing milk", "cleansing wipes",
        ),
        "skincare/serum": ("serum", "facial essence", "ampoule", "vitamin c serum", "face essence", "skin essence", "ampule", "snail essence"),
        "skincare/moisturiser": (
            "moisturizer", "moisturiser", "face cream", "lotion", "eye cream", "night cream", "day cream", "aloe vera gel", "moisturizing cream",
            "moisturising cream", "facial cream", "eye gel", "aloe gel", "gel cream", "hydrating cream",
        ),
        "skincare/sunscreen": ("sunscreen", "sunblock", "sun cream", "sun screen", "sun block", "sun lotion", "sun stick"),
        "skincare/toner": (
            "face toner", "facial toner", "hydrating toner", "toner pad", "face mist", "facial mist", "rice toner", "rice water", "skin toner", "toning lotion",
            "exfoliating toner",
        ),
        "skincare/mask": (
            "face mask", "sheet mask", "clay mask", "mud mask", "peel off mask", "sleeping mask", "lip mask", "under eye patch", "facial mask",
            "overnight mask", "face pack", "hydrogel eye patch", "charcoal mask",
        ),
        "cookware": (
            "spatula", "ladle", "whisk", "colander", "strainer", "grater", "peeler", "measuring spoon", "wooden spoon", "mixing bowl", "oven mitt",
            "pot holder", "garlic press", "meat thermometer", "pizza cutter", "salad spinner", "can opener", "dish rack", "dish drainer",
        ),
        "cookware/pan": ("frying pan", "pan", "wok", "skillet", "griddle", "frypan", "tawa"),
        "cookware/pot": (
            "pot", "saucepan", "dutch oven", "stockpot", "casserole", "moka pot", "sauce pan", "milk pan", "cocotte", "braiser", "bamboo steamer",
            "double boiler", "tagine",
        ),
        "cookware/knife": ("knife", "knives", "kitchen scissors", "steak knife", "cleaver", "santoku", "kitchen shears", "poultry shears"),
        "cookware/board": ("cutting board", "chopping board", "chopping block", "carving board"),
        "cookware/bakeware": (
            "baking tray", "baking sheet", "cake mold", "cake mould", "baking mold", "muffin tin", "rolling pin", "pizza stone", "baking pan", "cake pan",
            "loaf pan", "sheet pan", "muffin pan", "cake tin", "bundt pan", "springform pan",
        ),
        "cookware/tableware": (
            "chopsticks", "cutlery", "salad bowl", "dinnerware", "tableware", "dinner plate", "flatware", "silverware", "dinner set", "soup bowl",
            "cereal bowl", "serving bowl", "side plate", "serving platter",
        ),
        "appliance": (
            "blender", "kettle", "air fryer", "rice cooker", "toaster", "mixer", "microwave", "bottle warmer", "juicer", "food processor", "coffee maker",
            "coffee machine", "espresso machine", "electric oven", "slow cooker", "pressure cooker", "multicooker", "instant pot", "induction cooker",
            "induction stove", "stove", "sandwich maker", "waffle maker", "bread maker", "bread machine", "egg cooker", "egg boiler", "ice maker",
            "ice cream maker", "popcorn maker", "countertop dishwasher", "portable dishwasher", "mini fridge", "portable fridge", "car fridge",
            "chest freezer", "deep freezer", "water dispenser", "water purifier", "vacuum sealer", "meat grinder", "food chopper", "vegetable chopper",
            "electric grill", "milk frother", "dehydrator", "countertop oven", "convection oven",
        ),
        "drinkware": (
            "mug", "cup", "tumbler", "water bottle", "flask", "thermos", "vacuum flask", "vacuum bottle", "vacuum insulated", "vacuum insulation",
            "insulated bottle", "sports bottle", "water jug", "wine glass", "beer glass", "shot glass", "drinking glass", "glassware", "teacup", "tea cup",
            "drinking straw", "reusable straw", "whiskey glass", "whiskey stones",
        ),
        "home_textile": (
            "pillow", "cushion", "blanket", "towel", "bedsheet", "curtain", "duvet", "bed sheet", "fitted sheet", "pillowcase", "pillow case", "comforter",
            "quilt", "bedspread", "bed linen", "bath mat", "doormat", "door mat", "mosquito net", "tablecloth", "table runner", "sofa cover", "bolster",
            "area rug", "bath rug", "runner rug", "shaggy rug", "bedding set", "donut cushion",
        ),
        "toy": (
            "toy", "doll", "lego", "puzzle", "rc car", "remote control car", "building blocks", "action figure", "figurine", "rubik's cube", "fidget spinner",
            "slime", "play dough", "playdough", "kite", "water gun", "nerf", "barbie", "hot wheels", "dollhouse", "magnetic tiles", "play tent", "kids tent",
            "ride on car", "pool noodle",
        ),
        "pet": (
            "dog food", "cat food", "cat litter", "litter", "leash", "pet food", "kibble", "dog treats", "cat treats", "pet treats", "puppy food",
            "kitten food", "wet cat food", "cat wet food", "fish food", "bird food", "bird seed", "birdseed", "litter box", "tofu litter", "poop bags",
            "dog collar", "cat collar", "flea collar", "dog harness", "pet harness", "dog bed", "cat bed", "pet bed", "pet carrier", "cat carrier",
            "dog crate", "pet cage", "bird cage", "hamster cage", "dog kennel", "kennel", "dog toy", "cat toy", "chew toy", "dog bowl", "cat bowl",
            "pet bowl", "pet feeder", "automatic feeder", "pet fountain", "cat fountain", "dog shampoo", "cat shampoo", "pet shampoo", "catnip", "cat grass",
            "puppy pads", "pee pads", "dog clothes", "pet clothes", "dental chews", "dog chew", "bully sticks", "lick mat", "pet brush", "deshedding brush",
            "pet comb", "cat tunnel", "muzzle", "pet stroller", "dog stroller", "dog diapers", "pet water dispenser",
        ),
        "baby": (
            "stroller", "pram", "diaper", "nappy", "nappies", "baby bottle", "pacifier", "teether", "baby carrier", "baby walker", "high chair", "crib",
            "baby cot", "bassinet", "playpen", "play pen", "baby bouncer", "baby swing", "baby monitor", "breast pump", "nursing pillow", "baby bathtub",
            "baby bath", "bib", "burp cloth", "swaddle", "sleep sack", "sippy cup", "feeding bottle", "formula milk", "baby formula", "infant formula",
            "baby food", "baby spoon", "baby shampoo", "baby lotion", "baby wash", "baby oil", "baby powder", "baby soap", "nasal aspirator", "changing pad",
            "changing mat", "baby gate", "potty", "diaper bag", "baby car seat", "infant car seat", "child car seat", "toddler car seat",
            "convertible car seat", "booster seat",
        ),
        "lighting": (
            "lamp", "light bulb", "bulb", "ceiling light", "night light", "led strip", "strip light", "fairy light", "string light", "flashlight",
            "chandelier", "pendant light", "pendant lamp", "wall light", "spotlight", "downlight", "solar light", "lightbulb", "reading light", "lampshade",
            "neon sign", "light fixture", "sensor light",
        ),
        "computer": (
            "keyboard", "mouse", "monitor", "laptop", "webcam", "desktop computer", "gaming pc", "macbook", "chromebook", "mousepad", "usb hub", "hard drive",
            "ssd", "flash drive", "thumb drive", "pendrive", "pen drive", "memory card", "sd card", "micro sd", "graphics card", "motherboard", "cpu cooler",
            "laptop stand", "laptop sleeve", "cooling pad", "keycap",
        ),
        "bike": ("bicycle", "bike", "bmx", "ebike", "e-bike", "tricycle", "bike tire", "bike tyre", "bicycle tire", "bicycle tyre"),
        "sports": (
            "yoga mat", "dumbbell", "racket", "resistance band", "kettlebell", "barbell", "weight plates", "ankle weights", "jump rope", "skipping rope",
            "treadmill", "walking pad", "exercise bike", "stationary bike", "spin bike", "ab roller", "ab wheel", "pull up bar", "foam roller", "yoga block",
            "yoga wheel", "yoga ball", "exercise ball", "gym ball", "exercise mat", "weight bench", "boxing gloves", "gym gloves", "cycling gloves",
            "goalkeeper gloves", "punching bag", "shuttlecock", "table tennis", "ping pong paddle", "pickleball paddle", "golf club", "knee brace",
            "knee support", "shin guards", "skateboard", "roller skates", "inline skates", "rollerblades", "surfboard", "fishing rod", "fishing reel",
            "trampoline", "hula hoop", "kick scooter", "ski goggles",
        ),
        "grooming": (
            "shaver", "razor", "trimmer", "hair dryer", "straightener", "curling iron", "hair curler", "hot air brush", "hair clipper", "blow dryer",
            "hairdryer", "flat iron", "curling wand", "epilator", "beard oil", "beard balm", "aftershave", "shaving cream", "shaving foam", "wax strips",
            "sugar wax", "tweezers",
        ),
        "socks": ("socks", "ankle socks", "stockings", "crew socks", "tights", "pantyhose"),
        "hat": ("hat", "beanie", "baseball cap", "bucket hat", "sun hat", "snapback", "fedora", "beret", "balaclava", "trucker cap"),
        "eyewear": (
            "sunglasses", "eyeglasses", "reading glasses", "spectacles", "glasses frame", "blue light glasses", "prescription glasses", "computer glasses",
            "anti radiation glasses", "safety glasses", "contact lens", "glasses case", "eyeglass frame",
        ),
        "jewelry": (
            "necklace", "bracelet", "earrings", "jewelry", "jewellery", "pendant", "anklet", "earring", "engagement ring", "wedding ring", "wedding band",
            "promise ring", "signet ring", "nose ring", "ear cuff", "brooch", "choker", "bangle", "locket", "cufflinks", "costume jewelry",
        ),
        "underwear": (
            "underwear", "panties", "boxer shorts", "briefs", "lingerie", "undershirt", "bra", "bralette", "boxers", "thong", "knickers", "undies", "panty",
            "shapewear", "corset", "waist trainer",
        ),
        "swimwear": (
            "swimsuit", "bikini", "swimwear", "swim trunks", "bathing suit", "swim shorts", "board shorts", "rash guard", "tankini", "burkini", "swim cap",
            "swimming goggles", "swim goggles", "swimming costume", "swimming trunks",
        ),
        "helmet": ("helmet", "motorcycle helmet", "bike helmet", "full face helmet"),
        "seating_furniture": (
            "chair", "sofa", "couch", "armchair", "office chair", "recliner", "bar stool", "step stool", "folding stool", "footstool", "bean bag", "beanbag",
            "pouf", "ottoman", "sofa bed", "futon", "loveseat",
        ),
        "storage_furniture": (
            "wardrobe", "bookshelf", "cabinet", "dresser", "shoe rack", "chest of drawers", "bookcase", "wall shelf", "floating shelf", "corner shelf",
            "storage shelf", "shoe shelf", "shelving unit", "storage rack", "clothes rack", "garment rack", "coat rack", "shoe cabinet", "sideboard",
            "clothes hanger", "coat hanger", "velvet hangers",
        ),
        "table": (
            "dining table", "coffee table", "desk", "side table", "folding table", "study desk", "console table", "dressing table", "vanity table",
            "study table",
        ),
        "mattress": ("mattress", "foam mattress", "spring mattress", "mattress topper", "bed frame", "bunk bed", "platform bed", "box spring"),
        "books": (
            "novel", "paperback", "hardcover", "textbook", "storybook", "comic book", "picture book", "coloring book", "colouring book", "cookbook",
            "recipe book", "workbook", "activity book", "sticker book", "board book", "children's book", "kids book", "comics", "dictionary", "encyclopedia",
            "hardback",
        ),
        "stationery": (
            "ballpoint pen", "pencil", "highlighter", "eraser", "stapler", "sticky notes", "stationery", "spiral notebook", "composition notebook", "planner",
            "journal", "diary", "notepad", "sketchbook", "pen", "marker", "crayon", "glue stick", "washi tape", "correction tape", "calculator", "whiteboard",
            "paper clips", "a4 paper", "bond paper", "acrylic paint", "school supplies",
        ),
        "coffee_tea": (
            "coffee beans", "ground coffee", "instant coffee", "tea bags", "green tea", "matcha", "coffee pods", "coffee capsule", "whole bean coffee",
            "drip coffee", "coffee filter", "french press", "black tea", "herbal tea", "jasmine tea", "chamomile tea", "earl grey", "oolong",
            "loose leaf tea", "tea leaves",
        ),
        "snacks": (
            "snacks", "potato chips", "cookies", "biscuits", "crackers", "candy", "beef jerky", "candies", "chocolate bar", "chocolates", "gummy bears",
            "jelly beans", "lollipop", "chewing gum", "popcorn", "pretzels", "crisps", "tortilla chips", "mixed nuts", "cashews", "almonds", "dried fruit",
            "trail mix", "granola", "granola bar", "seaweed snack", "easter egg",
        ),
        "beverage": (
            "soft drink", "juice", "soda", "energy drink", "bottled water", "milk tea", "beer", "vodka", "whisky", "whiskey", "bottle of wine",
            "sparkling water", "mineral water", "coconut water", "smoothie", "bubble tea", "iced tea", "lemonade", "kombucha", "sports drink", "fresh milk",
            "uht milk", "soy milk", "oat milk", "almond milk",
        ),
        "car_parts": (
            "brake pads", "spark plug", "air filter", "headlight", "wiper blade", "car battery", "bumper", "side mirror", "car seat cover",
            "steering wheel cover", "car mat", "car cover", "car wax", "car shampoo", "tire inflator", "jump starter", "car alarm", "fog light", "tail light",
            "car stereo", "windshield wiper", "oil filter", "brake disc", "shock absorber", "timing belt", "car tire", "car tyre", "motorcycle tire",
            "spare tire", "car floor mat",
        ),
        "motorbike": ("motorcycle", "motorbike", "scooter", "dirt bike", "moped", "electric scooter"),
        "car": ("sedan", "suv", "hatchback", "pickup truck", "automobile", "minivan", "electric car", "used car"),
        "engine_oil": ("engine oil", "motor oil", "synthetic oil", "gear oil", "transmission fluid", "brake fluid", "coolant"),
        "power_tools": (
            "cordless drill", "power drill", "angle grinder", "circular saw", "impact driver", "power tool", "electric screwdriver", "drill", "hammer drill",
            "rotary hammer", "impact wrench", "heat gun", "glue gun", "rotary tool", "dremel", "sander", "chainsaw", "polisher", "welding machine",
            "soldering iron", "air compressor", "pressure washer", "leaf blower", "miter saw", "electric saw",
        ),
        "hand_tools": (
            "screwdriver", "wrench", "pliers", "hammer", "spanner", "tape measure", "socket set", "allen key", "hex key", "utility knife", "box cutter",
            "toolbox", "tool box", "tool kit", "tool set", "spirit level", "caulking gun", "hacksaw", "hand saw", "crowbar", "pry bar", "stud finder",
            "multimeter", "wire stripper", "ratchet", "mallet", "multitool", "multi tool",
        ),
        "cleaning_tools": (
            "mop", "spin mop", "broom", "dustpan", "scrub brush", "toilet brush", "squeegee", "laundry detergent", "laundry soap", "fabric conditioner",
            "bleach", "floor cleaner", "toilet cleaner", "glass cleaner", "stain remover", "disinfectant", "feather duster", "lint roller", "lint remover",
            "fabric shaver", "lint shaver", "microfiber cloth", "cleaning cloth", "rubber gloves", "cleaning brush", "laundry basket", "drying rack",
        ),
        "food_container": (
            "lunch box", "food container", "bento box", "tupperware", "meal prep container", "storage jar", "lunch bag", "airtight container",
            "storage container", "glass container", "food jar", "mason jar", "spice rack", "spice jar", "freezer bag", "cling wrap", "cling film",
            "aluminum foil", "aluminium foil", "baking paper", "parchment paper", "rice dispenser", "rice container", "bread box",
        ),
        "umbrella": ("umbrella", "parasol", "rain umbrella", "golf umbrella"),
        "fan": (
            "electric fan", "desk fan", "stand fan", "ceiling fan", "table fan", "standing fan", "tower fan", "bladeless fan", "handheld fan", "mini fan",
            "portable fan", "wall fan", "exhaust fan", "usb fan", "neck fan", "box fan", "floor fan", "pedestal fan", "clip fan", "rechargeable fan",
        ),
        "air_conditioner": (
            "air conditioner", "air conditioning", "aircon", "ac unit", "portable ac", "air cooler", "evaporative cooler", "split ac", "window ac",
            "air purifier", "humidifier", "dehumidifier", "space heater", "electric heater", "room heater", "fan heater", "oil heater",
        ),
        "tv": (
            "television", "smart tv", "tv set", "led tv", "android tv", "oled tv", "qled tv", "4k tv", "projector", "tv box", "streaming stick", "fire stick",
            "firestick", "fire tv stick", "chromecast", "set top box", "tv mount", "tv bracket",
        ),
        "camera": (
            "digital camera", "dslr", "mirrorless camera", "action camera", "camcorder", "security camera", "cctv", "cctv camera", "ip camera", "dash cam",
            "dashcam", "gopro", "instant camera", "polaroid", "instax", "camera lens", "trail camera", "doorbell camera", "tripod", "gimbal", "selfie stick",
            "ring light", "drone",
        ),
        "tablet": (
            "ipad", "android tablet", "tablet pc", "galaxy tab", "tablet computer", "kids tablet", "drawing tablet", "graphics tablet", "e-reader", "ereader",
            "kindle", "stylus", "stylus pen", "apple pencil", "samsung tab",
        ),
        "printer": (
            "printer", "inkjet printer", "laser printer", "toner cartridge", "printer toner", "ink cartridge", "printer ink", "scanner", "photocopier",
            "label maker",
        ),
        "router": ("wifi router", "router", "modem", "mesh wifi", "access point", "wifi extender", "range extender", "wifi repeater", "pocket wifi", "mifi"),
        "game_console": (
            "game console", "playstation", "ps5", "xbox", "nintendo switch", "handheld console", "ps4", "nintendo", "steam deck", "gaming console",
            "game controller", "gamepad", "joystick", "joy-con", "joycon", "dualsense", "video game", "game stick",
        ),
        "cat_tree": (
            "cat tree", "cat tower", "cat condo", "scratching post", "cat scratcher", "scratching board", "cardboard scratcher", "cat house", "cat shelf",
            "cat hammock",
        ),
        "aquarium": ("aquarium", "fish tank", "aquarium filter", "aquascape", "fish bowl", "turtle tank", "betta tank", "terrarium"),
        "gardening": (
            "potting soil", "flower pot", "garden hose", "fertilizer", "planter", "soil", "watering can", "plant pot", "plant stand", "grow bag",
            "grow light", "flower seeds", "vegetable seeds", "garden seeds", "pruning shears", "pruners", "secateurs", "shovel", "trowel", "rake",
            "lawn mower", "grass trimmer", "string trimmer", "hedge trimmer", "weed trimmer", "weed killer", "pesticide", "insecticide", "compost", "mulch",
            "sprinkler", "chicken manure", "garden gloves", "gardening gloves", "artificial plant", "artificial flowers", "fake plant",
        ),
        "supplements": (
            "supplement", "vitamins", "protein powder", "multivitamin", "collagen", "fish oil", "probiotic", "omega 3", "creatine", "pre workout", "bcaa",
            "whey", "mass gainer", "meal replacement", "glucosamine", "biotin", "protein bar", "vitamin gummies",
        ),
        "medicine": (
            "medicine", "medication", "pills", "painkiller", "prescription", "tablets", "paracetamol", "ibuprofen", "cough syrup", "antibiotic", "ointment",
            "eye drop", "nasal spray", "thermometer", "blood pressure monitor", "bp monitor", "glucometer", "pulse oximeter", "oximeter", "surgical mask",
            "medical mask", "disposable face mask", "n95", "kn95", "bandage", "band-aid", "first aid kit", "antiseptic", "pain relief patch",
            "pregnancy test", "nebulizer", "inhaler",
        ),
        "hair_care": (
            "shampoo", "hair conditioner", "hair mask", "hair oil", "hair serum", "conditioner", "hair dye", "hair color", "hair colour", "hair bleach",
            "hair spray", "hairspray", "hair gel", "hair wax", "pomade", "hair tonic", "curl cream", "heat protectant", "hair perfume", "rosemary oil",
            "argan oil", "hairbrush", "hair brush", "hair comb", "wide tooth comb", "hair clip", "claw clip", "scrunchie", "hair tie", "hair band", "bobby pins", "hair pins", "wig",
            "hair extensions", "spa headband",
        ),
        "shaver": ("electric shaver", "beard trimmer", "electric razor", "body groomer"),
        "nail_care": (
            "nail polish", "nail clipper", "nail file", "gel polish", "nail art", "press on nails", "fake nails", "false nails", "nail gel", "nail tips",
            "nail stickers", "uv lamp", "nail lamp", "uv nail lamp", "led nail lamp", "nail drill", "cuticle oil", "cuticle pusher", "top coat", "base coat",
            "acetone",
        ),
        "diapers": ("diapers", "pull-ups", "diaper pants", "pant diapers", "training pants"),
        "baby_clothes": (
            "baby clothes", "baby bodysuit", "baby outfit", "baby romper", "baby onesie", "newborn clothes", "sleepsuit", "baby pajamas", "baby shoes",
            "baby socks", "baby mittens",
        ),
        "plush_toy": ("plush toy", "stuffed animal", "teddy bear", "plushie", "soft toy", "stuffed toy", "plush doll", "squishmallow", "jellycat"),
        "board_game": (
            "card game", "chess set", "monopoly", "board game", "chess", "playing cards", "scrabble", "jenga", "dominoes", "mahjong", "catan", "tarot cards",
            "uno cards", "uno card game",
        ),
        "sports_ball": (
            "soccer ball", "basketball", "volleyball", "tennis ball", "futsal ball", "rugby ball", "golf ball", "ping pong ball", "bowling ball",
            "beach ball",
        ),
        "camping": (
            "tent", "sleeping bag", "camping chair", "camping stove", "sleeping pad", "camping mat", "lantern", "headlamp", "camp stove", "portable stove",
            "hammock", "cooler box", "trekking poles", "hiking poles", "camping cot", "camping table", "tarp", "dry bag", "pocket knife",
        ),
        "hotel_stay": ("front desk", "reception staff", "hotel room"),
        "screen_protector": (
            "screen protector", "tempered glass", "privacy screen", "screen guard", "glass protector", "hydrogel film", "camera lens protector",
            "lens protector", "privacy protector",
        ),
        "grocery": (
            "rice", "jasmine rice", "basmati rice", "brown rice", "glutinous rice", "rice paper", "flour", "wheat flour", "all-purpose flour", "rice flour",
            "cornstarch", "baking powder", "yeast", "cooking oil", "vegetable oil", "olive oil", "sunflower oil", "canola oil", "palm oil", "sesame oil",
            "noodle", "instant noodles", "instant ramen", "spaghetti", "macaroni", "vermicelli", "egg", "meat", "beef", "pork", "mutton", "chicken",
            "chicken breast", "sausage", "bacon", "steak", "seafood", "fish fillet", "salmon fillet", "frozen shrimp", "frozen food", "fresh vegetables",
            "frozen vegetables", "mixed vegetables", "fresh produce", "fresh fruit", "fruit basket", "durian", "beans", "lentils", "chickpeas", "tofu",
            "rolled oats", "oats", "cereal", "peanut butter", "canned tuna", "canned sardines", "cheese", "condensed milk", "coconut milk", "chia seeds",
            "seasoning", "black pepper", "curry powder", "chili powder", "bouillon", "stock cubes", "sauce", "soy sauce", "fish sauce", "oyster sauce",
            "chili sauce", "hot sauce", "sriracha", "tomato sauce", "pasta sauce", "ketchup", "mayonnaise", "mayo", "salad dressing", "curry paste", "miso",
            "table salt", "iodized salt", "spice mix", "mixed spices", "ground spices", "whole spices", "white sugar", "brown sugar", "granulated sugar",
            "cane sugar", "palm sugar", "caster sugar", "icing sugar", "powdered sugar", "coconut sugar",
        ),
        "prepared_food": (
            "pizza", "burger", "hamburger", "cheeseburger", "fried chicken", "chicken wing", "french fries", "birthday cake", "cheesecake", "cupcake",
            "sponge cake", "brownie", "donut", "doughnut", "croissant", "bread", "sourdough", "bagel", "muffin", "pastry", "pastries", "apple pie", "meat pie", "egg tart",
            "pancake", "soup", "noodle soup", "ramen", "fried rice", "fried noodles", "sushi", "dim sum", "dumpling", "spring rolls", "sandwich", "salad",
            "lasagna", "burrito", "kebab", "shawarma", "curry", "bento", "meal box", "ready meal", "food delivery", "takeout", "catering", "dessert",
            "ice cream", "pudding", "chocolate cake", "wedding cake", "layer cake", "pound cake", "carrot cake", "red velvet cake", "fruit cake", "mooncake",
            "cake slice", "slice of cake", "birthday candle",
        ),
        "home_fragrance": (
            "candle", "scented candle", "soy candle", "tealight", "tea light", "reed diffuser", "aroma diffuser", "aromatherapy diffuser", "oil diffuser",
            "essential oil diffuser", "car diffuser", "air freshener", "room spray", "room freshener", "home spray", "home fragrance", "room fragrance",
            "fragrance oil", "wax melt", "wax warmer", "potpourri", "car freshener", "incense sticks", "incense stick", "incense cones", "incense burner",
            "incense holder",
        ),
        "vacuum": (
            "vacuum", "vacuum cleaner", "robot vacuum", "robotic vacuum", "robot cleaner", "robot mop", "cordless vacuum", "handheld vacuum", "stick vacuum",
            "car vacuum", "wet dry vacuum", "shop vac", "roomba", "hoover",
        ),
        "oral_care": (
            "toothbrush", "tooth brush", "electric toothbrush", "toothpaste", "mouthwash", "mouth wash", "dental floss", "floss", "flosser", "water flosser",
            "oral irrigator", "tongue scraper", "interdental brush", "teeth whitening", "whitening strips",
        ),
        "body_care": (
            "body lotion", "body cream", "body butter", "body oil", "body wash", "shower gel", "shower cream", "bar soap", "soap bar", "body soap",
            "bath soap", "hand soap", "liquid soap", "handmade soap", "antibacterial soap", "deodorant", "antiperspirant", "hand cream", "hand lotion",
            "foot cream", "body scrub", "sugar scrub", "salt scrub", "bath bomb", "bath salts", "bubble bath", "talcum powder", "petroleum jelly", "vaseline",
            "hand sanitizer", "feminine wash", "intimate wash", "loofah", "bath sponge",
        ),
        "tissue": (
            "wet wipe", "baby wipe", "cleaning wipes", "disinfecting wipes", "antibacterial wipes", "alcohol wipes", "flushable wipes", "tissues",
            "facial tissue", "pocket tissue", "tissue box", "toilet paper", "toilet roll", "toilet tissue", "paper towel", "kitchen roll", "kitchen paper",
            "paper napkins", "kleenex", "cotton buds", "cotton swabs", "q-tips",
        ),
    },
    product_traits={
        "fabric": (
            r"\b(the )?fabric (is|was|feels?|felt|tore|ripped|pills?|pilled|faded|shrank|thin)\b",
            r"\b(see[- ]through|pilling|pilled after|shrank after (one|1|the first) wash)\b",
        ),
        "reading": (
            r"\b(chapters?|plot|storyline|the translation|badly translated|the author|the characters?|the ending)\b",
        ),
        "powered": (
            r"\b(battery|batteries|batt)\b", r"\b(re)?charg(e|es|ed|ing) (it|fully|overnight|for \d+)\b",
            r"\b(won'?t|doesn'?t|does not|will not|wouldn'?t) (turn|switch|power) on\b", r"\bpower button\b",
            r"\bbluetooth\b", r"\b(keeps? )?(dis)?connect(s|ing)? to my (phone|laptop)\b", r"\bpairing\b",
            r"\bhours? of (playback|battery|use) on a (single |full )?charge\b",
            r"\b(the |its )?motor\b(?! ?(bike|cycle|oil|way))",
        ),
        "screen": (
            r"\b(the |its |touch ?)screen\b(?! protector)", r"\bdisplay (is|was|has|went|flickers?)\b",
            r"\bdead pixels?\b", r"\btouchscreen\b", r"\bscreen brightness\b",
        ),
        "garment_fit": (
            r"\b(waist|waistband|armpits?|crotch|inseam|neckline|hemline)\b", r"\bsleeves? (are|is|were|was) (too )?(long|short|tight)\b",
            r"\b(too )?tight (on|around) the (chest|hips|bust|thighs)\b", r"\bfits? like an? (xs|s|m|l|xl)\b",
            r"\bsize chart\b(?=[^.!?]{0,40}(?<!')\b(xs|s|m|l|xl|xxl)\b)", r"\bthe (xs|s|m|l|xl|xxl) (fits|is) like\b",
        ),
        "footwear": (
            r"\b(insoles?|outsoles?|toe box|shoelaces?)\b", r"\bsoles? (came|come|coming|peel(ed|ing)?|fell) (off|apart|away)\b",
            r"\bheel (strap|came off|broke|snapped|wobbles)\b", r"\b(eu |us |uk )?size (3[5-9]|4[0-6])\b",
        ),
        "scent_longevity": (
            r"\b(scent|fragrance) (fades|faded|is gone|doesn'?t last|does not last|lasts? (only|just|barely))\b",
            r"\bafter (spraying|one spray|two sprays)\b", r"\b(longevity|sillage)\b",
        ),
        "cosmetic_use": (
            r"\b(swatch(es)?|pigment(ed|ation)?)\b", r"\b(broke|breaks) me out\b", r"\b(breakouts?|pimples|dandruff)\b",
            r"\b(itchy|flaky) scalp\b", r"\bhair (fall|loss)\b", r"\b(wears?|wore|rubs?) off (my lips|when i eat)\b",
        ),
        "eating": (
            r"\b(tastes?|tasted|tasting|flavou?r|aftertaste)\b", r"\b(stale|spoil(ed|t)|rotten|mouldy|moldy)\b",
            r"\b(i|we|my (kids?|son|daughter)) (ate|drank)\b", r"\bexpir(y|ation|ed) date\b(?=[^.!?]{0,40}\b(eat|food|snack|drink))",
        ),
        "phone_fit": (
            r"\bcamera (cut ?out|hole|opening|bump)\b", r"\b(volume|power) buttons? (is |are )?(covered|blocked|hard to press)\b",
            r"\b(air )?bubbles\b(?=[^.!?]{0,40}\b(screen|edges?|film|protector|glass)\b)", r"\blifts? (up )?at the (edges|corners)\b",
        ),
    },
    instructions=(
        r"\b(ignore|disregard|forget)\b[^.!?]{0,30}\b(instructions?|prompts?|rules?)\b",
        r"\b(mark|classify|flag|label)\b[^.!?]{0,25}\bas (malicious|spam|not malicious|genuine)\b",
        r"\b(approve|accept) (this|the) (report|appeal|review)\b|\bsystem prompt\b",
    ),
    review_in_error=(
        r"\b(meant to review (the|my|a)|(reviewed|reviewing|rated) the wrong order)\b",
        r"\b(by mistake|(the|a) wrong (listing|shop|seller|store|product page)|meant (it )?for (another|the other|a different)|reviewed the wrong|was for (the|another) other|for the other seller|posted (this|it) (here )?by mistake)\b",
    ),
    keyboard_rows=("qwertyuiop", "asdfghjkl", "zxcvbnm"),
)
