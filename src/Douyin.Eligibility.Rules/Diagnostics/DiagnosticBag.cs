namespace Douyin.Eligibility.Rules;

/// <summary>Collects every diagnostic of a load so that all are reported together, not just the first.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors { get; private set; }

    /// <summary>Reports an error; <paramref name="messageZh"/> says the same as <paramref name="message"/>, in Chinese.</summary>
    public void Error(string code, SourceLocation location, string message, string messageZh)
        => Add(new Diagnostic(code, DiagnosticSeverity.Error, location, message) { MessageZh = messageZh });

    /// <summary>Reports a warning; <paramref name="messageZh"/> says the same as <paramref name="message"/>, in Chinese.</summary>
    public void Warning(string code, SourceLocation location, string message, string messageZh)
        => Add(new Diagnostic(code, DiagnosticSeverity.Warning, location, message) { MessageZh = messageZh });

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
