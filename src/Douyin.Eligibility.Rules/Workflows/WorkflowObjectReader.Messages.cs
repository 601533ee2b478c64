using Douyin.Eligibility.Rules.Workflows.Json;

namespace Douyin.Eligibility.Rules.Workflows;

/// <summary>A rule's localized <c>Messages</c>: culture name to message template.</summary>
internal sealed partial class WorkflowObjectReader
{
    /// <summary>Localized messages by culture name; each is a template whose positions are kept.</summary>
    private Dictionary<string, ExpressionText> ReadMessages(PropertyMap map, ObjectOwner owner)
    {
        var messages = new Dictionary<string, ExpressionText>(StringComparer.OrdinalIgnoreCase);
        if (OptionalObject(map, "Messages") is not { Properties.Count: > 0 } written)
        {
            return messages;
        }

        var seen = new Dictionary<string, JsonPropertyNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in written.Properties)
        {
            if (string.IsNullOrWhiteSpace(property.Name))
            {
                diagnostics.ErrorVariant(DiagnosticCodes.InvalidValue, "EmptyCulture", property.NameLocation, owner.Text);
            }
            else if (seen.TryGetValue(property.Name, out var first))
            {
                diagnostics.ErrorVariant(DiagnosticCodes.DuplicateProperty, "Culture", property.NameLocation, property.Name, owner.Text, first.Name, first.NameLocation.Line + 1);
            }
            else
            {
                seen.Add(property.Name, property);
                if (As<JsonStringNode>(property.Value, $"Messages.{property.Name}", "Json_String") is { } text)
                {
                    messages.Add(property.Name, text.Text);
                }
            }
        }

        return messages;
    }
}
