"""The web app: a FastAPI factory, one router per area, Jinja2 templates, static assets."""
