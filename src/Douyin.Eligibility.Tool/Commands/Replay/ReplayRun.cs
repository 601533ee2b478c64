using System.Globalization;
using Douyin.Eligibility.History;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.History.Recording;
using Douyin.Eligibility.History.Records;
using Douyin.Eligibility.Tool.Commands.Daily;
using Douyin.Eligibility.Tool.Evaluation;

namespace Douyin.Eligibility.Tool.Commands.Replay;

/// <summary>
/// One run of <c>replay</c>: every stored decision of the day that kept its snapshot is decided again, with the workflow
/// version recorded for it (the version label picks the workflow version; the rules are today's files, so a different
/// content hash is reported), and compared by outcome and reason codes.
/// </summary>
internal sealed class ReplayRun(ToolContext context, string storeLocation, DateOnly date, string? workflowName, string? rulesPath, CultureInfo culture)
{
    public int Execute()
    {
        var evaluator = TypedEvaluator.Create(rulesPath, context, culture);
        var store = StoreAccess.Open(storeLocation);
        try
        {
            var runs = StoreAccess.Wait(store.GetRunsAsync(workflowName), culture).Where(r => r.AsOf == date).ToList();
            if (runs.Count == 0)
            {
                throw new ToolException(ToolText.Get(culture, "Replay_NoRun", TraceEntry.FormatValue(date), workflowName ?? "*", store.Location));
            }

            var differing = 0;
            foreach (var run in runs)
            {
                differing += StoreAccess.Wait(ReplayAsync(store, run, evaluator), culture);
            }

            return differing > 0 ? ExitCodes.Differences : ExitCodes.Success;
        }
        finally
        {
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private async Task<int> ReplayAsync(IDecisionStore store, RunInfo run, TypedEvaluator evaluator)
    {
        var family = ToolFamilies.Get(context, run.Family);
        var currentHash = evaluator.RuleSet.ContentHash;
        context.Out.WriteLine(string.Equals(run.RuleSetHash, currentHash, StringComparison.Ordinal)
            ? ToolText.Get(culture, "Replay_Header", run.Family, TraceEntry.FormatValue(run.AsOf), run.RuleSetHash)
            : ToolText.Get(culture, "Replay_Header_HashDiffers", run.Family, TraceEntry.FormatValue(run.AsOf), run.RuleSetHash, currentHash));
        var versions = new Dictionary<string, TypedEvaluator>(StringComparer.Ordinal);
        var (replayed, differing, withoutSnapshot) = (0, 0, 0);
        await foreach (var stored in store.GetDecisionsAsync(run.Family, run.AsOf).ConfigureAwait(false))
        {
            if (stored.SnapshotJson is null)
            {
                withoutSnapshot++;
                continue;
            }

            replayed++;
            var (outcome, codes) = Decide(family, stored, Versioned(stored.WorkflowVersion));
            var storedCodes = string.Join(", ", stored.ReasonCodes);
            if (!string.Equals(outcome, stored.Outcome, StringComparison.Ordinal) || !string.Equals(codes, storedCodes, StringComparison.Ordinal))
            {
                differing++;
                context.Out.WriteLine(ToolText.Get(culture, "Replay_Differs", stored.SubjectId, stored.WorkflowVersion ?? "-", stored.Outcome, Codes(storedCodes), outcome, Codes(codes)));
            }
        }

        context.Out.WriteLine(ToolText.Get(culture, "Replay_Summary", replayed, differing, withoutSnapshot));
        return differing;

        TypedEvaluator Versioned(string? version)
        {
            var key = version ?? string.Empty;
            if (!versions.TryGetValue(key, out var typed))
            {
                versions[key] = typed = evaluator.WithVersion(version);
            }

            return typed;
        }
    }

    /// <summary>The outcome and reason codes now; a snapshot or version the rules no longer accept gives its message as the outcome.</summary>
    private (string Outcome, string Codes) Decide(ToolFamily family, DecisionRecord stored, TypedEvaluator evaluator)
    {
        var item = family.ParseOne(stored.SnapshotJson!, stored.AsOf, culture);
        if (!item.IsSuccess)
        {
            return (item.Describe(culture), string.Empty);
        }

        var subject = item.Subjects!.FirstOrDefault(s => s.Id == stored.SubjectId) ?? item.Subjects![0];
        try
        {
            var record = DecisionRecords.From(family.Descriptor, evaluator.Decide(family, subject, culture, explain: false));
            return (record.Outcome, string.Join(", ", record.ReasonCodes));
        }
        catch (Exception e) when (e is ToolException or SubjectException)
        {
            return (e.Message, string.Empty);
        }
    }

    private static string Codes(string codes) => codes.Length == 0 ? "-" : codes;
}
