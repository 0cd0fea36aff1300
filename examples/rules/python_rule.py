"""A Python rule: campaign names such as "百日攻坚行动", as a new field ``campaigns``.

Python rules receive the spaCy ``Doc`` and return ``(start, end, label, data)``
tuples with character offsets into ``doc.text``. Load them with

    import govnews_extract
    from python_rule import registry
    extractor = govnews_extract.load(rules=[registry, "examples/rules/meetings.jsonl"])
"""

from __future__ import annotations

import regex

from govnews_extract.rules import RuleRegistry

registry = RuleRegistry()

_CAMPAIGN = regex.compile(
    r"(?<=开展|推进|实施|部署|启动)(?P<name>[\p{Han}]{2,12}?)(?P<kind>专项行动|攻坚行动|攻坚战|专项整治)"
)


@registry.rule("campaign_names", field="campaigns", label="CAMPAIGN")
def campaign_names(doc):
    for hit in _CAMPAIGN.finditer(doc.text):
        yield hit.start(), hit.end(), "CAMPAIGN", {"kind": hit.group("kind")}


if __name__ == "__main__":
    import govnews_extract

    extractor = govnews_extract.load(rules=[registry])
    article = extractor.extract("全省开展安全生产百日攻坚行动。")
    print(article.model_dump_json(include={"extras"}, indent=2))
