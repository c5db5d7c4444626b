"""ResumeManager (app.resumes): stored resume versions and job descriptions, their checks and
matches, and the resume and description attached to a tracked application.

Every method opens its own unit of work and returns JSON-ready dicts; the rules live in the pure
modules next to this one (parse, check, bullets, match, cover).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from offerloop.errors import InvalidInput, NotFound
from offerloop.resume.check import check_document
from offerloop.resume.match import jd_title, match
from offerloop.resume.models import ApplicationDocuments, JobDescription, Resume
from offerloop.resume.parse import Document, Line, read_document
from offerloop.store.base import Activity, utcnow

MAX_JD_CHARS = 50_000


def clean_jd(text: str | None) -> str:
    text = (text or "").replace("\r\n", "\n").strip()
    if not text:
        raise InvalidInput("The job description is empty: paste its text.")
    if len(text) > MAX_JD_CHARS:
        raise InvalidInput(f"The job description is longer than {MAX_JD_CHARS} characters.")
    return text


def _name(value: str | None, fallback: str) -> str:
    value = " ".join((value or "").split())
    if len(value) > 200:
        raise InvalidInput("The name is longer than 200 characters.")
    return value or fallback[:200]


def resume_dict(r: Resume) -> dict[str, Any]:
    return {"id": r.id, "name": r.name, "source_name": r.source_name, "format": r.format, "pages": r.pages,
            "pages_estimated": r.pages_estimated, "warnings": list(r.warnings or []),
            "created_at": r.created_at.isoformat()}


def description_dict(d: JobDescription, *, text: bool = False) -> dict[str, Any]:
    out = {"id": d.id, "title": d.title, "company": d.company, "created_at": d.created_at.isoformat(),
           "words": len(d.text.split())}
    if text:
        out["text"] = d.text
    return out


def document_of(r: Resume) -> Document:
    return Document(format=r.format, lines=[Line(**x) for x in r.lines or []], pages=r.pages,
                    pages_estimated=r.pages_estimated, warnings=list(r.warnings or []), source_name=r.source_name)


class ResumeManager:
    def __init__(self, app):
        self.app = app

    # -- helpers ---------------------------------------------------------------------------
    def _resume(self, s, resume_id: int) -> Resume:
        r = s.get(Resume, resume_id)
        if r is None or r.owner_id != self.app.user_id:
            raise NotFound(f"There is no resume with id {resume_id}.")
        return r

    def _description(self, s, description_id: int) -> JobDescription:
        d = s.get(JobDescription, description_id)
        if d is None or d.owner_id != self.app.user_id:
            raise NotFound(f"There is no job description with id {description_id}.")
        return d

    def _application(self, s, application_id: int):
        from offerloop.tracker.models import Application

        a = s.get(Application, application_id)
        if a is None or a.owner_id != self.app.user_id:
            raise NotFound(f"There is no application with id {application_id}.")
        return a

    def record(self, kind: str, subject: str = "", *, now: datetime | None = None) -> None:
        """Note work done without storing anything else (a checked or matched upload): it feeds
        streaks and the interview plan's resume tasks."""
        with self.app.session() as s:
            s.add(Activity(owner_id=self.app.user_id, at=now or utcnow(), area="resume", kind=kind,
                           subject=subject[:200]))

    # -- resumes ---------------------------------------------------------------------------
    def add_resume(self, data: bytes, filename: str = "", *, name: str = "", now: datetime | None = None) -> dict[str, Any]:
        """Read the file and store it as a new resume version; nothing is stored when it cannot be read."""
        now = now or utcnow()
        doc = read_document(data, filename)
        with self.app.session() as s:
            r = Resume(owner_id=self.app.user_id, name=_name(name, filename or "resume"), source_name=filename[:300],
                       format=doc.format, text=doc.text, lines=doc.to_dict()["lines"], pages=doc.pages,
                       pages_estimated=doc.pages_estimated, warnings=doc.warnings, created_at=now)
            s.add(r)
            s.flush()
            s.add(Activity(owner_id=self.app.user_id, at=now, area="resume", kind="resume-imported", subject=r.name))
            out = resume_dict(r)
        out["check"] = check_document(doc, now=now)
        return out

    def list_resumes(self) -> list[dict[str, Any]]:
        with self.app.session() as s:
            rows = s.scalars(select(Resume).where(Resume.owner_id == self.app.user_id).order_by(Resume.id))
            return [resume_dict(r) for r in rows]

    def document(self, resume_id: int) -> Document:
        with self.app.session() as s:
            return document_of(self._resume(s, resume_id))

    def get_resume(self, resume_id: int, *, now: datetime | None = None) -> dict[str, Any]:
        now = now or utcnow()
        with self.app.session() as s:
            r = self._resume(s, resume_id)
            out = resume_dict(r)
            doc = document_of(r)
        out["check"] = check_document(doc, now=now)
        out["text"] = doc.text
        return out

    def rename_resume(self, resume_id: int, name: str) -> dict[str, Any]:
        with self.app.session() as s:
            r = self._resume(s, resume_id)
            r.name = _name(name, r.name)
            return resume_dict(r)

    def delete_resume(self, resume_id: int) -> None:
        with self.app.session() as s:
            s.delete(self._resume(s, resume_id))

    # -- job descriptions ------------------------------------------------------------------
    def add_description(self, text: str, *, title: str = "", company: str = "", now: datetime | None = None) -> dict[str, Any]:
        now = now or utcnow()
        text = clean_jd(text)
        auto_company, auto_role = jd_title(text)
        with self.app.session() as s:
            d = JobDescription(owner_id=self.app.user_id, text=text, title=_name(title, auto_role),
                               company=_name(company, auto_company), created_at=now)
            s.add(d)
            s.flush()
            s.add(Activity(owner_id=self.app.user_id, at=now, area="resume", kind="description-saved",
                           subject=(d.title or d.company or "job description")[:200]))
            return description_dict(d, text=True)

    def list_descriptions(self) -> list[dict[str, Any]]:
        with self.app.session() as s:
            rows = s.scalars(select(JobDescription).where(JobDescription.owner_id == self.app.user_id)
                             .order_by(JobDescription.id))
            return [description_dict(d) for d in rows]

    def get_description(self, description_id: int) -> dict[str, Any]:
        with self.app.session() as s:
            return description_dict(self._description(s, description_id), text=True)

    def delete_description(self, description_id: int) -> None:
        with self.app.session() as s:
            s.delete(self._description(s, description_id))

    # -- matching --------------------------------------------------------------------------
    def match(self, resume_id: int, description_id: int) -> dict[str, Any]:
        with self.app.session() as s:
            doc = document_of(self._resume(s, resume_id))
            jd = self._description(s, description_id).text
        return match(doc, jd).to_dict()

    # -- tracker ties ----------------------------------------------------------------------
    def attach(self, application_id: int, *, resume_id: int | None = None, description_id: int | None = None,
               description_text: str | None = None, now: datetime | None = None) -> dict[str, Any]:
        """Attach a resume version and a description to an application. A pasted description is
        saved as a new description first; a missing one falls back to the tracker's own text."""
        now = now or utcnow()
        if description_text is not None and description_id is not None:
            raise InvalidInput("Give either a saved description id or the description text, not both.")
        new_text = clean_jd(description_text) if description_text is not None else None
        with self.app.session() as s:
            app_row = self._application(s, application_id)
            if resume_id is not None:
                self._resume(s, resume_id)
            if description_id is not None:
                self._description(s, description_id)
            if new_text is not None:
                d = JobDescription(owner_id=self.app.user_id, text=new_text, title=app_row.role[:200],
                                   company=app_row.company[:200], created_at=now)
                s.add(d)
                s.flush()
                description_id = d.id
            link = s.scalar(select(ApplicationDocuments).where(ApplicationDocuments.application_id == application_id))
            if link is None:
                link = ApplicationDocuments(owner_id=self.app.user_id, application_id=application_id)
                s.add(link)
            if resume_id is not None:
                link.resume_id = resume_id
            if description_id is not None:
                link.description_id = description_id
            link.updated_at = now
            s.add(Activity(owner_id=self.app.user_id, at=now, area="resume", kind="attached-to-application",
                           subject=f"{app_row.company}: {app_row.role}"[:200]))
        return self.for_application(application_id)

    def for_application(self, application_id: int) -> dict[str, Any]:
        """The application's resume, description and their match (when both are there)."""
        with self.app.session() as s:
            app_row = self._application(s, application_id)
            link = s.scalar(select(ApplicationDocuments).where(ApplicationDocuments.application_id == application_id))
            resume = s.get(Resume, link.resume_id) if link and link.resume_id else None
            desc = s.get(JobDescription, link.description_id) if link and link.description_id else None
            jd_text = desc.text if desc is not None else (app_row.job_description or "")
            out: dict[str, Any] = {
                "application": {"id": app_row.id, "company": app_row.company, "role": app_row.role},
                "resume": resume_dict(resume) if resume else None,
                "description": description_dict(desc, text=True) if desc else None,
                "description_source": "saved" if desc else ("tracker" if jd_text.strip() else None),
                "match": None,
            }
            doc = document_of(resume) if resume else None
        if doc is not None and jd_text.strip():
            out["match"] = match(doc, jd_text).to_dict()
        return out
