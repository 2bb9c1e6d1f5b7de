"""Command line: ``python -m analysis analyze SEEDS_DIR --out OUT_DIR``.

Exit status: 0 every document analysed; 2 some documents skipped or rejected (named on
stderr, one line each); 1 nothing could be analysed (missing or empty folder, no readable file).
"""

from __future__ import annotations

import argparse
import sys

from analysis.errors import AnalysisError, CorpusError

EXIT_OK, EXIT_NOTHING, EXIT_SOME = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the CLI."""
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Read news the way an editor does: entities, attributions (who says what) "
                    "and hedging by source, as tidy tables.")
    sub = parser.add_subparsers(dest="command", required=True)
    analyze = sub.add_parser(
        "analyze", help="analyse every .txt/.html article in a folder and write the tables",
        description="Writes documents, sentences, entities, attributions and hedges tables "
                    "(CSV; Parquet with --format) to OUT_DIR. The input folder is never written.")
    analyze.add_argument("seeds_dir", help="folder of articles (.txt, .html; optional metadata.csv)")
    analyze.add_argument("--out", required=True, help="output folder for the tables")
    analyze.add_argument("--format", choices=("csv", "parquet", "both"), default="csv",
                         help="table format (default csv; parquet for large corpora)")
    analyze.add_argument("--processes", type=int, default=1, help="worker processes (default 1)")
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
    evaluate = sub.add_parser("evaluate", help="score the rules against the gold annotations")
    evaluate.add_argument("--gold", default="tests/gold", help="gold folder (default tests/gold)")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit status."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "evaluate":
            return _evaluate(args)
        return _analyze(args)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_NOTHING
    except AnalysisError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_NOTHING
    except KeyboardInterrupt:
        print("interrupted: tables already on disk are the previous complete ones", file=sys.stderr)
        return 130


def _analyze(args: argparse.Namespace) -> int:
    """Analyse a folder; report bad files one line each; return the exit status."""
    from analysis.pipeline import run_analysis

    formats = ("csv", "parquet") if args.format == "both" else (args.format,)
    tables = run_analysis(args.seeds_dir, args.out, formats=formats, n_process=args.processes,
                          batch_size=args.batch_size, use_cache=not args.no_cache,
                          progress=not args.quiet, engine=args.engine, scheduler=args.scheduler,
                          keep=False, max_bytes=args.max_bytes,
                          languages=() if args.languages == "any" else tuple(args.languages.split(",")))
    docs = tables["documents"]
    bad = docs[docs["status"] != "ok"]
    for row in bad.itertuples(index=False):
        print(f"{row.status}: {row.path}: {row.error}", file=sys.stderr)
    ok = int((docs["status"] == "ok").sum())
    print(f"analysed {ok} of {len(docs)} documents; tables in {args.out}", file=sys.stderr)
    if ok == 0:
        return EXIT_NOTHING
    return EXIT_SOME if len(bad) else EXIT_OK


def _evaluate(args: argparse.Namespace) -> int:
    """Print P/R/F1 of every layer against the gold annotations."""
    from analysis.evaluation import evaluate_all

    for name, frame in evaluate_all(args.gold).items():
        print(f"== {name}")
        print(frame.to_string(index=False))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
