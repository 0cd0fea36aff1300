"""Structured data from Chinese government news.

>>> import govnews_extract
>>> article = govnews_extract.extract("9月16日，省长王某某主持会议。", published="2020-09-20")
>>> article.dates[0].value
'2020-09-16'
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from functools import cache
from typing import Any

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

# Importing the subpackage makes ``govnews_extract.rules.rule`` available after
# ``import govnews_extract`` (the name ``rules`` is also ``load``'s parameter).
from .rules import loading as _rules_loading  # noqa: F401

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


def load(rules: Iterable[Any] | Any = (), *, entry_points: bool = False) -> Extractor:
    """A new loaded pipeline: call ``.extract(text)`` or ``.extract_many(items)`` on it.

    ``rules`` adds user rules: paths of ``.jsonl`` rule files, rule dicts,
    ``rules.Rule`` objects, functions decorated with ``@rules.rule`` or
    ``rules.RuleRegistry`` objects. They are validated now (a ``RuleError``
    names the file, line and rule id) and apply to this pipeline only.
    ``entry_points=True`` also loads the rules that installed packages
    publish in the ``govnews_extract.rules`` entry-point group.
    """
    if not rules and not entry_points:
        return Extractor()
    return Extractor(build_pipeline(rules=rules, entry_points=entry_points))


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
