"""Figures: titled, labelled, colour-blind-safe, each saved as PNG and SVG with its CSV beside it."""

from __future__ import annotations

import os
from pathlib import Path

import matplotlib  # noqa: F401  (backend: Agg headless, inline in notebooks)
import matplotlib.pyplot as plt
import pandas as pd

#: Okabe-Ito palette (colour-blind safe).
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
plt.rcParams.update({"svg.hashsalt": "newsread", "font.family": "DejaVu Sans",
                     "figure.dpi": 100, "savefig.dpi": 150})


def save_figure(fig, data: pd.DataFrame, *, name: str, folder: str | os.PathLike) -> Path:
    """Save ``fig`` as NAME.png and NAME.svg and ``data`` as NAME.csv; return the PNG path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    data.to_csv(folder / f"{name}.csv", index=False, lineterminator="\n")
    fig.savefig(folder / f"{name}.png", bbox_inches="tight", metadata={"Software": None})
    fig.savefig(folder / f"{name}.svg", bbox_inches="tight", metadata={"Date": None})
    return folder / f"{name}.png"


def barh(data: pd.DataFrame, *, label: str, value: str, hue: str | None = None, title: str,
         xlabel: str, caption: str, name: str, folder: str | os.PathLike, top: int = 15):
    """Return a horizontal bar chart of ``value`` by ``label`` (largest on top), saved with its CSV."""
    shown = data.head(top).iloc[::-1]
    categories = list(dict.fromkeys(shown[hue])) if hue else []
    colours = [PALETTE[categories.index(v) % len(PALETTE)] for v in shown[hue]] if hue else PALETTE[0]
    fig, ax = plt.subplots(figsize=(7.5, 0.35 * len(shown) + 1.6))
    ax.barh(shown[label].astype(str), shown[value], color=colours)
    ax.set_title(title, loc="left", fontsize=12)
    ax.set_xlabel(xlabel)
    ax.spines[["top", "right"]].set_visible(False)
    if hue:
        handles = [plt.Rectangle((0, 0), 1, 1, color=PALETTE[i % len(PALETTE)]) for i in range(len(categories))]
        ax.legend(handles, categories, title=hue.replace("_", " "), frameon=False, fontsize=8,
                  loc="lower right")
    fig.text(0, -0.02, caption, fontsize=8, color="#444444", ha="left", va="top", wrap=True)
    save_figure(fig, data.head(top), name=name, folder=folder)
    return fig


def diverging(data: pd.DataFrame, *, label: str, hedges: str, boosters: str, title: str,
              xlabel: str, caption: str, name: str, folder: str | os.PathLike, top: int = 15):
    """Return a chart with hedges to the left and boosters to the right per source, saved with CSV."""
    shown = data.head(top).iloc[::-1]
    fig, ax = plt.subplots(figsize=(7.5, 0.4 * len(shown) + 1.6))
    ax.barh(shown[label].astype(str), -shown[hedges], color=PALETTE[3], label="hedges")
    ax.barh(shown[label].astype(str), shown[boosters], color=PALETTE[0], label="boosters")
    ax.axvline(0, color="#333333", linewidth=0.8)
    ax.set_title(title, loc="left", fontsize=12)
    ax.set_xlabel(xlabel)
    ticks = ax.get_xticks()
    ax.set_xticks(ticks)
    ax.set_xticklabels([f"{abs(t):g}" for t in ticks])
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(frameon=False, fontsize=8, loc="lower right")
    fig.text(0, -0.02, caption, fontsize=8, color="#444444", ha="left", va="top", wrap=True)
    save_figure(fig, data.head(top), name=name, folder=folder)
    return fig
