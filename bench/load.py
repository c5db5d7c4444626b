"""Load figures for hosted mode (issue 17): locust against the real stack on this machine.

Run: `make bench-load` (or `python -m bench.load [--users 200] [--seconds 60]`). It creates a fresh
PostgreSQL database (`offerloop_load_<pid>` on 127.0.0.1:5432, dropped at the end), uses Redis
127.0.0.1:6379 db 11 with a key prefix and a grading queue of its own, and starts the stack with
bench.stack: gunicorn with 2 uvicorn workers and 2 `offerloop worker` processes (one grading
process each). 200 candidate accounts are made beforehand through the accounts service; each
simulated candidate signs in (POST /api/session, then X-CSRF-Token on every write) and, with a
think time of 5 to 20 s, browses pages, reviews cards (typed answer, then a rating) and submits code:
the reference and a wrong solution of two problems without a scaling check, every verdict
compared with what it must be. One extra user polls `GET /api/health` twice a second all along.

After the ramp (sign-ins included) the statistics are reset and the run is measured for --seconds.
It prints p50 and p99 per route group (pages, card API, grading, health), the grading throughput per
worker process, and the verdict count (lost: a submission without a 200 answer or whose attempt is
not stored once; wrong: a verdict other than the expected one), and exits 1 when a target is
missed: page p99 < 300 ms, no 5xx (nor a request left without an answer), 0 lost or wrong verdicts.

All simulated candidates come from 127.0.0.1, so the per-address limits are turned off for the run
(a real cohort does not share one address); per-user limits stay at their defaults.
Traffic goes to 127.0.0.1 only; the run is bounded by --seconds and the user count.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

USERS = 200
SECONDS = 60
SPAWN_RATE = 10  # candidates started per second (each signs in: an argon2 hash on the server)
WEB_WORKERS = 2
GRADERS = 2  # `offerloop worker` processes, one grading process each
THINK = (5.0, 20.0)  # seconds a candidate spends between two actions (reading a page, typing an answer)
PAGE_P99_TARGET_MS = 300.0
PG_ADMIN = os.environ.get("OFFERLOOP_LOAD_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
REDIS = os.environ.get("OFFERLOOP_LOAD_REDIS", "redis://127.0.0.1:6379/11")
PASSWORD = "load-test password 17"
PAGES = ["/", "/practice", "/cards", "/tracker", "/problems/valid-parentheses", "/problems/combination-sum"]
GROUPS = ("pages", "card API", "grading", "health", "sign-in")

PROBLEMS = Path(__file__).resolve().parent.parent / "src/offerloop/content/packs/problems"
# (slug, solution file under .meta, expected verdict): no scaling check, so the verdicts do not
# depend on how busy the machine is.
SUBMISSIONS = [
    ("combination-sum", "solution.py", "accepted"),
    ("combination-sum", "wrong/each_coin_once.py", "wrong_answer"),
    ("find-min-rotated-sorted", "solution.py", "accepted"),
    ("find-min-rotated-sorted", "wrong/{wrong}", "wrong_answer"),
]


def submissions() -> list[dict]:
    out = []
    for slug, name, verdict in SUBMISSIONS:
        if "{wrong}" in name:
            wrong = sorted((PROBLEMS / slug / ".meta/wrong").glob("*.py"))
            name = f"wrong/{wrong[0].name}"
        out.append({"slug": slug, "code": (PROBLEMS / slug / ".meta" / name).read_text(), "verdict": verdict,
                    "what": f"{slug} {name}"})
    return out


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, int(round(q / 100 * len(ordered) + 0.5)) - 1))
    return ordered[k]


# -- the locust side (its own process: gevent patches everything it imports) ------------------------

def drive(base: str, users: int, seconds: float, spawn_rate: float, out: Path) -> None:
    import itertools

    import gevent
    from locust import FastHttpUser, between, events, task
    from locust.env import Environment

    subs = submissions()
    numbers = itertools.count()
    state = {"measuring": False, "stopping": False, "inflight": 0, "window_start": float("inf")}
    samples: dict[str, list[float]] = {g: [] for g in GROUPS}
    statuses: dict[str, dict[str, int]] = {g: {} for g in GROUPS}
    routes: dict[str, list[float]] = {}  # per route, to say which one makes a group's tail
    timeline: list[tuple[float, float]] = []  # (seconds into the window when sent, ms): when the tail happens
    verdicts = {"graded": 0, "wrong": [], "lost": [], "refused": 0, "per_user": {}}

    def group_of(name: str) -> str:
        return name.split(":", 1)[0]

    @events.request.add_listener
    def _record(request_type, name, response_time, response_length, response=None, exception=None, start_time=None,
                **kw):
        group = group_of(name)
        code = getattr(response, "status_code", 0) or 0
        # Measured: requests sent inside the window (one sent during the ramp, queued behind the
        # sign-ins' argon2 hashing, belongs to the ramp even when it ends inside the window).
        sent = start_time if start_time is not None else time.time() - response_time / 1000
        if group == "sign-in" or (state["measuring"] and sent >= state["window_start"]):
            samples[group].append(response_time)
            routes.setdefault(name.split(":", 1)[1], []).append(response_time)
            if group != "sign-in":
                timeline.append((sent - state["window_start"], response_time))
            key = str(code if code else "error")
            statuses[group][key] = statuses[group].get(key, 0) + 1

    class Candidate(FastHttpUser):
        wait_time = between(*THINK)
        host = base
        network_timeout = 150.0
        connection_timeout = 10.0

        def on_start(self):
            self.n = next(numbers)
            self.email = f"load-{self.n}@example.org"
            with self.client.post("/api/session", json={"email": self.email, "password": PASSWORD},
                                  name="sign-in:POST /api/session", catch_response=True) as r:
                if r.status_code != 200:
                    r.failure(f"sign-in {r.status_code}")
                    self.csrf = ""
                    return
                self.csrf = r.json()["csrf_token"]
            self.cards: list[str] = []
            self.turn = self.n  # which submission comes next: candidates spread over all four

        @task(10)
        def browse(self):
            path = PAGES[(self.turn + len(self.cards)) % len(PAGES)]
            self.turn += 1
            self.client.get(path, name=f"pages:GET {path}")

        @task(4)
        def review_card(self):
            if not self.cards:
                r = self.client.get("/api/cards/due", name="card API:GET /api/cards/due")
                if r.status_code != 200:
                    return
                self.cards = [c["slug"] for c in r.json()["cards"]]
                if not self.cards:
                    return
            slug = self.cards.pop(0)
            headers = {"X-CSRF-Token": self.csrf}
            r = self.client.post(f"/api/cards/{slug}/answer", json={"text": "A baseline, then a held-out check of "
                                 "the metric; compare against it before tuning."}, headers=headers,
                                 name="card API:POST /api/cards/{slug}/answer")
            if r.status_code != 200:
                return
            rating = r.json().get("suggested_rating") or "good"
            if rating not in ("again", "hard", "good", "easy"):
                rating = "good"
            self.client.post(f"/api/cards/{slug}/review", json={"rating": rating}, headers=headers,
                             name="card API:POST /api/cards/{slug}/review")

        @task(1)
        def submit(self):
            if state["stopping"]:
                return
            sub = subs[self.turn % len(subs)]
            self.turn += 1
            state["inflight"] += 1
            try:
                self._submit(sub)
            finally:
                state["inflight"] -= 1

        def _submit(self, sub):
            with self.client.post(f"/api/problems/{sub['slug']}/submissions", json={"code": sub["code"]},
                                  headers={"X-CSRF-Token": self.csrf}, catch_response=True,
                                  name="grading:POST /api/problems/{slug}/submissions") as r:
                if r.status_code == 429:
                    verdicts["refused"] += 1  # a per-user limit said no: nothing was graded or stored
                    r.success()
                    return
                # Lost and wrong verdicts count over the whole run; the throughput over the measured part.
                if r.status_code != 200:
                    verdicts["lost"].append(f"{sub['what']}: HTTP {r.status_code} {(r.text or str(r.error))[:200]}")
                    r.failure(f"HTTP {r.status_code}")
                    return
                got = r.json().get("verdict")
                # Every graded answer must be stored exactly once (checked in the database afterwards).
                verdicts["per_user"][self.email] = verdicts["per_user"].get(self.email, 0) + 1
                if state["measuring"]:
                    verdicts["graded"] += 1
                if got != sub["verdict"]:
                    verdicts["wrong"].append(f"{sub['what']}: {got}, expected {sub['verdict']}")
                    r.failure(f"verdict {got}")

    class HealthProbe(FastHttpUser):
        fixed_count = 1
        wait_time = between(0.5, 0.5)
        host = base

        @task
        def health(self):
            self.client.get("/api/health", name="health:GET /api/health")

    env = Environment(user_classes=[Candidate, HealthProbe], events=events)
    runner = env.create_local_runner()
    ramp_started = time.monotonic()
    runner.start(users + 1, spawn_rate=spawn_rate)
    deadline = time.monotonic() + users / spawn_rate + 120  # bounded: a stuck ramp ends the run
    while len(samples["sign-in"]) < users and time.monotonic() < deadline:
        gevent.sleep(0.2)  # every candidate started and signed in
    ramp = time.monotonic() - ramp_started
    running = runner.user_count
    state["window_start"] = time.time()
    state["measuring"] = True
    started = time.monotonic()
    gevent.sleep(seconds)
    state["measuring"] = False
    measured = time.monotonic() - started
    # No new submissions; the ones in flight get their verdict (each must be stored exactly once).
    state["stopping"] = True
    drain = time.monotonic() + 150
    while state["inflight"] and time.monotonic() < drain:
        gevent.sleep(0.2)
    verdicts["unanswered_at_end"] = state["inflight"]
    runner.quit()
    gevent.sleep(0.5)
    out.write_text(json.dumps({"samples": samples, "routes": routes, "timeline": timeline, "statuses": statuses, "verdicts": verdicts, "seconds": measured,
                               "ramp_seconds": ramp, "users": running}))


# -- the harness side ---------------------------------------------------------------------------------

WARM = [f"warm-{i}@example.org" for i in range(8)]  # one account per warm-up thread (per-user limits)


def _warm(stack) -> None:
    """Each web process renders every page once and each grading process grades once (content bank
    loaded, zygote started), as a long-running deployment would have done before the cohort came."""
    import threading

    import httpx2

    subs = submissions()

    def one(i: int) -> None:
        # A new connection per request, so every gunicorn worker gets its share of the warm-up.
        with httpx2.Client(base_url=stack.base, timeout=120, headers={"Connection": "close"}) as c:
            r = c.post("/api/session", json={"email": WARM[i], "password": PASSWORD})
            r.raise_for_status()
            c.headers["X-CSRF-Token"] = r.json()["csrf_token"]
            for path in PAGES * 2:
                c.get(path)
            # The feedback engine compiles a card's cues on its first answer (kept per process): every
            # candidate's first cards are these 20 new ones.
            for card in c.get("/api/cards/due").json()["cards"]:
                c.post(f"/api/cards/{card['slug']}/answer", json={"text": "A first answer to warm the engine."})
            sub = subs[i % len(subs)]
            c.post(f"/api/problems/{sub['slug']}/submissions", json={"code": sub["code"]})

    threads = [threading.Thread(target=one, args=(i,)) for i in range(len(WARM))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(180)


BURST_THREADS, BURST_EACH = 8, 3  # 24 submissions, under the per-user limit of 30 a minute


def _burst(stack, email: str) -> dict:
    """The grading capacity: 24 submissions sent 8 at a time (the queue never runs dry), timed from
    the first sent to the last verdict; every verdict is checked."""
    import threading

    import httpx2

    subs = submissions()
    results: list[tuple[str, str | None, int]] = []
    lock = threading.Lock()

    def one(i: int) -> None:
        with httpx2.Client(base_url=stack.base, timeout=150) as c:
            r = c.post("/api/session", json={"email": email, "password": PASSWORD})
            c.headers["X-CSRF-Token"] = r.json()["csrf_token"]
            ready.wait()
            for k in range(BURST_EACH):
                sub = subs[(i + k) % len(subs)]
                r = c.post(f"/api/problems/{sub['slug']}/submissions", json={"code": sub["code"]})
                got = r.json().get("verdict") if r.status_code == 200 else None
                with lock:
                    results.append((sub["verdict"], got, r.status_code))

    ready = threading.Event()
    threads = [threading.Thread(target=one, args=(i,)) for i in range(BURST_THREADS)]
    for t in threads:
        t.start()
    time.sleep(3.0)  # every thread signed in
    started = time.perf_counter()
    ready.set()
    for t in threads:
        t.join(300)
    took = time.perf_counter() - started
    return {"jobs": len(results), "seconds": took, "ok": sum(1 for want, got, _ in results if got == want),
            "answered": sum(1 for *_, code in results if code == 200),
            "bad": [f"{code}: {got} (expected {want})" for want, got, code in results if got != want]}


def _stored_attempts(database_url: str) -> dict[str, int]:
    import sqlalchemy as sa

    engine = sa.create_engine(database_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(sa.text(
                "SELECT a.email, count(s.id) FROM accounts a JOIN practice_submissions s ON s.owner_id = a.user_id "
                "GROUP BY a.email")).all()
    finally:
        engine.dispose()
    return {email: n for email, n in rows}


def run(args) -> int:
    import sqlalchemy as sa

    from bench.stack import Stack, seed_accounts

    tag = f"{os.getpid()}_{uuid.uuid4().hex[:6]}"
    dbname = f"offerloop_load_{tag}"
    admin = sa.create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{dbname}"'))
    database_url = PG_ADMIN.rsplit("/", 1)[0] + "/" + dbname
    folder = Path(tempfile.mkdtemp(prefix="offerloop-load-"))
    stack = Stack(folder, database_url=database_url, redis_url=REDIS, web_workers=args.web_workers, extra_env={
        "OFFERLOOP_REDIS_PREFIX": f"load{tag}",
        "OFFERLOOP_GRADING_PER_IP": "0", "OFFERLOOP_ANSWERS_PER_IP": "0",
    })
    code = 1
    try:
        t = time.perf_counter()
        emails = [f"load-{i}@example.org" for i in range(args.users)]
        settings = stack.settings()
        seed_accounts(settings, WARM[:1], PASSWORD)  # creates and migrates the database
        # argon2 is meant to be slow: two processes share the hashing.
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(2) as pool:
            list(pool.map(seed_accounts, [settings] * 2, [emails[0::2] + WARM[1::2], emails[1::2] + WARM[2::2]],
                          [PASSWORD] * 2))
        print(f"{args.users} accounts made through the accounts service in {time.perf_counter() - t:.1f} s")
        stack.start_web()
        for _ in range(args.graders):
            stack.wait_worker_ready(stack.start_worker(1))
        _warm(stack)
        warm_graded = _stored_attempts(database_url).get(WARM[0], 0)
        print(f"stack up and warm: gunicorn with {args.web_workers} uvicorn workers, {args.graders} grading "
              f"worker processes, on {os.cpu_count()} cores; {args.users} candidates for {args.seconds:.0f} s ...")
        result_file = folder / "drive.json"
        done = subprocess.run([sys.executable, "-m", "bench.load", "--drive", stack.base, "--users", str(args.users),
                               "--seconds", str(args.seconds), "--spawn-rate", str(args.spawn_rate),
                               "--out", str(result_file)], cwd=Path(__file__).resolve().parent.parent,
                              timeout=args.seconds + args.users / args.spawn_rate + 400)
        if done.returncode != 0:
            print(f"The locust driver failed (exit {done.returncode}).")
            return 1
        result = json.loads(result_file.read_text())
        result["warm_graded"] = warm_graded
        result["burst"] = _burst(stack, WARM[0])
        stored = _stored_attempts(database_url)
        result["burst"]["stored"] = stored.get(WARM[0], 0) - result["warm_graded"]
        code = report(result, stored, args)
        return code
    finally:
        stack.stop()
        if code != 0:  # the processes' logs say why (500s carry a request id found there)
            kept = Path(tempfile.mkdtemp(prefix="offerloop-load-logs-"))
            for log in folder.glob("*.log"):
                shutil.copy(log, kept / log.name)
            print(f"the stack's logs are kept in {kept}")
        _cleanup_redis(tag, stack.env["OFFERLOOP_GRADING_QUEUE"])
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)'))
        admin.dispose()
        shutil.rmtree(folder, ignore_errors=True)


def _cleanup_redis(tag: str, queue: str) -> None:
    import redis

    client = redis.Redis.from_url(REDIS)
    try:
        # db 11 is this run's: its queue, kombu's bindings for it, results and counters go.
        for pattern in (f"load{tag}*", f"{queue}*", f"_kombu.*{queue}", "_kombu.binding_deadlines", "unacked*",
                        "celery-task-meta-*"):
            for key in client.scan_iter(pattern):
                client.delete(key)
    finally:
        client.close()


def report(result: dict, stored: dict[str, int], args) -> int:
    samples, statuses, verdicts = result["samples"], result["statuses"], result["verdicts"]
    seconds = result["seconds"]
    print(f"\nmeasured {seconds:.0f} s after a {result['ramp_seconds']:.0f} s ramp (sign-ins), "
          f"{result['users'] - 1} candidates + 1 health probe, think time {THINK[0]:.0f}-{THINK[1]:.0f} s\n")
    print(f"{'route group':<10} {'requests':>9} {'req/s':>7} {'p50 ms':>8} {'p99 ms':>8} {'5xx':>5} {'other':>6}  statuses")
    failures = []
    total_5xx = 0
    for group in GROUPS:
        values = samples.get(group, [])
        codes = statuses.get(group, {})
        n5 = sum(v for k, v in codes.items() if k.startswith("5"))
        bad = sum(v for k, v in codes.items() if not k.startswith(("2", "5")))
        total_5xx += n5
        rate = len(values) / seconds if group != "sign-in" else float("nan")
        print(f"{group:<10} {len(values):>9} {rate:>7.1f} {percentile(values, 50):>8.0f} {percentile(values, 99):>8.0f} "
              f"{n5:>5} {bad:>6}  {json.dumps(codes, sort_keys=True)}")
    print(f"\n{'route':<46} {'requests':>9} {'p50 ms':>8} {'p99 ms':>8}")
    for name, values in sorted(result.get("routes", {}).items(), key=lambda kv: -percentile(kv[1], 99)):
        print(f"{name:<46} {len(values):>9} {percentile(values, 50):>8.0f} {percentile(values, 99):>8.0f}")
    timeline = result.get("timeline", [])
    if timeline:
        print("\nover the window, every request but sign-ins (10 s slices):")
        for start in range(0, int(seconds) + 1, 10):
            part = [ms for t, ms in timeline if start <= t < start + 10]
            if part:
                print(f"  {start:>3}-{start + 10:<3} s {len(part):>6} requests  p50 {percentile(part, 50):>6.0f} ms  "
                      f"p99 {percentile(part, 99):>6.0f} ms  max {max(part):>6.0f} ms")
    graded = verdicts["graded"]
    print(f"\ngrading: {graded} verdicts in {seconds:.0f} s = {graded / seconds:.2f}/s over {args.graders} worker "
          f"processes = {graded / seconds / args.graders:.2f}/s per worker process")
    burst = result["burst"]
    print(f"grading at capacity: {burst['jobs']} submissions, {BURST_THREADS} at a time, in {burst['seconds']:.1f} s = "
          f"{burst['jobs'] / burst['seconds']:.2f}/s = {burst['jobs'] / burst['seconds'] / args.graders:.2f}/s per "
          f"worker process; {burst['ok']} right verdicts, {burst['stored']} stored")
    answered = verdicts["per_user"]
    missing = {e: (n, stored.get(e, 0)) for e, n in answered.items() if stored.get(e, 0) != n}
    extra = {e: n for e, n in stored.items() if e not in answered and e.startswith("load-")}
    lost = len(verdicts["lost"]) + len(missing) + len(extra) + verdicts.get("unanswered_at_end", 0)
    lost += (burst["jobs"] - burst["answered"]) + abs(burst["stored"] - burst["answered"])
    wrong = len(verdicts["wrong"]) + sum(1 for line in burst["bad"] if line.startswith("200"))
    verdicts["wrong"] += burst["bad"]
    print(f"verdicts: {sum(answered.values())} answered, {sum(v for e, v in stored.items() if e.startswith('load-'))} "
          f"stored; lost {lost}, wrong {wrong}, refused by a per-user limit {verdicts['refused']} (mixed run and "
          f"capacity burst together)")
    for line in (verdicts["lost"] + verdicts["wrong"])[:10]:
        print("  ", line)
    if missing or extra:
        print("   answered vs stored differ for:", dict(list({**missing, **extra}.items())[:5]))
    page_p99 = percentile(samples.get("pages", []), 99)
    health = samples.get("health", [])
    print(f"\nhealth p50 {percentile(health, 50):.0f} ms, p99 {percentile(health, 99):.0f} ms in the same run")
    print(f"targets: page p99 < {PAGE_P99_TARGET_MS:.0f} ms (got {page_p99:.0f}), no 5xx (got {total_5xx}), "
          f"0 lost or wrong verdicts (got {lost} lost, {wrong} wrong)")
    if not page_p99 < PAGE_P99_TARGET_MS:
        failures.append("page p99")
    if total_5xx:
        failures.append("5xx answers")
    dropped = sum(statuses.get(g, {}).get("error", 0) for g in GROUPS)
    if dropped:
        failures.append(f"{dropped} request(s) without an HTTP answer")
    if lost or wrong:
        failures.append("lost or wrong verdicts")
    print("MISSED: " + ", ".join(failures) if failures else "all targets met")
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=USERS)
    parser.add_argument("--seconds", type=float, default=SECONDS)
    parser.add_argument("--spawn-rate", type=float, default=SPAWN_RATE)
    parser.add_argument("--web-workers", type=int, default=WEB_WORKERS)
    parser.add_argument("--graders", type=int, default=GRADERS)
    parser.add_argument("--drive", metavar="BASE_URL", help=argparse.SUPPRESS)  # the locust process
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not (1 <= args.users <= 2000 and 5 <= args.seconds <= 600):
        parser.error("--users must be 1-2000 and --seconds 5-600 (the run is bounded).")
    if args.drive:
        if not args.drive.startswith("http://127.0.0.1:"):
            parser.error("The load goes to 127.0.0.1 only.")
        drive(args.drive, args.users, args.seconds, args.spawn_rate, args.out)
        return 0
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
