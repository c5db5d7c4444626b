import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([-1.0, 0.0, 2.0]), "relu", name="relu"),
        case(np.array([0.0]), "sigmoid", name="sigmoid at 0"),
        case(np.array([-3.0, 3.0]), "leaky_relu", 0.1, name="leaky relu"),
    ]


def hidden(rng):
    x = rng.normal(size=(3, 4)) * 2
    return [
        case(np.array([0.0, 0.0]), "relu", name="relu at exactly zero"),
        case(np.array([0.0, -2.0]), "leaky_relu", alpha=0.2, name="leaky relu at zero"),
        case(np.array([800.0, -800.0, 40.0, -40.0]), "sigmoid", name="sigmoid, large inputs"),
        case(np.array([0.5]), "tanh", name="tanh, one value"),
        case(x, "sigmoid", name="sigmoid, random"),
        case(x, "tanh", name="tanh, random"),
        case(x, "relu", name="relu, random"),
        case(x, "leaky_relu", name="leaky relu, default alpha"),
        case(rng.normal(size=20) * 10, "tanh", name="tanh, wide"),
        case(np.full(3, -1.0), "leaky_relu", 0.3, name="constant negatives"),
    ]


def check_case(args, kwargs):
    """The prompt's promise: x is a float array, kind is one of the four activations, alpha is a number."""
    x, kind = args[0], args[1]
    alpha = args[2] if len(args) > 2 else kwargs.get("alpha", 0.01)
    assert isinstance(x, np.ndarray) and x.dtype.kind == "f", "x must be a float array"
    assert np.all(np.isfinite(x)), "x must be finite"
    assert kind in ("sigmoid", "tanh", "relu", "leaky_relu"), f"unknown kind {kind!r}"
    assert isinstance(alpha, (int, float)) and 0 <= alpha < 1, f"alpha = {alpha!r}: a small non-negative slope"
