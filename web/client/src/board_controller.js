import { Controller } from "@hotwired/stimulus";
import { renderStreamMessage } from "@hotwired/turbo";
import { fetchFragments } from "./fragments.js";
import { HubConnectionBuilder, LogLevel } from "@microsoft/signalr";

// The facilitator's live board. Keeps one hub connection, watches the session (which also puts the
// connection in the board's fragment group for its UI language) and applies the `fragments` the
// server pushes. Lobby changes (someone joined) carry the same sequence as the last event, so a
// message is applied when its sequence is not older than the last one applied. After a reconnect it
// watches again and, when it missed something, fetches the current fragments (resync).
// The board's forms are ordinary posts (redirect after POST): no command goes through here.
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
    this.last = this.sequenceValue;
    this.stopped = false;
    this.connection = new HubConnectionBuilder()
      .withUrl(`${this.hubValue}?culture=${encodeURIComponent(this.cultureValue)}&fragments=html`)
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (retry) => Math.min(500 * 2 ** Math.min(retry.previousRetryCount, 5), 10000) })
      .configureLogging(LogLevel.Warning)
      .build();
    this.connection.on("fragments", (message) => this.apply(message.sequence, message.html));
    this.connection.onreconnecting(() => this.showStatus("reconnecting"));
    this.connection.onreconnected(() => this.watch(true));
    this.connection.onclose(() => this.restartLater());
    this.start();
  }

  disconnect() {
    this.stopped = true;
    clearTimeout(this.restartTimer);
    this.connection?.stop();
  }

  async start() {
    if (this.stopped) return;
    try {
      await this.connection.start();
      await this.watch(this.everConnected === true);
      this.everConnected = true;
    } catch {
      this.restartLater();
    }
  }

  restartLater() {
    if (this.stopped) return;
    this.showStatus("reconnecting");
    clearTimeout(this.restartTimer);
    this.restartTimer = setTimeout(() => this.start(), 2000);
  }

  // Group membership belongs to a connection: watch (again), and catch up on what was missed.
  // After a reconnect the lobby may have changed without a new event, so always resync then.
  async watch(reconnected) {
    const reply = await this.connection.invoke("WatchSession", this.sessionValue, this.last);
    if (!reply.ok) {
      if (reply.code === "facilitators-only") window.location.assign("/sign-in");
      this.showStatus("offline");
      return;
    }
    if (reconnected || reply.data.version > this.last) {
      await this.resync();
    }
    this.showStatus("live");
  }

  async resync() {
    const fragments = await fetchFragments(this.fragmentsValue);
    if (fragments) this.apply(fragments.sequence, fragments.html);
  }

  apply(sequence, html) {
    if (typeof sequence !== "number" || sequence < this.last) return;
    this.last = sequence;
    this.element.dataset.boardApplied = String(sequence);
    renderStreamMessage(html);
  }

  showStatus(state) {
    this.element.dataset.boardState = state;
    if (this.hasStatusTarget) {
      this.statusTarget.textContent = this.textsValue[state] ?? "";
    }
  }
}
