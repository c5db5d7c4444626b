def dedupe_contacts(contacts):
    df = contacts.assign(email=contacts["email"].str.strip())
    df = df.sort_values("updated", kind="stable")
    latest = df.groupby("email").tail(1).set_index("email")[["name", "updated"]]
    out = latest.join(df.groupby("email")["phone"].last()).sort_index().reset_index()
    return out[["email", "name", "updated", "phone"]]
