"""A small learned scorer: is this verb an attribution cue?

The lexicons in lexicon.py name the common cues; news uses hundreds more
("questioned", "declined", "pointed to") and also uses the common ones in
non-attributing senses. A logistic model over sparse features of the parse
(lemma, dependents, subject, quotation context) scores each verb. It is
trained by ``scripts/train_cue_model.py`` on the PolNeAR training set; the
weights ship in ``redline/data/cue_model.json`` (plain JSON, CPU only).
"""

from __future__ import annotations

import functools
import json
import math
from importlib import resources

from spacy.tokens import Token

from redline.statements.lexicon import SPEECH_VERBS, STANCE_VERBS

MODEL_FILE = "cue_model.json"


def cue_features(tok: Token, quoted: bool) -> list[str]:
    """Sparse features of a candidate cue token (strings, presence = 1)."""
    lemma = tok.lemma_.lower()
    lex = "speech" if lemma in SPEECH_VERBS else "stance" if lemma in STANCE_VERBS else "none"
    feats = [
        "bias",
        f"lemma={lemma}",
        f"dep={tok.dep_}",
        f"tag={tok.tag_}",
        f"lex={lex}",
        f"lex_dep={lex}|{tok.dep_}",
        f"quoted={quoted}",
        f"head_lemma={tok.head.lemma_.lower()}" if tok.head is not tok else "head=self",
    ]
    deps = set()
    for child in tok.children:
        dep = child.dep_
        if dep == "prep":
            dep = f"prep:{child.lower_}"
        deps.add(dep)
        if child.dep_ in ("nsubj", "nsubjpass", "agent"):
            subj = child if child.dep_ != "agent" else next(iter(child.children), child)
            feats.append(f"subj_pos={subj.pos_}")
            feats.append(f"subj_ent={subj.ent_type_ or '-'}")
            if subj.pos_ == "PRON":
                feats.append(f"subj_pron={subj.lower_}")
            feats.append(f"subj_lemma={subj.lemma_.lower()}")
    for dep in deps:
        feats.append(f"child={dep}")
        feats.append(f"lemma_child={lemma}|{dep}")
        feats.append(f"lex_child={lex}|{dep}")
    if "ccomp" not in deps and "xcomp" not in deps and "dobj" not in deps:
        feats.append(f"lemma_bare={lemma}")
    nxt = tok.nbor(1).lower_ if tok.i + 1 < len(tok.doc) else "<end>"
    prev = tok.nbor(-1).lower_ if tok.i > 0 else "<start>"
    feats.append(f"next={nxt}")
    feats.append(f"prev={prev}")
    return feats


class CueModel:
    """Logistic scorer over ``cue_features``."""

    def __init__(self, weights: dict[str, float]) -> None:
        self.weights = weights

    def probability(self, tok: Token, quoted: bool) -> float:
        """P(cue) for ``tok``."""
        z = sum(self.weights.get(f, 0.0) for f in cue_features(tok, quoted))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@functools.cache
def load_cue_model() -> CueModel | None:
    """The shipped model, or None when the package has none (rules only)."""
    try:
        text = (resources.files("redline") / "data" / MODEL_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return CueModel(json.loads(text)["weights"])


def is_candidate(tok: Token) -> bool:
    """Tokens the model scores: verbs (not auxiliaries)."""
    return tok.pos_ == "VERB" or (tok.tag_.startswith("VB") and tok.dep_ not in ("aux", "auxpass"))
