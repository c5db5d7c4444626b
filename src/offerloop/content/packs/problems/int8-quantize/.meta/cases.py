import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([0.5, -1.27, 0.01]), name="a small vector"),
        case(np.array([[1.0, -2.0], [0.0, 4.0]]), name="a matrix"),
    ]


def hidden(rng):
    cases = [
        case(np.zeros((3, 2)), name="all zeros"),
        case(np.array([-3.5]), name="a single negative value"),
        case(np.full(5, 2.0), name="constant input"),
        case(np.array([1e30, -3e29, 5e28]), name="large values"),
        case(np.array([1e-30, -2e-30]), name="tiny values"),
        case(np.array([127.0, 63.5, -0.5, 1.5, -1.5]), name="exact halves"),
        case(np.concatenate([rng.normal(size=200), [40.0]]), name="an outlier"),
    ]
    for i, shape in enumerate([(50,), (8, 16), (2, 3, 4)]):
        cases.append(case(rng.normal(size=shape) * float(rng.uniform(0.1, 10)), name=f"random {i + 1}"))
    cases.append(case(np.abs(rng.normal(size=40)), name="all positive"))
    return cases


def check(args, kwargs, output, expected):
    x = np.asarray(args[0], dtype=float)
    if not isinstance(output, list | tuple) or len(output) != 2:
        return False, "return a pair (q, scale)"
    q, scale = output
    if not isinstance(q, np.ndarray):
        return False, "q should be a numpy array of integers"
    if q.dtype.kind not in "iu":
        return False, f"q should have an integer dtype (np.int8), not {q.dtype}"
    if q.shape != x.shape:
        return False, f"q has shape {q.shape}, expected {x.shape}"
    if isinstance(scale, np.ndarray) and scale.shape == ():
        scale = scale.item()
    if type(scale) not in (int, float) or not np.isfinite(scale) or scale <= 0:
        return False, f"scale should be a positive finite number, got {scale!r}"
    qi = q.astype(np.int64)
    if qi.size and (qi.min() < -127 or qi.max() > 127):
        return False, "q leaves the range [-127, 127]"
    amax = float(np.max(np.abs(x))) if x.size else 0.0
    want = amax / 127.0 if amax > 0 else 1.0
    if not np.isclose(scale, want, rtol=1e-6, atol=0.0):
        return False, f"scale is {scale:.10g}, expected max|x| / 127 = {want:.10g}"
    err = np.abs(qi * float(scale) - x)
    if err.size and err.max() > scale / 2 * (1 + 1e-6):
        i = int(np.argmax(err))
        return False, f"element {i} reconstructs to {qi.flat[i] * scale:.10g} but x is {x.flat[i]:.10g} (error above scale / 2)"
    return True, ""


def check_case(args, kwargs):
    """The prompt's promise: a non-empty finite float array (max |x| exists; halves may round either way)."""
    (x,) = args
    assert isinstance(x, np.ndarray) and x.dtype.kind == "f" and x.size >= 1, "x must be a non-empty float array"
    assert np.all(np.isfinite(x)), "x must be finite"
    amax = float(np.max(np.abs(x)))
    # A nonzero scale must be a normal float, so x / scale stays finite and exact enough.
    assert amax == 0 or amax / 127 > np.finfo(float).tiny, f"max |x| = {amax:g} is too small for a normal scale"
