using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Douyin.Eligibility.Report.Tests.Support;
using Douyin.Eligibility.Tool.Commands.Report.Html;

namespace Douyin.Eligibility.Report.Tests.Commands.Report.Html;

public sealed class HtmlReportRendererTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    [Fact]
    public void Render_HostileSubjectAndCode_EscapedInTextAndAttributes()
    {
        const string subject = "<img src=x onerror=alert(1)>\"'&amp;</td></tr></table><script>alert(2)</script>";
        const string code = "CODE\"><svg onload=alert(3)>";
        const string name = "</span><b onclick=x()>店</b>&lt;";

        var document = Parse(HtmlReportRenderer.Render(Models.TwoDays(subject, code, name: name), English));

        document.QuerySelectorAll("script, img").Should().BeEmpty();
        document.QuerySelectorAll("svg").Should().OnlyContain(svg => !svg.HasAttribute("onload"));
        var row = document.QuerySelector("[data-testid=change-row]")!;
        row.GetAttribute("data-subject").Should().Be(subject);
        row.QuerySelector("td.subject .id")!.TextContent.Should().Be(subject);
        row.QuerySelector("td.subject .name")!.TextContent.Should().Be(name);
        document.All.Where(e => e.HasAttribute("onclick")).Should().BeEmpty();
        document.QuerySelector("[data-testid=reason-row]")!.GetAttribute("data-code").Should().Be(code);
        document.QuerySelector("[data-testid=at-risk-row]")!.GetAttribute("data-code").Should().Be(code);
    }

    [Fact]
    public void Render_HostileStoreLocation_EscapedInTheHeader()
    {
        var model = Models.Empty() with { StoreLocation = "</p><script>x()</script>.db" };

        var document = Parse(HtmlReportRenderer.Render(model, English));

        document.QuerySelectorAll("script").Should().BeEmpty();
        document.QuerySelector(".meta")!.TextContent.Should().Contain("</p><script>x()</script>.db");
    }

    [Fact]
    public void Render_English_EnglishTextsAndLang()
    {
        var document = Parse(HtmlReportRenderer.Render(Models.TwoDays(), English));

        document.DocumentElement.GetAttribute("lang").Should().Be("en");
        document.Title.Should().Be("Eligibility decision report");
        document.QuerySelector("[data-testid=changes] h3")!.TextContent.Should().Be("Changes since 2026-11-21");
        document.QuerySelector("[data-testid=outcome-count][data-outcome=Clear] .card-label")!.TextContent.Should().Be(Tool.Commands.Report.Model.StoreReportReader.Outcomes(Eligibility.Families.EligibilityFamilies.AllianceClearance, [], English)[1].Label);
    }

    [Fact]
    public void Render_Chinese_ChineseTextsAndLang()
    {
        var document = Parse(HtmlReportRenderer.Render(Models.TwoDays(culture: Chinese), Chinese));

        document.DocumentElement.GetAttribute("lang").Should().Be("zh-CN");
        document.Title.Should().Be("资格判定报告");
        document.QuerySelector("[data-testid=changes] h3")!.TextContent.Should().Be("自 2026-11-21 以来的变化");
        document.QuerySelector("[data-testid=change-row] .chip")!.TextContent.Should().Be("新增未通过");
    }

    [Fact]
    public void Render_TwoDays_CountsAndRowsCarryTheModelsValues()
    {
        var document = Parse(HtmlReportRenderer.Render(Models.TwoDays(), English));

        Value(document, "[data-testid=outcome-count][data-outcome=Retain] [data-testid=outcome-count-value]").Should().Be("2");
        Value(document, "[data-testid=outcome-count][data-outcome=Clear] [data-testid=outcome-count-value]").Should().Be("1");
        document.QuerySelector("[data-testid=outcome-count][data-outcome=Retain] .card-note")!.TextContent.Should().Be("\u22121 vs previous day");
        Value(document, "[data-testid=change-count][data-kind=NewlyFailing] .card-value").Should().Be("1");
        Value(document, "[data-testid=change-count][data-kind=Recovered] .card-value").Should().Be("0");
        Value(document, "[data-testid=at-risk-count] .card-value").Should().Be("1");
        document.QuerySelectorAll("[data-testid=at-risk-row]").Select(r => r.GetAttribute("data-subject")).Should().Equal("SHOP-2");
        var metric = document.QuerySelector("[data-testid=metric]")!;
        metric.GetAttribute("data-values").Should().Be("3");
        metric.GetAttribute("data-failing").Should().Be("1");
        metric.QuerySelectorAll("line.threshold").Should().ContainSingle();
    }

    [Fact]
    public void Render_EmptyStore_SaysSoWithoutFamilies()
    {
        var document = Parse(HtmlReportRenderer.Render(Models.Empty(), English));

        document.QuerySelector("[data-testid=empty-store]")!.TextContent.Should().Contain("no completed run");
        document.QuerySelectorAll("[data-testid=family]").Should().BeEmpty();
    }

    [Fact]
    public void Render_FirstRun_NothingToCompare()
    {
        var model = Models.TwoDays();
        var first = model.Families[0] with { PreviousAsOf = null, Dates = [Models.Day2], Changes = [] };

        var document = Parse(HtmlReportRenderer.Render(model with { Families = [first] }, English));

        document.QuerySelector("[data-testid=changes] .none")!.TextContent.Should().Contain("first run");
        document.QuerySelectorAll("[data-testid=change-row]").Should().BeEmpty();
        document.QuerySelectorAll(".card-note").Select(n => n.TextContent).Should().NotContain(t => t.Contains("previous day"));
    }

    [Fact]
    public void Render_TwoFamilies_SelfContainedLinksOnlyWithinThePage()
    {
        var model = Models.TwoDays();
        var html = HtmlReportRenderer.Render(model with { Families = [model.Families[0], model.Families[0] with { Family = "AllianceAdmission" }] }, English);
        var document = Parse(html);

        document.QuerySelectorAll("script, link, iframe, object, embed, img").Should().BeEmpty();
        document.All.Where(e => e.HasAttribute("src")).Should().BeEmpty();
        document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")).Should().Equal("#family-AllianceClearance", "#family-AllianceAdmission");
        document.QuerySelectorAll("section.family").Select(s => s.Id).Should().Equal("family-AllianceClearance", "family-AllianceAdmission");
        document.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content").Should().StartWith("default-src 'none'");
        html.Should().NotContain("url(").And.NotContain("@import");
    }

    [Fact]
    public void Render_ManyAtRiskRows_NearestOpenRestFolded()
    {
        var model = Models.TwoDays();
        var risks = Enumerable.Range(0, HtmlReportRenderer.AtRiskShown + 5)
            .Select(i => model.Families[0].AtRisk[0] with { SubjectId = $"SHOP-{i:D3}" }).ToList();

        var document = Parse(HtmlReportRenderer.Render(model with { Families = [model.Families[0] with { AtRisk = risks }] }, English));

        document.QuerySelectorAll("[data-testid=at-risk-row]").Should().HaveCount(risks.Count);
        document.QuerySelectorAll("details.rest [data-testid=at-risk-row]").Should().HaveCount(5);
        Value(document, "[data-testid=at-risk-count] .card-value").Should().Be(risks.Count.ToString(CultureInfo.InvariantCulture));
    }

    private static string? Value(IDocument document, string selector) => document.QuerySelector(selector)!.GetAttribute("data-value");

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
