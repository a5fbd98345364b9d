import cytoscape from "./cytoscape_dagre.js";

// Draws a scenario's states and transitions (the nodes and edges the server builds from the state
// machine) with cytoscape and a dagre layout, left to right. Substates sit inside their parent.
// Labels are set as data and drawn on the canvas: nothing here becomes HTML.
const style = [
  { selector: "node", style: {
    "shape": "round-rectangle", "background-color": "#e6f0f7", "border-color": "#1f5f8b", "border-width": 1,
    "label": "data(label)", "color": "#1b2430", "font-size": 11, "text-valign": "center", "text-halign": "center",
    "width": "label", "height": "label", "padding": "8px",
  } },
  { selector: "node[kind = 'ending']", style: { "background-color": "#e5f3ea", "border-color": "#1e6b3a", "border-width": 2 } },
  { selector: "node[kind = 'story']", style: { "shape": "ellipse", "background-color": "#fff", "border-style": "dashed", "color": "#4a5565" } },
  { selector: ":parent", style: {
    "background-color": "#f7f8fa", "border-color": "#7b8594", "text-valign": "top", "text-halign": "center", "font-weight": "bold", "padding": "12px",
  } },
  { selector: "edge", style: {
    "width": 1, "line-color": "#7b8594", "target-arrow-color": "#7b8594", "target-arrow-shape": "triangle", "curve-style": "bezier",
    "label": "data(label)", "font-size": 8, "color": "#4a5565", "text-background-color": "#fff", "text-background-opacity": 0.85,
    "text-background-padding": "1px",
  } },
];

// cytoscape adds this one-rule style element unless it exists; adding it first, with the page's
// style nonce, keeps it within the Content-Security-Policy.
const stylesheetId = "__________cytoscape_stylesheet";

function addStylesheet(nonce) {
  if (document.getElementById(stylesheetId)) return;
  const sheet = document.createElement("style");
  sheet.id = stylesheetId;
  sheet.nonce = nonce;
  sheet.textContent = ".__________cytoscape_container { position: relative; }";
  document.head.prepend(sheet);
}

export function drawGraph(container, graph, anyStateLabel, nonce) {
  addStylesheet(nonce);
  const elements = [
    ...graph.nodes.map((n) => ({ data: { id: n.id, label: n.kind === "story" ? anyStateLabel : n.label, kind: n.kind, ...(n.parent ? { parent: n.parent } : {}) } })),
    ...graph.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, label: e.label } })),
  ];
  const cy = cytoscape({
    container,
    elements,
    style,
    layout: { name: "dagre", rankDir: "LR", nodeSep: 18, rankSep: 70, edgeSep: 6 },
    wheelSensitivity: 0.3,
    minZoom: 0.2,
    maxZoom: 3,
  });
  // Tests and assistive summaries read what was drawn.
  container.dataset.nodeCount = String(cy.nodes().length);
  container.dataset.edgeCount = String(cy.edges().length);
  return cy;
}
