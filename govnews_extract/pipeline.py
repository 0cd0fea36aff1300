"""Build the spaCy pipeline and run it over articles.

The pipeline is a blank ``zh`` ``Language`` whose tokenizer is our
``JiebaSegmenter`` and whose components are this package's registered
factories, in the order below; ``nlp.analyze_pipes()`` shows what each one
reads and writes.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, datetime
from itertools import islice
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .build import build_article
from .components import (  # noqa: F401  (importing registers the factories)
    organizations,
    people,
    places,
    statements,
    terms,
)
from .errors import InputError
from .lexicons import lexicon_extensions
from .models import Article, ErrorRecord
from .segmenter import USER_DICTIONARY_LEXICONS, JiebaSegmenter
from .state import doc_state, ensure_extension

logger = logging.getLogger(__name__)

#: Longest article accepted, in characters (about 6 MB of UTF-8 Chinese).
DEFAULT_MAX_CHARS = 2_000_000

#: The packaged statistical NER; it runs first and the rule stages read ``doc.ents``.
NER_COMPONENT = "ner"

#: Components in pipeline order. Terms come first so that later stages can
#: skip what is inside 《》 and quotes; statements come last because their
#: speakers are the people, organisations and meetings found before.
COMPONENTS: tuple[str, ...] = (
    "govnews_terms",
    "govnews_people",
    "govnews_organizations",
    "govnews_places",
    "govnews_dates",
    "govnews_figures",
    "govnews_statements",
)


#: The stage that applies user rules; it runs after every built-in stage.
USER_RULES_COMPONENT = "govnews_user_rules"

#: ``nlp.meta`` keys holding this pipeline's lexicon extensions (name -> entries) and
#: the lexicons whose packaged entries its rules disable or override.
LEXICON_META_KEY = "govnews_lexicon_extensions"
DROPPED_LEXICONS_META_KEY = "govnews_lexicons_dropped"



def build_pipeline(
    *,
    extra_words: Iterable[str] = (),
    exclude: Sequence[str] = (),
    ner: bool = True,
    rules: Iterable[Any] | Any = (),
    entry_points: bool = False,
    extra_lexicon_entries: Mapping[str, Sequence[str]] | None = None,
) -> Language:
    """A new pipeline: blank ``zh`` + our segmenter + the NER model + our rule stages.

    ``ner=False`` leaves the statistical model out (rules only), e.g. to
    measure what it adds. ``rules`` are user rules (paths of ``.jsonl`` rule
    files, dicts, ``Rule`` objects, decorated functions or ``RuleRegistry``
    objects; see ``govnews_extract.rules``), validated here, before any
    article; ``entry_points=True`` adds those of installed packages.
    ``extra_lexicon_entries`` (lexicon name -> entries) extends lexicons like
    a ``lexicon`` rule. Lexicon extensions apply to this pipeline only.
    """
    from .rules import lexicon_entries, load_rules
    from .rules.builtin import dropped_lexicons

    _register_optional_components()
    ensure_extension()
    user_rules = load_rules(rules, entry_points=entry_points) if rules or entry_points else ()
    entries: dict[str, tuple[str, ...]] = dict(lexicon_entries(user_rules))
    for name, words in (extra_lexicon_entries or {}).items():
        entries[name] = tuple(dict.fromkeys((*entries.get(name, ()), *words)))
    words = [*extra_words]
    for name, lexicon_words in entries.items():
        if name in USER_DICTIONARY_LEXICONS:  # user entries feed what packaged ones do
            words.extend(lexicon_words)
    dropped = dropped_lexicons(user_rules)
    nlp = spacy.blank("zh")
    with lexicon_extensions(entries, dropped):
        nlp.tokenizer = JiebaSegmenter(nlp.vocab, words)
        nlp.max_length = DEFAULT_MAX_CHARS
        if ner and NER_COMPONENT not in exclude:
            from .components.ner import add_ner

            add_ner(nlp, name=NER_COMPONENT)
        for name in COMPONENTS:
            if name not in exclude:
                nlp.add_pipe(name)
        if user_rules:
            nlp.add_pipe(USER_RULES_COMPONENT).set_rules(user_rules)
    nlp.meta[LEXICON_META_KEY] = {name: list(words) for name, words in entries.items()}
    nlp.meta[DROPPED_LEXICONS_META_KEY] = sorted(dropped)
    return nlp


def pipeline_lexicons(nlp: Language) -> AbstractContextManager[None]:
    """A block in which ``load_lexicon`` sees the lexicon changes of ``nlp``'s rules."""
    return lexicon_extensions(
        nlp.meta.get(LEXICON_META_KEY), nlp.meta.get(DROPPED_LEXICONS_META_KEY, ())
    )


def user_rules_of(nlp: Language) -> tuple[Any, ...]:
    """The user rules of a pipeline built by ``build_pipeline`` (``()`` when none)."""
    if USER_RULES_COMPONENT in nlp.pipe_names:
        return nlp.get_pipe(USER_RULES_COMPONENT).rules
    return ()


def _register_optional_components() -> None:
    """Import the date, figure and user-rule stages (they register their factories)."""
    from .components import dates, figures, user_rules  # noqa: F401


@dataclass(frozen=True)
class ArticleInput:
    """One article to process; ``published`` anchors relative dates."""

    text: str
    id: str | None = None
    published: date | None = None
    title: str | None = None
    #: What reading the input noticed (e.g. decoded as GB18030), carried to the result.
    warnings: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # Accept what ``extract(published=...)`` accepts: an ISO string or a
        # datetime would otherwise reach the date stage and fail there.
        if self.published is not None and type(self.published) is not date:
            object.__setattr__(self, "published", coerce_published(self.published))


def coerce_published(value: Any) -> date | None:
    """Accept ``None``, a ``date``/``datetime`` or an ISO date string.

    >>> coerce_published("2020-09-16")
    datetime.date(2020, 9, 16)
    >>> coerce_published("2020-09-16T08:00:00+08:00")
    datetime.date(2020, 9, 16)
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
        try:
            return datetime.fromisoformat(value.strip()).date()
        except ValueError:
            pass
    raise InputError(
        f"published must be an ISO date such as '2020-09-16', a date or None; got {value!r}"
    )


class Extractor:
    """A loaded pipeline, reused for many articles."""

    def __init__(self, nlp: Language | None = None, *, max_chars: int = DEFAULT_MAX_CHARS) -> None:
        self.nlp = nlp if nlp is not None else build_pipeline()
        self.max_chars = max_chars

    def make_doc(self, article: ArticleInput) -> Doc:
        if not isinstance(article.text, str):
            hint = (
                " (a record with 'text', 'id' and 'published' goes to extract_many or result_of)"
                if isinstance(article.text, dict)
                else ""
            )
            raise InputError(f"text must be a string; got {type(article.text).__name__}{hint}")
        if len(article.text) > self.max_chars:
            raise InputError(
                f"text has {len(article.text):,} characters; the limit is {self.max_chars:,}. "
                "Split the article or raise max_chars."
            )
        text = article.text
        warnings = list(article.warnings)
        if "\x00" in text:
            # NUL characters carry no text; a space keeps every offset in place.
            text = text.replace("\x00", " ")
            warnings.append("NUL characters in the text were read as spaces")
        doc = self.nlp.make_doc(text)
        state = doc_state(doc)
        state.article_id = article.id
        state.published = article.published
        state.title = article.title
        state.warnings.extend(warnings)
        return doc

    def extract(
        self,
        text: str,
        *,
        published: date | datetime | str | None = None,
        id: str | None = None,
        title: str | None = None,
    ) -> Article:
        """Every field of one article."""
        article = ArticleInput(text, id, coerce_published(published), title)
        return self._run(article)

    def _run(self, article: ArticleInput) -> Article:
        # Stages that read a lexicon while they run see this pipeline's extensions.
        with pipeline_lexicons(self.nlp):
            doc = self.make_doc(article)
            for _name, component in self.nlp.pipeline:
                doc = component(doc)
            return build_article(doc)

    def extract_many(
        self, articles: Iterable[ArticleInput | str | dict[str, Any]], *, batch_size: int = 32
    ) -> Iterator[Article | ErrorRecord]:
        """One result per input, in order; a failure gives an ``ErrorRecord``, not an exception.

        Articles go through the pipeline ``batch_size`` at a time, so that the
        NER model sees batches (it is faster on them); a failing article is
        isolated and gets its own error record.
        """
        iterator = iter(articles)
        while window := list(islice(iterator, batch_size)):
            yield from self.results_of(window)

    def result_of(self, item: ArticleInput | str | dict[str, Any]) -> Article | ErrorRecord:
        """The article's fields, or an ``ErrorRecord`` saying why it failed; never raises.

        Unlike ``extract``, a record whose text is empty or only whitespace is an
        error here: in a batch it almost always means a scrape or an export went wrong.
        """
        return self.results_of([item])[0]

    def results_of(
        self, items: Sequence[ArticleInput | str | dict[str, Any]]
    ) -> list[Article | ErrorRecord]:
        """``result_of`` for each item, with components that can run on a batch run on one."""
        results: list[Article | ErrorRecord | None] = [None] * len(items)
        docs: dict[int, Doc] = {}

        def fail(index: int, error: Exception) -> None:
            logger.debug("article %r failed", _id_of(items[index]), exc_info=True)
            results[index] = ErrorRecord.of(_id_of(items[index]), error)
            docs.pop(index, None)

        with pipeline_lexicons(self.nlp):
            for index, item in enumerate(items):
                try:
                    docs[index] = self.make_doc(_batch_input(item))
                except Exception as error:  # one bad article must not stop the batch
                    fail(index, error)
            for _name, component in self.nlp.pipeline:
                batch = getattr(component, "pipe", None)
                if batch is not None and len(docs) > 1:
                    try:
                        docs = dict(zip(docs, batch(list(docs.values())), strict=True))
                        continue
                    except Exception:  # find the article that failed, one at a time
                        logger.debug("batch failed in %s; retrying one by one", _name)
                for index, doc in list(docs.items()):
                    try:
                        docs[index] = component(doc)
                    except Exception as error:
                        fail(index, error)
            for index, doc in list(docs.items()):
                try:
                    results[index] = build_article(doc)
                except Exception as error:
                    fail(index, error)
        return [
            result
            if result is not None
            else ErrorRecord.of(_id_of(items[index]), RuntimeError("no result was produced"))
            for index, result in enumerate(results)
        ]

    pipe = extract_many


def extractor_with_rules(rules: Sequence[Any]) -> Extractor:
    """An ``Extractor`` whose pipeline has ``rules`` (picklable via ``functools.partial``)."""
    return Extractor(build_pipeline(rules=list(rules)))


def _batch_input(item: ArticleInput | str | dict[str, Any]) -> ArticleInput:
    """``as_article_input`` for a batch: an empty or whitespace-only text is an error."""
    article = as_article_input(item)
    if not article.text.strip():
        raise InputError(
            "empty text: the record has no characters besides whitespace"
            if article.text
            else "empty text: the record's text is an empty string"
        )
    return article


def _id_of(item: object) -> str | None:
    if isinstance(item, ArticleInput):
        return item.id
    if isinstance(item, dict):
        value = item.get("id")
        return None if value is None else str(value)
    return None


def as_article_input(item: ArticleInput | str | dict[str, Any]) -> ArticleInput:
    """An ``ArticleInput`` from a string, a dict with ``text`` (and ``id``…), or itself."""
    if isinstance(item, ArticleInput):
        return item
    if isinstance(item, str):
        return ArticleInput(item)
    if isinstance(item, dict):
        if "text" not in item:
            raise InputError(f"an article record needs a 'text' field; got keys {sorted(item)}")
        text = item["text"]
        if not isinstance(text, str):
            raise InputError(f"'text' must be a string; got {type(text).__name__}")
        article_id = item.get("id")
        title = item.get("title")
        return ArticleInput(
            text,
            None if article_id is None else str(article_id),
            coerce_published(item.get("published")),
            title if isinstance(title, str) else None,
        )
    raise InputError(f"an article is a string or a dict with 'text'; got {type(item).__name__}")
