import math


def lr_schedule(steps, max_lr, warmup_steps, total_steps, min_lr=0.0):
    out = []
    for step in steps:
        if step < warmup_steps:
            out.append(max_lr * step / warmup_steps)
        elif step < total_steps:
            progress = (step - warmup_steps) / (total_steps - warmup_steps)
            out.append(min_lr + (max_lr - min_lr) * 0.5 * (1.0 + math.cos(math.pi * progress)))
        else:
            out.append(float(min_lr))
    return out
