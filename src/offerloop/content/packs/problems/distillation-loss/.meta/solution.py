import numpy as np


def _log_softmax(z):
    s = z - z.max(axis=1, keepdims=True)
    return s - np.log(np.exp(s).sum(axis=1, keepdims=True))


def distillation_loss(student_logits, teacher_logits, labels, T=2.0, alpha=0.5):
    s = np.asarray(student_logits, dtype=float)
    t = np.asarray(teacher_logits, dtype=float)
    y = np.asarray(labels, dtype=int)
    log_pt, log_ps = _log_softmax(t / T), _log_softmax(s / T)
    soft = T ** 2 * float(np.mean(np.sum(np.exp(log_pt) * (log_pt - log_ps), axis=1)))
    hard = float(-np.mean(_log_softmax(s)[np.arange(len(y)), y]))
    return alpha * soft + (1 - alpha) * hard
