// Reloads the statement import page every two seconds while its booking runs (the page has [data-statement-progress]).
// Without JavaScript the page shows the same <progress> and an "Obnovit stav" link (ADR 0032).
(function () {
  if (document.querySelector("[data-statement-progress]")) {
    window.setTimeout(function () { window.location.reload(); }, 2000);
  }
})();
