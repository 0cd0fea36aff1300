"""Regular expressions assembled from lexicons and named fragments.

Rules are written as templates in ``resources/patterns/fragments.json``:
named fragments that refer to lexicons (``{lexicon:posts}``, or several as one list:
``{lexicon:posts+posts_outside_segmenter}``) and to each other
(``{ORG}``), in the manner of Recognizers-Text. Lexicons become ``regex`` named lists;
a long one is split by first character, as ``regex`` tries a list's entries one by one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache
from math import isqrt
from typing import Generic, TypeVar

import regex

from .errors import RuleError
from .lexicons import ExtensionsKey, current_extensions, load_lexicon
from .state import fold_width

T = TypeVar("T")

_REFERENCE = regex.compile(
    r"(?<!\\[pP])\{(lexicon:)?([A-Za-z_][A-Za-z0-9_]*(?:\+[A-Za-z_][A-Za-z0-9_]*)*)\}"
)
#: Joins the lexicons of ``{lexicon:a+b}`` in the name of their one ``regex`` named list.
_UNION = "__and__"

#: One or more Han characters (compiled once: the module-level ``regex`` functions look
#: their pattern up in a cache on every call).
HAN_WORD = regex.compile(r"\p{Han}+")


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation matching any of ``words``, longest first.

    >>> trie_pattern(["省长", "省委", "副省长"])
    '(?:副省长|省(?:长|委))'
    >>> bool(regex.fullmatch(trie_pattern(["ab", "abc"]), "abc"))
    True
    """
    trie: dict = {}
    for word in words:
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    if not trie:
        return "(?!)"
    return _trie_to_regex(trie)


def _trie_to_regex(node: Mapping[str, dict]) -> str:
    ends_here = "" in node
    branches = []
    for char in sorted((c for c in node if c), key=lambda c: -_depth(node[c])):
        branches.append(regex.escape(char) + _trie_to_regex(node[char]))
    if not branches:
        return ""
    if len(branches) == 1 and not ends_here:
        body = branches[0]
        return body if len(body) <= 2 or not _needs_group(body) else f"(?:{body})"
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends_here else body


def _depth(node: Mapping[str, dict]) -> int:
    return 1 + max((_depth(child) for key, child in node.items() if key), default=0)


def _needs_group(body: str) -> bool:
    return "|" in body and not (body.startswith("(?:") and body.endswith(")"))


def expand_template(
    name: str,
    templates: Mapping[str, str],
    lexicons: set[str] | None = None,
    _stack: tuple[str, ...] = (),
) -> str:
    """Expand fragment ``name``: ``{X}`` is fragment X, ``{lexicon:x}`` the named list ``x``.

    Lexicons become ``regex`` named lists (``\\L<x>``), whose names are added to
    ``lexicons``; :func:`compile_template` splits the long ones by first character.
    ``{lexicon:x+y}`` is one list of both, so that the longest entry of either wins
    (an alternation of two lists would take the first list's shorter entry).
    """
    if name in _stack:
        raise RuleError(f"pattern fragment {name!r} refers to itself via {' -> '.join(_stack)}")
    if name not in templates:
        raise RuleError(
            f"pattern fragment {name!r} is not defined; known fragments: "
            f"{', '.join(sorted(templates))}"
        )
    return _expand(templates[name], templates, lexicons, (*_stack, name))


def _expand(
    template: str,
    templates: Mapping[str, str],
    lexicons: set[str] | None,
    stack: tuple[str, ...],
) -> str:
    def substitute(match: regex.Match) -> str:
        if match.group(1):
            if lexicons is not None:
                lexicons.add(match.group(2))
            return f"\\L<{match.group(2).replace('+', _UNION)}>"
        return f"(?:{expand_template(match.group(2), templates, lexicons, stack)})"

    return _REFERENCE.sub(substitute, template)


@cache
def load_fragment_templates() -> Mapping[str, str]:
    """The packaged fragment templates: the patterns of built-in rule ``organization_pattern``."""
    from .rules.builtin import builtin_patterns

    data = builtin_patterns("organization_pattern")
    return {key: value for key, value in data.items() if not key.startswith("_")}


class TextMemo(Generic[T]):
    """What a pattern made of a short text, remembered by the text and the two characters
    before it, which lookbehinds may read (COUNTRY_BODY looks back at a country's
    abbreviation, whose own lookbehind reads the character before that: 1美|俄外交部 is a
    body, ，美|俄外交部 none): titles, chains of titles and organisation names come back in
    article after article. One per stage and purpose; at most ``size`` texts, forgotten all
    at once when full.

    >>> memo = TextMemo(size=10)
    >>> calls = []
    >>> [memo.get("在省长", 1, 3, lambda: calls.append(1) or len(calls)) for _ in range(2)]
    [1, 1]
    """

    def __init__(self, size: int = 50_000) -> None:
        self.size = size
        self._known: dict[tuple[str, str], T] = {}

    def get(self, text: str, start: int, end: int, compute: Callable[[], T]) -> T:
        """The remembered result for ``text[start:end]`` after ``text[start - 2:start]``, or
        ``compute()``'s, remembered."""
        key = (text[max(start - 2, 0) : start], text[start:end])
        try:
            return self._known[key]
        except KeyError:
            if len(self._known) >= self.size:
                self._known.clear()
            value = self._known[key] = compute()
            return value


class WordPositions:
    """Does a word of a fixed list start (or end) at an offset? One dict look-up, few slices.

    Words are indexed by their first and last character with the lengths that
    occur, so a test costs a dictionary look-up plus a slice per length that
    exists for that character, not one per length in the whole list.

    >>> organs = WordPositions(["公安厅", "厅", "委员会", "委员"])
    >>> [i for i in range(10) if organs.ends_at("省公安厅和市委员会", i)]
    [4, 8, 9]
    >>> WordPositions(["中共", "中国"]).starts_at("在中共", 1)
    True
    """

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(word for word in words if word)
        by_first: dict[str, set[int]] = {}
        by_last: dict[str, set[int]] = {}
        for word in self.words:
            by_first.setdefault(word[0], set()).add(len(word))
            by_last.setdefault(word[-1], set()).add(len(word))
        self._by_first = {char: tuple(sorted(lengths)) for char, lengths in by_first.items()}
        self._by_last = {char: tuple(sorted(lengths)) for char, lengths in by_last.items()}

    def starts_at(self, text: str, offset: int) -> bool:
        """Whether some word starts at ``offset``."""
        lengths = self._by_first.get(text[offset : offset + 1])
        if lengths is not None:  # a loop, not any(): this runs once per token of every text
            words = self.words
            for length in lengths:
                if text[offset : offset + length] in words:
                    return True
        return False

    def ends_at_words_from(self, text: str, offset: int) -> Iterator[int]:
        """The end of every word that starts at ``offset``, shortest first.

        >>> list(WordPositions(["北京", "北京市"]).ends_at_words_from("在北京市", 1))
        [3, 4]
        """
        words = self.words
        for length in self._by_first.get(text[offset : offset + 1], ()):
            end = offset + length
            if end <= len(text) and text[offset:end] in words:
                yield end

    def longest_at(self, text: str, offset: int) -> int | None:
        """End of the longest word that starts at ``offset`` (``None`` if none does).

        >>> WordPositions(["北京", "北京市"]).longest_at("在北京市", 1)
        4
        """
        words = self.words
        for length in reversed(self._by_first.get(text[offset : offset + 1], ())):
            end = offset + length
            # A slice past the end of the text is shorter than asked: check the length too.
            if end <= len(text) and text[offset:end] in words:
                return end
        return None

    def ends_at(self, text: str, offset: int, start: int = 0) -> bool:
        """Whether some word ends at ``offset`` (and begins at or after ``start``)."""
        lengths = self._by_last.get(text[offset - 1 : offset] if offset > 0 else "")
        if lengths is not None:
            words = self.words
            for length in lengths:
                if offset - length >= start and text[offset - length : offset] in words:
                    return True
        return False


def compile_template(
    template: str,
    templates: Mapping[str, str] | None = None,
    lexicon_loader: Callable[[str], Iterable[str]] | None = None,
) -> regex.Pattern:
    """Compile a pattern that may use ``{FRAGMENT}`` and ``{lexicon:name}`` references.

    >>> lists = {"posts": ["部长"], "later_posts": ["部长帮办"]}
    >>> compile_template("{lexicon:posts+later_posts}", {}, lists.get).match("部长帮办说").group()
    '部长帮办'
    """
    lexicons: set[str] = set()
    expanded = _expand(
        template, templates if templates is not None else load_fragment_templates(), lexicons, ()
    )
    loader = lexicon_loader if lexicon_loader is not None else load_lexicon
    named_lists = {
        name.replace("+", _UNION): [w for part in name.split("+") for w in loader(part) if w]
        for name in lexicons
    }
    try:
        pattern, lists = _split_long_lists(_call_lists_once(expanded, named_lists), named_lists)
        return regex.compile(pattern, regex.V1, **lists)
    except regex.error as error:
        raise RuleError(f"pattern {template!r} does not compile: {error}") from error


def _call_lists_once(pattern: str, named_lists: Mapping[str, object]) -> str:
    """``pattern`` with each named list written once, in a ``DEFINE`` group at its end, and
    called where it was used (``(?&_L_places)``).

    ``regex`` builds a list's string set at every place the pattern names it, and the title
    patterns name the gazetteer and the posts dozens of times: defined once, a pipeline
    loads in less than half the time and the patterns match faster. The groups come last,
    so the pattern's own groups keep their numbers. A list named once stays where it is:
    a pattern searched through a whole text (``{POST}`` alone) finds it faster inline.

    >>> posts = {"posts": ["部长"]}.get
    >>> pattern = compile_template("({lexicon:posts})说|{lexicon:posts}", {}, posts)
    >>> pattern.pattern.endswith("(?(DEFINE)(?P<_L_posts>" + chr(92) + "L<posts>))")
    True
    >>> pattern.match("部长说").group(1)
    '部长'
    """
    repeated = [name for name in named_lists if pattern.count(f"\\L<{name}>") > 1]
    if not repeated:
        return pattern
    for name in repeated:
        pattern = pattern.replace(f"\\L<{name}>", f"(?&_L_{name})")
    defines = "".join(f"(?P<_L_{name}>\\L<{name}>)" for name in repeated)
    return f"{pattern}(?(DEFINE){defines})"


#: A named list with at least this many entries is split by first character.
LONG_LIST = 64


def _split_long_lists(
    pattern: str, named_lists: Mapping[str, list[str]]
) -> tuple[str, dict[str, list[str]]]:
    """``pattern`` with each long named list split into lists by first character, each
    behind a class of those characters (``(?=[北南])\\L<places__0>|…``).

    ``regex`` matches a named list as an alternation of its entries, longest first, so a
    try costs time in proportion to the list (about 30 µs per position for the gazetteer's
    6,000 places). About the square root of the list's first characters make the groups:
    one class test per group, then one short list. At any position only the group of its
    character can match, and it keeps the list's longest-first order, so every match is the
    one the whole list gives.

    >>> lists = {"places": ["北京", "北京市", "南京", "东京", "西安"] * 20}
    >>> pattern, split = _split_long_lists(r"\\L<places>市", lists)
    >>> sorted(split)
    ['places__0', 'places__1']
    >>> regex.compile(pattern, regex.V1, **split).match("北京市市").group()
    '北京市市'
    """
    lists: dict[str, list[str]] = {}
    for name, words in named_lists.items():
        reference = f"\\L<{name}>"
        if len(words) < LONG_LIST or reference not in pattern:
            lists[name] = words
            continue
        firsts = sorted({word[0] for word in words})
        size = -(-len(firsts) // max(1, isqrt(len(firsts))))
        branches = []
        for number, start in enumerate(range(0, len(firsts), size)):
            group = set(firsts[start : start + size])
            lists[f"{name}__{number}"] = [word for word in words if word[0] in group]
            characters = "".join(regex.escape(char, special_only=False) for char in sorted(group))
            branches.append(f"(?=[{characters}])\\L<{name}__{number}>")
        pattern = pattern.replace(reference, "(?:" + "|".join(branches) + ")")
    return pattern, lists


#: Clause and sentence punctuation (as it stands in width-folded text): the candidates of
#: :func:`characters_never_matched`.
CLAUSE_PUNCTUATION = frozenset(",;:?!。\n")
#: A pattern's text read piece by piece: named lists and property classes, escapes (group
#: 1), group openers and counted repeats, operators, the wildcard (group 2), and literal
#: characters (group 3). Character classes are read apart.
_PATTERN_PIECE = regex.compile(
    r"\\[pP]\{[^}]*\}|\\L<[^>]*>|\\(.)"
    r"|\(\?(?:[:!=>|]|<[!=]|P<\w+>|&\w+\)|\(DEFINE\)|[a-zA-Z]+\))?|\{\d*,?\d*\}|[)|?*+^$]"
    r"|(\.)|(.)",
    regex.DOTALL,
)
_CHARACTER_CLASS = regex.compile(r"\[(\^?)((?:\\.|[^\]])*)\]")
_CLASS_MEMBER = regex.compile(r"(\\?.)-(\\?.)|(\\?.)", regex.DOTALL)


def characters_never_matched(
    name: str,
    templates: Mapping[str, str] | None = None,
    lexicon_loader: Callable[[str], Iterable[str]] | None = None,
) -> frozenset[str]:
    """The clause punctuation that no match of fragment ``name`` can hold: neither its
    lexicons' entries (extensions included) nor its own text names it, and it has no class
    that could take it (``.``, ``[^…]``, ``\\S``). A run of text holding one is no match,
    so a caller can skip trying one there.

    >>> sorted(characters_never_matched("TITLE_CHAIN"))
    ['\\n', '!', ',', ':', ';', '?', '。']
    >>> characters_never_matched("TRANSLITERATED_NAME") == CLAUSE_PUNCTUATION
    True
    """
    lexicons: set[str] = set()
    templates = templates if templates is not None else load_fragment_templates()
    pattern = expand_template(name, templates, lexicons)
    loader = lexicon_loader if lexicon_loader is not None else load_lexicon
    present: set[str] = set()
    for entry in lexicons:
        for part in entry.split("+"):
            for word in loader(part):
                present.update(fold_width(word))  # patterns run on width-folded text
    for negated, members in _CHARACTER_CLASS.findall(pattern):
        if negated or regex.search(r"\\[SWDX]", members):
            return frozenset()  # [^…]: could take anything
        if "\\s" in members:
            present.add("\n")
        for low, high, single in _CLASS_MEMBER.findall(members):
            if single:
                present.add(single[-1])
            else:  # a range: [0-9] takes no comma, [!-~] does
                low, high = low[-1], high[-1]
                present.update(char for char in CLAUSE_PUNCTUATION if low <= char <= high)
    for piece in _PATTERN_PIECE.finditer(_CHARACTER_CLASS.sub("", pattern)):
        escaped, wildcard, literal = piece.groups()
        if wildcard or escaped in ("S", "W", "D", "X"):
            return frozenset()
        if escaped in ("s", "n"):
            present.add("\n")
        elif escaped and not escaped.isalnum():
            present.add(escaped)  # \? is a question mark
        elif literal:
            present.add(literal)
    return CLAUSE_PUNCTUATION - present


def clause_break(name: str, *, backwards: bool = False) -> regex.Pattern | None:
    """A pattern for the clause marks no match of fragment ``name`` can hold
    (:func:`characters_never_matched`), searched backwards if asked (the last one before a
    point); None when every mark could be part of a match.

    >>> clause_break("TITLE_CHAIN", backwards=True).search("会上,省委书记", 0, 7).end()
    3
    """
    marks = characters_never_matched(name)
    if not marks:
        return None
    flags = "(?r)" if backwards else ""
    return regex.compile(f"{flags}[{regex.escape(''.join(sorted(marks)))}]")


def compiled_fragment(name: str, *, emptied: tuple[str, ...] = ()) -> regex.Pattern:
    """The packaged fragment ``name``, compiled; shared because patterns are immutable.

    Compiled with the lexicon extensions active in this context (user lexicon
    rules), so pipelines with different extensions get different patterns. The fragments
    named in ``emptied`` match the empty string: a leaner pattern for the texts that a
    fragment cannot match anyway (a chain of titles without a bracket).
    """
    return _compiled_fragment(name, emptied, current_extensions())


@cache
def _compiled_fragment(
    name: str, emptied: tuple[str, ...], _extensions: ExtensionsKey
) -> regex.Pattern:
    if not emptied:
        return compile_template("{" + name + "}")
    templates = {**load_fragment_templates(), **dict.fromkeys(emptied, "")}
    return compile_template("{" + name + "}", templates)
