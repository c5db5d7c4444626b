"""Isolation, proven on every route (issue 17, point 2).

User A makes one object of every kind through the API. Then every operation of the published
schema and every page route of the app, enumerated from the app itself, is called:
- as user B with A's ids (in the path, the query or the body): the answer must be exactly what B
  gets for an id that does not exist (a 404 for a path id, never a 2xx), with none of A's text;
- as B on every read without ids: B's own (empty) view, none of A's text;
- anonymously, with A's ids: 401 under /api, a redirect to /signin for pages; only the routes in
  OPEN answer anyway.
Afterwards A still sees every object, unchanged in what it carries.

A new route is covered without editing this file; a new kind of id in a path (a path parameter
this file does not know) fails the test until A is given one to probe it with.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from offerloop.web.auth import is_api
from tests.accounts.conftest import sign_in
from tests.accounts.isolation_data import DESIGN, PROBLEM, make_everything

pytestmark = pytest.mark.slow

# Path, query and body names that hold an id of one of A's rows.
OWNED = ("application_id", "contact_id", "flag_id", "interview_id", "question_id", "offer_id", "point_id",
         "story_id", "answer_id", "loop_id", "resume_id", "description_id", "review_id", "takehome_id",
         "attempt_id", "submission_id", "cohort_id")
ABSENT_ID = 2_147_483_647  # a valid id no row has: what "not there" looks like
# Path parameters that name content everyone shares (or a position inside an owned object).
SHARED = {"position": "1", "index": "1", "number": "1", "level": "mid", "company_type": "big-tech"}
# Routes about the caller's own sign-in, not anyone's data.
OWN_SESSION = {"/api/session", "/signin", "/signup", "/signout"}
# What answers without a session (anything else must refuse). /api/ready: a load balancer probes it
# anonymously; it says only which component is down, never anyone's data.
OPEN = {("GET", "/api/health"), ("GET", "/api/ready"), ("GET", "/docs"), ("POST", "/api/session"),
        ("GET", "/signin"), ("POST", "/signin"), ("GET", "/signup"), ("POST", "/signup")}
METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


def _routes(app):
    """(method, path template, route) for every API and page route of the app."""

    def walk(routes, prefix=""):
        for r in routes:
            if hasattr(r, "original_router"):  # an included router (FastAPI keeps it whole)
                yield from walk(r.original_router.routes, prefix + r.include_context.prefix)
            elif hasattr(r, "dependant"):
                for m in sorted(r.methods or ()):
                    if m in METHODS:
                        yield m, prefix + r.path, r

    return list(walk(app.routes))


def _template(path: str) -> str:
    return re.sub(r"\{([^}:]+):[^}]+\}", r"{\1}", path)


class Probe:
    """Fills one route's path, query and body with A's ids (or with ids no row has)."""

    def __init__(self, ids: dict[str, Any], question: str, spec: dict):
        self.ids, self.question, self.spec = ids, question, spec

    def path_value(self, path: str, name: str, absent: bool) -> tuple[str, bool] | None:
        """(value, owned?) for a path parameter, None when unknown."""
        if name in OWNED:
            return str(ABSENT_ID if absent else self.ids[name]), True
        if name == "slug":
            if "/cards/" in path:  # own cards are addressed by slug, like the bank's
                return ("own-2147483647-nothing-here" if absent else self.ids["own_card"]), True
            return (DESIGN if "design" in path else PROBLEM), False
        if name == "question":
            return self.question, False
        if name in SHARED:
            return SHARED[name], False
        return None

    def sample(self, schema: dict, absent: bool, depth: int = 0) -> Any:
        if "$ref" in schema:
            schema = self.spec["components"]["schemas"][schema["$ref"].split("/")[-1]]
        for key in ("anyOf", "oneOf"):
            if key in schema:
                options = [s for s in schema[key] if s.get("type") != "null"] or schema[key]
                return self.sample(options[0], absent, depth + 1)
        if "allOf" in schema:
            return self.sample(schema["allOf"][0], absent, depth + 1)
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            return schema["enum"][0]
        kind = schema.get("type")
        if kind == "object" or "properties" in schema:
            props = schema.get("properties", {})
            out = {k: self.sample(props[k], absent, depth + 1) for k in schema.get("required", []) if k in props}
            for k in props:
                if k in OWNED:
                    out[k] = ABSENT_ID if absent else self.ids[k]
            return out
        if kind == "array":
            return [self.sample(schema.get("items", {}), absent, depth + 1) for _ in range(schema.get("minItems", 0))]
        if kind == "integer":
            return max(1, schema.get("minimum", 1))
        if kind == "number":
            return max(1, schema.get("minimum", 1))
        if kind == "boolean":
            return False
        if schema.get("format") == "date-time":
            return "2031-03-04T10:00:00+00:00"
        if schema.get("format") == "date":
            return "2031-03-04"
        return "x" * max(12, schema.get("minLength", 1))

    def request(self, method: str, path: str, route, absent: bool) -> tuple[dict, bool]:
        """(keyword arguments for the client, whether any of A's ids is in them)."""
        owned = False
        url = path
        for name in re.findall(r"\{([^}:]+)(?::[^}]+)?\}", path):
            found = self.path_value(path, name, absent)
            value, is_owned = found
            owned |= is_owned
            url = re.sub(r"\{" + re.escape(name) + r"(?::[^}]+)?\}", value, url)
        query = {}
        for q in route.dependant.query_params:
            if q.alias in OWNED:
                query[q.alias], owned = (ABSENT_ID if absent else self.ids[q.alias]), True
        kw: dict[str, Any] = {"params": query}
        if method != "GET":
            operation = self.spec["paths"].get(_template(path), {}).get(method.lower())
            content = (operation or {}).get("requestBody", {}).get("content", {})
            if "application/json" in content:
                body = self.sample(content["application/json"]["schema"], absent)
                owned |= isinstance(body, dict) and any(k in OWNED for k in body)
                kw["json"] = body
            elif route.dependant.body_params and not operation:  # a page's form
                form = {}
                for p in route.dependant.body_params:
                    if p.alias in OWNED:
                        form[p.alias], owned = str(ABSENT_ID if absent else self.ids[p.alias]), True
                    else:
                        form[p.alias] = "x"
                kw["data"] = form
        return {"url": url, **kw}, owned


def _normalise(text: str, ids: dict[str, Any]) -> str:
    text = re.sub(r'"request_id":\s*"[^"]*"', "", text)
    text = re.sub(r"[0-9a-f]{32}", "<rid>", text)
    for value in sorted({str(v) for v in ids.values()} | {str(ABSENT_ID), "own-2147483647-nothing-here"},
                        key=len, reverse=True):
        text = re.sub(rf"(?<![\w-]){re.escape(value)}(?![\w-])", "<id>", text)
    return text


def test_user_b_and_anonymous_reach_nothing_of_user_a_on_any_route(web, user, hosted):
    app_a, app_b, anon = web(), web(), web()
    # A and B are coaches, each of their own cohort (a coach has a candidate's routes too), so the
    # coach's routes are probed with A's cohort id: B, a coach of another cohort, must get 404.
    a_email, b_email = user(role="coach", tag="a"), user(role="coach", tag="b")
    sign_in(app_a, a_email)
    b_token = sign_in(app_b, b_email)
    ids, marker = make_everything(app_a)
    for name, email in ((f"{marker} cohort", a_email), ("B's cohort", b_email)):
        cohort = hosted.accounts.create_cohort(name)  # cohorts are made by an admin (CLI), not the API
        hosted.accounts.add_member(name, email)
        ids.setdefault("cohort_id", cohort["id"])
    question = app_a.get("/api/stories/questions").json()[0]["uuid"]

    app = app_a.app
    spec = app.openapi()
    routes = _routes(app)
    walked = {(m, _template(p)) for m, p, _ in routes}
    documented = {(m.upper(), p) for p, item in spec["paths"].items() for m in item if m.upper() in METHODS}
    assert documented <= walked, f"schema operations the route walk missed: {sorted(documented - walked)}"

    probe = Probe(ids, question, spec)
    unknown = sorted({(p, n) for _m, p, _r in routes for n in re.findall(r"\{([^}:]+)", p)
                      if probe.path_value(p, n, False) is None})
    assert not unknown, ("path parameters the isolation test cannot fill; give user A an object for each "
                         f"in isolation_data.make_everything and map it in Probe.path_value: {unknown}")

    # Before: what A sees of each of its objects (every GET with one of A's ids), and where the marker shows.
    a_view = {}
    for method, path, route in routes:
        if method == "GET" and path not in OWN_SESSION:
            kw, owned = probe.request(method, path, route, absent=False)
            if owned:
                r = app_a.get(**kw)
                assert r.status_code == 200, (path, r.status_code, r.text[:200])
                a_view[(method, path)] = marker in r.text

    problems: list[str] = []
    refused = compared = reads = 0
    for method, path, route in routes:
        if path in OWN_SESSION:
            continue
        kw, owned = probe.request(method, path, route, absent=False)
        if not owned:
            if method == "GET":  # B's own view of a collection: never A's text
                r = app_b.get(**kw, follow_redirects=False)
                reads += 1
                if r.status_code >= 500 or marker in r.text:
                    problems.append(f"B {method} {path}: {r.status_code}, A's text shown: {marker in r.text}")
            continue
        if "data" in kw:
            kw["data"]["csrf_token"] = b_token
        got = app_b.request(method, **kw, follow_redirects=False)
        base, _ = probe.request(method, path, route, absent=True)
        if "data" in base:
            base["data"]["csrf_token"] = b_token
        absent = app_b.request(method, **base, follow_redirects=False)
        compared += 1
        refused += got.status_code == 404
        if marker in got.text:
            problems.append(f"B {method} {path}: A's text in the answer ({got.status_code})")
        if got.status_code != absent.status_code or _normalise(got.text, ids) != _normalise(absent.text, ids):
            problems.append(f"B {method} {path}: {got.status_code} on A's ids but {absent.status_code} on absent "
                            f"ids: {got.text[:160]!r} vs {absent.text[:160]!r}")
        elif 200 <= got.status_code < 300 and re.search(r"\{[^}]*(_id|slug)", path):
            problems.append(f"B {method} {path}: {got.status_code} for A's object")

    for method, path, route in routes:
        kw, _owned = probe.request(method, path, route, absent=False)
        r = anon.request(method, **kw, follow_redirects=False)
        if (method, _template(path)) in OPEN:
            continue
        if is_api(kw["url"]):
            ok = r.status_code == 401 and r.json().get("error") == "Sign in first."
        else:
            ok = r.status_code == 303 and r.headers["location"].startswith("/signin?next=")
        if not ok or marker in r.text:
            problems.append(f"anonymous {method} {path}: {r.status_code} {r.text[:120]!r}")

    for method, path, route in routes:  # after: A still has everything, with its text
        if (method, path) in a_view:
            kw, _ = probe.request(method, path, route, absent=False)
            r = app_a.get(**kw)
            if r.status_code != 200 or (a_view[(method, path)] and marker not in r.text):
                problems.append(f"A GET {path} after B's attempts: {r.status_code}, text kept: {marker in r.text}")

    assert not problems, "\n".join(problems)
    assert compared >= 60 and reads >= 40, (compared, reads)  # the sweep really covered the app
    assert refused >= compared * 0.6, (refused, compared)  # most probes reach the lookup, not just validation
    print(f"\nisolation: {len(routes)} route methods; B on A's ids {compared} ({refused} answered 404), "
          f"B's own reads {reads}, anonymous {len(routes)}")
