"""Hard limits on what one file may hold. Each is far above any real export and each, when hit,
ends that file with a message naming the limit (a hostile file can never cost unbounded time)."""

from __future__ import annotations

MAX_COLUMNS = 1_000  # a TikTok Shop order export has about 55
MAX_FIELD_CHARS = 100_000  # one cell; a long review is a few thousand characters
MAX_JSON_LINE_CHARS = 1_000_000  # one JSONL object
MAX_HEADER_SCAN_ROWS = 30  # spreadsheet rows searched for the header (titles and notes above it)
ENCODING_SAMPLE_BYTES = 4 << 20  # what charset detection reads of a file that is not UTF-8
