import math


def lr_schedule(steps, max_lr, warmup_steps, total_steps, min_lr=0.0):
    # Measures decay progress from step 0 instead of the end of warm-up.
    out = []
    for s in steps:
        if s < warmup_steps:
            out.append(max_lr * s / warmup_steps)
        elif s < total_steps:
            out.append(min_lr + (max_lr - min_lr) * 0.5 * (1 + math.cos(math.pi * s / total_steps)))
        else:
            out.append(float(min_lr))
    return out
