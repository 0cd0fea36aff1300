import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "全年增长6.5%-7%。",
            [("6.5%", "start", "6.5%-7%"), ("7%", "end", "6.5%-7%")],
            id="percent-range",
        ),
        pytest.param(
            "新建3至5个园区。", [("3", "start", "3至5个"), ("5个", "end", "3至5个")], id="shared-unit"
        ),
        pytest.param("增长8%,新增12个。", [("8%", None, None), ("12个", None, None)], id="no-range"),
    ],
)
def test_range_ends(extractor, text, expected):
    figures = extractor.extract(text).figures
    assert [(f.text, f.range, f.range_text) for f in figures] == expected
