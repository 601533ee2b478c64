namespace Douyin.Eligibility.Rules;

/// <summary>Collects every diagnostic of a load so that all are reported together, not just the first.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors { get; private set; }

    public void Error(string code, SourceLocation location, string message) => Add(new Diagnostic(code, DiagnosticSeverity.Error, location, message));

    public void Warning(string code, SourceLocation location, string message) => Add(new Diagnostic(code, DiagnosticSeverity.Warning, location, message));

    public void Add(Diagnostic diagnostic)
    {
        _items.Add(diagnostic);
        HasErrors |= diagnostic.IsError;
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }
}
