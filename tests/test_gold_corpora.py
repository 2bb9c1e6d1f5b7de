"""The readers of the public gold corpora (skipped, saying so, when ../shared/corpora is absent)."""

from __future__ import annotations

import pytest

from analysis.evaluation import corpora

ROOT = corpora.corpora_dir()
needs_corpora = pytest.mark.skipif(ROOT is None, reason="gold corpora folder not found "
                                   "(../shared/corpora or $NEWSREAD_CORPORA): real-text checks skipped")


def test_brat_fragments_and_events():
    ann = "T1\tSource 0 2\tHe\nT2\tCue 3 7;10 12\tsaid\nT3\tContent 13 20\tit rains\nE1\tAttribution:T2 Cue:T2 Source:T1 Content:T3\n"
    (found,) = corpora.read_brat(ann)
    assert found.source == ((0, 2),) and found.cue == ((3, 7), (10, 12)) and found.content == ((13, 20),)


def test_test_split_is_refused():
    with pytest.raises(corpora.GoldCorpusError, match="held out"):
        corpora.polnear("test")


@needs_corpora
def test_polnear_dev_spans_point_into_text():
    docs = corpora.polnear("dev")
    assert len(docs) == 84
    for doc in docs:
        for a in doc.attributions:
            for start, end in a.source + a.cue + a.content:
                assert 0 <= start < end <= len(doc.text)


@needs_corpora
def test_gum_and_szeged_spans_match_their_text():
    for doc in corpora.gum():
        for e in doc.entities:
            assert doc.text[e["span"][0]:e["span"][1]] == e["text"]
    docs = corpora.szeged_wiki()
    cue_types = {c.cue_type for d in docs for c in d.cues}
    assert {"modal_probable", "hypo_doxastic", "hypo_condition", "hypo_investigation"} <= cue_types
    assert all(d.text[s:e].strip() for d in docs for c in d.cues for s, e in c.spans)
