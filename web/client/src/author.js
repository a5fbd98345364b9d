// The author workbench: the CodeMirror editor and the scenario graph. Loaded after app.js by the
// workbench only; registers on the same Stimulus application.
import { application } from "./application.js";
import AuthorController from "./author_controller.js";

application.register("author", AuthorController);
