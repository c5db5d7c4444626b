// Resume pages: the one-bullet checker (POST /api/resume/bullet) and the GitHub checklist ticks (kept in this browser).
(function () {
  "use strict";

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  var form = document.getElementById("bullet-form");
  if (form) {
    var out = document.getElementById("bullet-result");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var text = document.getElementById("bullet-text").value;
      fetch("/api/resume/bullet", {
        method: "POST",
        headers: {"Content-Type": "application/json"},
        body: JSON.stringify({text: text})
      }).then(function (res) {
        return res.json().then(function (data) { return {ok: res.ok, data: data}; });
      }).then(function (r) {
        out.textContent = "";
        if (!r.ok) {
          out.appendChild(el("p", "error", r.data.error || "The bullet could not be checked."));
          return;
        }
        var marks = el("p", "rs-marks");
        [["action_verb", "verb"], ["method", "method"], ["impact", "impact"]].forEach(function (pair) {
          var yes = r.data[pair[0]];
          marks.appendChild(el("span", "rs-mark " + (yes ? "ok" : "bad"), pair[1] + ": " + (yes ? "yes" : "no")));
        });
        out.appendChild(marks);
        if (r.data.weak_phrases.length) {
          out.appendChild(el("p", "muted", "Weak wording: " + r.data.weak_phrases.join(", ")));
        }
        var edit = el("p", "rs-edit");
        edit.id = "bullet-suggestion";
        edit.appendChild(el("strong", "", "Edit: "));
        edit.appendChild(document.createTextNode(r.data.suggestion));
        out.appendChild(edit);
      }).catch(function () {
        out.textContent = "The bullet could not be checked: is the server running?";
      });
    });
  }

  var list = document.getElementById("github-checklist");
  if (list) {
    var KEY = "offerloop.github-checklist";
    var saved = {};
    try { saved = JSON.parse(localStorage.getItem(KEY) || "{}"); } catch (e) { saved = {}; }
    var boxes = list.querySelectorAll("input[type=checkbox]");
    var done = document.getElementById("github-done");
    function update() {
      var n = 0;
      boxes.forEach(function (b) { if (b.checked) n += 1; });
      done.textContent = n + " of " + boxes.length + " done.";
    }
    boxes.forEach(function (box) {
      box.checked = !!saved[box.dataset.key];
      box.addEventListener("change", function () {
        saved[box.dataset.key] = box.checked;
        localStorage.setItem(KEY, JSON.stringify(saved));
        update();
      });
    });
    update();
  }
})();
