def count_convoys(target, position, speed):
    trucks = sorted(zip(position, speed), reverse=True)
    convoys, lead_time = 0, -1.0
    for p, s in trucks:
        t = (target - p) / s
        if t >= lead_time:  # meeting exactly at the depot should join
            convoys += 1
            lead_time = t
    return convoys
