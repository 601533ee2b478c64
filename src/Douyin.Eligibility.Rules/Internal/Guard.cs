using System.Runtime.CompilerServices;

namespace Douyin.Eligibility.Rules.Internal;

/// <summary>Argument checks that name the offending argument without repeating it.</summary>
internal static class Guard
{
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
        => value ?? throw new ArgumentNullException(name);

    public static string NotNullOrEmpty(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException("Value must be a non-empty string.", name);
        }

        return value;
    }
}
