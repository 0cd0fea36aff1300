"""Entity-level P/R/F1 of the packaged NER, end to end on raw text.

Runs the run-time pipeline (``spacy.blank("zh")`` + ``JiebaSegmenter`` + ``add_ner``) on
the raw text of PFR 1998 days 26-31 (held-out test) and of the MSRA test set (PER/LOC/ORG
mapped to PERSON/PLACE/ORG), and compares exact character spans with the gold entities.
Gold entities the model's tokens cannot hold (inside a word it did not split) count as
misses, so the figures are what users get. MSRA text is flagged with the MSRA annotation
convention (``char_ner.CONVENTION_KEY``; ``--no-convention`` reads it like news). Also
reports segmenter and NER speed (one thread).

Usage (from the repo root)::

    python train/evaluate_ner.py                 # packaged model, PFR test + MSRA test
    python train/evaluate_ner.py --model DIR     # another exported model dir
    python train/evaluate_ner.py --split dev     # PFR day 25 + held-out MSRA train sentences
    python train/evaluate_ner.py --articles      # PFR read as whole articles
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from collections.abc import Iterable  # noqa: E402
from pathlib import Path  # noqa: E402

import spacy  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "train"))

from corpora import (  # noqa: E402
    LABELS,
    MSRA_TEST,
    Example,
    msra_train_split,
    pfr_split,
    read_msra,
    read_pfr,
)

from govnews_extract.components import ner as ner_module  # noqa: E402
from govnews_extract.components.char_ner import CONVENTION_KEY  # noqa: E402
from govnews_extract.segmenter import JiebaSegmenter  # noqa: E402


def join_articles(paragraphs: list[Example]) -> list[Example]:
    """PFR paragraphs ``YYYYMMDD-PP-AAA-NNN`` joined into their articles by line breaks, as
    the pipeline reads them (the entities shifted): the article-level stages then see every
    paragraph. The model itself reads one paragraph at a time either way."""
    articles: dict[str, Example] = {}
    for paragraph in paragraphs:
        key = paragraph.key.rsplit("-", 1)[0]
        article = articles.get(key)
        if article is None:
            articles[key] = Example(key, paragraph.text, list(paragraph.ents))
            continue
        offset = len(article.text) + 1
        article.text += "\n" + paragraph.text
        article.ents.extend((s + offset, e + offset, label) for s, e, label in paragraph.ents)
    return list(articles.values())


def build_pipeline(model: Path | None, outside_bias: float | None = None) -> Language:
    """Blank zh + our segmenter + the NER (packaged, or sourced from ``model``).

    ``outside_bias`` replaces the model's own (to choose one on dev: ``--split dev``).
    """
    nlp = spacy.blank("zh")
    nlp.tokenizer = JiebaSegmenter(nlp.vocab)
    ner_module.add_ner(nlp, model_dir=model)
    if outside_bias is not None:
        nlp.get_pipe("ner").cfg["outside_bias"] = outside_bias
    return nlp


def run_components(nlp: Language, docs: list[Doc]) -> list[Doc]:
    """The pipeline's components over segmented docs: the model, then the name-run split."""
    for _name, component in nlp.pipeline:
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=256))
        else:
            docs = [component(doc) for doc in docs]
    return docs


def score(
    nlp: Language, examples: list[Example], convention: str | None = None
) -> tuple[dict[str, Counter], dict[str, float]]:
    """Per-label tp/fp/fn counts and speed figures.

    ``convention`` (``"msra"``) asks a model with the convention feature
    (``govnews.ZhCharEmbed.v3``) to tag as that corpus does; other models ignore it.
    """
    counts: dict[str, Counter] = {label: Counter() for label in LABELS}
    texts = [ex.text for ex in examples]
    t0 = time.perf_counter()
    docs = [nlp.make_doc(text) for text in texts]
    segment_seconds = time.perf_counter() - t0
    n_tokens = sum(len(doc) for doc in docs)  # the segmenter's (the character model may split)
    inside_words = [
        {(s, e, label) for s, e, label in example.ents if doc.char_span(s, e) is None}
        for example, doc in zip(examples, docs, strict=True)
    ]
    if convention:
        for doc in docs:
            doc.user_data[CONVENTION_KEY] = convention
    t1 = time.perf_counter()
    docs = run_components(nlp, docs)
    t2 = time.perf_counter()
    for example, doc, inside in zip(examples, docs, inside_words, strict=True):
        gold = {(s, e, label) for s, e, label in example.ents}
        pred = {(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents}
        for *_, label in pred & gold:
            counts[label]["tp"] += 1
        for *_, label in inside:
            counts[label]["inside_word"] += 1
        for *_, label in inside & pred:
            counts[label]["inside_word_found"] += 1
        for *_, label in pred - gold:
            counts[label]["fp"] += 1
        for start, end, label in gold - pred:
            counts[label]["fn"] += 1
            if doc.char_span(start, end, alignment_mode="strict") is None:
                counts[label]["unreachable"] += 1
    n_bytes = sum(len(text.encode("utf-8")) for text in texts)
    speed = {
        "tokens": n_tokens,
        "segment_kb_s": n_bytes / 1024 / segment_seconds,
        "ner_tokens_s": n_tokens / (t2 - t1),
        "pipeline_kb_s": n_bytes / 1024 / (segment_seconds + t2 - t1),
    }
    return counts, speed


def _prf(c: Counter) -> tuple[float, float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def table(title: str, counts: dict[str, Counter]) -> str:
    """A plain-text P/R/F1 table, one row per label plus the micro total."""
    rows = [
        title,
        f"{'label':8s} {'P':>6s} {'R':>6s} {'F1':>6s} {'gold':>6s} {'pred':>6s} "
        f"{'misaligned':>10s}",
    ]
    total: Counter = Counter()
    for label in LABELS:
        c = counts[label]
        total.update(c)
        p, r, f = _prf(c)
        rows.append(
            f"{label:8s} {p:6.3f} {r:6.3f} {f:6.3f} {c['tp'] + c['fn']:6d} {c['tp'] + c['fp']:6d} "
            f"{c['unreachable']:10d}"
        )
    p, r, f = _prf(total)
    rows.append(
        f"{'ALL':8s} {p:6.3f} {r:6.3f} {f:6.3f} "
        f"{total['tp'] + total['fn']:6d} {total['tp'] + total['fp']:6d} "
        f"{total['unreachable']:10d}"
    )
    inside = total["inside_word"]
    rows.append(
        f"gold entities inside a segmenter word: {inside} of {total['tp'] + total['fn']} "
        f"({100 * inside / max(1, total['tp'] + total['fn']):.2f}%), "
        f"found exactly by the model: {total['inside_word_found']}"
    )
    rows.append(
        "(misaligned: gold entities missed that are not on the final token boundaries, i.e. "
        "inside a word the model did not split)"
    )
    return "\n".join(rows)


def posseg_kb_s(examples: list[Example]) -> float:
    """Throughput of ``jieba.posseg`` on the same texts: the project's speed yardstick."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    jieba.initialize()
    texts = [ex.text for ex in examples]
    started = time.perf_counter()
    for text in texts:
        list(jieba.posseg.cut(text))
    elapsed = time.perf_counter() - started
    return sum(len(text.encode("utf-8")) for text in texts) / 1024 / elapsed


def evaluate(
    nlp: Language,
    sets: Iterable[tuple[str, list[Example], str | None]],
    baseline: bool = False,
) -> None:
    for title, examples, convention in sets:
        counts, speed = score(nlp, examples, convention)
        print(table(title, counts))
        print(
            f"speed: {speed['tokens']} tokens; segmenter {speed['segment_kb_s']:.0f} KB/s; "
            f"NER {speed['ner_tokens_s']:.0f} tokens/s; segmenter+NER "
            f"{speed['pipeline_kb_s']:.0f} KB/s (1 thread)"
        )
        if baseline:
            reference = posseg_kb_s(examples)
            print(
                f"jieba.posseg on the same texts: {reference:.0f} KB/s; segmenter+NER = "
                f"{speed['pipeline_kb_s'] / reference:.2f}x posseg"
            )
        print()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument(
        "--split",
        default="test",
        choices=["dev", "test"],
        help="test: PFR days 26-31 + MSRA test; dev: PFR day 25 + held-out MSRA train sentences",
    )
    parser.add_argument("--no-msra", action="store_true")
    parser.add_argument(
        "--no-convention",
        action="store_true",
        help="read MSRA text like news (People's Daily convention) instead of flagging it",
    )
    parser.add_argument(
        "--outside-bias", type=float, default=None, help="override the model's O-logit bias"
    )
    parser.add_argument("--posseg", action="store_true", help="also time jieba.posseg")
    parser.add_argument(
        "--articles",
        action="store_true",
        help="read PFR as whole articles (paragraphs joined by line breaks), as the pipeline does",
    )
    args = parser.parse_args(argv)
    nlp = build_pipeline(args.model, args.outside_bias)
    pfr = [ex for ex in read_pfr() if pfr_split(ex.key) == args.split]
    days = "26-31 (test)" if args.split == "test" else "25 (dev)"
    unit = "paragraphs"
    if args.articles:
        pfr, unit = join_articles(pfr), "articles"
    sets: list[tuple[str, list[Example], str | None]] = [
        (f"PFR 1998 days {days}: {len(pfr)} {unit}", pfr, None)
    ]
    convention = None if args.no_convention else "msra"
    flagged = "" if args.no_convention else ", MSRA convention flag"
    if not args.no_msra and args.split == "test":
        msra = list(read_msra(MSRA_TEST))
        title = f"MSRA test: {len(msra)} sentences (PER/LOC/ORG mapped{flagged})"
        sets.append((title, msra, convention))
    elif not args.no_msra:
        msra = msra_train_split(0)[1]
        title = f"MSRA dev: {len(msra)} train sentences never trained on{flagged}"
        sets.append((title, msra, convention))
    evaluate(nlp, sets, baseline=args.posseg)


if __name__ == "__main__":
    main()
