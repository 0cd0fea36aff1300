import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("深入推进“六清”行动。", [("六清", "quoted")], id="slogan"),
        pytest.param("实现“办理一批案件、净化一方环境”。", [("办理一批案件、净化一方环境", "quoted")],
                     id="slogan-with-dunhao"),
        pytest.param("讨论《国务院工作规则(修订稿)》。", [("国务院工作规则(修订稿)", "document")],
                     id="document"),
        pytest.param("學習「一國兩制」方針。", [("一國兩制", "quoted")], id="corner-quotes"),
        pytest.param(
            "出版《关于<两个维护>的学习》一书。",
            [("关于<两个维护>的学习", "document"), ("两个维护", "document")],
            id="inner-title",
        ),
        pytest.param("他说:“我们一定完成任务。”", [], id="quote-with-sentence-punctuation"),
    ],
)
def test_terms(extractor, text, expected):
    assert [(t.text, t.kind) for t in extractor.extract(text).terms] == expected
