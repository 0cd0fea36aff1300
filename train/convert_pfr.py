"""Convert PFR 1998 (and optionally MSRA train) into spaCy DocBins on OUR segmenter's tokens.

Splits by date: days 1-24 train, day 25 dev, days 26-31 test (never trained or tuned on).
Each paragraph is joined into raw text, segmented by ``JiebaSegmenter`` and the gold
entities are placed with ``doc.char_span(..., alignment_mode="strict")``. Entities that do
not align are counted; in the train split the offending tokens are split at the entity
edges (unless ``--no-retokenize``) so the entity is kept; in dev/test they are dropped.
MSRA sentences often tag part of a word (访华 <华>, 汤杯 <汤>); there the covering tokens
are marked missing (no loss) instead of being split into tokens the segmenter never makes.

Usage (from the repo root)::

    python train/convert_pfr.py --out train/.cache --msra-limit 25000
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import spacy
from spacy.tokens import DocBin

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpora import (
    MSRA_TEST,
    SEED,
    AlignStats,
    char_doc,
    make_doc,
    msra_train_split,
    pfr_split,
    read_msra,
    read_pfr,
)

from govnews_extract.components.char_ner import CONVENTION_KEY
from govnews_extract.segmenter import JiebaSegmenter

#: File in the output directory naming the command that wrote it.
MANIFEST = "conversion.json"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path("train/.cache"))
    parser.add_argument(
        "--msra-limit", type=int, default=25000, help="MSRA train sentences to add (0 = none)"
    )
    parser.add_argument("--no-retokenize", action="store_true")
    parser.add_argument(
        "--chars",
        action="store_true",
        help="write character-level references (for the character model, train/ner_char.cfg)",
    )
    parser.add_argument(
        "--msra-convention",
        action="store_true",
        help="with --chars: keep MSRA's entities inside words and flag MSRA docs with their "
        "convention (govnews.ZhCharEmbed.v3) instead of leaving those entities without gold",
    )
    parser.add_argument("--report", type=Path, default=None, help="write misaligned samples")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("zh")
    segmenter = JiebaSegmenter(nlp.vocab)
    started = time.time()

    # user data: the MSRA convention flag (character docs only; word docs hold the state)
    bins = {name: DocBin(store_user_data=args.chars) for name in ("train", "dev", "test")}
    stats = {name: AlignStats() for name in ("train", "dev", "test")}
    train_docs = []
    for example in read_pfr():
        split = pfr_split(example.key)
        retok = split == "train" and not args.no_retokenize
        doc = make_doc(segmenter, example, stats[split], retokenize=retok)
        if args.chars:
            doc = char_doc(nlp.vocab, example)
        if split == "train":
            train_docs.append(doc)
        else:
            bins[split].add(doc)
    for split in ("train", "dev", "test"):
        s = stats[split]
        print(
            f"PFR {split:5s}: {s.total:6d} entities, {s.misaligned:5d} misaligned "
            f"({100 * s.rate:.2f}%), recovered by retokenising: {s.recovered}"
        )

    if args.msra_limit:
        mstats = AlignStats()
        for example in msra_train_split(args.msra_limit)[0]:
            doc = make_doc(segmenter, example, mstats, missing=True)
            if args.chars and args.msra_convention:
                doc = char_doc(nlp.vocab, example)  # every MSRA entity, read as MSRA's
                doc.user_data[CONVENTION_KEY] = "msra"
            elif args.chars:
                doc = char_doc(nlp.vocab, example, doc)  # MSRA's entities inside words: no gold
            train_docs.append(doc)
        handling = (
            "kept, flagged with the MSRA convention"
            if args.chars and args.msra_convention
            else "marked missing (MSRA often tags part of a word)"
        )
        print(
            f"MSRA train : {mstats.total:6d} entities, {mstats.misaligned:5d} misaligned "
            f"({100 * mstats.rate:.2f}%), {handling}"
        )
    tstats = AlignStats()
    for example in read_msra(MSRA_TEST):
        make_doc(segmenter, example, tstats)
    print(
        f"MSRA test  : {tstats.total:6d} entities, {tstats.misaligned:5d} misaligned "
        f"({100 * tstats.rate:.2f}%) (not used for training)"
    )

    random.Random(SEED).shuffle(train_docs)
    for doc in train_docs:
        bins["train"].add(doc)
    for name, doc_bin in bins.items():
        doc_bin.to_disk(args.out / f"{name}.spacy")
        print(f"wrote {args.out / f'{name}.spacy'}: {len(doc_bin)} docs")
    # what this directory holds, for train_ner.py to print (a stale conversion is easy to miss)
    manifest = {
        "command": " ".join(["train/convert_pfr.py", *(sys.argv[1:] if argv is None else argv)]),
        "written": time.strftime("%Y-%m-%d %H:%M:%S"),
        "docs": {name: len(doc_bin) for name, doc_bin in bins.items()},
    }
    (args.out / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    if args.report:
        lines = [f"# {name}\n" + "\n".join(stats[name].samples) for name in ("train", "dev")]
        args.report.write_text("\n".join(lines), encoding="utf-8")
    print(f"done in {time.time() - started:.0f}s")


if __name__ == "__main__":
    main()
