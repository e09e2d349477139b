"""Which text encoding a file is in: UTF-8 (with or without BOM), UTF-16 (BOM or NUL-pattern), or a
legacy code page told by charset-normalizer and converted with a notice.

UTF-8 is checked over the whole file first (one fast streaming pass), so a bad byte anywhere is found
before any row is read and is reported with its line. A file that starts as UTF-8 and later is not is
refused: no single codec reads both halves honestly.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from tools.importing.limits import ENCODING_SAMPLE_BYTES
from tools.importing.report import ImportIssue, shorten

_CHUNK = 1 << 20
# Legacy encodings we convert. Anything else charset-normalizer proposes (a guess on too little text,
# usually) is refused rather than risk storing mojibake.
_LEGACY = {
    "cp1252": "Windows-1252", "latin_1": "Latin-1", "iso8859_15": "Latin-9", "cp1258": "Windows-1258 (Vietnamese)",
    "cp874": "Windows-874 (Thai)", "tis_620": "TIS-620 (Thai)", "gb18030": "GB18030 (Chinese)", "gbk": "GBK (Chinese)",
    "gb2312": "GB2312 (Chinese)", "big5": "Big5 (Chinese)", "cp1250": "Windows-1250",
}


@dataclass(frozen=True)
class Decoding:
    encoding: str  # a Python codec name
    notice: str | None = None  # shown to the seller when we converted


class EncodingProblem(Exception):
    def __init__(self, issue: ImportIssue) -> None:
        super().__init__(issue.message)
        self.issue = issue


def choose_decoding(path: Path, *, file: str) -> Decoding:
    with path.open("rb") as handle:
        head = handle.read(4)
    if head.startswith(codecs.BOM_UTF8):
        return _utf8(path, file=file, encoding="utf-8-sig")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Decoding("utf-16", "the file is UTF-16; converted to UTF-8")
    if len(head) >= 4 and head[1] == 0 and head[3] == 0 and head[0] and head[2]:
        return Decoding("utf-16-le", "the file is UTF-16 (little-endian, no byte order mark); converted")
    if len(head) >= 4 and head[0] == 0 and head[2] == 0 and head[1] and head[3]:
        return Decoding("utf-16-be", "the file is UTF-16 (big-endian, no byte order mark); converted")
    return _utf8(path, file=file, encoding="utf-8")


def _utf8(path: Path, *, file: str, encoding: str) -> Decoding:
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    offset = 0
    lines = 1
    saw_non_ascii = False
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                position = offset + exc.start
                return _legacy_or_refuse(path, file=file, position=position,
                                         line=lines + _line_breaks(chunk[: exc.start]),
                                         saw_non_ascii=saw_non_ascii or not chunk[: exc.start].isascii())
            saw_non_ascii = saw_non_ascii or not chunk.isascii()
            lines += _line_breaks(chunk)
            offset += len(chunk)
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return _legacy_or_refuse(path, file=file, position=offset - 1, line=lines, saw_non_ascii=saw_non_ascii)
    return Decoding(encoding)


def _line_breaks(data: bytes) -> int:
    """Lines as a spreadsheet counts them: LF, CRLF or a lone CR (old Mac / Excel for Mac) each end one."""
    return data.count(b"\n") + data.count(b"\r") - data.count(b"\r\n")


def _legacy_or_refuse(path: Path, *, file: str, position: int, line: int, saw_non_ascii: bool) -> Decoding:
    with path.open("rb") as handle:
        handle.seek(max(position - 20, 0))
        around = handle.read(40)
        handle.seek(0)
        sample = handle.read(ENCODING_SAMPLE_BYTES)
    bad = around[min(position, 20): min(position, 20) + 4].hex(" ")
    if saw_non_ascii:
        raise EncodingProblem(ImportIssue(
            file=file, line=line, value=shorten(around.decode("utf-8", errors="replace").strip()),
            message=f"undecodable byte(s) {bad} at byte offset {position}: mixed encodings: earlier rows are UTF-8 "
                    "but this one is not (often rows pasted from another export); save the whole file as UTF-8"))
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    name = best.encoding if best is not None else None
    if name in _LEGACY:
        try:
            with path.open("rb") as handle:  # the guess must read the whole file, not just the sample
                decoder = codecs.getincrementaldecoder(name)("strict")
                while chunk := handle.read(_CHUNK):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            name = None
    if name in _LEGACY:
        return Decoding(name, f"the file is not UTF-8; read as {_LEGACY[name]} and converted "
                              "(check accented letters in the imported text)")
    raise EncodingProblem(ImportIssue(
        file=file, line=line, value=shorten(around.decode("utf-8", errors="replace").strip()),
        message=f"undecodable byte(s) {bad} at byte offset {position}: the file is not UTF-8 and its encoding "
                "could not be told; save it as UTF-8 (CSV UTF-8 in Excel) and import again"))
