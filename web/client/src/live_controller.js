import { Controller } from "@hotwired/stimulus";
import { LiveConnection } from "./live_connection.js";

// The participant's live page. Shows the fragments the server pushes over its live connection
// (turbo-stream HTML rendered for this role and UI language); after a reconnect it joins again from
// the last sequence it applied and, when it missed something, fetches the current fragments
// (resync). Command forms go over the hub when it is connected and fall back to their ordinary
// POST otherwise.
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
    this.live = new LiveConnection({
      hub: this.hubValue,
      culture: this.cultureValue,
      fragmentsUrl: this.fragmentsValue,
      onConnected: () => this.join(),
      onState: (state) => this.showStatus(state),
      onApplied: (sequence) => { this.element.dataset.liveApplied = String(sequence); },
    });
    this.live.start(this.sequenceValue);
  }

  disconnect() {
    clearTimeout(this.pending);
    this.live?.stop();
  }

  async join() {
    const reply = await this.live.invoke("JoinSession", this.live.last);
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
    if (reply.data.version > this.live.last) {
      await this.live.resync();
    }
    this.showStatus("live");
  }

  // The role's busy time is over (the clock said so): no event marks it, so the fragments of the
  // same sequence are fetched again, rendered at the server clock's now.
  refresh() {
    return this.live.resync(true);
  }

  showStatus(state) {
    this.element.dataset.liveState = state;
    if (this.hasStatusTarget) {
      this.statusTarget.textContent = this.textsValue[state] ?? "";
    }
  }

  // A command form: over the hub when connected, else the browser posts it as usual.
  async send(event) {
    if (!this.live?.connected) return;
    const form = event.currentTarget;
    const method = event.params.method;
    const payload = this.payload(method, form, event.submitter);
    if (!payload) return;
    event.preventDefault();
    const feedback = form.querySelector("[data-feedback]");
    const submitter = event.submitter;
    if (submitter) submitter.disabled = true;
    try {
      const reply = await this.live.invoke(method, payload);
      if (reply.ok) {
        if (method === "Message") form.querySelector("textarea")?.form?.reset();
        this.say(feedback, this.textsValue[`done${method}`], false);
        if (reply.data.version > this.live.last) {
          // The push for this command is on its way; if it was missed, fetch the fragments.
          clearTimeout(this.pending);
          this.pending = setTimeout(() => { if (reply.data.version > this.live.last) this.live.resync(); }, 1500);
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
