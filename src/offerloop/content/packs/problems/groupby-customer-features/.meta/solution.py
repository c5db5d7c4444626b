def customer_features(customer_ids, amounts):
    counts, totals = {}, {}
    for c, a in zip(customer_ids, amounts):
        counts[c] = counts.get(c, 0) + 1
        totals[c] = totals.get(c, 0.0) + float(a)
    return {
        "customer_count": [counts[c] for c in customer_ids],
        "customer_mean": [totals[c] / counts[c] for c in customer_ids],
        "share_of_customer_total": [float(a) / totals[c] if totals[c] != 0 else 0.0 for c, a in zip(customer_ids, amounts)],
    }
