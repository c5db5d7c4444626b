"""offerloop: a local-first workbench for the machine-learning interview loop."""

__version__ = "0.1.0"
