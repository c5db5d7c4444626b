"""gunicorn's settings for offerloop (`gunicorn -c python:offerloop.hosting.gunicorn_conf`).

Read from the OFFERLOOP_* settings: bind to OFFERLOOP_HOST:OFFERLOOP_PORT with OFFERLOOP_WEB_WORKERS
uvicorn workers, each building the app with `offerloop.web.app:create_served_app()`. Flags given on the
command line win over these. gunicorn's own lines are JSON like the app's (web.logs); its access
log stays off, since the app writes one line per request with the route and the request id.
"""

from offerloop.settings import Settings

_settings = Settings()

wsgi_app = "offerloop.web.app:create_served_app()"  # warmed at startup, then gc.freeze()
worker_class = "uvicorn_worker.UvicornWorker"
bind = [f"{_settings.host}:{_settings.port}"]
workers = _settings.web_workers
# A worker's event loop must check in this often; grading waits run in threads, not on the loop.
timeout = 60
graceful_timeout = 10  # on stop, requests in flight get this long to finish
# Idle keep-alive connections stay open longer than a candidate's pause between two clicks and than
# a proxy's idle timeout (60 s on common load balancers): a server closing an idle connection just as
# the client reuses it for a POST loses that request (seen with 5 s under the load run's 5-20 s pauses).
keepalive = 75
# gunicorn 25+ opens a control socket in $HOME by default: one path shared by every stack on the
# machine (tests start several). `gunicornc` is not needed; signals do its work.
control_socket_disable = True
accesslog = None
errorlog = "-"
loglevel = "info"
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "offerloop.web.logs.JsonFormatter"}},
    "handlers": {"json": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}},
    # Libraries' warnings reach the root's JSON handler; offerloop's own INFO lines propagate to it too.
    "root": {"level": "WARNING", "handlers": ["json"]},
    "loggers": {
        "gunicorn.error": {"level": "INFO", "handlers": ["json"], "propagate": False},
        "gunicorn.access": {"level": "WARNING", "handlers": [], "propagate": False},
    },
}
