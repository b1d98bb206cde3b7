/* Progressive enhancement only: the site reads fine without this file. */
/* ==== Quick exit (resources app) ====
   Leave for the neutral site, replacing this page in the tab's history, and remember (for this tab only) that the
   reader left, so quick-exit-guard.js sends any Back-navigation into the site straight on to the neutral site.
   Also fires on Escape pressed twice within a second. Without JavaScript the button is a plain link. */
(function () {
    "use strict";

    var link = document.querySelector("[data-quick-exit]");
    if (!link) {
        return;
    }

    function leave() {
        try {
            window.sessionStorage.setItem("quick-exit", link.href);
        } catch (error) {
            // Storage can be disabled (private modes); leaving still works.
        }
        document.documentElement.style.visibility = "hidden";
        window.location.replace(link.href);
    }

    link.addEventListener("click", function (event) {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
            return;
        }
        event.preventDefault();
        leave();
    });

    var lastEscape = 0;
    document.addEventListener("keydown", function (event) {
        if (event.key !== "Escape" && event.key !== "Esc") {
            return;
        }
        var now = Date.now();
        if (now - lastEscape < 1000) {
            leave();
        }
        lastEscape = now;
    });
})();
/* ==== end quick exit ==== */

(function () {
    "use strict";

    // Learning modules, for members: save an answer without leaving the page (the confirmation appears beside
    // it), tell the site when the uploaded video has played to its end, and remember the section being read so
    // "Continue where you left off" can open it. Without JavaScript the forms post and the page comes back at
    // the answer, with the same confirmation.
    if (!window.fetch || !window.FormData) {
        return;
    }
    var token = document.querySelector(".module [name=csrfmiddlewaretoken]");
    if (!token) {
        return;
    }

    function post(url, data, keepalive) {
        var body = new FormData();
        body.append("csrfmiddlewaretoken", token.value);
        Object.keys(data).forEach(function (key) { body.append(key, data[key]); });
        return fetch(url, {
            method: "POST", body: body, credentials: "same-origin", keepalive: !!keepalive,
            headers: { Accept: "application/json" },
        });
    }

    document.querySelectorAll("[data-answer-form]").forEach(function (form) {
        var status = form.querySelector("[data-saved-status]");
        form.addEventListener("submit", function (event) {
            event.preventDefault();
            status.textContent = "Saving…";
            fetch(form.action, {
                method: "POST", body: new FormData(form), credentials: "same-origin",
                headers: { Accept: "application/json" },
            }).then(function (response) {
                return response.ok ? response.json() : Promise.reject(response);
            }).then(function (data) {
                status.innerHTML = "<strong>Saved at " + data.saved_at + ".</strong> Only you can see it.";
                if (data.completed_now) {
                    status.innerHTML += " You have finished this module: it is marked as done.";
                }
            }).catch(function () {
                status.textContent = "Not saved. Please try again.";
            });
        });
    });

    var video = document.querySelector("[data-video-finished]");
    if (video) {
        video.addEventListener("ended", function () {
            post(video.dataset.videoFinished, {});
        });
    }

    var body = document.querySelector("[data-position]");
    if (!body || !("IntersectionObserver" in window)) {
        return;
    }
    var sections = body.dataset.sections.split(" ").map(function (id) {
        return document.getElementById(id);
    }).filter(Boolean);
    var current = null;
    var sent = null;
    var timer = null;

    function send() {
        if (current && current !== sent) {
            sent = current;
            post(body.dataset.position, { section: current }, true);
        }
    }

    // A section counts as reached when its top passes the upper third of the screen.
    var observer = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
            if (entry.isIntersecting) {
                current = entry.target.id;
            }
        });
        window.clearTimeout(timer);
        timer = window.setTimeout(send, 1500);
    }, { rootMargin: "0px 0px -66% 0px" });
    sections.forEach(function (section) { observer.observe(section); });
    document.addEventListener("visibilitychange", function () {
        if (document.visibilityState === "hidden") {
            send();
        }
    });
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
