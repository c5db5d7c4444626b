"""Anki export (.apkg with the collection inside) and CSV import of the user's own cards."""

import sqlite3
import zipfile

import pytest

from offerloop.cards.csvio import cards_to_csv, parse_cards_csv
from offerloop.errors import InvalidInput


def _notes(apkg, tmp_path):
    with zipfile.ZipFile(apkg) as z:
        names = z.namelist()
        inner = next(n for n in names if n in ("collection.anki21", "collection.anki2"))
        z.extract(inner, tmp_path / "x")
    db = sqlite3.connect(tmp_path / "x" / inner)
    try:
        return names, db.execute("select flds, tags from notes").fetchall(), db.execute("select count(*) from cards").fetchone()[0]
    finally:
        db.close()


def test_export_anki_writes_a_package_with_every_note_and_the_model_answer_on_the_back(ol, tmp_path):
    own = ol.cards.add_own_card("What does a feature store give you?", "Consistent features online & offline.")
    path = tmp_path / "deck.apkg"
    count = ol.cards.export_anki(path)
    assert count == len(ol.content.cards) + 1
    names, notes, cards = _notes(path, tmp_path)
    assert "media" in names and len(notes) == count and cards == count
    fields = {f.split("\x1f")[4]: f.split("\x1f") for f, _ in notes}
    pv = fields["p-value"]
    assert pv[0].startswith("What is a p-value") and ol.content.cards["p-value"].answer[:30] in pv[1]
    assert fields[own][1] == "Consistent features online &amp; offline."  # escaped HTML, not raw
    assert not (tmp_path / "deck.apkg.part").exists()


def test_export_anki_by_topic_and_bad_paths(ol, tmp_path):
    n = ol.cards.export_anki(tmp_path / "metrics.apkg", topic="metrics")
    assert n == sum(1 for c in ol.content.cards.values() if c.topic == "metrics")
    with pytest.raises(InvalidInput, match=".apkg"):
        ol.cards.export_anki(tmp_path / "deck.zip")
    with pytest.raises(InvalidInput, match="does not exist"):
        ol.cards.export_anki(tmp_path / "nope" / "deck.apkg")


GOOD = ("question,answer,topic,key_points\n"
        "What is data drift?,\"Inputs change over time; detect it with PSI or KS tests.\",mlops,inputs change; PSI; KS test\n"
        "\n"
        "Why use a canary release?,Limit the blast radius of a bad model.,,\n")


def test_csv_rows_are_read_with_optional_columns():
    rows = parse_cards_csv("\ufeff" + GOOD)
    assert [r.row for r in rows] == [2, 4]
    assert rows[0].key_points == ["inputs change", "PSI", "KS test"] and rows[0].topic == "mlops"
    assert rows[1].topic is None and rows[1].key_points == []
    assert [r.question for r in parse_cards_csv("answer,question\nA1,What is a feature store?\n")] == [
        "What is a feature store?"]


@pytest.mark.parametrize("text, message", [
    ("", "empty"),
    ("question,topic\nWhat is drift?,mlops\n", "missing answer"),
    ("question,answer,colour\nq,a,red\n", "unknown 'colour'"),
    ("question,answer\n", "no cards"),
])
def test_bad_csv_headers_are_one_sentence(text, message):
    with pytest.raises(InvalidInput, match=message):
        parse_cards_csv(text)


def test_every_bad_row_is_reported_by_number_and_nothing_is_imported(ol):
    text = ("question,answer,topic\n"
            "What is data drift?,Inputs change.,mlops\n"
            ",An answer without a question,\n"
            "What is a feature store?,A store.,cooking\n"
            "What is data drift,Again,\n"
            "Too,many,fields,here\n")
    with pytest.raises(InvalidInput) as err:
        ol.cards.import_csv_text(text)
    message = str(err.value)
    for part in ("row 3 has no question", "row 4 has the unknown topic 'cooking'",
                 "row 5 repeats the question of row 2", "row 6 has 4 fields"):
        assert part in message
    assert "row 2 " not in message
    assert not [i for i in ol.cards.items() if i.own]


def test_import_csv_adds_cards_then_skips_them_the_second_time(ol, tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(GOOD, encoding="utf-8")
    first = ol.cards.import_csv(path)
    assert len(first["added"]) == 2 and first["skipped_rows"] == []
    assert ol.cards.import_csv(path) == {"added": [], "skipped_rows": [2, 4]}
    drift = ol.cards.item(first["added"][0])
    assert drift.own and drift.topic == "mlops" and [p for p, _ in drift.key_points] == ["inputs change", "PSI", "KS test"]
    assert ol.cards.answer(drift.slug, "Use a PSI check and a KS test")["score"] == pytest.approx(2 / 3, abs=0.01)
    again = parse_cards_csv(cards_to_csv([drift]))
    assert again[0].question == drift.question and again[0].key_points == ["inputs change", "PSI", "KS test"]


def test_csv_file_problems(ol, tmp_path):
    with pytest.raises(InvalidInput, match="does not exist"):
        ol.cards.import_csv(tmp_path / "missing.csv")
    latin = tmp_path / "latin.csv"
    latin.write_bytes("question,answer\nQu'est-ce qu'un modèle?,Réponse\n".encode("latin-1"))
    with pytest.raises(InvalidInput, match="not UTF-8"):
        ol.cards.import_csv(latin)


def test_own_card_without_key_points_is_judged_on_its_answers_sentences(ol):
    slug = ol.cards.add_own_card("How do you monitor a model in production?",
                                 "Track input feature distributions for drift. Watch prediction quality against "
                                 "delayed labels. Alert on latency and error rates.")
    result = ol.cards.answer(slug, "I alert when latency or the error rate jumps, and compare input feature "
                                   "distributions to catch drift.")
    assert len(result["covered"]) == 2 and len(result["missed"]) == 1
    empty = ol.cards.add_own_card("What was the hardest bug you fixed?")
    assert ol.cards.answer(empty, "something")["score"] is None
