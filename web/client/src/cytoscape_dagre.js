// cytoscape with the dagre layout registered, once, for every graph on a page (the facilitator's
// state graph and the author's scenario graph import it from here).
import cytoscape from "cytoscape";
import dagre from "cytoscape-dagre";

cytoscape.use(dagre);

export default cytoscape;
