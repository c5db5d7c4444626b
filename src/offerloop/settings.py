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
