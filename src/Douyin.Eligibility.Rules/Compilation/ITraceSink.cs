namespace Douyin.Eligibility.Rules.Compilation;

/// <summary>
/// Where the explaining variant of a compiled rule reports what it saw: each traced condition (by its
/// <see cref="TraceSite"/> number) with its operands and value, and each missing value it read. Evaluation
/// implements it, so compiled code never depends on the result types.
/// </summary>
internal interface ITraceSink
{
    void Record(int site, object? left, object? right, bool? result);

    void NullRead(string path);
}
