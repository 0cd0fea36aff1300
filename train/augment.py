"""Training-time data augmentation for the character NER (registered for the spaCy config).

``govnews.person_swap.v1`` gives some training paragraphs a twin in which every person is
renamed: a name the model has memorised teaches it little about the context that marks a
name (``５岁的武建霞手捧着``), so the twin puts a new name, a surname joined to another
person's given name, in the same place. The new text is segmented afresh by the pipeline's
tokenizer, as an unseen name would be at run time.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from typing import Any

from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import registry

from govnews_extract.lexicons import load_lexicon

#: Two-character surnames, so that 欧阳 + 修 is split where the given name starts.
COMPOUND_SURNAMES = frozenset(s for s in load_lexicon("surnames") if len(s) == 2)
SURNAMES = frozenset(load_lexicon("surnames"))


def split_chinese_name(name: str) -> tuple[str, str] | None:
    """(surname, given name) of a 2-4 character Chinese name, or None for other names."""
    if not 2 <= len(name) <= 4:
        return None
    if name[:2] in COMPOUND_SURNAMES and len(name) >= 3:
        return name[:2], name[2:]
    if name[0] in SURNAMES and len(name) <= 3:
        return name[0], name[1:]
    return None


class PersonSwap:
    """Yield each example, and for a share ``level`` of those with people, a renamed twin.

    The pool of names grows from the references read so far (training data only); Chinese
    names are rebuilt from a random surname and a random given name, other names (foreign,
    transliterated) are swapped whole for another such name.
    """

    def __init__(self, level: float, seed: int = 1998, min_pool: int = 200) -> None:
        self.level = level
        self.random = random.Random(seed)
        self.min_pool = min_pool
        self.surnames: list[str] = []
        self.given_names: list[str] = []
        self.other_names: list[str] = []

    def __call__(self, nlp: Any, example: Example) -> Iterator[Example]:
        yield example
        people = [ent for ent in example.reference.ents if ent.label_ == "PERSON"]
        self._remember(people)
        if people and len(self.given_names) >= self.min_pool and self.random.random() < self.level:
            twin = self._renamed(nlp, example.reference, people)
            if twin is not None:
                yield twin

    def _remember(self, people: list[Span]) -> None:
        for person in people:
            parts = split_chinese_name(person.text)
            if parts is None:
                self.other_names.append(person.text)
            else:
                self.surnames.append(parts[0])
                self.given_names.append(parts[1])

    def _new_name(self, old: str) -> str:
        if split_chinese_name(old) is None and self.other_names:
            return self.random.choice(self.other_names)
        return self.random.choice(self.surnames) + self.random.choice(self.given_names)

    def _renamed(self, nlp: Any, reference: Doc, people: list[Span]) -> Example | None:
        """The reference with every person renamed (the same name for the same person)."""
        text = reference.text
        unknown = [token.idx for token in reference if token.ent_iob == 0]
        renames: dict[str, str] = {}
        pieces: list[str] = []
        shift: list[int] = []  # new offset of each old character offset
        ents: list[tuple[int, int, str]] = []
        position = 0
        offset = 0
        for ent in sorted(reference.ents, key=lambda e: e.start_char):
            pieces.append(text[position : ent.start_char])
            offset += ent.start_char - position
            shift.extend(range(offset - (ent.start_char - position), offset))
            surface = ent.text
            if ent.label_ == "PERSON":
                surface = renames.setdefault(ent.text, self._new_name(ent.text))
            if any(ent.start_char <= i < ent.end_char for i in unknown):
                return None
            shift.extend([offset] * len(ent.text))
            ents.append((offset, offset + len(surface), ent.label_))
            pieces.append(surface)
            offset += len(surface)
            position = ent.end_char
        pieces.append(text[position:])
        shift.extend(range(offset, offset + len(text) - position))
        new_text = "".join(pieces)
        chars = Doc(reference.vocab, words=list(new_text), spaces=[False] * len(new_text))
        chars.user_data.update(reference.user_data)
        missing = [chars[shift[i] : shift[i] + 1] for i in unknown]
        chars.set_ents(
            [Span(chars, start, end, label=label) for start, end, label in ents],
            missing=missing,
            default="outside",
        )
        return Example(nlp.make_doc(new_text), chars)


@registry.augmenters("govnews.person_swap.v1")
def person_swap(level: float, seed: int = 1998) -> Callable[[Any, Example], Iterator[Example]]:
    """See :class:`PersonSwap`."""
    return PersonSwap(level, seed)
