import numpy as np


def clip_loss(image_emb, text_emb, temperature=0.07):
    # Normalises over columns for the second direction without transposing (softmax over axis 0, wrong rows).
    I = image_emb / np.linalg.norm(image_emb, axis=1, keepdims=True)
    T = text_emb / np.linalg.norm(text_emb, axis=1, keepdims=True)
    z = I @ T.T / temperature
    s = z - z.max(1, keepdims=True)
    lp = s - np.log(np.exp(s).sum(1, keepdims=True))
    a = float(-np.mean(np.diag(lp)))
    b = float(-np.mean(lp[:, 0]))
    return (a + b) / 2
