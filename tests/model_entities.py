"""Shared helper: run the rule stages as if the NER model had tagged given strings."""

from __future__ import annotations

from govnews_extract.state import DocState


def rules_with_model_entities(
    text: str, names: list[str | tuple[int, int]], label: str
) -> DocState:
    """The rule stages' state for ``text`` when the model has tagged ``names`` as ``label``
    (a string: its first occurrence; a pair: those character offsets)."""
    from govnews_extract.components.tokens import split_tokens_at
    from govnews_extract.pipeline import build_pipeline
    from govnews_extract.state import doc_state

    nlp = build_pipeline(ner=False)
    doc = nlp.make_doc(text)
    offsets = [
        name if isinstance(name, tuple) else (text.index(name), text.index(name) + len(name))
        for name in names
    ]
    split_tokens_at(doc, [offset for span in offsets for offset in span])  # as the model does
    doc.set_ents([doc.char_span(start, end, label=label) for start, end in offsets])
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc_state(doc)
