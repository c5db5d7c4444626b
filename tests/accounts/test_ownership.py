"""The store's second lock (offerloop.store.ownership): whatever a manager forgets, a session made
for one user neither reads nor writes another user's rows. Local mode uses the same filter with
its one local user."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, func, insert, select, update

from offerloop.store.base import Activity
from offerloop.store.ownership import OwnershipError
from offerloop.stories.models import Story
from offerloop.tracker.models import Application, Interview


def _story(app, title: str) -> int:
    return app.stories.add(title=title, text="I shipped the ranking model on time.")["id"]


def test_reads_updates_and_deletes_see_only_the_sessions_owner(ol):
    a, b = ol.for_user("alice"), ol.for_user("bob")
    mine = _story(a, "Alice's launch")
    with b.session() as s:
        assert s.get(Story, mine) is None
        assert s.scalars(select(Story)).all() == []
        assert s.scalar(select(func.count()).select_from(Story)) == 0
        assert s.scalar(select(func.count(Story.id))) == 0
        assert s.execute(update(Story).where(Story.id == mine).values(title="bob was here")).rowcount == 0
        assert s.execute(delete(Story).where(Story.id == mine)).rowcount == 0
    with a.session() as s:
        assert [st.title for st in s.scalars(select(Story))] == ["Alice's launch"]


def test_joins_and_relationships_are_filtered_too(ol):
    a, b = ol.for_user("alice"), ol.for_user("bob")
    app_id = a.applications.add("Acme", "ML engineer", "startup")["id"]
    a.applications.add_interview(app_id, "ml-coding", "2031-03-04T10:00:00+00:00")
    with b.session() as s:
        assert s.scalars(select(Interview).join(Application)).all() == []
        assert s.scalars(select(Application.company).join(Interview, Interview.application_id == Application.id)).all() == []


def test_writes_naming_another_owner_are_refused(ol):
    a, b = ol.for_user("alice"), ol.for_user("bob")
    a_id = a.user_id
    with pytest.raises(OwnershipError):
        with b.session() as s:
            s.add(Story(owner_id=a_id, title="forged"))
    with pytest.raises(OwnershipError):
        with b.session() as s:
            s.execute(insert(Activity), [{"owner_id": a_id, "at": func.now(), "area": "x", "kind": "y"}])
    with b.session() as s:  # a new row without an owner is stamped with the session's
        s.add(Activity(at=_now(), area="stories", kind="test", subject=""))
    with b.session() as s:
        assert s.scalars(select(Activity.owner_id)).all() == [b.user_id]
    with a.session() as s:
        assert s.scalars(select(Activity.owner_id)).all() == []


def test_moving_a_row_to_another_owner_is_refused(ol):
    a, b = ol.for_user("alice"), ol.for_user("bob")
    mine = _story(a, "Alice's launch")
    with pytest.raises(OwnershipError):
        with a.session() as s:
            s.get(Story, mine).owner_id = b.user_id
    assert a.stories.get(mine)["title"] == "Alice's launch"


def test_a_system_session_cannot_touch_user_data(ol):
    _story(ol, "Local story")
    with pytest.raises(OwnershipError):
        with ol.session(system=True) as s:
            s.scalars(select(Story)).all()


def test_local_mode_still_sees_its_own_rows(ol):
    sid = _story(ol, "Local story")
    assert ol.stories.get(sid)["title"] == "Local story"
    with ol.session() as s:
        assert s.scalar(select(func.count()).select_from(Story)) == 1


def _now():
    from offerloop.store.base import utcnow

    return utcnow()
