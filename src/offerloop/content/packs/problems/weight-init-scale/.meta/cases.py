from offerloop.judge.cases import case

SCHEMES = ["xavier_uniform", "xavier_normal", "he_uniform", "he_normal", "lecun_normal"]


def visible():
    return [
        case((256, 784), "he_normal", name="dense layer, He normal"),
        case((64, 3, 3, 3), "xavier_uniform", name="conv layer, Xavier uniform"),
    ]


def hidden(rng):
    cases = [case((1, 1), s, name=f"1x1 weight, {s}") for s in SCHEMES]
    for i in range(6):
        out_f, in_f = int(rng.integers(2, 500)), int(rng.integers(2, 500))
        if i % 2:
            shape = (out_f, in_f, int(rng.integers(1, 6)), int(rng.integers(1, 6)))
        else:
            shape = (out_f, in_f)
        cases.append(case(shape, SCHEMES[i % len(SCHEMES)], name=f"random {len(shape)}-d, {SCHEMES[i % len(SCHEMES)]}"))
    cases.append(case((10, 100), "he_uniform", name="wide input, He uniform"))
    cases.append(case((8, 4, 5), "lecun_normal", name="1-d convolution"))
    return cases


SWEEP_SEEDS = 50  # integer shapes and a named scheme: no float boundary


def check_case(args, kwargs):
    """The prompt's promise: a PyTorch-layout shape of >= 2 positive ints and one of the five schemes."""
    shape, scheme = args
    assert isinstance(shape, (tuple, list)) and len(shape) >= 2, f"shape {shape!r} needs at least (out, in)"
    assert all(type(s) is int and s >= 1 for s in shape), f"shape {shape!r} must hold positive ints"
    assert scheme in SCHEMES, f"unknown scheme {scheme!r}"
