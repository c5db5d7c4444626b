"""The skills taxonomy: size, categories, unique aliases, and ambiguous names matched only in context."""

import pytest

from offerloop.resume.taxonomy import CATEGORIES, find_in_line, load_skills


def skills(line: str) -> list[str]:
    return [m.skill for m in find_in_line(line)]


def test_taxonomy_has_at_least_400_skills_in_the_six_categories():
    loaded = load_skills()
    assert len(loaded) >= 400
    assert {s.category for s in loaded} == set(CATEGORIES)
    assert sum(len(s.forms) > 1 for s in loaded) >= 150  # most well-known skills carry aliases


def test_an_alias_claimed_by_two_skills_is_refused(tmp_path):
    path = tmp_path / "skills.toml"
    path.write_text('languages = ["Python | py"]\nframeworks = ["PyTorch | py"]\ntools = []\n'
                    'techniques = []\nmethods = []\nmetrics = []\n')
    with pytest.raises(ValueError, match="belongs to two skills"):
        load_skills(path)


@pytest.mark.parametrize("line, expected", [
    ("Experience with natural language processing", ["natural language processing"]),
    ("Built an NLP pipeline", ["natural language processing"]),
    ("Deployed on k8s with sklearn models", ["Kubernetes", "scikit-learn"]),
    ("Languages: Python, R, SQL, C, C++, C#, Go", ["Python", "R", "SQL", "C", "C++", "C#", "Go"]),
    ("Java and JavaScript", ["Java", "JavaScript"]),
    ("Streaming jobs in Apache Beam; beam search decoding", ["Apache Beam", "beam search"]),
])
def test_skills_and_aliases_are_found(line, expected):
    assert skills(line) == expected


@pytest.mark.parametrize("line", [
    "Sparked a company-wide push for testing",
    "Led R&D for payments, reporting to the C-suite",
    "The go-to person for tricky questions; I excel at writing",
    "Took the helm of a Series C startup",
    "Worked with Ray Ortiz and Julia Berg",
    "Grade C in physics",
    "JavaScript only",
])
def test_look_alike_words_are_not_skills(line):
    found = set(skills(line))
    assert not found & {"Apache Spark", "R", "C", "Go", "Excel", "Helm", "Ray", "Julia", "Java"}


def test_ambiguous_names_count_in_context():
    assert "R" in skills("Fitted the models in R")
    assert "Go" in skills("Wrote the gateway in Go")
    assert "C" in skills("C programming for embedded devices")
    assert "Apache Beam" in skills("Tools: Beam, Flink, Kafka")


def test_urls_and_emails_are_not_scanned():
    assert skills("jane@spark.io | github.com/jane/pytorch-demo | linkedin.com/in/jane") == []
