"""The shape of a per-language lexicon and the registry of all of them.

Phrase syntax (kept tiny so lexicons stay readable):
- words separated by spaces match any run of whitespace (space-delimited languages);
- a trailing `*` on a word matches any ending ("scratch*" → scratched, scratches);
- `~` is a short gap: up to two words (spaced languages) or up to four characters (zh, th),
  e.g. "质量~差" matches 质量很差 and 质量真的太差;
- `#` is a number (digits or a small number word).
Latin-script phrases are folded (lower case, accents removed) before matching, except Vietnamese,
whose tone marks carry meaning (hỏng "broken" vs hồng "pink").
"""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict

from tools.segmentation import Segmenter
from tools.tagging.taxonomy import IssueTag


class Lexicon(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    language: str
    # False for scripts written without spaces (Chinese, Thai): no word boundaries, char windows.
    spaced: bool = True
    # Vietnamese matches on lower-cased text with diacritics kept; the others on folded text.
    keep_accents: bool = False
    # Unspaced scripts: the word segmenter whose word boundaries a phrase hit must respect, so a
    # phrase never matches inside a longer word (เสีย "broken" inside เสียง "voice").
    segmenter: Segmenter | None = None
    phrases: dict[IssueTag, tuple[str, ...]]
    # Clearly negative words with no specific issue ("terrible", "do not buy").
    generic_negative: tuple[str, ...] = ()
    # Words that cancel a following hit ("not broken", "没有色差").
    negators: tuple[str, ...] = ()
    # Negator look-alikes that do not negate ("not only", "不但", "ไม่ค่อย").
    negator_exceptions: tuple[str, ...] = ()
    # Words that end a clause, so a negator before them does not reach a hit after them.
    contrasts: tuple[str, ...] = ()
    # Words right after a hit that cancel it ("色差不大", "rusak? nggak").
    post_negators: tuple[str, ...] = ()
    # Breakage words that mean transit damage when the same text reports other transit damage
    # ("the lid was cracked and it leaked"), and a quality defect otherwise ("cracked after a week").
    transit_damage: tuple[str, ...] = ()
    # Hedges that make a following hit hypothetical ("was worried it would be fake", "担心是假的").
    hedges: tuple[str, ...] = ()


@cache
def load_lexicons() -> dict[str, Lexicon]:
    """Every language pack's lexicon (`tools/languages/<code>/lexicon.py`), keyed by language code, imported
    lazily and built once."""
    import importlib

    from tools.languages import packs

    found: dict[str, Lexicon] = {}
    for code, pack in packs().items():
        if (pack.folder / "lexicon.py").exists():
            lexicon = importlib.import_module(f"tools.languages.{code}.lexicon").LEXICON
            if not isinstance(lexicon, Lexicon):
                raise TypeError(f"tools/languages/{code}/lexicon.py: LEXICON must be a Lexicon")
            found[code] = lexicon
    return found
