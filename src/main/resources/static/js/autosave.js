// Autosaves any form marked data-autosave-url as a server-side draft every 30 seconds when something has
// changed, so a crash, a closed tab or a timed-out session loses at most half a minute of typing; while the
// page is open the saves also keep the session alive. The form works without this: its "Save as draft"
// button posts to the same address. The answer to a post with X-Autosave: true is JSON {"saved": "HH:MM"}
// (docs/drafts.md). Loaded by the layout on every page; kept out of the page because the
// Content-Security-Policy forbids inline scripts.
const INTERVAL_MS = 30000;

for (const form of document.querySelectorAll('form[data-autosave-url]')) {
  const url = form.dataset.autosaveUrl;
  const status = form.querySelector('[data-autosave-status]');
  const serialise = () => new URLSearchParams(new FormData(form)).toString();
  let lastSaved = serialise();
  const say = (text) => { if (status) status.textContent = text; };
  if (status) say(status.dataset.message);

  const save = async () => {
    const body = serialise();
    if (body === lastSaved) return;
    try {
      const response = await fetch(url, {
        method: 'POST', body, credentials: 'same-origin', redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Autosave': 'true', 'Accept': 'application/json' }
      });
      if (response.ok) {
        const answer = await response.json();
        lastSaved = body;
        if (answer.saved) say('Draft saved at ' + answer.saved + '.');
      } else {
        // a redirect (to sign in) or a refusal: say so, and keep the typing on the page
        say('Your draft could not be saved. Do not close this page: use "Save as draft", and sign in again if asked.');
      }
    } catch (e) {
      say('Your draft could not be saved just now; trying again in 30 seconds.');
    }
  };
  window.setInterval(save, INTERVAL_MS);
  // a test (or a worker leaving the page) can ask for a save now rather than in up to 30 seconds
  form.addEventListener('autosave-now', save);
}
