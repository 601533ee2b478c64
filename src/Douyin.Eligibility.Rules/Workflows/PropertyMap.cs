using Douyin.Eligibility.Rules.Internal;
using Douyin.Eligibility.Rules.Workflows.Json;

namespace Douyin.Eligibility.Rules.Workflows;

/// <summary>
/// The properties of one rule-file object sorted into known (looked up case-insensitively, as
/// RulesEngine does), legacy, unknown and case-variant duplicates. The last three are reported by
/// <see cref="ReportExtras"/> once the owner's name is known, so messages can name it.
/// </summary>
internal sealed class PropertyMap
{
    private readonly ObjectSchema _schema;
    private readonly Dictionary<string, JsonPropertyNode> _known;
    private readonly List<JsonPropertyNode> _extras = [];

    public PropertyMap(JsonObjectNode node, ObjectSchema schema)
    {
        Node = node;
        _schema = schema;
        _known = new(node.Properties.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var property in node.Properties)
        {
            if (_schema.IsKnown(property.Name) && _known.TryAdd(property.Name, property))
            {
                continue;
            }

            _extras.Add(property);
        }
    }

    public JsonObjectNode Node { get; }

    /// <summary>The property with this (documented) name, or null when absent.</summary>
    public JsonPropertyNode? Get(string name) => _known.GetValueOrDefault(name);

    /// <summary>The value of an optional property; JSON <c>null</c> counts as absent, as in RulesEngine exports.</summary>
    public JsonNode? Optional(string name) => Get(name)?.Value is { } value and not JsonNullNode ? value : null;

    public void ReportExtras(ObjectOwner owner, DiagnosticBag diagnostics)
    {
        foreach (var property in _extras)
        {
            var at = property.NameLocation;
            if (_known.TryGetValue(property.Name, out var first))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateProperty, at, property.Name, owner.Text, first.Name, first.NameLocation.Line + 1);
            }
            else if (_schema.Legacy.TryGetValue(property.Name, out var reason))
            {
                var name = _schema.Legacy.Keys.First(key => string.Equals(key, property.Name, StringComparison.OrdinalIgnoreCase));
                diagnostics.Warning(DiagnosticCodes.LegacyProperty, at, name, owner.Text, Messages.Get(reason));
            }
            else
            {
                var suggestion = NameSuggester.Suggest(property.Name, _schema.Suggestable);
                var hint = suggestion is not null
                    ? Messages.Get("Hint_PropertyDidYouMean", suggestion)
                    : Messages.Get("Hint_ExpectedOneOf", string.Join(", ", _schema.Suggestable));
                diagnostics.Error(DiagnosticCodes.UnknownProperty, at, property.Name, owner.Text, hint);
            }
        }
    }
}
