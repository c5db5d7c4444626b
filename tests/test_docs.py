"""The README documents every setting; README or docs/ document every top-level command."""

from pathlib import Path

from offerloop.settings import describe_settings

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text()
DOCS = README + "".join(p.read_text() for p in sorted((ROOT / "docs").rglob("*.md")))


def test_every_setting_is_in_the_readme():
    for variable, _default, _help in describe_settings():
        assert f"`{variable}`" in README, variable


def test_every_top_level_command_is_in_the_readme():
    from typer.main import get_command

    from offerloop.cli.main import app

    group = get_command(app)
    for name in group.commands:
        assert f"`offerloop {name}" in DOCS, f"`offerloop {name}` is not documented in README.md or docs/"


def test_readme_starts_with_the_two_commands():
    head = README.split("## ")[0]
    assert "make run" in head and "make test" in head
