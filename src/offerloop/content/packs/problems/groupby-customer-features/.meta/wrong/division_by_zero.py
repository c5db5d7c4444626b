def customer_features(customer_ids, amounts):
    # No guard for a zero customer total.
    counts, totals = {}, {}
    for c, a in zip(customer_ids, amounts):
        counts[c] = counts.get(c, 0) + 1
        totals[c] = totals.get(c, 0.0) + a
    return {
        "customer_count": [counts[c] for c in customer_ids],
        "customer_mean": [totals[c] / counts[c] for c in customer_ids],
        "share_of_customer_total": [a / totals[c] for c, a in zip(customer_ids, amounts)],
    }
