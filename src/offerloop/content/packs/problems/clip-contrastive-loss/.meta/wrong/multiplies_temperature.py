import numpy as np


def clip_loss(image_emb, text_emb, temperature=0.07):
    # Multiplies by the temperature instead of dividing.
    I = image_emb / np.linalg.norm(image_emb, axis=1, keepdims=True)
    T = text_emb / np.linalg.norm(text_emb, axis=1, keepdims=True)
    z = I @ T.T * temperature
    def ce(m):
        s = m - m.max(1, keepdims=True)
        return float(-np.mean(np.diag(s - np.log(np.exp(s).sum(1, keepdims=True)))))
    return (ce(z) + ce(z.T)) / 2
