"""Time the NER stage alone (one thread): ``ner.predict`` + ``set_annotations`` vs its tok2vec.

Reads the tokens of a converted split (``train/.cache/dev.spacy`` by default), strips the
gold entities and runs the model in batches of 64 docs, best of ``--repeat`` runs.

Usage (from the repo root)::

    python train/bench_ner.py                        # packaged model
    python train/bench_ner.py --model DIR            # another model dir
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import spacy  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from govnews_extract.components import ner as ner_module  # noqa: E402


def _best(fn: object, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return min(times)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--docs", type=Path, default=REPO / "train" / ".cache" / "dev.spacy")
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    nlp = spacy.blank("zh")
    ner_module.add_ner(nlp, model_dir=args.model)
    ner = nlp.get_pipe("ner")
    words = [[t.text for t in doc] for doc in DocBin().from_disk(args.docs).get_docs(nlp.vocab)]
    docs = [Doc(nlp.vocab, words=w) for w in words]
    batches = [docs[i : i + args.batch] for i in range(0, len(docs), args.batch)]
    n_tokens = sum(len(d) for d in docs)
    tok2vec = ner.model.get_ref("tok2vec")

    def run_tok2vec() -> None:
        for batch in batches:
            tok2vec.predict(batch)

    def run_predict() -> None:
        for batch in batches:
            ner.predict(batch)

    cached = hasattr(ner, "enable_cache") and ner.enable_cache()

    def run_full() -> None:
        for batch in batches:
            ner.set_annotations(batch, ner.predict(batch))

    def run_cold() -> None:
        if cached:
            ner.enable_cache()  # a fresh (empty) embedding cache
        run_full()

    run_full()
    t_tok2vec = _best(run_tok2vec, args.repeat)
    t_predict = _best(run_predict, args.repeat)
    t_cold = _best(run_cold, args.repeat)
    t_warm = _best(run_full, args.repeat)
    print(
        f"{n_tokens} tokens, {len(docs)} docs, batch {args.batch}: tok2vec {t_tok2vec:.3f} s; "
        f"predict {t_predict:.3f} s; predict+set_annotations {t_cold:.3f} s = "
        f"{n_tokens / t_cold:.0f} tokens/s"
        + (f" (embedding cache cold; warm {n_tokens / t_warm:.0f} tokens/s)" if cached else "")
    )


if __name__ == "__main__":
    main()
