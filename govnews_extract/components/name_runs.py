"""One person per name: split model entities that hold two names written back to back.

The NER model reads a run of names with no separator, as in photo credits and bylines
(（陈明亮米成云）, 本报记者熊毅唐磊), as one person. People's Daily annotates each person
on their own, and the people stage keeps only spans that look like one name, so such a run
would be lost whole. This stage runs right after the NER model (``add_ner`` adds it) and
cuts each run where :meth:`NameMatcher.split_run` says the second name starts. It also
joins a transliterated place the model cut in two, reading the rest as a person
(波克罗|夫斯克).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .names import NameMatcher
from .people import MODEL_PERSON
from .places import MODEL_PLACE
from .tokens import split_tokens_at


class NameRunSplitter:
    """Splits PERSON entities that are two Chinese names written back to back."""

    def __init__(self) -> None:
        self.names = NameMatcher()

    def __call__(self, doc: Doc) -> Doc:
        self._join_cut_transliterations(doc)
        cuts = {}
        for entity in doc.ents:
            if entity.label_ == MODEL_PERSON:
                cut = self.names.split_run(entity.text)
                if cut is not None:
                    cuts[(entity.start_char, entity.end_char)] = entity.start_char + cut
        if not cuts:
            return doc
        spans = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        split_tokens_at(doc, cuts.values())
        entities = []
        for start, end, label in spans:
            cut = cuts.get((start, end))
            pieces = [(start, end)] if cut is None else [(start, cut), (cut, end)]
            entities.extend(doc.char_span(a, b, label=label) for a, b in pieces)
        doc.set_ents([span for span in entities if span is not None], default="outside")
        return doc


    def _join_cut_transliterations(self, doc: Doc) -> None:
        """A place the model cut in two, the rest read as a person (波克罗|夫斯克): one place.

        Only when both parts are written in transliteration characters and touch.
        """
        entities = list(doc.ents)
        joined: list[Span] = []
        changed = False
        for entity in entities:
            previous = joined[-1] if joined else None
            if (
                previous is not None
                and previous.label_ == MODEL_PLACE
                and entity.label_ == MODEL_PERSON
                and previous.end == entity.start
                and all(ch in self.names.transliteration_characters for ch in previous.text)
                and all(ch in self.names.transliteration_characters for ch in entity.text)
            ):
                joined[-1] = Span(doc, previous.start, entity.end, label=MODEL_PLACE)
                changed = True
            else:
                joined.append(entity)
        if changed:
            doc.set_ents(joined, default="outside")


@Language.factory("govnews_name_runs")
def make_name_runs(nlp: Language, name: str) -> NameRunSplitter:
    """Factory for ``nlp.add_pipe("govnews_name_runs")``."""
    return NameRunSplitter()
