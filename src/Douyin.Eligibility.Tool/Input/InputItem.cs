namespace Douyin.Eligibility.Tool.Input;

/// <summary>One input item: a valid snapshot, or the reason it is not one (line number, JSON field, message).</summary>
internal sealed record InputItem(long Line, object? Snapshot, string? Field, string? Error)
{
    public bool IsValid => Snapshot is not null;

    public static InputItem Valid(long line, object snapshot) => new(line, snapshot, null, null);

    public static InputItem Invalid(long line, string field, string message) => new(line, null, field, message);

    public string Describe() => string.IsNullOrEmpty(Field) ? $"line {Line}: {Error}" : $"line {Line}, {Field}: {Error}";
}
