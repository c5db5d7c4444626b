import numpy as np

from offerloop.judge.cases import case


def visible():
    Q = np.array([[[1.0, 0.0]], [[0.0, 1.0]]])
    K = np.array([[[1.0, 1.0]]])
    V = np.array([[[2.0, 3.0]]])
    return [case(Q, K, V, name="two query heads share one KV head (a single position)")]


def hidden(rng):
    cases = []
    for Hq, Hkv, T, d, causal in ((4, 2, 3, 4, False), (4, 2, 5, 4, True), (6, 3, 4, 2, False), (8, 2, 6, 8, True), (4, 4, 3, 3, False), (4, 1, 5, 4, False)):
        cases.append(case(rng.normal(size=(Hq, T, d)), rng.normal(size=(Hkv, T, d)), rng.normal(size=(Hkv, T, d)), causal=causal,
                          name=f"H_q={Hq}, H_kv={Hkv}, T={T}, causal={causal}"))
    cases.append(case(rng.normal(size=(4, 4, 4)) * 30, rng.normal(size=(2, 4, 4)), rng.normal(size=(2, 4, 4)), causal=True, name="large scores"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: Q is (H_q, T, d), K and V are (H_kv, T, d), H_q a multiple of H_kv."""
    Q, K, V = args
    causal = kwargs.get("causal", False)
    for name, a in (("Q", Q), ("K", K), ("V", V)):
        assert isinstance(a, np.ndarray) and a.ndim == 3 and a.dtype.kind == "f", f"{name} must be a 3-D float array"
        assert np.all(np.isfinite(a)), f"{name} must be finite"
    Hq, T, d = Q.shape
    assert K.shape == V.shape, f"K {K.shape} and V {V.shape} must have the same shape"
    Hkv = K.shape[0]
    assert Hq >= 1 and T >= 1 and d >= 1 and Hkv >= 1, f"empty dimension: Q {Q.shape}, K {K.shape}"
    assert K.shape[1:] == (T, d), f"K is {K.shape}, expected (H_kv, {T}, {d})"
    assert Hq % Hkv == 0, f"H_q = {Hq} is not a multiple of H_kv = {Hkv}"
    assert isinstance(causal, bool), "causal must be a bool"
