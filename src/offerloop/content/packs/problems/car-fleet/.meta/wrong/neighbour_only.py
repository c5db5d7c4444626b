def count_convoys(target, position, speed):
    # Compares each truck with the truck directly ahead, not with that truck's convoy.
    trucks = sorted(zip(position, speed), reverse=True)
    convoys, prev = 0, None
    for p, s in trucks:
        t = (target - p) / s
        if prev is None or t > prev:
            convoys += 1
        prev = t
    return convoys
