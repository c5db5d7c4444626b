import shutil
import uuid
from pathlib import Path

from offerloop.content.loader import load_bank

CARD = '''
[[cards]]
uuid = "{uuid}"
slug = "{slug}"
topic = "{topic}"
difficulty = "easy"
question = "What does a p-value measure?"
answer = "The probability, under the null hypothesis, of data at least as extreme as what was observed."
key_points = [
  {{ point = "assumes the null is true", cues = ["null hypothesis", "under the null"] }},
  {{ point = "at least as extreme", cues = ["as extreme", "more extreme"] }},
  {{ point = "not the probability the null is true", cues = ["not the probability"] }},
]
'''


def _card(folder: Path, name: str, slug: str, topic: str = "probability-statistics", uid: str | None = None):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(CARD.format(uuid=uid or uuid.uuid4(), slug=slug, topic=topic))


def test_good_cards_load_and_every_bad_file_is_reported(tmp_path):
    cards = tmp_path / "cards"
    _card(cards, "a.toml", "p-value")
    _card(cards, "b.toml", "Bad Slug")
    _card(cards, "c.toml", "other", topic="astrology")
    (cards / "d.toml").write_text("this is = = not toml")
    bank = load_bank(tmp_path)
    assert list(bank.cards) == ["p-value"]
    reported = " | ".join(str(i) for i in bank.issues)
    assert "b.toml" in reported and "kebab-case" in reported
    assert "c.toml" in reported and "astrology" in reported
    assert "d.toml" in reported
    assert len(bank.issues) == 3


def test_duplicate_uuids_are_reported(tmp_path):
    same = str(uuid.uuid4())
    _card(tmp_path / "cards", "a.toml", "one", uid=same)
    _card(tmp_path / "cards", "b.toml", "two", uid=same)
    bank = load_bank(tmp_path)
    assert any("already used" in i.message for i in bank.issues)


def test_problem_folder_missing_files_is_reported(tmp_path):
    folder = tmp_path / "problems" / "half-done"
    folder.mkdir(parents=True)
    (folder / "problem.toml").write_text("")
    bank = load_bank(tmp_path)
    assert not bank.problems
    assert "missing files" in bank.issues[0].message and "starter.py" in bank.issues[0].message


def test_built_in_bank_has_no_issues():
    bank = load_bank()
    assert bank.issues == []
