"""TakeHomeManager (`ol.takehomes`): review a submission, store the review per take-home, link it to a
tracker application, list the history."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from offerloop.errors import InvalidInput, NotFound
from offerloop.store.base import Activity, utcnow
from offerloop.takehome.models import TakeHome, TakeHomeReview


def _name(name: str | None, fallback: str) -> str:
    text = (name or fallback or "take-home").strip()
    if not text:
        raise InvalidInput("A take-home needs a name.")
    if len(text) > 200:
        raise InvalidInput("A take-home name is at most 200 characters.")
    return text


def takehome_dict(t: TakeHome, reviews: list[TakeHomeReview]) -> dict[str, Any]:
    return {"id": t.id, "name": t.name, "application_id": t.application_id, "created_at": t.created_at.isoformat(),
            "reviews": [{"id": r.id, "score": r.score, "parts": r.parts, "created_at": r.created_at.isoformat()}
                        for r in reviews]}


class TakeHomeManager:
    def __init__(self, app):
        self.app = app

    # -- reviewing (no database) ---------------------------------------------------------------------
    def review_path(self, path: Path, *, run: bool = False) -> dict[str, Any]:
        from offerloop.takehome.review import review
        from offerloop.takehome.sources import load

        report = review(load(Path(path)))
        if run:
            from offerloop.takehome.rerun import rerun_path

            report = rerun_path(Path(path), report)
        return report

    def review_upload(self, filename: str, data: bytes) -> dict[str, Any]:
        from offerloop.takehome.review import review
        from offerloop.takehome.sources import load_bytes

        return review(load_bytes(filename, data))

    # -- storing ---------------------------------------------------------------------------------------
    def _check_application(self, s, application_id: int | None) -> None:
        if application_id is None:
            return
        from offerloop.tracker.models import Application

        app_row = s.get(Application, application_id)
        if app_row is None or app_row.owner_id != self.app.user_id:
            raise NotFound(f"There is no application {application_id} in the tracker.")

    def save(self, report: dict[str, Any], *, name: str | None = None, application_id: int | None = None,
             now: datetime | None = None) -> dict[str, Any]:
        """Store a review under the take-home of that name (made on first use); returns the take-home."""
        now = now or utcnow()
        title = _name(name, report.get("name", ""))
        with self.app.session() as s:
            self._check_application(s, application_id)
            th = s.scalars(select(TakeHome).where(TakeHome.owner_id == self.app.user_id, TakeHome.name == title)
                           .order_by(TakeHome.id)).first()
            if th is None:
                th = TakeHome(owner_id=self.app.user_id, name=title, application_id=application_id, created_at=now)
                s.add(th)
                s.flush()
            elif application_id is not None:
                th.application_id = application_id
            s.add(TakeHomeReview(owner_id=self.app.user_id, takehome_id=th.id, score=float(report["score"]),
                                 parts=report["parts"], report=report, created_at=now))
            s.add(Activity(owner_id=self.app.user_id, at=now, area="takehome", kind="review", subject=title[:200]))
            s.commit()
            return self._dict(s, th)

    def _dict(self, s, th: TakeHome) -> dict[str, Any]:
        rows = list(s.scalars(select(TakeHomeReview).where(TakeHomeReview.takehome_id == th.id)
                              .order_by(TakeHomeReview.id)))
        return takehome_dict(th, rows)

    def _get(self, s, takehome_id: int) -> TakeHome:
        th = s.get(TakeHome, takehome_id)
        if th is None or th.owner_id != self.app.user_id:
            raise NotFound(f"There is no take-home {takehome_id}.")
        return th

    def list(self) -> list[dict[str, Any]]:
        with self.app.session() as s:
            rows = s.scalars(select(TakeHome).where(TakeHome.owner_id == self.app.user_id).order_by(TakeHome.id))
            return [self._dict(s, th) for th in rows]

    def get(self, takehome_id: int) -> dict[str, Any]:
        with self.app.session() as s:
            return self._dict(s, self._get(s, takehome_id))

    def report(self, review_id: int) -> dict[str, Any]:
        with self.app.session() as s:
            r = s.get(TakeHomeReview, review_id)
            if r is None or r.owner_id != self.app.user_id:
                raise NotFound(f"There is no take-home review {review_id}.")
            return dict(r.report, review_id=r.id, takehome_id=r.takehome_id, created_at=r.created_at.isoformat())

    def link(self, takehome_id: int, application_id: int | None) -> dict[str, Any]:
        with self.app.session() as s:
            th = self._get(s, takehome_id)
            self._check_application(s, application_id)
            th.application_id = application_id
            s.commit()
            return self._dict(s, th)

    def delete(self, takehome_id: int) -> str:
        with self.app.session() as s:
            th = self._get(s, takehome_id)
            name = th.name
            for r in s.scalars(select(TakeHomeReview).where(TakeHomeReview.takehome_id == th.id)):
                s.delete(r)
            s.delete(th)
            s.commit()
            return name
