"""``govnews-extract rules``: list user rules and try them on a text.

govnews-extract rules list [RULES.jsonl...] [--rules RULES.jsonl...] [--entry-points] [--builtin]
govnews-extract rules test RULES.jsonl "text"   (or --text-file FILE)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from ..errors import RuleError
from .loading import Rule, load_rules


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="govnews-extract rules",
        description="Show user rules (list) or what a rule file matches in a text (test).",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    listing = commands.add_parser("list", help="every active user rule: id, kind, field, source")
    listing.add_argument("files", nargs="*", metavar="RULES.jsonl")
    listing.add_argument("--rules", action="append", default=[], metavar="RULES.jsonl")
    listing.add_argument(
        "--entry-points",
        action="store_true",
        help="also the rules of installed packages (entry-point group govnews_extract.rules)",
    )
    listing.add_argument(
        "--builtin",
        action="store_true",
        help="also the package's own rules (the ids a user rule can disable or override)",
    )
    testing = commands.add_parser("test", help="what the file's rules match in a text")
    testing.add_argument("file", metavar="RULES.jsonl")
    testing.add_argument("text", nargs="?", help="the text (or use --text-file)")
    testing.add_argument("--text-file", help="read the text from this UTF-8 file")
    args = parser.parse_args(list(argv))
    try:
        if args.command == "list":
            return list_rules(
                [*args.files, *args.rules], entry_points=args.entry_points, builtin=args.builtin
            )
        if args.text_file:
            with open(args.text_file, encoding="utf-8") as handle:
                text = handle.read()
        elif args.text is not None:
            text = args.text
        else:
            parser.error("rules test needs a text argument or --text-file")
        return test_rules(args.file, text)
    except RuleError as error:
        print(f"govnews-extract: error: {error}", file=sys.stderr)
        return 2


def describe(rule: Rule) -> tuple[str, str, str, str]:
    """``(id, kind, target, source)`` of one rule, as ``rules list`` shows it."""
    if rule.kind == "lexicon":
        target = f"lexicon:{rule.lexicon} (+{len(rule.entries)})"
    elif rule.kind == "disable":
        target = f"disables built-in rule_id {rule.id!r}"
    elif rule.kind == "stage":
        target = ",".join(rule.fields) or "-"
    else:
        target = rule.field or "-"
    return rule.id, rule.kind, target, str(rule.source)


def list_rules(files: Sequence[str], *, entry_points: bool = False, builtin: bool = False) -> int:
    """Print every user rule (and with ``builtin`` the package's own), one a line."""
    from .builtin import builtin_rules

    rules = load_rules(files, entry_points=entry_points)
    shown = [*(builtin_rules() if builtin else ()), *rules]
    if not shown:
        print("no user rules (give rule files, or --entry-points; --builtin for the package's)")
        return 0
    rows = [("ID", "KIND", "FIELD", "SOURCE"), *(describe(r) for r in shown)]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True)]
        print("  ".join([*cells, row[3]]))
    return 0


def test_rules(path: str, text: str) -> int:
    """Print one line per match of the file's rules: ``start:end field rule label text data``."""
    from ..components.user_rules import UserRuleMatcher
    from ..pipeline import ArticleInput, Extractor, build_pipeline, pipeline_lexicons
    from ..state import doc_state
    from .builtin import replaced_match_ids

    rules = load_rules([path])
    nlp = build_pipeline(rules=list(rules))
    extractor = Extractor(nlp)
    user_ids = {r.id for r in rules if r.kind in ("pattern", "regex", "python")}
    disabled = replaced_match_ids(rules)
    lexicon_words = {word: r for r in rules if r.kind == "lexicon" for word in r.entries}
    removed = []
    with pipeline_lexicons(nlp):
        doc = extractor.make_doc(ArticleInput(text))
        for _name, component in nlp.pipeline:
            if isinstance(component, UserRuleMatcher):
                removed = [
                    m
                    for matches in doc_state(doc).matches.values()
                    for m in matches
                    if m.rule_id in disabled
                ]
            doc = component(doc)
    state = doc_state(doc)
    lines = []
    for field_name, matches in state.matches.items():
        for match in matches:
            if match.rule_id in user_ids:
                rule_text = match.rule_id
            else:
                words = [w for w in lexicon_words if w in match.text]
                if not words:
                    continue
                via = lexicon_words[max(words, key=len)]
                rule_text = f"{via.id} (lexicon {via.lexicon}, via {match.rule_id})"
            data = (
                json.dumps(dict(match.data), ensure_ascii=False, default=str)
                if (match.data and field_name.startswith("extras."))
                else ""
            )
            lines.append(
                (match.start, match.end, field_name, rule_text, match.label, match.text, data)
            )
    for match in removed:
        lines.append(
            (
                match.start,
                match.end,
                match.field,
                f"{match.rule_id} (built-in, removed)",
                match.label,
                match.text,
                "",
            )
        )
    for start, end, field_name, rule_text, label, surface, data in sorted(lines):
        print(
            "\t".join(
                [
                    f"{start}:{end}",
                    field_name,
                    rule_text,
                    label or "-",
                    surface,
                    *([data] if data else []),
                ]
            )
        )
    for warning in state.warnings:
        if warning.startswith("rule "):
            print(f"warning: {warning}")
    if not lines:
        print("no matches")
    return 0
