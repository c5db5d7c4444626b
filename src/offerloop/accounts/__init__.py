"""Accounts for hosted mode: users with argon2id passwords and roles, server-side sign-in sessions,
cohorts joined with invitation codes, and sign-in throttling. Local mode never touches it."""
