"""The report as one self-contained HTML page (for `--html FILE`): no scripts, no external assets."""

from __future__ import annotations

from html import escape

SEV_COLOURS = {"critical": "#b00020", "major": "#b35c00", "minor": "#555", "info": "#777"}


def _where(f: dict) -> str:
    parts = [f.get("file") or "(project)"]
    if f.get("cell") is not None:
        parts.append(f"cell {f['cell']}")
    if f.get("line"):
        parts.append(f"line {f['line']}")
    return ", ".join(parts)


def render(report: dict) -> str:
    rows = []
    for f in report["findings"]:
        rows.append(
            f"<li><span class='sev' style='color:{SEV_COLOURS[f['severity']]}'>{escape(f['severity'])}</span> "
            f"<code>{escape(f['rule'])}</code> <span class='where'>{escape(_where(f))}</span>"
            f"<p>{escape(f['message'])}</p><details><summary>Fix</summary><pre>{escape(f['fix'])}</pre></details></li>")
    parts = "".join(f"<tr><th>{escape(k.replace('_', ' '))}</th><td>{v}</td><td>{report['weights'][k]}%</td></tr>"
                    for k, v in report["parts"].items())
    points = "".join(f"<li>-{p['points']} {escape(p['part'].replace('_', ' '))}: {escape(p['why'])}</li>"
                     for p in report["points"])
    rerun = ""
    if report.get("run"):
        r = report["run"]
        rerun = f"<h2>Re-run</h2><p>{escape(r['summary'])}</p>"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Take-home review: {escape(report['name'])}</title>
<style>body{{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;line-height:1.4}}
pre{{background:#f4f4f4;padding:.5rem;overflow-x:auto;white-space:pre-wrap}}li{{margin:.6rem 0}}
table{{border-collapse:collapse}}th,td{{padding:.2rem .6rem;text-align:left}}.sev{{font-weight:bold}}
.where{{color:#333}}</style></head><body>
<h1>Take-home review: {escape(report['name'])}</h1>
<p><strong>Score {report['score']} / 100</strong></p>
<table><thead><tr><th>Part</th><th>Score</th><th>Weight</th></tr></thead><tbody>{parts}</tbody></table>
<h2>Points taken</h2><ul>{points or '<li>None.</li>'}</ul>
<h2>Findings ({len(report['findings'])})</h2><ol>{''.join(rows) or '<li>No findings.</li>'}</ol>
{rerun}
<h2>README template</h2><pre>{escape(report['readme_template'])}</pre>
</body></html>
"""
