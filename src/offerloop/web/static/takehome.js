// The time budget timer: phases from the page, elapsed time kept in localStorage so a reload keeps it.
(function () {
  const box = document.getElementById("timer");
  if (!box) return;
  const phases = JSON.parse(box.dataset.phases);
  const stop = Number(box.dataset.stop);
  const KEY = "offerloop.takehome.timer";
  const els = {
    elapsed: document.getElementById("timer-elapsed"), phase: document.getElementById("timer-phase"),
    left: document.getElementById("timer-left"), items: box.querySelectorAll(".th-phases li"),
  };
  let state = JSON.parse(localStorage.getItem(KEY) || "null") || { startedAt: null, banked: 0 };
  const save = () => localStorage.setItem(KEY, JSON.stringify(state));
  const elapsedMs = () => state.banked + (state.startedAt ? Date.now() - state.startedAt : 0);
  const clock = (ms) => {
    const s = Math.floor(ms / 1000);
    return `${Math.floor(s / 3600)}:${String(Math.floor(s / 60) % 60).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
  };
  function draw() {
    const ms = elapsedMs();
    const minutes = ms / 60000;
    els.elapsed.textContent = clock(ms);
    let current = null;
    els.items.forEach((li, i) => {
      const p = phases[i];
      li.classList.toggle("done", minutes >= p.end);
      li.classList.toggle("current", minutes >= p.start && minutes < p.end);
      if (minutes >= p.start && minutes < p.end) current = p;
    });
    if (!state.startedAt && ms === 0) {
      els.phase.textContent = "Not started"; els.left.textContent = "";
    } else if (current) {
      els.phase.textContent = current.phase;
      els.left.textContent = `(${Math.ceil(current.end - minutes)} min left in this phase)`;
    } else {
      els.phase.textContent = minutes >= stop ? "Time is up: stop and document" : "Wrap up: write what you'd do with more time";
      els.left.textContent = "";
    }
    box.classList.toggle("over", minutes >= phases[phases.length - 1].end);
  }
  document.getElementById("timer-start").addEventListener("click", () => {
    if (!state.startedAt) { state.startedAt = Date.now(); save(); } draw();
  });
  document.getElementById("timer-pause").addEventListener("click", () => {
    if (state.startedAt) { state.banked += Date.now() - state.startedAt; state.startedAt = null; save(); } draw();
  });
  document.getElementById("timer-reset").addEventListener("click", () => {
    state = { startedAt: null, banked: 0 }; save(); draw();
  });
  draw();
  setInterval(draw, 1000);
})();
