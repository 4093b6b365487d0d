/* Corroborate: the one script of its own, beside htmx. Every page works without either.
   After htmx updates part of a page in place, keyboard focus moves to what changed, so keyboard and
   screen-reader users learn the outcome: a refusal first, else the confirmation, else a loaded form's first field. */
document.addEventListener('htmx:afterSettle', function (event) {
  var detail = event.detail || {};
  if (detail.focusMoved || !(event.target instanceof Element)) {
    return;
  }
  var root = event.target;
  var message = root.querySelector('[role=alert], [role=status]');
  var target = message || root.querySelector('input:not([type=hidden]), select, textarea');
  if (target) {
    if (target === message) {
      target.setAttribute('tabindex', '-1');
    }
    target.focus();
    detail.focusMoved = true;
  }
});
