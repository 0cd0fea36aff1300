"""The labels of the packaged NER model's entities, read by the model and the rule stages."""

from __future__ import annotations

MODEL_PERSON = "PERSON"
MODEL_PLACE = "PLACE"
MODEL_ORGANIZATION = "ORG"
#: Every label the model predicts, in the order its tag set lists them.
NER_LABELS = (MODEL_PERSON, MODEL_PLACE, MODEL_ORGANIZATION)
