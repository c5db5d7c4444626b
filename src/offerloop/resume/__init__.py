"""Resume and job description: import, bullet feedback, keyword match."""
