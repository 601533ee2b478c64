namespace Douyin.Eligibility.RulesEngine;

/// <summary>
/// The codes of the diagnostics the RulesEngine translation adds to the engine's (DE7xxx). They print like every other
/// load diagnostic, <c>file(line,col): error CODE: message</c>, and reject the rule set when the RulesEngine backend is on.
/// </summary>
public static class RulesEngineDiagnosticCodes
{
    /// <summary>A rule uses something the translator has no exact Dynamic LINQ form for (named in the message).</summary>
    public const string Untranslatable = "DE7001";

    /// <summary>A rule was translated, but Microsoft RulesEngine could not parse or compile the translation.</summary>
    public const string Rejected = "DE7002";

    /// <summary>A workflow input is named <c>asOf</c>, the parameter that carries the evaluation date.</summary>
    public const string AsOfNameTaken = "DE7003";
}
