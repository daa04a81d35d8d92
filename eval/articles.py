#!/usr/bin/env python3
"""Write real/ articles as JSON Lines in the layout of real-gold/articles.jsonl.

usage: eval/articles.py CORPUS_REAL_DIR DOC... > articles.jsonl

Each DOC is a file name in real/ (e.g. 041_france24ar.txt). Title, outlet, date and URL
come from real/MANIFEST.tsv; the text is the file without its first line when that line is
the title. This is how the dev set in eval/dev-gold/ is analysed without copying corpus text
into the repository.

A DOC that names no file but a record of real/bulk/*.jsonl (e.g. bulk1067, as in
eval/dev3-gold/) is copied from there as it stands.
"""
import csv
import json
import sys
from pathlib import Path


def read_bulk(folder):
    """The bulk records by id, each as its own JSON line."""
    records = {}
    for path in sorted(folder.glob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    records[json.loads(line)["id"]] = line.rstrip("\n")
    return records


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    real = Path(argv[1])
    with open(real / "MANIFEST.tsv", encoding="utf-8") as f:
        manifest = {row["file"]: row for row in csv.DictReader(f, delimiter="\t")}
    bulk = None
    for doc in argv[2:]:
        row = manifest.get(doc)
        if row is None and not (real / doc).exists():
            if bulk is None:
                bulk = read_bulk(real / "bulk")
            if doc not in bulk:
                sys.exit(f"{doc}: not in {real / 'MANIFEST.tsv'} nor in {real / 'bulk'}")
            print(bulk[doc])
            continue
        if row is None:
            sys.exit(f"{doc}: not in {real / 'MANIFEST.tsv'}")
        lines = (real / doc).read_text(encoding="utf-8").split("\n")
        title = row["title"].strip()
        if lines and lines[0].strip() == title:
            lines = lines[1:]
        text = "\n".join(lines).strip("\n")
        rec = {"id": doc, "title": title, "text": text, "outlet": row["outlet_if_known"],
               "url": row["url"], "published": row["date_if_known"]}
        print(json.dumps(rec, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv)
