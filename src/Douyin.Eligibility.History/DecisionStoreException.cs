using System.Globalization;
using Douyin.Eligibility.History.Resources;

namespace Douyin.Eligibility.History;

/// <summary>A decision store that cannot be used as asked; <see cref="Exception.Message"/> says which store, what and why (English; <see cref="GetMessage"/> for another language).</summary>
public sealed class DecisionStoreException : Exception
{
    private readonly string _key;
    private readonly object?[] _args;

    internal DecisionStoreException(DecisionStoreErrorKind kind, string location, string key, Exception? inner, params object?[] args)
        : base(HistoryCatalog.Format(CultureInfo.InvariantCulture, key, [location, .. args]), inner)
    {
        Kind = kind;
        Location = location;
        _key = key;
        _args = [location, .. args];
    }

    /// <summary>What went wrong.</summary>
    public DecisionStoreErrorKind Kind { get; }

    /// <summary>The store (file path, or connection string without password).</summary>
    public string Location { get; }

    /// <summary>The message in <paramref name="culture"/>'s language (zh or English).</summary>
    /// <param name="culture">The culture.</param>
    public string GetMessage(CultureInfo culture) => HistoryCatalog.Format(culture, _key, _args);
}
