"""Settings, declared once: name, default and help drive validation, `offerloop doctor` and the docs."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_data_dir() -> Path:
    # platformdirs is small; importing it here keeps settings import-light.
    from platformdirs import user_data_dir

    return Path(user_data_dir("offerloop", appauthor=False))


class Settings(BaseSettings):
    """Every knob offerloop has. Each one is an OFFERLOOP_* environment variable or a line in .env."""

    model_config = SettingsConfigDict(env_prefix="OFFERLOOP_", env_file=".env", extra="ignore")

    data_dir: Path = Field(
        default_factory=_default_data_dir,
        description="Folder for the SQLite database, workspaces and exports (default: the platform's user data dir).",
    )
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL of the database; empty means SQLite in the data dir. "
        "Use postgresql+psycopg://user@host/db for a hosted install.",
    )
    host: str = Field(default="127.0.0.1", description="Address `offerloop serve` listens on.")
    port: int = Field(default=8000, ge=1, le=65535, description="Port `offerloop serve` listens on.")
    judge_workers: int = Field(
        default=0,
        ge=0,
        le=64,
        description="Warm grading processes in the judge pool; 0 means one per CPU core.",
    )
    broker_url: str | None = Field(
        default=None,
        description="Celery broker (for example redis://127.0.0.1:6379/0) to grade on a task queue; "
        "empty means grading runs in the web process's own pool.",
    )
    grading_queue: str = Field(
        default="offerloop-grading",
        description="Name of the task queue grading jobs go to when OFFERLOOP_BROKER_URL is set.",
    )
    grading_timeout: int = Field(
        default=120, ge=5, le=3600,
        description="Seconds the web app waits for a queued grading job before giving up with an error.",
    )
    mode: Literal["local", "hosted"] = Field(
        default="local",
        description="`local`: one user, no sign-in (a laptop). `hosted`: accounts, sign-in, CSRF and per-user "
        "isolation, for a bootcamp or career centre.",
    )
    redis_url: str | None = Field(
        default=None,
        description="Redis (for example redis://127.0.0.1:6379/1) holding sign-in throttling counters, shared by "
        "every web process; empty in hosted mode falls back to OFFERLOOP_BROKER_URL.",
    )
    cookie_secure: bool = Field(
        default=False,
        description="Always mark the session cookie Secure (set it behind an https proxy); it is Secure anyway "
        "when the request itself is https.",
    )
    session_hours: int = Field(
        default=336, ge=1, le=8760,
        description="Hours a hosted sign-in lasts before the user must sign in again.",
    )
    grading_per_user: int = Field(
        default=30, ge=0, le=100_000,
        description="Hosted mode: gradings (problem runs and submissions) one user may ask for per limit window; "
        "more get 429 with Retry-After. 0 means no per-user limit.",
    )
    grading_per_ip: int = Field(
        default=120, ge=0, le=1_000_000,
        description="Hosted mode: gradings per client address per limit window (a classroom shares one address). "
        "0 means no per-address limit.",
    )
    answers_per_user: int = Field(
        default=60, ge=0, le=100_000,
        description="Hosted mode: feedback requests on your text (card answers, stories, designs, mock items, "
        "resumes, cover letters, take-homes) one user may make per limit window. 0 means no per-user limit.",
    )
    answers_per_ip: int = Field(
        default=240, ge=0, le=1_000_000,
        description="Hosted mode: feedback requests per client address per limit window. 0 means no limit.",
    )
    limit_window: int = Field(
        default=60, ge=1, le=86_400,
        description="Seconds in each window of the grading and feedback limits (fixed windows, counted in Redis).",
    )
    redis_prefix: str = Field(
        default="offerloop", min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$",
        description="First part of every key the limits and sign-in counters write in Redis; give each "
        "deployment sharing one Redis its own.",
    )
    grading_queue_max: int = Field(
        default=200, ge=0, le=1_000_000,
        description="Grading jobs the task queue may hold waiting; a submission arriving when it holds this many "
        "is refused at once (503 with Retry-After) instead of timing out. 0 means no bound.",
    )
    grading_pool_waiting: int | None = Field(
        default=None, ge=0, le=100_000,
        description="Gradings that may wait for a free slot of a web process's own judge pool before new ones are "
        "refused (503 with Retry-After); empty means no bound in local mode and 4 per slot in hosted mode.",
    )
    max_body_mb: int = Field(
        default=20, ge=1, le=1024,
        description="Largest request body (MB) accepted where an upload has no smaller limit of its own; a bigger "
        "one gets 413 before it is read.",
    )
    web_workers: int = Field(
        default=2, ge=1, le=64,
        description="Web processes (gunicorn's uvicorn workers) the hosted stack (`make hosted`) starts.",
    )
    queue_workers: int = Field(
        default=1, ge=0, le=64,
        description="`offerloop worker` processes the hosted stack starts, each with OFFERLOOP_JUDGE_WORKERS "
        "grading processes (0 there: one per core).",
    )
    db_pool_size: int = Field(
        default=5, ge=1, le=200,
        description="Database connections each process keeps open (SQLAlchemy's pool_size).",
    )
    db_pool_overflow: int = Field(
        default=10, ge=0, le=200,
        description="Extra connections a process may open above db_pool_size when every pooled one is busy.",
    )
    db_pool_timeout: float = Field(
        default=10.0, gt=0, le=300,
        description="Seconds a request waits for a free database connection before it gets 503 with a sentence.",
    )
    workspace_dir: Path | None = Field(
        default=None,
        description="Where `offerloop start` writes problem workspaces (default: <data dir>/workspace).",
    )

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'offerloop.db'}"

    @property
    def is_sqlite(self) -> bool:
        return self.resolved_database_url.startswith("sqlite")

    @property
    def hosted(self) -> bool:
        return self.mode == "hosted"

    @property
    def resolved_redis_url(self) -> str | None:
        """Where the throttling counters live: the Redis URL, else the broker's Redis (hosted)."""
        if self.redis_url:
            return self.redis_url
        if self.broker_url and self.broker_url.startswith(("redis://", "rediss://")):
            return self.broker_url
        return None

    @property
    def resolved_grading_pool_waiting(self) -> int | None:
        """How many gradings may wait for this process's pool; None means no bound."""
        if self.grading_pool_waiting is not None:
            return self.grading_pool_waiting
        return 4 * self.resolved_judge_workers if self.hosted else None

    @property
    def resolved_workspace_dir(self) -> Path:
        return self.workspace_dir or (self.data_dir / "workspace")

    @property
    def resolved_judge_workers(self) -> int:
        return self.judge_workers or max(1, os.cpu_count() or 1)


def describe_settings() -> list[tuple[str, str, str]]:
    """(environment variable, default, help) for every setting, for docs and `doctor`."""
    rows = []
    for name, field in Settings.model_fields.items():
        default = "platform user data dir" if field.default_factory else repr(field.default)
        rows.append((f"OFFERLOOP_{name.upper()}", default, field.description or ""))
    return rows
