from offerloop.judge.cases import case

SWEEP_SEEDS = 30  # integers only: no float boundary


def _jobs(rng, n, arrival_hi, duration_hi):
    return [[int(rng.integers(1, arrival_hi + 1)), int(rng.integers(1, duration_hi + 1))] for _ in range(n)]


def visible():
    return [
        case([[1, 4], [2, 2], [3, 1], [4, 3]], name="shortest waiting job first"),
        case([[5, 2], [5, 2], [5, 1]], name="equal durations go by index"),
    ]


def hidden(rng):
    cases = [
        case([[7, 3]], name="one job"),
        case([[1, 2], [3, 1], [3, 5]], name="arrives exactly when the CPU frees"),
        case([[1, 1], [10, 1], [100, 1]], name="idle gaps"),
        case([[1, 1000000000], [2, 1], [1000000000, 1]], name="huge times"),
        case([[4, 2], [1, 3], [2, 2]], name="a later index arrives earlier"),
        case([[1, 5], [3, 2], [2, 2]], name="tie in duration, larger index arrived first"),
        case([[2, 1], [1, 1], [1, 1]], name="arrival order differs from index order"),
    ]
    for n, a_hi, d_hi in ((6, 10, 3), (40, 30, 5), (300, 500, 10), (1000, 5000, 20)):
        cases.append(case(_jobs(rng, n, a_hi, d_hi), name=f"random {n} jobs"))
    cases.append(case(_jobs(rng, 100, 10 ** 9, 10 ** 9), name="random jobs with large times"))
    return cases


def scaling_input(n, rng):
    # Arrivals packed early and long-ish jobs, so most jobs wait together.
    return case(_jobs(rng, n, n // 10, 50))


def check_case(args, kwargs):
    (tasks,) = args
    assert 1 <= len(tasks) <= 10 ** 4, "between 1 and 10^4 jobs"
    assert all(len(t) == 2 and all(type(v) is int and 1 <= v <= 10 ** 9 for v in t) for t in tasks), \
        "arrivals and durations are integers in 1..10^9"
