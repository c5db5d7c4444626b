"""The judge: a trusted orchestrator, warm sandboxed workers, verdicts users can trust."""
