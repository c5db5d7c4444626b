"""Offerloop: the one entry object. It owns settings, the database, the content bank and the judge,
and exposes one manager per area (app.problems, app.cards, app.stories, app.applications, app.offers)."""

from __future__ import annotations

import os
from contextlib import contextmanager
from functools import cached_property
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from offerloop.errors import StorageError
from offerloop.settings import Settings

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session

    from offerloop.content.loader import ContentBank

# Area managers, loaded on first use so the CLI stays fast: attribute -> "module:Class".
# Each manager is constructed as Class(app).
MANAGERS: dict[str, str] = {
    "problems": "offerloop.practice.service:ProblemManager",
    "cards": "offerloop.cards.service:CardManager",
    "stories": "offerloop.stories.service:StoryManager",
    "designs": "offerloop.design.service:DesignManager",
    "mocks": "offerloop.mock.service:MockManager",
    "applications": "offerloop.tracker.service:ApplicationManager",
    "resumes": "offerloop.resume.service:ResumeManager",
    "takehomes": "offerloop.takehome.service:TakeHomeManager",
    "offers": "offerloop.offers.service:OfferManager",
    "plans": "offerloop.plan.service:PlanManager",
    "accounts": "offerloop.accounts.service:AccountManager",
    "coaching": "offerloop.accounts.coach:CoachManager",
}


class Offerloop:
    """Everything one user (or one hosted deployment) needs, reached through one object."""

    def __init__(self, settings: Settings | None = None, *, user: str | None = None, migrate: bool = True):
        self.settings = settings or Settings()
        self._user_name = user
        self._managers: dict[str, Any] = {}
        self._migrate = migrate
        # A per-user object (for_user) borrows the deployment's engine, content and judge from here.
        self._parent: Offerloop | None = None

    # -- storage ---------------------------------------------------------------------------
    @cached_property
    def engine(self) -> "Engine":
        if self._parent is not None:
            return self._parent.engine
        from offerloop.store.engine import make_engine

        if self.settings.is_sqlite and not self.settings.database_url:
            self._check_data_dir()
        engine = make_engine(self.settings.resolved_database_url, pool_size=self.settings.db_pool_size,
                             max_overflow=self.settings.db_pool_overflow, pool_timeout=self.settings.db_pool_timeout)
        if self._migrate:
            from offerloop.store.migrate import ensure_current

            ensure_current(engine)  # one query when the schema is current; alembic only when it is not
        return engine

    def _check_data_dir(self) -> None:
        data_dir = self.settings.data_dir
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"The data directory {data_dir} cannot be created: {exc.strerror}.") from exc
        if not os.access(data_dir, os.R_OK | os.W_OK | os.X_OK):
            raise StorageError(f"The data directory {data_dir} is not readable and writable by this user.")

    @cached_property
    def _sessionmaker(self):
        if self._parent is not None:
            return self._parent._sessionmaker
        from sqlalchemy.orm import sessionmaker

        from offerloop.store import guards, ownership

        maker = sessionmaker(self.engine, expire_on_commit=False)
        guards.install(maker)
        ownership.install(maker)
        return maker

    @contextmanager
    def session(self, *, system: bool = False) -> Iterator["Session"]:
        """A unit of work: committed if the block ends normally, rolled back if it raises.

        It sees and writes only this object's user's rows (store.ownership). A `system` session
        (accounts, users) has no owner and may not touch any user's data."""
        owner = None if system else self.user_id
        session = self._sessionmaker(info={"owner_id": owner})
        try:
            yield session
            session.commit()
        except BaseException as exc:
            from sqlalchemy.exc import TimeoutError as PoolTimeout

            if isinstance(exc, PoolTimeout):  # every pooled connection is busy: a 503 to retry, not a 500
                session.rollback()
                raise StorageError("The server is too busy to reach its database right now; try again in a few "
                                   "seconds.") from exc
            if not self._database_unreachable(exc):
                session.rollback()
                raise
            try:
                session.rollback()  # nothing was committed; a dead connection may refuse even this
            except Exception:  # noqa: BLE001 - the connection is gone either way
                pass
            raise StorageError("The database is not answering right now; try again in a moment.") from exc
        finally:
            session.close()

    def _database_unreachable(self, exc: BaseException) -> bool:
        """A database error that says the server is down, restarting or out of reach (a 503 the
        user can retry), not a bug in a query (which stays a 500 with its log line)."""
        from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

        if not isinstance(exc, DBAPIError):
            return False
        if exc.connection_invalidated or isinstance(exc, InterfaceError):
            return True
        if not isinstance(exc, OperationalError):
            return False
        if not self.settings.is_sqlite:
            return True  # PostgreSQL's OperationalError: connection lost, shutting down, starting up
        return any(word in str(exc.orig) for word in ("locked", "unable to open", "disk I/O"))

    @cached_property
    def user_id(self) -> int:
        """The id of the user this object acts for (the single local user unless told otherwise)."""
        return self.ensure_user(self._user_name or "local")

    def ensure_user(self, name: str) -> int:
        from sqlalchemy import select

        from offerloop.store.base import User

        with self.session(system=True) as s:
            found = s.scalar(select(User.id).where(User.name == name))
            if found is not None:
                return found
            user = User(name=name)
            s.add(user)
            s.flush()
            return user.id

    def for_user(self, name: str) -> "Offerloop":
        """The same deployment acting for another user (hosted mode); shares engine, content and judge."""
        other = Offerloop(self.settings, user=name, migrate=False)
        other._parent = self._parent or self
        return other

    def for_user_id(self, user_id: int) -> "Offerloop":
        """Like for_user, for a user whose id is known (the signed-in user of a hosted request)."""
        other = Offerloop(self.settings, migrate=False)
        other._parent = self._parent or self
        other.__dict__["user_id"] = user_id
        return other

    # -- content and judge -----------------------------------------------------------------
    @cached_property
    def content(self) -> "ContentBank":
        if self._parent is not None:
            return self._parent.content
        from offerloop.content.loader import load_bank

        return load_bank()

    @cached_property
    def judge(self):
        """The grading pool (warm zygotes); started on first use, closed with the app."""
        if self._parent is not None:
            return self._parent.judge
        from offerloop.judge.pool import JudgePool
        from offerloop.judge.prove import preload_for

        # The preload list needs the whole bank; a terminal command that loaded one problem skips it.
        preload = preload_for(self.content.problems.values()) if "content" in self.__dict__ else ()
        return JudgePool(workers=self.settings.resolved_judge_workers, preload=preload)

    @property
    def workspace_dir(self) -> Path:
        return self.settings.resolved_workspace_dir

    # -- area managers -------------------------------------------------------------------
    def __getattr__(self, name: str) -> Any:
        target = MANAGERS.get(name) if not name.startswith("_") else None
        if target is None:
            raise AttributeError(name)
        if name not in self._managers:
            module, cls = target.split(":")
            self._managers[name] = getattr(import_module(module), cls)(self)
        return self._managers[name]

    def close(self) -> None:
        if self._parent is not None:
            return  # the engine and the judge belong to the deployment's object
        if "judge" in self.__dict__:
            self.__dict__["judge"].close()
        if "engine" in self.__dict__:
            self.__dict__["engine"].dispose()

    def __enter__(self) -> "Offerloop":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
