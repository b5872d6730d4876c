"""The learned attribution tagger: which words are cues, and which of a
cue's arguments are its content and its source.

The lexicons (lexicon.py) and the clause rules (cues.py) know the common
verbs of speech and the usual shapes of a report; news uses hundreds more
cue words ("cited", "pointed to", "embraced the idea of", "his claim that")
and shapes the rules never anticipated. The tagger labels tokens in two
steps, both logistic models over sparse features of the spaCy parse that
the pipeline already computes:

1. **cue**: every verb, noun and adjective gets P(it heads a cue);
2. **roles**: for a cue, each argument (a dependent's subtree, or the
   clause the cue hangs from) gets P(content) and P(source).

Each head also reads the token's tok2vec vector (``doc.tensor``, spaCy's
own contextual embedding, already computed by the parse): words the
training data never showed as cues still score by their likeness to those
it did.

A cue's content is the union of its content arguments, in one or two
pieces around the cue. The weights are trained by
``scripts/train_attribution_tagger.py`` on PolNeAR train and ship in
``redline/data/attribution_tagger.json`` (plain JSON, CPU only).
"""

from __future__ import annotations

import functools
import itertools
import json
import math
from dataclasses import dataclass
from importlib import resources

import numpy
from spacy.tokens import Doc, Token

from redline.statements.lexicon import SPEECH_VERBS, STANCE_VERBS

MODEL_FILE = "attribution_tagger.json"
CUE_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ"})
# Dependents that belong to the cue phrase itself ("has said", "did not
# say", "pointed out"), or carry no argument.
CUE_PHRASE_DEPS = frozenset({"aux", "auxpass", "neg", "prt"})
NON_ARGUMENT_DEPS = CUE_PHRASE_DEPS | {"punct", "cc", "det", "case", "dep", "space"}


# Prepositions whose object can be what a cue reports ("warned of X",
# "pointed to X"); the others ("by telephone", "at a rally") say how or where.
TOPIC_PREPOSITIONS = frozenset("about of on for against over to regarding concerning with".split())


def is_cue_candidate(tok: Token) -> bool:
    """Tokens the cue model scores: content words, not auxiliaries."""
    if tok.lower_ == "according":
        return True
    if tok.pos_ not in CUE_POS:
        return False
    return tok.dep_ not in ("aux", "auxpass") and tok.is_alpha


# A noun or adjective outside the lexicons reports something only with an
# argument of these kinds ("his claim that …", "critical of …"); scoring
# only those halves the words scored (of PolNeAR dev's 2,101 cue heads, 23
# are nouns or adjectives without one).
NOUN_ARGUMENT_DEPS = frozenset({"poss", "acl", "ccomp", "prep", "relcl", "nsubj"})
ADJ_ARGUMENT_DEPS = frozenset({"ccomp", "xcomp", "prep"})


def could_report(tok: Token) -> bool:
    """Whether a word outside the lexicons is worth scoring as a new cue:
    verbs always, nouns and adjectives only with a reporting argument."""
    if tok.pos_ == "NOUN":
        return any(c.dep_ in NOUN_ARGUMENT_DEPS for c in tok.children)
    if tok.pos_ == "ADJ":
        return any(c.dep_ in ADJ_ARGUMENT_DEPS for c in tok.children)
    return True


def _lex(lemma: str) -> str:
    return "speech" if lemma in SPEECH_VERBS else "stance" if lemma in STANCE_VERBS else "none"


def cue_features(tok: Token, quoted: bool) -> list[str]:
    """Sparse features of a candidate cue token (strings, presence = 1)."""
    lemma = tok.lemma_.lower()
    lex = _lex(lemma)
    pos = tok.pos_
    feats = [
        "bias",
        f"pos={pos}",
        f"lemma={lemma}",
        f"lemma_pos={lemma}|{pos}",
        f"dep={tok.dep_}",
        f"pos_dep={pos}|{tok.dep_}",
        f"tag={tok.tag_}",
        f"lex={lex}|{pos}",
        f"lex_dep={lex}|{tok.dep_}",
        f"quoted={quoted}",
        f"head_lemma={tok.head.lemma_.lower()}" if tok.head.i != tok.i else "head=self",
        f"head_pos={tok.head.pos_}|{tok.dep_}",
    ]
    deps = set()
    for child in tok.children:
        dep = child.dep_
        if dep == "prep":
            dep = f"prep:{child.lower_}"
        elif dep == "mark" or (dep == "ccomp" and any(g.dep_ == "mark" for g in child.children)):
            mark = next((g.lower_ for g in child.children if g.dep_ == "mark"), child.lower_)
            feats.append(f"clause_mark={mark}")
        deps.add(dep)
        if child.dep_ in ("nsubj", "nsubjpass", "agent", "poss"):
            subj = child if child.dep_ != "agent" else next(iter(child.children), child)
            feats.append(f"subj_pos={subj.pos_}|{pos}")
            feats.append(f"subj_ent={subj.ent_type_ or '-'}")
            if subj.pos_ == "PRON":
                feats.append(f"subj_pron={subj.lower_}")
    for dep in deps:
        feats.append(f"child={dep}|{pos}")
        feats.append(f"lemma_child={lemma}|{dep}")
        feats.append(f"lex_child={lex}|{dep}")
    if "ccomp" not in deps and "xcomp" not in deps and "dobj" not in deps and "acl" not in deps:
        feats.append(f"lemma_bare={lemma}")
    doc = tok.doc
    nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else "<end>"
    prev = doc[tok.i - 1].lower_ if tok.i > 0 else "<start>"
    feats.append(f"next={nxt}")
    feats.append(f"prev={prev}")
    feats.append(f"lemma_next={lemma}|{nxt}")
    return feats


@dataclass(slots=True)
class Argument:
    """One argument of a cue: a dependent's subtree, or the clause around
    the cue (``relation`` "HEAD"), as token index ranges."""

    head: Token
    relation: str
    pieces: list[tuple[int, int]]  # inclusive token ranges

    @property
    def first(self) -> int:
        return self.pieces[0][0]

    @property
    def last(self) -> int:
        return self.pieces[-1][1]

    def indices(self) -> range | list[int]:
        if len(self.pieces) == 1:
            return range(self.pieces[0][0], self.pieces[0][1] + 1)
        return [i for lo, hi in self.pieces for i in range(lo, hi + 1)]


def arguments(cue: Token) -> list[Argument]:
    """The candidate arguments of ``cue``: its dependents' subtrees and,
    when it hangs from another word, that word's subtree less the cue's."""
    found = []
    for child in cue.children:
        if child.dep_ in NON_ARGUMENT_DEPS:
            continue
        found.append(Argument(child, child.dep_, [(child.left_edge.i, child.right_edge.i)]))
    head = cue.head
    if head.i != cue.i:
        lo, hi = head.left_edge.i, head.right_edge.i
        clo, chi = cue.left_edge.i, cue.right_edge.i
        pieces = [(a, b) for a, b in ((lo, clo - 1), (chi + 1, hi)) if a <= b]
        if pieces:
            found.append(Argument(head, "HEAD", pieces))
    return found


def _length_bucket(n: int) -> str:
    return "1" if n <= 1 else "2-3" if n <= 3 else "4-8" if n <= 8 else "9-20" if n <= 20 else "21+"


def argument_features(cue: Token, arg: Argument, quoted: frozenset[int]) -> list[str]:
    """Sparse features of one argument of one cue."""
    doc = cue.doc
    lemma = cue.lemma_.lower()
    lex = _lex(lemma)
    cpos = cue.pos_
    rel = arg.relation if arg.relation != "HEAD" else f"HEAD:{cue.dep_}"
    if arg.relation == "prep":
        rel = f"prep:{arg.head.lower_}"
    side = "L" if arg.last < cue.i else "R" if arg.first > cue.i else "B"
    head = arg.head
    idx = arg.indices()
    n = len(idx)
    words = [doc[i] for i in idx]
    first = doc[arg.first]
    in_quote = sum(1 for i in idx if i in quoted)
    qshare = "none" if not in_quote else "all" if in_quote == n else "part"
    has_subj = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children)
    verbs = sum(1 for w in words if w.pos_ in ("VERB", "AUX"))
    feats = [
        "bias",
        f"rel={rel}",
        f"rel_side={rel}|{side}",
        f"rel_cpos={rel}|{cpos}",
        f"rel_lex={rel}|{lex}",
        f"rel_lemma={rel}|{lemma}",
        f"rel_len={rel}|{_length_bucket(n)}",
        f"rel_first={rel}|{first.lower_}",
        f"rel_hpos={rel}|{head.pos_}",
        f"rel_subj={rel}|{has_subj}",
        f"rel_verbs={rel}|{min(verbs, 2)}",
        f"rel_quote={rel}|{qshare}",
        f"hpos={head.pos_}",
        f"htag={head.tag_}",
        f"hent={head.ent_type_ or '-'}|{rel}",
        f"side={side}|{cpos}",
        f"first={first.lower_}",
        f"cue_dep={cue.dep_}|{rel}",
        f"lemma={lemma}",
    ]
    if head.pos_ == "PRON":
        feats.append(f"hpron={head.lower_}|{rel}")
    if arg.relation == "prep":
        pobj = next((c for c in head.children if c.dep_ in ("pobj", "pcomp")), None)
        if pobj is not None:
            feats.append(f"pobj={rel}|{pobj.pos_}|{pobj.ent_type_ or '-'}")
    siblings = {c.dep_ for c in cue.children}
    feats.append(f"rel_has_ccomp={rel}|{'ccomp' in siblings}")
    feats.append(f"rel_has_subj={rel}|{bool(siblings & {'nsubj', 'nsubjpass', 'agent'})}")
    return feats


def unit_rows(matrix: numpy.ndarray) -> numpy.ndarray:
    """Rows scaled to unit length (tok2vec outputs vary in size)."""
    norms = numpy.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / numpy.maximum(norms, 1e-6)


class _Head:
    """One logistic head: sparse feature weights and tok2vec weights."""

    def __init__(self, spec: dict) -> None:
        self.sparse: dict[str, float] = spec["sparse"]
        self.dense = numpy.asarray(spec.get("dense") or [], dtype="float32")

    def token_scores(self, vectors: numpy.ndarray | None) -> numpy.ndarray | None:
        """The dense part of the score for every token at once, from the
        document's unit-scaled tok2vec rows."""
        if vectors is None or not len(self.dense) or vectors.shape[1] != len(self.dense):
            return None
        return vectors @ self.dense

    def probability(self, feats: list[str], dense: float = 0.0) -> float:
        z = sum(map(self.sparse.get, feats, itertools.repeat(0.0, len(feats)))) + dense
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class AttributionTagger:
    """The three logistic heads: cue, content, source."""

    def __init__(self, heads: dict[str, dict]) -> None:
        self.cue = _Head(heads["cue"])
        self.content = _Head(heads["content"])
        self.source = _Head(heads["source"])

    def scores(self, doc: Doc) -> DocScores:
        """The dense parts of every head's scores for ``doc``, computed once."""
        vectors = unit_rows(doc.tensor) if doc.tensor.ndim == 2 and doc.tensor.shape[0] else None
        return DocScores(*(head.token_scores(vectors) for head in (self.cue, self.content, self.source)))

    def cue_probability(self, tok: Token, quoted: bool, scores: DocScores | None = None) -> float:
        """P(``tok`` heads an attribution cue)."""
        dense = scores.at(scores.cue, tok.i) if scores is not None else 0.0
        return self.cue.probability(cue_features(tok, quoted), dense)

    def roles(
        self, cue: Token, quoted: frozenset[int], scores: DocScores | None = None
    ) -> list[tuple[Argument, float, float]]:
        """Each argument of ``cue`` with P(content) and P(source)."""
        out = []
        for arg in arguments(cue):
            feats = argument_features(cue, arg, quoted)
            content = scores.at(scores.content, arg.head.i) if scores is not None else 0.0
            source = scores.at(scores.source, arg.head.i) if scores is not None else 0.0
            out.append((arg, self.content.probability(feats, content), self.source.probability(feats, source)))
        return out


@dataclass(slots=True)
class DocScores:
    """Per-token dense score parts of one document (None: no tensor)."""

    cue: numpy.ndarray | None
    content: numpy.ndarray | None
    source: numpy.ndarray | None

    @staticmethod
    def at(scores: numpy.ndarray | None, i: int) -> float:
        return float(scores[i]) if scores is not None else 0.0


@functools.cache
def load_tagger() -> AttributionTagger | None:
    """The shipped tagger, or None when the package has none (rules only)."""
    try:
        text = (resources.files("redline") / "data" / MODEL_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return AttributionTagger(json.loads(text)["heads"])


def cue_phrase(cue: Token) -> list[Token]:
    """The cue with its auxiliaries, negation and particle ("has said")."""
    return [cue] + [c for c in cue.children if c.dep_ in CUE_PHRASE_DEPS and -3 <= c.i - cue.i <= 2]


def decode_roles(
    cue: Token,
    roles: list[tuple[Argument, float, float]],
    content_threshold: float,
    source_threshold: float,
) -> tuple[list[tuple[int, int]], Token | None]:
    """The content as inclusive token ranges and the source's head token.

    The content is every argument the model calls content, less the cue
    phrase and the source; it falls into one piece on each side of the cue
    at most ("The sale, she said, was consistent with …").
    """
    source = max(((arg, ps) for arg, _, ps in roles if ps >= source_threshold), key=lambda x: x[1], default=None)
    source_arg = source[0] if source is not None else None
    drop = {t.i for t in cue_phrase(cue)}
    if source_arg is not None:
        drop.update(source_arg.indices())
    picked = [arg for arg, pc, _ in roles if pc >= content_threshold and arg is not source_arg]
    if all(arg.relation == "prep" and arg.head.lower_ not in TOPIC_PREPOSITIONS for arg in picked):
        # "spoke by telephone", "spoke at a rally": how or where, not what
        picked = []
    chosen = sorted(i for arg in picked for i in arg.indices())
    runs: list[tuple[int, int]] = []
    doc = cue.doc
    for i in chosen:
        if i in drop:
            continue
        # a gap of punctuation alone does not split a piece
        if runs and all(doc[k].is_punct or doc[k].is_space for k in range(runs[-1][1] + 1, i)) and not any(
            k in drop for k in range(runs[-1][1] + 1, i)
        ):
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    # "said that …": the complementiser is not what was said
    runs = [
        (lo + 1, hi) if doc[lo].lower_ == "that" and doc[lo].dep_ == "mark" and lo < hi else (lo, hi) for lo, hi in runs
    ]
    return runs, (source_arg.head if source_arg is not None else None)
