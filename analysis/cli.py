"""The command line (``python -m analysis analyze SEEDS_DIR --out OUT_DIR``): arguments, messages, exit codes.

Exit status: 0 every document analysed; 2 some documents skipped or rejected (named on
stderr, one line each); 1 nothing could be analysed (missing or empty folder, no readable file).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis import bench as benchmark
from analysis.corpus import Columns
from analysis.engine import usable_cores
from analysis.errors import AnalysisError
from analysis.evaluation import evaluate_all
from analysis.evaluation.corpora import GoldCorpusError, corpora_dir
from analysis.evaluation.gum_entities import evaluate_gum_entities
from analysis.evaluation.hedging_real import hedging_scores
from analysis.evaluation.real_text import attribution_scores
from analysis.report import build_report
from analysis.runner import EXIT_NOTHING, EXIT_OK, exit_status, run_analysis


def say(text: str, *, err: bool = False) -> None:
    """Write one message for the user: results to stdout, diagnostics to stderr (flushed).

    The only place the package writes to the terminal; every other module returns or raises.
    """
    stream = sys.stderr if err else sys.stdout
    stream.write(f"{text}\n")
    stream.flush()


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the CLI."""
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Read news the way an editor does: entities, attributions (who says what) "
                    "and hedging by source, as tidy tables.")
    sub = parser.add_subparsers(dest="command", required=True)
    analyze = sub.add_parser(
        "analyze", help="analyse every article in a folder or file and write the tables",
        description="Reads .txt, .html/.htm, .csv, .jsonl/.json, .parquet (one article per row), "
                    ".docx/.rtf (Nexis Uni exports: one article per document) and .warc/.warc.gz "
                    "(one article per HTML page). Writes documents, sentences, entities, "
                    "attributions and hedges tables (CSV; Parquet with --format) to OUT_DIR, "
                    "which must lie outside the input. The input is never written.")
    analyze.add_argument("seeds_dir", help="folder of articles (read recursively; optional "
                                           "metadata.csv) or one file")
    analyze.add_argument("--out", required=True, help="output folder for the tables (not inside the input)")
    analyze.add_argument("--format", choices=("csv", "parquet", "both", "dataset"), default="csv",
                         help="table format (default csv; parquet for large corpora; dataset: "
                              "a partitioned Parquet dataset, a folder of parts per table)")
    analyze.add_argument("--processes", type=_processes, default="auto",
                         help="worker processes, or 'auto' for the usable cores (default auto)")
    analyze.add_argument("--batch-size", type=int, default=16, help="documents per batch")
    analyze.add_argument("--no-cache", action="store_true",
                         help="re-analyse every document instead of reusing cached results")
    analyze.add_argument("--engine", choices=("local", "dask"), default="local",
                         help="local processes (default) or a Dask cluster")
    analyze.add_argument("--scheduler", default=None,
                         help="Dask scheduler address for --engine dask (default: a local cluster)")
    analyze.add_argument("--quiet", action="store_true", help="no progress bar")
    analyze.add_argument("--languages", default="en",
                         help="comma-separated ISO codes to analyse (default en; others are "
                              "skipped and named); 'any' analyses every language")
    analyze.add_argument("--max-bytes", type=int, default=None,
                         help="skip files larger than this (default 5,000,000)")
    _add_column_flags(analyze)
    evaluate = sub.add_parser("evaluate", help="score the rules against the gold annotations")
    evaluate.add_argument("--gold", default="tests/gold", help="gold folder (default tests/gold)")
    evaluate.add_argument("--corpora", default=None, metavar="DIR",
                          help="public gold corpora folder (default $NEWSREAD_CORPORA or "
                               "../shared/corpora); real-text scores are printed first")
    evaluate.add_argument("--no-corpora", action="store_true",
                          help="score only against the own gold (--gold), not on real text")
    report = sub.add_parser("report", help="render the HTML and PDF report for a folder of articles")
    report.add_argument("--seeds", default="seeds", help="folder of articles (default seeds/)")
    report.add_argument("--out", default="reports", help="report folder (default reports/)")
    _add_bench_parser(sub)
    return parser


def _processes(text: str) -> int:
    """Return a process count: a positive integer, or ``auto`` (the usable cores)."""
    if text == "auto":
        return usable_cores()
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer or 'auto', got {text!r}")
    return int(text)


#: Column flags of tables (CSV, JSON Lines, Parquet): flag -> field of analysis.corpus.Columns.
COLUMN_FLAGS = {"--text-column": "text", "--id-column": "id", "--title-column": "title",
                "--outlet-column": "outlet", "--date-column": "published", "--url-column": "url",
                "--author-column": "author"}


def _add_column_flags(parser: argparse.ArgumentParser) -> None:
    """Add the flags naming a table's columns (tried before the common names)."""
    group = parser.add_argument_group(
        "tables (CSV, JSON Lines, Parquet)",
        "Columns are found by common names (see README); a flag names yours, tried first.")
    for flag, field in COLUMN_FLAGS.items():
        common = ", ".join(getattr(Columns(), field))
        group.add_argument(flag, dest=f"column_{field}", default=None, metavar="NAME",
                           help=f"column of the {field} (default: first of {common})")


def _positive_ints(text: str) -> tuple[int, ...]:
    """Return comma-separated positive integers ("1000,10000")."""
    values = tuple(int(v) for v in text.split(",") if v.strip())
    if not values or min(values) < 1:
        raise argparse.ArgumentTypeError(f"expected positive integers, got {text!r}")
    return values


def _add_bench_parser(sub) -> None:
    """Add the ``bench`` subcommand (throughput and memory, see :mod:`analysis.bench`)."""
    bench = sub.add_parser(
        "bench", help="time the analysis against bare spaCy parsing, cold and warm, with peak memory")
    bench.add_argument("--out", default="reports/benchmark.json", help="JSON file to write")
    bench.add_argument("--sizes", type=_positive_ints, default=None,
                       help="comma-separated corpus sizes in documents (default 1000,10000)")
    bench.add_argument("--processes", type=_positive_ints, default=None,
                       help="comma-separated process counts (default 1,2)")
    bench.add_argument("--batch-size", type=int, default=benchmark.BATCH_SIZE,
                       help=f"documents per batch, for both sides (default {benchmark.BATCH_SIZE})")
    bench.add_argument("--corpus", choices=("auto", "news", "repo"), default="auto",
                       help="news: the installed news data set; repo: sentences of the "
                            "repository's texts; auto: news if installed, else repo")
    bench.add_argument("--small", action="store_true",
                       help="a tiny run (40 documents, 1 process, no memory check) for tests")
    bench.add_argument("--memory-sizes", type=_positive_ints, default=None,
                       help="sizes of the Dask worker memory check, short documents from Parquet "
                            "(default 10000,100000; none with --small)")
    bench.add_argument("--workdir", default=None,
                       help="keep corpus and outputs here (default: a temporary folder)")
    bench.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    for name in ("--phase", "--folder", "--work-out", "--result"):  # one phase, in a child process
        bench.add_argument(name, help=argparse.SUPPRESS)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit status."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "evaluate":
            return _evaluate(args)
        if args.command == "report":
            return _report(args)
        if args.command == "bench":
            return _bench(args, argv)
        return _analyze(args)
    except AnalysisError as exc:  # CorpusError included: the message names the file or folder
        say(f"error: {exc}", err=True)
        return EXIT_NOTHING
    except KeyboardInterrupt:
        say("interrupted: tables already on disk are the previous complete ones", err=True)
        return 130


def _analyze(args: argparse.Namespace) -> int:
    """Analyse a folder; report bad files one line each; return the exit status."""
    formats = ("csv", "parquet") if args.format == "both" else (args.format,)
    tables = run_analysis(args.seeds_dir, args.out, formats=formats, n_process=args.processes,
                          batch_size=args.batch_size, use_cache=not args.no_cache,
                          progress=not args.quiet, engine=args.engine, scheduler=args.scheduler,
                          keep=False, max_bytes=args.max_bytes,
                          columns=Columns().preferring(**{f: getattr(args, f"column_{f}")
                                                          for f in COLUMN_FLAGS.values()}),
                          languages=() if args.languages == "any" else tuple(args.languages.split(",")))
    docs = tables["documents"]
    bad = docs[docs["status"] != "ok"]
    for row in bad.itertuples(index=False):
        inside = str(row.container).partition("#")[2] if isinstance(row.container, str) else ""
        where = f"{row.path}#{inside}" if inside else row.path  # the row or record of a container
        say(f"{row.status}: {where}: {row.error}", err=True)
    ok = int((docs["status"] == "ok").sum())
    say(f"analysed {ok} of {len(docs)} documents; tables in {args.out}", err=True)
    return exit_status(docs)


def _evaluate(args: argparse.Namespace) -> int:
    """Print P/R/F1 on real text (public gold corpora) first, then against the own gold."""
    if not args.no_corpora:
        _evaluate_real_text(args.corpora)
    for name, frame in evaluate_all(args.gold).items():
        say(f"== own gold ({args.gold}): {name}")
        say(frame.to_string(index=False))
    return EXIT_OK


def _evaluate_real_text(root: str | None) -> None:
    """Print the real-text scores: attributions, hedges, entities (each credits its corpus)."""
    if corpora_dir(root) is None:
        say("real text: skipped (no public gold corpora folder; see --corpora)", err=True)
        return
    say("== attributions on real text (PolNeAR, Newell et al. 2018; GUM, Zeldes 2017)")
    say(attribution_scores(root=root).to_string(index=False))
    for name, frame in hedging_scores(root=root).items():
        say(f"== {name}")
        say(frame.to_string(index=False))
    say("== entities on real text (GUM dev genres, Zeldes 2017)")
    try:
        say(evaluate_gum_entities(root=root).to_string(index=False))
    except GoldCorpusError as exc:
        say(f"skipped: {exc}")


def _report(args: argparse.Namespace) -> int:
    """Render the report and name what was written."""
    for name, path in build_report(Path(args.seeds), Path(args.out)).items():
        say(f"{name}: {path if path else 'skipped (chromium not installed)'}", err=True)
    return EXIT_OK


def _bench(args: argparse.Namespace, argv: list[str] | None) -> int:
    """Run the benchmark (or one internal phase), write its JSON and print its table."""
    if args.phase:
        processes = args.processes[0] if args.processes else 1
        result = benchmark.run_phase(args.phase, Path(args.folder), Path(args.work_out),
                                 processes=processes, batch_size=args.batch_size)
        benchmark.write_json_atomic(result, Path(args.result))
        return EXIT_OK

    def log(message: str) -> None:
        if not args.quiet:
            say(message, err=True)

    words = argv if argv is not None else sys.argv[1:]
    report = benchmark.run_benchmark(
        sizes=args.sizes or (benchmark.SMALL_SIZES if args.small else benchmark.DEFAULT_SIZES),
        processes=args.processes or (benchmark.SMALL_PROCESSES if args.small else benchmark.DEFAULT_PROCESSES),
        batch_size=args.batch_size, corpus_kind=args.corpus, workdir=args.workdir,
        memory_sizes=args.memory_sizes or (() if args.small else benchmark.MEMORY_SIZES),
        command="python -m analysis " + " ".join(words), log=log)
    benchmark.write_json_atomic(report, Path(args.out))
    say(benchmark.format_table(report["runs"]))
    if report["memory_check"]:
        say(benchmark.format_memory(report["memory_check"]))
    say(f"corpus: {report['corpus']['source']}; JSON: {args.out}")
    return EXIT_OK

