"""Markdown to HTML for problem prompts and explanations (raw HTML in the source is escaped)."""

from __future__ import annotations

from functools import lru_cache

from markupsafe import Markup


@lru_cache(maxsize=1)
def _md():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).enable("table")


def to_html(text: str) -> Markup:
    return Markup(_md().render(text))
