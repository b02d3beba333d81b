// Tongchou: behaviour shared by every page. No inline scripts (the Content-Security-Policy forbids them).
(function () {
  'use strict';
  // htmx requests that change something carry the CSRF token from the page's meta tags.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
    }
  });
  // An htmx request that fails shows the problem instead of failing silently.
  document.addEventListener('htmx:responseError', function (event) {
    var xhr = event.detail.xhr;
    var message = xhr.status + ' ' + xhr.statusText;
    try {
      var problem = JSON.parse(xhr.responseText);
      if (problem && problem.detail) message = problem.detail;
    } catch (ignored) { /* not JSON: keep the status line */ }
    var box = document.getElementById('htmx-error');
    if (!box) {
      box = document.createElement('p');
      box.id = 'htmx-error';
      box.className = 'notice error';
      box.setAttribute('role', 'alert');
      var main = document.querySelector('main') || document.body;
      main.insertBefore(box, main.firstChild);
    }
    box.textContent = message;
  });
})();
