"""Fixtures of the resume tests."""

import pytest


@pytest.fixture
def run(tmp_path):
    """The real CLI for commands that never open the store (check, bullet, match, cover letters)."""
    from typer.testing import CliRunner

    from offerloop.cli.main import app

    env = {"OFFERLOOP_DATA_DIR": str(tmp_path / "data"), "OFFERLOOP_DATABASE_URL": None}
    runner = CliRunner()
    return lambda *args, input=None: runner.invoke(app, list(args), env=env, input=input, catch_exceptions=False)
