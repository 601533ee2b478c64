using Douyin.Eligibility.Rules;
using RulesEngine.Models;

namespace Douyin.Eligibility.RulesEngine;

/// <summary>
/// A rule set translated for Microsoft RulesEngine: one plain RulesEngine <see cref="global::RulesEngine.Models.Workflow"/>
/// per loaded workflow version, the settings to run them with, and what could not be translated.
/// </summary>
public sealed class RulesEngineTranslation
{
    internal RulesEngineTranslation(IReadOnlyList<TranslatedWorkflow> workflows, IReadOnlyList<Diagnostic> diagnostics)
    {
        Workflows = workflows;
        Diagnostics = diagnostics;
    }

    /// <summary>Every workflow version of the set that translated, in the set's order.</summary>
    public IReadOnlyList<TranslatedWorkflow> Workflows { get; }

    /// <summary>What could not be translated, located at the rule (<c>DE7xxx</c>); a set with an error has no workflow for that version.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when nothing failed to translate.</summary>
    public bool IsSuccess => !Diagnostics.Any(d => d.IsError);

    /// <summary>The translation of <paramref name="workflow"/>, or null when it did not translate.</summary>
    public TranslatedWorkflow? Find(Rules.Workflow workflow) => Workflows.FirstOrDefault(w => ReferenceEquals(w.Source, workflow));

    /// <summary>
    /// The settings the translated workflows need: <see cref="DouyinRuleFunctions"/> (and the enum types the rules
    /// name) registered as custom types, scoped params on, the BCL expression compiler.
    /// </summary>
    public ReSettings CreateSettings() => RulesEngineSettings.Create();

    /// <summary>A Microsoft RulesEngine holding every translated workflow, ready to run.</summary>
    public global::RulesEngine.RulesEngine CreateEngine()
        => new([.. Workflows.Select(w => w.Workflow)], CreateSettings());
}
