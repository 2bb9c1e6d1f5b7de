"""A run killed at any moment leaves the previous complete tables or the new ones, never half."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_cb6ded0eeada37bf.txt"
TABLES = ("documents", "sentences", "entities", "attributions", "hedges")


def make_corpus(folder: Path, n: int, tag: str) -> None:
    folder.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for i in range(n):
        (folder / f"{tag}_{i:03d}.txt").write_text(f"Report {tag} {i}.\n{text}", encoding="utf-8")


def snapshot(out: Path) -> dict[str, bytes]:
    return {t: (out / f"{t}.csv").read_bytes() for t in TABLES if (out / f"{t}.csv").exists()}


def cli(folder: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "analysis", "analyze", str(folder), "--out", str(out), "--no-cache",
            "--quiet"]


@pytest.mark.slow
def test_sigkill_never_leaves_half_a_table(tmp_path):
    old, new = tmp_path / "old", tmp_path / "new"
    make_corpus(old, 2, "old")
    make_corpus(new, 30, "new")
    previous_out, final_out = tmp_path / "prev", tmp_path / "final"
    subprocess.run(cli(old, previous_out), check=True, capture_output=True)
    subprocess.run(cli(new, final_out), check=True, capture_output=True)
    previous, final = snapshot(previous_out), snapshot(final_out)
    assert previous and final and previous != final
    for delay in (0.3, 1.5, 3.0, 4.5, 6.0):
        out = tmp_path / f"run_{delay}"
        shutil.copytree(previous_out, out)
        proc = subprocess.Popen(cli(new, out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        for table in TABLES:
            data = (out / f"{table}.csv").read_bytes()
            assert data in (previous[table], final[table]), f"{table} half-written after {delay}s"
        leftovers = [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
        # temporary files may remain after SIGKILL; the next run removes them
        if leftovers:
            subprocess.run(cli(old, out), check=True, capture_output=True)
            assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    assert os.listdir(new)  # input untouched
