namespace Douyin.Eligibility.Rules.Syntax;

/// <summary>A token of an expression; <see cref="Start"/> is a 0-based index into the expression text.</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int Length, string Text, object? Value)
{
    public int End => Start + Length;
}
