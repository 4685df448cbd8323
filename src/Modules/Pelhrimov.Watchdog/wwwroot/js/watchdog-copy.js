// "Zkopírovat" beside the calendar feed's address: shown only when the browser can copy, says what happened.
(function () {
    "use strict";
    document.querySelectorAll("[data-copy-target]").forEach(function (button) {
        var source = document.getElementById(button.getAttribute("data-copy-target"));
        var status = button.parentElement.querySelector("[data-copy-status]");
        if (!source || !navigator.clipboard) {
            return;
        }
        button.hidden = false;
        button.addEventListener("click", function () {
            navigator.clipboard.writeText(source.value).then(function () {
                status.textContent = "Adresa je zkopírovaná.";
            }, function () {
                source.select();
                status.textContent = "Adresu se nepodařilo zkopírovat, označili jsme ji: zkopírujte ji ručně.";
            });
        });
    });
})();
