"""The evidence view: an article with its spans highlighted, every character of article text escaped.

Layers: entity mentions (underlined by type), sources, reporting cues, hedges and boosters.
Overlapping spans nest: the renderer opens and closes tags at span boundaries, so a hedge
inside a quoted source's content shows both.
"""

from __future__ import annotations

import html

import pandas as pd

LAYERS = {
    "entity": ("#56B4E9", "entity mention (people, organisations, places …)"),
    "source": ("#E69F00", "source of an attribution"),
    "cue": ("#009E73", "reporting cue / credit"),
    "hedge": ("#D55E00", "hedge"),
    "booster": ("#0072B2", "booster"),
}
STYLE = """<style>
.nr-doc{font-family:Georgia,serif;line-height:1.7;max-width:60em}
.nr-doc p{margin:0 0 .8em 0}
.nr-entity{border-bottom:2px solid #56B4E9}
.nr-source{background:#E69F0033;border-radius:3px}
.nr-cue{background:#009E7333;font-weight:bold;border-radius:3px}
.nr-hedge{background:#D55E0040;border-bottom:2px dotted #D55E00}
.nr-booster{background:#0072B240;border-bottom:2px solid #0072B2}
.nr-legend span{display:inline-block;margin-right:1em;padding:0 .3em}
.nr-article summary{cursor:pointer;font-weight:bold;padding:.2em 0}
#nr-search{width:100%;max-width:40em;padding:.3em;margin:.5em 0 1em 0;font-size:11pt}
</style>"""
#: Classes that stop MathJax (classic Notebook and JupyterLab) typesetting dollar amounts as maths.
NO_MATH = "tex2jax_ignore mathjax_ignore"
SEARCH_BOX = (STYLE + '<input id="nr-search" type="search" placeholder="Search the articles '
              '(a word, a name, a document id)" aria-label="Search the articles">'
              '<p id="nr-count"></p>')
#: Keeps the articles whose text contains the query, opens them when a query is typed.
SEARCH_SCRIPT = """<script>
(function () {
  const box = document.getElementById("nr-search");
  const count = document.getElementById("nr-count");
  const articles = Array.from(document.querySelectorAll("#nr-evidence details.nr-article"));
  if (!box) return;
  function filter() {
    const q = box.value.trim().toLowerCase();
    let shown = 0;
    for (const a of articles) {
      const hit = !q || a.textContent.toLowerCase().includes(q);
      a.style.display = hit ? "" : "none";
      a.open = Boolean(q) && hit;
      shown += hit ? 1 : 0;
    }
    count.textContent = shown + " of " + articles.length + " articles" + (q ? " contain \u201c" + box.value.trim() + "\u201d" : " (click a title to open it)");
  }
  box.addEventListener("input", filter);
  filter();
})();
</script>"""


def spans_for(doc_id: str, tables: dict[str, pd.DataFrame]) -> list[tuple[int, int, str, str]]:
    """Return ``(start, end, layer, title)`` spans of one document, from the tables."""
    out: list[tuple[int, int, str, str]] = []
    for r in tables["entities"].query("doc_id == @doc_id").itertuples():
        out.append((r.start_char, r.end_char, "entity", f"{r.label}: {r.entity}"))
    for r in tables["attributions"].query("doc_id == @doc_id").itertuples():
        if pd.notna(r.source_start_char) and r.source_text:
            out.append((int(r.source_start_char), int(r.source_end_char), "source",
                        f"source: {r.source} ({r.source_type}, {r.kind})"))
        if pd.notna(r.cue_start_char):
            out.append((int(r.cue_start_char), int(r.cue_end_char), "cue",
                        f"cue: {r.cue_lemma} → {r.source}"))
    for r in tables["hedges"].query("doc_id == @doc_id").itertuples():
        out.append((r.start_char, r.end_char, r.kind, f"{r.kind} ({r.category}) — {r.source}"))
    return out


def render_html(text: str, spans: list[tuple[int, int, str, str]]) -> str:
    """Return HTML of ``text`` with spans wrapped in ``<span class="nr-LAYER">``; text is escaped.

    Crossing spans are closed and reopened so the markup always nests.
    """
    starts: dict[int, list[tuple[int, str, str]]] = {}
    for start, end, layer, title in sorted(spans, key=lambda s: (s[0], -s[1])):
        if 0 <= start < end <= len(text):
            starts.setdefault(start, []).append((end, layer, title))
    parts: list[str] = ["<p>"]
    stack: list[tuple[int, str, str]] = []
    for i in range(len(text) + 1):
        if any(end == i for end, _, _ in stack):
            keep = [s for s in stack if s[0] != i]
            parts.append("</span>" * len(stack))
            stack = []
            for item in keep:
                parts.append(_open(item))
                stack.append(item)
        for item in starts.get(i, []):
            parts.append(_open(item))
            stack.append(item)
        if i < len(text):
            ch = text[i]
            if ch == "\n":
                parts.append("</span>" * len(stack) + "</p><p>" + "".join(_open(s) for s in stack))
            elif ch != "\r":
                parts.append(html.escape(ch, quote=True))
    parts.append("</span>" * len(stack) + "</p>")
    return "".join(parts).replace("<p></p>", "")


def _open(item: tuple[int, str, str]) -> str:
    """Return the opening tag of one span."""
    _, layer, title = item
    return f'<span class="nr-{layer}" title="{html.escape(title, quote=True)}">'


def legend_html() -> str:
    """Return the colour legend of the evidence view."""
    items = "".join(f'<span class="nr-{layer}">{html.escape(desc)}</span>'
                    for layer, (_, desc) in LAYERS.items())
    return f'<div class="nr-legend">{items}</div>'


def document_html(doc_id: str, text: str, tables: dict[str, pd.DataFrame], *, title: str = "",
                  legend: bool = True) -> str:
    """Return the full evidence block of one document: heading, legend and highlighted text.

    Without ``title`` there is no heading (a collapsible block names the article itself).
    """
    heading = f"<h4>{html.escape(title)}</h4>" if title else ""
    body = render_html(text, spans_for(doc_id, tables))
    return f'{STYLE}{heading}{legend_html() if legend else ""}<div class="nr-doc">{body}</div>'


def corpus_html(tables: dict[str, pd.DataFrame], *, texts: dict[str, str],
                searchable: bool = True) -> str:
    """Return the evidence blocks of the documents in ``texts`` (``{doc_id: text}``), in that order.

    With ``searchable``, each article is a collapsible block under a search box that keeps the
    articles whose text or title contains what is typed (and opens them).
    """
    titles = dict(zip(tables["documents"]["doc_id"], tables["documents"]["title"].fillna("")))
    blocks = []
    for doc_id, text in texts.items():
        title = f"{doc_id} — {titles[doc_id]}" if titles.get(doc_id) else doc_id
        if searchable:
            block = (f'<details class="nr-article"><summary>{html.escape(title)}</summary>'
                     f"{document_html(doc_id, text, tables, legend=False)}</details>")
        else:
            block = document_html(doc_id, text, tables, title=title)
        blocks.append(block)
    body = "\n".join(blocks)
    if not searchable:
        return f'<div class="{NO_MATH}">{body}</div>'
    return (f'<div id="nr-evidence" class="{NO_MATH}">{SEARCH_BOX}{legend_html()}{body}</div>'
            f"{SEARCH_SCRIPT}")
