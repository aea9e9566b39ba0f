// Autosaves the case-note form as a draft every 30 seconds when something has changed, so a crash, a
// closed tab or a timed-out session loses at most half a minute of typing. The form works without
// this: its "Save as draft" button posts to the same address. Kept out of the page because the
// Content-Security-Policy forbids inline scripts.
const form = document.getElementById('case-note-form');
const status = document.getElementById('autosave-status');
const url = form && form.dataset.autosaveUrl;

if (form && url) {
  const INTERVAL_MS = 30000;
  const serialise = () => new URLSearchParams(new FormData(form)).toString();
  let lastSaved = serialise();
  if (status) status.textContent = status.dataset.message;

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
        if (status && answer.saved) status.textContent = 'Draft saved at ' + answer.saved + '.';
      } else if (status) {
        // a redirect (to sign in) or a refusal: say so, and keep the typing on the page
        status.textContent = 'Your draft could not be saved. Do not close this page: use "Save as draft", and sign in again if asked.';
      }
    } catch (e) {
      if (status) status.textContent = 'Your draft could not be saved just now; trying again in 30 seconds.';
    }
  };
  window.setInterval(save, INTERVAL_MS);
}
