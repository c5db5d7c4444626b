"""Take-home review: an audit of a repository or notebook, leakage included."""
