namespace Attribution.Cli.Output;

/// <summary>The inline style sheet and script of the HTML view (no external resources, by design).</summary>
internal static class HtmlPageAssets
{
    public const string Style = """
        :root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1f2328;background:#ffffff}
        body{margin:0 auto;max-width:1280px;padding:16px 24px}
        header h1{font-size:1.3rem;margin:0 0 4px}
        .meta{color:#57606a;margin:0 0 6px;font-size:.9rem}
        .key{font-size:.85rem;margin:0 0 12px}
        .key>*{margin-right:6px}
        main{display:grid;grid-template-columns:minmax(0,3fr) minmax(260px,2fr);gap:24px;align-items:start}
        @media (max-width:800px){main{grid-template-columns:1fr}}
        article{white-space:pre-wrap;font-family:Georgia,"DejaVu Serif",serif;font-size:1.02rem;line-height:1.75}
        mark.st{background:var(--fill);color:inherit;border-bottom:2px solid var(--ink);padding:1px 0;border-radius:2px}
        mark.st.first::before{content:attr(data-statement);font:bold .65em system-ui,sans-serif;color:var(--ink);vertical-align:super;margin-right:2px}
        .speaker{font-weight:700;color:var(--ink);background:var(--fill);outline:2px solid var(--ink);border-radius:3px;padding:0 2px}
        .addressee{border:1.5px dashed var(--ink);border-radius:3px;padding:0 2px}
        .mention{border-bottom:2px dotted var(--ink)}
        .cue{font-style:italic;text-decoration:underline wavy #57606a;text-underline-offset:3px}
        .time{border-bottom:2px double #8250df;color:#5a32a3}
        .active{box-shadow:0 0 0 3px #0969da55}
        aside{font-size:.9rem;overflow-wrap:anywhere;position:sticky;top:8px;max-height:calc(100vh - 16px);overflow:auto}
        aside h2{font-size:1rem;margin:8px 0}
        aside ul,aside ol{margin:0;padding-left:0;list-style:none}
        .entity{display:block;margin:0 0 6px}
        .swatch{display:inline-block;width:14px;height:14px;background:var(--fill);border:2px solid var(--ink);border-radius:3px;vertical-align:-2px;margin-right:6px}
        .entity .name{font-weight:600}
        .kind,.count{color:#57606a;font-size:.85em}
        .aliases{color:#57606a;font-size:.85em;margin-left:24px}
        .note{border-left:5px solid var(--ink);background:#f6f8fa;margin:0 0 8px;padding:6px 8px;cursor:pointer;counter-increment:note}
        .note::before{content:counter(note) ". ";font-weight:700;color:var(--ink)}
        .note .who{font-weight:700;color:var(--ink)}
        .note q{display:block;margin:4px 0;font-family:Georgia,"DejaVu Serif",serif}
        .note q::before,.note q::after{content:none}
        .note dl{display:grid;grid-template-columns:auto 1fr;gap:0 8px;margin:0}
        .note dt{color:#57606a}
        .note dd{margin:0}

        """;

    public const string Script = """
        (function () {
          "use strict";
          var doc = document;
          var counts = {};
          doc.querySelectorAll("article mark.st.first").forEach(function (mark) {
            var key = mark.getAttribute("data-entity");
            counts[key] = (counts[key] || 0) + 1;
          });
          doc.querySelectorAll("#legend li[data-entity]").forEach(function (item) {
            var n = counts[item.getAttribute("data-entity")] || 0;
            item.querySelector(".count").textContent = n === 1 ? "1 statement" : n + " statements";
          });
          function related(number) {
            return doc.querySelectorAll('[data-statement="' + number + '"], [data-statements~="' + number + '"]');
          }
          function highlight(event, on) {
            var target = event.target.closest ? event.target.closest("[data-statement]") : null;
            if (!target) { return; }
            related(target.getAttribute("data-statement")).forEach(function (el) { el.classList.toggle("active", on); });
          }
          doc.addEventListener("mouseover", function (event) { highlight(event, true); });
          doc.addEventListener("mouseout", function (event) { highlight(event, false); });
          doc.querySelectorAll("#notes li[data-statement]").forEach(function (note) {
            note.addEventListener("click", function () {
              var mark = doc.querySelector('article mark.st[data-statement="' + note.getAttribute("data-statement") + '"]');
              if (mark) { mark.scrollIntoView({ behavior: "smooth", block: "center" }); }
            });
          });
          doc.documentElement.setAttribute("data-rendered", "true");
        })();

        """;
}
