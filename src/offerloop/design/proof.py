"""The content-check step of the design pack: each case's own reference design scores high, covers every
concept and pitfall, passes every check and asserts no misconception; each misconception's example is
recognised; every `re:` cue compiles."""

from __future__ import annotations

from typing import Mapping

MIN_REFERENCE_SCORE = 90


def check_designs(designs: Mapping[str, object]) -> list:
    from offerloop.content.loader import ContentIssue
    from offerloop.design.review import review
    from offerloop.feedback import Misconception, assess, compile_regex

    issues: list[ContentIssue] = []
    for slug, case in sorted(designs.items()):
        where = f"design/{slug}.toml"
        cues = [(c.id, q) for c in case.concepts for q in (*c.cues, *c.opposite)]
        cues += [(p.id, q) for p in case.pitfalls for q in p.cues]
        cues += [(m.id, q) for m in case.misconceptions for q in m.cues]
        bad = False
        for owner, cue in cues:
            if cue.startswith("re:"):
                try:
                    compile_regex(cue)
                except ValueError as exc:
                    issues.append(ContentIssue(where, f"{owner}: {exc}"))
                    bad = True
        if bad:
            continue
        result = review(case.reference, case)
        if result.score < MIN_REFERENCE_SCORE:
            issues.append(ContentIssue(where, f"the reference design scores {result.score}, below {MIN_REFERENCE_SCORE}"))
        for key, sec in result.sections.items():
            if not sec["present"]:
                issues.append(ContentIssue(where, f"the reference design has no {key} section"))
            for item in sec["missed"]:
                issues.append(ContentIssue(where, f"the reference design misses the concept {item['id']!r}"))
            for item in sec["contradicted"]:
                issues.append(ContentIssue(where, f"the reference design contradicts the concept {item['id']!r}"))
        for p in result.pitfalls:
            if not p["addressed"]:
                issues.append(ContentIssue(where, f"the reference design does not address the pitfall {p['id']!r}"))
        for key, ok in result.checks.items():
            if not ok and not key.startswith("pitfall_"):
                issues.append(ContentIssue(where, f"the reference design fails the check {key!r}"))
        for m in result.misconceptions:
            issues.append(ContentIssue(where, f"the reference design asserts the misconception {m['id']!r}"))
        for m in case.misconceptions:
            hit = assess(m.example, [], [Misconception(id=m.id, claim=m.claim, cues=tuple(m.cues),
                                                       correction=m.correction, subject=m.subject)],
                         subjects=case.subjects)
            if not any(h.id == m.id for h in hit.misconceptions):
                issues.append(ContentIssue(where, f"the example of misconception {m.id!r} does not trigger it"))
    return issues
