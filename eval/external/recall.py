#!/usr/bin/env python3
"""Sentence recall of marsad on UniversalPetrarch's Arabic PLOVER validation sentences.

usage: recall.py up-arabic.jsonl PRED.jsonl

PRED is `marsad analyze up-arabic.jsonl --jsonl`. The upstream sets hold only sentences that
tell an event of one type (every sentence of the assault set tells an ASSAULT), so they measure
recall, not precision: for each set, how many sentences marsad codes with that type, how many
only with another type, and how many with nothing.
"""
import collections
import json
import sys


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    gold = {}
    for line in open(argv[1], encoding='utf-8'):
        r = json.loads(line)
        gold[r['id']] = r
    seen = collections.defaultdict(collections.Counter)
    for line in open(argv[2], encoding='utf-8'):
        p = json.loads(line)
        g = gold.get(p['doc'])
        if g is None:
            continue
        coded = {e['type'] for e in p.get('events') or []}
        want = set(g['plover'])
        key = 'type coded' if want & coded else ('another type only' if coded else 'nothing')
        seen[g['set']][key] += 1
    for name, c in sorted(seen.items()):
        n = sum(c.values())
        parts = ', '.join(f"{k} {c[k]}" for k in ('type coded', 'another type only', 'nothing'))
        print(f"{name}: {n} sentences; {parts}; recall {c['type coded'] / n:.3f}")


if __name__ == '__main__':
    main(sys.argv)
