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

(function () {
    "use strict";

    // Learning modules: when a member reaches the end of a module, mark it complete.
    // The "Mark this module complete" button does the same without JavaScript.
    var end = document.querySelector("[data-module-end]");
    var form = end && end.querySelector("[data-complete-form]");
    if (!form || !("IntersectionObserver" in window) || !window.fetch) {
        return;
    }
    var observer = new IntersectionObserver(function (entries) {
        if (!entries.some(function (entry) { return entry.isIntersecting; })) {
            return;
        }
        observer.disconnect();
        fetch(form.action, {
            method: "POST",
            body: new FormData(form),
            headers: { Accept: "application/json" },
            credentials: "same-origin",
        }).then(function (response) {
            if (response.ok) {
                form.outerHTML = '<p class="module__status" role="status"><strong>Module complete.</strong> Well done.</p>';
            }
        });
    });
    observer.observe(end);
})();

(function () {
    "use strict";

    // Header search: suggest page titles while typing; picking one opens that page.
    // Without JavaScript the box is an ordinary search form.
    var form = document.querySelector("[data-autocomplete]");
    if (!form || !window.fetch) {
        return;
    }
    var input = form.querySelector("input[type=search]");
    var list = document.getElementById(input.getAttribute("list"));
    var urls = {};
    var timer = null;

    input.addEventListener("input", function () {
        if (urls[input.value]) {
            window.location.href = urls[input.value];
            return;
        }
        window.clearTimeout(timer);
        var query = input.value.trim();
        if (query.length < 2) {
            return;
        }
        timer = window.setTimeout(function () {
            fetch(form.dataset.autocomplete + "?q=" + encodeURIComponent(query), { headers: { Accept: "application/json" } })
                .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
                .then(function (data) {
                    list.innerHTML = "";
                    urls = {};
                    data.suggestions.forEach(function (suggestion) {
                        var option = document.createElement("option");
                        option.value = suggestion.title;
                        urls[suggestion.title] = suggestion.url;
                        list.appendChild(option);
                    });
                });
        }, 200);
    });
})();
