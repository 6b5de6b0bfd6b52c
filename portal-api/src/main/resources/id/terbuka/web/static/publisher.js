/* Terbuka publisher forms: shows upload progress. Progressive enhancement only: without this file
   (or without XHR upload events) the same form posts as plain multipart and works the same.
   The server's answer replaces the page exactly as a normal submit would show it. */
(function () {
  "use strict";
  var probe = window.XMLHttpRequest && new XMLHttpRequest();
  if (!probe || !("upload" in probe) || !window.FormData) {
    return;
  }
  var forms = document.querySelectorAll("form[data-upload]");
  Array.prototype.forEach.call(forms, function (form) {
    var file = form.querySelector("input[type=file]");
    var button = form.querySelector("button[type=submit]");
    if (!file || !button) {
      return;
    }
    var box = document.createElement("div");
    box.className = "upload-progress";
    box.hidden = true;
    var bar = document.createElement("progress");
    bar.max = 100;
    bar.value = 0;
    bar.id = file.id + "-progress";
    var text = document.createElement("p");
    text.setAttribute("role", "status");
    text.id = file.id + "-progress-text";
    bar.setAttribute("aria-describedby", text.id);
    bar.setAttribute("aria-label", form.getAttribute("data-progress-text").replace("{0}", ""));
    box.appendChild(bar);
    box.appendChild(text);
    button.parentNode.insertBefore(box, button);

    form.addEventListener("submit", function (event) {
      if (!file.files || file.files.length === 0) {
        return; // no file: the plain form post is quick enough
      }
      event.preventDefault();
      var xhr = new XMLHttpRequest();
      xhr.open("POST", form.action);
      xhr.upload.addEventListener("progress", function (e) {
        if (e.lengthComputable) {
          var percent = Math.floor((e.loaded * 100) / e.total);
          bar.value = percent;
          text.textContent = form.getAttribute("data-progress-text").replace("{0}", percent);
        }
      });
      xhr.addEventListener("load", function () {
        var landed = xhr.responseURL;
        if (xhr.status < 400 && landed && landed !== form.action) {
          window.location.assign(landed); // redirected after success
          return;
        }
        document.open();
        document.write(xhr.responseText);
        document.close();
      });
      xhr.addEventListener("error", function () {
        text.textContent = form.getAttribute("data-progress-error");
        button.disabled = false;
      });
      button.disabled = true;
      box.hidden = false;
      xhr.send(new FormData(form));
    });
  });
})();
