"""Readers for the staged NER corpora (PFR 1998, MSRA) and their conversion to spaCy docs.

The corpora are never copied into the repository: everything here reads them in place
from ``../shared/corpora`` (relative to the repo root) and yields plain text with
character-offset entities, so that our own segmenter decides the tokens.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from spacy.tokens import Doc, Span

REPO = Path(__file__).resolve().parent.parent
CORPORA = (REPO / ".." / "shared" / "corpora").resolve()
PFR_FILE = CORPORA / "pfr1998" / "199801.txt"
MSRA_TRAIN = CORPORA / "msra" / "msra_train_bio"
MSRA_TEST = CORPORA / "msra" / "msra_test_bio"

LABELS = ("PERSON", "PLACE", "ORG")
PFR_TAGS = {"nr": "PERSON", "ns": "PLACE", "nt": "ORG"}
MSRA_TAGS = {"PER": "PERSON", "LOC": "PLACE", "ORG": "ORG"}

#: PFR days held out for the final test; never trained or tuned on.
TEST_DAYS = frozenset(range(26, 32))
#: PFR days used as the development set (early stopping / model selection).
DEV_DAYS = frozenset({25})

Entity = tuple[int, int, str]


@dataclass
class Example:
    """One paragraph/sentence: raw text and gold entities as character offsets."""

    key: str
    text: str
    ents: list[Entity] = field(default_factory=list)


def pfr_split(key: str) -> str:
    """``train``/``dev``/``test`` from a PFR paragraph id ``YYYYMMDD-PP-AAA-NNN``."""
    day = int(key[6:8])
    if day in TEST_DAYS:
        return "test"
    if day in DEV_DAYS:
        return "dev"
    return "train"


def _split_word(token: str) -> tuple[str, str]:
    word, _, tag = token.rpartition("/")
    return word, tag


def _surnames() -> frozenset[str]:
    from govnews_extract.lexicons import load_lexicon

    return frozenset(load_lexicon("surnames"))


SURNAMES = _surnames()


def parse_pfr_line(line: str) -> Example | None:
    """Parse one PFR paragraph; adjacent ``nr`` words become one person.

    PFR writes a Chinese name as surname + given name (``江/nr 泽民/nr``), and
    lists of names often without a separator (``江/nr 泽民/nr 李/nr 鹏/nr``):
    once a run has two words, a surname starts the next person.
    Bracketed compounds ``[...]nt``/``[...]ns`` are one entity; the words inside a
    bracket never form entities of their own (the corpus' nesting convention).
    """
    tokens = [t for t in line.strip().split("  ") if t]
    if not tokens:
        return None
    key, _ = _split_word(tokens[0])
    text_parts: list[str] = []
    ents: list[Entity] = []
    offset = 0
    bracket_start: int | None = None
    person_start: int | None = None
    person_end = 0
    person_words = 0
    for token in tokens[1:]:
        token = token.strip()
        opens = token.startswith("[")
        if opens:
            token = token[1:]
            bracket_start = offset
        outer = None
        match = re.search(r"\](\w+)$", token)
        if match and "/" in token[: match.start()]:
            outer = match.group(1)
            token = token[: match.start()]
        word, tag = _split_word(token)
        in_bracket = bracket_start is not None
        is_person = tag == "nr" and not in_bracket
        if person_start is not None and not is_person:
            ents.append((person_start, person_end, "PERSON"))
            person_start = None
        start, end = offset, offset + len(word)
        if is_person and person_start is not None and person_words >= 2 and word in SURNAMES:
            ents.append((person_start, person_end, "PERSON"))
            person_start = None
        if is_person:
            if person_start is None:
                person_start, person_words = start, 0
            person_end = end
            person_words += 1
        elif not in_bracket and tag in PFR_TAGS:
            ents.append((start, end, PFR_TAGS[tag]))
        text_parts.append(word)
        offset = end
        if outer is not None and bracket_start is not None:
            if outer in PFR_TAGS:
                ents.append((bracket_start, offset, PFR_TAGS[outer]))
            bracket_start = None
    if person_start is not None:
        ents.append((person_start, person_end, "PERSON"))
    return Example(key, "".join(text_parts), sorted(ents))


def read_pfr(path: Path = PFR_FILE) -> Iterator[Example]:
    """All PFR paragraphs (GBK, CRLF) in file order."""
    with path.open(encoding="gbk", newline="") as handle:
        for line in handle:
            line = line.strip("\r\n ")
            if line:
                example = parse_pfr_line(line)
                if example is not None and example.text:
                    yield example


def read_msra(path: Path) -> Iterator[Example]:
    """MSRA char-per-line BIO sentences, labels mapped to ours."""
    chars: list[str] = []
    tags: list[str] = []
    index = 0

    def flush() -> Example:
        ents: list[Entity] = []
        start: int | None = None
        label = ""
        for i, tag in enumerate([*tags, "O"]):
            if start is not None and not tag.startswith("I-"):
                ents.append((start, i, MSRA_TAGS[label]))
                start = None
            if tag.startswith("B-") or (tag.startswith("I-") and start is None):
                start, label = i, tag[2:]
        return Example(f"msra-{path.name}-{index}", "".join(chars), ents)

    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\r\n")
            if not line.strip():
                if chars:
                    yield flush()
                    index += 1
                    chars, tags = [], []
                continue
            char, _, tag = line.partition("\t")
            chars.append(char or " ")
            tags.append(tag.strip() or "O")
    if chars:
        yield flush()


_SENT_END = re.compile(r"(?<=[。！？])")


def split_long(example: Example, max_chars: int = 300) -> list[Example]:
    """Cut very long MSRA 'sentences' after 。！？ where no entity crosses the cut."""
    if len(example.text) <= max_chars:
        return [example]
    cuts = [0]
    for match in _SENT_END.finditer(example.text):
        pos = match.start()
        if 0 < pos < len(example.text) and not any(s < pos < e for s, e, _ in example.ents):
            if pos - cuts[-1] >= 20:
                cuts.append(pos)
    cuts.append(len(example.text))
    pieces = []
    for i, (a, b) in enumerate(pairwise(cuts)):
        if b <= a:
            continue
        ents = [(s - a, e - a, lab) for s, e, lab in example.ents if a <= s and e <= b]
        pieces.append(Example(f"{example.key}.{i}", example.text[a:b], ents))
    return pieces


@dataclass
class AlignStats:
    """How many gold entities fall on our segmenter's token boundaries."""

    total: int = 0
    misaligned: int = 0
    recovered: int = 0
    samples: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.misaligned / self.total if self.total else 0.0


def _split_tokens_at(words: list[str], cuts: set[int]) -> list[str]:
    out: list[str] = []
    pos = 0
    for word in words:
        start = pos
        inner = sorted(c - start for c in cuts if start < c < start + len(word))
        last = 0
        for cut in inner:
            out.append(word[last:cut])
            last = cut
        out.append(word[last:])
        pos += len(word)
    return out


def make_doc(
    segmenter: object,
    example: Example,
    stats: AlignStats | None = None,
    *,
    retokenize: bool = False,
    missing: bool = False,
) -> Doc:
    """Segment ``example.text`` with OUR segmenter and set the gold entities.

    Entities that do not align with token boundaries are dropped, or, with
    ``retokenize=True``, the offending tokens are split at the entity boundaries
    (training only: at run time the segmenter's tokens are what the model sees).
    With ``missing=True`` the tokens covering a misaligned entity are marked as
    unannotated, so the model gets no (wrong) O signal for them.
    """
    doc: Doc = segmenter(example.text)  # type: ignore[operator]
    spans: list[Span] = []
    bad: list[Entity] = []
    for start, end, label in example.ents:
        span = doc.char_span(start, end, label=label, alignment_mode="strict")
        if span is None:
            bad.append((start, end, label))
        else:
            spans.append(span)
    if stats is not None:
        stats.total += len(example.ents)
        stats.misaligned += len(bad)
        if len(stats.samples) < 400:
            for start, end, label in bad:
                context = example.text[max(0, start - 4) : end + 4]
                toks = "|".join(
                    t.text for t in doc.char_span(start, end, alignment_mode="expand") or []
                )
                stats.samples.append(f"{label}\t{example.text[start:end]}\t{toks}\t{context}")
    if bad and retokenize:
        cuts = {p for s, e, _ in bad for p in (s, e)}
        words = _split_tokens_at([t.text for t in doc], cuts)
        spaces = [False] * len(words)
        vocab = doc.vocab
        doc = Doc(vocab, words=words, spaces=spaces)
        spans = []
        for start, end, label in example.ents:
            span = doc.char_span(start, end, label=label, alignment_mode="strict")
            if span is not None:
                spans.append(span)
                if stats is not None and (start, end, label) in bad:
                    stats.recovered += 1
    if bad and missing and not retokenize:
        covers = [doc.char_span(s, e, alignment_mode="expand") for s, e, _ in bad]
        covered = {i for span in covers if span is not None for i in range(span.start, span.end)}
        spans = [span for span in spans if not covered.intersection(range(span.start, span.end))]
        gaps = sorted(covered)
        missing_spans = [doc[i : i + 1] for i in gaps]
        doc.set_ents(spans, missing=missing_spans, default="outside")
        return doc
    doc.ents = spans
    return doc


#: Seed of the MSRA train sample (and of the PFR train shuffle).
SEED = 1998


#: MSRA train sentences held out as the MSRA development set (the last ones after shuffling).
MSRA_DEV_SENTENCES = 3000


def msra_train_split(limit: int) -> tuple[list[Example], list[Example]]:
    """MSRA train sentences (long ones cut), shuffled: up to ``limit`` from the start for
    training, and the last :data:`MSRA_DEV_SENTENCES`, never trained on, as an MSRA
    development set (model selection never reads the MSRA test set)."""
    import random

    msra = [piece for example in read_msra(MSRA_TRAIN) for piece in split_long(example)]
    random.Random(SEED).shuffle(msra)
    held_out = len(msra) - MSRA_DEV_SENTENCES
    return msra[: min(limit, held_out)], msra[held_out:]


def char_doc(vocab: object, example: Example, word_doc: Doc | None = None) -> Doc:
    """``example`` as a Doc of single characters with its gold entities (none misaligned).

    The reference for the character-level model: training pairs it with our segmenter's
    tokens of the same text (``gold_preproc = false``), and the loss reads character offsets.
    Characters of ``word_doc`` tokens without annotation (``make_doc(..., missing=True)``:
    MSRA's entities inside a word, 中 of 中方, 邓小平 of 邓小平理论, which People's Daily
    does not tag) stay unannotated here too, so the model learns PFR's convention there.
    """
    chars = list(example.text)
    doc = Doc(vocab, words=chars, spaces=[False] * len(chars))  # type: ignore[arg-type]
    missing: list[Span] = []
    if word_doc is not None:
        for token in word_doc:
            if token.ent_iob == 0:
                missing.append(doc[token.idx : token.idx + len(token.text)])
    covered = {i for span in missing for i in range(span.start, span.end)}
    ents = [
        Span(doc, start, end, label=label)
        for start, end, label in example.ents
        if not covered.intersection(range(start, end))
    ]
    doc.set_ents(ents, missing=missing, default="outside")
    return doc
