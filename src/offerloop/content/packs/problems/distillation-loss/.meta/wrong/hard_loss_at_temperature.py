import numpy as np


def distillation_loss(student_logits, teacher_logits, labels, T=2.0, alpha=0.5):
    # Computes the label loss on the softened student distribution too.
    def ls(z):
        z = z - z.max(1, keepdims=True)
        return z - np.log(np.exp(z).sum(1, keepdims=True))
    lpt, lps = ls(teacher_logits / T), ls(student_logits / T)
    soft = T * T * float(np.mean(np.sum(np.exp(lpt) * (lpt - lps), 1)))
    hard = float(-np.mean(lps[np.arange(len(labels)), labels]))
    return alpha * soft + (1 - alpha) * hard
