// The problem page: editor with autosaved drafts, run/submit from anywhere (Ctrl+Enter,
// Ctrl+Shift+Enter), a readable case table, hints, past attempts that open with their code,
// and tabs in place of the split layout on a phone.
(function () {
  const bench = document.querySelector(".workbench");
  if (!bench) return;
  const slug = bench.dataset.slug;
  const starter = JSON.parse(document.getElementById("starter-code").textContent);
  const params = JSON.parse(document.getElementById("param-names").textContent);
  const fallback = document.getElementById("code-fallback");
  const resultBox = document.getElementById("result");
  const pastBox = document.getElementById("past");
  const saveState = document.getElementById("save-state");
  const LOCAL_KEY = `offerloop:draft:${slug}`;
  let editor;

  const VERDICTS = {
    accepted: "Accepted", wrong_answer: "Wrong answer", time_limit: "Time limit exceeded",
    memory_limit: "Memory limit exceeded", runtime_error: "Runtime error", syntax_error: "Syntax error",
    forbidden_import: "Forbidden import", too_slow: "Too slow", not_run: "Not run",
  };
  const verdictName = (v) => VERDICTS[v] || String(v).replace(/_/g, " ");

  function esc(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
  }

  // -- values as a person reads them: rounded floats, names for arguments ------------------------
  function tidy(value) {
    if (typeof value === "number" && !Number.isInteger(value) && Number.isFinite(value)) {
      return Number(value.toPrecision(6)); // 0.9999999999999984 -> 1
    }
    if (Array.isArray(value)) return value.map(tidy);
    if (value && typeof value === "object") {
      const out = {};
      for (const [k, v] of Object.entries(value)) out[k] = tidy(v);
      return out;
    }
    return value;
  }
  function literal(value) {
    // Python-like and spaced for reading: [2, 7, 11], {"a": 1}, null stays null.
    if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
    if (value && typeof value === "object") {
      return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${literal(v)}`).join(", ")}}`;
    }
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text;
  }
  function show(value) {
    return typeof value === "string" ? value : literal(tidy(value));
  }
  function namedInput(input) {
    if (!input || typeof input !== "object" || !("args" in input)) return show(input);
    const lines = [];
    (input.args || []).forEach((v, i) => lines.push(`${params[i] || `arg${i + 1}`} = ${show(v)}`));
    for (const [k, v] of Object.entries(input.kwargs || {})) lines.push(`${k} = ${show(v)}`);
    return lines.join("\n");
  }

  // -- results -------------------------------------------------------------------------------------
  function resultHtml(r) {
    const asked = (r.follow_ups || []).filter((f) => f.verdict !== "not_run");
    const passedFollowUps = asked.filter((f) => f.verdict === "accepted").length;
    const followSummary = asked.length ? `, ${passedFollowUps} of ${r.follow_ups.length} follow-up${r.follow_ups.length === 1 ? "" : "s"}` : "";
    let html = `<p class="verdict v-${esc(r.verdict)}" id="verdict">${esc(verdictName(r.verdict))}${esc(followSummary)}</p>`;
    html += `<p id="reason">${esc(r.reason)} <span class="muted">(${r.passed}/${r.total} cases, ${Math.round(r.time_ms)} ms in your code)</span></p>`;
    // A too-slow or failed scaling check is the reason already: print it once.
    if (r.scaling && r.scaling.reason !== r.reason) html += `<p id="scaling">${esc(r.scaling.reason)}</p>`;
    html += `<div class="table-scroll"><table class="cases"><colgroup><col class="c-num"><col class="c-case"><col class="c-verdict"><col class="c-details"></colgroup>` +
            `<thead><tr><th>#</th><th>Case</th><th>Verdict</th><th>Details</th></tr></thead><tbody>`;
    for (const c of r.cases || []) {
      let details = c.reason ? `<div class="why">${esc(c.reason)}</div>` : "";
      if (c.visible && c.verdict !== "not_run") {
        details += `<dl class="io"><dt>input</dt><dd><pre>${esc(namedInput(c.input))}</pre></dd>` +
                   `<dt>expected</dt><dd><pre>${esc(show(c.expected))}</pre></dd>` +
                   `<dt>got</dt><dd><pre>${esc(show(c.got))}</pre></dd>`;
        if (c.stdout) details += `<dt>printed</dt><dd><pre>${esc(c.stdout)}</pre></dd>`;
        details += `</dl>`;
      }
      const time = c.visible && c.verdict !== "not_run" ? ` <span class="muted">${Number(c.time_ms).toFixed(1)} ms</span>` : "";
      html += `<tr class="case" data-verdict="${esc(c.verdict)}"><td>${c.number}</td>` +
              `<td>${c.visible ? "example" : "hidden"} ${esc(c.name)}${time}</td>` +
              `<td class="verdict-cell v-${esc(c.verdict)}">${esc(verdictName(c.verdict))}</td><td>${details}</td></tr>`;
    }
    return html + "</tbody></table></div>" + followUpsHtml(r.follow_ups || []);
  }

  // Interview follow-ups: asked once the main cases pass, each under its question.
  function followUpsHtml(list) {
    if (!list.length) return "";
    if (list.every((f) => f.verdict === "not_run")) {
      return `<p class="muted" id="follow-ups">Once the main cases pass, ${list.length} follow-up case${list.length === 1 ? "" : "s"} ` +
             `ask what an interviewer would ask next.</p>`;
    }
    let html = `<section id="follow-ups"><h3>Follow-ups</h3>`;
    const questions = [...new Set(list.map((f) => f.question))];
    for (const q of questions) {
      html += `<p class="follow-question">${esc(q)}</p><ul class="follow-cases">`;
      for (const f of list.filter((x) => x.question === q)) {
        let details = f.reason ? `<div class="why">${esc(f.reason)}</div>` : "";
        if (f.verdict !== "not_run" && f.input !== undefined) {
          details += `<dl class="io"><dt>input</dt><dd><pre>${esc(namedInput(f.input))}</pre></dd>` +
                     `<dt>expected</dt><dd><pre>${esc(show(f.expected))}</pre></dd>` +
                     (f.got !== undefined ? `<dt>got</dt><dd><pre>${esc(show(f.got))}</pre></dd>` : "") + `</dl>`;
        }
        html += `<li class="follow-case" data-verdict="${esc(f.verdict)}"><span class="verdict-cell v-${esc(f.verdict)}">` +
                `${esc(verdictName(f.verdict))}</span> ${esc(f.name)}${details}</li>`;
      }
      html += `</ul>`;
    }
    return html + `</section>`;
  }

  function getCode() { return editor ? editor.getValue() : fallback.value; }
  function setCode(code) { if (editor) editor.setValue(code); else fallback.value = code; saveDraft(code); }

  async function grade(kind) {
    const code = getCode();
    pastBox.hidden = true;
    showPane("result");
    resultBox.innerHTML = `<p class="muted" id="grading">${kind === "run" ? "Running the examples" : "Grading"}…</p>`;
    const url = kind === "run" ? `/api/problems/${slug}/run` : `/api/problems/${slug}/submissions`;
    try {
      const res = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ code }) });
      const body = await res.json();
      if (!res.ok) { resultBox.innerHTML = `<p class="error" role="alert">${esc(body.error || "The request failed.")}</p>`; return; }
      resultBox.innerHTML = resultHtml(body);
      if (kind === "submit") await refreshHistory(body.verdict === "accepted");
    } catch (err) {
      resultBox.innerHTML = `<p class="error" role="alert">Could not reach offerloop: ${esc(err)}</p>`;
    }
  }

  // -- attempts: local times with the zone named, each one openable ---------------------------------
  const zone = (() => {
    const part = new Intl.DateTimeFormat(undefined, { timeZoneName: "short" }).formatToParts(new Date()).find((p) => p.type === "timeZoneName");
    return part ? part.value : "local time";
  })();
  function localTime(iso) {
    const d = new Date(iso);
    const pad = (n) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }
  function historyRow(h) {
    return `<tr data-id="${h.id}"><td><time datetime="${esc(h.at)}" title="${esc(h.at)}">${esc(localTime(h.at))}</time></td>` +
           `<td class="verdict-cell v-${esc(h.verdict)}" data-verdict="${esc(h.verdict)}">${esc(verdictName(h.verdict))}</td>` +
           `<td>${h.passed}/${h.total}</td><td>${h.time_ms} ms</td>` +
           `<td><button type="button" class="link open-attempt" data-id="${h.id}">Open</button></td></tr>`;
  }
  function localiseHistory() {
    document.getElementById("zone-label").textContent = `(${zone})`;
    for (const t of document.querySelectorAll("#history time")) {
      t.title = t.getAttribute("datetime");
      t.textContent = localTime(t.getAttribute("datetime"));
    }
    for (const td of document.querySelectorAll("#history td[data-verdict]")) td.textContent = verdictName(td.dataset.verdict);
  }
  // The newest 50 attempts are listed; "older attempts" appends the next page (the API's limit is 500).
  const HISTORY_FIRST = 50, HISTORY_PAGE = 100;
  let historyRows = [];
  function showHistory(total) {
    document.getElementById("older-attempts").hidden = historyRows.length >= total;
    document.querySelector("#history tbody").innerHTML = historyRows.length ? historyRows.map(historyRow).join("")
      : `<tr class="empty"><td colspan="5">No attempts yet.</td></tr>`;
  }
  async function fetchHistory(limit, offset) {
    const res = await fetch(`/api/problems/${slug}/submissions?limit=${limit}&offset=${offset}`);
    const rows = res.ok ? await res.json() : [];
    const total = Number(res.headers.get("X-Total-Count") || offset + rows.length);
    return { rows, total };
  }
  async function refreshHistory(solvedNow) {
    const { rows, total } = await fetchHistory(Math.max(HISTORY_FIRST, historyRows.length), 0);
    historyRows = rows;
    showHistory(total);
    if (solvedNow && !document.getElementById("solved-mark")) {
      document.querySelector(".problem-head h1").insertAdjacentHTML("beforeend", ' <span class="ok" id="solved-mark">✓ solved</span>');
      document.getElementById("learn").open = true;
    }
  }
  async function openAttempt(id) {
    const res = await fetch(`/api/problems/${slug}/submissions/${id}`);
    const a = await res.json();
    if (!res.ok) { pastBox.hidden = false; pastBox.innerHTML = `<p class="error" role="alert">${esc(a.error || "That attempt cannot be opened.")}</p>`; return; }
    pastBox.hidden = false;
    pastBox.innerHTML = `<div class="past-head"><h2 id="past-title">Attempt of ${esc(localTime(a.at))} (${esc(zone)})</h2>` +
      `<button type="button" class="secondary" id="load-attempt">Put this code in the editor</button>` +
      `<button type="button" class="secondary" id="close-attempt">Close</button></div>` +
      `<pre class="past-code" id="past-code">${esc(a.code)}</pre>` + resultHtml(a.result);
    document.getElementById("load-attempt").addEventListener("click", () => {
      const before = getCode();
      setCode(a.code);
      offerUndo("Loaded the attempt's code.", before);
    });
    document.getElementById("close-attempt").addEventListener("click", () => { pastBox.hidden = true; });
    showPane("result");
    pastBox.scrollIntoView({ block: "nearest" });
  }
  document.getElementById("older-attempts").addEventListener("click", async () => {
    // Before any refresh the first 50 are the page's own rows: fetch them again with the next page.
    const offset = historyRows.length, limit = offset ? HISTORY_PAGE : HISTORY_FIRST + HISTORY_PAGE;
    const { rows, total } = await fetchHistory(limit, offset);
    historyRows = historyRows.concat(rows);
    showHistory(total);
  });
  document.getElementById("history").addEventListener("click", (e) => {
    const button = e.target.closest(".open-attempt");
    if (button) openAttempt(button.dataset.id);
  });

  // -- drafts: this browser at once, the store shortly after ---------------------------------------
  let serverTimer = null;
  function saveDraft(code) {
    const at = new Date().toISOString();
    try { localStorage.setItem(LOCAL_KEY, JSON.stringify({ code, at })); } catch (e) { /* storage full or off: the store still keeps it */ }
    saveState.textContent = "Saving…";
    clearTimeout(serverTimer);
    serverTimer = setTimeout(() => pushDraft(code), 800);
  }
  async function pushDraft(code) {
    try {
      const res = await fetch(`/api/problems/${slug}/draft`, { method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ code }) });
      const body = await res.json();
      saveState.textContent = res.ok ? "Draft saved" : (body.error || "The draft could not be saved.");
      if (res.ok) bench.dataset.draftAt = body.updated_at;
    } catch (e) {
      saveState.textContent = "Saved in this browser only (offerloop is not reachable).";
    }
  }
  function startingCode() {
    // This browser's copy wins when it is newer than the store's (typed, then the tab was closed
    // before the store heard of it).
    let local = null;
    try { local = JSON.parse(localStorage.getItem(LOCAL_KEY) || "null"); } catch (e) { local = null; }
    const storeAt = bench.dataset.draftAt ? Date.parse(bench.dataset.draftAt) : 0;
    if (local && typeof local.code === "string" && Date.parse(local.at) > storeAt) {
      if (local.code !== fallback.value) setTimeout(() => pushDraft(local.code), 0);
      return local.code;
    }
    return fallback.value;
  }

  // -- reset to the starter, with undo --------------------------------------------------------------
  let undoTimer = null;
  function offerUndo(message, previous) {
    const bar = document.getElementById("undo-bar");
    bar.querySelector("span").textContent = message;
    bar.hidden = false;
    bar.dataset.previous = previous;
    clearTimeout(undoTimer);
    undoTimer = setTimeout(() => { bar.hidden = true; }, 20000);
  }
  document.getElementById("reset").addEventListener("click", () => {
    const before = getCode();
    if (before === starter) { saveState.textContent = "Already the starter."; return; }
    setCode(starter);
    offerUndo("Reset to the starter.", before);
    showPane("code");
  });
  document.getElementById("undo-reset").addEventListener("click", () => {
    const bar = document.getElementById("undo-bar");
    setCode(bar.dataset.previous || "");
    bar.hidden = true;
  });

  // -- phone tabs ----------------------------------------------------------------------------------
  function showPane(name) {
    bench.dataset.pane = name;
    for (const tab of document.querySelectorAll(".pane-tabs [role=tab]")) {
      tab.setAttribute("aria-selected", String(tab.id === `tab-${name}`));
    }
  }
  for (const tab of document.querySelectorAll(".pane-tabs [role=tab]")) {
    tab.addEventListener("click", () => showPane(tab.id.replace("tab-", "")));
  }

  // -- editor and shortcuts ------------------------------------------------------------------------
  const initial = startingCode();
  if (window.OfferloopEditor) {
    editor = window.OfferloopEditor.mount(document.getElementById("editor"), initial,
      { onRun: () => grade("run"), onSubmit: () => grade("submit"), onChange: saveDraft });
    window.offerloopEditor = editor; // for scripted use and tests
  } else {
    // The bundle is missing (make install not run): fall back to a plain text area.
    fallback.value = initial;
    fallback.hidden = false; fallback.rows = 20; fallback.style.width = "100%";
    fallback.addEventListener("input", () => saveDraft(fallback.value));
    document.getElementById("editor").remove();
  }
  document.getElementById("run").addEventListener("click", () => grade("run"));
  document.getElementById("submit").addEventListener("click", () => grade("submit"));
  // Captured on the window, before the editor sees the key: the same shortcut works with the
  // focus anywhere on the page, and runs once.
  window.addEventListener("keydown", (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key === "Enter") {
      e.preventDefault();
      e.stopPropagation();
      grade(e.shiftKey ? "submit" : "run");
    }
  }, true);
  localiseHistory();

  // Side by side, the workbench fills the window below the page's header (its own panes scroll).
  function fit() {
    if (window.innerWidth <= 760) { bench.style.height = ""; return; }
    const top = bench.getBoundingClientRect().top + window.scrollY;
    bench.style.height = `${Math.max(540, window.innerHeight - top - 12)}px`;
  }
  window.addEventListener("resize", fit);
  fit();

  const hintButton = document.getElementById("next-hint");
  hintButton.addEventListener("click", () => {
    const next = document.querySelector("#hints li[hidden]");
    if (next) next.hidden = false;
    if (!document.querySelector("#hints li[hidden]")) hintButton.disabled = true;
  });
})();
