"""English words the malicious-review detectors read (`tools/reviews/signals_*.py`); Taglish and Singlish
buyers write in English too, so their common words are here. Each entry is one regex, matched
case-insensitively on the review as a person sees it (`tools.untrusted_text.clean`). `{apps}` stands for the
messaging apps' names and `{slang}` for their short forms."""

from __future__ import annotations

from tools.languages import ReviewWords

_REVIEW_NOUN = r"(review|rating|stars?|comment|feedback|[1-5][- ]?stars?|(one|two)[- ]stars?|[1-5]\*)"

REVIEWS = ReviewWords(
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
    product_kinds={
        "dress": ("dress", "gown", "skirt"),
        "top": ("t-shirt", "tshirt", "tee", "shirt", "blouse", "hoodie", "sweater", "jacket", "jumper", "cardigan"),
        "bottoms": ("pants", "trousers", "jeans", "leggings", "shorts"),
        "clothing": ("clothes", "outfit", "romper", "onesie", "bodysuit"),
        "shoes": ("shoe", "sneaker", "sandal", "boot", "heels", "slipper"),
        "bag": ("handbag", "backpack", "purse", "wallet", "tote", "crossbody"),
        "phone_case": ("phone case", "phone cover"),
        "phone": ("phone", "smartphone", "iphone"),
        "charger": ("charger", "adapter", "charging brick"),
        "cable": ("cable",),
        "power_bank": ("power bank", "powerbank"),
        "earphones": ("earbud", "earphone", "headphone", "headset"),
        "speaker": ("speaker", "soundbar"),
        "watch": ("smartwatch", "smart watch", "wristwatch", "the watch", "this watch", "my watch", "watch strap"),
        "perfume": ("perfume", "fragrance", "cologne", "eau de parfum", "eau de toilette"),
        "makeup": ("lipstick", "lip tint", "lip gloss", "mascara", "foundation", "eyeshadow", "eyeliner", "concealer", "blush"),
        "skincare": ("serum", "moisturizer", "moisturiser", "sunscreen", "toner", "cleanser", "face cream", "lotion",
                     "face mask", "sheet mask"),
        "cookware": ("frying pan", "pan", "pot", "wok", "saucepan", "knife", "knives", "cutting board"),
        "appliance": ("blender", "kettle", "air fryer", "rice cooker", "toaster", "mixer", "microwave", "bottle warmer"),
        "drinkware": ("mug", "cup", "tumbler", "water bottle", "flask"),
        "home_textile": ("pillow", "cushion", "blanket", "towel", "bedsheet", "curtain", "duvet"),
        "toy": ("toy", "doll", "lego", "puzzle", "rc car", "remote control car"),
        "pet": ("dog food", "cat food", "cat litter", "litter", "leash", "pet food"),
        "baby": ("stroller", "pram", "diaper", "nappy", "nappies", "baby bottle", "pacifier", "teether"),
        "lighting": ("lamp", "light bulb", "bulb", "ceiling light"),
        "computer": ("keyboard", "mouse", "monitor", "laptop", "webcam"),
        "bike": ("bicycle", "bike"),
        "sports": ("yoga mat", "dumbbell", "racket", "resistance band"),
        "grooming": ("shaver", "razor", "trimmer", "hair dryer", "straightener"),
    },
    instructions=(
        r"\b(ignore|disregard|forget)\b[^.!?]{0,30}\b(instructions?|prompts?|rules?)\b",
        r"\b(mark|classify|flag|label)\b[^.!?]{0,25}\bas (malicious|spam|not malicious|genuine)\b",
        r"\b(approve|accept) (this|the) (report|appeal|review)\b|\bsystem prompt\b",
    ),
    review_in_error=(
        r"\b(by mistake|wrong (listing|shop|seller|store|product page)|meant (it )?for (another|the other|a different)|reviewed the wrong|was for (the|another) other|for the other seller|posted (this|it) (here )?by mistake)\b",
    ),
    keyboard_rows=("qwertyuiop", "asdfghjkl", "zxcvbnm"),
)
