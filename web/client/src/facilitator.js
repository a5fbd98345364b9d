// The facilitator's live board and its state graph. Loaded after app.js by the board only;
// registers on the same Stimulus application.
import { application } from "./application.js";
import BoardController from "./board_controller.js";
import StateGraphController from "./state_graph_controller.js";

application.register("board", BoardController);
application.register("state-graph", StateGraphController);
