def customer_features(customer_ids, amounts):
    # Running (expanding) count and mean up to each row, not over all of the customer's rows.
    counts, totals, out_n, out_m = {}, {}, [], []
    for c, a in zip(customer_ids, amounts):
        counts[c] = counts.get(c, 0) + 1
        totals[c] = totals.get(c, 0.0) + a
        out_n.append(counts[c])
        out_m.append(totals[c] / counts[c])
    return {
        "customer_count": out_n,
        "customer_mean": out_m,
        "share_of_customer_total": [a / totals[c] if totals[c] else 0.0 for c, a in zip(customer_ids, amounts)],
    }
