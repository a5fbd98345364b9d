import { Controller } from "@hotwired/stimulus";

// The simulated clock on a live page. The server renders the time of day and how fast it runs; between
// pushes this moves it on, minute by minute, without asking the server. When the role is busy, the
// server also says in how many real milliseconds it will be free: no event marks that moment, so the
// clock dispatches "clock:free" and the page fetches its fragments again. Pushed fragments are
// morphed into the page, so this element stays and its values change: every change starts over.
export default class ClockController extends Controller {
  static targets = ["time"];

  static values = { minute: Number, speed: Number, freeIn: Number };

  connect() {
    this.restart();
  }

  disconnect() {
    this.stop();
  }

  minuteValueChanged() {
    this.restart();
  }

  speedValueChanged() {
    this.restart();
  }

  freeInValueChanged() {
    this.restart();
  }

  restart() {
    this.stop();
    this.renderedAt = performance.now();
    if (this.speedValue > 0 && this.hasTimeTarget) {
      this.ticker = setInterval(() => this.tick(), 1000);
    }
    if (this.speedValue > 0 && this.freeInValue > 0) {
      this.freeTimer = setTimeout(() => this.dispatch("free"), this.freeInValue);
    }
  }

  stop() {
    clearInterval(this.ticker);
    clearTimeout(this.freeTimer);
  }

  tick() {
    const elapsedSeconds = (performance.now() - this.renderedAt) / 1000;
    const minute = Math.floor(this.minuteValue + (elapsedSeconds * this.speedValue) / 60) % (24 * 60);
    const text = `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
    if (this.timeTarget.textContent !== text) this.timeTarget.textContent = text;
  }
}
