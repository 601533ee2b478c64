namespace Douyin.Eligibility.Rules;

/// <summary>
/// Collects every diagnostic of a load so that all are reported together, not just the first. A diagnostic's message is
/// the catalog entry named by its code (<c>DE2004</c>), or by its code and a variant (<c>DE2004_Lambda</c>) when one
/// code has several messages; <c>args</c> fill the entry's <c>{0}</c>, <c>{1}</c>… (see <see cref="Messages"/>).
/// </summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => ErrorCount > 0;

    /// <summary>How many of <see cref="Items"/> are errors.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>Reports an error with the message <paramref name="code"/> of the catalog.</summary>
    public void Error(string code, SourceLocation location, params object?[] args)
        => Add(new Diagnostic(code, DiagnosticSeverity.Error, location, Messages.Get(code, args)));

    /// <summary>Reports an error with the message <c>code_variant</c> of the catalog (just <paramref name="code"/> when <paramref name="variant"/> is null).</summary>
    public void ErrorVariant(string code, string? variant, SourceLocation location, params object?[] args)
        => Add(new Diagnostic(code, DiagnosticSeverity.Error, location, Messages.Get(variant is null ? code : Messages.Key(code, variant), args)));

    /// <summary>Reports a warning with the message <paramref name="code"/> of the catalog.</summary>
    public void Warning(string code, SourceLocation location, params object?[] args)
        => Add(new Diagnostic(code, DiagnosticSeverity.Warning, location, Messages.Get(code, args)));

    public void Add(Diagnostic diagnostic)
    {
        _items.Add(diagnostic);
        ErrorCount += diagnostic.IsError ? 1 : 0;
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }
}
