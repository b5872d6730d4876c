"""The learned event vetter: its model drops candidates, its training script cross-validates."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from redline.events import code as event_code
from redline.events.vetter import VetterModel, builtin_model, collecting, load_model
from redline.pipeline import analyze

REPO = Path(__file__).resolve().parent.parent
SCORER = REPO.parent / "shared" / "benchmarks" / "score.py"
TEXT = ("Ruritanian troops shelled the Bordurian border town of Kalsk on Monday. "
        "Ruritania and Borduria held talks in Geneva on Tuesday.")


def test_a_model_that_distrusts_a_type_drops_those_candidates(monkeypatch, tmp_path):
    path = tmp_path / "vetter.json"
    model = VetterModel({"bias": 2.0, "type=ASSAULT": -6.0}, threshold=0.5, lemmas=False)
    path.write_text(json.dumps(model.to_json()), encoding="utf-8")
    before = [e.type for e in analyze(TEXT, title="Report").events]
    assert "ASSAULT" in before and "CONSULT" in before
    monkeypatch.setattr(event_code, "builtin_model", lambda: load_model(path))
    after = [e.type for e in analyze(TEXT, title="Report").events]
    assert after == [t for t in before if t != "ASSAULT"]


def test_collecting_sees_every_candidate_with_features_even_those_a_model_drops(monkeypatch):
    monkeypatch.setattr(event_code, "builtin_model",
                        lambda: VetterModel({"bias": -9.0}, threshold=0.5, lemmas=False))
    with collecting() as seen:
        events = analyze(TEXT, title="Report").events
    assert len(seen) == 1
    assert [(c.event.type, c.event.trigger) for c in seen[0]] == [(e.type, e.trigger) for e in events]
    assert events, "collecting must not vet"
    assert all("bias" in c.features and f"type={c.event.type}" in c.features for c in seen[0])


def test_the_shipped_model_loads_and_is_disabled_as_the_cv_figures_decided():
    model = builtin_model()
    assert model is not None and model.weights
    assert model.enabled is False  # see BENCHMARKS.md: the CV gain did not pay for its drops
    with collecting() as seen:
        analyze(TEXT, title="Report")
    assert all(0.0 <= model.score(c.features) <= 1.0 for c in seen[0])
    assert not any(f.startswith("lemma") for f in model.weights)  # trained without lemma identity


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.mark.skipif(not SCORER.exists(), reason="needs ../shared/benchmarks/score.py")
def test_training_script_writes_cross_validated_predictions_for_every_record(tmp_path):
    plover = _write(tmp_path / "plover.jsonl", [
        {"id": f"p{i}", "text": text, "events": [{"type": etype, "mode": None, "source": [], "target": []}]}
        for i, (text, etype) in enumerate([
            ("Ruritanian troops shelled the Bordurian town of Kalsk.", "ASSAULT"),
            ("Ruritania and Borduria held talks in Geneva.", "CONSULT"),
            ("Borduria accused Ruritania of violating the truce.", "ACCUSE"),
            ("Ruritania imposed sanctions on Borduria's foreign minister.", "SANCTION"),
        ])])
    quad = _write(tmp_path / "quad.jsonl", [
        {"id": f"q{i}", "text": text, "quad": q}
        for i, (text, q) in enumerate([
            ("Ruritania sent food aid to Borduria.", 2),
            ("Borduria rejected Ruritania's proposal.", 3),
            ("Ruritania praised Borduria for its help.", 1),
            ("The minister spoke about the weather.", 0),
        ])])
    out = tmp_path / "cv"
    run = subprocess.run([sys.executable, str(REPO / "scripts" / "train_event_vetter.py"), "--folds", "2",
                          "--block", "1", "--plover", str(plover), "--quad", str(quad),
                          "--out-dir", str(out)], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    assert "2-fold CV vetted" in run.stdout and "quad_macro_f1" in run.stdout
    for kind, n in (("plover", 4), ("quad", 4)):
        ids = {json.loads(line)["id"] for line in (out / f"cv-{kind}.jsonl").open(encoding="utf-8")}
        assert len(ids) == n
        assert len((out / f"base-{kind}.jsonl").read_text(encoding="utf-8").splitlines()) == n
