using System.Text.Json;

namespace Douyin.Eligibility.Json;

/// <summary>Turns a <see cref="JsonException"/> into the path and message of a <see cref="SnapshotReadError"/>.</summary>
internal static class JsonErrorText
{
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
    /// STJ appends "Path: … | LineNumber: … | BytePositionInLine: …" to its messages; we report those as fields of
    /// our own (with lines counted from the start of the whole input), so the suffix would only mislead.
    /// </summary>
    public static string Message(JsonException exception)
    {
        var message = exception.Message;
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
}
