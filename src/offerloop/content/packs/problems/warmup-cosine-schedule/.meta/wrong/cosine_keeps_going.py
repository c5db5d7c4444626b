import math


def lr_schedule(steps, max_lr, warmup_steps, total_steps, min_lr=0.0):
    # No clamp after total_steps: the cosine climbs back up.
    out = []
    for s in steps:
        if s < warmup_steps:
            out.append(max_lr * s / warmup_steps)
        else:
            p = (s - warmup_steps) / (total_steps - warmup_steps)
            out.append(min_lr + (max_lr - min_lr) * 0.5 * (1 + math.cos(math.pi * p)))
    return out
