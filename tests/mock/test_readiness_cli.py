"""`offerloop readiness` over a real store: reviewed cards and stories move their areas."""

import json
from datetime import datetime, timedelta, timezone

from offerloop.readiness.evidence import readiness

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)


def test_reviews_raise_retrievability_evidence_and_the_cli_prints_the_published_json(ol, cli):
    slugs = [i.slug for i in ol.cards.items("metrics")][:3]
    for slug in slugs:
        ol.cards.review(slug, "good", now=T0)
    out = readiness(ol, T0 + timedelta(hours=1))
    theory = next(a for a in out["areas"] if a["area"] == "theory")
    assert theory["figures"]["studied"] == 3
    assert theory["figures"]["topics"]["metrics"]["seen"] == 3
    # later, memory fades: the topic's retrievability is lower a month on
    later = readiness(ol, T0 + timedelta(days=30))
    t_later = next(a for a in later["areas"] if a["area"] == "theory")
    assert t_later["figures"]["topics"]["metrics"]["retrievability"] < theory["figures"]["topics"]["metrics"]["retrievability"]

    result = cli("readiness", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [a["area"] for a in data["areas"]] == ["algorithms", "ml-coding", "theory", "system-design", "behavioral",
                                                  "resume", "take-home"]
    for a in data["areas"]:
        assert 1 <= a["level"] <= 4 and isinstance(a["gate_met"], bool) and a["evidence"] and a["rule"]
    text = cli("readiness")
    assert "Gate NOT met: every area at 3 or more" in text.stdout
