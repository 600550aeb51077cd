#!/usr/bin/env python3
"""Lists the gazetteer's one-word place names that are also everyday English words ("Reading", "Split", "Mobile").

A capitalised word at the start of a sentence, or in a title, is not yet a place: AlertBot counts such a name only
with a place's context (after "in/near/outside/at/from", or followed by ", <country or region>"). The word list is
Debian's wamerican (SCOWL; apt-get install wamerican): an entry counts as an everyday word when it is written in
lower case there.

    python3 tools/gazetteer/common_words.py > src/AlertBot.Core/Understand/Data/common-words.txt
"""
import gzip
import sys

DICT = "/usr/share/dict/american-english"
PLACES = "src/AlertBot.Core/Understand/Data/places.tsv.gz"

words = set()
with open(DICT, encoding="utf-8") as f:
    for line in f:
        w = line.strip()
        if w and w.islower() and "'" not in w:
            words.add(w)

names = set()
with gzip.open(PLACES, "rt", encoding="utf-8") as f:
    header = True
    for line in f:
        if line.startswith("#"):
            continue
        if header:
            header = False
            continue
        cols = line.rstrip("\n").split("\t")
        for name in [cols[0]] + [a for a in cols[1].split(",") if a]:
            name = name.strip()
            if " " not in name and "-" not in name and name[:1].isupper() and name.lower() in words:
                names.add(name)

print("# Place names that are also everyday English words (tools/gazetteer/common_words.py; word list: Debian wamerican, SCOWL).")
for n in sorted(names):
    print(n)
