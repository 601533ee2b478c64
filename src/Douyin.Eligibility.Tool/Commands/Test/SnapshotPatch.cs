using System.Text.Json.Nodes;

namespace Douyin.Eligibility.Tool.Commands.Test;

/// <summary>
/// Applies a case's changes to a copy of its base: <c>unset</c> removes, <c>set</c> replaces, <c>add</c> adds
/// (docs/rule-tests.md). Each names a path that must be there (or, for <c>add</c>, must not be); a problem is
/// returned as a message, never ignored.
/// </summary>
internal static class SnapshotPatch
{
    private const string NoElement = "RuleTest_NoElement";
    private const string NoField = "RuleTest_NoField";
    private const string AlreadyThere = "RuleTest_AlreadyThere";

    /// <summary>The kind of change.</summary>
    public enum Kind
    {
        /// <summary>Remove the property (or array element); it must exist.</summary>
        Unset,

        /// <summary>Replace the value; it must exist.</summary>
        Set,

        /// <summary>Add a property the object lacks, or append an element at index = length.</summary>
        Add,
    }

    /// <summary>Applies one change to <paramref name="root"/>; null when done, else the problem (a resource key and its arguments).</summary>
    public static (string Key, object?[] Args)? Apply(JsonObject root, SnapshotPath path, Kind kind, JsonNode? value)
    {
        JsonNode parent = root;
        var last = path.Segments.Count - 1;
        for (var i = 0; i < last; i++)
        {
            var child = Step(parent, path, i, out var problem);
            if (problem is not null)
            {
                return problem;
            }

            parent = child!;
        }

        return path.Segments[last] is int index ? Element(parent, path, kind, index, value) : Member(parent, path, kind, (string)path.Segments[last], value);
    }

    private static JsonNode? Step(JsonNode parent, SnapshotPath path, int i, out (string, object?[])? problem)
    {
        problem = Container(parent, path, i);
        if (problem is not null)
        {
            return null;
        }

        JsonNode? child;
        if (path.Segments[i] is int index)
        {
            var array = parent.AsArray();
            if (index >= array.Count)
            {
                problem = (NoElement, [path.Text, path.Prefix(i), array.Count]);
                return null;
            }

            child = array[index];
        }
        else if (!parent.AsObject().TryGetPropertyValue((string)path.Segments[i], out child))
        {
            problem = (NoField, [path.Text, path.Prefix(i + 1)]);
            return null;
        }

        if (child is null)
        {
            problem = ("RuleTest_NullOnPath", [path.Text, path.Prefix(i + 1)]);
        }

        return child;
    }

    private static (string, object?[])? Container(JsonNode parent, SnapshotPath path, int i)
    {
        var wantsArray = path.Segments[i] is int;
        if (wantsArray == parent is JsonArray && (wantsArray || parent is JsonObject))
        {
            return null;
        }

        return (wantsArray ? "RuleTest_NotArray" : "RuleTest_NotObject", [path.Text, path.Prefix(i)]);
    }

    private static (string, object?[])? Element(JsonNode parent, SnapshotPath path, Kind kind, int index, JsonNode? value)
    {
        var last = path.Segments.Count - 1;
        if (Container(parent, path, last) is { } problem)
        {
            return problem;
        }

        var array = parent.AsArray();
        var limit = kind == Kind.Add ? array.Count + 1 : array.Count;
        if (index >= limit)
        {
            return kind == Kind.Add
                ? ("RuleTest_AddElement", [path.Text, path.Prefix(last), array.Count])
                : (NoElement, [path.Text, path.Prefix(last), array.Count]);
        }

        if (kind == Kind.Add && index < array.Count)
        {
            return (AlreadyThere, [path.Text]);
        }

        switch (kind)
        {
            case Kind.Unset:
                array.RemoveAt(index);
                break;
            case Kind.Set:
                array[index] = value;
                break;
            default:
                array.Add(value);
                break;
        }

        return null;
    }

    private static (string, object?[])? Member(JsonNode parent, SnapshotPath path, Kind kind, string name, JsonNode? value)
    {
        var last = path.Segments.Count - 1;
        if (Container(parent, path, last) is { } problem)
        {
            return problem;
        }

        var obj = parent.AsObject();
        var exists = obj.ContainsKey(name);
        if (kind == Kind.Add ? exists : !exists)
        {
            return kind == Kind.Add ? (AlreadyThere, [path.Text]) : (NoField, [path.Text, path.Text]);
        }

        if (kind == Kind.Unset)
        {
            obj.Remove(name);
        }
        else
        {
            obj[name] = value;
        }

        return null;
    }
}
