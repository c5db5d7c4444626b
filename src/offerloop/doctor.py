"""`offerloop doctor`: a report of where things are and what works, never raising."""

from __future__ import annotations

from dataclasses import asdict


def diagnose(settings=None) -> dict:
    from offerloop import __version__
    from offerloop.app import Offerloop
    from offerloop.judge.layers import detect_layers
    from offerloop.settings import Settings

    problems: list[str] = []
    settings = settings or Settings()
    summary: dict[str, str] = {
        "version": __version__,
        "data dir": str(settings.data_dir),
        "database": settings.resolved_database_url,
    }
    ol = Offerloop(settings)
    try:
        ol.engine
        from offerloop.store.migrate import current_heads

        summary["schema"] = ", ".join(sorted(current_heads(ol.engine))) or "empty"
    except Exception as exc:  # doctor reports, it does not stop at the first fault
        summary["schema"] = "unavailable"
        problems.append(str(exc))
    try:
        bank = ol.content
        tracks: dict[str, int] = {}
        for p in bank.problems.values():
            tracks[p.meta.track] = tracks.get(p.meta.track, 0) + 1
        summary["content"] = (f"{len(bank.problems)} problems ({', '.join(f'{k} {v}' for k, v in sorted(tracks.items())) or 'none'}), "
                              f"{len(bank.cards)} cards, {len(bank.questions)} behavioral questions")
        if bank.issues:
            problems.append(f"The content bank has {len(bank.issues)} issue(s); run `offerloop content check`.")
    except Exception as exc:
        summary["content"] = "unavailable"
        problems.append(str(exc))
    summary["judge workers"] = str(settings.resolved_judge_workers)
    ol.close()
    layers = detect_layers()
    applied = probe_sandbox()
    result = []
    for layer in layers:
        row = asdict(layer)
        if applied is not None and layer.name in applied:
            # What a real child reported, which beats what detection predicts.
            row["active"] = bool(applied[layer.name])
        if not row["active"]:
            problems.append(f"Sandbox layer {layer.name} is unavailable ({layer.detail}); the judge runs with the others.")
        result.append(row)
    if applied is None:
        problems.append("The judge could not start a sandboxed child; grading will fail. Run `offerloop doctor` after fixing the install.")
    elif "capabilities dropped" in applied:
        result.append({"name": "capabilities dropped", "active": bool(applied["capabilities dropped"]),
                       "detail": "the child keeps no root capabilities"})
    return {"summary": summary, "sandbox": result, "problems": problems}


def probe_sandbox() -> dict | None:
    """Start one zygote and one child, and return the layers that child says it applied."""
    try:
        from offerloop.content.schemas import Limits
        from offerloop.judge.grader import Session
        from offerloop.judge.worker import Worker

        worker = Worker(())
        try:
            session = Session(worker, "def probe():\n    return 1\n", "probe", [], Limits(), 1)
            layers = session.layers
            session.close()
            return layers
        finally:
            worker.close()
    except Exception:  # doctor reports, it never raises
        return None
