using Douyin.Eligibility.Rules.Binding;

namespace Douyin.Eligibility.Rules.Compilation;

/// <summary>What the compiler knows about one traced condition; the recorder pairs it with the values seen at run time.</summary>
internal sealed record TraceSite(string Text, string? LeftText, string? OperatorText, BinaryOperator? Operator, string? RightText, bool LeftIsThreshold, bool RightIsThreshold, bool IsIntegral);
