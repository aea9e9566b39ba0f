// Marks the page as having JavaScript before GOV.UK Frontend's styles apply (kept out of the page so CSP can forbid inline scripts).
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
