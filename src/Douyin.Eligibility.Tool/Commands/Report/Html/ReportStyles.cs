namespace Douyin.Eligibility.Tool.Commands.Report.Html;

/// <summary>
/// The report's style sheet, inlined into every report: system fonts only (CJK ones named for zh-CN), light
/// backgrounds, and print rules (A4, each family on its own page, panels and rows not split, colours kept).
/// </summary>
internal static class ReportStyles
{
    public const string Css = """

        :root { --ink: #1f2328; --muted: #5b636e; --line: #d8dee4; --panel: #ffffff; --page: #f6f8fa; --pass: #2e7d32; --fail: #c62828; --risk: #ef6c00; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; background: var(--page); color: var(--ink); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif; }
        .report-header { padding: 20px 32px 12px; background: #ffffff; border-bottom: 3px solid var(--ink); }
        h1 { margin: 0 0 4px; font-size: 24px; letter-spacing: .01em; }
        .meta, .sub { margin: 0; color: var(--muted); }
        .toc { margin-top: 10px; display: flex; flex-wrap: wrap; gap: 6px 14px; }
        .toc span { color: var(--muted); }
        .toc a { color: #0b57d0; text-decoration: none; font-weight: 600; }
        main { padding: 8px 32px 24px; max-width: 1280px; }
        .family { margin-top: 22px; }
        h2 { margin: 0; font-size: 20px; }
        h3 { margin: 0 0 10px; font-size: 15px; }
        h4 { margin: 0 0 4px; font-size: 13px; font-weight: 600; }
        code { font: 12px/1.3 ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; background: #eef1f4; padding: 1px 4px; border-radius: 3px; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 10px; margin: 12px 0; }
        .card { background: var(--panel); border: 1px solid var(--line); border-top: 4px solid var(--muted); border-radius: 6px; padding: 8px 12px; display: flex; flex-direction: column; }
        .card-up { border-top-color: var(--pass); } .card-down { border-top-color: var(--fail); } .card-risk { border-top-color: var(--risk); }
        .card-label { color: var(--muted); font-size: 12px; }
        .card-value { font-size: 26px; font-weight: 700; font-variant-numeric: tabular-nums; }
        .card-note { color: var(--muted); font-size: 12px; }
        .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 12px; }
        .panel { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 12px 14px; margin: 12px 0 0; }
        .grid > .panel { margin: 0; }
        figure { margin: 0; }
        svg.chart { width: 100%; height: auto; display: block; }
        svg.spark { width: 120px; height: 28px; display: block; }
        svg text { font: 11px system-ui, sans-serif; fill: var(--muted); }
        svg .bar-total { fill: var(--ink); font-weight: 600; }
        svg .threshold-label { fill: var(--fail); font-weight: 700; }
        svg .grid { stroke: #e6e9ed; stroke-width: 1; }
        .legend { display: flex; flex-wrap: wrap; gap: 4px 14px; margin-top: 6px; color: var(--muted); font-size: 12px; }
        .legend i { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 5px; vertical-align: -1px; }
        .legend i.dash { width: 14px; height: 0; border-top: 2px dashed var(--fail); border-radius: 0; vertical-align: 3px; }
        table { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; }
        th { text-align: left; font-size: 12px; color: var(--muted); font-weight: 600; border-bottom: 2px solid var(--line); padding: 4px 8px; }
        td { border-bottom: 1px solid #eceff2; padding: 5px 8px; vertical-align: middle; }
        tbody tr:nth-child(even) td { background: #fafbfc; }
        .num { text-align: right; white-space: nowrap; }
        .subject .id { display: block; font-weight: 600; white-space: nowrap; }
        .subject .name { display: block; color: var(--muted); font-size: 12px; max-width: 16em; overflow-wrap: anywhere; }
        table.reasons code { overflow-wrap: anywhere; font-size: 11px; }
        details.rest { margin-top: 10px; }
        details.rest summary { cursor: default; color: var(--muted); font-weight: 600; margin-bottom: 6px; }
        .meter { height: 4px; background: #eef1f4; border-radius: 2px; margin-top: 3px; min-width: 60px; }
        .meter i { display: block; height: 100%; background: var(--fail); border-radius: 2px; }
        .meter-risk i { background: var(--risk); }
        .badge { display: inline-block; border: 1px solid; border-radius: 10px; padding: 0 8px; font-size: 12px; font-weight: 600; background: #ffffff; }
        .chips { display: flex; flex-wrap: wrap; gap: 6px; margin-bottom: 8px; }
        .chip { display: inline-block; border-radius: 10px; padding: 1px 9px; font-size: 12px; background: #eef1f4; color: var(--ink); white-space: nowrap; }
        .chip-NewlyFailing, .chip-NewFailing { background: #fdecea; color: #8e1b1b; }
        .chip-Recovered { background: #e8f5e9; color: #1b5e20; }
        .chip-StillFailing { background: #fff3e0; color: #8a4b00; }
        .histograms { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 12px; }
        .histogram figcaption { color: var(--muted); font-size: 12px; }
        .none, .more, .empty { color: var(--muted); margin: 4px 0; }
        .empty { font-size: 16px; padding: 24px 0; }
        footer { padding: 12px 32px 28px; color: var(--muted); font-size: 12px; }
        @page { size: A4; margin: 12mm; }
        @media print {
          body { background: #ffffff; font-size: 11px; }
          .report-header { padding: 0 0 8px; }
          main, footer { padding-left: 0; padding-right: 0; max-width: none; }
          .toc { display: none; }
          .family + .family { break-before: page; }
          .panel, .card, figure, tr { break-inside: avoid; }
          thead { display: table-header-group; }
          .panel { border-color: #bbbbbb; }
          .grid { grid-template-columns: 1fr 1fr; }
          details.rest::details-content { content-visibility: visible; }
          details.rest summary { list-style: none; }
        }

        """;
}
