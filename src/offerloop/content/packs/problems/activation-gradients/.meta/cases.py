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
