import { Controller } from "@hotwired/stimulus";
import cytoscape from "./cytoscape_dagre.js";

// Cytoscape adds a <style> element (".__________cytoscape_container { position: relative }") unless an
// element with this id exists; the Content-Security-Policy refuses inline styles, and facilitator.css
// already positions the container, so an empty marker stands in for it.
const CYTOSCAPE_STYLESHEET_ID = "__________cytoscape_stylesheet";

// The scenario's state graph, drawn by cytoscape with the dagre layout from the nodes and edges the
// server supplies (built from the scenario machine). The position element (replaced live by the
// board's fragments) carries the current state and the path so far as data attributes; a mutation
// observer re-highlights whenever they change. The graph is a picture: the same facts are in the
// position element's text for screen readers.
export default class StateGraphController extends Controller {
  static targets = ["canvas", "position"];

  static values = { graph: Object };

  connect() {
    if (!document.getElementById(CYTOSCAPE_STYLESHEET_ID)) {
      const marker = document.createElement("meta");
      marker.id = CYTOSCAPE_STYLESHEET_ID;
      document.head.append(marker);
    }
    const { nodes = [], edges = [] } = this.graphValue;
    this.cy = cytoscape({
      container: this.canvasTarget,
      elements: [
        ...nodes.map((n) => ({ data: { id: n.id, label: n.label, ...(n.parent ? { parent: n.parent } : {}) } })),
        ...edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, label: e.label } })),
      ],
      style: [
        {
          selector: "node",
          style: {
            label: "data(label)", "font-size": 16, "text-valign": "center", "text-halign": "center", "text-wrap": "wrap",
            "text-max-width": 120, shape: "round-rectangle", width: "label", height: "label", padding: 10,
            "background-color": "#ffffff", "border-width": 2, "border-color": "#7b8594", color: "#1b2330",
          },
        },
        { selector: ":parent", style: { "text-valign": "top", "background-color": "#f3f5f8", "border-style": "dashed" } },
        {
          selector: "edge",
          style: {
            width: 1.5, "line-color": "#9aa3b0", "target-arrow-color": "#9aa3b0", "target-arrow-shape": "triangle",
            "curve-style": "bezier", label: "data(label)", "font-size": 12, color: "#4a5565",
            "text-background-color": "#ffffff", "text-background-opacity": 1, "text-rotation": "autorotate",
          },
        },
        { selector: "node.visited", style: { "background-color": "#dbe7f7", "border-color": "#1f5fa8" } },
        { selector: "edge.visited", style: { "line-color": "#1f5fa8", "target-arrow-color": "#1f5fa8", width: 3 } },
        {
          selector: "node.current",
          style: { "background-color": "#1f5fa8", color: "#ffffff", "border-color": "#0d3d73", "border-width": 4, "font-weight": "bold" },
        },
      ],
      layout: { name: "dagre", rankDir: "TB", nodeSep: 30, rankSep: 50, padding: 16 },
      wheelSensitivity: 0.2,
      boxSelectionEnabled: false,
      autoungrabify: true,
    });
    this.highlight();
    this.observer = new MutationObserver(() => this.highlight());
    this.observer.observe(this.positionTarget, { attributes: true, childList: true, subtree: true });
  }

  disconnect() {
    this.observer?.disconnect();
    this.cy?.destroy();
  }

  highlight() {
    const position = this.positionTarget.querySelector("[data-graph-current]");
    if (!position || !this.cy) return;
    const current = position.dataset.graphCurrent;
    let path = [];
    try {
      path = JSON.parse(position.dataset.graphPath ?? "[]");
    } catch {
      path = [];
    }
    this.cy.batch(() => {
      this.cy.elements().removeClass("visited current");
      path.forEach((id, i) => {
        this.cy.getElementById(id).addClass("visited");
        if (i > 0) this.cy.edges(`[source = "${CSS.escape(path[i - 1])}"][target = "${CSS.escape(id)}"]`).addClass("visited");
      });
      this.cy.getElementById(current).addClass("current");
    });
    this.element.dataset.graphHighlighted = current;
  }
}
