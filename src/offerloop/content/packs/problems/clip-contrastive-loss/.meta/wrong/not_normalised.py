import numpy as np


def clip_loss(image_emb, text_emb, temperature=0.07):
    # Uses raw dot products instead of cosine similarities.
    z = image_emb @ text_emb.T / temperature
    def ce(m):
        s = m - m.max(1, keepdims=True)
        return float(-np.mean(np.diag(s - np.log(np.exp(s).sum(1, keepdims=True)))))
    return (ce(z) + ce(z.T)) / 2
