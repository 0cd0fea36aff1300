"""Throughput benchmark: govnews_extract against the tools people would otherwise use.

    python benchmarks/throughput.py [--limit-kb 300] [--repeat 1] [--workers N] [--generated]
                                    [--json]

Every contender runs on the same articles: the CCTV 新闻联播 transcripts in
``../shared/corpora/cctv_xwlb_raw/news/*.md`` (one article per ``###`` story,
read in place, Markdown stripped) when that folder exists, else articles this
script assembles from a built-in list of titles, names, organs and figures
(or with ``--generated``).

Each contender runs in a fresh subprocess, so its peak memory (the RSS
high-water mark from ``resource.getrusage``) is its own. Speed is the UTF-8
bytes of the input divided by the wall-clock seconds of the work; loading the
pipeline (or jieba's dictionary) is timed apart and left out. Single-process
contenders also report the CPU seconds of the work: CPU well below wall time
means other work on the machine took the core, as does a high load average
(printed at start and end).

Contenders:

- ``full, 1 worker``: ``govnews_extract.load().extract_many`` (every stage, NER model included).
- ``full, N workers``: ``govnews_extract.batch.process_items(..., workers=N)``, the CLI's
  path (JSON lines included). Its workers load their pipelines when the pool starts;
  here each worker then waits until all have loaded (a start barrier this script adds
  to the worker's initializer, so a worker that loads early does not start alone), and
  the clock starts when the first of a few tiny warm-up articles comes back. Its load
  time includes starting the worker processes and their imports; its peak memory is
  that of the largest worker.
- ``jieba.posseg``: ``jieba.posseg.POSTokenizer(jieba.Tokenizer())``, word + part of speech
  (``nr`` marks person names): the widely installed tool that finds names.
- ``jieba.cut``: a private ``jieba.Tokenizer()``, segmentation only.
- Optional peers, when installed: spaCy's ``zh_core_web_sm`` (segmentation, tagging,
  parsing, NER), ``spacy_pkuseg``, ``thulac``.

The 1-worker run also times each stage over the same articles: the segmenter
(``nlp.make_doc``), each ``nlp.pipeline`` component, building the pydantic
``Article`` and writing its JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CCTV = REPO.parent / "shared" / "corpora" / "cctv_xwlb_raw" / "news"

#: Tiny articles sent first through the worker pool; the clock starts when one comes back.
WARM_UP_ARTICLES = 8

#: Folder where pool workers check in once loaded (the start barrier), and how many to wait for.
BARRIER_FOLDER = "GOVNEWS_BENCH_BARRIER"
BARRIER_WORKERS = "GOVNEWS_BENCH_WORKERS"


# -- the text -------------------------------------------------------------------------

_LINK = re.compile(r"^\[查看原文\]\(.*\)\s*$")
_PREFIX = re.compile(r"^\*\*央视网消息\*\*（新闻联播）：")


def cctv_articles(folder: Path) -> Iterator[dict]:
    """One article per ``###`` story of the ``## 详细新闻`` part, Markdown stripped."""
    for path in sorted(folder.glob("*.md")):
        content = path.read_text(encoding="utf-8")
        _, found, details = content.partition("## 详细新闻")
        if not found:
            continue
        day = path.stem
        published = f"{day[:4]}-{day[4:6]}-{day[6:8]}" if day.isdigit() and len(day) == 8 else None
        for number, story in enumerate(details.split("\n### ")[1:], 1):
            paragraphs = []
            for line in story.split("\n")[1:]:  # the first line is the headline
                line = line.strip()
                if not line or line.startswith("#") or _LINK.match(line):
                    continue
                paragraphs.append(_PREFIX.sub("", line).replace("**", ""))
            if paragraphs:
                yield {"id": f"{day}_{number:02d}", "text": "\n".join(paragraphs),
                       "published": published}


_TITLES = ["省委书记", "省长", "副省长", "市委书记", "市长", "省委常委、宣传部部长", "县委书记",
           "国务院副总理", "省人大常委会主任", "省政协主席", "市纪委书记、监委主任", "省公安厅厅长"]
_NAMES = ["王建国", "李红梅", "张伟", "刘志强", "陈晓东", "杨帆", "赵丽华", "黄海涛", "周明",
          "吴敏"]
_ORGANS = ["省委", "省政府", "市委常委会", "省发展改革委", "省生态环境厅", "市应急管理局",
           "国家统计局", "省纪委监委", "县人民法院", "省住房城乡建设厅"]
_MEETINGS = ["全省安全生产工作会议", "市委常委会会议", "全省优化营商环境推进会",
             "省政府常务会议", "全市乡村振兴工作会议", "全省防汛抗旱工作视频会议"]
_VERBS = ["强调", "指出", "表示", "要求"]
_SAID = ["要坚持以人民为中心的发展思想，扎实推进各项工作落地见效。",
         "要压紧压实各方责任，坚决守住安全底线。",
         "要持续优化营商环境，更好服务市场主体。",
         "要深入开展“六清”行动，推动专项斗争常态化。"]
_MONEY = ["3.2亿元", "2.1万亿元", "近300万元", "１５．６亿元", "4800余万元"]
_COUNTS = ["15个", "４８个", "近300家", "1200余处", "6.8万亩"]
_PERCENTS = ["12.5%", "３．２％", "百分之六", "8个百分点"]
_DOCS = ["《关于进一步加强安全生产工作的意见》", "《政府工作报告》", "《乡村振兴促进法》"]


def generated_articles(count: int, seed: int = 7) -> Iterator[dict]:
    """Government-news-like articles from the lists above (the same for every seed run)."""
    rng = random.Random(seed)
    for number in range(count):
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        title, name = rng.choice(_TITLES), rng.choice(_NAMES)
        other_title, other = rng.choice(_TITLES), rng.choice(_NAMES)
        paragraphs = [
            f"本报讯（记者{rng.choice(_NAMES)}）{month}月{day}日，{title}{name}主持召开"
            f"{rng.choice(_MEETINGS)}，{other_title}{other}出席。",
            f"会议听取了{rng.choice(_ORGANS)}关于{rng.choice(_DOCS)}贯彻落实情况的汇报。"
            f"今年以来，全省累计投入资金{rng.choice(_MONEY)}，建成项目{rng.choice(_COUNTS)}，"
            f"同比增长{rng.choice(_PERCENTS)}。",
            f"{name}{rng.choice(_VERBS)}，{rng.choice(_SAID)}{rng.choice(_SAID)}",
            f"{rng.choice(_ORGANS)}、{rng.choice(_ORGANS)}负责同志参加会议。",
        ]
        yield {"id": f"generated_{number:05d}", "text": "\n".join(paragraphs),
               "published": f"2023-{month:02d}-{day:02d}"}


def corpus(limit_kb: float, *, generated: bool = False) -> tuple[list[dict], str]:
    """Articles up to ``limit_kb`` KB of UTF-8 text, and where they came from."""
    if not generated and CCTV.is_dir() and any(CCTV.glob("*.md")):
        source, articles = f"CCTV 新闻联播 transcripts ({CCTV})", cctv_articles(CCTV)
    else:
        source, articles = "generated government-news text", generated_articles(10**6)
    chosen, size = [], 0
    for article in articles:
        if size >= limit_kb * 1024:
            break
        chosen.append(article)
        size += len(article["text"].encode("utf-8"))
    return chosen, source


# -- contenders (each runs in its own subprocess) -------------------------------------


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_full_one(articles: list[dict], workers: int) -> dict:
    import govnews_extract
    from govnews_extract.batch import json_line
    from govnews_extract.build import build_article
    from govnews_extract.pipeline import as_article_input

    started = time.perf_counter()
    extractor = govnews_extract.load()
    load_seconds = time.perf_counter() - started
    # The same tiny warm-up articles as the worker pool gets before its clock starts.
    list(extractor.extract_many({"id": f"warm-up {i}", "text": "。"}
                                for i in range(WARM_UP_ARTICLES)))

    started, cpu = time.perf_counter(), cpu_seconds()
    failed = 0
    for result in extractor.extract_many(articles):
        failed += isinstance(result, govnews_extract.ErrorRecord)
    seconds = time.perf_counter() - started
    cpu = cpu_seconds() - cpu
    peak = peak_rss_mb()

    # Per stage, one article at a time, as Extractor._run does it.
    stages: dict[str, float] = {"segmenter (nlp.make_doc)": 0.0}
    nlp = extractor.nlp
    make_doc = nlp.make_doc

    def timed_make_doc(text: str):
        begin = time.perf_counter()
        doc = make_doc(text)
        stages["segmenter (nlp.make_doc)"] += time.perf_counter() - begin
        return doc

    nlp.make_doc = timed_make_doc  # Extractor.make_doc calls self.nlp.make_doc
    for name, _ in nlp.pipeline:
        stages[name] = 0.0
    stages["build Article"] = 0.0
    stages["JSON"] = 0.0
    for article in articles:
        doc = extractor.make_doc(as_article_input(article))
        for name, component in nlp.pipeline:
            begin = time.perf_counter()
            doc = component(doc)
            stages[name] += time.perf_counter() - begin
        begin = time.perf_counter()
        result = build_article(doc)
        stages["build Article"] += time.perf_counter() - begin
        begin = time.perf_counter()
        json_line(result)
        stages["JSON"] += time.perf_counter() - begin
    return {"seconds": seconds, "cpu_seconds": cpu, "load_seconds": load_seconds,
            "peak_rss_mb": peak, "failed": failed, "stages": stages}


def _install_start_barrier() -> None:
    """In a spawned pool worker: once its pipeline is loaded, wait for the others.

    Spawned workers import this script as ``__mp_main__`` before they unpickle the
    pool's initializer (``govnews_extract.batch._start_worker``, pickled by name),
    so the wrapped initializer set here is the one they run.
    """
    from govnews_extract import batch

    start_worker = batch._start_worker
    folder = Path(os.environ[BARRIER_FOLDER])
    expected = int(os.environ[BARRIER_WORKERS])

    def start_worker_then_wait(*args: object, **kwargs: object) -> None:
        start_worker(*args, **kwargs)
        (folder / str(os.getpid())).touch()
        deadline = time.monotonic() + 300
        while len(list(folder.iterdir())) < expected and time.monotonic() < deadline:
            time.sleep(0.005)

    batch._start_worker = start_worker_then_wait


if __name__ == "__mp_main__" and os.environ.get(BARRIER_FOLDER):
    _install_start_barrier()


def run_full_workers(articles: list[dict], workers: int) -> dict:
    from govnews_extract.batch import process_items
    from govnews_extract.pipeline import as_article_input

    barrier = tempfile.mkdtemp(prefix="govnews-bench-barrier-")
    os.environ[BARRIER_FOLDER] = barrier
    os.environ[BARRIER_WORKERS] = str(workers)

    warm_up = [as_article_input({"id": f"warm-up {i}", "text": "。"})
               for i in range(WARM_UP_ARTICLES)]
    items = warm_up + [as_article_input(a) for a in articles]
    started = time.perf_counter()
    ready = None
    failed = 0
    for outcome in process_items(items, workers=workers):
        if ready is None:
            ready = time.perf_counter()
        failed += outcome.failed
    finished = time.perf_counter()
    assert ready is not None
    checked_in = len(os.listdir(barrier))
    shutil.rmtree(barrier, ignore_errors=True)
    if workers > 1 and checked_in != workers:
        raise RuntimeError(f"start barrier: {checked_in} of {workers} workers checked in")
    return {"seconds": finished - ready, "load_seconds": ready - started,
            "peak_rss_mb": peak_rss_mb(resource.RUSAGE_CHILDREN),
            "parent_peak_rss_mb": peak_rss_mb(), "failed": failed}


def _timed(load: Callable[[], Callable[[str], object]], articles: list[dict]) -> dict:
    started = time.perf_counter()
    process = load()
    load_seconds = time.perf_counter() - started
    started, cpu = time.perf_counter(), cpu_seconds()
    for article in articles:
        process(article["text"])
    seconds = time.perf_counter() - started
    cpu = cpu_seconds() - cpu
    return {"seconds": seconds, "cpu_seconds": cpu, "load_seconds": load_seconds,
            "peak_rss_mb": peak_rss_mb()}


def run_posseg(articles: list[dict], workers: int) -> dict:
    def load():
        import jieba
        import jieba.posseg

        tokenizer = jieba.Tokenizer()
        tokenizer.initialize()
        tagger = jieba.posseg.POSTokenizer(tokenizer)
        return lambda text: list(tagger.cut(text))

    return _timed(load, articles)


def run_cut(articles: list[dict], workers: int) -> dict:
    def load():
        import jieba

        tokenizer = jieba.Tokenizer()
        tokenizer.initialize()
        return lambda text: list(tokenizer.cut(text))

    return _timed(load, articles)


def run_spacy_zh(articles: list[dict], workers: int) -> dict:
    def load():
        import spacy

        nlp = spacy.load("zh_core_web_sm")
        return nlp

    return _timed(load, articles)


def run_pkuseg(articles: list[dict], workers: int) -> dict:
    def load():
        import spacy_pkuseg

        segmenter = spacy_pkuseg.pkuseg()
        return segmenter.cut

    return _timed(load, articles)


def run_thulac(articles: list[dict], workers: int) -> dict:
    def load():
        import thulac

        tagger = thulac.thulac()
        return tagger.cut

    return _timed(load, articles)


#: name -> (runner, module that must be importable, what it does)
CONTENDERS: dict[str, tuple[Callable[[list[dict], int], dict], str | None, str]] = {
    "full, 1 worker": (run_full_one, None, "every field, NER model included"),
    "full, {n} workers": (run_full_workers, None, "the CLI's path, JSON lines included"),
    "jieba.posseg": (run_posseg, None, "words + POS (nr = person name)"),
    "jieba.cut": (run_cut, None, "words only"),
    "spaCy zh_core_web_sm": (run_spacy_zh, "zh_core_web_sm", "words, POS, parse, NER"),
    "spacy_pkuseg": (run_pkuseg, "spacy_pkuseg", "words only"),
    "thulac": (run_thulac, "thulac", "words + POS"),
}


def installed(module: str | None) -> bool:
    if module is None:
        return True
    from importlib.util import find_spec

    return find_spec(module) is not None


def child(name: str, articles_path: str, workers: int) -> None:
    """Run one contender on the articles in ``articles_path``; print its figures as JSON."""
    with open(articles_path, encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle]
    runner = CONTENDERS[name][0]
    result = runner(articles, workers)
    print(json.dumps(result))


def measure(name: str, articles_path: str, workers: int) -> dict:
    completed = subprocess.run(
        [sys.executable, __file__, "--child", name, "--articles", articles_path,
         "--workers", str(workers)],
        capture_output=True, text=True, check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"{name} failed:\n{completed.stderr[-3000:]}")
    return json.loads(completed.stdout.strip().splitlines()[-1])


# -- the machine and the report --------------------------------------------------------


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 1
    versions = {}
    for module in ("spacy", "jieba", "govnews_extract"):
        try:
            versions[module] = __import__(module).__version__
        except Exception:  # not installed, or no version
            versions[module] = None
    try:
        load_average = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        load_average = None
    return {"cores": os.cpu_count(), "usable_cores": usable, "cpu": cpu,
            "python": platform.python_version(), "platform": platform.platform(),
            "load_average_at_start": load_average, **versions}


def report(figures: dict) -> str:
    info, rows = figures["machine"], figures["results"]
    lines = [
        f"Machine: {info['usable_cores']} cores usable ({info['cores']} in all), {info['cpu']}; "
        f"Python {info['python']}, spaCy {info['spacy']}, jieba {info['jieba']}, "
        f"govnews_extract {info['govnews_extract']}; load average at start "
        f"{info['load_average_at_start']}, at end {figures['load_average_at_end']}",
        f"Text: {figures['articles']} articles, {figures['kilobytes']:,.0f} KB UTF-8 "
        f"({figures['characters']:,} characters) from {figures['source']}; "
        f"best of {figures['repeat']} round(s), the contenders taking turns",
        "",
        f"| {'contender':<24} | {'KB/s':>7} | {'seconds':>7} | {'CPU s':>6} | {'load s':>6} | "
        f"{'peak RSS MB':>11} | what it does",
        f"|{'-' * 26}|{'-' * 8}:|{'-' * 8}:|{'-' * 7}:|{'-' * 7}:|{'-' * 12}:|{'-' * 14}",
    ]
    for name, row in rows.items():
        memory = f"{row['peak_rss_mb']:,.0f}"
        if "parent_peak_rss_mb" in row:
            memory += " /worker"
        cpu = f"{row['cpu_seconds']:.2f}" if "cpu_seconds" in row else "-"
        lines.append(
            f"| {name:<24} | {row['kb_per_s']:>7,.0f} | {row['seconds']:>7.2f} | {cpu:>6} | "
            f"{row['load_seconds']:>6.2f} | {memory:>11} | {row['what']}"
        )
    lines.append("")
    for label, value in figures["ratios"].items():
        lines.append(f"{label}: {value:.2f}")
    if len(figures["round_ratios"]) > 1:
        each = ", ".join(f"{ratio:.2f}" for ratio in figures["round_ratios"])
        lines.append(f"full (1 worker) / jieba.posseg in each round: {each}")
    stages = figures.get("stages")
    if stages:
        total = sum(stages.values())
        lines += ["", f"Time per stage, 1 worker ({total:.2f} s in all):", "",
                  f"| {'stage':<26} | {'seconds':>7} | {'share':>6} |",
                  f"|{'-' * 28}|{'-' * 8}:|{'-' * 7}:|"]
        for stage, seconds in stages.items():
            lines.append(f"| {stage:<26} | {seconds:>7.2f} | {seconds / total:>6.1%} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit-kb", type=float, default=300,
                        help="KB of UTF-8 text to process (default 300)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="rounds: each runs every contender once, in a fresh process; "
                             "each contender's fastest run is kept")
    parser.add_argument("--workers", type=int, default=None,
                        help="workers of the parallel run (default: the machine's cores)")
    parser.add_argument("--generated", action="store_true",
                        help="use generated text even when the CCTV transcripts are there")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--articles", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:  # imports only what its contender needs
        child(args.child, args.articles, args.workers)
        return 0
    if args.workers is None:
        from govnews_extract.batch import default_workers

        args.workers = default_workers()

    articles, source = corpus(args.limit_kb, generated=args.generated)
    size = sum(len(a["text"].encode("utf-8")) for a in articles)
    figures: dict = {
        "machine": machine(), "source": source, "articles": len(articles),
        "kilobytes": size / 1024, "characters": sum(len(a["text"]) for a in articles),
        "repeat": args.repeat, "workers": args.workers, "results": {},
    }
    with tempfile.TemporaryDirectory(prefix="govnews-bench-") as folder:
        articles_path = os.path.join(folder, "articles.jsonl")
        with open(articles_path, "w", encoding="utf-8") as handle:
            for article in articles:
                handle.write(json.dumps(article, ensure_ascii=False) + "\n")
        names = [name for name, (_, module, _) in CONTENDERS.items() if installed(module)]
        # Rounds, not one contender's runs back to back: a machine that slows down or
        # speeds up mid-benchmark then shifts every contender alike, and each round gives
        # its own ratio of the full pipeline to jieba.posseg.
        rounds = [
            {name: measure(name, articles_path, args.workers) for name in names}
            for _ in range(max(1, args.repeat))
        ]
        for name in names:
            best = min((runs[name] for runs in rounds), key=lambda run: run["seconds"])
            best["kb_per_s"] = size / 1024 / best["seconds"]
            best["what"] = CONTENDERS[name][2]
            stages = best.pop("stages", None)
            if stages:
                figures["stages"] = stages
            figures["results"][name.format(n=args.workers)] = best
        figures["round_ratios"] = [
            runs["jieba.posseg"]["seconds"] / runs["full, 1 worker"]["seconds"] for runs in rounds
        ]

    try:
        figures["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        figures["load_average_at_end"] = None
    results = figures["results"]
    one, many = results["full, 1 worker"], results[f"full, {args.workers} workers"]
    figures["ratios"] = {
        "full (1 worker) / jieba.posseg": one["kb_per_s"] / results["jieba.posseg"]["kb_per_s"],
        "full (1 worker) / jieba.cut": one["kb_per_s"] / results["jieba.cut"]["kb_per_s"],
        f"full ({args.workers} workers) / full (1 worker)": many["kb_per_s"] / one["kb_per_s"],
    }
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        print(report(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
