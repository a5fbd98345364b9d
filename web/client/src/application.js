// The one Turbo and Stimulus setup of a page. Every page bundle (app.js, facilitator.js, author.js)
// imports this module; the build puts it in a shared chunk, so a page that loads two bundles still
// has one Stimulus application and one Turbo.
import * as Turbo from "@hotwired/turbo";
import { Application } from "@hotwired/stimulus";

// Plain navigation and plain form posts (each answered with a redirect, or 422 and the whole page):
// Turbo is used for its stream actions only.
if (Turbo.config?.drive) {
  Turbo.config.drive.enabled = false;
} else {
  Turbo.session.drive = false;
}

export const application = Application.start();
