def ship_within_days(weights, days):
    # Correct, but tries capacities one by one from the heaviest package upward.
    def days_needed(cap):
        used, load = 1, 0
        for w in weights:
            if load + w > cap:
                used, load = used + 1, 0
            load += w
        return used

    cap = max(weights)
    while days_needed(cap) > days:
        cap += 1
    return cap
