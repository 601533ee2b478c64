namespace Douyin.Eligibility.Rules.Evaluation;

/// <summary>Why a rule is an Error: the message, and where the failing sub-expression starts when that is known.</summary>
internal sealed record RuleFailure(string Message, SourceLocation? Location);
