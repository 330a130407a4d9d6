/** The report's own stylesheet (inlined). Works on screen, with the evidence panel, and in print. */
export const REPORT_CSS = `
:root{--fg:#1f2328;--muted:#57606a;--line:#d0d7de;--bg:#fff;--soft:#f6f8fa;--accent:#0b5cad;
--asserted:#116329;--claimed:#9a6700;--denied:#b42318;--unverified:#57606a}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--accent)}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;z-index:2000}
header.top{padding:16px 24px;border-bottom:1px solid var(--line);background:var(--soft)}
header.top h1{margin:0 0 4px;font-size:22px}
header.top p{margin:0;color:var(--muted)}
nav.toc{display:flex;flex-wrap:wrap;gap:4px 14px;margin-top:8px}
main{padding:8px 24px 48px;max-width:1200px}
body.with-evidence main{margin-right:min(44vw,620px)}
section{margin:20px 0 28px}
h2{font-size:18px;border-bottom:1px solid var(--line);padding-bottom:4px}
h3{font-size:15px;margin:14px 0 6px}
.empty{color:var(--muted);font-style:italic}
.summary li{margin:3px 0}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:var(--soft)}
.badge{display:inline-block;padding:0 7px;border-radius:10px;font-size:12px;font-weight:600;color:#fff;background:#57606a;white-space:nowrap}
.st-asserted{background:var(--asserted)}.st-claimed{background:var(--claimed)}.st-denied{background:var(--denied)}.st-unverified{background:var(--unverified)}
.type{color:#fff}
.day{border-left:3px solid var(--line);padding-left:12px;margin:10px 0}
.day>h3{margin:0 0 4px}
.event{list-style:none;margin:0 0 10px;padding:8px 10px;border:1px solid var(--line);border-radius:6px}
.event .meta{color:var(--muted);font-size:13px}
ul.plain{list-style:none;padding:0;margin:0}
button.ev{display:block;width:100%;text-align:left;margin:4px 0;padding:4px 8px;border:1px solid var(--line);border-left:3px solid var(--accent);
border-radius:4px;background:#fff;font:inherit;font-size:14px;color:inherit;cursor:pointer}
button.ev:hover,button.ev:focus-visible,button.ev.selected{background:#eef6ff;outline:2px solid var(--accent)}
button.ev q{font-style:italic}
.ev-src{color:var(--muted);font-size:12px;margin-left:6px}
button.doclink{border:0;background:none;padding:0;color:var(--accent);text-decoration:underline;font:inherit;cursor:pointer}
#map-canvas{height:420px;border:1px solid var(--line);border-radius:6px;background:#cfe3f3}
.legend{display:flex;flex-wrap:wrap;gap:4px 14px;font-size:13px;margin-top:6px}
.swatch{display:inline-block;width:11px;height:11px;border-radius:50%;border:1px solid #222;margin-right:4px;vertical-align:-1px}
#chart{min-height:40px}
.group{border:1px solid var(--line);border-radius:6px;padding:6px 10px;margin:8px 0}
.claim{display:grid;grid-template-columns:110px 1fr;gap:4px 10px;padding:4px 0;border-top:1px dashed var(--line)}
.claim:first-of-type{border-top:0}
.side{display:grid;grid-template-columns:repeat(auto-fit,minmax(240px,1fr));gap:10px}
.side>div{border:1px solid var(--line);border-radius:6px;padding:8px}
.contradiction{margin:10px 0;padding:8px 10px;border-left:4px solid var(--denied);background:#fff8f7}
svg.graph{max-width:100%;height:auto;border:1px solid var(--line);border-radius:6px;background:#fff}
svg.graph text{font-size:12px;fill:var(--fg)}
svg.graph .node{cursor:pointer}
svg.graph .node:focus circle,svg.graph .node:hover circle{stroke:var(--accent);stroke-width:3}
#evidence{position:fixed;top:0;right:0;bottom:0;width:min(44vw,620px);background:#fff;border-left:2px solid var(--line);
box-shadow:-4px 0 12px rgba(0,0,0,.08);display:flex;flex-direction:column;z-index:1500}
#evidence[hidden]{display:none}
#evidence header{padding:10px 14px;border-bottom:1px solid var(--line);background:var(--soft)}
#evidence h2{margin:0;border:0;font-size:16px}
#evidence-meta{color:var(--muted);font-size:13px;word-break:break-all}
#evidence-close{float:right;font:inherit;padding:2px 10px;cursor:pointer}
#evidence-text{margin:0;padding:12px 14px;overflow:auto;flex:1;white-space:pre-wrap;word-wrap:break-word;font:14px/1.6 Georgia,serif}
#evidence-text mark{background:#ffe08a;outline:2px solid #e0a800;border-radius:2px}
#evidence-text .noise{color:#8c959f}
.no-text{font-family:system-ui,sans-serif;color:var(--muted)}
.tip strong{display:block}
@media print{
 nav.toc,.skip,#evidence{display:none!important}
 body.with-evidence main{margin-right:0}
 main{max-width:none;padding:0 8px}
 section{break-inside:auto}.event,.group,.contradiction{break-inside:avoid}
 button.ev{border:0;border-left:2px solid #999;padding:1px 6px}
 #map-canvas{height:320px}
 a{color:inherit;text-decoration:none}
}
`;
