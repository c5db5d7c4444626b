import numpy as np

from offerloop.judge.cases import case


def visible():
    Q = np.array([[1.0, 0.0]])
    K = np.array([[1.0, 0.0], [0.0, 1.0]])
    V = np.array([[1.0, 2.0], [3.0, 4.0]])
    X = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    causal = np.tril(np.ones((3, 3), dtype=bool))
    return [
        case(Q, K, V, name="one query, two keys"),
        case(X, X, X, mask=causal, name="self-attention with a causal mask"),
    ]


def hidden(rng):
    cases = []
    cases.append(case(np.array([[2.0, -1.0]]), np.array([[0.5, 0.5]]), np.array([[7.0]]), name="a single key"))
    K = np.ones((4, 3))
    cases.append(case(rng.normal(size=(2, 3)), K, rng.normal(size=(4, 2)), name="identical keys (ties): plain average"))
    m = np.array([[True, False, True], [False, False, False]])
    cases.append(case(rng.normal(size=(2, 4)), rng.normal(size=(3, 4)), rng.normal(size=(3, 2)), mask=m,
                      name="a fully masked row gives zeros"))
    big = rng.normal(size=(3, 8)) * 60.0
    cases.append(case(big, big, rng.normal(size=(3, 5)), name="large scores (stability)"))
    cases.append(case(rng.normal(size=(3, 4)), rng.normal(size=(6, 4)), rng.normal(size=(6, 2)),
                      name="cross-attention, n_q != n_k and d_v != d_k"))
    Q, Kb, V = (rng.normal(size=(2, 3, 5, 4)), rng.normal(size=(2, 3, 6, 4)), rng.normal(size=(2, 3, 6, 3)))
    cases.append(case(Q, Kb, V, name="two batch dimensions"))
    pad = rng.random(size=(2, 1, 1, 6)) < 0.6
    pad[..., 0] = True
    cases.append(case(Q, Kb, V, mask=pad, name="batched padding mask that broadcasts"))
    for n in (4, 7):
        X = rng.normal(size=(3, n, 8)) * 2.0
        cases.append(case(X, X, rng.normal(size=(3, n, 8)), mask=np.tril(np.ones((n, n), dtype=bool)),
                          name=f"batched causal self-attention, n={n}"))
    rmask = rng.random(size=(5, 5)) < 0.5
    rmask[:, 2] = True
    cases.append(case(rng.normal(size=(5, 16)), rng.normal(size=(5, 16)), rng.normal(size=(5, 3)), mask=rmask,
                      name="random mask"))
    cases.append(case(rng.normal(size=(6, 64)), rng.normal(size=(9, 64)), rng.normal(size=(9, 4)), name="d_k = 64"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: Q (..., n_q, d_k), K (..., n_k, d_k), V (..., n_k, d_v) with the same batch dims; a bool mask that broadcasts."""
    Q, K, V = args
    assert Q.ndim >= 2 and Q.ndim == K.ndim == V.ndim, f"ranks differ: {Q.shape}, {K.shape}, {V.shape}"
    assert Q.shape[:-2] == K.shape[:-2] == V.shape[:-2], "batch dimensions differ"
    assert Q.shape[-1] == K.shape[-1], f"d_k differs: {Q.shape[-1]} and {K.shape[-1]}"
    assert K.shape[-2] == V.shape[-2], f"n_k differs: {K.shape[-2]} keys and {V.shape[-2]} values"
    mask = kwargs.get("mask")
    if mask is not None:
        assert isinstance(mask, np.ndarray) and mask.dtype == bool, "mask must be a boolean array"
        target = Q.shape[:-1] + (K.shape[-2],)
        assert np.broadcast_shapes(mask.shape, target) == target, f"mask {mask.shape} does not broadcast to {target}"
