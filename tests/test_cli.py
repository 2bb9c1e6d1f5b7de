"""The command line as a user runs it: exit codes, messages, untouched input, determinism."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_cb6ded0eeada37bf.txt"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", *args], check=False, capture_output=True,
                          text=True, timeout=300, env={"CI": "true", "PATH": "/usr/bin:/bin"})


def hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mixed")
    shutil.copy(SEED, folder / SEED.name)
    shutil.copy(SEED, folder / "copy_of_seed.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "hostile.txt").write_text(
        '=HYPERLINK("http://x") <script>alert(1)</script> Officials said the vote was fair.')
    return folder


@pytest.fixture(scope="module")
def mixed_run(mixed, tmp_path_factory):
    before = hashes(mixed)
    out = tmp_path_factory.mktemp("out")
    result = run("analyze", str(mixed), "--out", str(out), "--no-cache")
    return before, out, result


def test_help_explains_the_command():
    result = run("analyze", "--help")
    assert result.returncode == 0 and "--out" in result.stdout and "Parquet" in result.stdout


def test_bad_files_named_and_good_ones_analysed(mixed, mixed_run):
    _, out, result = mixed_run
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    for name in ("empty.txt", "image.txt", "copy_of_seed.txt"):
        assert any(name in line for line in result.stderr.splitlines()), result.stderr
    docs = (out / "documents.csv").read_text()
    assert "000_cb6ded0eeada37bf" in docs and "duplicate of 000_cb6ded0eeada37bf" in docs


def test_input_folder_unchanged(mixed, mixed_run):
    before, _, _ = mixed_run
    assert hashes(mixed) == before


def test_rerun_is_byte_identical(mixed, mixed_run, tmp_path):
    _, out, _ = mixed_run
    again = run("analyze", str(mixed), "--out", str(tmp_path))
    assert again.returncode == 2
    for name in ("documents", "sentences", "entities", "attributions", "hedges"):
        assert (tmp_path / f"{name}.csv").read_bytes() == (out / f"{name}.csv").read_bytes(), name


@pytest.mark.parametrize("setup", ["missing", "empty"])
def test_nothing_to_analyse_exits_1(tmp_path, setup):
    folder = tmp_path / "in"
    if setup == "empty":
        folder.mkdir()
    result = run("analyze", str(folder), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert str(folder) in result.stderr and "Traceback" not in result.stderr


def test_all_good_exits_0(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder)
    result = run("analyze", str(folder), "--out", str(tmp_path / "out"), "--format", "both")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "hedges.parquet").is_file()
