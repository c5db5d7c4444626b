import numpy as np


def clip_loss(image_emb, text_emb, temperature=0.07):
    # Only the image-to-text direction.
    I = image_emb / np.linalg.norm(image_emb, axis=1, keepdims=True)
    T = text_emb / np.linalg.norm(text_emb, axis=1, keepdims=True)
    z = I @ T.T / temperature
    s = z - z.max(1, keepdims=True)
    return float(-np.mean(np.diag(s - np.log(np.exp(s).sum(1, keepdims=True)))))
