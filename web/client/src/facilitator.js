// The facilitator's pages: the live board, its state graph, and the debrief's frame. Loaded after
// app.js by those pages only; registers on the same Stimulus application.
import { application } from "./application.js";
import BoardController from "./board_controller.js";
import StateGraphController from "./state_graph_controller.js";
import FitFrameController from "./fit_frame_controller.js";

application.register("board", BoardController);
application.register("state-graph", StateGraphController);
application.register("fit-frame", FitFrameController);
