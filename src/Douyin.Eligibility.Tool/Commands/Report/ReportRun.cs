using System.Globalization;
using System.Text;
using Douyin.Eligibility.History;
using Douyin.Eligibility.Tool.Commands.Daily;
using Douyin.Eligibility.Tool.Commands.Report.Html;
using Douyin.Eligibility.Tool.Commands.Report.Model;

namespace Douyin.Eligibility.Tool.Commands.Report;

/// <summary>One <c>report</c>: reads the model from the store, renders it, writes the file.</summary>
internal sealed class ReportRun(
    ToolContext context,
    string storeLocation,
    string outputPath,
    string? workflow,
    DateOnly? asOf,
    decimal margin,
    CultureInfo culture)
{
    public int Execute()
    {
        if (workflow is not null && !context.Families.Any(f => string.Equals(f.WorkflowName, workflow, StringComparison.Ordinal)))
        {
            throw new ToolException($"Unknown workflow '{workflow}'; use one of {string.Join(", ", context.Families.Select(f => f.WorkflowName))}.");
        }

        if (!DecisionStores.IsConnectionString(storeLocation) && !File.Exists(storeLocation))
        {
            throw new ToolException(ToolText.Get(culture, "Report_NoStore", storeLocation));
        }

        var store = StoreAccess.Open(storeLocation);
        DailyReportModel model;
        try
        {
            var request = new ReportRequest(workflow, asOf, margin, culture, DateTimeOffset.UtcNow);
            model = StoreAccess.Wait(StoreReportReader.ReadAsync(store, context.Families, request), culture);
        }
        finally
        {
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        var html = HtmlReportRenderer.Render(model, culture);
        try
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            File.WriteAllText(outputPath, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ToolException(ToolText.Get(culture, "Report_CannotWrite", outputPath, e.Message));
        }

        context.Error.WriteLine(ToolText.Get(culture, "Report_Written", Path.GetFullPath(outputPath), model.Families.Count, model.Families.Sum(f => f.Decisions)));
        return ExitCodes.Success;
    }
}
