"""English phrase bank of the demo generator. Placeholders: {item}, {feature}, {days}, {hours}.

Written for the demo only: the tagger and the review classifier are evaluated on hand-labelled
sets kept in `evals/`, never on these phrases (they share authors, so a score here would flatter).
"""

from __future__ import annotations

from tools.demo import stories

LANGUAGE = "en"

ITEMS = {
    stories.FASHION: ["it", "this item", "the clothes", "this piece", "the outfit"],
    stories.BEAUTY: ["it", "this product", "the bottle", "the set", "this one"],
    stories.ELECTRONICS: ["it", "this device", "the gadget", "this unit", "the product"],
    stories.HOME: ["it", "this item", "the product", "this thing", "the set"],
}
FEATURES = {
    stories.FASHION: ["the design", "the colour", "the style", "the cut", "the pattern"],
    stories.BEAUTY: ["the packaging", "the smell", "the texture", "the bottle design", "the brand"],
    stories.ELECTRONICS: ["the design", "the compact size", "the finish", "the build", "the colour"],
    stories.HOME: ["the design", "the colour", "the finish", "the size", "the handle"],
}

POSITIVE = [
    "Really happy with {item}, {feature} is lovely.", "Great quality for the price, would buy again!",
    "Love {feature}, exactly what I wanted.", "Five stars, {item} is perfect.", "Excellent, my wife loves {item}.",
    "Super nice, {feature} looks even better in person.", "Good product, works as expected, thanks seller.",
    "Second time buying, still great.", "Very satisfied. Packed well and looks premium.",
    "Amazing!! {feature} is so good", "exactly like the pictures, highly recommend",
    "Bought as a gift and they loved it.", "Worth every cent. {feature} is top notch.",
    "No complaints at all, {item} is great.", "Nice!", "good good good", "Best purchase this month :)",
    "Seller replied quickly and {item} is lovely.", "Fast delivery and nicely packed, thank you!",
    "Beautiful, {feature} is just as shown.",
]
NEUTRAL = [
    "It's ok.", "Average, nothing special.", "{item} is fine I guess.", "Does the job.", "Okay for the price.",
    "Not bad, not great.", "Received. Will update after using it more.", "Decent, {feature} is alright.",
    "As expected.", "Hmm it's fine, I thought {feature} would be a bit different but ok.",
    "Normal quality.", "still testing it, so far so good",
]
NEGATIVE_OPENERS = [
    "", "", "", "Very disappointed. ", "Not happy. ", "Honestly ", "Ugh. ", "Seriously? ", "Bad experience. ",
    "Please read before buying: ", "Sad. ", "I regret this purchase. ",
]
NEGATIVE_CLOSERS = [
    "", "", "", " Would not recommend.", " Not buying again.", " Please fix this.", " Very disappointed.",
    " Waste of money.", " 1 star.", " Seller please check.", " Sigh.", " Avoid.",
]
POSITIVE_CLOSERS = ["", "", " Thanks!", " Will buy again.", " 👍", " Recommended.", " Happy customer."]
MIXED_PRAISE = ["Love {feature}", "{feature} is beautiful", "Nice {feature}", "The price is good", "Looks great"]
MIXED_JOINERS = [" but ", ", however ", ". But ", " although "]

ISSUES: dict[str, list[str]] = {
    "not_as_described": [
        "{item} looks nothing like the photos", "the colour is different from the pictures",
        "the material is not what the listing says", "not as described at all",
        "the specs don't match the description", "it looks completely different from the product page",
        "the style is different from the photo",
    ],
    "size_fit": [
        "the size runs way too small", "it is too big even in the smallest size", "doesn't fit, follow the size chart and it's still wrong",
        "way too tight around the waist", "size is totally off, I had to return it", "too small, the size chart is wrong",
    ],
    "quality_defect": [
        "{item} broke after {days} days", "stopped working after a week", "poor quality, the stitching came apart",
        "cheap material, it cracked on day one", "the button fell off immediately", "it is defective, does not turn on",
        "terrible workmanship, it fell apart",
    ],
    "performance": [
        "the battery drains in {hours} hours", "it works but it is so slow", "the effect is barely noticeable",
        "the scent fades after an hour", "performance is way below what I expected", "weak, does not do much",
    ],
    "misleading_promotion": [
        "the livestream promised much more than this", "the influencer video overclaimed everything",
        "the ad was misleading, it's nothing like the promo", "the creator said it would do far more, pure hype",
    ],
    "counterfeit": [
        "this is fake, not original", "clearly a counterfeit, the logo is wrong", "not authentic, the barcode doesn't scan",
        "smells like a fake copy", "definitely not genuine",
    ],
    "safety": [
        "it overheated and almost burned my hand", "gave me an allergic reaction and a rash", "it has a toxic chemical smell",
        "sparks came out of it, dangerous", "my skin started burning after using it",
    ],
    "price_value": [
        "way overpriced for what you get", "not worth the money", "too expensive for this quality",
        "you can get the same thing for half the price",
    ],
    "damaged_or_missing": [
        "it arrived damaged", "the box was crushed and {item} was broken", "parts are missing from the package",
        "it was leaking when it arrived", "one item was missing from my order", "arrived broken",
    ],
    "wrong_item": [
        "I received the wrong item", "they sent the wrong colour", "wrong size was sent", "this is a different model from what I ordered",
        "got a completely different product",
    ],
    "logistics_delay": [
        "delivery took {days} days", "the parcel arrived very late", "tracking has not updated for a week",
        "still not received after {days} days", "shipping was extremely slow", "the courier lost my package for days",
    ],
    "customer_service": [
        "the seller never replied to my messages", "customer service is useless", "they ignored my refund request",
        "seller is rude and unhelpful", "no response from the shop for days",
    ],
}

STORY: dict[str, list[str]] = {
    "dress_colour": [
        "the blue is much darker than in the photos", "colour is totally different, it's navy not sky blue",
        "the dress looks purple-ish, nothing like the picture", "colour does not match the photos at all",
        "the shade of blue is wrong compared to the listing", "in the photos it's a light blue, mine is dark grey-blue",
    ],
    "perfume_empty": [
        "one bottle arrived empty", "the bottle was half empty and leaking", "the perfume bottle was cracked and empty",
        "received an empty bottle, the box was wet",
    ],
    "perfume_missing_one": [
        "only 1 of 2 bottles received", "the set should have two bottles but only one came", "one bottle missing from the set",
    ],
    "perfume_longevity": [
        "the scent disappears after an hour", "smell fades in 30 minutes, weak longevity", "the fragrance doesn't last at all",
    ],
    "charger_overclaim": [
        "the video said 0 to 100% in 15 minutes, total lie", "the creator's video overclaimed the charging speed",
        "promo claimed super fast charging, it's nothing like the video", "the ad promised 65W speed, misleading",
    ],
    "charger_slow": [
        "charges really slowly, takes {hours} hours", "charging speed is the same as my old 5W charger",
        "slow charging, not fast at all",
    ],
}

RETURN_PREFIXES = ["", "", "Refund please: ", "Return request - ", "I want to return it, "]

BUYER_SIDE: dict[str, list[str]] = {
    "CHANGED_MIND": ["Changed my mind, don't need it anymore.", "I no longer want it.", "Decided to get something else.", ""],
    "ORDERED_BY_MISTAKE": ["Ordered by mistake.", "Accidentally ordered twice.", "Clicked the wrong option, sorry.", ""],
    "BETTER_PRICE": ["Found a better deal.", "Decided to buy it elsewhere.", ""],
}

MALICIOUS: dict[str, list[str]] = {
    "repeat_negative": ["Bad.", "Terrible, 1 star.", "Rubbish again.", "Worst shop.", "Not good. Again."],
    "coercive": [
        "I will change to 5 stars if you send me a free one.", "Refund me $10 and I'll delete this review.",
        "Give me a voucher and I remove this bad review.", "Send another item for free or this review stays.",
    ],
    "competitor": [
        "Buy from my shop TrendyHub instead, better quality.", "Our store StyleCorner sells the original, come check us.",
        "Don't buy here, my brand GlowMart is cheaper and original.",
    ],
    "traffic_diversion": [
        "Cheaper on my website www.best-deals-shop.com", "DM me on Instagram @dealsqueen for a discount",
        "WhatsApp +65 9123 4567 for the same item cheaper", "Join my Telegram t.me/cheapgoods for promos",
    ],
    "wrong_product": [
        "The phone case cracked after one day.", "My laptop bag strap broke.", "The coffee beans taste burnt.",
        "This tent leaks in the rain.",
    ],
    "invalid": ["asdfgh jkl qwerty 123123", "lol lol lol lol", "test test test", "........", "nice nice nice nice nice nice aaa"],
}
