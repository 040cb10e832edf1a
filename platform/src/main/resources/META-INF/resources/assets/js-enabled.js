// Runs first in <body>: marks the page as scripted so govuk-frontend's enhanced styles apply.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
