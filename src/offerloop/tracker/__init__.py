"""Applications tracker: pipeline, interviews, reminders, checklists, red flags."""
