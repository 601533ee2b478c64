using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RulesEngine.Models;

namespace Douyin.Eligibility.RulesEngine;

/// <summary>
/// A RulesEngine workflow as the JSON of RulesEngine's workflow schema: PascalCase property names, enums as their
/// names, nothing written for a value that is null or empty (or <c>Enabled</c> when true, RulesEngine's default).
/// </summary>
internal static class WorkflowJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Keeps expressions readable (>, &&, ', Chinese text); the files are never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonSerializerOptions ValueOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Workflow workflow)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteString(nameof(Workflow.WorkflowName), workflow.WorkflowName);
            Strings(writer, nameof(Workflow.WorkflowsToInject), workflow.WorkflowsToInject);
            Params(writer, nameof(Workflow.GlobalParams), workflow.GlobalParams);
            Rules(writer, workflow.Rules);
            writer.WriteEndObject();
        }

        // Two-space indentation; line ends made \n on every platform (a line end inside a string is escaped, so only layout changes).
        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static void Rules(Utf8JsonWriter writer, IEnumerable<Rule>? rules)
    {
        if (rules is null || !rules.Any())
        {
            return;
        }

        writer.WriteStartArray(nameof(Workflow.Rules));
        foreach (var rule in rules)
        {
            writer.WriteStartObject();
            writer.WriteString(nameof(Rule.RuleName), rule.RuleName);
            Optional(writer, nameof(Rule.Expression), rule.Expression);
            writer.WriteString(nameof(Rule.RuleExpressionType), rule.RuleExpressionType.ToString());
            Optional(writer, nameof(Rule.Operator), rule.Operator);
            Params(writer, nameof(Rule.LocalParams), rule.LocalParams);
            Properties(writer, rule.Properties);
            Optional(writer, nameof(Rule.SuccessEvent), rule.SuccessEvent);
            Optional(writer, nameof(Rule.ErrorMessage), rule.ErrorMessage);
            if (!rule.Enabled)
            {
                writer.WriteBoolean(nameof(Rule.Enabled), false);
            }

            Strings(writer, nameof(Rule.WorkflowsToInject), rule.WorkflowsToInject);
            Rules(writer, rule.Rules);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void Params(Utf8JsonWriter writer, string name, IEnumerable<ScopedParam>? parameters)
    {
        if (parameters is null || !parameters.Any())
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var parameter in parameters)
        {
            writer.WriteStartObject();
            writer.WriteString(nameof(ScopedParam.Name), parameter.Name);
            writer.WriteString(nameof(ScopedParam.Expression), parameter.Expression);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void Properties(Utf8JsonWriter writer, Dictionary<string, object>? properties)
    {
        if (properties is null || properties.Count == 0)
        {
            return;
        }

        writer.WriteStartObject(nameof(Rule.Properties));
        foreach (var (key, value) in properties)
        {
            writer.WritePropertyName(key);
            JsonSerializer.Serialize(writer, value, value?.GetType() ?? typeof(object), ValueOptions);
        }

        writer.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string>? values)
    {
        if (values is null || !values.Any())
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
