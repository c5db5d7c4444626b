def customer_features(customer_ids, amounts):
    # Share of the grand total instead of the customer's total.
    counts, totals = {}, {}
    for c, a in zip(customer_ids, amounts):
        counts[c] = counts.get(c, 0) + 1
        totals[c] = totals.get(c, 0.0) + a
    grand = sum(amounts)
    return {
        "customer_count": [counts[c] for c in customer_ids],
        "customer_mean": [totals[c] / counts[c] for c in customer_ids],
        "share_of_customer_total": [a / grand if grand else 0.0 for a in amounts],
    }
