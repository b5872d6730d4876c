"""The learned event vetter: keep or drop each candidate event the rules coded.

The coder (``code.py``) proposes events clause by clause; some are events a
reader would not code (a trigger word in the background of another event,
an attack only named inside a condemnation). The vetter scores each
candidate with a logistic model over sparse features the coder already
computed (type, quad class, trigger part of speech and dependency,
auxiliaries and negation, its arguments' kinds, whether it sits inside a
quotation or under another event's trigger, the other events of its
sentence) and drops those below the model's threshold.

The weights are trained by ``scripts/train_event_vetter.py`` on the
development records and ship in ``redline/data/event_vetter.json`` (plain
JSON, read once per process); inference is a dictionary lookup per feature.
A model file whose ``enabled`` is false (cross-validation showed no gain)
keeps every candidate.

``collecting()`` lets the training script see every candidate with its
features, unvetted.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import json
import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from spacy.tokens import Span, Token

from redline.events.ontology import BASE_INTENSITY, QUAD
from redline.types import ActorRef, Event

MODEL_FILE = "event_vetter.json"
# Organisation code prefixes (CAMEO): an actor that is neither a state nor a bare sector.
_ORG_PREFIXES = ("IGO", "NGO", "IMG", "MNC", "UIS")
_AUX_WORDS = frozenset("will would could might may must should can shall has have had".split())


@dataclass(slots=True)
class Candidate:
    """A coded event with what the vetter reads about it.

    head: the trigger's first token (None when it came from another parse,
        the re-cased headline); used for the sentence-level features.
    """

    event: Event
    features: list[str]
    head: Token | None


@dataclass(frozen=True, slots=True)
class VetterModel:
    """Logistic weights over sparse features, with the keep threshold."""

    weights: dict[str, float]
    threshold: float
    lemmas: bool  # whether the model reads lemma-identity features
    enabled: bool = True

    def score(self, features: Sequence[str]) -> float:
        """P(the candidate is an event to keep)."""
        z = sum(map(self.weights.get, features, itertools.repeat(0.0, len(features))))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self, **meta) -> dict:
        """The model as the JSON object ``load_model`` reads."""
        return {"enabled": self.enabled, "threshold": self.threshold, "lemmas": self.lemmas,
                **meta, "weights": {k: round(v, 5) for k, v in sorted(self.weights.items())}}


def load_model(path: str | Path | None = None) -> VetterModel | None:
    """The vetter model at ``path`` (the package's own when None); None when
    the package ships none."""
    if path is None:
        res = resources.files("redline.data").joinpath(MODEL_FILE)
        if not res.is_file():
            return None
        data = json.loads(res.read_text(encoding="utf-8"))
    else:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    return VetterModel(weights={k: float(v) for k, v in data["weights"].items()},
                       threshold=float(data["threshold"]), lemmas=bool(data.get("lemmas")),
                       enabled=bool(data.get("enabled", True)))


@functools.cache
def builtin_model() -> VetterModel | None:
    """The shipped model, read once per process."""
    return load_model()


# -- collection for training ---------------------------------------------------

_collector: list[list[Candidate]] | None = None


@contextlib.contextmanager
def collecting() -> Iterator[list[list[Candidate]]]:
    """While open, ``code_events`` keeps every candidate (no vetting) and
    appends each article's candidates, in event order, to the list yielded."""
    global _collector
    previous, _collector = _collector, []
    try:
        yield _collector
    finally:
        _collector = previous


# -- features -------------------------------------------------------------------

def _actor_kind(refs: tuple[ActorRef, ...], sector_only: Callable[[str | None], bool]) -> str:
    if not refs:
        return "none"
    code = refs[0].code
    if not code:
        return "nocode"
    if code.startswith(_ORG_PREFIXES):
        return "org"
    if sector_only(code):
        return "sector"
    return "state" if len(code) == 3 else "state_sector"


def _depth(tok: Token) -> int:
    n = 0
    while tok.head is not tok and n < 8:
        tok = tok.head
        n += 1
    return n


def candidate_features(tokens: Sequence[Token], etype: str, mode: str | None, appeal: bool,
                       sources: tuple[ActorRef, ...], targets: tuple[ActorRef, ...],
                       sent: Span, *, quoted: bool, reported: bool, headline: bool,
                       sector_only: Callable[[str | None], bool], lemmas: bool = True) -> list[str]:
    """Sparse features of one candidate event (strings, presence = 1).

    Lemma-identity features (``lemma=``) are always computed; a model that
    does not read them simply has no weight for them.
    """
    head = tokens[0]
    quad = QUAD[etype] if etype != "REQUEST" else (0 if appeal else 3)
    pos = head.pos_ if head.pos_ in ("VERB", "NOUN", "ADJ", "PROPN") else "OTHER"
    src = _actor_kind(sources, sector_only)
    tgt = _actor_kind(targets, sector_only)
    feats = [
        "bias", f"type={etype}", f"quad={quad}", f"type_mode={etype}|{mode}",
        f"pos={pos}", f"type_pos={etype}|{pos}", f"dep={head.dep_}", f"quad_dep={quad}|{head.dep_}",
        f"tag={head.tag_}", f"ntok={min(len(tokens), 3)}", f"src={src}", f"tgt={tgt}",
        f"quad_src={quad}|{src}", f"quad_tgt={quad}|{tgt}", f"src_tgt={src}|{tgt}",
        f"quoted={quoted}", f"quad_quoted={quad}|{quoted}", f"reported={reported}",
        f"quad_reported={quad}|{reported}", f"headline={headline}",
        f"depth={min(_depth(head), 4)}", f"root={head.dep_ == 'ROOT'}",
    ]
    if sources and targets and sources[0].code and targets[0].code \
            and sources[0].code[:3] == targets[0].code[:3]:
        feats.append(f"same_side|{quad}")
    if head.head is not head:
        feats.append(f"head_pos={head.head.pos_}|{head.dep_}")
        feats.append(f"quad_head_pos={quad}|{head.head.pos_}")
    for c in head.children:
        dep = c.dep_
        if dep in ("aux", "auxpass") and c.lower_ in _AUX_WORDS:
            feats.append(f"aux={c.lemma_.lower()}")
        elif dep == "neg":
            feats.append("neg")
        elif dep == "mark":
            feats.append(f"mark={c.lower_}")
        elif dep == "det":
            feats.append(f"det={c.lower_}|{pos}")
        elif dep == "prep":
            feats.append(f"child=prep:{c.lower_}")
            feats.append(f"quad_child={quad}|prep:{c.lower_}")
        elif dep not in ("punct", "cc", "compound", "amod", "advmod", "npadvmod", "appos"):
            feats.append(f"child={dep}")
            feats.append(f"quad_child={quad}|{dep}")
    feats.append(f"sent_pos={'first' if head.i - sent.start < 4 else 'mid'}")
    # the verb whose clausal complement holds the event ("claimed that they had attacked")
    t = head
    for _ in range(6):
        if t.head is t:
            break
        if t.dep_ in ("ccomp", "parataxis"):
            feats.append(f"report={t.head.lemma_.lower()}")
            feats.append(f"report_quad={t.head.lemma_.lower()}|{quad}")
            break
        t = t.head
    if lemmas:
        lemma = head.lemma_.lower()
        feats.append(f"lemma={lemma}")
        feats.append(f"lemma_type={lemma}|{etype}")
    return feats


def _magnitude(ev: Event) -> float:
    if ev.intensity is not None:
        return abs(ev.intensity)
    return abs(BASE_INTENSITY.get(ev.type, 0.0))


def add_context(cands: Sequence[Candidate]) -> None:
    """Features that need the other candidates: how many share the sentence,
    whether this one is the strongest there, whether another event's trigger
    governs it ("condemned the attack": the attack is under the condemnation),
    and the quad class of the strongest other event."""
    by_sent: dict[tuple[int, int], list[Candidate]] = {}
    for c in cands:
        by_sent.setdefault(c.event.sentence, []).append(c)
    for group in by_sent.values():
        heads = {c.head.i: c for c in group if c.head is not None}
        for c in group:
            others = [o for o in group if o is not c]
            c.features.append(f"n_sent={min(len(group), 3)}")
            if not others:
                continue
            mine = _magnitude(c.event)
            strongest = max(others, key=lambda o: _magnitude(o.event))
            q = QUAD[c.event.type]
            oq = QUAD[strongest.event.type]
            rank = "top" if mine > _magnitude(strongest.event) else "tie" if mine == _magnitude(
                strongest.event) else "below"
            c.features.append(f"rank={rank}")
            c.features.append(f"quad_other={q}|{oq}|{rank}")
            if c.head is not None:
                anc = next((a for a in c.head.ancestors if a.i in heads and heads[a.i] is not c), None)
                if anc is not None:
                    c.features.append(f"under={QUAD[heads[anc.i].event.type]}")
                    c.features.append(f"under_q={q}|{QUAD[heads[anc.i].event.type]}")
                if any(c.head.i in {a.i for a in o.head.ancestors} for o in others if o.head is not None):
                    c.features.append(f"over={q}")


def wants_features(model: VetterModel | None) -> bool:
    """Whether candidates need their features: a model in use, or a collector open."""
    return _collector is not None or (model is not None and model.enabled)


def vet(cands: Sequence[Candidate], model: VetterModel | None) -> list[Event]:
    """The candidates' events the model keeps, in order (all without a model)."""
    if _collector is not None:
        _collector.append(list(cands))
        return [c.event for c in cands]
    if model is None or not model.enabled:
        return [c.event for c in cands]
    return [c.event for c in cands if model.score(c.features) >= model.threshold]
