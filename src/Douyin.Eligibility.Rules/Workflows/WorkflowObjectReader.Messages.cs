using Douyin.Eligibility.Rules.Workflows.Json;

namespace Douyin.Eligibility.Rules.Workflows;

/// <summary>A rule's localized <c>Messages</c>: culture name to message template.</summary>
internal sealed partial class WorkflowObjectReader
{
    /// <summary>Localized messages by culture name; each is a template whose positions are kept.</summary>
    private Dictionary<string, ExpressionText> ReadMessages(PropertyMap map, ObjectOwner owner)
    {
        var messages = new Dictionary<string, ExpressionText>(StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<string, JsonPropertyNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in OptionalObject(map, "Messages")?.Properties ?? [])
        {
            if (string.IsNullOrWhiteSpace(property.Name))
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, property.NameLocation, $"A culture name in 'Messages' of {owner} must not be empty; expected a name such as 'zh-CN' or 'en'.", $"{owner.ZhSubject}的 'Messages' 中的语言区域名称不能为空；应为 'zh-CN' 或 'en' 这样的名称。");
            }
            else if (seen.TryGetValue(property.Name, out var first))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateProperty, property.NameLocation, $"Duplicate culture '{property.Name}' in 'Messages' of {owner}: '{first.Name}' is already set at line {first.NameLocation.Line + 1} (culture names are case-insensitive).", $"{owner.ZhSubject}的 'Messages' 中语言区域 '{property.Name}' 重复：第 {first.NameLocation.Line + 1} 行已设置过 '{first.Name}'（语言区域名称不区分大小写）。");
            }
            else
            {
                seen.Add(property.Name, property);
                if (As<JsonStringNode>(property.Value, $"Messages.{property.Name}", "a string", "字符串") is { } text)
                {
                    messages.Add(property.Name, text.Text);
                }
            }
        }

        return messages;
    }
}
