"""Keeping the language packs' knowledge-base translations in step with the English entries (a maintainer's tool).

    python -m vectorstore.translations status            # per language: entries missing, stale, current
    python -m vectorstore.translations stamp th ID...    # after re-reading ID's translation against today's English

A translation records the digest of the English text it was made from (`source:` in its front matter); when the
English changes, the translation is stale and the product shows the English entry instead until it is translated
again and stamped. Stamping without re-reading would show old facts under a current stamp, so it names entries one
by one; there is no "stamp all".
"""

from __future__ import annotations

import re
import sys

from tools.errors import DataError
from tools.languages import codes, pack
from vectorstore.content import shipped_entries, source_digest, translations

_SOURCE_LINE = re.compile(r"^source:.*\n", re.MULTILINE)


def status() -> dict[str, dict[str, list[str]]]:
    """Language -> {"missing": ids, "stale": ids} for every pack but English ({"broken": [why]} for a pack with a
    file that does not load)."""
    found: dict[str, dict[str, list[str]]] = {}
    for code in codes():
        if code == "en":
            continue
        try:
            done = translations(code)
        except DataError as exc:
            found[code] = {"broken": [str(exc)]}
            continue
        found[code] = {
            "missing": sorted(set(shipped_entries()) - set(done)),
            "stale": sorted(entry_id for entry_id, item in done.items() if not item.current),
        }
    return found


def stamp(language: str, entry_ids: list[str]) -> list[str]:
    """Record today's English digest in each named translation's front matter; returns the files written."""
    written = []
    for entry_id in entry_ids:
        original = shipped_entries().get(entry_id)
        path = pack(language).folder / "knowledge" / f"{entry_id}.md"
        if original is None or not path.is_file():
            raise DataError(f"{path}: no such translation of a shipped entry")
        text = path.read_text(encoding="utf-8")
        front_end = text.index("\n---", 3)
        front = _SOURCE_LINE.sub("", text[:front_end] + "\n").rstrip("\n")
        # Quoted: a digest of digits only would otherwise be read as a number.
        path.write_text(f'{front}\nsource: "{source_digest(original)}"{text[front_end:]}', encoding="utf-8")
        written.append(str(path))
    translations.cache_clear()
    return written


def main(argv: list[str]) -> int:
    if argv[:1] == ["status"]:
        for code, problems in status().items():
            if "broken" in problems:
                print(f"{code}: {problems['broken'][0]}")
                continue
            total = len(shipped_entries())
            print(f"{code}: {total - len(problems['missing']) - len(problems['stale'])} of {total} current; "
                  f"missing {problems['missing'] or 'none'}; stale {problems['stale'] or 'none'}")
        return 0
    if len(argv) >= 3 and argv[0] == "stamp":
        for path in stamp(argv[1], argv[2:]):
            print(f"stamped {path}")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
