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
    private readonly Dictionary<string, JsonPropertyNode> _known = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<JsonPropertyNode> _extras = [];

    public PropertyMap(JsonObjectNode node, ObjectSchema schema)
    {
        Node = node;
        _schema = schema;
        foreach (var property in node.Properties)
        {
            if (_schema.Known.Contains(property.Name, StringComparer.OrdinalIgnoreCase) && !_known.ContainsKey(property.Name))
            {
                _known.Add(property.Name, property);
            }
            else
            {
                _extras.Add(property);
            }
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
                diagnostics.Error(DiagnosticCodes.DuplicateProperty, at, $"Duplicate property '{property.Name}' in {owner}: '{first.Name}' is already set at line {first.NameLocation.Line + 1} (property names are case-insensitive).", $"{owner.ZhSubject}中的属性 '{property.Name}' 重复：第 {first.NameLocation.Line + 1} 行已设置过 '{first.Name}'（属性名不区分大小写）。");
            }
            else if (_schema.Legacy.TryGetValue(property.Name, out var reason))
            {
                var name = _schema.Legacy.Keys.First(key => string.Equals(key, property.Name, StringComparison.OrdinalIgnoreCase));
                diagnostics.Warning(DiagnosticCodes.LegacyProperty, at, $"'{name}' in {owner} is not supported and is ignored: {reason}.", $"{owner.ZhSubject}中的 '{name}' 不受支持，已被忽略：{_schema.LegacyZh[name]}。");
            }
            else
            {
                var suggestion = NameSuggester.Suggest(property.Name, _schema.Suggestable);
                var hint = suggestion is not null
                    ? $"Did you mean '{suggestion}'?"
                    : $"Expected one of: {string.Join(", ", _schema.Suggestable)}.";
                var hintZh = suggestion is not null
                    ? $"您是否想写 '{suggestion}'？"
                    : $"应为以下之一：{string.Join(", ", _schema.Suggestable)}。";
                diagnostics.Error(DiagnosticCodes.UnknownProperty, at, $"Unknown property '{property.Name}' in {owner}. {hint}", $"{owner.ZhSubject}中有未知属性 '{property.Name}'。{hintZh}");
            }
        }
    }
}
