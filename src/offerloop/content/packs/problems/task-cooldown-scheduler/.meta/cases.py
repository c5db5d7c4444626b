from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # integers and strings only, no float boundary

LETTERS = [chr(ord("A") + i) for i in range(26)]


def _tasks(rng, size, letters, skew):
    """size letters from the first `letters`, with a skewed popularity."""
    p = [1.0 / (i + 1) ** skew for i in range(letters)]
    total = sum(p)
    picks = rng.choice(letters, size=size, p=[x / total for x in p])
    order = rng.permutation(26)[:letters]
    return [LETTERS[int(order[int(i)])] for i in picks]


def visible():
    return [
        case(["A", "A", "B", "B", "B", "C"], 2, name="one busiest letter"),
        case(["D", "A", "D", "C", "A", "B"], 1, name="no idle slot needed"),
        case(["A", "A", "A", "B"], 3, name="mostly idle"),
    ]


def hidden(rng):
    cases = [
        case(["A"], 5, name="one job"),
        case(["A", "A", "A"], 0, name="no cooldown"),
        case(["A", "A", "B", "B", "C", "C", "D"], 2, name="three tie"),
        case(["A", "A", "A", "B", "B", "B"], 2, name="two busiest letters tie"),
        case(["A", "A", "A", "B", "C", "D", "E", "F", "G"], 2, name="others fill the gaps exactly"),
        case(["A"] * 6 + ["B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M"], 2, name="crowded: N wins"),
        case(["Z", "Z", "Y"], 100, name="long cooldown"),
        case(["A", "B", "A", "B", "C", "C", "D", "D", "E"], 3, name="several tied, one idle at the end"),
    ]
    for size, letters, skew, n in ((12, 3, 1.0, 2), (60, 8, 1.5, 4), (400, 26, 0.5, 30), (2000, 12, 2.0, 7)):
        cases.append(case(_tasks(rng, size, letters, skew), n, name=f"random {size} jobs, {letters} letters, n = {n}"))
    return cases


def scaling_input(n, rng):
    return case(_tasks(rng, n, 26, 1.2), 20)


def check_case(args, kwargs):
    tasks, n = args
    assert 1 <= len(tasks) <= 10 ** 5 and all(t in LETTERS for t in tasks), "1..10^5 capital letters"
    assert type(n) is int and 0 <= n <= 100, "0 <= n <= 100"
