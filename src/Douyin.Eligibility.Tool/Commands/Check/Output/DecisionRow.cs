using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Tool.Commands.Check.Output;

/// <summary>One row of <c>check</c>'s output: the input line, the subject as the list shows it, the shown outcome and the library's decision.</summary>
/// <param name="Line">The input line (or item) number.</param>
/// <param name="SubjectId">The subject's id (<c>store/product</c> for a product).</param>
/// <param name="Outcome">The outcome as its family shows it (<see cref="Douyin.Eligibility.Families.EligibilityFamily.ShownOutcome"/>).</param>
/// <param name="Decision">The decision.</param>
/// <param name="Name">The subject's name as the snapshot gives it (<c>shopName</c>, a provider's <c>name</c>); null when unknown.</param>
internal readonly record struct DecisionRow(long Line, string SubjectId, string Outcome, EligibilityDecision Decision, string? Name = null)
{
    /// <summary>The name a snapshot gives its subject: a store's <c>shopName</c>, a provider's <c>name</c>; null for others.</summary>
    public static string? NameOf(object? input) => input switch
    {
        Snapshots.MerchantSnapshot merchant => merchant.ShopName,
        Snapshots.BrandProviderSnapshot provider => provider.Name,
        Snapshots.StoreOperationProviderSnapshot provider => provider.Name,
        _ => null,
    };

    /// <summary>The snapshot fields the reasons found missing, by JSON name, each once (<see cref="EligibilityDecision.MissingFields"/>).</summary>
    public IReadOnlyList<string> MissingFields => Decision.MissingFields;
}

/// <summary>How a reason reads in <c>check</c>'s output, <c>diff</c> and rule tests.</summary>
internal static class ReasonText
{
    /// <summary>The reason code, or the rule name when the rule has none.</summary>
    public static string Code(DecisionReason reason) => reason.Code ?? reason.RuleName;

    /// <summary>The inputs the reasons found missing as the rules read them (<c>merchant.StoreScore</c>), each once: what rule tests compare.</summary>
    public static IReadOnlyList<string> MissingFields(EligibilityDecision decision)
        => decision.Reasons.Any(r => r.MissingFields.Count > 0)
            ? decision.Reasons.SelectMany(r => r.MissingFields).Distinct(StringComparer.Ordinal).ToArray()
            : [];
}
