using System.Text.Json;
using System.Text.RegularExpressions;
using Douyin.Eligibility.Resources;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Json;

/// <summary>Turns a <see cref="JsonException"/> into the path and message of a <see cref="SnapshotReadError"/>.</summary>
internal static partial class JsonErrorText
{
    private const string ConversionFailure = "The JSON value could not be converted to ";

    /// <summary>"$.products[2].rate" → "products[2].rate"; "$" or null → "" (the item itself).</summary>
    public static string Field(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "";
        }

        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }

    /// <summary>
    /// A message a person can act on. STJ appends "Path: … | LineNumber: …" (we report those as fields, with lines
    /// counted from the start of the whole input), names the enclosing type rather than the field when a value has
    /// the wrong type, and keeps the useful detail in the inner exception.
    /// </summary>
    public static LocalizableText Message(JsonException exception)
    {
        var message = StripPosition(exception.Message);
        if (UnmappedMember().Match(message) is { Success: true } unmapped)
        {
            return Catalog.Text("Json_UnknownProperty", unmapped.Groups[1].Value, unmapped.Groups[2].Value);
        }

        if (message.StartsWith(ConversionFailure, StringComparison.Ordinal))
        {
            return exception.InnerException is { } inner and not JsonException
                ? Catalog.Text("Json_WrongTypeDetail", StripPosition(inner.Message))
                : Catalog.Text("Json_WrongType");
        }

        // System.Text.Json's own text (English), under a heading in the reader's language.
        return Catalog.Text("Json_Invalid", message);
    }

    private static string StripPosition(string message)
    {
        foreach (var marker in new[] { " Path: ", " LineNumber: " })
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                message = message[..at];
            }
        }

        return message.Trim();
    }

    [GeneratedRegex(@"^The JSON property '(.*)' could not be mapped to any \.NET member contained in type '(?:[\w.]*\.)?(\w+)'\.$")]
    private static partial Regex UnmappedMember();
}
