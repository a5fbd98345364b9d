// ReferralSim in the browser: Turbo applies the HTML fragments the server renders and pushes over
// the SignalR hub; Stimulus controllers hold the per-element behaviour. No page builds DOM from
// data itself: every piece of text arrives as server-rendered, encoded HTML.
//
// This bundle is on every page, participants' included (phones on hotel Wi-Fi): it carries only
// what the participant's pages need. The facilitator's and the author's controllers, and the
// libraries they draw with, are in facilitator.js and author.js, loaded by their pages only.
import { application } from "./application.js";
import LiveController from "./live_controller.js";
import ClockController from "./clock_controller.js";
// Half a kilobyte: here so the debrief and comparison pages need no bundle with the graph library.
import FitFrameController from "./fit_frame_controller.js";

application.register("live", LiveController);
application.register("clock", ClockController);
application.register("fit-frame", FitFrameController);
