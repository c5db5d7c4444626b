"""Keyword match: must-have vs nice-to-have, evidence lines, aliases and mirroring, traps, determinism."""

from offerloop.resume.match import TARGET, match, requirements
from offerloop.resume.parse import read_text
from tests.resume import files

RESUME = """Jane Rivera
jane@example.com
Summary
ML engineer.
Skills
Python, SQL, sklearn, Terraform
Experience
ML Engineer, Paylane 2020 - Present
- Built an NLP pipeline with XGBoost on k8s, cutting false positives by 30%
- Sparked interest in R&D
"""


def test_requirements_are_split_by_cue_phrases():
    reqs = {r.keyword: r.must_have for r in requirements(files.JD)}
    assert reqs["Python"] and reqs["SQL"] and reqs["natural language processing"] and reqs["Apache Spark"]
    assert reqs["Terraform"] is False  # under "Nice to have" and "is a plus"
    inline = {r.keyword: r.must_have for r in requirements("We use Python daily. Familiarity with Docker is a plus.")}
    assert inline == {"Python": True, "Docker": False}
    about = {r.keyword: r.must_have for r in requirements("About us\nWe run Kafka at scale.\nRequirements\n- SQL")}
    assert about == {"Apache Kafka": False, "SQL": True}


def test_each_match_names_its_evidence_and_a_bullet_counts_more_than_the_skills_list():
    result = match(read_text(RESUME), files.JD)
    got = {m["keyword"]: m for m in result.matched}
    assert got["XGBoost"]["evidence"].startswith("Built an NLP pipeline")
    assert got["XGBoost"]["evidence_kind"] == "bullet" and got["XGBoost"]["credit"] == 1.0
    assert got["Python"]["evidence_kind"] == "skills list" and got["Python"]["credit"] < 1.0
    # An alias matches, and the user is told to mirror the description's wording.
    nlp = got["natural language processing"]
    assert nlp["jd_form"] == "natural language processing" and nlp["resume_form"] == "NLP" and not nlp["mirrored"]
    assert any("Mirror the description" in s and "'natural language processing'" in s for s in result.suggestions)
    assert got["Kubernetes"]["resume_form"] == "k8s"


def test_look_alikes_do_not_match_and_missing_skills_are_reported_by_category():
    result = match(read_text(RESUME), files.JD)
    matched = {m["keyword"] for m in result.matched}
    missing = {m["keyword"]: m for m in result.missing}
    assert "Apache Spark" not in matched and missing["Apache Spark"]["must_have"] is True
    assert missing["Apache Spark"]["category"] == "tools"
    assert "Apache Spark" in result.missing_by_category["tools"]
    assert any(s.startswith("Missing must-have 'Apache Spark'") for s in result.suggestions)


def test_match_rate_weighs_evidence_and_the_target_is_80():
    bullets_only = RESUME.replace("Python, SQL, sklearn, Terraform",
                                  "Terraform").replace("k8s,", "k8s in Python and SQL,")
    listed = match(read_text(RESUME), files.JD)
    shown = match(read_text(bullets_only), files.JD)
    assert listed.keyword_rate == shown.keyword_rate
    assert shown.match_rate > listed.match_rate
    assert listed.target == TARGET == 80.0 and listed.meets_target == (listed.match_rate >= 80)


def test_the_same_inputs_give_the_same_result():
    a = match(read_text(RESUME), files.JD).to_dict()
    b = match(read_text(RESUME), files.JD).to_dict()
    assert a == b


def test_an_empty_requirement_list_scores_zero_not_an_error():
    result = match(read_text(RESUME), "We are a friendly team in Lisbon.")
    assert result.total == 0 and result.match_rate == 0.0


def test_either_or_requirements_are_met_by_the_one_you_have():
    result = match(read_text(RESUME), files.JD)  # "XGBoost or LightGBM"; the resume has XGBoost
    assert "LightGBM" not in {m["keyword"] for m in result.missing}
    assert result.satisfied_by_alternative[0]["keyword"] == "LightGBM"
    assert result.satisfied_by_alternative[0]["alternative"] == "XGBoost"
    reqs = {r.keyword: r.alternatives for r in requirements("Python or Scala, and SQL; either R or Julia")}
    assert reqs["Python"] == ["Scala"] and reqs["SQL"] == [] and reqs["R"] == ["Julia"]
    neither = match(read_text("Skills\nExcel"), "Python or Scala required")
    assert {m["keyword"] for m in neither.missing} == {"Python", "Scala"}


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

WORDS = st.sampled_from(["Python", "R", "or", "and", ",", "C++", "Go", "required", "a plus", "Nice to have",
                         "Requirements", "\n", "- ", "sparked", "k8s", "NLP", "Spark", "beam search", "Beam",
                         "in", "years", "5+", "(", ")", ";", ".", "Java", "JavaScript", "Ray", "Ortiz"])


@settings(max_examples=60, deadline=None)
@given(st.lists(WORDS, max_size=40), st.lists(WORDS, max_size=40))
def test_any_text_gives_a_bounded_deterministic_match(resume_words, jd_words):
    resume = "Summary\n" + " ".join(resume_words)
    jd = " ".join(jd_words)
    a = match(read_text(resume), jd).to_dict()
    assert 0.0 <= a["match_rate"] <= 100.0 and 0.0 <= a["keyword_rate"] <= 100.0
    assert len(a["matched"]) + len(a["missing"]) == a["total"]
    assert a == match(read_text(resume), jd).to_dict()
