from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary

LIMIT = 2**31 - 1


def _replay(ops):
    """The sheet after ops, or AssertionError when a note breaks a promise of the prompt."""
    sheet = []
    for op in ops:
        if op == "+":
            assert len(sheet) >= 2, '"+" needs two entries'
            sheet.append(sheet[-1] + sheet[-2])
        elif op == "D":
            assert sheet, '"D" needs an entry'
            sheet.append(2 * sheet[-1])
        elif op == "C":
            assert sheet, '"C" needs an entry'
            sheet.pop()
        else:
            assert op == str(int(op)) and -1000 <= int(op) <= 1000, f"{op!r} is an integer in [-1000, 1000]"
            sheet.append(int(op))
        assert not sheet or abs(sheet[-1]) <= LIMIT, "entries stay within 32 bits"
    return sheet


def _random_ops(rng, n):
    ops, sheet = [], []
    for _ in range(n):
        r = rng.random()
        if r < 0.15 and len(sheet) >= 2 and abs(sheet[-1] + sheet[-2]) < 10**6:
            ops.append("+")
            sheet.append(sheet[-1] + sheet[-2])
        elif r < 0.3 and sheet and abs(sheet[-1]) < 10**6:
            ops.append("D")
            sheet.append(2 * sheet[-1])
        elif r < 0.45 and sheet:
            ops.append("C")
            sheet.pop()
        else:
            v = int(rng.integers(-1000, 1001))
            ops.append(str(v))
            sheet.append(v)
    return ops


def visible():
    return [
        case(["5", "2", "C", "D", "+"], name="each note once"),
        case(["5", "-2", "4", "C", "D", "9", "+", "+"], name="negatives and a cross-out"),
    ]


def hidden(rng):
    cases = [
        case([], name="no notes"),
        case(["7"], name="one entry"),
        case(["7", "C"], name="crossed out again"),
        case(["-1000"], name="a negative number is not a note"),
        case(["1", "C", "2", "C", "3"], name="cross-outs in between"),
        case(["3", "4", "+", "C", "+"], name="a crossed-out sum"),
        case(["1", "D", "D", "D", "D"], name="doubling"),
        case(["2", "-2", "+", "D"], name="a zero entry"),
    ]
    for n in (10, 100, 3000):
        cases.append(case(_random_ops(rng, n), name=f"random {n} notes"))
    return cases


def scaling_input(n, rng):
    return case(_random_ops(rng, n))


def check_case(args, kwargs):
    (ops,) = args
    assert all(isinstance(op, str) for op in ops), "notes are strings"
    _replay(ops)
