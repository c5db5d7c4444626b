def customer_features(customer_ids, amounts):
    """Per-row customer_count, customer_mean and share_of_customer_total, in input order."""
    raise NotImplementedError
