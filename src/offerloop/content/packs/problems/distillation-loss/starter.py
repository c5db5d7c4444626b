import numpy as np


def distillation_loss(student_logits, teacher_logits, labels, T=2.0, alpha=0.5):
    """alpha * T^2 * mean KL(softmax(t/T) || softmax(s/T)) + (1 - alpha) * mean CE(softmax(s), labels)."""
    raise NotImplementedError
