import math


def lr_schedule(steps, max_lr, warmup_steps, total_steps, min_lr=0.0):
    # Decays to zero, ignoring min_lr.
    out = []
    for s in steps:
        if s < warmup_steps:
            out.append(max_lr * s / warmup_steps)
        elif s < total_steps:
            out.append(max_lr * 0.5 * (1 + math.cos(math.pi * (s - warmup_steps) / (total_steps - warmup_steps))))
        else:
            out.append(0.0)
    return out
