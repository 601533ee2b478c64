using Douyin.Eligibility.Rules.Compilation;

namespace Douyin.Eligibility.Rules.Evaluation;

/// <summary>Collects, for one rule evaluation, the traced conditions and the paths of values that were missing.</summary>
internal sealed class TraceRecorder(IReadOnlyList<TraceSite> sites) : ITraceSink
{
    private readonly List<TraceEntry> _entries = [];
    private readonly List<string> _missing = [];

    public IReadOnlyList<TraceEntry> Entries => _entries;

    public IReadOnlyList<string> Missing => _missing;

    public void Record(int site, object? left, object? right, bool? result)
        => _entries.Add(TraceEntry.Create(sites[site], left, right, result));

    public void NullRead(string path)
    {
        if (!_missing.Contains(path))
        {
            _missing.Add(path);
        }
    }
}
