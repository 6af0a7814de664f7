// The simulator page: each turn is one POST to /simulator/api/turn; nothing is fetched from elsewhere.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const LEVELS = { emergency: "Emergency: call 911", urgent: "Urgent: emergency room now",
                   see_doctor: "See a doctor", none: "No triage level" };
  let session = null;
  let busy = false;
  let language = "en-US";  // the session's: what is said is in it, the page's own words stay English

  async function post(path, body) {
    const reply = await fetch(path, { method: "POST", headers: { "Content-Type": "application/json" },
                                      body: JSON.stringify(body) });
    const data = await reply.json().catch(() => ({ error: "the server did not answer with JSON" }));
    if (!reply.ok) throw new Error(data.error || ("HTTP " + reply.status));
    return data;
  }

  function line(kind, who, text) {
    const item = document.createElement("li");
    item.className = kind;
    if (who) item.lang = language;
    if (who) {
      const label = document.createElement("span");
      label.className = "who";
      label.textContent = who + ":";
      item.appendChild(label);
    }
    item.appendChild(document.createTextNode(text));
    $("conversation").appendChild(item);
    item.scrollIntoView({ block: "nearest" });
  }

  function setError(message) { $("error").textContent = message || ""; }

  async function newSession() {
    setError("");
    const body = { locale: $("locale").value, timeZone: $("timezone").value, screen: $("screen").checked,
                   previous: session };
    try {
      const data = await post("/simulator/api/session", body);
      session = data.session;
      language = data.locale;
      $("conversation").innerHTML = "";
      line("system", "", "New session: " + data.locale + ", " + data.timeZone +
           (data.screen ? ", with a screen" : ", no screen") + ".");
      $("session-status").textContent = "Session started (" + data.locale + ", " + data.timeZone + ").";
      $("download").hidden = true;
      $("download").href = "/simulator/api/replay/" + encodeURIComponent(session);
      resetAnswer();
    } catch (error) { setError(error.message); }
  }

  function resetAnswer() {
    setBadge(null, true);
    $("intent").textContent = "none yet";
    $("slots").innerHTML = "";
    $("card").innerHTML = '<p class="muted">No card yet.</p>';
    $("screen-section").hidden = true;
    $("screen-preview").innerHTML = "";
    $("request-json").textContent = "";
    $("response-json").textContent = "";
  }

  function setBadge(level, fresh) {
    const badge = $("triage");
    const key = level && LEVELS[level] ? level : "none";
    badge.className = "badge badge-" + key;
    badge.dataset.level = key;
    badge.textContent = fresh ? "none yet" : LEVELS[key];
  }

  function speak(text, locale) {
    if (!$("speak").checked || !("speechSynthesis" in window) || !text) return;
    window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = locale;
    window.speechSynthesis.speak(utterance);
  }

  function show(result) {
    if (result.speech) {
      line("alexa", "Alexa", result.speech);
      $("announcer").lang = language;
      $("announcer").textContent = "Alexa: " + result.speech;
      speak(result.speech, language);
    }
    if (result.ended) line("system", "", "Session ended.");
    setBadge(result.triage, false);
    $("intent").textContent = result.intent || result.requestType || "";
    const slots = $("slots");
    slots.innerHTML = "";
    for (const [name, slot] of Object.entries(result.slots || {})) {
      const item = document.createElement("li");
      item.textContent = name + " = \"" + slot.value + "\"" + (slot.id ? " → " + slot.id : "") +
        (slot.status ? " (" + slot.status + ")" : "");
      slots.appendChild(item);
    }
    const card = $("card");
    card.innerHTML = "";
    if (result.card) {
      const title = document.createElement("h4");
      title.textContent = result.card.title;
      const text = document.createElement("p");
      text.textContent = result.card.text;
      card.append(title, text);
    } else {
      card.innerHTML = '<p class="muted">No card.</p>';
    }
    showScreen(result.screen);
    $("request-json").textContent = JSON.stringify(result.request, null, 2);
    $("response-json").textContent = JSON.stringify(result.response, null, 2);
    $("download").hidden = false;
  }

  function showScreen(screen) {
    const preview = $("screen-preview");
    preview.innerHTML = "";
    $("screen-section").hidden = !screen;
    if (!screen) return;
    if (screen.banner) {
      const banner = document.createElement("div");
      banner.className = "banner";
      banner.id = "screen-banner";
      banner.textContent = screen.banner;
      if (screen.bannerDetail) {
        const detail = document.createElement("span");
        detail.className = "banner-detail";
        detail.textContent = screen.bannerDetail;
        banner.appendChild(detail);
      }
      preview.appendChild(banner);
    }
    preview.lang = language;
    const text = document.createElement("p");
    text.textContent = screen.text;
    preview.appendChild(text);
    if (screen.buttons && screen.buttons.length) {
      const row = document.createElement("div");
      row.className = "buttons";
      row.setAttribute("role", "group");
      row.setAttribute("aria-label", "Screen buttons");
      for (const button of screen.buttons) {
        const element = document.createElement("button");
        element.type = "button";
        element.textContent = button.label;
        element.addEventListener("click", () => touch(button));
        row.appendChild(element);
      }
      preview.appendChild(row);
    }
  }

  async function send(payload, shown) {
    if (busy || !session) return;
    busy = true;
    $("send").disabled = true;
    setError("");
    try {
      const result = await post("/simulator/api/turn", Object.assign({ session: session }, payload));
      line("user", "User", shown);
      show(result);
      return true;
    } catch (error) {
      setError(error.message);
      return false;
    } finally {
      busy = false;
      $("send").disabled = false;
    }
  }

  async function touch(button) {
    await send({ event: button.arguments, label: button.label }, "(touched " + button.label + ")");
    // The touched button is redrawn away: keep a keyboard user's place on the new screen's first button.
    const next = $("screen-preview").querySelector("button");
    (next || $("say")).focus();
  }

  $("say-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = $("say").value;
    if (await send({ text: text }, text.trim())) $("say").value = "";
    $("say").focus();
  });
  $("new-session").addEventListener("click", newSession);
  for (const id of ["locale", "timezone", "screen"]) $(id).addEventListener("change", newSession);
  newSession();
})();
