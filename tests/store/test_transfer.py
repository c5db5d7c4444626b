import json
from datetime import datetime, timedelta, timezone

import pytest
import sqlalchemy as sa

from offerloop.app import Offerloop
from offerloop.errors import InvalidInput
from offerloop.store.base import Activity
from offerloop.store.transfer import export_data, import_data, read_export


def _add_activity(app, n):
    t0 = datetime(2026, 11, 1, 9, 30, tzinfo=timezone.utc)
    with app.session() as s:
        for i in range(n):
            s.add(Activity(owner_id=app.user_id, at=t0 + timedelta(hours=i), area="practice", kind="solved", subject=f"p{i}"))


def _activity(app):
    with app.session() as s:
        return [(a.at, a.area, a.kind, a.subject) for a in s.scalars(sa.select(Activity).where(Activity.owner_id == app.user_id).order_by(Activity.at))]


def test_export_then_import_into_a_fresh_store_round_trips_every_row(ol, settings_for, backend, tmp_path):
    _add_activity(ol, 5)
    path = tmp_path / "export.json"
    export_data(ol, path)
    other = Offerloop(settings_for("sqlite", name="other"))
    counts = import_data(other, read_export(path))
    assert counts["activity"] == 5
    assert _activity(other) == _activity(ol)
    assert all(at.tzinfo is not None for at, *_ in _activity(other))
    other.close()


def test_import_into_a_store_with_data_adds_rather_than_replaces(ol, tmp_path):
    _add_activity(ol, 2)
    doc = export_data(ol)
    import_data(ol, doc)
    assert len(_activity(ol)) == 4


def test_foreign_keys_are_rewritten_through_reissued_ids(ol):
    # A parent/child pair on its own metadata, so the generic remapping is tested directly.
    md = sa.MetaData()
    sa.Table("users", md, sa.Column("id", sa.Integer, primary_key=True))
    parent = sa.Table("t_parent", md, sa.Column("id", sa.Integer, primary_key=True),
                      sa.Column("owner_id", sa.ForeignKey("users.id")), sa.Column("name", sa.String(20)))
    child = sa.Table("t_child", md, sa.Column("id", sa.Integer, primary_key=True),
                     sa.Column("owner_id", sa.ForeignKey("users.id")),
                     sa.Column("parent_id", sa.ForeignKey("t_parent.id")), sa.Column("note", sa.String(20)))
    md.create_all(ol.engine, tables=[parent, child])
    try:
        with ol.engine.begin() as c:
            c.execute(parent.insert(), [{"owner_id": ol.user_id, "name": "a"}])
            b_id = c.execute(parent.insert().values(owner_id=ol.user_id, name="b").returning(parent.c.id)).scalar_one()
            c.execute(child.insert(), [{"owner_id": ol.user_id, "parent_id": b_id, "note": "child of b"}])
        doc = export_data(ol, metadata=md)
        import_data(ol, doc, metadata=md)
        with ol.engine.connect() as c:
            rows = c.execute(sa.select(child.c.note, parent.c.name).join(parent, child.c.parent_id == parent.c.id)).all()
        assert sorted(rows) == [("child of b", "b"), ("child of b", "b")]
        with ol.engine.connect() as c:
            ids = sorted(c.execute(sa.select(child.c.parent_id)).scalars())
        assert ids[0] != ids[1]  # the copy points at the new parent, not the old one
    finally:
        md.drop_all(ol.engine, tables=[child, parent])


def test_a_bad_row_imports_nothing(ol):
    _add_activity(ol, 3)
    doc = export_data(ol)
    doc["tables"]["activity"][2]["at"] = "not a date"
    with pytest.raises(InvalidInput, match="Row 3 of table 'activity'"):
        import_data(ol, doc)
    assert len(_activity(ol)) == 3  # the first two rows of the file were rolled back


@pytest.mark.parametrize("content, message", [
    ("{not json", "not valid JSON"),
    (json.dumps({"format": "something-else"}), "not an offerloop export"),
    (json.dumps({"format": "offerloop-export", "version": 99, "tables": {}}), "version 99"),
])
def test_unusable_files_are_refused_with_one_sentence(tmp_path, content, message):
    path = tmp_path / "x.json"
    path.write_text(content)
    with pytest.raises(InvalidInput, match=message):
        read_export(path)


def test_unknown_tables_are_refused(ol):
    with pytest.raises(InvalidInput, match="does not know: spaceships"):
        import_data(ol, {"format": "offerloop-export", "version": 1, "tables": {"spaceships": []}})
