// ReferralSim in the browser: Turbo applies the HTML fragments the server renders and pushes over
// the SignalR hub; Stimulus controllers hold the per-element behaviour. No page builds DOM from
// data itself: every piece of text arrives as server-rendered, encoded HTML.
import * as Turbo from "@hotwired/turbo";
import { Application } from "@hotwired/stimulus";
import LiveController from "./live_controller.js";
import ClockController from "./clock_controller.js";
import BoardController from "./board_controller.js";
import StateGraphController from "./state_graph_controller.js";
import FitFrameController from "./fit_frame_controller.js";
import AuthorController from "./author_controller.js";

// Plain navigation and plain form posts (each answered with a redirect, or 422 and the whole page):
// Turbo is used for its stream actions only.
if (Turbo.config?.drive) {
  Turbo.config.drive.enabled = false;
} else {
  Turbo.session.drive = false;
}

const application = Application.start();
application.register("live", LiveController);
application.register("clock", ClockController);
application.register("board", BoardController);
application.register("state-graph", StateGraphController);
application.register("fit-frame", FitFrameController);
application.register("author", AuthorController);
