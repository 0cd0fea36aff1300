"""Shared fixtures: one loaded pipeline for the whole test session (it takes ~1 s to build)."""

from __future__ import annotations

from pathlib import Path

import pytest

from govnews_extract import Extractor, load

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_d92b50056339fba7.txt"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_article(extractor, seed_text):
    return extractor.extract(seed_text, id=SEED.stem)
