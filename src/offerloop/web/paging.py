"""Paging of API lists: `limit` and `offset` query parameters, `X-Total-Count` and an RFC 8288 `Link` header.

The body stays the plain JSON list it always was (a published interface); the headers tell a
client how many rows there are in all and where the next and previous pages are.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Query, Request, Response

DEFAULT_LIMIT = 100
MAX_LIMIT = 500
# An offset past any real list but within the narrowest integer both backends take.
MAX_OFFSET = 2_147_483_647

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"rows per page (at most {MAX_LIMIT})",
                             examples=[DEFAULT_LIMIT])]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="rows to skip before the page", examples=[0])]

PAGE_HEADERS = {
    "X-Total-Count": {"description": "how many rows the whole list has", "schema": {"type": "integer"}},
    "Link": {"description": 'RFC 8288 links to the rel="next" and rel="prev" pages, when there are any',
             "schema": {"type": "string"}},
}
# Spread into a route's `responses=` so the schema documents the paging headers of the 200 answer.
PAGED_RESPONSES = {200: {"description": "One page of the list", "headers": PAGE_HEADERS}}


def links(url: str, total: int, limit: int, offset: int) -> list[tuple[str, str]]:
    """(rel, url) pairs for the pages around [offset, offset + limit) of a list of `total` rows."""
    from starlette.datastructures import URL

    base = URL(url)
    out = []
    if offset + limit < total:
        out.append(("next", str(base.include_query_params(limit=limit, offset=offset + limit))))
    if offset > 0:
        out.append(("prev", str(base.include_query_params(limit=limit, offset=max(0, min(offset, total) - limit)))))
    return out


def set_page_headers(request: Request, response: Response, total: int, limit: int, offset: int) -> None:
    response.headers["X-Total-Count"] = str(total)
    found = links(str(request.url), total, limit, offset)
    if found:
        response.headers["Link"] = ", ".join(f'<{url}>; rel="{rel}"' for rel, url in found)
