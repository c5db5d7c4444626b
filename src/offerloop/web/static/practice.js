// The problem page: editor, run examples, submit, per-case verdicts, hints, attempt history.
(function () {
  const bench = document.querySelector(".workbench");
  if (!bench) return;
  const slug = bench.dataset.slug;
  const initial = document.getElementById("code-fallback").value;
  const resultBox = document.getElementById("result");
  let editor;

  function esc(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
  }
  function show(value) {
    return esc(typeof value === "string" ? value : JSON.stringify(value));
  }

  function renderResult(r) {
    let html = `<p class="verdict v-${esc(r.verdict)}" id="verdict">${esc(r.verdict.replace("_", " "))}</p>`;
    html += `<p id="reason">${esc(r.reason)} <span class="muted">(${r.passed}/${r.total} cases, ${Math.round(r.time_ms)} ms)</span></p>`;
    if (r.scaling) html += `<p id="scaling">${esc(r.scaling.reason)}</p>`;
    html += `<table class="cases"><thead><tr><th>#</th><th>Case</th><th>Verdict</th><th>Details</th></tr></thead><tbody>`;
    for (const c of r.cases) {
      let details = c.reason ? esc(c.reason) : "";
      if (c.visible && c.verdict !== "not_run") {
        details += `<br>input: ${show(c.input)}<br>expected: ${show(c.expected)}<br>got: ${show(c.got)}`;
        if (c.stdout) details += `<br>printed: ${esc(c.stdout)}`;
      }
      html += `<tr class="case" data-verdict="${esc(c.verdict)}"><td>${c.number}</td><td>${c.visible ? "example" : "hidden"} ${esc(c.name)}</td>` +
              `<td class="v-${esc(c.verdict)}">${esc(c.verdict)}</td><td>${details}</td></tr>`;
    }
    resultBox.innerHTML = html + "</tbody></table>";
  }

  async function grade(kind) {
    const code = editor ? editor.getValue() : document.getElementById("code-fallback").value;
    resultBox.innerHTML = `<p class="muted" id="grading">${kind === "run" ? "Running the examples" : "Grading"}…</p>`;
    const url = kind === "run" ? `/api/problems/${slug}/run` : `/api/problems/${slug}/submissions`;
    try {
      const res = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ code }) });
      const body = await res.json();
      if (!res.ok) { resultBox.innerHTML = `<p class="error" role="alert">${esc(body.error || "The request failed.")}</p>`; return; }
      renderResult(body);
      if (kind === "submit") await refreshHistory(body.verdict === "accepted");
    } catch (err) {
      resultBox.innerHTML = `<p class="error" role="alert">Could not reach offerloop: ${esc(err)}</p>`;
    }
  }

  async function refreshHistory(solvedNow) {
    const res = await fetch(`/api/problems/${slug}/submissions`);
    const rows = await res.json();
    document.querySelector("#history tbody").innerHTML = rows.map((h) =>
      `<tr><td>${esc(h.at.slice(0, 19).replace("T", " "))}</td><td class="v-${esc(h.verdict)}">${esc(h.verdict)}</td>` +
      `<td>${h.passed}/${h.total}</td><td>${h.time_ms} ms</td></tr>`).join("");
    if (solvedNow && !document.getElementById("solved-mark")) {
      document.querySelector(".problem-head h1").insertAdjacentHTML("beforeend", ' <span class="ok" id="solved-mark">✓ solved</span>');
      document.getElementById("learn").open = true;
    }
  }

  if (window.OfferloopEditor) {
    editor = window.OfferloopEditor.mount(document.getElementById("editor"), initial,
      { onRun: () => grade("run"), onSubmit: () => grade("submit") });
    window.offerloopEditor = editor; // for scripted use and tests
  } else {
    // The bundle is missing (make install not run): fall back to a plain text area.
    const ta = document.getElementById("code-fallback");
    ta.hidden = false; ta.rows = 20; ta.style.width = "100%";
    document.getElementById("editor").remove();
  }
  document.getElementById("run").addEventListener("click", () => grade("run"));
  document.getElementById("submit").addEventListener("click", () => grade("submit"));
  document.addEventListener("keydown", (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key === "Enter" && !editor) { e.preventDefault(); grade(e.shiftKey ? "submit" : "run"); }
  });
  const hintButton = document.getElementById("next-hint");
  hintButton.addEventListener("click", () => {
    const next = document.querySelector("#hints li[hidden]");
    if (next) next.hidden = false;
    if (!document.querySelector("#hints li[hidden]")) hintButton.disabled = true;
  });
})();
