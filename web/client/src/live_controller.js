import { Controller } from "@hotwired/stimulus";
import { renderStreamMessage } from "@hotwired/turbo";
import { fetchFragments } from "./fragments.js";
import { HubConnectionBuilder, HubConnectionState, LogLevel } from "@microsoft/signalr";

// The participant's live page. Keeps one hub connection; applies the `fragments` the server pushes
// (turbo-stream HTML rendered for this role and UI language) in sequence order; after a reconnect
// it joins again from the last sequence it applied and, when it missed something, fetches the
// current fragments (resync). Command forms go over the hub when it is connected and fall back to
// their ordinary POST otherwise.
export default class LiveController extends Controller {
  static targets = ["status"];

  static values = {
    sequence: Number,
    culture: String,
    role: String,
    hub: String,
    fragments: String,
    texts: Object,
    errors: Object,
  };

  connect() {
    this.last = this.sequenceValue;
    this.stopped = false;
    const hubUrl = `${this.hubValue}?culture=${encodeURIComponent(this.cultureValue)}&fragments=html`;
    this.connection = new HubConnectionBuilder()
      .withUrl(hubUrl)
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (retry) => Math.min(500 * 2 ** Math.min(retry.previousRetryCount, 5), 10000) })
      .configureLogging(LogLevel.Warning)
      .build();
    this.connection.on("fragments", (message) => this.apply(message.sequence, message.html));
    this.connection.onreconnecting(() => this.showStatus("reconnecting"));
    this.connection.onreconnected(() => this.join());
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
      await this.join();
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

  // Group membership belongs to a connection: join (again) and catch up on what was missed.
  async join() {
    const reply = await this.connection.invoke("JoinSession", this.last);
    if (!reply.ok) {
      if (reply.code === "stale-token" || reply.code === "participants-only") {
        window.location.assign("/join");
      }
      this.showStatus("offline");
      return;
    }
    if ((reply.data.role ?? "") !== this.roleValue) {
      window.location.reload();
      return;
    }
    if (reply.data.version > this.last) {
      await this.resync();
    }
    this.showStatus("live");
  }

  async resync() {
    const fragments = await fetchFragments(this.fragmentsValue);
    if (fragments) this.apply(fragments.sequence, fragments.html);
  }

  // The role's busy time is over (the clock said so): no event marks it, so the fragments of the
  // same sequence are fetched again, rendered at the server clock's now.
  async refresh() {
    const fragments = await fetchFragments(this.fragmentsValue);
    if (fragments) this.apply(fragments.sequence, fragments.html, true);
  }

  apply(sequence, html, sameSequenceToo = false) {
    if (typeof sequence !== "number" || sequence < this.last || (sequence === this.last && !sameSequenceToo)) return;
    this.last = sequence;
    this.element.dataset.liveApplied = String(sequence);
    renderStreamMessage(html);
  }

  showStatus(state) {
    this.element.dataset.liveState = state;
    if (this.hasStatusTarget) {
      this.statusTarget.textContent = this.textsValue[state] ?? "";
    }
  }

  // A command form: over the hub when connected, else the browser posts it as usual.
  async send(event) {
    if (this.connection?.state !== HubConnectionState.Connected) return;
    const form = event.currentTarget;
    const method = event.params.method;
    const payload = this.payload(method, form, event.submitter);
    if (!payload) return;
    event.preventDefault();
    const feedback = form.querySelector("[data-feedback]");
    const submitter = event.submitter;
    if (submitter) submitter.disabled = true;
    try {
      const reply = await this.connection.invoke(method, payload);
      if (reply.ok) {
        if (method === "Message") form.querySelector("textarea")?.form?.reset();
        this.say(feedback, this.textsValue[`done${method}`], false);
        if (reply.data.version > this.last) {
          // The push for this command is on its way; if it was missed, fetch the fragments.
          this.pending = setTimeout(() => { if (reply.data.version > this.last) this.resync(); }, 1500);
        }
      } else {
        this.say(feedback, this.errorsValue[reply.code] ?? this.errorsValue.generic, true);
      }
    } catch {
      this.say(feedback, this.errorsValue.generic, true);
    } finally {
      if (submitter) submitter.disabled = false;
    }
  }

  payload(method, form, submitter) {
    const data = new FormData(form, submitter);
    const role = this.roleValue;
    switch (method) {
      case "Act": return { role, action: data.get("act") };
      case "Note": return { role, indicator: data.get("indicator") };
      case "Message": return { from: role, to: data.getAll("to"), text: data.get("text") ?? "" };
      case "Refer": return { role, service: data.get("service") ?? "" };
      default: return null;
    }
  }

  say(element, text, isError) {
    if (!element) return;
    element.textContent = text ?? "";
    element.classList.toggle("feedback-error", isError);
  }
}
