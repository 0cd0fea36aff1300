"""Train the packaged NER on ONE thread with a wall-clock limit, then export it.

Wraps ``spacy train`` (config ``train/ner_wordchar.cfg``, the shipped character tagger;
``--config train/ner.cfg --data train/.cache`` for the older word tagger) so that
``govnews_extract.components.ner`` and ``.char_ner`` are imported (they register the
Chinese feature layers and factories the configs name) and so that training stops after
``--max-minutes``: spaCy saves ``model-best`` whenever the dev score improves, so
stopping early keeps the best model so far. ``--export`` copies ``model-best`` into
``govnews_extract/models/ner`` with only the ``ner`` component and a trimmed
string store (the model uses hashes only; labels are kept).

Usage (from the repo root)::

    python train/convert_pfr.py --out train/.cache/chars --chars --msra-convention
    python train/train_ner.py --output train/.cache/run --max-steps 4000
    python train/train_ner.py --export train/.cache/run/model-best
    python train/train_ner.py --score train/.cache/run/model-best   # dev F1 (spaCy's scorer)
"""

from __future__ import annotations

import os

# One thread for numpy/BLAS; must be set before numpy is imported.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import shutil  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import srsly  # noqa: E402
from spacy.cli.train import train  # noqa: E402
from spacy.util import registry  # noqa: E402
from thinc.api import Config  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import govnews_extract.components.char_ner  # noqa: E402  (registers the character model)
import govnews_extract.components.ner  # noqa: E402  (registers the feature layer and factory)

PACKAGE_MODEL = REPO / "govnews_extract" / "models" / "ner"


class TimeUp(Exception):
    """Raised from spaCy's before_update hook when the wall-clock budget is spent."""


@registry.callbacks("govnews.time_limit.v1")
def time_limit(minutes: float) -> Callable[[Any, dict[str, Any]], None]:
    """Stop training after ``minutes`` (model-best is already on disk)."""
    deadline = time.time() + minutes * 60

    def check(_nlp: Any, args: dict[str, Any]) -> None:
        if time.time() > deadline:
            raise TimeUp(f"time limit reached at step {args.get('step')}")

    return check


def export(
    model_dir: Path, target: Path = PACKAGE_MODEL, outside_bias: float | None = None
) -> None:
    """Copy the trained pipeline into the package, keeping only what ``add_ner`` needs."""
    keep_card = target / "MODEL_CARD.md"
    card = keep_card.read_text(encoding="utf-8") if keep_card.exists() else None
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    config = Config().from_disk(model_dir / "config.cfg", interpolate=False)
    # Drop machine-local training paths and the training-only callback from the shipped config.
    config["paths"]["train"] = None
    config["paths"]["dev"] = None
    config["training"]["before_update"] = None
    # Training read our segmenter's tokens; at run time add_ner keeps the caller's tokenizer,
    # so the shipped config names spaCy's plain one (loading it builds no jieba dictionary).
    config["nlp"]["tokenizer"] = {"@tokenizers": "spacy.zh.ChineseTokenizer", "segmenter": "char"}
    config.to_disk(target / "config.cfg")
    shutil.copytree(model_dir / "ner", target / "ner")
    if outside_bias is not None:  # chosen on dev with evaluate_ner.py --split dev
        ner_cfg = srsly.read_json(target / "ner" / "cfg")
        ner_cfg["outside_bias"] = outside_bias
        srsly.write_json(target / "ner" / "cfg", ner_cfg)
    (target / "tokenizer").write_bytes(srsly.msgpack_dumps({}))
    meta = srsly.read_json(model_dir / "meta.json")
    meta["name"] = "govnews_ner"
    srsly.write_json(target / "meta.json", meta)
    vocab = target / "vocab"
    vocab.mkdir()
    labels = meta.get("labels", {}).get("ner", [])
    srsly.write_json(vocab / "strings.json", sorted(set(labels)))
    for name in ("vectors.cfg", "lookups.bin", "vectors", "key2row"):
        source = model_dir / "vocab" / name
        if source.is_file():
            shutil.copy(source, vocab / name)
    if card is not None:
        keep_card.write_text(card, encoding="utf-8")
    size = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
    print(f"exported {model_dir} -> {target} ({size / 1e6:.2f} MB)")


def score(model_dir: Path | None, dev: Path) -> None:
    """Print spaCy's NER scores on ``dev``, on our segmenter's tokens of each text."""
    import spacy
    from spacy.training import Corpus

    from govnews_extract.segmenter import JiebaSegmenter

    nlp = spacy.blank("zh")
    nlp.tokenizer = JiebaSegmenter(nlp.vocab)
    govnews_extract.components.ner.add_ner(nlp, model_dir=model_dir)
    scores = nlp.evaluate(list(Corpus(str(dev), gold_preproc=False)(nlp)))
    per_type = scores["ents_per_type"]
    print(
        f"{model_dir or 'packaged model'} on {dev.name}: ents P {scores['ents_p']:.4f} "
        f"R {scores['ents_r']:.4f} F {scores['ents_f']:.4f}; "
        + ", ".join(f"{label} F {per_type[label]['f']:.4f}" for label in sorted(per_type))
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--config", type=Path, default=REPO / "train" / "ner_wordchar.cfg")
    parser.add_argument("--data", type=Path, default=REPO / "train" / ".cache" / "chars")
    parser.add_argument("--output", type=Path, default=REPO / "train" / ".cache" / "run")
    parser.add_argument("--max-minutes", type=float, default=35.0)
    parser.add_argument(
        "--max-steps", type=int, default=None, help="stop after N steps (exact reproduction)"
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="config override, e.g. components.ner.model.tok2vec.encode.width=64 (repeatable)",
    )
    parser.add_argument(
        "--outside-bias",
        type=float,
        default=None,
        help="with --export: O-logit bias to ship (chosen with evaluate_ner.py --split dev)",
    )
    parser.add_argument("--export", type=Path, default=None, help="only export this model dir")
    parser.add_argument(
        "--score",
        nargs="?",
        const="packaged",
        default=None,
        help="only print dev scores of this model dir (no value: the packaged model)",
    )
    args = parser.parse_args(argv)
    if args.score:
        score(None if args.score == "packaged" else Path(args.score), args.data / "dev.spacy")
        return
    if args.export:
        export(args.export, outside_bias=args.outside_bias)
        return
    manifest = args.data / "conversion.json"
    if manifest.is_file():
        print(f"training data {args.data}: {manifest.read_text(encoding='utf-8').strip()}")
    else:
        print(f"warning: {args.data} has no conversion.json; rerun train/convert_pfr.py")
    overrides = {
        "paths.train": str(args.data / "train.spacy"),
        "paths.dev": str(args.data / "dev.spacy"),
        "training.before_update": {
            "@callbacks": "govnews.time_limit.v1",
            "minutes": args.max_minutes,
        },
    }
    for item in args.set:
        key, _, value = item.partition("=")
        overrides[key] = srsly.json_loads(value)
    if args.max_steps is not None:
        overrides["training.max_steps"] = args.max_steps
    started = time.time()
    try:
        train(args.config, args.output, use_gpu=-1, overrides=overrides)
    except TimeUp as stop:
        print(f"stopped: {stop}")
    print(f"training wall clock: {(time.time() - started) / 60:.1f} min")


if __name__ == "__main__":
    main()
