import { Controller } from "@hotwired/stimulus";
import { LiveConnection } from "./live_connection.js";

// The facilitator's live board. Watches the session over its live connection (which also puts the
// connection in the board's fragment group for its UI language) and shows the fragments the server
// pushes. After a reconnect it watches again and fetches the current fragments: the lobby may have
// changed without a new event. The board's forms are ordinary posts (redirect after POST): no
// command goes through here.
export default class BoardController extends Controller {
  static targets = ["status"];

  static values = {
    session: String,
    sequence: Number,
    culture: String,
    hub: String,
    fragments: String,
    texts: Object,
  };

  connect() {
    this.live = new LiveConnection({
      hub: this.hubValue,
      culture: this.cultureValue,
      fragmentsUrl: this.fragmentsValue,
      pushesOfTheSameSequence: true,
      onConnected: (reconnected) => this.watch(reconnected),
      onState: (state) => this.showStatus(state),
      onApplied: (sequence) => { this.element.dataset.boardApplied = String(sequence); },
    });
    this.live.start(this.sequenceValue);
  }

  disconnect() {
    this.live?.stop();
  }

  async watch(reconnected) {
    const reply = await this.live.invoke("WatchSession", this.sessionValue, this.live.last);
    if (!reply.ok) {
      if (reply.code === "facilitators-only") window.location.assign("/sign-in");
      this.showStatus("offline");
      return;
    }
    if (reconnected || reply.data.version > this.live.last) {
      await this.live.resync(true);
    }
    this.showStatus("live");
  }

  showStatus(state) {
    this.element.dataset.boardState = state;
    if (this.hasStatusTarget) {
      this.statusTarget.textContent = this.textsValue[state] ?? "";
    }
  }
}
