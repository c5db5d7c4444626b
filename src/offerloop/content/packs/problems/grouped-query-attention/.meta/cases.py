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
