from offerloop.judge.cases import case


def visible():
    return [case([0, 5, 10, 55, 100, 150], 1.0, 10, 100, min_lr=0.1, name="all three regimes")]


def hidden(rng):
    cases = [
        case([0, 1, 50, 99, 100], 3e-4, 0, 100, name="no warm-up"),
        case([0], 1.0, 5, 10, name="a single step"),
        case(list(range(0, 21)), 2.0, 4, 20, min_lr=0.5, name="every step of a short run"),
        case([7, 8, 9], 1e-3, 8, 9, name="a one-step decay phase"),
    ]
    for i in range(3):
        total = int(rng.integers(50, 5000))
        warm = int(rng.integers(0, total // 3))
        steps = sorted(int(s) for s in rng.integers(0, int(total * 1.2), size=10))
        cases.append(case(steps, float(rng.choice([1e-3, 6e-4, 3e-4])), warm, total, min_lr=float(rng.choice([0.0, 1e-5, 6e-5])), name=f"random {i + 1}"))
    return cases


SWEEP_SEEDS = 50  # the regime boundaries sit at integer steps: no float boundary to sweep for


def check_case(args, kwargs):
    """The prompt's promise: integer steps >= 0, 0 <= warmup_steps < total_steps, 0 <= min_lr <= max_lr."""
    steps, max_lr, warmup, total = args
    min_lr = kwargs.get("min_lr", 0.0)
    assert isinstance(steps, list) and all(type(s) is int and s >= 0 for s in steps), "steps must be a list of ints >= 0"
    assert type(warmup) is int and type(total) is int and 0 <= warmup < total, f"warmup_steps={warmup!r}, total_steps={total!r}: need 0 <= warmup < total"
    assert 0 <= min_lr <= max_lr and max_lr > 0, f"min_lr={min_lr!r}, max_lr={max_lr!r}: need 0 <= min_lr <= max_lr"
