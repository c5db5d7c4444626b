import math


def lr_schedule(steps, max_lr, warmup_steps, total_steps, min_lr=0.0):
    """Linear warm-up to max_lr, cosine decay to min_lr over the remaining steps, min_lr afterwards."""
    raise NotImplementedError
