"""Readiness from evidence: one level (1-4) per area with the rule that set it and explicit gates,
the "Today" dashboard that puts it next to what is due, and the evidence gatherer behind both."""
