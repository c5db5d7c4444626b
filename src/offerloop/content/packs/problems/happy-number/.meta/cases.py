from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # integers only, no float boundary


def _happy(n):
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1


def visible():
    return [
        case(19, name="happy in four steps"),
        case(2, name="unhappy"),
        case(7, name="a one-digit happy number"),
    ]


def hidden(rng):
    cases = [
        case(1, name="one is happy"),
        case(4, name="four starts the unhappy cycle"),
        case(10, name="ten"),
        case(356, name="happy after six steps"),
        case(78999, name="happy after seven steps"),
        case(2147483647, name="the largest input"),
        case(1111111, name="seven ones"),
    ]
    happy, unhappy = [], []
    while len(happy) < 3 or len(unhappy) < 3:
        n = int(rng.integers(1, 2**31 - 1))
        (happy if _happy(n) else unhappy).append(n)
    cases += [case(n, name="a random happy number") for n in happy[:3]]
    cases += [case(n, name="a random unhappy number") for n in unhappy[:3]]
    return cases


def check_case(args, kwargs):
    (n,) = args
    assert type(n) is int and 1 <= n <= 2**31 - 1, "1 <= n <= 2^31 - 1"
