using System.Resources;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.RulesEngine;

/// <summary>The translation's diagnostics, with messages from <c>Resources/Messages.resx</c> (English) and its zh satellite.</summary>
internal static class TranslationDiagnostics
{
    private static readonly ResourceManager Messages = new("Douyin.Eligibility.RulesEngine.Resources.Messages", typeof(TranslationDiagnostics).Assembly);

    public static Diagnostic Untranslatable(RuleInfo rule, TranslationException exception)
        => Error(RulesEngineDiagnosticCodes.Untranslatable, exception.Node.Location ?? rule.Location, rule.Name, exception.What);

    public static Diagnostic Rejected(SourceLocation location, string rule, string message)
        => Error(RulesEngineDiagnosticCodes.Rejected, location, rule, message);

    public static Diagnostic AsOfNameTaken(Rules.Workflow workflow)
        => Error(RulesEngineDiagnosticCodes.AsOfNameTaken, new SourceLocation(workflow.FilePath, 0, 0), workflow.Name, TranslatedWorkflow.AsOfParameter);

    private static Diagnostic Error(string code, SourceLocation location, params object?[] args)
        => new(code, DiagnosticSeverity.Error, location, LocalizableText.FromResource(Messages, code, args));
}
