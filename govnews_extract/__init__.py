"""Structured data from Chinese government news.

>>> import govnews_extract
>>> article = govnews_extract.extract("9月16日，省长王某某主持会议。", published="2020-09-20")
>>> article.dates[0].value
'2020-09-16'
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache

from .errors import GovnewsError, InputError, InputFileError, ResourceError, RuleError
from .models import (
    Article,
    DateExpression,
    ErrorInfo,
    ErrorRecord,
    ExtraMatch,
    Figure,
    Mention,
    Organization,
    Person,
    Place,
    Statement,
    Term,
    Title,
    article_json_schema,
)
from .pipeline import ArticleInput, Extractor, build_pipeline

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleInput",
    "DateExpression",
    "ErrorInfo",
    "ErrorRecord",
    "ExtraMatch",
    "Extractor",
    "Figure",
    "GovnewsError",
    "InputError",
    "InputFileError",
    "Mention",
    "Organization",
    "Person",
    "Place",
    "ResourceError",
    "RuleError",
    "Statement",
    "Term",
    "Title",
    "__version__",
    "article_json_schema",
    "build_pipeline",
    "extract",
    "load",
]


def load() -> Extractor:
    """A new loaded pipeline: call ``.extract(text)`` or ``.extract_many(items)`` on it."""
    return Extractor()


@cache
def _default_extractor() -> Extractor:
    # The convenience ``extract()`` reuses one pipeline: building one takes about
    # a second. The pipeline holds no per-article state.
    return Extractor()


def extract(
    text: str,
    *,
    published: date | datetime | str | None = None,
    id: str | None = None,
    title: str | None = None,
) -> Article:
    """Every field of one article. For many articles, use ``load()`` once."""
    return _default_extractor().extract(text, published=published, id=id, title=title)
