"""Behavioral: STAR stories, their feedback, coverage, the pitch and questions to ask."""
