"""User extraction rules: pattern, regex, lexicon, disable and Python rules.

>>> from govnews_extract.rules import load_rules
>>> [r.id for r in load_rules([{"kind": "regex", "id": "meeting", "label": "MEETING",
...                              "regex": "国务院常务会议", "field": "meetings"}])]
['meeting']

See ``examples/rules/README.md`` for the file format.
"""

from __future__ import annotations

from .loading import (
    BUILTIN_FIELDS,
    DEFAULT_TIMEOUT,
    EXTENSIBLE_LEXICONS,
    Rule,
    RuleRegistry,
    RuleSource,
    entry_point_rules,
    lexicon_entries,
    load_rules,
    parse_rule,
    read_rule_file,
    rule,
)

__all__ = [
    "BUILTIN_FIELDS",
    "DEFAULT_TIMEOUT",
    "EXTENSIBLE_LEXICONS",
    "Rule",
    "RuleRegistry",
    "RuleSource",
    "entry_point_rules",
    "lexicon_entries",
    "load_rules",
    "parse_rule",
    "read_rule_file",
    "rule",
]
