// The code editor used on problem pages: CodeMirror 6 with Python highlighting and indentation.
import { EditorView, basicSetup } from "codemirror";
import { keymap } from "@codemirror/view";
import { Prec } from "@codemirror/state";
import { indentWithTab } from "@codemirror/commands";
import { indentUnit } from "@codemirror/language";
import { python } from "@codemirror/lang-python";

window.OfferloopEditor = {
  // mount(element, initialText, {onRun, onSubmit, onChange}) -> {getValue, setValue, focus}
  mount(parent, text, handlers = {}) {
    const run = handlers.onRun || (() => false);
    const submit = handlers.onSubmit || (() => false);
    const changed = handlers.onChange || (() => {});
    const view = new EditorView({
      doc: text,
      parent,
      extensions: [
        basicSetup,
        python(),
        // Python is indented by four spaces (PEP 8, and every starter); Tab and Enter follow it.
        indentUnit.of("    "),
        EditorView.updateListener.of((update) => { if (update.docChanged) changed(update.state.doc.toString()); }),
        // Highest precedence: basicSetup binds Mod-Enter to "insert blank line".
        Prec.highest(keymap.of([
          { key: "Mod-Enter", run: () => { run(); return true; } },
          { key: "Mod-Shift-Enter", run: () => { submit(); return true; } },
        ])),
        keymap.of([indentWithTab]),
        EditorView.contentAttributes.of({ "aria-label": "Code editor" }),
      ],
    });
    return {
      getValue: () => view.state.doc.toString(),
      setValue: (value) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: value } }),
      focus: () => view.focus(),
    };
  },
};
