import math


def lr_schedule(steps, max_lr, warmup_steps, total_steps, min_lr=0.0):
    # Warm-up uses (step + 1) / warmup_steps.
    out = []
    for s in steps:
        if s < warmup_steps:
            out.append(max_lr * (s + 1) / warmup_steps)
        elif s < total_steps:
            p = (s - warmup_steps) / (total_steps - warmup_steps)
            out.append(min_lr + (max_lr - min_lr) * 0.5 * (1 + math.cos(math.pi * p)))
        else:
            out.append(float(min_lr))
    return out
