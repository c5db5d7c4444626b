def count_convoys(target, position, speed):
    # Walks the trucks in input order instead of from the depot backwards.
    convoys, lead_time = 0, -1.0
    for p, s in zip(position, speed):
        t = (target - p) / s
        if t > lead_time:
            convoys += 1
            lead_time = t
    return convoys
