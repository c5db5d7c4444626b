import numpy as np


def grouped_query_attention(Q, K, V, causal=False):
    """Attention where query head h uses KV head h // (H_q // H_kv); optional causal mask."""
    raise NotImplementedError
