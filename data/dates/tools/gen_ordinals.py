#!/usr/bin/env python3
"""Write the [[ordinal]] tables of data/dates/numbers.toml (days 1-31 as ordinal words).

usage: python3 data/dates/tools/gen_ordinals.py > /tmp/ord.toml  (then paste under the cardinals)
Forms: الأول..العاشر, الحادي عشر..التاسع عشر, العشرين, الحادي والعشرين..التاسع والعشرين,
الثلاثين, الحادي والثلاثين. Both الأول and الاول spellings fold to one key, so one is enough.
"""
ONES = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]


def forms(n):
    if n == 1:
        return ["الأول", "غرة"]  # غرة رمضان: the first day of the month
    if n <= 9:
        return [ONES[n - 1]]
    if n == 10:
        return ["العاشر"]
    if n < 20:
        one = "الحادي" if n == 11 else ONES[n - 11]
        return [one + " عشر"]
    tens = {2: "العشرين", 3: "الثلاثين"}[n // 10]
    if n % 10 == 0:
        return [tens]
    one = "الحادي" if n % 10 == 1 else ONES[n % 10 - 1]
    return [one + " و" + tens]


for n in range(1, 32):
    names = ", ".join(f'"{f}"' for f in forms(n))
    print(f'[[ordinal]]\nid = "ORD-{n}"\nvalue = {n}\nnames = [{names}]\n')
