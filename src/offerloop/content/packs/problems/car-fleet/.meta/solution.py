def count_convoys(target, position, speed):
    trucks = sorted(zip(position, speed), reverse=True)
    convoys = 0
    lead_time = -1.0
    for p, s in trucks:
        t = (target - p) / s
        if t > lead_time:
            convoys += 1
            lead_time = t
    return convoys
