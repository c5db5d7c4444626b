"""The real `offerloop cards ...` and `offerloop review` commands."""

import json
import sqlite3
import zipfile

from sqlalchemy import select

from offerloop.cards.models import CardReview


def test_cards_list_json_and_topic(cli, ol):
    result = cli("cards", "list", "--topic", "metrics", "--json")
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert rows and {r["topic"] for r in rows} == {"metrics"} and all(r["state"] == "new" for r in rows)
    assert "precision-vs-recall" in [r["slug"] for r in rows]
    table = cli("cards", "list", "--topic", "metrics")
    assert "precision-vs-recall" in table.stdout and f"{len(rows)} cards." in table.stdout


def test_unknown_topic_is_exit_2_with_one_sentence(cli):
    result = cli("cards", "list", "--topic", "astrology")
    assert result.exit_code == 2 and "topic 'astrology' is not one of" in result.stderr


def test_review_session_driven_by_piped_stdin(cli, ol):
    cli("cards", "settings", "--new-per-day", "2")
    typed = ("Assuming the null hypothesis holds, the p-value is the chance of data at least as extreme; "
             "compare with alpha")
    # card 1: type an answer, accept the suggested rating; card 2: just reveal, rate 3; then q.
    result = cli("review", "--topic", "probability-statistics", input=f"{typed}\n\n\n3\nq\n")
    assert result.exit_code == 0, result.stdout
    out = result.stdout
    assert "Score" in out and "suggested rating" in out and "Model answer" in out
    assert "Reviewed 2 card(s)" in out
    with ol.session() as s:
        reviews = list(s.scalars(select(CardReview).order_by(CardReview.id)))
    assert len(reviews) == 2
    assert reviews[0].answer_text == typed and reviews[0].score is not None
    assert reviews[1].rating == 3 and reviews[1].answer_text is None


def test_review_ends_cleanly_at_end_of_input_and_rejects_bad_ratings(cli, ol):
    result = cli("review", "--limit", "1", input="\nsuperb\n2\n")
    assert result.exit_code == 0
    assert "not one of again, hard, good, easy" in result.stdout and "Reviewed 1 card(s): again 0, hard 1" in result.stdout
    result = cli("review", input="")
    assert result.exit_code == 0
    with ol.session() as s:
        assert len(list(s.scalars(select(CardReview)))) == 1


def test_nothing_due_says_so(cli):
    cli("cards", "settings", "--new-per-day", "0")
    result = cli("review", input="")
    assert "Nothing is due now" in result.stdout


def test_add_import_export_and_stats_commands(cli, ol, tmp_path):
    added = cli("cards", "add", "How would you shard a feature store?", "--answer", "By entity key.", "--topic", "mlops")
    assert added.exit_code == 0 and "own-1-how-would-you-shard" in added.stdout
    csv = tmp_path / "mine.csv"
    csv.write_text("question,answer\nWhat is a shadow deployment?,Run the new model silently beside the old.\n")
    assert "Imported 1 card(s)" in cli("cards", "import-csv", str(csv)).stdout
    bad = tmp_path / "bad.csv"
    bad.write_text("question,answer,topic\nWhat is it?,x,nope\n")
    failed = cli("cards", "import-csv", str(bad))
    assert failed.exit_code == 2 and "row 2 has the unknown topic 'nope'" in failed.stderr
    own = json.loads(cli("cards", "list", "--own", "--json").stdout)
    assert len(own) == 2
    deck = tmp_path / "deck.apkg"
    exported = cli("cards", "export-anki", str(deck))
    assert exported.exit_code == 0 and deck.exists()
    with zipfile.ZipFile(deck) as z:
        z.extract("collection.anki2", tmp_path)
    db = sqlite3.connect(tmp_path / "collection.anki2")
    assert db.execute("select count(*) from notes").fetchone()[0] == len(ol.content.cards) + 2
    db.close()
    ol.cards.review("p-value", "good")
    st = json.loads(cli("cards", "stats", "--json").stdout)
    assert st["total_reviews"] == 1 and st["cards_by_state"]["learning"] == 1
    assert "True retention" in cli("cards", "stats").stdout


def test_delete_asks_first(cli, ol):
    slug = ol.cards.add_own_card("What is a model card?")
    kept = cli("cards", "delete", slug, input="n\n")
    assert kept.exit_code == 1 and ol.cards.item(slug)
    gone = cli("cards", "delete", slug, "--yes")
    assert gone.exit_code == 0 and f"Deleted {slug}" in gone.stdout


def test_export_csv_round_trips_own_cards(cli, ol, tmp_path):
    ol.cards.add_own_card("What is a shadow deployment?", "Serve the new model silently, compare outputs.",
                          topic="mlops", key_points="silent; compare outputs")
    ol.cards.add_own_card("Why log predictions?", "To debug and to retrain. You also catch drift early.")
    path = tmp_path / "own.csv"
    result = cli("cards", "export-csv", str(path))
    assert result.exit_code == 0 and "Wrote 2 card(s)" in result.stdout
    text = path.read_text()
    assert text.splitlines()[0] == "question,answer,topic,key_points"
    assert "silent; compare outputs" in text and "To debug" in text
    from offerloop.cards.csvio import parse_cards_csv

    rows = parse_cards_csv(text)
    assert rows[0].key_points == ["silent", "compare outputs"] and rows[1].key_points == []
