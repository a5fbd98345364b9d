import { renderStreamMessage } from "@hotwired/turbo";
import { HubConnectionBuilder, HubConnectionState, LogLevel } from "@microsoft/signalr";
import { fetchFragments } from "./fragments.js";

// One live page's hub connection, shared by the participant's page and the facilitator's board:
// asks for HTML fragments in the page's UI language, retries with backoff, starts again after a
// close, and calls `onConnected(reconnected)` each time it is (again) connected, because group
// membership belongs to a connection. It applies the fragments pushed or fetched (resync) in
// sequence order, fetches them whole when a push shows it missed one, and reports its state
// ("live", "reconnecting", "offline") to the page.
// `pushesOfTheSameSequence`: the board's lobby changes (someone joined) carry the sequence of the
// last event, so the board applies a push that is not older; a participant's page applies only newer.
export class LiveConnection {
  constructor({ hub, culture, fragmentsUrl, pushesOfTheSameSequence = false, onConnected, onState, onApplied }) {
    this.fragmentsUrl = fragmentsUrl;
    this.pushesOfTheSameSequence = pushesOfTheSameSequence;
    this.onConnected = onConnected;
    this.onState = onState;
    this.onApplied = onApplied;
    this.last = 0;
    this.stopped = false;
    this.everConnected = false;
    this.connection = new HubConnectionBuilder()
      .withUrl(`${hub}?culture=${encodeURIComponent(culture)}&fragments=html`)
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (retry) => Math.min(500 * 2 ** Math.min(retry.previousRetryCount, 5), 10000) })
      .configureLogging(LogLevel.Warning)
      .build();
    this.connection.on("fragments", (message) => this.applyPush(message));
    this.connection.onreconnecting(() => this.onState("reconnecting"));
    this.connection.onreconnected(() => this.onConnected(true));
    this.connection.onclose(() => this.restartLater());
  }

  get connected() {
    return this.connection.state === HubConnectionState.Connected;
  }

  invoke(method, ...args) {
    return this.connection.invoke(method, ...args);
  }

  start(fromSequence) {
    this.last = fromSequence;
    return this.connect();
  }

  async connect() {
    if (this.stopped) return;
    try {
      await this.connection.start();
      await this.onConnected(this.everConnected);
      this.everConnected = true;
    } catch {
      this.restartLater();
    }
  }

  restartLater() {
    if (this.stopped) return;
    this.onState("reconnecting");
    clearTimeout(this.restartTimer);
    this.restartTimer = setTimeout(() => this.connect(), 2000);
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.restartTimer);
    this.connection.stop();
  }

  // The current fragments, fetched; `sameSequenceToo` re-applies the last sequence, rendered anew
  // (a participant's busy time ended, or the board's lobby changed, without a new event).
  async resync(sameSequenceToo = false) {
    const fragments = await fetchFragments(this.fragmentsUrl);
    if (fragments) this.apply(fragments.sequence, fragments.html, sameSequenceToo);
  }

  // A push continues from sequence `after` (0: it holds the whole page). A page that has not seen
  // `after` missed a push, whose new feed entries this one does not repeat: fetch the whole page.
  applyPush({ sequence, after, html }) {
    if (typeof after === "number" && after > this.last && sequence > this.last) {
      this.resync();
      return;
    }
    this.apply(sequence, html, this.pushesOfTheSameSequence);
  }

  apply(sequence, html, sameSequenceToo = false) {
    if (typeof sequence !== "number" || sequence < this.last || (sequence === this.last && !sameSequenceToo)) return;
    this.last = sequence;
    renderStreamMessage(html);
    this.onApplied(sequence);
  }
}
