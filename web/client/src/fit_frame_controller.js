import { Controller } from "@hotwired/stimulus";

// A same-origin frame as tall as its document, so the page scrolls instead of the frame.
export default class FitFrameController extends Controller {
  connect() {
    if (this.element.contentDocument?.readyState === "complete") this.fit();
  }

  fit() {
    const document = this.element.contentDocument;
    if (!document?.documentElement) return;
    this.element.style.height = `${document.documentElement.scrollHeight + 16}px`;
  }
}
