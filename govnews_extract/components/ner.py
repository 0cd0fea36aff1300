"""The packaged statistical NER (PERSON / PLACE / ORG) and its Chinese word features.

The shipped model is the character tagger of :mod:`.char_ner` (trained on People's Daily
1998 and MSRA, see ``train/``); its word branch uses the word features below, which the
older word-level tagger of :mod:`.biluo_ner` also reads. It runs on OUR segmenter's tokens,
so only its component is shipped and sourced into the caller's pipeline; the saved
tokenizer is never used.

spaCy's default ``PREFIX``/``SUFFIX`` lexeme attributes are the first character and the
last THREE characters: for Chinese words (mostly 2-3 characters) the suffix would just
repeat the word. The first and last *character* carry the useful signal (surname, 省/市/
部/委/局...), so the embedding layer below hashes them itself. It is registered here,
which is why the model must be loaded through this module.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

import numpy
from spacy.attrs import NORM, ORTH, SHAPE
from spacy.language import Language
from spacy.strings import StringStore, hash_string
from spacy.tokens import Doc
from spacy.util import load_model_from_path, registry
from thinc.api import (
    HashEmbed,
    Maxout,
    Model,
    Relu,
    chain,
    clone,
    concatenate,
    expand_window,
    list2ragged,
    ragged2list,
    residual,
    with_array,
)
from thinc.types import Floats2d, Ints2d

from ..errors import ResourceError
from . import biluo_ner  # also registers the govnews_biluo_ner factory
from .fast_layers import use_fast_prediction
from .labels import NER_LABELS

#: Labels the packaged model predicts.

_COLUMNS = ("NORM", "FIRST_CHAR", "LAST_CHAR", "SHAPE")
#: v2 adds the second and the second-to-last character (the inside of unknown names).
_COLUMNS_V2 = (*_COLUMNS, "SECOND_CHAR", "PENULTIMATE_CHAR")
#: Character positions hashed for the columns after NORM/SHAPE (first, last, second, ...).
_CHAR_POSITIONS = {1: (0, -1), 2: (0, -1, 1, -2)}


#: Most words whose character hashes one feature layer remembers.
CHAR_CACHE_MAX = 500_000


class CharHashes:
    """Hashes of characters of a word at fixed positions, remembered by the word's ORTH.

    One per feature layer (no state shared between pipelines); the hashes are a
    pure function of the word, so remembering them changes nothing but the speed.
    A position past the word's length hashes the empty string.
    """

    def __init__(self, positions: tuple[int, ...] = (0, -1)) -> None:
        self.positions = positions
        self.known: dict[int, tuple[int, ...]] = {}

    def __call__(self, orths: list[int], strings: StringStore) -> list[tuple[int, ...]]:
        known = self.known
        if len(known) > CHAR_CACHE_MAX:
            known.clear()
        out = []
        for orth in orths:
            hashes = known.get(orth)
            if hashes is None:
                word = strings[orth]
                hashes = known[orth] = tuple(
                    hash_string(word[p : p + 1 or None] if -len(word) <= p < len(word) else "")
                    for p in self.positions
                )
            out.append(hashes)
        return out


def _feature_extractor(char_hashes: CharHashes) -> Callable:
    n_chars = len(char_hashes.positions)

    def extract(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Ints2d], Callable]:
        # Columns: NORM, first char, last char, SHAPE, then the other positions (v2).
        features: list[Ints2d] = []
        for doc in docs:
            base = doc.to_array([NORM, SHAPE, ORTH])
            out = numpy.zeros((len(doc), 2 + n_chars), dtype="uint64")
            if len(doc):
                chars = numpy.array(char_hashes(base[:, 2].tolist(), doc.vocab.strings), "uint64")
                out[:, 0] = base[:, 0]
                out[:, 1:3] = chars[:, :2]
                out[:, 3] = base[:, 1]
                out[:, 4:] = chars[:, 2:]
            features.append(model.ops.asarray2i(out, dtype="uint64"))
        return features, lambda _d: []

    return extract


def _zh_features(version: int) -> Model[list[Doc], list[Ints2d]]:
    return Model(
        "govnews_zh_features",
        _feature_extractor(CharHashes(_CHAR_POSITIONS[version])),
        attrs={"columns": _COLUMNS if version == 1 else _COLUMNS_V2},
    )


@registry.layers("govnews.ZhFeatures.v1")
def zh_features() -> Model[list[Doc], list[Ints2d]]:
    """Columns NORM, first character, last character, SHAPE for each token."""
    return _zh_features(1)


@registry.layers("govnews.ZhFeatures.v2")
def zh_features_v2() -> Model[list[Doc], list[Ints2d]]:
    """``ZhFeatures.v1`` plus the second and the second-to-last character."""
    return _zh_features(2)


def hash_embed(
    features: Model, columns: tuple[str, ...], width: int, rows: list[int], maxout_pieces: int
) -> Model[list[Doc], list[Floats2d]]:
    """Hash each feature column into its own table, concatenate, mix with a maxout layer."""
    if len(rows) != len(columns):
        raise ValueError(f"need {len(columns)} row counts ({columns}), got {len(rows)}")
    embeddings = [
        HashEmbed(width, n_rows, column=i, seed=8 + i, dropout=0.0) for i, n_rows in enumerate(rows)
    ]
    return chain(
        features,
        list2ragged(),
        with_array(concatenate(*embeddings)),
        with_array(
            Maxout(width, width * len(embeddings), nP=maxout_pieces, dropout=0.0, normalize=True)
        ),
        ragged2list(),
    )


@registry.architectures("govnews.ZhHashEmbed.v1")
def zh_hash_embed(
    width: int, rows: list[int], maxout_pieces: int = 3
) -> Model[list[Doc], list[Floats2d]]:
    """Like ``spacy.MultiHashEmbed.v2`` but over :func:`zh_features` (first/last char)."""
    return hash_embed(zh_features(), _COLUMNS, width, rows, maxout_pieces)


@registry.architectures("govnews.ZhHashEmbed.v2")
def zh_hash_embed_v2(
    width: int, rows: list[int], maxout_pieces: int = 3
) -> Model[list[Doc], list[Floats2d]]:
    """``ZhHashEmbed.v1`` over :func:`zh_features_v2` (also second / second-to-last char)."""
    return hash_embed(zh_features_v2(), _COLUMNS_V2, width, rows, maxout_pieces)


@registry.architectures("govnews.ReluWindowEncoder.v1")
def relu_window_encoder(
    width: int, window_size: int, depth: int
) -> Model[list[Floats2d], list[Floats2d]]:
    """Like ``spacy.MaxoutWindowEncoder.v2`` with ReLU: half its matmul (Mish is slow on CPU)."""
    cnn = chain(
        expand_window(window_size=window_size),
        Relu(nO=width, nI=width * (window_size * 2 + 1), dropout=0.0, normalize=True),
    )
    model = clone(residual(cnn), depth)
    model.set_dim("nO", width)
    return with_array(model, pad=window_size * depth)


def model_path() -> Traversable:
    """Directory of the packaged model (inside the installed package)."""
    return resources.files("govnews_extract") / "models" / "ner"


def load_ner_labels() -> tuple[str, ...]:
    """Labels of the packaged model, read from its saved config (no model load)."""
    import srsly

    meta = srsly.read_json(Path(str(model_path() / "meta.json")))
    return tuple(meta.get("labels", {}).get("ner", NER_LABELS))


def add_ner(
    nlp: Language, *, name: str = "ner", before: str | None = None, model_dir: Path | None = None
) -> None:
    """Add the packaged NER to ``nlp`` (our blank ``zh`` + ``JiebaSegmenter``).

    The ``ner`` component embeds its own tok2vec, so it is the only component
    sourced. It is loaded from the package directory (offline), or from ``model_dir``
    (a trained or exported model); the saved tokenizer is excluded because the caller's
    segmenter provides the tokens. ``before`` places it before an existing pipe. A
    ``govnews_name_runs`` stage follows it (``{name}_name_runs``).
    """
    from . import char_ner, name_runs  # noqa: F401  (register the factories and layers)

    with resources.as_file(model_path()) if model_dir is None else nullcontext(model_dir) as path:
        if not (Path(path) / "meta.json").is_file():
            raise ResourceError(
                f"the packaged NER model is missing from {path}; reinstall govnews-extract, "
                "or rebuild it with train/train_ner.py (see train/README.md)"
            )
        source = load_model_from_path(Path(path), exclude=["tokenizer"])
    if before:
        pipe = nlp.add_pipe("ner", name=name, source=source, before=before)
    else:
        pipe = nlp.add_pipe("ner", name=name, source=source)
    if isinstance(pipe, biluo_ner.BiluoTagger):
        pipe.enable_cache()  # the shipped weights are fixed: memoise the embedding layer
        pipe.use_numpy_matmul()
        use_fast_prediction(pipe.model)  # maxout and layer norm in plain numpy at run time
    # one person per name: runs of names the model read as one (陈明亮米成云) are split
    nlp.add_pipe("govnews_name_runs", name=f"{name}_name_runs", after=name)
