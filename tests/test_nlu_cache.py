"""The simulator's classifier: trained once per model, answered from cached weights without scikit-learn,
and giving exactly the intents and slots the scikit-learn pipeline gives."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from skill.simulator import cache
from skill.simulator.classifier import CompiledClassifier
from skill.simulator.model import load_model
from skill.simulator.nlu import LanguageUnderstanding
from skill.simulator.training import PipelineClassifier, compile_pipeline

ROOT = Path(__file__).resolve().parent.parent
LABELLED = sorted((ROOT / "benchmarks" / "labelled").glob("en-US-triage-*.jsonl"))
TODAY = date(2026, 11, 29)
# Not a sample, so the classifier (and with it the cache) is needed to answer it.
UNSEEN = "what would help my sore back muscles"


@pytest.fixture(scope="module")
def model():
    return load_model("en-US")


@pytest.fixture(scope="module")
def trained(model):
    """The scikit-learn pipeline and its compiled weights, from one training."""
    pipeline, vocabulary = LanguageUnderstanding(model).fit()
    return pipeline, compile_pipeline(pipeline, vocabulary)


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("BACK_SPASM_CACHE", str(tmp_path))
    return tmp_path


def labelled_texts(every: int = 3) -> list[str]:
    """Every third utterance of every labelled set: all kinds of request, in a few seconds."""
    texts = [json.loads(line)["text"] for path in LABELLED for line in path.read_text().splitlines() if line.strip()]
    return texts[::every]


def test_compiled_weights_give_the_pipelines_intents_and_slots(model, trained):
    pipeline, compiled = trained
    reference = LanguageUnderstanding(model, classifier=PipelineClassifier(pipeline, compiled))
    fast = LanguageUnderstanding(model, classifier=compiled)
    texts = labelled_texts()
    assert len(texts) > 300
    differing = [text for text in texts
                 if (lambda a, b: (a.intent, a.slots) != (b.intent, b.slots))(
                     reference.understand(text, TODAY), fast.understand(text, TODAY))]
    assert differing == []


def test_compiled_scores_and_similarity_match_the_pipeline(trained):
    pipeline, compiled = trained
    reference = PipelineClassifier(pipeline, compiled)
    for text in labelled_texts(every=25) + ["", "zzz qqq", "should i use heat or ice"]:
        expected, got = reference.rank(text), compiled.rank(text)
        assert [name for name, _ in got] == [name for name, _ in expected]
        assert [score for _, score in got] == pytest.approx([score for _, score in expected], abs=1e-9)
        assert compiled.similarity(text) == pytest.approx(reference.similarity(text), abs=1e-9)


def test_weights_survive_the_round_trip_and_refuse_another_key(trained):
    _, compiled = trained
    data = compiled.to_bytes("key-1")
    loaded = CompiledClassifier.from_bytes(data, "key-1")
    assert loaded.rank("how long will the spasm last") == compiled.rank("how long will the spasm last")
    assert CompiledClassifier.from_bytes(data, "key-2") is None
    assert CompiledClassifier.from_bytes(data[:-8], "key-1") is None  # cut short
    assert CompiledClassifier.from_bytes(b"not a cache file", "key-1") is None


def test_second_start_reads_the_cache_and_a_changed_model_trains_anew(model, cache_dir):
    first = LanguageUnderstanding(model)
    asked = first.understand(UNSEEN, TODAY).intent
    assert first.from_cache is False
    assert len(list(cache_dir.glob("nlu-en-US-*.bin"))) == 1
    second = LanguageUnderstanding(model)
    assert second.understand(UNSEEN, TODAY).intent == asked
    assert second.from_cache is True

    intents = dict(model.intents)
    causes = intents["CausesIntent"]
    intents["CausesIntent"] = causes._replace(samples=causes.samples + ("what on earth set my back off",))
    changed = LanguageUnderstanding(model._replace(intents=intents))
    changed.understand(UNSEEN, TODAY)
    assert changed.from_cache is False
    assert len(list(cache_dir.glob("nlu-en-US-*.bin"))) == 1  # the old model's weights are gone


def test_a_damaged_or_unwritable_cache_only_costs_training(model, cache_dir):
    asked = LanguageUnderstanding(model).understand(UNSEEN, TODAY).intent
    (stored,) = cache_dir.glob("nlu-en-US-*.bin")
    stored.write_bytes(stored.read_bytes()[:1000])
    damaged = LanguageUnderstanding(model)
    assert damaged.understand(UNSEEN, TODAY).intent == asked
    assert damaged.from_cache is False

    blocked = cache_dir / "a-file"
    blocked.write_text("not a folder")
    os.environ["BACK_SPASM_CACHE"] = str(blocked / "cache")
    unwritable = LanguageUnderstanding(model)
    assert unwritable.understand(UNSEEN, TODAY).intent == asked
    assert not list(cache_dir.glob("*.tmp"))


def test_a_cached_start_never_imports_scikit_learn(cache_dir):
    script = ("import sys\n"
              "from skill.simulator.model import load_model\n"
              "from skill.simulator.nlu import LanguageUnderstanding\n"
              "nlu = LanguageUnderstanding(load_model('en-US'))\n"
              "print(nlu.understand('my back keeps locking up when i twist').intent, nlu.from_cache,\n"
              "      'sklearn' in sys.modules)\n")
    environment = {**os.environ, "BACK_SPASM_CACHE": str(cache_dir)}
    runs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=environment,
                           cwd=ROOT, check=True).stdout.split() for _ in range(2)]
    assert runs[0][1:] == ["False", "True"]  # the first start trains, with scikit-learn
    assert runs[1][1:] == ["True", "False"]  # the second reads the weights and never imports it
    assert runs[0][0] == runs[1][0]


def test_cache_key_covers_the_model_and_the_library_versions(model):
    key = cache.model_key(model)
    assert key == cache.model_key(load_model("en-US"))
    assert key != cache.model_key(model._replace(invocation_name="another name"))
