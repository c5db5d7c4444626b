import pandas as pd


def dedupe_contacts(contacts):
    # One walk over the rows; ">=" lets a later row win a tie.
    best, phone = {}, {}
    for pos, (email, name, updated, ph) in enumerate(contacts.itertuples(index=False)):
        key = email.strip().lower()
        if key not in best or updated >= best[key][1]:
            best[key] = (name, updated)
        if isinstance(ph, str) and (key not in phone or updated >= phone[key][0]):
            phone[key] = (updated, ph)
    keys = sorted(best)
    return pd.DataFrame({"email": keys, "name": [best[k][0] for k in keys],
                         "updated": pd.to_datetime([best[k][1] for k in keys]),
                         "phone": [phone[k][1] if k in phone else None for k in keys]}).astype({"updated": contacts["updated"].dtype})
