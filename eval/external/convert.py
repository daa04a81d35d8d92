#!/usr/bin/env python3
"""Turn UniversalPetrarch's Arabic PLOVER validation sentences into marsad's JSON Lines input.

usage: convert.py ASSAULT_XML PROTEST_XML > up-arabic.jsonl

Each <Sentence> becomes one record: `id`, an empty `title`, `text`, `published` (the sentence's
`date`), and two fields `marsad analyze` ignores: `set` (assault / protest, from the file) and
`plover` (the coded types). The protest file as committed upstream stops mid-sentence, so the
sentences are read with a pattern, not an XML parser: a sentence cut short is left out.
"""
import html
import json
import re
import sys

SENTENCE = re.compile(r'<Sentence ([^>]*)>(.*?)</Sentence>', re.S)


def records(path, name):
    text = open(path, encoding='utf-8').read()
    for m in SENTENCE.finditer(text):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
        body = m.group(2)
        sentence = re.search(r'<Text>(.*?)</Text>', body, re.S)
        if not sentence:
            continue
        date = attrs.get('date', '')
        published = f"{date[:4]}-{date[4:6]}-{date[6:8]}" if re.fullmatch(r'\d{8}', date) else None
        yield {
            'id': f"{name}-{attrs['id']}",
            'title': '',
            'text': html.unescape(sentence.group(1).strip()),
            'published': published,
            'set': name,
            'plover': re.findall(r'plover="([^"]*)"', body),
        }


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    for path, name in ((argv[1], 'assault'), (argv[2], 'protest')):
        for r in records(path, name):
            print(json.dumps(r, ensure_ascii=False))


if __name__ == '__main__':
    main(sys.argv)
