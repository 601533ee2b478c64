using System.Globalization;

namespace Douyin.Eligibility.Tool.Commands.Test;

/// <summary>
/// A path into a snapshot as a patch names it: property names joined by dots, array elements by index
/// (<c>storeScore</c>, <c>penalties[0].date</c>, <c>controllerStores[1]</c>).
/// </summary>
internal sealed class SnapshotPath
{
    private SnapshotPath(string text, IReadOnlyList<object> segments)
    {
        Text = text;
        Segments = segments;
    }

    /// <summary>The path as written.</summary>
    public string Text { get; }

    /// <summary>Each step: a property name (string) or an array index (int).</summary>
    public IReadOnlyList<object> Segments { get; }

    /// <summary>Parses <paramref name="text"/>; null when it is not a path.</summary>
    public static SnapshotPath? TryParse(string text)
    {
        var segments = new List<object>();
        var i = 0;
        while (i < text.Length)
        {
            if (segments.Count > 0 && text[i] != '[')
            {
                if (text[i] != '.')
                {
                    return null;
                }

                i++;
                if (i == text.Length)
                {
                    return null;
                }
            }

            if (text[i] == '[')
            {
                var close = text.IndexOf(']', i);
                if (segments.Count == 0 || close < 0
                    || !int.TryParse(text.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    return null;
                }

                segments.Add(index);
                i = close + 1;
                continue;
            }

            var end = text.IndexOfAny(['.', '['], i);
            end = end < 0 ? text.Length : end;
            if (end == i)
            {
                return null;
            }

            segments.Add(text[i..end]);
            i = end;
        }

        return segments.Count == 0 ? null : new SnapshotPath(text, segments);
    }

    /// <summary>The path up to (not including) step <paramref name="count"/>, as written: <c>penalties[0]</c>.</summary>
    public string Prefix(int count)
    {
        var text = string.Empty;
        for (var i = 0; i < count; i++)
        {
            text += Segments[i] is int index ? $"[{index.ToString(CultureInfo.InvariantCulture)}]" : (i == 0 ? string.Empty : ".") + Segments[i];
        }

        return text;
    }
}
