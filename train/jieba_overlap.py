"""How many of each evaluation set's names jieba's own dictionary already holds.

jieba's ``dict.txt`` is said to be counted partly from People's Daily text, and its
part-of-speech tags (``nr`` person, ``ns`` place, ``nt`` organisation) reach the model
through the segmenter's words and the ``WORD_TAG`` feature. If the dictionary was counted
over PFR 1998 itself, names of the test days that no training paragraph holds would be in
it far more often than unseen names of another corpus, and the PFR test figures would flatter
every jieba-based tagger, ours included. This prints that comparison.

``--recall`` also runs the packaged model (with the name-run stage, as
``evaluate_ner.py`` does) and prints its person recall on names the dictionary lists and on
names it does not: how much of the score the dictionary carries.

Usage (from the repo root)::

    python train/jieba_overlap.py [--recall]
    python train/jieba_overlap.py --recall --split dev --model DIR   # compare models on dev
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpora import (
    MSRA_TEST,
    Example,
    msra_train_split,
    pfr_split,
    read_msra,
    read_pfr,
)
from evaluate_ner import build_pipeline, run_components

from govnews_extract.components.char_ner import CONVENTION_KEY
from govnews_extract.segmenter import JiebaSegmenter

#: Persons of at least this many characters (a two-character name is often a common word).
MIN_PERSON_CHARS = 3


def persons(examples: list[Example]) -> list[str]:
    return [
        ex.text[start:end]
        for ex in examples
        for start, end, label in ex.ents
        if label == "PERSON" and end - start >= MIN_PERSON_CHARS
    ]


def person_recall(
    sets: dict[str, list[Example]], tags: dict[str, str], model: Path | None = None
) -> None:
    """The model's person recall, names in jieba's dictionary and not in it."""
    nlp = build_pipeline(model)
    print(f"\nperson recall of {model or 'the packaged model'} ({MIN_PERSON_CHARS}+ characters)")
    print(f"{'set':24s} {'in dict':>8s} {'recall':>7s} {'not in':>7s} {'recall':>7s}")
    for name, examples in sets.items():
        convention = "msra" if name.startswith("MSRA") else None
        found = {True: [0, 0], False: [0, 0]}
        docs = [nlp.make_doc(ex.text) for ex in examples]
        for doc in docs:
            if convention:
                doc.user_data[CONVENTION_KEY] = convention
        docs = run_components(nlp, docs)
        for example, doc in zip(examples, docs, strict=True):
            predicted = {(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"}
            for start, end, label in example.ents:
                if label == "PERSON" and end - start >= MIN_PERSON_CHARS:
                    listed = example.text[start:end] in tags
                    found[listed][0] += (start, end) in predicted
                    found[listed][1] += 1
        (hit_in, n_in), (hit_out, n_out) = found[True], found[False]
        print(
            f"{name:24s} {n_in:8d} {hit_in / max(1, n_in):7.3f} "
            f"{n_out:7d} {hit_out / max(1, n_out):7.3f}"
        )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--recall", action="store_true", help="also the model's person recall")
    parser.add_argument("--model", type=Path, default=None, help="another exported model dir")
    parser.add_argument(
        "--split", choices=["dev", "test"], default="test", help="dev: only the dev sets"
    )
    args = parser.parse_args(argv)
    # jieba's main dictionary (words of 2-8 characters), as the segmenter reads it
    tags = JiebaSegmenter(spacy.blank("zh").vocab).dictionary_tags
    pfr = list(read_pfr())
    by_split = {
        split: [ex for ex in pfr if pfr_split(ex.key) == split] for split in ("dev", "test")
    }
    seen = set(persons([ex for ex in pfr if pfr_split(ex.key) == "train"]))
    msra_train, msra_dev = msra_train_split(50000)
    seen |= set(persons(msra_train))
    sets = {
        "PFR day 25 (dev)": by_split["dev"],
        "MSRA dev": msra_dev,
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
    if args.recall:
        if args.split == "dev":  # choosing a model reads no test set
            sets = {name: examples for name, examples in sets.items() if "dev" in name}
        person_recall(sets, tags, args.model)


if __name__ == "__main__":
    main()
