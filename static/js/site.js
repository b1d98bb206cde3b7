/* Progressive enhancement only: the site reads fine without this file. */
(function () {
    "use strict";

    // Quick exit: leave for a neutral site and replace this page in the history,
    // so the Back button does not bring the reader back here.
    document.addEventListener("click", function (event) {
        var link = event.target.closest("[data-quick-exit]");
        if (!link) {
            return;
        }
        event.preventDefault();
        window.location.replace(link.href);
    });
})();
