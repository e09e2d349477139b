"""The importer's fuzz corpus: hostile and damaged variants of good files, made deterministically.

    python -m tests.fuzz_corpus            # rewrites tests/data/import/fuzz/ (committed)

Each file's manifest entry names its original and its mutation class, which sets what must hold:
- "faithful" (line endings, BOM, encodings): imports, and stores exactly the original's rows;
- "truncated" (cut at a byte): never stores a row that differs from the original's row of that key;
- "hostile" (flipped bytes, garbage, limits, nesting): never raises, and whatever is stored is valid.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).parent / "data" / "import"
OUT = HERE / "fuzz"
ORIGINALS = ["good/reviews.csv", "good/orders.csv", "good/returns.csv", "good/products.csv", "exports/tiktok_th_orders.csv",
             "exports/shopify_usd_orders.csv"]


def _entries() -> list[tuple[str, str, str, bytes]]:
    rng = random.Random(20261201)
    entries: list[tuple[str, str, str, bytes]] = []
    for original in ORIGINALS:
        data = (HERE / original).read_bytes()
        stem = original.replace("/", "_").rsplit(".", 1)[0]
        text = data.decode("utf-8")
        entries += [
            (f"{stem}.cr.csv", original, "faithful", text.replace("\r\n", "\n").replace("\n", "\r").encode()),
            (f"{stem}.crlf.csv", original, "faithful", text.replace("\r\n", "\n").replace("\n", "\r\n").encode()),
            (f"{stem}.bom.csv", original, "faithful", b"\xef\xbb\xbf" + data),
            (f"{stem}.utf16.csv", original, "faithful", text.encode("utf-16")),
            (f"{stem}.utf16le.csv", original, "faithful", text.encode("utf-16-le")),
            (f"{stem}.noeol.csv", original, "faithful", data.rstrip(b"\n")),
        ]
        try:
            entries.append((f"{stem}.cp1252.csv", original, "faithful", text.encode("cp1252")))
        except UnicodeEncodeError:
            pass
        for cut in sorted(rng.sample(range(len(data) // 3, len(data)), 6)):
            entries.append((f"{stem}.cut{cut}.csv", original, "truncated", data[:cut]))
        for flip in range(4):
            mutated = bytearray(data)
            for _ in range(3):
                mutated[rng.randrange(len(mutated))] = rng.randrange(256)
            entries.append((f"{stem}.flip{flip}.csv", original, "hostile", bytes(mutated)))
        lines = data.split(b"\n")
        entries.append((f"{stem}.nul.csv", original, "hostile", data.replace(b",", b",\x00", 1 + len(lines[0].split(b",")))))
        entries.append((f"{stem}.swapcols.csv", original, "hostile", b"\n".join(
            [lines[0]] + [b",".join(reversed(line.split(b","))) for line in lines[1:]])))
    header = b"review_id,product_id,buyer_id,rating,review_text,create_time\n"
    hostile: dict[str, bytes] = {
        "empty.csv": b"", "blank_lines.csv": b"\n\n\n", "only_header.csv": header,
        "header_256k.csv": b"a" * 262_144 + b",b\n1,2\n", "many_columns.csv": b",".join(b"c%d" % i for i in range(5000)) + b"\n",
        "field_200k.csv": header + b'r1,p1,b1,5,"' + b"x" * 200_000 + b'",2026-11-05\n',
        "unclosed_quote.csv": header + b'r1,p1,b1,5,"never closed,2026-11-05\nr2,p1,b1,5,ok,2026-11-05\n',
        "epoch_digits.csv": header + b"r1,p1,b1,5,ok,20261128\n", "inf_price.csv":
        b"product_id,shop_id,title,category,price\np9,s1,Mug,Home,inf\n", "nan_gmv.csv":
        b"order_id,product_id,buyer_id,quantity,gmv,create_time\no9,p1,b1,1,NaN,2026-11-05\n",
        "control_chars.csv": header + b"r1,p1,b1,5,bell\x07here,2026-11-05\n",
        "cut_status.csv": b"return_id,product_id,buyer_id,return_type,return_reason,create_time,return_status\n"
                          b"x1,p1,b1,REFUND,DAMAGED,2026-11-05,REF",
        "random_bytes.bin": bytes(rng.randrange(256) for _ in range(4096)),
        "zip_not_xlsx.xlsx": b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(512)),
        "fake.parquet": b"PAR1" + b"\x00" * 64,
        "xls_ole.xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512,
        "json_array.json": b'[{"review_id": "r1"}]',
        "deep.jsonl": b'{"a": ' + b"[" * 50_000 + b"]" * 50_000 + b"}\n",
        "wide.jsonl": json.dumps({f"k{i}": i for i in range(20_000)}).encode() + b"\n",
        "many_keys_huge.jsonl": json.dumps({f"key{i}": i for i in range(120_000)}).encode() + b"\n",
        "nested.jsonl": b'{"review_id": {"x": 1}, "product_id": "p1"}\n',
        "mixed_encoding.csv": header + "r1,p1,b1,5,café,2026-11-05\n".encode() + "r2,p1,b1,5,café,2026-11-05\n".encode("cp1252"),
        "semicolon.csv": header.replace(b",", b";") + b"r1;p1;b1;5;ok;2026-11-05\n",
    }
    entries += [(name, "", "hostile", data) for name, data in hostile.items()]
    return entries


def write_corpus(out: Path = OUT) -> list[dict[str, str]]:
    out.mkdir(parents=True, exist_ok=True)
    for old in out.iterdir():
        if old.name != "manifest.json":
            old.unlink()
    manifest = []
    for name, original, mutation, data in _entries():
        (out / name).write_bytes(data)
        manifest.append({"file": name, "original": original, "mutation": mutation})
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


if __name__ == "__main__":
    print(f"{len(write_corpus())} files in {OUT}")
