namespace ReferralSim.Web.Components.Debrief;

/// <summary>The report's CSS, inline so the file is standalone: system fonts, calm colours, print-friendly.</summary>
internal static class DebriefStyles
{
    public const string Css = """
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2933; background: #fff; margin: 0; line-height: 1.45; }
        main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.6rem; margin-bottom: .25rem; }
        h2 { font-size: 1.25rem; border-bottom: 1px solid #d9e2ec; padding-bottom: .25rem; margin-top: 2rem; }
        h3 { font-size: 1.05rem; }
        .meta { color: #52606d; }
        .gate { background: #fdecea; border-left: .3rem solid #b3261e; padding: .75rem 1rem; font-weight: 600; }
        .warn { background: #fff8e1; border-left: .3rem solid #b26a00; padding: .5rem 1rem; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
        caption { text-align: left; font-weight: 600; padding: .25rem 0; }
        th, td { border-bottom: 1px solid #e4e7eb; padding: .35rem .5rem; text-align: left; vertical-align: top; }
        thead th { background: #f0f4f8; }
        tr.missed th, tr.not-done th, tr.late th { color: #8a1c1c; }
        tr.harm-critical th { color: #b3261e; }
        svg { width: 100%; height: auto; font-size: 11px; }
        svg text { fill: #334e68; }
        @media print {
          main { max-width: none; padding: 0; }
          section { break-inside: avoid-page; }
          h2 { break-after: avoid; }
          .gate, .warn, thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;
}
