import { Controller } from "@hotwired/stimulus";
import { EditorView, basicSetup } from "codemirror";
import { yaml } from "@codemirror/lang-yaml";
import { lintGutter, setDiagnostics } from "@codemirror/lint";
import { drawGraph } from "./scenario_graph.js";

// The author workbench. Replaces the textarea with a CodeMirror YAML editor (the textarea stays in
// the form and is kept in step, so every button still posts the text); checks the text on the
// server a moment after the author stops typing and shows what it found in the list (an
// aria-live region) and as lint markers; draws the scenario's graph whenever it compiles.
// Server text (messages, codes) is set as textContent, never as HTML.
export default class AuthorController extends Controller {
  static targets = ["source", "editor", "diagnostics", "graph", "graphHint"];

  static values = { checkUrl: String, nonce: String, texts: Object, delay: { type: Number, default: 400 } };

  connect() {
    this.sequence = 0;
    this.shown = null;
    this.drawn = null;
    this.view = new EditorView({
      doc: this.sourceTarget.value,
      extensions: [
        EditorView.cspNonce.of(this.nonceValue),
        basicSetup,
        yaml(),
        lintGutter(),
        EditorView.updateListener.of((update) => { if (update.docChanged) this.changed(); }),
        // tabindex: the editable area is focusable anyway; saying so lets checkers see the scroller is keyboard-reachable.
        EditorView.contentAttributes.of({ "aria-labelledby": "yaml-label", "aria-describedby": "yaml-hint", tabindex: "0" }),
      ],
      parent: this.editorTarget,
    });
    this.editorTarget.hidden = false;
    this.sourceTarget.hidden = true;
    this.graphHintTarget.textContent = this.textsValue.graphEmpty;
    this.check();
  }

  disconnect() {
    clearTimeout(this.timer);
    this.abort?.abort();
    this.cy?.destroy();
    this.view?.destroy();
    this.sourceTarget.hidden = false;
  }

  // Before any post: the form sends the textarea.
  sync() {
    if (this.view) this.sourceTarget.value = this.view.state.doc.toString();
  }

  changed() {
    this.sync();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.check(), this.delayValue);
  }

  async check() {
    const text = this.view.state.doc.toString();
    const sequence = ++this.sequence;
    this.abort?.abort();
    this.abort = new AbortController();
    this.diagnosticsTarget.setAttribute("aria-busy", "true");
    try {
      const response = await fetch(this.checkUrlValue, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ yaml: text }),
        credentials: "same-origin",
        signal: this.abort.signal,
      });
      if (sequence !== this.sequence) return;
      if (response.status === 401) {
        window.location.assign("/sign-in?returnUrl=%2Fauthor");
        return;
      }
      const body = await response.json();
      if (!response.ok) {
        this.showMessage(body.code === "scenario-too-large" ? this.textsValue.tooLarge : this.textsValue.failed);
        return;
      }
      this.show(body.diagnostics);
      if (body.graph) this.draw(body.graph);
    } catch (error) {
      if (error.name !== "AbortError" && sequence === this.sequence) this.showMessage(this.textsValue.failed);
    } finally {
      if (sequence === this.sequence) this.diagnosticsTarget.removeAttribute("aria-busy");
    }
  }

  show(diagnostics) {
    this.markInEditor(diagnostics);
    // The live region is rewritten only when what it says changes, so screen readers are not flooded.
    const key = JSON.stringify(diagnostics);
    if (key === this.shown) return;
    this.shown = key;
    const texts = this.textsValue;
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    const summary = document.createElement("p");
    summary.className = "diagnostics-summary";
    summary.textContent = diagnostics.length === 0
      ? texts.noProblems
      : texts.problems.replace("{errors}", errors).replace("{warnings}", diagnostics.length - errors);
    const nodes = [summary];
    if (diagnostics.length > 0) {
      const list = document.createElement("ul");
      list.className = "diagnostics";
      for (const d of diagnostics) {
        const item = document.createElement("li");
        item.className = `diagnostic diagnostic-${d.severity === "error" ? "error" : "warning"}`;
        item.dataset.code = d.code;
        item.dataset.line = d.line;
        item.dataset.column = d.column;
        const where = document.createElement("button");
        where.type = "button";
        where.className = "where";
        where.textContent = texts.lineColumn.replace("{line}", d.line).replace("{column}", d.column);
        where.addEventListener("click", () => this.reveal(d.line, d.column));
        const code = document.createElement("span");
        code.className = "code";
        code.textContent = d.code;
        const message = document.createElement("span");
        message.className = "message";
        message.lang = "en";
        message.textContent = d.message;
        item.append(where, " ", code, " ", message);
        list.append(item);
      }
      nodes.push(list);
    }
    this.diagnosticsTarget.replaceChildren(...nodes);
    this.diagnosticsTarget.dataset.state = diagnostics.length === 0 ? "clean" : "problems";
  }

  showMessage(text) {
    this.shown = null;
    const message = document.createElement("p");
    message.className = "diagnostics-summary";
    message.textContent = text;
    this.diagnosticsTarget.replaceChildren(message);
    this.diagnosticsTarget.dataset.state = "failed";
  }

  markInEditor(diagnostics) {
    const doc = this.view.state.doc;
    const marks = diagnostics.map((d) => {
      const line = doc.line(Math.min(Math.max(d.line, 1), doc.lines));
      const from = Math.min(line.from + Math.max(d.column, 1) - 1, line.to);
      return { from, to: Math.max(from, line.to), severity: d.severity === "error" ? "error" : "warning", source: d.code, message: `${d.code}: ${d.message}` };
    });
    this.view.dispatch(setDiagnostics(this.view.state, marks));
  }

  reveal(lineNumber, column) {
    const doc = this.view.state.doc;
    const line = doc.line(Math.min(Math.max(lineNumber, 1), doc.lines));
    const at = Math.min(line.from + Math.max(column, 1) - 1, line.to);
    this.view.dispatch({ selection: { anchor: at }, effects: EditorView.scrollIntoView(at, { y: "center" }) });
    this.view.focus();
  }

  draw(graph) {
    const key = JSON.stringify(graph);
    if (key === this.drawn) return;
    this.drawn = key;
    this.cy?.destroy();
    this.cy = drawGraph(this.graphTarget, graph, this.textsValue.anyState, this.nonceValue);
    this.graphHintTarget.hidden = true;
  }
}
