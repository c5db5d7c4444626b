"""Issue 19, point 6: importing an export into the store it came from is refused with one sentence
naming the table and the key that clash, nothing written; --merge keeps the store's rows and adds
the rest."""

import json

import pytest
import sqlalchemy as sa

from offerloop.errors import Conflict
from offerloop.store.models import metadata
from offerloop.store.transfer import export_data, import_data


def _counts(ol) -> dict[str, int]:
    out = {}
    with ol.engine.connect() as c:
        for t in metadata.sorted_tables:
            if "owner_id" in t.c:
                out[t.name] = c.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
    return out


def _some_data(cli) -> None:
    for step in (("cards", "add", "What is a confusion matrix used for?", "--answer", "Counting outcomes by class."),
                 ("cards", "settings", "--new-per-day", "7"),
                 ("apps", "add", "--company", "Acme", "--role", "ML engineer", "--type", "startup"),
                 ("plan", "coding", "--weeks", "2", "--ml-share", "0", "--yes")):
        result = cli(*step)
        assert result.exit_code == 0, (step, result.output)


def test_the_same_export_twice_is_refused_naming_the_clash_and_writes_nothing(ol, cli):
    _some_data(cli)
    doc = export_data(ol)
    before = _counts(ol)
    with pytest.raises(Conflict) as err:
        import_data(ol, doc)
    message = str(err.value)
    assert message.startswith("Nothing was imported: table ")
    assert "card_prefs" in message and "already has your row" in message and "--merge" in message
    assert "UNIQUE" not in message and "duplicate key" not in message
    assert _counts(ol) == before


def test_the_cli_answers_one_sentence_and_exit_code_2(ol, cli, tmp_path):
    _some_data(cli)
    path = tmp_path / "mine.json"
    assert cli("export", str(path)).exit_code == 0
    before = _counts(ol)
    result = cli("import", str(path))
    assert result.exit_code == 2
    assert "Nothing was imported: table" in result.output and "UNIQUE constraint" not in result.output
    assert _counts(ol) == before


def test_merge_keeps_the_stores_rows_and_adds_the_rest(ol, cli, tmp_path):
    _some_data(cli)
    path = tmp_path / "mine.json"
    cli("export", str(path))
    doc = json.loads(path.read_text())
    before = _counts(ol)
    result = cli("import", str(path), "--merge")
    assert result.exit_code == 0, result.output
    assert "Kept" in result.output
    after = _counts(ol)
    # Rows with a unique key per user stay single; the rest are added again (an import adds).
    for table in ("card_prefs", "coding_plans", "own_cards"):
        assert after[table] == before[table] == len(doc["tables"][table]), table
    assert after["applications"] == 2 * before["applications"]
    # Card states of the kept own card point at an existing card, not at a dangling id.
    with ol.engine.connect() as c:
        states = c.execute(sa.text("select card_slug from card_states")).scalars().all()
    assert len(states) == len(set(states))
