def dedupe_contacts(contacts):
    df = contacts.assign(email=contacts["email"].str.strip().str.lower())
    df = df.sort_values("updated", kind="stable")
    out = df.groupby("email").tail(1).sort_values("email").reset_index(drop=True)
    return out[["email", "name", "updated", "phone"]]
