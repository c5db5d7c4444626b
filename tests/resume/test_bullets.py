"""Bullet feedback: the formula's three parts, weak openers, first person, tense, and a suggestion
that never invents a number."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from offerloop.resume.bullets import analyze_bullet


def test_the_seed_weak_bullets_are_weak_and_strong_ones_strong():
    for weak in ("Built machine learning models", "Worked on recommendation system", "Improved model accuracy"):
        fb = analyze_bullet(weak)
        assert not (fb.action_verb and fb.method and fb.impact), weak
    strong = ("Optimized model inference pipeline with ONNX Runtime and quantization, reducing latency from 450ms "
              "to 85ms (5.3x speedup)")
    fb = analyze_bullet(strong)
    assert fb.action_verb and fb.method and fb.impact
    assert fb.suggestion.startswith("Strong")


@pytest.mark.parametrize("text", [
    "Halved labelling cost with active learning in Label Studio",
    "Cut batch runtime threefold by moving joins to Polars",
    "Raised NDCG@10 from 0.41 to 0.47 with a cross-encoder re-ranker",
    "Reduced p99 latency to 40 ms with Redis caching",
    "Sped up training 3.5x with mixed precision training in PyTorch",
    "Saved $180K per year by moving jobs to Spark",
])
def test_measurable_impact_in_its_forms(text):
    assert analyze_bullet(text).impact, text


@pytest.mark.parametrize("text", [
    "Trained 5 models with PyTorch",
    "Improved retention significantly with XGBoost",
    "Built dashboards for 3 teams in Looker",
    "Worked on GPT-4 prompts in 2023",
])
def test_counts_and_adverbs_are_not_impact(text):
    assert not analyze_bullet(text).impact, text


def test_weak_opener_is_flagged_and_the_edit_asks_for_the_verb():
    fb = analyze_bullet("Responsible for maintaining ETL jobs in Airflow")
    assert not fb.action_verb
    assert "responsible for" in fb.weak_phrases
    assert "instead of 'responsible for'" in fb.suggestion


def test_missing_impact_gets_a_template_with_brackets():
    fb = analyze_bullet("Built a RAG assistant with LangChain and pgvector for internal documentation")
    assert fb.action_verb and fb.method and not fb.impact
    assert "[X]%" in fb.suggestion and "[before]" in fb.suggestion


def test_first_person_and_present_tense_in_a_past_role():
    fb = analyze_bullet("I built a churn model in Python that tripled recall")
    assert fb.first_person and "'I'" in fb.suggestion
    fb = analyze_bullet("Builds fraud models with XGBoost, cutting losses by 20%", past_role=True)
    assert not fb.tense_ok and "Built" in fb.suggestion


def test_length_is_checked():
    assert analyze_bullet("Cleaned data").length == "short"
    long = "Developed " + " ".join(["a very detailed system"] * 10) + " using XGBoost, reducing losses by 10%"
    assert analyze_bullet(long).length == "long"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Built", "Worked on", "a", "model", "with", "PyTorch", "5", "models", "by",
                                 "significantly", "I", "helped", "reducing", "cost", "12%", "from", "to", "3x"]),
                min_size=1, max_size=14))
def test_the_suggestion_never_invents_a_number(words):
    text = " ".join(words)
    fb = analyze_bullet(text)
    given_numbers = set(re.findall(r"\d+", text))
    assert set(re.findall(r"\d+", fb.suggestion)) <= given_numbers | {"32", "8"}  # the length bounds only
