using RulesEngine.Models;

namespace Douyin.Eligibility.RulesEngine;

/// <summary>The RulesEngine settings the translated workflows are written for.</summary>
internal static class RulesEngineSettings
{
    /// <summary>
    /// The helper type registered; scoped params on (LocalParams); case-sensitive names, so a param never meets an input
    /// that differs only in case; the BCL expression compiler, which compiles nullable logic correctly; exceptions kept as
    /// the rule's ExceptionMessage, which is how an Error is read back.
    /// </summary>
    public static ReSettings Create()
        => new()
        {
            CustomTypes = [typeof(DouyinRuleFunctions)],
            EnableScopedParams = true,
            IsExpressionCaseSensitive = true,
            UseFastExpressionCompiler = false,
            EnableExceptionAsErrorMessage = true,
            IgnoreException = false,
        };
}
