"""Add China's prefecture- and county-level divisions to the place gazetteer.

The gazetteer (``govnews_extract/resources/lexicons/places.txt``) was written from general
knowledge and misses many of China's ~2,850 counties and districts (柳林县, 定边县), which
local news names in every other title (柳林县委书记). This script reads the administrative
division list that ships in the PyPI package ``cpca`` (MIT licence; names and codes of the
National Bureau of Statistics) and writes the divisions the gazetteer lacks: every full name
(龙安区, 河曲县, 岫岩满族自治县) unless jieba's dictionary holds it as an ordinary word (郊区,
矿区), and the short form of each county, county-level city, banner and prefecture (涞源,
岫岩) unless the dictionary holds it as a common word of any tag (its tags call 延寿, 大田,
和顺 and 从江 names, and the text means "prolong life", "field", 和|顺丰, 从|江苏省; where
jieba knows a county's short form as a place, the model reads that tag anyway), or it is a
district's (districts are rarely written without 区).

The NER model reads the gazetteer (``LexiconMarks``), so a model trained before these names
were added sees them marked for the first time; ``train/README.md`` records the run made
with them.

Usage (from the repo root; needs ``pip install cpca==0.5.5`` in the environment, the
package is not a dependency of the library)::

    python train/county_names.py            # prints the section to append to places.txt
"""

from __future__ import annotations

import csv
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from govnews_extract.lexicons import load_lexicon
from govnews_extract.pipeline import build_pipeline
from govnews_extract.segmenter import COMMON_WORD_FREQUENCY, JiebaSegmenter, common_word_test

#: Suffixes of division names, longest first; a short form drops one.
SUFFIXES = ("自治县", "自治旗", "自治州", "地区", "林区", "县", "旗", "市", "盟", "州", "区")
#: First characters of short forms left out: function characters and prefixes that open
#: many ordinary words, so the short form would match across a word (和政 in 和|政协, 同德
#: in 同|德索萨, 大新 in 大|新闻).
OPENS_ORDINARY_WORDS = frozenset("和同与及从在对向将把被为以于跟比由让给大小新老中上下")
#: Last characters of stems that are no names alone (新巴尔虎左 of 新巴尔虎左旗).
DIRECTIONS = frozenset("左右前后中东西南北")
#: Districts whose names are also generic words for parts of a city (the "old town", the
#: "east district", the liberated areas of the 1940s): written alone they seldom mean the
#: district.
GENERIC_DISTRICTS = frozenset(
    "解放区 老城区 新城区 新市区 城区 城中区 市中区 东区 西区 南区 北区 中区 郊区 矿区 港口区 "
    "工农区 新区".split()
)
#: Placeholders in the list that name no place.
NOT_NAMES = frozenset(
    {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "中沙群岛的岛礁及其海域"}
)


def cpca_table(name: str) -> Path:
    """A data file of the installed ``cpca`` (found without importing it: its
    ``__init__`` needs ``pyahocorasick``, which this script does not)."""
    spec = importlib.util.find_spec("cpca")
    if spec is None or spec.origin is None:
        raise SystemExit("cpca is not installed: pip install cpca==0.5.5 --no-deps")
    return Path(spec.origin).parent / "resources" / name


def divisions() -> Iterator[tuple[str, str]]:
    """(level, name) of every prefecture- and county-level division in ``cpca``'s list."""
    with cpca_table("adcodes.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            code, name = row["adcode"], row["name"]
            if code[2:] == "0" * 10 or name in NOT_NAMES:
                continue  # provinces are in the gazetteer already
            yield ("prefecture" if code[4:] == "0" * 8 else "county"), name


def short_form(name: str, nationalities: tuple[str, ...]) -> str | None:
    """The name without its suffix and nationalities (岫岩满族自治县 -> 岫岩), or None."""
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            if suffix == "区":
                return None  # 虹口区 is written whole far more often than 虹口
            stem = name[: -len(suffix)]
            while ending := next((n for n in nationalities if stem.endswith(n)), None):
                stem = stem[: -len(ending)]  # 双江|拉祜族|佤族|布朗族|傣族
            return stem if len(stem) >= 2 else None
    return None


def main() -> None:
    nlp = build_pipeline(ner=False)
    if not isinstance(nlp.tokenizer, JiebaSegmenter):
        raise SystemExit("the pipeline's tokenizer is not the jieba segmenter")
    is_ordinary_word = common_word_test(nlp, "nr", "ns", "nt", "nz")
    known = set(load_lexicon("places"))
    with cpca_table("56_nations.csv").open(encoding="utf-8") as handle:
        names = [line.strip() for line in handle if line.strip()]
    # Longest first, and the short forms too (土家族 is also written 土家): 苗族 before 族.
    nationalities = tuple(sorted({*names, *(n[:-1] for n in names if len(n) > 2)}, key=len)[::-1])
    frequency = nlp.tokenizer.jieba.FREQ
    added: dict[str, None] = {}
    for _level, name in divisions():
        if name not in known and name not in GENERIC_DISTRICTS and not is_ordinary_word(name):
            added[name] = None
        stem = short_form(name, nationalities)
        if (
            stem
            and stem not in known
            and frequency.get(stem, 0) < COMMON_WORD_FREQUENCY
            and stem[0] not in OPENS_ORDINARY_WORDS
            and stem[-1] not in DIRECTIONS
            and len(stem) <= 5
        ):
            added[stem] = None
    print(
        "# Prefecture- and county-level divisions missing above, from the division list of the"
    )
    print("# PyPI package cpca 0.5.5 (MIT; National Bureau of Statistics names), written by")
    print("# train/county_names.py: full names, and short forms that are no ordinary word.")
    for name in added:
        print(name)


if __name__ == "__main__":
    main()
