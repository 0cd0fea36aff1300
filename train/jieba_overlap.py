"""How many of each evaluation set's names jieba's own dictionary already holds.

jieba's ``dict.txt`` is said to be counted partly from People's Daily text, and its
part-of-speech tags (``nr`` person, ``ns`` place, ``nt`` organisation) reach the model
through the segmenter's words and the ``WORD_TAG`` feature. If the dictionary was counted
over PFR 1998 itself, names of the test days that no training paragraph holds would be in
it far more often than unseen names of another corpus, and the PFR test figures would flatter
every jieba-based tagger, ours included. This prints that comparison.

Usage (from the repo root)::

    python train/jieba_overlap.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import jieba

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import (
    MSRA_TEST,
    Example,
    msra_train_split,
    pfr_split,
    read_msra,
    read_pfr,
)

#: Persons of at least this many characters (a two-character name is often a common word).
MIN_PERSON_CHARS = 3


def dictionary_tags() -> dict[str, str]:
    """Word -> part-of-speech tag of jieba's main dictionary."""
    tags: dict[str, str] = {}
    with jieba.get_dict_file() as handle:
        for raw in handle:
            parts = raw.decode("utf-8").split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    return tags


def persons(examples: list[Example]) -> list[str]:
    return [
        ex.text[start:end]
        for ex in examples
        for start, end, label in ex.ents
        if label == "PERSON" and end - start >= MIN_PERSON_CHARS
    ]


def main() -> None:
    tags = dictionary_tags()
    pfr = list(read_pfr())
    by_split = {
        split: [ex for ex in pfr if pfr_split(ex.key) == split] for split in ("dev", "test")
    }
    seen = set(persons([ex for ex in pfr if pfr_split(ex.key) == "train"]))
    seen |= set(persons(msra_train_split(50000)[0]))
    sets = {
        "PFR day 25 (dev)": by_split["dev"],
        "PFR days 26-31 (test)": by_split["test"],
        "MSRA test": list(read_msra(MSRA_TEST)),
    }
    print(f"persons of {MIN_PERSON_CHARS}+ characters that no training sentence holds")
    print(f"{'set':24s} {'unseen':>7s} {'in jieba dict':>14s} {'tagged nr*':>11s}")
    for name, examples in sets.items():
        unseen = [word for word in persons(examples) if word not in seen]
        in_dict = sum(word in tags for word in unseen)
        as_name = sum(tags.get(word, "").startswith("nr") for word in unseen)
        total = max(1, len(unseen))
        print(f"{name:24s} {len(unseen):7d} {in_dict / total:14.3f} {as_name / total:11.3f}")


if __name__ == "__main__":
    main()
