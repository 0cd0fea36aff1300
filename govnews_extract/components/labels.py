"""The packaged NER model's entities as the rule stages read them: labels and spans."""

from __future__ import annotations

from spacy.tokens import Doc

MODEL_PERSON = "PERSON"
MODEL_PLACE = "PLACE"
MODEL_ORGANIZATION = "ORG"
#: Every label the model predicts, in the order its tag set lists them.
NER_LABELS = (MODEL_PERSON, MODEL_PLACE, MODEL_ORGANIZATION)
#: An entity of the NER model: (start, end, label), character offsets.
Entity = tuple[int, int, str]


def model_entities(doc: Doc) -> list[Entity]:
    """The NER model's entities, read once per stage: ``doc.ents`` walks every token and
    builds a ``Span`` for every entity each time it is read."""
    return [(e.start_char, e.end_char, e.label_) for e in doc.ents]
