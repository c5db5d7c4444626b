"""Export from one data dir and import into a fresh one: every row of every area comes back."""

import json
from pathlib import Path

import sqlalchemy as sa
from typer.testing import CliRunner

from offerloop.cli.main import app as cli_app
from offerloop.store.models import metadata

ROOT = Path(__file__).parents[2]


def _rows(engine, table):
    """A table's rows without surrogate keys, so two stores can be compared."""
    skip = {c.name for c in table.primary_key.columns} | {"owner_id"} | {fk.parent.name for fk in table.foreign_keys}
    with engine.connect() as conn:
        rows = conn.execute(sa.select(table)).mappings().all()
    return sorted(json.dumps({k: v for k, v in r.items() if k not in skip}, sort_keys=True, default=str) for r in rows)


def test_export_then_import_round_trips_every_row_of_every_area(cli, ol, tmp_path):
    added = cli("apps", "add", "--company", "Acme", "--role", "ML engineer", "--type", "startup", "--json")
    assert added.exit_code == 0, added.output
    app_id = str(json.loads(added.output)["id"])  # ids come from the database: never assume 1
    steps = [
        ("apps", "interview", app_id, "--round", "ml-coding", "--at", "2031-03-04T10:00:00+00:00", "--with", "Dana"),
        ("offers", "add", "--company", "Acme", "--base", "200000", "--bonus-pct", "15", "--equity", "400000",
         "--vesting", "25,25,25,25", "--sign-on", "50000"),
        ("stories", "add", "--title", "Fraud model", "--situation", "Our fraud model had 87% precision.",
         "--task", "I had to reach 95%.", "--action", "I added velocity features and tuned the threshold.",
         "--result", "Precision rose to 96% and false positives fell 60%.", "--category", "challenges"),
        ("cards", "add", "What is a confusion matrix used for?", "--answer", "Counting outcomes by class."),
    ]
    for step in steps:
        result = cli(*step)
        assert result.exit_code == 0, (step, result.output)
    kmeans = (ROOT / "src/offerloop/content/packs/problems/kmeans/.meta/solution.py").read_text()
    ol.problems.submit("kmeans", kmeans)

    export = tmp_path / "all.json"
    assert cli("export", str(export)).exit_code == 0
    fresh = tmp_path / "fresh"
    result = CliRunner().invoke(cli_app, ["import", str(export)],
                                env={"OFFERLOOP_DATA_DIR": str(fresh), "OFFERLOOP_DATABASE_URL": None})
    assert result.exit_code == 0, result.output

    other = sa.create_engine(f"sqlite:///{fresh / 'offerloop.db'}")
    owned = [t for t in metadata.sorted_tables if "owner_id" in t.c]
    non_empty = 0
    for table in owned:
        mine = _rows(ol.engine, table)
        assert _rows(other, table) == mine, table.name
        non_empty += bool(mine)
    other.dispose()
    assert non_empty >= 6  # applications, interviews, offers, stories, cards, submissions, activity ...
