namespace Douyin.Eligibility.Rules.Internal;

/// <summary>A list of names as a sentence writes it: "Any, All or Max" / "Any、All 或 Max".</summary>
internal static class NameList
{
    public static (string En, string Zh) Or(IReadOnlyList<string> names) => names.Count switch
    {
        0 => (string.Empty, string.Empty),
        1 => (names[0], names[0]),
        _ => ($"{string.Join(", ", names.Take(names.Count - 1))} or {names[^1]}", $"{string.Join("、", names.Take(names.Count - 1))} 或 {names[^1]}"),
    };
}
