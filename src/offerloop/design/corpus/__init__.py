"""The labelled corpus of written designs (strong, medium, weak; headings, bullets, prose) and the agreement
report: how often the review agrees with the labels on sections and checks, and whether strong > medium >
weak holds on every case."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from offerloop.design.rubric import CHECK_KEYS, SECTION_KEYS

HERE = Path(__file__).parent
TARGET = 0.90
LEVELS = ("strong", "medium", "weak")


def load_corpus(folder: Path = HERE) -> list[dict[str, Any]]:
    labels = tomllib.loads((folder / "labels.toml").read_text(encoding="utf-8"))["designs"]
    for item in labels:
        item["text"] = (folder / item["file"]).read_text(encoding="utf-8")
    return labels


def agreement_report(folder: Path = HERE) -> dict[str, Any]:
    """Section and check agreement with the labels, and the score order per case."""
    from offerloop.content.loader import load_bank
    from offerloop.design.review import review

    bank = load_bank()
    corpus = load_corpus(folder)
    sec_agree = sec_total = chk_agree = chk_total = 0
    disagreements: list[str] = []
    per_case: dict[str, dict[str, int]] = {}
    for item in corpus:
        result = review(item["text"], bank.designs[item["case"]])
        for key in SECTION_KEYS:
            sec_total += 1
            got = result.sections[key]["present"]
            if got == item["sections"][key]:
                sec_agree += 1
            else:
                disagreements.append(f"{item['file']}: section {key} labelled {item['sections'][key]}, found {got}")
        for key in CHECK_KEYS:
            chk_total += 1
            got = result.checks[key]
            if got == item["checks"][key]:
                chk_agree += 1
            else:
                disagreements.append(f"{item['file']}: check {key} labelled {item['checks'][key]}, found {got}")
        per_case.setdefault(item["case"], {})[item["level"]] = result.score
    ordered = all(all(s[a] > s[b] for a, b in zip(LEVELS, LEVELS[1:]) if a in s and b in s)
                  for s in per_case.values())
    section_agreement = sec_agree / sec_total
    check_agreement = chk_agree / chk_total
    return {
        "designs": len(corpus), "cases": len(per_case),
        "section_agreement": round(section_agreement, 4), "section_agree": sec_agree, "section_total": sec_total,
        "check_agreement": round(check_agreement, 4), "check_agree": chk_agree, "check_total": chk_total,
        "ordered": ordered,
        "per_case": {case: {lvl: scores[lvl] for lvl in LEVELS if lvl in scores} for case, scores in per_case.items()},
        "styles": sorted({item["style"] for item in corpus}),
        "disagreements": disagreements,
        "target": TARGET,
        "meets_targets": section_agreement >= TARGET and check_agreement >= TARGET and ordered,
    }
