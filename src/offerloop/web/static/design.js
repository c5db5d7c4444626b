// ML system design workspace: panes per PROBLEM section, autosave (browser + store), the 60-minute timer
// with time boxes, Mermaid diagrams, estimation helpers, submit for feedback. Plain JS, no CDN.
(function () {
  "use strict";
  const root = document.getElementById("workspace");
  if (!root) return;
  const slug = root.dataset.slug;
  const KEY = "offerloop.design." + slug;
  const panes = Array.from(document.querySelectorAll(".pane textarea"));
  const keys = panes.map((t) => t.name);
  const status = document.getElementById("save-status");
  const errorBox = document.getElementById("submit-error");

  // -- state kept in the browser first, so a crash or a failed request loses nothing -------------
  function readLocal() {
    try { return JSON.parse(localStorage.getItem(KEY) || "null"); } catch (e) { return null; }
  }
  let state = readLocal() || { sections: {}, timer: { spent: {}, running: false, current: "problem" }, savedAt: 0, syncedAt: 0 };
  state.timer = state.timer || { spent: {}, running: false, current: "problem" };
  state.timer.spent = state.timer.spent || {};

  function writeLocal() {
    state.savedAt = Date.now();
    try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* storage full: the store still has it */ }
  }

  function collect() {
    const out = {};
    panes.forEach((t) => { out[t.name] = t.value; });
    return out;
  }

  function fill(sections) {
    panes.forEach((t) => { if (typeof sections[t.name] === "string") t.value = sections[t.name]; });
  }

  let pushTimer = null;
  let pushing = false;
  async function pushToStore(keepalive) {
    const body = JSON.stringify({ sections: state.sections, timer: flatTimer() });
    pushing = true;
    try {
      const res = await fetch("/api/design/drafts/" + encodeURIComponent(slug), {
        method: "PUT", headers: { "Content-Type": "application/json" }, body: body, keepalive: !!keepalive,
      });
      if (!res.ok) throw new Error((await res.json()).error || res.statusText);
      state.syncedAt = Date.now();
      try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* ignore */ }
      status.textContent = "Saved at " + new Date().toLocaleTimeString();
      status.dataset.synced = String(state.syncedAt);
    } catch (e) {
      status.textContent = "Saved in this browser only (" + e.message + "); retrying on the next edit.";
    } finally {
      pushing = false;
    }
  }

  function changed() {
    state.sections = collect();
    writeLocal();
    status.textContent = "Saved in this browser";
    clearTimeout(pushTimer);
    pushTimer = setTimeout(() => pushToStore(false), 700);
  }

  // The timer's stored form: seconds per section plus the running flag (numbers and strings only).
  function flatTimer() {
    const t = { running: !!state.timer.running, current: state.timer.current || "problem" };
    keys.forEach((k) => { t[k] = Math.round(state.timer.spent[k] || 0); });
    return t;
  }

  async function load() {
    try {
      const res = await fetch("/api/design/drafts/" + encodeURIComponent(slug));
      if (!res.ok) throw new Error(res.statusText);
      const server = await res.json();
      const serverAt = server.updated_at ? Date.parse(server.updated_at) : 0;
      const local = readLocal();
      const localUnsynced = local && local.savedAt && (!local.syncedAt || local.savedAt > local.syncedAt);
      if (local && (localUnsynced || local.savedAt >= serverAt)) {
        fill(local.sections || {});
        if (localUnsynced) { state.sections = collect(); pushToStore(false); }
      } else if (serverAt) {
        fill(server.sections);
        state.sections = collect();
        const t = server.timer || {};
        keys.forEach((k) => { if (typeof t[k] === "number") state.timer.spent[k] = t[k]; });
        state.timer.current = t.current || "problem";
        state.syncedAt = Date.now();
        writeLocal();
      }
    } catch (e) {
      const local = readLocal();
      if (local) fill(local.sections || {});
      status.textContent = "Working from this browser's copy (" + e.message + ")";
    }
    panes.forEach(renderDiagrams);
    showTimer();
  }

  panes.forEach((t) => {
    t.addEventListener("input", () => { changed(); scheduleDiagrams(t); });
    t.addEventListener("focus", () => { state.timer.current = t.name; showTimer(); });
  });
  window.addEventListener("pagehide", () => {
    if (state.savedAt > (state.syncedAt || 0) && !pushing) pushToStore(true);
  });

  // -- timer -------------------------------------------------------------------------------------
  const clock = document.getElementById("clock");
  const toggle = document.getElementById("timer-toggle");
  let last = null;
  function fmt(sec) {
    sec = Math.max(0, Math.floor(sec));
    return Math.floor(sec / 60) + ":" + String(sec % 60).padStart(2, "0");
  }
  function showTimer() {
    let total = 0;
    document.querySelectorAll("#phases li").forEach((li) => {
      const k = li.dataset.key;
      const spent = state.timer.spent[k] || 0;
      total += spent;
      const box = Number(li.dataset.minutes) * 60;
      document.getElementById("spent-" + k).textContent = fmt(spent);
      const over = document.getElementById("over-" + k);
      over.textContent = spent > box ? "+" + fmt(spent - box) + " over" : "";
      li.classList.toggle("overrun", spent > box);
      li.classList.toggle("current", k === state.timer.current);
    });
    clock.textContent = fmt(total);
    clock.classList.toggle("overrun", total > Number(root.dataset.minutes) * 60);
    toggle.textContent = state.timer.running ? "Pause" : (total ? "Resume" : "Start");
  }
  function tick() {
    const now = Date.now();
    if (state.timer.running && last !== null) {
      const k = state.timer.current || "problem";
      state.timer.spent[k] = (state.timer.spent[k] || 0) + (now - last) / 1000;
      writeLocal();
    }
    last = now;
    showTimer();
  }
  toggle.addEventListener("click", () => {
    state.timer.running = !state.timer.running;
    last = Date.now();
    changed();
    showTimer();
  });
  document.getElementById("timer-reset").addEventListener("click", () => {
    state.timer = { spent: {}, running: false, current: "problem" };
    changed();
    showTimer();
  });
  setInterval(tick, 1000);

  // -- Mermaid diagrams from ```mermaid blocks ---------------------------------------------------
  const pending = new Map();
  let diagramCount = 0;
  function scheduleDiagrams(t) {
    clearTimeout(pending.get(t));
    pending.set(t, setTimeout(() => renderDiagrams(t), 600));
  }
  function blocks(text) {
    const out = [];
    const re = /```\s*mermaid[^\n]*\n([\s\S]*?)```/gi;
    let m;
    while ((m = re.exec(text)) !== null) out.push(m[1]);
    return out;
  }
  async function renderDiagrams(t) {
    const box = document.getElementById("diagrams-" + t.name);
    const codes = blocks(t.value);
    if (!codes.length) { box.replaceChildren(); return; }
    if (!window.mermaid) {
      box.textContent = "Diagrams need the Mermaid asset (run make install).";
      return;
    }
    if (!window.__mermaidReady) {
      window.mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: "neutral" });
      window.__mermaidReady = true;
    }
    const figures = [];
    for (const code of codes) {
      const fig = document.createElement("figure");
      fig.className = "diagram";
      try {
        const { svg } = await window.mermaid.render("mmd-" + (++diagramCount), code);
        fig.innerHTML = svg;
      } catch (e) {
        fig.className = "diagram broken";
        fig.textContent = "This diagram does not parse: " + String(e && e.message || e).split("\n")[0];
      }
      figures.push(fig);
    }
    box.replaceChildren(...figures);
  }

  // -- estimation helpers ------------------------------------------------------------------------
  const form = document.getElementById("estimate");
  function human(n) {
    const units = [[1e12, "T"], [1e9, "B"], [1e6, "M"], [1e3, "k"]];
    for (const [d, s] of units) if (Math.abs(n) >= d) return (n / d).toPrecision(3).replace(/\.?0+$/, "") + s;
    return n.toPrecision(3).replace(/\.?0+$/, "");
  }
  function bytes(n) {
    const units = ["B", "KB", "MB", "GB", "TB", "PB"];
    let i = 0;
    while (Math.abs(n) >= 1000 && i < units.length - 1) { n /= 1000; i++; }
    return (i ? n.toFixed(1) : Math.round(n)) + " " + units[i];
  }
  function estimate() {
    const v = (name) => Number(form.elements[name].value) || 0;
    const perDay = v("dau") * v("rpu");
    const avg = perDay / 86400;
    const peak = avg * Math.max(1, v("peak"));
    document.getElementById("est-qps").textContent = "QPS: " + human(avg) + " average, " + human(peak) + " peak";
    const day = perDay * v("bytes");
    document.getElementById("est-storage").textContent = "Storage: " + bytes(day) + " per day, " + bytes(day * 365) + " per year";
    document.getElementById("est-memory").textContent = "Weights: " + bytes(v("params") * Number(form.elements.bpp.value));
    document.getElementById("est-bandwidth").textContent = "At peak: " + bytes(peak * v("resp")) + "/s (" + human(peak * v("resp") * 8) + "bit/s)";
  }
  form.addEventListener("input", estimate);
  estimate();

  // -- submit for feedback ------------------------------------------------------------------------
  const submit = document.getElementById("submit");
  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function showFeedback(fb) {
    const body = document.getElementById("feedback-body");
    body.replaceChildren();
    const head = el("p", "", "score");
    head.append(el("strong", fb.score + "/100", "score-value"));
    head.append(" · technical depth " + fb.ratings.technical_depth + "/4 · problem solving " + fb.ratings.problem_solving
      + "/4 · communication " + fb.ratings.communication + "/4");
    body.append(head);
    if (fb.misconceptions.length) {
      const ul = el("ul", undefined, "wrong");
      fb.misconceptions.forEach((m) => ul.append(el("li", "Wrong: " + m.claim + ". " + m.correction)));
      body.append(ul);
    }
    fb.consistency.forEach((c) => body.append(el("p", (c.ok ? "✓ Numbers agree: " : "✗ Numbers disagree: ") + c.message,
      c.ok ? "ok" : "note")));
    const checks = el("p", "", "checks");
    Object.entries(fb.checks).forEach(([k, ok]) => {
      checks.append(el("span", (ok ? "✓ " : "✗ ") + k.replace(/_/g, " "), ok ? "ok" : "bad"), " ");
    });
    body.append(checks);
    Object.entries(fb.sections).forEach(([k, s]) => {
      const sec = el("details", undefined, "fb-section" + (s.present ? "" : " absent"));
      sec.open = !s.present || s.missed.length > 0 || s.contradicted.length > 0;
      sec.append(el("summary", s.title + ": " + (s.present ? "present" : "missing") + " · " + s.covered.length
        + " covered, " + s.missed.length + " missed, " + s.contradicted.length + " contradicted"));
      const ul = el("ul");
      s.covered.forEach((c) => ul.append(el("li", "✓ " + c.point + (c.evidence ? " — “" + c.evidence.slice(0, 140) + "”" : ""), "ok")));
      s.contradicted.forEach((c) => ul.append(el("li", "✗ " + c.point + " — you wrote “" + c.evidence.slice(0, 140) + "”"
        + (c.correct ? "; the reference says “" + c.correct.slice(0, 160) + "”" : ""), "bad")));
      s.missed.forEach((c) => ul.append(el("li", "– " + c.point, "missed")));
      sec.append(ul);
      body.append(sec);
    });
    body.append(el("h3", "Practise next"));
    const ol = el("ol", undefined, "follow-ups");
    fb.follow_ups.forEach((f) => ol.append(el("li", f.question)));
    body.append(ol);
    const ref = el("details", undefined, "reference");
    ref.append(el("summary", "Compare with the reference design"));
    ref.addEventListener("toggle", async () => {
      if (!ref.open || ref.dataset.loaded) return;
      ref.dataset.loaded = "1";
      const res = await fetch("/api/design/cases/" + encodeURIComponent(slug) + "?reference=true");
      const data = await res.json().catch(() => ({}));
      ref.append(el("pre", res.ok ? data.reference : (data.error || res.statusText), "reference-text"));
    });
    body.append(ref);
    document.getElementById("feedback").hidden = false;
    if (fb.attempt_id) {
      const hist = document.getElementById("history");
      if (hist.querySelector(".muted")) hist.replaceChildren();
      hist.append(el("li", "now: " + fb.score + "/100"));
    }
  }
  submit.addEventListener("click", async () => {
    errorBox.hidden = true;
    state.sections = collect();
    writeLocal(); // the draft is kept whatever happens next
    submit.disabled = true;
    submit.textContent = "Reviewing…";
    try {
      await pushToStore(false);
      const seconds = Math.round(Object.values(state.timer.spent).reduce((a, b) => a + b, 0));
      const res = await fetch("/api/design/review", {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ case: slug, sections: state.sections, seconds: seconds || null }),
      });
      const data = await res.json().catch(() => ({ error: res.statusText }));
      if (!res.ok) throw new Error(data.error || res.statusText);
      showFeedback(data);
      document.getElementById("feedback").scrollIntoView({ behavior: "smooth", block: "start" });
    } catch (e) {
      errorBox.textContent = e.message + " Your draft is kept.";
      errorBox.hidden = false;
    } finally {
      submit.disabled = false;
      submit.textContent = "Submit for feedback";
    }
  });

  load();
})();
