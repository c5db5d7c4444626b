"""Limits (issue 17, point 3): per-user and per-address rate limits on grading and feedback in hosted
mode, backed by real Redis; none at all in local mode; a full grading queue or judge pool refuses at
once; uploads over their cap get 413 and nothing is stored.

Every test uses its own Redis key prefix (OFFERLOOP_REDIS_PREFIX), its own queue name and a fresh
store, and wipes its keys afterwards, so tests and parallel runs never share a count.
"""

from __future__ import annotations

import asyncio
import inspect
import re
import time
import uuid

import pytest

from tests.accounts.conftest import PASSWORD, REDIS, _redis_reachable, new_email, sign_in
from tests.conftest import need_service

SLUG = "two-sum"  # no imports: the lightest zygote
BROKEN = "def two_sum(nums, target:\n    return []\n"  # graded quickly (syntax_error), still a grading
VALID = "def two_sum(nums, target):\n    return [0, 1]\n"
RETRY = re.compile(r"try again in (\d+) seconds\.$")


@pytest.fixture
def redis_space():
    """A key prefix of this test's own; its keys are deleted afterwards."""
    need_service(_redis_reachable(), "Redis at 127.0.0.1:6379")
    import redis

    prefix = f"t-limits-{uuid.uuid4().hex[:10]}"
    client = redis.Redis.from_url(REDIS)
    yield prefix, client
    for key in client.scan_iter(prefix + ":*"):
        client.delete(key)
    client.close()


@pytest.fixture
def hosted_app(settings_for, redis_space):
    """make(**settings) -> (Offerloop, FastAPI app) in hosted mode on a fresh SQLite store."""
    from offerloop.app import Offerloop
    from offerloop.web.app import create_app

    made = []

    def make(**update):
        settings = settings_for("sqlite").model_copy(update={"mode": "hosted", "redis_url": REDIS,
                                                             "redis_prefix": redis_space[0], **update})
        ol = Offerloop(settings)
        made.append(ol)
        return ol, create_app(ol)

    yield make
    for ol in made:
        ol.close()


@pytest.fixture
def clients():
    """open(app, address=...) -> a TestClient from that client address (closed afterwards)."""
    from fastapi.testclient import TestClient

    opened = []

    def open_(app, address: str = "10.0.0.1"):
        client = TestClient(app, client=(address, 50000))
        client.__enter__()
        opened.append(client)
        return client

    yield open_
    for client in opened:
        client.__exit__(None, None, None)


def _signed_in(ol, app, clients, address: str = "10.0.0.1"):
    email = new_email()
    ol.accounts.add_user(email, PASSWORD)
    client = clients(app, address)
    sign_in(client, email)
    return client


def _refused(response, window: int) -> int:
    """Check a 429: one sentence naming the wait, the same wait in a sane Retry-After; returns it."""
    assert response.status_code == 429, response.text
    wait = int(response.headers["retry-after"])
    assert 1 <= wait <= window
    body = response.json()
    assert body["status"] == 429
    sentence = body["error"]
    assert sentence.count(".") == 1 and RETRY.search(sentence), sentence
    assert int(RETRY.search(sentence).group(1)) == wait
    return wait


def _bullet(client):
    return client.post("/api/resume/bullet", json={"text": "Built a churn model that cut churn by 12%"})


# -- per user and per address -------------------------------------------------------------------------
def test_grading_limit_trips_for_one_user_and_not_for_another(hosted_app, clients):
    ol, app = hosted_app(grading_per_user=2, grading_per_ip=100)
    a = _signed_in(ol, app, clients)
    b = _signed_in(ol, app, clients)
    for _ in range(2):
        r = a.post(f"/api/problems/{SLUG}/submissions", json={"code": BROKEN})
        assert r.status_code == 200, r.text
        assert r.json()["verdict"] == "syntax_error"
    _refused(a.post(f"/api/problems/{SLUG}/submissions", json={"code": BROKEN}), 60)
    _refused(a.post(f"/api/problems/{SLUG}/run", json={"code": BROKEN}), 60)  # runs and submits share it
    assert len(a.get(f"/api/problems/{SLUG}/submissions").json()) == 2  # the refused one was never graded
    r = b.post(f"/api/problems/{SLUG}/submissions", json={"code": BROKEN})
    assert r.status_code == 200, r.text
    assert a.get(f"/api/problems/{SLUG}").status_code == 200  # reading is never limited


def test_feedback_limit_trips_for_one_user_and_not_for_another(hosted_app, clients):
    ol, app = hosted_app(answers_per_user=3, answers_per_ip=100)
    a = _signed_in(ol, app, clients)
    b = _signed_in(ol, app, clients)
    assert [_bullet(a).status_code for _ in range(3)] == [200, 200, 200]
    _refused(_bullet(a), 60)
    # Every feedback route counts toward the same budget: a card answer is refused too.
    slug = a.get("/api/cards").json()[0]["slug"]
    _refused(a.post(f"/api/cards/{slug}/answer", json={"text": "It lowers variance."}), 60)
    assert _bullet(b).status_code == 200


def test_per_address_limit_counts_every_user_behind_one_address(hosted_app, clients):
    ol, app = hosted_app(answers_per_user=100, answers_per_ip=3)
    a = _signed_in(ol, app, clients, "10.1.1.1")
    b = _signed_in(ol, app, clients, "10.1.1.1")
    c = _signed_in(ol, app, clients, "10.2.2.2")
    assert [_bullet(x).status_code for x in (a, a, b)] == [200, 200, 200]
    _refused(_bullet(b), 60)
    _refused(_bullet(a), 60)
    assert _bullet(c).status_code == 200  # another address has its own count


def test_a_refused_request_is_not_counted(hosted_app, clients):
    """A user hammering past their own limit does not use up their network's budget."""
    ol, app = hosted_app(answers_per_user=2, answers_per_ip=4)
    a = _signed_in(ol, app, clients)
    b = _signed_in(ol, app, clients)
    assert [_bullet(a).status_code for _ in range(7)] == [200, 200] + [429] * 5
    assert [_bullet(b).status_code for _ in range(3)] == [200, 200, 429]  # the address's 4 are used now


def test_retry_after_is_sane_and_the_window_reopens(hosted_app, clients):
    from offerloop.resume.bullets import analyze_bullet

    analyze_bullet("Built a model")  # warm: the first analysis loads its vocabulary, which takes a while
    ol, app = hosted_app(answers_per_user=1, answers_per_ip=100, limit_window=4)
    a = _signed_in(ol, app, clients)
    assert _bullet(a).status_code == 200
    wait = _refused(_bullet(a), 4)
    time.sleep(wait + 0.2)
    assert _bullet(a).status_code == 200


def test_a_limited_page_answers_a_429_page(hosted_app, clients):
    ol, app = hosted_app(answers_per_user=1, answers_per_ip=100)
    a = _signed_in(ol, app, clients)
    form = {"text": "I am applying to your team because ...", "jd": "", "company": "", "role": ""}
    assert a.post("/resume/cover-letter", data=form).status_code == 200
    r = a.post("/resume/cover-letter", data=form)
    assert r.status_code == 429
    assert 1 <= int(r.headers["retry-after"]) <= 60
    assert "text/html" in r.headers["content-type"] and "try again in" in r.text


def test_anonymous_and_csrf_less_requests_are_not_counted(hosted_app, clients):
    ol, app = hosted_app(answers_per_user=1, answers_per_ip=1)
    anonymous = clients(app)
    for _ in range(3):
        assert _bullet(anonymous).status_code == 401  # the gate answers before any limit
    a = _signed_in(ol, app, clients)
    token = a.headers.pop("X-CSRF-Token")
    assert _bullet(a).status_code == 403
    a.headers["X-CSRF-Token"] = token
    assert _bullet(a).status_code == 200


def test_a_lost_redis_refuses_limited_routes_with_a_sentence(hosted_app, clients):
    """Failing closed: without its Redis the limit answers 503 with one sentence, never unlimited."""
    from offerloop.accounts.throttle import RedisCounter

    ol, app = hosted_app()
    a = _signed_in(ol, app, clients)
    limiter = app.state.limiter
    limiter.counter = RedisCounter("redis://127.0.0.1:1/0", "x", kind="limits")  # nothing listens on port 1
    r = _bullet(a)
    assert r.status_code == 503
    assert r.json()["error"] == ("This is unavailable for a moment (the rate limits' Redis cannot be reached); "
                                 "try again shortly.")
    assert a.get("/api/resumes").status_code == 200  # unlimited routes are unaffected


def test_local_mode_is_never_limited(settings_for, redis_space, clients):
    from offerloop.app import Offerloop
    from offerloop.web.app import create_app
    from offerloop.web.limits import RateLimitMiddleware

    prefix, redis_client = redis_space
    settings = settings_for("sqlite").model_copy(update={
        "redis_url": REDIS, "redis_prefix": prefix, "grading_per_user": 1, "grading_per_ip": 1,
        "answers_per_user": 1, "answers_per_ip": 1, "limit_window": 3600})
    ol = Offerloop(settings)
    try:
        app = create_app(ol)
        assert RateLimitMiddleware not in [m.cls for m in app.user_middleware]
        client = clients(app)
        assert [_bullet(client).status_code for _ in range(5)] == [200] * 5
        for _ in range(3):
            r = client.post(f"/api/problems/{SLUG}/run", json={"code": BROKEN})
            assert r.status_code == 200, r.text
        assert list(redis_client.scan_iter(prefix + ":*")) == []  # nothing was even counted
    finally:
        ol.close()


# -- grading backpressure -----------------------------------------------------------------------------
@pytest.fixture
def broker_queue(redis_space):
    """A queue name of this test's own on a real Redis broker (db 14); its lists are deleted afterwards."""
    import redis

    url = "redis://127.0.0.1:6379/14"
    name = f"t-grading-{uuid.uuid4().hex[:10]}"
    yield url, name
    client = redis.Redis.from_url(url)
    for key in client.scan_iter(f"*{name}*"):
        client.delete(key)
    client.close()


def test_a_full_task_queue_refuses_a_submission_at_once(settings_for, broker_queue, clients):
    import redis

    from offerloop.app import Offerloop
    from offerloop.judge.tasks import TASK_NAME, celery_app
    from offerloop.web.app import create_app

    url, queue = broker_queue
    settings = settings_for("sqlite").model_copy(update={"broker_url": url, "grading_queue": queue,
                                                          "grading_queue_max": 2, "grading_timeout": 60})
    celery = celery_app(url, queue)
    for _ in range(2):  # two real jobs wait: no worker listens on this queue
        celery.send_task(TASK_NAME, args=[SLUG, VALID, "submit", None], queue=queue)
    waiting = redis.Redis.from_url(url)
    assert waiting.llen(queue) == 2
    ol = Offerloop(settings)
    try:
        client = clients(create_app(ol))
        for path in (f"/api/problems/{SLUG}/submissions", f"/api/problems/{SLUG}/run"):
            started = time.monotonic()
            r = client.post(path, json={"code": VALID})
            assert time.monotonic() - started < 5  # refused at once, not after the 60 s timeout
            assert r.status_code == 503, r.text
            assert r.json()["error"] == "The grading queue is full; try again in 10 seconds."
            assert r.headers["retry-after"] == "10"
        assert waiting.llen(queue) == 2  # no job was added
        assert ol.problems.history(SLUG) == []  # and nothing was written
        assert "judge" not in ol.__dict__  # nor was anything graded here
    finally:
        waiting.close()
        ol.close()


def test_a_queue_under_its_bound_accepts(settings_for, broker_queue):
    import redis

    from offerloop.judge.backpressure import check_queue, pending_jobs

    url, queue = broker_queue
    settings = settings_for("sqlite").model_copy(update={"broker_url": url, "grading_queue": queue,
                                                          "grading_queue_max": 2})
    client = redis.Redis.from_url(url)
    try:
        assert pending_jobs(settings) == 0
        client.lpush(queue, b"{}")
        assert pending_jobs(settings) == 1
        check_queue(settings)  # 1 of 2: accepted
        client.lpush(queue + "\x06\x163", b"{}")  # a job on a priority list counts too
        with pytest.raises(Exception, match="The grading queue is full"):
            check_queue(settings)
        check_queue(settings.model_copy(update={"grading_queue_max": 0}))  # 0: no bound
    finally:
        client.close()


def test_a_busy_judge_pool_refuses_instead_of_hanging(settings_for, clients):
    from offerloop.app import Offerloop
    from offerloop.judge.backpressure import pool_slot
    from offerloop.web.app import create_app

    settings = settings_for("sqlite").model_copy(update={"judge_workers": 1, "grading_pool_waiting": 0})
    ol = Offerloop(settings)
    try:
        client = clients(create_app(ol))
        with pool_slot(ol.judge, 0):  # the only slot is taken (as by a long grading) and none may wait
            started = time.monotonic()
            r = client.post(f"/api/problems/{SLUG}/submissions", json={"code": VALID})
            assert time.monotonic() - started < 5
            assert r.status_code == 503, r.text
            assert r.json()["error"] == "The grading queue is full; try again in 10 seconds."
            assert r.headers["retry-after"] == "10"
            assert ol.problems.history(SLUG) == []
        r = client.post(f"/api/problems/{SLUG}/submissions", json={"code": VALID})  # the slot is free again
        assert r.status_code == 200, r.text
        assert len(ol.problems.history(SLUG)) == 1
    finally:
        ol.close()


def test_only_hosted_mode_bounds_the_pool_by_default(settings_for):
    local = settings_for("sqlite").model_copy(update={"judge_workers": 2})
    assert local.resolved_grading_pool_waiting is None  # a laptop waits; it is never refused
    assert local.model_copy(update={"mode": "hosted"}).resolved_grading_pool_waiting == 8


def test_concurrent_gradings_beyond_the_pool_bound_are_refused(settings_for):
    """Real threads through the real pool: with one slot and one waiting place, a third grading
    arriving while two are in is refused, and the two are graded."""
    import threading

    from offerloop.app import Offerloop
    from offerloop.errors import JudgeError
    from offerloop.judge.backpressure import gate_for

    slow = "def two_sum(nums, target):\n    x = 0\n    for i in range(3_000_000):\n        x += i\n    return [0, 1]\n"
    settings = settings_for("sqlite").model_copy(update={"judge_workers": 1, "grading_pool_waiting": 1})
    ol = Offerloop(settings)
    try:
        results, errors = [], []

        def grade():
            try:
                results.append(ol.problems.run_examples(SLUG, slow))
            except JudgeError as exc:
                errors.append(exc)

        threads = [threading.Thread(target=grade) for _ in range(2)]
        for t in threads:
            t.start()
        gate = gate_for(ol.judge)
        deadline = time.monotonic() + 10
        while gate.busy < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert gate.busy == 2
        with pytest.raises(JudgeError, match="The grading queue is full"):
            ol.problems.run_examples(SLUG, slow)
        for t in threads:
            t.join(60)
        assert len(results) == 2 and errors == []
        assert gate.busy == 0
    finally:
        ol.close()


# -- upload caps --------------------------------------------------------------------------------------
@pytest.fixture
def local_client(ol, clients):
    from offerloop.web.app import create_app

    return clients(create_app(ol))


def _stored(ol) -> dict:
    with ol.session() as s:
        own_cards = len(ol.cards.own_rows(s))
    return {"resumes": ol.resumes.list_resumes(), "takehomes": ol.takehomes.list(),
            "applications": ol.applications.list(), "own cards": own_cards}


UPLOADS = [
    # (path, field name or None for a raw body, content type of a raw body)
    ("/api/resumes", "file", None),
    ("/api/resume/check", "file", None),
    ("/api/resume/match", "file", None),
    ("/api/takehome/reviews", "file", None),
    ("/api/cards/import-csv", "file", None),
    ("/api/design/review-file", "file", None),
    ("/api/applications/import-csv", None, "text/csv"),
    ("/resume/analyze", "file", None),
    ("/takehome/review", "file", None),
    ("/cards/import", "file", None),
]


def _cap(path: str):
    from offerloop.web.limits import uploads

    return uploads()[("POST", path)]


@pytest.mark.parametrize("streamed", [False, True], ids=["content-length", "streamed"])
@pytest.mark.parametrize("path,field,kind", UPLOADS, ids=[u[0] for u in UPLOADS])
def test_an_upload_over_its_cap_is_refused_and_nothing_is_stored(ol, local_client, path, field, kind, streamed):
    from offerloop.web.limits import size

    upload = _cap(path)
    before = _stored(ol)
    payload = b"a,b\n" * (upload.cap // 4 + 1)  # just over the whole body's cap
    if field is None:
        headers = {"content-type": kind}
        body = payload
    else:
        boundary = "offerloop-test-boundary"
        headers = {"content-type": f"multipart/form-data; boundary={boundary}"}
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"case\"\r\n\r\nurl-shortener\r\n"
                f"--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"big.csv\"\r\n"
                "Content-Type: text/csv\r\n\r\n").encode() + payload + f"\r\n--{boundary}--\r\n".encode()
    content = (body[i:i + 1_000_000] for i in range(0, len(body), 1_000_000)) if streamed else body
    r = local_client.post(path, content=content, headers=headers)
    assert r.status_code == 413, r.text[:300]
    if path.startswith("/api/"):
        assert r.json()["error"] == f"The upload is larger than {size(upload.nominal)}, the most {upload.what} accepts."
    else:
        assert f"The upload is larger than {size(upload.nominal)}" in r.text
    assert _stored(ol) == before


def test_a_body_without_an_upload_cap_has_the_general_one(ol, local_client):
    before = ol.stories.count()
    big = "x" * (20 * 1024 * 1024)
    r = local_client.post("/api/stories", json={"title": "Big", "situation": big})
    assert r.status_code == 413
    assert r.json()["error"] == "The request body is larger than 20 MB, the most offerloop accepts."
    assert ol.stories.count() == before


def test_an_oversized_upload_is_refused_before_the_gate_reads_it(hosted_app, clients):
    """Hosted: the cap sits outside the sign-in gate, so not even the CSRF check reads a big form."""
    ol, app = hosted_app()
    a = _signed_in(ol, app, clients)
    token = a.headers.pop("X-CSRF-Token")
    r = a.post("/api/resumes", data={"csrf_token": token},
               files={"file": ("cv.md", b"x" * (_cap("/api/resumes").cap + 1), "text/markdown")})
    assert r.status_code == 413
    assert r.json()["error"] == "The upload is larger than 5 MB, the most a resume upload accepts."
    a.headers["X-CSRF-Token"] = token
    assert a.get("/api/resumes").json() == []


def test_the_cap_stops_reading_a_streamed_body(ol):
    """Fed to the app chunk by chunk (no Content-Length), a 50 MB body is cut off at the cap: the app
    pulls little more than the 5 MB it allows, never the whole body."""
    from offerloop.web.app import create_app

    app = create_app(ol)
    chunk, total = 1_000_000, 50
    pulled = 0
    sent = []

    head = b'--zz\r\nContent-Disposition: form-data; name="file"; filename="cv.md"\r\n\r\n'

    async def receive():
        nonlocal pulled
        if pulled < total:
            pulled += 1
            body = (head if pulled == 1 else b"") + b"x" * chunk
            return {"type": "http.request", "body": body, "more_body": pulled < total}
        return {"type": "http.disconnect"}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
             "scheme": "http", "path": "/api/resumes", "raw_path": b"/api/resumes", "root_path": "",
             "query_string": b"", "server": ("testserver", 80), "client": ("10.0.0.9", 5000),
             "headers": [(b"host", b"testserver"), (b"content-type", b"multipart/form-data; boundary=zz")]}
    asyncio.run(app(scope, receive, send))
    start = next(m for m in sent if m["type"] == "http.response.start")
    assert start["status"] == 413
    assert pulled <= _cap("/api/resumes").cap // chunk + 1  # 6 of the 50 chunks
    assert ol.resumes.list_resumes() == []


# -- the tables and the schema ------------------------------------------------------------------------
def test_every_limited_route_exists_and_every_file_route_has_a_cap(ol):
    from offerloop.web import limits
    from offerloop.web.app import create_app

    app = create_app(ol)
    assert limits.resolve(app, limits.uploads())[1] == []
    assert limits.resolve(app, dict.fromkeys(limits.GRADING + limits.ANSWERS))[1] == []
    capped = set(limits.uploads())

    def walk(items, prefix=""):
        for r in items:
            if hasattr(r, "original_router"):
                yield from walk(r.original_router.routes, prefix + r.include_context.prefix)
            elif getattr(r, "endpoint", None) is not None and getattr(r, "methods", None):
                yield prefix + r.path, r

    for path, route in walk(app.routes):
        takes_file = any("UploadFile" in str(p.annotation) for p in inspect.signature(route.endpoint).parameters.values())
        if takes_file:
            for method in route.methods:
                assert (method, path) in capped, f"{method} {path} takes a file but has no upload cap"
    schema = app.openapi()
    for path, item in schema["paths"].items():
        for method, op in item.items():
            kinds = set((op.get("requestBody") or {}).get("content", {}))
            if kinds - {"application/json"}:
                declared = [p for (m, p) in capped if m == method.upper() and p.replace(":int", "") == path]
                assert declared, f"{method.upper()} {path} takes {kinds} but has no upload cap"


def test_the_schema_shows_every_limit(hosted_app, ol):
    from offerloop.web import limits
    from offerloop.web.app import create_app

    local = create_app(ol).openapi()
    op = local["paths"]["/api/resumes"]["post"]
    assert "Uploads over 5 MB are refused with 413 before they are read." in op["description"]
    assert op["responses"]["413"]["description"] == "The upload is larger than 5 MB, the most a resume upload accepts."
    assert "25 MB" in local["paths"]["/api/takehome/reviews"]["post"]["responses"]["413"]["description"]
    assert "queue is full" in local["paths"]["/api/problems/{slug}/submissions"]["post"]["responses"]["503"]["description"]
    assert "429" not in local["paths"]["/api/resume/bullet"]["post"]["responses"]  # a laptop is never limited

    _, app = hosted_app(answers_per_user=7)
    hosted = app.openapi()
    for method, path in limits.GRADING + limits.ANSWERS:
        responses = hosted["paths"][path]["post"]["responses"] if path.startswith("/api/") else None
        if responses is not None:
            assert "429" in responses, path
    assert hosted["paths"]["/api/resume/bullet"]["post"]["responses"]["429"]["description"].startswith(
        "Over 7 feedback requests per user")
    assert "429" not in hosted["paths"]["/api/resumes"]["get"]["responses"]
