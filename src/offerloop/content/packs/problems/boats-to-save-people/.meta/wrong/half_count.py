def min_rafts(weights, limit):
    # Assumes everybody can pair up.
    return (len(weights) + 1) // 2
