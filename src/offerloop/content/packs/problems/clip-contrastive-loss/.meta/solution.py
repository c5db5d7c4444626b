import numpy as np


def _ce_diag(z):
    s = z - z.max(axis=1, keepdims=True)
    log_p = s - np.log(np.exp(s).sum(axis=1, keepdims=True))
    return float(-np.mean(np.diag(log_p)))


def clip_loss(image_emb, text_emb, temperature=0.07):
    I = np.asarray(image_emb, dtype=float)
    T = np.asarray(text_emb, dtype=float)
    I = I / np.linalg.norm(I, axis=1, keepdims=True)
    T = T / np.linalg.norm(T, axis=1, keepdims=True)
    logits = I @ T.T / temperature
    return (_ce_diag(logits) + _ce_diag(logits.T)) / 2
